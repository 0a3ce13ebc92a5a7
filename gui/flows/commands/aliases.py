"""Maestro's other spellings and the recording commands: ``action: back`` (and its other
targets), ``openBrowser: URL``, ``startRecording`` / ``stopRecording``."""

from __future__ import annotations

from dataclasses import replace

from gui.flows.commands import reading as r
from gui.flows.commands.base import REGISTRY, Unit, register

ACTIONS = ("back", "hideKeyboard", "scroll", "clearKeychain", "pasteText")


def _delegate(runner, command, step, depth, name: str, args: dict):
    return REGISTRY[name].run(runner, replace(command, name=name, args=args), step, depth)


@register
class Action(Unit):
    name = "action"
    doc = "Maestro's old spelling: action: back | hideKeyboard | scroll | clearKeychain | " \
          "pasteText runs that command"
    schema = {"enum": list(ACTIONS)}

    def read(self, ctx, line, arg, node):
        target = r.choice(ctx, line, self.name, arg, ACTIONS)
        return {"target": target, "args": REGISTRY[target].read(ctx, line, None, None)}

    def run(self, runner, command, step, depth):
        a = command.args
        return _delegate(runner, command, step, depth, a["target"], a["args"])


@register
class OpenBrowser(Unit):
    name = "openBrowser"
    doc = "openLink with browser: true"
    schema = {"type": "string"}

    def read(self, ctx, line, arg, node):
        link = r.text(ctx, line, self.name, arg)
        return {"args": REGISTRY["openLink"].read(ctx, line, {"link": link, "browser": True},
                                                   None)}

    def run(self, runner, command, step, depth):
        return _delegate(runner, command, step, depth, "openLink", command.args["args"])


@register
class StartRecording(Unit):
    name = "startRecording"
    stub = True  # gui/flows/commands/recording.py records (H8)
    doc = "accepted; no video is recorded here (the storyboard of --screenshots has a " \
          "picture of every step)"
    opens_window = False
    schema = {"anyOf": [{"type": "string"}, {"type": "object", "properties": {
        "path": {"type": "string"}}}]}

    def read(self, ctx, line, arg, node):
        if isinstance(arg, dict):
            arg = r.mapping(ctx, line, self.name, arg, ("path",), required=("path",))["path"]
        return {"path": r.text(ctx, line, self.name, arg)}

    def run(self, runner, command, step, depth):
        step.message = "no video here: use --screenshots for a picture of every step"


@register
class StopRecording(Unit):
    name = "stopRecording"
    stub = True  # gui/flows/commands/recording.py records (H8)
    doc = "accepted; nothing was recorded (see startRecording)"
    opens_window = False
    schema = {"type": ["null", "object"]}

    def run(self, runner, command, step, depth):
        step.message = "no video here: use --screenshots for a picture of every step"
