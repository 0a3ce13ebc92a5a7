"""A step's title in words, for the storyboard and the handout: its label, or a sentence made
from the command ("Tap Delete account", "See \u201cRequest sent\u201d", "30 days pass"),
in the current language (the Storyboard context of the GUI's catalogue)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core import i18n, words
from core.i18n import flow_text
from core.rules import SECOND_DEVICE
from gui.counts import STORYBOARD
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


def shown_text(text: str) -> str:
    """A flow's English text as the phone in the current language shows it, when the
    catalogues give it one translation (gui/flows/languages.py, as selectors match it); a
    pattern, a text of the world's data or one with several readings stays as written."""
    from gui.flows.languages import translations

    found = translations(text, i18n.current()) if i18n.current() != i18n.PSEUDO else ()
    return next(iter(found)) if len(found) == 1 else text


def _name(selector) -> str:
    if selector is None:
        return translate("Storyboard", "it")
    if getattr(selector, "text", None):
        return translate("Storyboard", "\u201c{text}\u201d").format(
            text=_words(shown_text(selector.text)))
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


def _flow_name(file, name: str | None = None) -> str:
    """A runFlow's title: the sub-flow's own ``name`` (a bundled one's in the catalogue),
    else its file's name in words."""
    if not file:
        return translate("Storyboard", "The steps inside")
    if name and name != Path(file).stem:
        return flow_text(name)
    return Path(file).stem.replace("_", " ").replace("-", " ").capitalize()


def _repeat(a) -> str:
    if a.get("while") is not None:
        return translate("Storyboard", "Repeat while the condition holds")
    times = a.get("times")
    return STORYBOARD.repeat(times) if isinstance(times, int) else translate("Storyboard",
                                                                             "Repeat")


def _retry(a) -> str:
    retries = a.get("retries")
    if isinstance(retries, int):
        return STORYBOARD.retry(retries)
    return translate("Storyboard", "Try again if it fails")


def _on_device(a) -> str:
    second = a.get("device", SECOND_DEVICE) == SECOND_DEVICE
    person = a.get("person")
    if person:
        return translate("Storyboard", "On the second phone ({person})").format(person=person)
    return (translate("Storyboard", "On the second phone") if second
            else translate("Storyboard", "On the first phone"))


def _script(text) -> str:
    """A script as written, without the ``${...}`` around it."""
    text = str(text or "").strip()
    return text[2:-1].strip() if text.startswith("${") and text.endswith("}") else text


# Who holds a phone, when it is nobody (gui/flows/commands/devices2.py's words for it).
HOLDER_WORDS = {"not shown": QT_TRANSLATE_NOOP("Storyboard", "not shown"),
                "signed out": QT_TRANSLATE_NOOP("Storyboard", "signed out")}


def phone_note(device: str, who: str, problem: str | None = None) -> str:
    """An onDevice step's note in the storyboard: which phone, who holds it, and what
    failed in it (a failure's own words are as the command wrote them)."""
    who = translate("Storyboard", HOLDER_WORDS[who]) if who in HOLDER_WORDS else who
    if device == SECOND_DEVICE:
        text = (translate("Storyboard", "on the second phone ({who})") if problem is None
                else translate("Storyboard", "on the second phone ({who}): {problem}"))
    else:
        text = (translate("Storyboard", "on the first phone ({who})") if problem is None
                else translate("Storyboard", "on the first phone ({who}): {problem}"))
    return text.format(who=who, problem=problem)


def _email(a) -> str:
    to, subject = a.get("to_label"), a.get("subject")
    if subject:
        subject = _words(shown_text(subject))
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
# go in as they are (typed text, people), or as the phone shows them where the catalogues
# translate them (a selector's text, a subject: shown_text).
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
    "runFlow": lambda a: _flow_name(a.get("file"), a.get("name")),
    "repeat": _repeat,
    "retry": _retry,
    "onDevice": _on_device,
    "evalScript": lambda a: translate("Storyboard", "Script: {script}").format(
        script=_script(a.get("script"))),
    "runScript": lambda a: translate("Storyboard", "Run the script {file}").format(
        file=Path(a["file"]).name),
    "assertTrue": lambda a: translate("Storyboard", "Check: {condition}").format(
        condition=_script(a.get("condition"))),
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


class _Shown:
    """A selector standing for the words an element showed (runner.target_words)."""

    id = None

    def __init__(self, text: str) -> None:
        self.text = text


def sentence(command: Command, target: str | None = None) -> str:
    """The step's title: its label, or what the command does in words, or as written.
    ``target``: the words on the element an id named, said instead of the id."""
    if command.label:
        return flow_text(command.label)
    make = SENTENCES.get(command.name)
    if make is not None:
        args = command.args or {}
        if target and args.get("selector") is not None:
            args = {**args, "selector": _Shown(target)}
        try:
            return make(args)
        except (AttributeError, TypeError, KeyError):
            pass
    return command.source or command.name
