"""A step's title in words, for the storyboard and the handout: its label, or a sentence made
from the command ("Tap Delete account", "See \u201cRequest sent\u201d", "30 days pass"),
in the current language (the Storyboard context of the GUI's catalogue)."""

from __future__ import annotations

import re
from pathlib import Path

from core import words
from core.i18n import flow_text
from gui.flows.model import Command
from gui.i18n import translate


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
        return translate("Storyboard", "it")
    if getattr(selector, "text", None):
        return translate("Storyboard", "\u201c{text}\u201d").format(text=_words(selector.text))
    if getattr(selector, "id", None):
        return selector.id.replace("_", " ").strip().capitalize()
    return translate("Storyboard", "it")


def _plain(selector) -> str:
    return _name(selector).strip("\u201c\u201d\u201e\u00ab\u00bb")


_ONE_UNIT = (86400, 3600, 60, 1)  # "1 day passes"; "2 days", "1 day 2 hours" pass


def _passes(delta) -> str:
    if delta is None:
        return translate("Storyboard", "Time passes")
    text = words.duration(delta).lstrip("+")
    if abs(int(delta.total_seconds())) in _ONE_UNIT:
        return translate("Storyboard", "{duration} passes").format(duration=text)
    return translate("Storyboard", "{duration} pass").format(duration=text)


def _flow_name(file) -> str:
    if not file:
        return translate("Storyboard", "The steps inside")
    return Path(file).stem.replace("_", " ").replace("-", " ").capitalize()


def _email(a) -> str:
    to, subject = a.get("to_label"), a.get("subject")
    if subject:
        subject = _words(subject)
        if to:
            return translate("Storyboard", "An email to {to}: \u201c{subject}\u201d").format(
                to=to, subject=subject)
        return translate("Storyboard", "An email: \u201c{subject}\u201d").format(subject=subject)
    if to:
        return translate("Storyboard", "An email to {to} is in the outbox").format(to=to)
    return translate("Storyboard", "An email is in the outbox")


def _no_email(a) -> str:
    if a.get("to_label"):
        return translate("Storyboard", "No email to {to}").format(to=a["to_label"])
    return translate("Storyboard", "No email")


def _network_profile(a) -> str:
    if "status" in a:
        return translate("Storyboard", "{person}'s Network profile is {status}").format(
            person=a.get("person"), status=a["status"])
    return translate("Storyboard", "{person}'s Network profile is checked").format(
        person=a.get("person"))


# Whole sentences with placeholders (a translator orders the words); the texts a flow wrote
# (selectors, typed text, subjects, people) go in as they are.
SENTENCES = {
    "tapOn": lambda a: translate("Storyboard", "Tap {target}").format(
        target=_plain(a.get("selector"))),
    "doubleTapOn": lambda a: translate("Storyboard", "Double-tap {target}").format(
        target=_plain(a.get("selector"))),
    "longPressOn": lambda a: translate("Storyboard", "Press and hold {target}").format(
        target=_plain(a.get("selector"))),
    "assertVisible": lambda a: translate("Storyboard", "See {target}").format(
        target=_name(a.get("selector"))),
    "assertNotVisible": lambda a: translate("Storyboard", "{target} is gone").format(
        target=_name(a.get("selector"))),
    "scrollUntilVisible": lambda a: translate("Storyboard", "Scroll to {target}").format(
        target=_plain(a.get("selector"))),
    "inputText": lambda a: translate("Storyboard", "Type \u201c{text}\u201d").format(
        text=a.get("text", "")),
    "eraseText": lambda a: translate("Storyboard", "Erase the text"),
    "launchApp": lambda a: translate("Storyboard", "Open the app"),
    "back": lambda a: translate("Storyboard", "Go back"),
    "advanceClock": lambda a: _passes(a.get("delta")),
    "runProcessing": lambda a: translate("Storyboard", "The due requests are processed"),
    "runFlow": lambda a: _flow_name(a.get("file")),
    "assertEmail": _email,
    "assertNoEmail": _no_email,
    "assertProfile": lambda a: translate("Storyboard", "{person}'s profile in {portal}: "
                                         "{checks}").format(
        person=a.get("person"), portal=a.get("portal"),
        checks=", ".join(f"{k} {v}" for k, v in (a.get("expect") or {}).items())),
    "assertNetworkProfile": _network_profile,
    "takeScreenshot": lambda a: translate("Storyboard", "A screenshot"),
}


def label_of(runner, command: Command) -> str | None:
    """The step's label with its ``${...}`` evaluated by ``runner`` (``Item ${output.item}
    read`` in a repeat says which item); as written when it cannot be."""
    label = flow_text(command.label) if command.label else command.label
    if not label or "${" not in label:
        return label
    try:
        return runner.expand(label, allow_undefined=True)
    except Exception:  # noqa: BLE001 - a caption is never worth failing the flow
        return label


def sentence(command: Command) -> str:
    """The step's title: its label, or what the command does in words, or as written."""
    if command.label:
        return flow_text(command.label)
    make = SENTENCES.get(command.name)
    if make is not None:
        try:
            return make(command.args or {})
        except (AttributeError, TypeError, KeyError):
            pass
    return command.source or command.name
