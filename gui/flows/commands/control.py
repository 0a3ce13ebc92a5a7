"""Maestro's control flow and JavaScript: runFlow, repeat, retry (a file or inline commands,
with conditions), evalScript, runScript, assertTrue.

``${...}`` in these commands' own values (times, maxRetries, when, env) is evaluated when the
command runs; the commands inside them are read (and evaluated) one by one.
"""

from __future__ import annotations

from typing import Any

from core import rules
from gui.flows.commands import reading as r
from gui.flows.commands.base import Unit, register
from gui.flows.commands.phone import SELECTOR_SCHEMA
from gui.flows.model import FlowError, StepFailed, shown_path
from gui.flows.script import has_expression

COMMANDS_SCHEMA = {"$ref": "#/$defs/commands"}
WHEN_SCHEMA = {"type": "object", "additionalProperties": False, "properties": {
    "visible": SELECTOR_SCHEMA, "notVisible": SELECTOR_SCHEMA,
    "platform": {"type": "string"}, "true": {"type": ["string", "boolean", "number"]},
    "label": {"type": "string"}, "optional": {"type": ["boolean", "string"]}}}
ENV_SCHEMA = {"type": "object", "additionalProperties": {
    "type": ["string", "number", "boolean", "null"]}}
MAX_RETRIES = 3  # Maestro's cap


class _Control(Unit):
    family = "control"
    expands_itself = True


CONDITION_KEYS = ("visible", "notVisible", "platform", "true", "label", "optional")


def read_when(ctx, line: int, name: str, when: Any) -> dict | None:
    """Maestro's condition: visible, notVisible, platform, true (a JavaScript value)."""
    if when is None:
        return None
    if isinstance(when, dict):  # YAML reads the key `true:` as the boolean true
        when = {("true" if k is True else k): v for k, v in when.items()}
    when = r.mapping(ctx, line, name, when, CONDITION_KEYS)
    out: dict[str, Any] = {}
    for key in ("visible", "notVisible"):
        if key in when:
            out[key], _ = r.selector(ctx, line, f"{name}: {key}", when[key])
    if "platform" in when:
        platform = r.text(ctx, line, f"{name}: platform", when["platform"]).strip().lower()
        if not has_expression(platform):
            platform = r.choice(ctx, line, f"{name}: platform", platform, rules.PLATFORMS)
        out["platform"] = platform
    if "true" in when:
        out["true"] = _script_text(ctx, line, f"{name}: true", when["true"])
    if not out:
        raise ctx.error(line, f"{name}: say what must hold: visible, notVisible, platform "
                        "or true")
    return out


def _script_text(ctx, line: int, where: str, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return r.text(ctx, line, where, value, allow_empty=True)


def truthy(text: str) -> bool:
    """Maestro's reading of an evaluated condition: blank and false (any case) are false;
    so are JavaScript's other false values written out (0, null, undefined, NaN)."""
    return text.strip().lower() not in ("", "false", "0", "null", "undefined", "nan")


def when_holds(runner, when: dict | None) -> str | None:
    """None when the condition holds (or there is none), else why the step is skipped."""
    if not when:
        return None
    if "visible" in when and not runner.find(runner.expand_selector(when["visible"])):
        return "condition not met: not visible"
    if "notVisible" in when and runner.find(runner.expand_selector(when["notVisible"])):
        return "condition not met: visible"
    if "platform" in when:
        platform = runner.platform()
        if platform != runner.expand(when["platform"]).lower():
            return f"platform is {platform}"
    if "true" in when:
        value = runner.expand(when["true"])
        if not truthy(value):
            return f"condition not met: true is {value!r}"
    return None


def read_file_commands(ctx, line: int, name: str, file: Any, env: dict) -> dict:
    """A sub-flow file, relative to this one and inside the flow's folder, read in a context
    that knows ``env``'s names."""
    file = r.text(ctx, line, f"{name}: file", file).strip()
    if r.has_expression(file):  # Maestro too reads the file before anything runs
        raise ctx.error(line, f"{name}: file {file!r}: the file is read with the flow, before "
                        "any ${...} has a value (as in Maestro); name the file itself, and "
                        "choose between files with when: (runFlow: {when: ..., file: ...})")
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
    where, start = f"{shown_path(ctx.file)}:{line}", len(ctx.problems)
    try:
        header, commands = ctx.subflow(ctx, target, set(env))
    except FlowError as exc:  # the sub-flow cannot be read at all
        for problem in exc.problems:
            problem.pulled_in_at(where)
        raise
    for problem in ctx.problems[start:]:  # as Maestro names the file that pulled it in
        problem.pulled_in_at(where)
    return {"file": target, "commands": commands, "sub_env": header.get("env", {}),
            "name": str(header.get("name") or target.stem)}


def _inline(ctx, node, key: str, value: Any, env: dict) -> list:
    inner = ctx.at(ctx.file, ctx.stack)
    inner.defined |= set(env)
    return ctx.commands(inner, r.child(node, key), value)


@register
class RunFlow(_Control):
    name = "runFlow"
    doc = "runs another flow file (relative to this one, inside its folder) or inline " \
          "commands, with env: for them, when a condition holds"
    nested = ("commands",)
    schema = {"anyOf": [{"type": "string"}, {"type": "object", "properties": {
        "file": {"type": "string"}, "commands": COMMANDS_SCHEMA, "when": WHEN_SCHEMA,
        "env": ENV_SCHEMA}, "additionalProperties": False}]}

    def read(self, ctx, line, arg, node):
        name = self.name
        if isinstance(arg, str):
            arg, node = {"file": arg}, None
        arg = r.mapping(ctx, line, name, arg, ("file", "commands", "when", "env"))
        if ("file" in arg) == ("commands" in arg):
            raise ctx.error(line, f"{name}: give either file or commands")
        env = r.env_mapping(ctx, line, f"{name}: env", arg.get("env"))
        when = read_when(ctx, line, f"{name}: when", arg.get("when"))
        if "commands" in arg:
            return {"file": None, "commands": _inline(ctx, node, "commands", arg["commands"],
                                                       env),
                    "when": when, "env": env, "sub_env": {}}
        return {**read_file_commands(ctx, line, name, arg["file"], env), "when": when,
                "env": env}

    def run(self, runner, command, step, depth):
        a = command.args
        why = when_holds(runner, a["when"])
        if why:
            step.status, step.message = "skipped", why
            return True
        with runner.env_scope(a["sub_env"], a["env"]):
            ok = runner.run_nested(command, a["commands"], depth + 1)
        if not ok:
            # the inner step has failed the flow already; this one marks the way there
            step.status = "failed"
            step.message = runner.result.short or "a command in it failed"
        return ok


@register
class Repeat(_Control):
    name = "repeat"
    doc = "runs its commands times times and/or while a condition holds (visible, " \
          "notVisible, true); within the flow's time limit"
    nested = ("commands",)
    schema = {"type": "object", "properties": {
        "times": {"type": ["integer", "string"]}, "while": WHEN_SCHEMA,
        "commands": COMMANDS_SCHEMA}, "required": ["commands"], "additionalProperties": False}

    def read(self, ctx, line, arg, node):
        name = self.name
        arg = r.mapping(ctx, line, name, arg, ("times", "while", "commands"),
                        required=("commands",))
        times = arg.get("times")
        if times is not None:
            times = _count(ctx, line, f"{name}: times", times)
        condition = read_when(ctx, line, f"{name}: while", arg.get("while"))
        if times is None and condition is None:
            raise ctx.error(line, f"{name}: say how often: times, while, or both")
        commands = _inline(ctx, node, "commands", arg["commands"], {})
        return {"times": times, "while": condition, "commands": commands}

    def run(self, runner, command, step, depth):
        a = command.args
        times = a["times"]
        if isinstance(times, str):
            times = _run_count(runner.expand(times), "times")
        done = 0
        while times is None or done < times:
            if a["while"] is not None and when_holds(runner, a["while"]) is not None:
                break
            runner.check_time(command)
            if not runner.run_nested(command, a["commands"], depth + 1):
                step.status = "failed"
                step.message = runner.result.short or "a command in it failed"
                return False
            done += 1
        step.message = f"ran {done} time{'s' * (done != 1)}"
        from gui.counts import STORYBOARD  # Qt's plurals: not at import (main.py check)

        step.note = STORYBOARD.ran(done)
        if done == 0:
            step.status = "skipped"
        return True


def _count(ctx, line: int, where: str, value: Any) -> int | str:
    if isinstance(value, str) and has_expression(value):
        return value  # evaluated when the command runs
    try:
        return _run_count(value, where)
    except StepFailed as exc:
        raise ctx.error(line, str(exc)) from None


def _run_count(value: Any, where: str) -> int:
    """Maestro reads a count as a number written any way (``"3"``, ``3.0``)."""
    try:
        number = int(float(value)) if not isinstance(value, bool) else None
    except (TypeError, ValueError):
        number = None
    if number is None or number < 0:
        raise StepFailed(f"{where}: expected a whole number, got {value!r}")
    return number


@register
class Retry(_Control):
    name = "retry"
    doc = "runs its commands (or a file) again when they fail, up to maxRetries more " \
          "times (default 1, at most 3, as in Maestro)"
    nested = ("commands",)
    schema = {"type": "object", "properties": {
        "maxRetries": {"type": ["integer", "string"]}, "file": {"type": "string"},
        "commands": COMMANDS_SCHEMA, "env": ENV_SCHEMA}, "additionalProperties": False}

    def read(self, ctx, line, arg, node):
        name = self.name
        arg = r.mapping(ctx, line, name, arg, ("maxRetries", "file", "commands", "env"))
        if ("file" in arg) == ("commands" in arg):
            raise ctx.error(line, f"{name}: give either file or commands")
        retries = arg.get("maxRetries", 1)
        retries = _count(ctx, line, f"{name}: maxRetries", retries)
        env = r.env_mapping(ctx, line, f"{name}: env", arg.get("env"))
        if "commands" in arg:
            out = {"commands": _inline(ctx, node, "commands", arg["commands"], env),
                   "sub_env": {}}
        else:
            out = read_file_commands(ctx, line, name, arg["file"], env)
        return {**out, "retries": retries, "env": env}

    def run(self, runner, command, step, depth):
        a = command.args
        retries = a["retries"]
        if isinstance(retries, str):
            retries = _run_count(runner.expand(retries), "maxRetries")
        retries = min(retries, MAX_RETRIES)
        for attempt in range(retries + 1):
            runner.check_time(command)
            with runner.env_scope(a["sub_env"], a["env"]):
                ok = runner.run_nested(command, a["commands"], depth + 1,
                                       trial=attempt < retries)
            if ok:
                step.message = f"passed at attempt {attempt + 1} of {retries + 1}"
                from gui.counts import STORYBOARD  # Qt's plurals: only when it runs

                step.note = STORYBOARD.attempt(attempt + 1, retries + 1)
                return True
        step.status = "failed"
        step.message = runner.result.short or "a command in it failed"
        return False


@register
class EvalScript(_Control):
    name = "evalScript"
    doc = "evaluates the JavaScript in its ${...} (e.g. ${output.count = 7})"
    opens_window = False
    schema = {"anyOf": [{"type": ["string", "number", "boolean"]}, {
        "type": "object", "properties": {"script": {"type": "string"}}}]}

    def read(self, ctx, line, arg, node):
        if isinstance(arg, dict):
            arg = r.mapping(ctx, line, self.name, arg, ("script",), required=("script",))[
                "script"]
        return {"script": _script_text(ctx, line, self.name, arg)}

    def run(self, runner, command, step, depth):
        runner.expand(command.args["script"], allow_undefined=True)  # its value is dropped


@register
class AssertTrue(_Control):
    name = "assertTrue"
    doc = "fails unless its value (usually ${...}) is true: not blank, false, 0, null or " \
          "undefined"
    opens_window = False
    schema = {"anyOf": [{"type": ["string", "number", "boolean"]}, {
        "type": "object", "properties": {"condition": {"type": ["string", "boolean"]}}}]}

    def read(self, ctx, line, arg, node):
        if isinstance(arg, dict):
            arg = r.mapping(ctx, line, self.name, arg, ("condition",),
                            required=("condition",))["condition"]
        return {"condition": _script_text(ctx, line, self.name, arg)}

    def run(self, runner, command, step, depth):
        value = runner.expand(command.args["condition"])
        if not truthy(value):
            raise StepFailed(f"{command.args['condition']} is {value!r}, not true")


@register
class RunScript(_Control):
    name = "runScript"
    doc = "runs a JavaScript file (relative to the flow) with env: as its variables; no " \
          "file system or network; within the script time limit"
    opens_window = False
    schema = {"anyOf": [{"type": "string"}, {"type": "object", "properties": {
        "file": {"type": "string"}, "env": ENV_SCHEMA, "when": WHEN_SCHEMA},
        "required": ["file"], "additionalProperties": False}]}

    def read(self, ctx, line, arg, node):
        name = self.name
        if isinstance(arg, str):
            arg = {"file": arg}
        arg = r.mapping(ctx, line, name, arg, ("file", "env", "when"), required=("file",))
        file = r.text(ctx, line, f"{name}: file", arg["file"]).strip()
        target = (ctx.file.parent / file).resolve()
        if not target.is_file():
            raise ctx.error(line, f"{name}: no such file {file!r} (looked for "
                            f"{shown_path(target)})")
        try:
            source = target.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ctx.error(line, f"{name}: cannot read {file!r} ({exc})") from None
        return {"file": target, "source": source,
                "env": r.env_mapping(ctx, line, f"{name}: env", arg.get("env")),
                "when": read_when(ctx, line, f"{name}: when", arg.get("when"))}

    def run(self, runner, command, step, depth):
        a = command.args
        why = when_holds(runner, a["when"])
        if why:
            step.status, step.message = "skipped", why
            return True
        with runner.env_scope({}, a["env"]):
            runner.run_script(a["source"], a["file"])
