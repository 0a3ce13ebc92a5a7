"""Maestro's control flow: runFlow (a file or inline commands, with a condition)."""

from __future__ import annotations

from typing import Any

from core import rules, services
from gui.flows.commands import reading as r
from gui.flows.commands.base import Unit, register
from gui.flows.commands.phone import SELECTOR_SCHEMA
from gui.flows.model import shown_path

COMMANDS_SCHEMA = {"$ref": "#/$defs/commands"}
WHEN_SCHEMA = {"type": "object", "properties": {
    "visible": SELECTOR_SCHEMA, "notVisible": SELECTOR_SCHEMA,
    "platform": {"type": "string"}, "true": {}}}


class _Control(Unit):
    family = "control"


def read_when(ctx, line: int, name: str, when: Any) -> dict | None:
    if when is None:
        return None
    when = r.mapping(ctx, line, f"{name}: when", when, ("visible", "notVisible", "platform"))
    out: dict[str, Any] = {}
    for key in ("visible", "notVisible"):
        if key in when:
            out[key], _ = r.selector(ctx, line, f"{name}: when: {key}", when[key])
    if "platform" in when:
        out["platform"] = r.choice(ctx, line, f"{name}: when: platform",
                                   str(when["platform"]).lower(), rules.PLATFORMS)
    return out


def when_holds(runner, when: dict | None) -> str | None:
    """None when the condition holds (or there is none), else why the step is skipped."""
    if not when:
        return None
    if "visible" in when and not runner.find(when["visible"]):
        return "condition not met: not visible"
    if "notVisible" in when and runner.find(when["notVisible"]):
        return "condition not met: visible"
    if "platform" in when:
        platform = runner.controller.read(services.session_view).platform
        if platform != when["platform"]:
            return f"platform is {platform}"
    return None


@register
class RunFlow(_Control):
    name = "runFlow"
    doc = "runs another flow file (relative to this one, inside its folder) or inline " \
          "commands, when a condition holds"
    nested = ("commands",)
    schema = {"anyOf": [{"type": "string"}, {"type": "object", "properties": {
        "file": {"type": "string"}, "commands": COMMANDS_SCHEMA, "when": WHEN_SCHEMA,
        "env": {"type": "object"}}}]}

    def read(self, ctx, line, arg, node):
        name = self.name
        if isinstance(arg, str):
            arg, node = {"file": arg}, None
        arg = r.mapping(ctx, line, name, arg, ("file", "commands", "when", "env"))
        if ("file" in arg) == ("commands" in arg):
            raise ctx.error(line, f"{name}: give either file or commands")
        if arg.get("env"):
            raise ctx.error(line, f"{name}: env is not supported by this runner")
        when = read_when(ctx, line, name, arg.get("when"))
        if "commands" in arg:
            commands = ctx.commands(ctx, r.child(node, "commands"), arg["commands"])
            return {"file": None, "commands": commands, "when": when}
        file = r.text(ctx, line, f"{name}: file", arg["file"]).strip()
        target = (ctx.file.parent / file).resolve()
        if not target.is_relative_to(ctx.root):
            raise ctx.error(line, f"{name}: {file!r} is outside the flow's folder "
                            f"{shown_path(ctx.root)}; keep sub-flows inside it (e.g. in "
                            "subflows/)")
        if target in ctx.stack:
            chain = " -> ".join(p.name for p in (*ctx.stack, target))
            raise ctx.error(line, f"{name}: {file!r} would run itself again ({chain})")
        if not target.is_file():
            raise ctx.error(line, f"{name}: no such file {file!r} (looked for "
                            f"{shown_path(target)})")
        ctx.included.add(target)
        header, commands = ctx.subflow(ctx, target)
        return {"file": target, "commands": commands, "when": when,
                "name": str(header.get("name") or target.stem)}

    def run(self, runner, command, step, depth):
        why = when_holds(runner, command.args["when"])
        if why:
            step.status, step.message = "skipped", why
            return True
        ok = runner.run_nested(command, command.args["commands"], depth + 1)
        if not ok:
            # the inner step has failed the flow already; this one marks the way there
            step.status = "failed"
            step.message = runner.result.short or "a command in it failed"
        return ok
