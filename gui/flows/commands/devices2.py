"""Flows that drive both phones: ``onDevice`` runs its commands on the second phone (the
administrator's, beside the user's) or on the first.

::

    - onDevice:
        person: boris          # who holds the second phone (shown first if hidden)
        commands:
          - assertVisible: {id: push_banner}
          - tapOn: {id: push_banner}

``device: admin`` (the default) is the second phone, ``device: user`` the first. Inside,
selectors, taps, typing and screenshots act on that phone (the console too, as always); the
flow's other commands act on the first phone. In a flow the second phone's push banners are
persistent (iOS's Banner Style: Persistent): one stays until tapped, so a later step finds
it however slow the machine is. A second phone that is not shown, and nobody
named to hold it, fails the step with that sentence; a person who cannot hold it (dismissed,
deleted, no profile in any Bitrix24, already on the first phone) fails it naming them.
"""

from __future__ import annotations

from core.errors import DomainError
from core.rules import MAIN_DEVICE, SECOND_DEVICE  # not core.devices: reading needs no database
from gui.flows.commands import reading as r
from gui.flows.commands.base import Unit, register
from gui.flows.model import StepFailed

DEVICES = (SECOND_DEVICE, MAIN_DEVICE)
NOT_SHOWN = ("the second phone is not shown: name who holds it (onDevice: {person: KEY, "
             "commands: [...]}) or show it in the console's Second phone row first")


@register
class OnDevice(Unit):
    name = "onDevice"
    family = "control"
    maestro = False
    expands_itself = True
    doc = ("runs its commands on the second phone (device: admin, the default; person: who "
           "holds it, shown first if hidden) or on the first (device: user)")
    nested = ("commands",)
    schema = {"type": "object", "properties": {
        "device": {"enum": list(DEVICES)}, "person": {"type": "string"},
        "commands": {"$ref": "#/$defs/commands"}},
        "required": ["commands"], "additionalProperties": False}

    def read(self, ctx, line, arg, node):
        name = self.name
        arg = r.mapping(ctx, line, name, arg, ("device", "person", "commands"),
                        required=("commands",))
        device = r.choice(ctx, line, f"{name}: device",
                          str(arg.get("device", SECOND_DEVICE)).strip().lower(), DEVICES)
        person = None
        if "person" in arg:
            person = r.text(ctx, line, f"{name}: person", arg["person"]).strip()
            if device == MAIN_DEVICE:
                raise ctx.error(line, f"{name}: person: names who holds the second phone; "
                                "sign the first phone in with signIn")
        inner = ctx.at(ctx.file, ctx.stack)
        commands = ctx.commands(inner, r.child(node, "commands"), arg["commands"])
        return {"device": device, "person": person, "commands": commands}

    def run(self, runner, command, step, depth):
        from gui.flows.sentences import phone_note  # Qt's words: not at import (main.py check)

        a = command.args
        window = runner.window
        index = _phone_index(window, a["device"], a["person"], runner)
        before = window.addressed
        window.addressed = index
        runner.addressing.append((a["device"], index))
        try:
            ok = runner.run_nested(command, a["commands"], depth + 1)
        finally:
            runner.addressing.pop()
            window.addressed = before
        label, who = phone_label(window, a["device"], index), _holder(window, index)
        if not ok:
            step.status = "failed"
            short = runner.result.short
            problem = short or "a command in it failed"
            # the failing command inside has named the phone already: once is enough
            step.message = short if short and label in short else f"{label}: {problem}"
            step.note = phone_note(a["device"], who, problem.replace(f"{label}: ", "", 1))
        else:
            step.message = label
            step.note = phone_note(a["device"], who)
        return ok


def phone_label(window, device: str, index: int) -> str:
    """The phone a command acted on, as failures, messages and the storyboard name it:
    "on the second phone (Boris Ivanov)", "on the first phone (Anna Petrova)"."""
    return f"on the {screen_name(window, device, index)}"


def phone_note_of(window, device: str, index: int) -> str:
    """``phone_label`` as the storyboard says it, in the run's language."""
    from gui.flows.sentences import phone_note

    return phone_note(device, _holder(window, index))


def screen_name(window, device: str, index: int) -> str:
    """The phone's part of a failure's "on screen" list: "second phone (Boris Ivanov)"."""
    return f"{_phone_name(device)} ({_holder(window, index)})"


def _phone_name(device: str) -> str:
    return "second phone" if device == SECOND_DEVICE else "first phone"


def _phone_index(window, device: str, person: str | None, runner) -> int:
    if device == MAIN_DEVICE:
        return 0
    app = getattr(window, "app", None)
    if app is None:
        raise StepFailed("this window has no second phone (it was not built by gui.builder)")
    if person:
        try:
            app.hold_second(runner.expand(person))
        except DomainError as exc:
            said = str(exc)  # one "cannot hold the second phone" is enough
            raise StepFailed(f"{person}: {said}" if "cannot hold the second phone" in said
                             else f"{person} cannot hold the second phone: {said}") from None
    elif app.second is None:
        raise StepFailed(NOT_SHOWN)
    if app.second.watcher is not None:  # iOS's persistent banner style: stays until tapped
        app.second.watcher.banner.persistent = True
    return window.phones.index(app.second.phone)


def _holder(window, index: int) -> str:
    phone = window.phones[index] if index < len(window.phones) else None
    navigator = getattr(phone, "navigator", None)
    if navigator is None:
        return "not shown"
    from core import services as sv

    person = navigator.controller.read(sv.session_view).person
    return person.name if person else "signed out"
