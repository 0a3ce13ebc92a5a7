"""YAML reading for worlds and flows: safe_load, no aliases, bounded size and depth, readable
errors.

Everything a YAML text can do wrong comes out as YamlProblem ("line N: ..."), never as a
PyYAML or Python exception: control characters, nesting deeper than MAX_DEPTH, values a tag
cannot build (``!!int thirty``), files that never end (/dev/zero, a pipe)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml

MAX_BYTES = 2 * 1024 * 1024
# A world nests four levels and a flow a few more; PyYAML composes recursively, so thousands
# of nested `[` would end in RecursionError.
MAX_DEPTH = 100


class YamlProblem(Exception):
    """A YAML text that cannot be used; the message names the file and line."""


def _short(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}...(cut)"


def _unreadable(text: str, exc: yaml.reader.ReaderError) -> YamlProblem:
    """A character YAML does not allow in a file (a NUL, a bell, ...), with its line."""
    position = exc.position if isinstance(exc.position, int) else 0
    line = text.count("\n", 0, position) + 1
    char = exc.character if isinstance(exc.character, str) else chr(exc.character)
    name = unicodedata.name(char, "a control character")
    return YamlProblem(f"line {line}: the character U+{ord(char):04X} ({name}) cannot be in a "
                       "YAML file; remove it (in a quoted value, write it as an escape such "
                       "as \\t).")


_TAG_NAMES = {"tag:yaml.org,2002:int": "!!int", "tag:yaml.org,2002:float": "!!float",
              "tag:yaml.org,2002:timestamp": "!!timestamp", "tag:yaml.org,2002:bool": "!!bool"}


def _typed(build):
    """A scalar constructor that never raises a Python error.

    A plain value that only looks like a date or a number (``2026-02-30``, ``0x_``, an offset
    of +25:00, an integer of 5,000 digits) stays text, as YAML 1.2's core schema reads dates:
    a world then says "clock: not a date and time", a flow types the text. A value with an
    explicit tag (``!!int thirty``) that the tag cannot build is a YamlProblem on its line."""
    def construct(loader, node):
        try:
            return build(loader, node)
        except (ValueError, TypeError, AttributeError, KeyError, IndexError,
                OverflowError) as exc:  # what PyYAML's builders raise (`!!int ''`: IndexError)
            if getattr(node, "implicit_tag", False):
                return node.value
            tag = _TAG_NAMES.get(node.tag, node.tag)
            why = f" ({str(exc).splitlines()[0][:120]})" if type(exc) is ValueError else ""
            raise YamlProblem(
                f"line {node.start_mark.line + 1}: {_short(node.value)} is not a valid "
                f"{tag}{why}; write a valid value or remove the {tag} tag.") from None
    return construct


class _NoAliasLoader(yaml.SafeLoader):
    def __init__(self, stream) -> None:
        self._depth = 0
        self._problem: YamlProblem | None = None
        try:
            super().__init__(stream)
        except yaml.reader.ReaderError as exc:
            # PyYAML checks a text's characters when the loader is built, before any caller's
            # try around the reading: keep the problem and raise it on the first read instead.
            self._problem = _unreadable(stream if isinstance(stream, str) else "", exc)
            super().__init__("")

    def _readable(self) -> None:
        if self._problem is not None:
            raise self._problem

    def check_node(self):  # type: ignore[override]
        self._readable()
        return super().check_node()

    def get_single_node(self):  # type: ignore[override]
        self._readable()
        return super().get_single_node()

    def compose_node(self, parent, index):  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            mark = event.start_mark
            raise YamlProblem(
                f"line {mark.line + 1}: YAML aliases (*{event.anchor}) are not allowed; "
                "write the value out in full."
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise YamlProblem(
                    f"line {mark.line + 1}: nested more than {MAX_DEPTH} levels deep; a world "
                    "or a flow needs only a few levels. Close the brackets you opened.")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_object(self, node, deep=False):  # type: ignore[override]
        """A last net under the typed builders: any other builder's Python error (PyYAML has
        a few, e.g. for odd merge keys) is a YamlProblem on the value's line."""
        try:
            return super().construct_object(node, deep=deep)
        except (YamlProblem, yaml.YAMLError, RecursionError, MemoryError):
            raise
        except Exception as exc:  # noqa: BLE001 - a reader of hostile text: one error type
            raise YamlProblem(f"line {node.start_mark.line + 1}: this value cannot be read "
                              f"({type(exc).__name__}: {str(exc)[:120]}); write it "
                              "plainly.") from None

    def fetch_flow_collection_start(self, TokenClass):  # type: ignore[override]  # noqa: N803
        """Flow nesting is bounded in the scanner too: PyYAML keeps a possible simple key per
        open `[` / `{` and walks them all at every token, so 6,000 of them took seconds and
        the 2 MiB a file may hold would take hours, long before composing reaches them."""
        if self.flow_level >= MAX_DEPTH:
            raise YamlProblem(
                f"line {self.line + 1}: nested more than {MAX_DEPTH} levels deep; a world or "
                "a flow needs only a few levels. Close the brackets you opened.")
        super().fetch_flow_collection_start(TokenClass)

    def compose_scalar_node(self, anchor):  # type: ignore[override]
        tag = self.peek_event().tag
        node = super().compose_scalar_node(anchor)
        node.implicit_tag = tag in (None, "!")  # typed by its look, not by a written tag
        return node

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
                        f"line {line}: duplicate key {_short(key)} (first on line "
                        f"{first.start_mark.line + 1}); keep one of them.")
        return super().construct_mapping(node, deep=deep)


for _tag, _build in (("int", yaml.SafeLoader.construct_yaml_int),
                     ("float", yaml.SafeLoader.construct_yaml_float),
                     ("bool", yaml.SafeLoader.construct_yaml_bool),
                     ("timestamp", yaml.SafeLoader.construct_yaml_timestamp)):
    _NoAliasLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _typed(_build))


def read_text(path: Path, what: str = "file") -> str:
    """The text of a world or flow file, at most MAX_BYTES of it.

    The size is checked on what is read, not only on ``stat()``: /dev/zero, a pipe or a FIFO
    say 0 bytes there and would be read until memory runs out."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise YamlProblem(f"{path}: no such {what}.") from None
    except OSError as exc:
        raise YamlProblem(f"{path}: cannot read the {what}: {exc.strerror}.") from None
    if path.is_dir():
        raise YamlProblem(f"{path}: is a folder, not a {what}; name the file inside it.")
    if size > MAX_BYTES:
        raise YamlProblem(
            f"{path}: the {what} is {size // 1024} KiB; at most {MAX_BYTES // 1024} KiB is read.")
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise YamlProblem(f"{path}: cannot read the {what}: {exc.strerror}.") from None
    if len(data) > MAX_BYTES:
        raise YamlProblem(f"{path}: the {what} goes on past {MAX_BYTES // 1024} KiB (a device "
                          "or a pipe that does not end?); at most that much is read. Give a "
                          "world or flow file.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise YamlProblem(f"{path}: the {what} is not UTF-8 text.") from None


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
