"""YAML reading for worlds and flows: safe_load, no aliases, bounded size, readable errors."""

from __future__ import annotations

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


def load_all(text: str, source: str) -> list:
    """Every document in ``text``; errors carry ``source`` and the line."""
    if len(text) > MAX_BYTES:
        raise YamlProblem(f"{source}: too large ({len(text) // 1024} KiB).")
    try:
        return list(yaml.load_all(text, Loader=_NoAliasLoader))  # noqa: S506 - SafeLoader subclass
    except YamlProblem as exc:
        raise YamlProblem(f"{source}: {exc}") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f"line {mark.line + 1}: " if mark else ""
        raise YamlProblem(f"{source}: {line}not valid YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"{source}: not valid YAML: {exc}") from None


def load_one(text: str, source: str):
    docs = [d for d in load_all(text, source) if d is not None]
    if len(docs) > 1:
        raise YamlProblem(f"{source}: expected one YAML document, found {len(docs)}.")
    return docs[0] if docs else None
