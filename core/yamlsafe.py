"""YAML reading for worlds and flows: safe_load, no aliases, bounded size, readable errors."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

MAX_BYTES = 2 * 1024 * 1024


class YamlProblem(Exception):
    """A YAML text that cannot be used; the message names the file and line."""


class _NoAliasLoader(yaml.SafeLoader):
    def compose_node(self, parent, index):  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            mark = event.start_mark
            raise YamlProblem(
                f"line {mark.line + 1}: YAML aliases (*{event.anchor}) are not allowed; "
                "write the value out in full."
            )
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):  # type: ignore[override]
        """A key written twice in one mapping is an error (PyYAML keeps the last silently,
        so a copy-paste slip would change a world or a flow unseen). Keys brought in by a
        merge (``<<``) may be overridden, as YAML says."""
        if isinstance(node, yaml.MappingNode):
            seen: dict = {}
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = self.construct_object(key_node, deep=True)
                try:
                    first = seen.setdefault(key, key_node)
                except TypeError:  # an unhashable key: PyYAML's own error follows
                    continue
                if first is not key_node:
                    line = key_node.start_mark.line + 1
                    raise YamlProblem(
                        f"line {line}: duplicate key {key!r} (first on line "
                        f"{first.start_mark.line + 1}); keep one of them.")
        return super().construct_mapping(node, deep=deep)


def read_text(path: Path, what: str = "file") -> str:
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise YamlProblem(f"{path}: no such {what}.") from None
    except OSError as exc:
        raise YamlProblem(f"{path}: cannot read the {what}: {exc.strerror}.") from None
    if size > MAX_BYTES:
        raise YamlProblem(
            f"{path}: the {what} is {size // 1024} KiB; at most {MAX_BYTES // 1024} KiB is read."
        )
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise YamlProblem(f"{path}: the {what} is not UTF-8 text.") from None
    except OSError as exc:
        raise YamlProblem(f"{path}: cannot read the {what}: {exc.strerror}.") from None


def _documents(text: str, source: str) -> list[tuple[yaml.Node | None, object]]:
    """Every document in ``text`` as (node, value); errors carry ``source`` and the line."""
    if len(text) > MAX_BYTES:
        raise YamlProblem(f"{source}: too large ({len(text) // 1024} KiB).")
    loader = _NoAliasLoader(text)
    docs: list[tuple[yaml.Node | None, object]] = []
    try:
        while loader.check_node():
            node = loader.get_node()
            docs.append((node, loader.construct_document(node)))
        return docs
    except YamlProblem as exc:
        raise YamlProblem(f"{source}: {exc}") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f"line {mark.line + 1}: " if mark else ""
        raise YamlProblem(f"{source}: {line}not valid YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"{source}: not valid YAML: {exc}") from None
    finally:
        loader.dispose()


def load_all(text: str, source: str) -> list:
    """Every document in ``text``; errors carry ``source`` and the line."""
    return [value for _, value in _documents(text, source)]


def load_one_node(text: str, source: str) -> tuple[yaml.Node | None, object]:
    """The one document of ``text`` as (node, value), the node giving lines (see line_of);
    (None, None) for an empty text."""
    docs = [(n, v) for n, v in _documents(text, source) if v is not None]
    if len(docs) > 1:
        raise YamlProblem(f"{source}: expected one YAML document, found {len(docs)}.")
    return docs[0] if docs else (None, None)


def load_one(text: str, source: str):
    return load_one_node(text, source)[1]


def line_of(node: yaml.Node | None, path: str) -> int | None:
    """The line of ``path`` ("people[0].email") inside ``node``, as deep as it can be found
    (the key's own line when the value is missing); None without a node."""
    if node is None:
        return None
    line = node.start_mark.line + 1
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        child = None
        if part.startswith("[") and isinstance(node, yaml.SequenceNode):
            i = int(part[1:-1])
            child = node.value[i] if i < len(node.value) else None
        elif isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if getattr(k, "value", None) == part), None)
            if child is None:
                child = next((k for k, _ in node.value if getattr(k, "value", None) == part),
                             None)
        if child is None:
            break
        node = child
        line = node.start_mark.line + 1
    return line
