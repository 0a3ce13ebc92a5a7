"""Maestro's commands that act on the screen: tap, type, look, scroll, go back, screenshots.

Each acts on the real widgets through gui.flows.driver; the phone is searched first, then
the console.
"""

from __future__ import annotations

import time

from gui.flows.commands import reading as r
from gui.flows.commands.base import Unit, register
from gui.flows.model import Selector, StepFailed

SCROLL_TIMEOUT_MS = 10000
EXTENDED_WAIT_MS = 5000

SELECTOR_SCHEMA = {
    "anyOf": [
        {"type": ["string", "number"]},
        {"type": "object", "properties": {
            "text": {"type": ["string", "number"]}, "id": {"type": "string"},
            "index": {"type": ["integer", "string"]}, "enabled": {"type": ["boolean", "string"]},
            "checked": {"type": ["boolean", "string"]},
            "timeout": {"type": ["integer", "string"]}}},
    ],
}
# Maestro's other selector keys (gui/flows/selectors.py reads them; the relative ones hold
# selectors themselves) and the extension `on`.
SELECTOR_SCHEMA["anyOf"][1]["properties"].update(
    {k: {"type": ["boolean", "string"]} for k in ("focused", "selected")}
    | {k: {"type": ["string", "number", "object"]} for k in ("below", "above", "leftOf",
                                                             "rightOf", "childOf",
                                                             "containsChild")}
    | {"containsDescendants": {"type": "array",
                               "items": {"type": ["string", "number", "object"]}},
       "width": {"type": ["integer", "string"]}, "height": {"type": ["integer", "string"]},
       "tolerance": {"type": ["integer", "string"]}, "traits": {"type": "string"},
       "on": {"enum": ["phone", "console"]}})


def _driver():
    from gui.flows import driver

    return driver


@register
class InputText(Unit):
    name = "inputText"
    doc = "types into the focused (or last tapped) text field"
    schema = {"anyOf": [{"type": ["string", "number"]}, {"type": "object", "properties": {
        "text": {"type": ["string", "number"]}}, "required": ["text"]}]}

    def read(self, ctx, line, arg, node):
        if isinstance(arg, dict):
            arg = r.mapping(ctx, line, self.name, arg, ("text",), required=("text",))["text"]
        if isinstance(arg, bool):  # Maestro types `inputText: false` as the word
            arg = "true" if arg else "false"
        value = r.text(ctx, line, self.name, arg, allow_empty=True)
        if len(value) > 10_000:
            raise ctx.error(line, f"{self.name}: at most 10000 characters")
        return {"text": value}

    def run(self, runner, command, step, depth):
        target = runner.text_field()
        runner.hooks.target(runner, runner.window_rect(target))
        _driver().type_text(target, command.args["text"])


@register
class ScrollUntilVisible(Unit):
    name = "scrollUntilVisible"
    doc = "scrolls the scroll area holding the element (or the largest one) half a page at " \
          "a time until it is in view; fails at the end"
    schema = {"anyOf": [SELECTOR_SCHEMA["anyOf"][0], {"type": "object", "properties": {
        "element": SELECTOR_SCHEMA, "direction": {"type": "string"},
        "timeout": {"type": ["integer", "string"]}, "speed": {"type": ["integer", "string"]},
        "visibilityPercentage": {"type": ["integer", "string"]},
        "centerElement": {"type": ["boolean", "string"]},
        "waitToSettleTimeoutMs": {"type": ["integer", "string"]}}, "required": ["element"]}]}

    def read(self, ctx, line, arg, node):
        name = self.name
        if not isinstance(arg, dict):
            selector, _ = r.selector(ctx, line, name, arg)
            return {"selector": selector, "direction": "DOWN", "timeout": None, "visibility": 100}
        arg = r.mapping(ctx, line, name, arg, ("element", "direction", "timeout", "speed",
                                               "visibilityPercentage", "centerElement",
                                               "waitToSettleTimeoutMs"),
                        required=("element",))
        selector, _ = r.selector(ctx, line, f"{name}: element", arg["element"])
        direction = str(arg.get("direction", "DOWN")).upper()
        r.choice(ctx, line, f"{name}: direction", direction, r.DIRECTIONS)
        # Maestro takes a negative timeout too (it gives up at once)
        timeout = max(0, r.integer(ctx, line, f"{name}: timeout", arg["timeout"], -10**9,
                                   r.MAX_TIMEOUT_MS)) if "timeout" in arg else None
        if "speed" in arg:
            r.integer(ctx, line, f"{name}: speed", arg["speed"], 0, 10**6)  # Maestro: 0-100
        visibility = r.integer(ctx, line, f"{name}: visibilityPercentage",
                               arg.get("visibilityPercentage", 100), 1, 100)
        if "centerElement" in arg:
            r.boolean(ctx, line, f"{name}: centerElement", arg["centerElement"])
        return {"selector": selector, "direction": direction, "timeout": timeout,
                "visibility": visibility}

    def run(self, runner, command, step, depth):
        scroll_until_visible(runner, command.args)


def scroll_until_visible(runner, a: dict) -> None:
    driver = _driver()
    selector, direction, wanted = a["selector"], a["direction"], a["visibility"] / 100
    deadline = time.monotonic() + (a["timeout"] or SCROLL_TIMEOUT_MS) / 1000
    while True:
        driver.settle()
        found = [e for e in runner.find(selector) if e.visible_fraction() >= wanted - 1e-6]
        if found:
            return
        area = None
        for _, root in runner.roots():
            hidden = driver.hidden_in_scroll(root, selector) if root is not None else []
            if hidden:
                area = driver.scroll_area_of(hidden[0])
                break
        if area is None:
            partly = runner.find(selector)
            areas = ([driver.scroll_area_of(partly[0].widget)] if partly else []) + [
                x for _, root in runner.roots() if root is not None
                for x in driver.scroll_areas(root)]
            area = next((x for x in areas if x is not None), None)
        if area is None:
            raise StepFailed(f"no element with {selector.describe()} is on screen, and "
                             "nothing on screen scrolls")
        if not driver.scroll_step(area, direction) or time.monotonic() > deadline:
            raise StepFailed(f"scrolled {direction.lower()} to the end; no element with "
                             f"{selector.describe()} came into view")


@register
class Back(Unit):
    name = "back"
    doc = "the phone's Back button (id back), else the screen's own way back"
    schema = {"type": ["null", "object"]}

    def run(self, runner, command, step, depth):
        driver = _driver()
        phone = getattr(runner.window, "phone", None)
        found = [e for e in driver.match(driver.elements(phone), Selector(id="back"))] \
            if phone is not None else []
        if found:
            runner.hooks.target(runner, found[0].window_rect())
            driver.tap(found[0])
            return
        for method in ("go_back", "back"):
            fn = getattr(phone, method, None)
            if callable(fn):
                if fn() is False:
                    raise StepFailed("there is no way back from this screen")
                driver.settle()
                return
        raise StepFailed("there is no back button (id back) on this screen")


@register
class WaitForAnimationToEnd(Unit):
    name = "waitForAnimationToEnd"
    doc = ("waits until the phone's animations have ended (timeout ms, default 15000; they "
           "play with main.py test --animations)")
    schema = {"type": ["null", "object"]}

    def read(self, ctx, line, arg, node):
        if isinstance(arg, dict):
            arg = r.mapping(ctx, line, self.name, arg, ("timeout",))
            return {"timeout": r.timeout(ctx, line, self.name, arg)}
        return r.nothing(ctx, line, self.name, arg)

    def run(self, runner, command, step, depth):
        from gui.phone import motion

        _driver().settle()
        motion.wait_idle(command.args.get("timeout") or ANIMATION_TIMEOUT_MS)


ANIMATION_TIMEOUT_MS = 15_000  # Maestro's: waitForAnimationToEnd goes on after it either way


@register
class HideKeyboard(Unit):
    name = "hideKeyboard"
    doc = ("takes the phone's keyboard down (the field loses focus, what it holds stays; "
           "also Maestro's `- hide keyboard`)")
    schema = {"type": ["null", "object"]}

    def run(self, runner, command, step, depth):
        control = getattr(getattr(runner.window, "phone", None), "keyboard_control", None)
        if control is not None:
            control.hide()
        _driver().settle()


@register
class ExtendedWaitUntil(Unit):
    name = "extendedWaitUntil"
    doc = "waits (5 s, or timeout) until the element is visible / not visible"
    schema = {"type": "object", "properties": {
        "visible": SELECTOR_SCHEMA, "notVisible": SELECTOR_SCHEMA,
        "timeout": {"type": ["integer", "string"]}}}

    def read(self, ctx, line, arg, node):
        name = self.name
        arg = r.mapping(ctx, line, name, arg, ("visible", "notVisible", "timeout"))
        if ("visible" in arg) == ("notVisible" in arg):
            raise ctx.error(line, f"{name}: give either visible or notVisible")
        key = "visible" if "visible" in arg else "notVisible"
        selector, _ = r.selector(ctx, line, f"{name}: {key}", arg[key])
        return {"selector": selector, "visible": key == "visible",
                "timeout": r.timeout(ctx, line, name, arg)}

    def run(self, runner, command, step, depth):
        a = command.args
        timeout = EXTENDED_WAIT_MS if a["timeout"] is None else a["timeout"]
        if a["visible"]:
            runner.wait_for(a["selector"], timeout)
        else:
            runner.wait_gone(a["selector"], timeout)
