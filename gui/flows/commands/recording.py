"""Maestro's ``startRecording`` / ``stopRecording``: a video of the part of a flow between
them (gui/flows/recording.py makes it), at the demo's pace, of the phone with its captions.

Where it goes, as Maestro puts it beside the screenshots: ``PATH.mp4`` (or ``PATH.gif`` when
the path ends so) in the flow's ``NN-flow/`` folder of ``--screenshots`` (a temporary folder
without it; the step's message names the file). A flow that ends recording closes the video.
"""

from __future__ import annotations

from gui.flows.commands import reading as r
from gui.flows.commands.base import Unit, register
from gui.flows.model import StepFailed, shown_path

PATH_PART = r"^[A-Za-z0-9][A-Za-z0-9 _.\-]{0,99}$"


@register
class StartRecording(Unit):
    name = "startRecording"
    doc = "record a video (PATH.mp4, or PATH.gif) of the flow until stopRecording or its end, " \
          "in DIR/NN-flow/ of --screenshots"
    schema = {"anyOf": [{"type": "string"}, {"type": "object", "properties": {
        "path": {"type": "string"}}, "required": ["path"]}]}

    def read(self, ctx, line, arg, node):
        import re

        if isinstance(arg, dict):
            arg = r.mapping(ctx, line, self.name, arg, ("path",), required=("path",))["path"]
        path = r.text(ctx, line, self.name, arg).strip().replace("\\", "/")
        stem = path.removesuffix(".gif").removesuffix(".mp4")
        if not re.match(PATH_PART, stem) or stem in (".", ".."):
            raise ctx.error(line, f"{self.name}: {path!r} must be a file name (letters, "
                            "digits, space, . _ -), the video goes in the flow's folder")
        return {"path": stem + (".gif" if path.endswith(".gif") else ".mp4")}

    def run(self, runner, command, step, depth):
        from gui.flows.recording import RecordHooks, encoder

        if isinstance(runner.hooks, RecordHooks) and runner.hooks.by_flow:
            raise StepFailed("a recording is already running: stopRecording first")
        try:
            encoder()
        except RuntimeError as exc:
            raise StepFailed(str(exc)) from None
        target = runner.artifacts.flow_dir(runner.number, runner.flow.path) / \
            command.args["path"]
        hooks = RecordHooks(target, "phone", inner=runner.hooks)
        hooks.by_flow = True
        hooks.caption = command.label or ""
        runner.hooks = hooks
        hooks.start(runner)
        step.message = f"recording to {shown_path(target)}"


@register
class StopRecording(Unit):
    name = "stopRecording"
    doc = "close the video startRecording began"
    opens_window = False
    schema = {"type": ["null", "object"]}

    def run(self, runner, command, step, depth):
        from gui.flows.recording import RecordHooks

        hooks = runner.hooks
        if not (isinstance(hooks, RecordHooks) and hooks.by_flow):
            step.message = "no recording was running (startRecording starts one)"
            return
        hooks.stop()
        runner.hooks = hooks.inner
        step.message = f"recorded {shown_path(hooks.path)} ({hooks.frames / 30:.1f} s)"
