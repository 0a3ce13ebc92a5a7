"""A step's title in words, for the storyboard and the handout: its label, or a sentence made
from the command ("Tap Delete account", "See \u201cRequest sent\u201d", "30 days pass").
Qt-free."""

from __future__ import annotations

import re
from pathlib import Path

from core import words
from gui.flows.model import Command


def _words(text: str) -> str:
    """A selector's text as a person reads it: a pattern's ``.*`` at either end becomes an
    ellipsis (``.*30 days.*`` -> ``…30 days…``)."""
    text = text.strip()
    head = "\u2026" if text.startswith(".*") else ""
    tail = "\u2026" if text.endswith(".*") and len(text) > 2 else ""
    core = re.sub(r"^\.\*|\.\*$", "", text)
    return f"{head}{core}{tail}"


def _name(selector) -> str:
    if selector is None:
        return "it"
    if getattr(selector, "text", None):
        return f"\u201c{_words(selector.text)}\u201d"
    if getattr(selector, "id", None):
        return selector.id.replace("_", " ").strip().capitalize()
    return "it"


def _plain(selector) -> str:
    return _name(selector).strip("\u201c\u201d")


def _passes(delta) -> str:
    if delta is None:
        return "Time passes"
    text = words.duration(delta).lstrip("+")
    return f"{text} {'passes' if text.startswith('1 ') and ' ' not in text[2:] else 'pass'}"


def _flow_name(file) -> str:
    return Path(file).stem.replace("_", " ").replace("-", " ").capitalize() if file else \
        "The steps inside"


SENTENCES = {
    "tapOn": lambda a: f"Tap {_plain(a.get('selector'))}",
    "doubleTapOn": lambda a: f"Double-tap {_plain(a.get('selector'))}",
    "longPressOn": lambda a: f"Press and hold {_plain(a.get('selector'))}",
    "assertVisible": lambda a: f"See {_name(a.get('selector'))}",
    "assertNotVisible": lambda a: f"{_name(a.get('selector'))} is gone",
    "scrollUntilVisible": lambda a: f"Scroll to {_plain(a.get('selector'))}",
    "inputText": lambda a: f"Type \u201c{a.get('text', '')}\u201d",
    "eraseText": lambda a: "Erase the text",
    "launchApp": lambda a: "Open the app",
    "back": lambda a: "Go back",
    "advanceClock": lambda a: _passes(a.get("delta")),
    "runProcessing": lambda a: "The due requests are processed",
    "runFlow": lambda a: _flow_name(a.get("file")),
    "assertEmail": lambda a: "An email" + (f" to {a['to_label']}" if a.get("to_label") else "")
    + (" is in the outbox" if not a.get("subject") else f": \u201c{_words(a['subject'])}\u201d"),
    "assertNoEmail": lambda a: "No email" + (f" to {a['to_label']}" if a.get("to_label")
                                             else ""),
    "assertProfile": lambda a: f"{a.get('person')}'s profile in {a.get('portal')}: "
    + ", ".join(f"{k} {v}" for k, v in (a.get("expect") or {}).items()),
    "assertNetworkProfile": lambda a: f"{a.get('person')}'s Network profile is "
                                      f"{a.get('status', 'checked')}",
    "takeScreenshot": lambda a: "A screenshot",
}


def label_of(runner, command: Command) -> str | None:
    """The step's label with its ``${...}`` evaluated by ``runner`` (``Item ${output.item}
    read`` in a repeat says which item); as written when it cannot be."""
    label = command.label
    if not label or "${" not in label:
        return label
    try:
        return runner.expand(label, allow_undefined=True)
    except Exception:  # noqa: BLE001 - a caption is never worth failing the flow
        return label


def sentence(command: Command) -> str:
    """The step's title: its label, or what the command does in words, or as written."""
    if command.label:
        return command.label
    make = SENTENCES.get(command.name)
    if make is not None:
        try:
            return make(command.args or {})
        except (AttributeError, TypeError, KeyError):
            pass
    return command.source or command.name
