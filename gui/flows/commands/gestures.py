"""Maestro's commands that touch the screen beyond a plain tap: taps with Maestro's options
(points, repeats, double and long presses), keys, swipes and scrolling, copy and paste,
random input, erasing, the app's life (launchApp in every form, stopApp, killApp,
clearState), deep links (openLink bitrix24://...) and screenshots in folders.

The device's screen is the phone's display (gui.flows.driver.screen_of): points, percentages
and swipes are the phone's, never the console's. Options that change nothing on this
simulator are accepted and said so in the step's report line.
"""

from __future__ import annotations

import os
import random
import re
import secrets
import string
from typing import Any

from gui.flows.commands import reading as r
from gui.flows.commands.base import Unit, register
from gui.flows.commands.phone import SELECTOR_SCHEMA
from gui.flows.model import StepFailed
from gui.flows.selectors import TAP_OPTIONS, key_name, parse_point

SEED_VARIABLE = "B24SIM_FLOW_SEED"  # the same seed types the same random text again
MAX_SETTLE_MS = 30_000              # Maestro's cap on waitToSettleTimeoutMs
DEFAULT_DELAY_MS = 100              # Maestro's delay between repeated taps
SCREENSHOT_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.\-]{0,99}$")

# Deep links: bitrix24://NAME opens the app's screen of that name (see docs/flows.md).
LINKS = {"feed": "feed", "notifications": "notices", "profile": "profile",
         "profile/edit": "edit_profile", "delete-account": "delete_warning",
         "sign-in": "sign_in"}
SCHEME = "bitrix24://"

# What an accepted option that changes nothing here is told in the report.
NOTHING_HERE = {
    "retryTapIfNoChange": "a tap here always lands (Qt delivers it at once): nothing to retry",
    "waitToSettleTimeoutMs": "the app has settled when a command ends (no animations)",
    "waitUntilVisible": "only visible elements are found, so the tap waited for it already",
    "duration": "a swipe here moves the content at once",
    "speed": "a swipe here moves the content at once",
    "arguments": "the app reads no launch argument but language",
    "permissions": "the app asks for no permissions on this simulator",
    "clearKeychain": "the simulator keeps no keychain",
    "autoVerify": "a bitrix24:// link always opens the app",
    "browser": "bitrix24:// links open in the app",
    "appId": "there is one app here",
}


def _driver():
    from gui.flows import driver

    return driver


def accepted(args: dict, keys) -> str:
    """The report line's note for options that change nothing here."""
    said = [f"{k}: accepted; {NOTHING_HERE[k]}" for k in keys if k in args]
    return "; ".join(said)


def _note(step, text: str) -> None:
    if text:
        step.message = f"{step.message}; {text}" if step.message else text


def phone_screen(runner):
    phone = getattr(runner.window, "phone", None)
    if phone is None:
        raise StepFailed("the window has no phone")
    return _driver().screen_of(phone)


def _point(ctx, line, where, value) -> tuple[float, float, bool]:
    try:
        return parse_point(r.text(ctx, line, where, value))
    except ValueError as exc:
        raise ctx.error(line, f"{where}: {exc}") from None


# ---------------------------------------------------------------- taps

TAP_KEYS = tuple(k for k in TAP_OPTIONS if k not in ("start", "end")) + ("timeout",)
TAP_SCHEMA = {"anyOf": [SELECTOR_SCHEMA["anyOf"][0], {"type": "object"}]}


def read_tap(ctx, line, name: str, arg: Any) -> dict:
    """A tap's target (a selector or ``point``) and Maestro's tap options."""
    selector, extras = r.selector(ctx, line, name, arg, TAP_KEYS)
    out: dict[str, Any] = {"selector": None, "point": None,
                           "timeout": r.timeout(ctx, line, name, extras),
                           "repeat": 1, "delay": DEFAULT_DELAY_MS, "notes": {}}
    if "point" in extras:
        out["point"] = _point(ctx, line, f"{name}: point", extras["point"])
    else:
        out["selector"] = selector
    if "repeat" in extras:
        out["repeat"] = max(1, r.integer(ctx, line, f"{name}: repeat", extras["repeat"],
                                         -1000, 1000))
    if "delay" in extras:
        out["delay"] = r.integer(ctx, line, f"{name}: delay", extras["delay"], 0, 60_000)
    for key in ("retryTapIfNoChange", "waitUntilVisible"):
        if key in extras:
            out["notes"][key] = r.boolean(ctx, line, f"{name}: {key}", extras[key])
    if "waitToSettleTimeoutMs" in extras:
        out["notes"]["waitToSettleTimeoutMs"] = min(r.integer(
            ctx, line, f"{name}: waitToSettleTimeoutMs", extras["waitToSettleTimeoutMs"], 0,
            10**9), MAX_SETTLE_MS)
    return out


def run_tap(runner, a: dict, step, count: int | None = None, long: bool = False) -> None:
    driver = _driver()
    count = count or a["repeat"]
    if a["point"] is not None:
        screen = phone_screen(runner)
        at = driver.screen_point(screen, a["point"])
        runner.hooks.target(runner, driver.point_rect(screen, at))
        hit = driver.tap_screen(screen, a["point"], count, a["delay"], long)
        _note(step, f"tapped the phone's screen at {at.x()},{at.y()}")
    else:
        element = runner.wait_for(a["selector"], a["timeout"])
        runner.hooks.target(runner, element.window_rect())
        hit = driver.tap(element, count, a["delay"], long)
        runner.field = driver.text_input(element.widget) or runner.field
    runner.field = driver.text_input(hit) or runner.field
    _note(step, accepted(a["notes"], a["notes"]))


@register
class TapOn(Unit):
    name = "tapOn"
    doc = "a real mouse click at the centre of the element (waits up to 2.5 s for it) or at " \
          "a point of the phone's screen (point: \"50%,90%\" or pixels); repeat, delay; the " \
          "text field tapped gets what inputText types"
    schema = TAP_SCHEMA

    def read(self, ctx, line, arg, node):
        return read_tap(ctx, line, self.name, arg)

    def run(self, runner, command, step, depth):
        run_tap(runner, command.args, step)


@register
class DoubleTapOn(TapOn):
    name = "doubleTapOn"
    doc = "two taps (delay apart, 100 ms by default) on the element or point"

    def run(self, runner, command, step, depth):
        run_tap(runner, command.args, step, count=2)


@register
class LongPressOn(TapOn):
    name = "longPressOn"
    doc = "a press held 0.6 s on the element or point, then released"

    def run(self, runner, command, step, depth):
        run_tap(runner, command.args, step, count=1, long=True)


class _Look(Unit):
    """assertVisible / assertNotVisible: Maestro reads a whole selector mapping there, tap
    options included (they change nothing for a look)."""

    schema = TAP_SCHEMA

    def read(self, ctx, line, arg, node):
        selector, extras = r.selector(ctx, line, self.name, arg, TAP_KEYS)
        if "point" in extras:
            raise ctx.error(line, f"{self.name}: point is for taps; say which element")
        return {"selector": selector, "timeout": r.timeout(ctx, line, self.name, extras),
                "ignored": sorted(k for k in extras if k != "timeout")}

    def note(self, step, args) -> None:
        if args["ignored"]:
            _note(step, f"{', '.join(args['ignored'])}: accepted; they are tap options and "
                  "change nothing for a look")


@register
class AssertVisible(_Look):
    name = "assertVisible"
    doc = "waits (2.5 s, or timeout) until the element is on screen"

    def run(self, runner, command, step, depth):
        runner.wait_for(command.args["selector"], command.args["timeout"])
        self.note(step, command.args)


@register
class AssertNotVisible(_Look):
    name = "assertNotVisible"
    doc = "waits (2.5 s, or timeout) until no such element is on screen"

    def run(self, runner, command, step, depth):
        a = command.args
        runner.wait_gone(a["selector"], runner.WAIT_MS if a["timeout"] is None else a["timeout"])
        self.note(step, a)


# ---------------------------------------------------------------- keys


@register
class PressKey(Unit):
    name = "pressKey"
    doc = "a key: Enter, Backspace, Escape, Tab (to the focused field or screen), Back (the " \
          "phone's way back), Home (the app goes to the background); hardware and remote " \
          "keys are refused"
    schema = {"anyOf": [{"type": "string"}, {"type": "object", "properties": {
        "key": {"type": "string"}}, "required": ["key"]}]}

    def read(self, ctx, line, arg, node):
        if isinstance(arg, dict):
            arg = r.mapping(ctx, line, self.name, arg, ("key",), required=("key",))["key"]
        try:
            return {"key": key_name(r.text(ctx, line, self.name, arg))}
        except ValueError as exc:
            raise ctx.error(line, f"{self.name}: {exc}") from None

    def run(self, runner, command, step, depth):
        driver = _driver()
        key = command.args["key"]
        if key == "Back":
            go_back(runner)
        elif key == "Home":
            driver.show_home(phone_screen(runner))
            runner.field = None
            _note(step, "the app is in the background; launchApp brings it back")
        else:
            driver.press_key(focus_target(runner), key)


def focus_target(runner):
    """Where a key goes: the focused widget of the window, else the last tapped field, else
    the phone's current screen."""
    from PySide6.QtWidgets import QApplication

    focused = QApplication.focusWidget()
    if focused is not None and focused.window() is runner.window and focused.isVisible():
        return focused
    if runner.field is not None and runner.field.isVisible():
        return runner.field
    phone = getattr(runner.window, "phone", None)
    current = getattr(phone, "current_screen", None)
    return current() if callable(current) else runner.window


def go_back(runner) -> None:
    """The phone's back (a sheet closes, else the screen's Back)."""
    phone = getattr(runner.window, "phone", None)
    back = getattr(phone, "go_back", None)
    if not callable(back):
        raise StepFailed("the phone has no way back")
    if back() is False:
        raise StepFailed("there is no way back from this screen")
    _driver().settle()


# ---------------------------------------------------------------- swipes and scrolling

DIRECTIONS = ("UP", "DOWN", "LEFT", "RIGHT")


@register
class Swipe(Unit):
    name = "swipe"
    doc = "a finger across the phone's screen: direction, start/end points (\"90%,50%\" or " \
          "pixels) or from an element; the scroll area under the finger follows it; from " \
          "the left edge rightwards it goes back, as iOS does"
    schema = {"type": "object", "properties": {
        "direction": {"type": "string"}, "start": {"type": "string"},
        "end": {"type": "string"}, "from": SELECTOR_SCHEMA,
        "duration": {"type": ["integer", "string"]},
        "waitToSettleTimeoutMs": {"type": ["integer", "string"]}}}

    def read(self, ctx, line, arg, node):
        name = self.name
        arg = r.mapping(ctx, line, name, arg, ("direction", "start", "end", "from", "duration",
                                               "waitToSettleTimeoutMs"))
        out: dict[str, Any] = {"direction": None, "start": None, "end": None, "from": None,
                               "notes": {k: arg[k] for k in ("duration",
                                                             "waitToSettleTimeoutMs") if k in arg}}
        if "start" in arg or "end" in arg:
            if "direction" in arg or "from" in arg:
                raise ctx.error(line, f"{name}: give start and end, or a direction (with or "
                                "without from), not both")
            if "start" not in arg or "end" not in arg:
                raise ctx.error(line, f"{name}: a swipe by points needs both start and end")
            out["start"] = _point(ctx, line, f"{name}: start", arg["start"])
            out["end"] = _point(ctx, line, f"{name}: end", arg["end"])
            return out
        if "direction" not in arg:
            raise ctx.error(line, f"{name}: give a direction (UP, DOWN, LEFT, RIGHT), or start "
                            "and end points")
        out["direction"] = r.choice(ctx, line, f"{name}: direction",
                                    str(arg["direction"]).upper(), DIRECTIONS)
        if "from" in arg:
            out["from"], _ = r.selector(ctx, line, f"{name}: from", arg["from"])
        return out

    def run(self, runner, command, step, depth):
        a = command.args
        driver = _driver()
        screen = phone_screen(runner)
        host = screen
        if a["start"] is not None:
            start = driver.screen_point(screen, a["start"])
            end = driver.screen_point(screen, a["end"])
        elif a["from"] is not None:
            element = runner.wait_for(a["from"], None)
            runner.hooks.target(runner, element.window_rect())
            if not screen.isAncestorOf(element.widget):  # the console: its own area
                host = element.widget.window()
            centre = element.widget.mapTo(host, (element.visible_rect or element.rect).center())
            start, end = driver.swipe_ends(host, a["direction"], centre)
        else:
            start, end = driver.swipe_ends(screen, a["direction"])
        _note(step, do_swipe(runner, host, start, end))
        _note(step, accepted(a["notes"], a["notes"]))


def do_swipe(runner, host, start, end) -> str:
    """Swipe on ``host`` (the phone's screen, or the window for the console); what happened,
    for the report."""
    driver = _driver()
    platform = getattr(getattr(runner.window, "phone", None), "platform", "ios")
    if host is phone_screen(runner) and driver.is_back_gesture(host, start, end, platform):
        go_back(runner)
        edge = "the left edge" if start.x() < host.width() / 2 else "the right edge"
        return f"the back gesture (from {edge})"
    area = driver.swipe(host, start, end)
    if area is None:
        return "nothing under the finger scrolls that way"
    return f"scrolled {area.objectName() or type(area).__name__}"


@register
class Scroll(Unit):
    name = "scroll"
    doc = "scrolls down: a swipe up from the middle of the phone's screen (50% to 10%)"
    schema = {"type": ["null", "object"]}

    def run(self, runner, command, step, depth):
        driver = _driver()
        screen = phone_screen(runner)
        start = driver.screen_point(screen, (50, 50, True))
        end = driver.screen_point(screen, (50, 10, True))
        _note(step, do_swipe(runner, screen, start, end))


# ---------------------------------------------------------------- text


def type_into_field(runner, text: str) -> None:
    target = runner.text_field()
    runner.hooks.target(runner, runner.window_rect(target))
    _driver().type_text(target, text)


@register
class CopyTextFrom(Unit):
    name = "copyTextFrom"
    doc = "keeps the element's text (its text, else placeholder, else accessible name) for " \
          "pasteText and ${maestro.copiedText}"
    schema = SELECTOR_SCHEMA

    def read(self, ctx, line, arg, node):
        selector, extras = r.selector(ctx, line, self.name, arg, ("timeout",))
        return {"selector": selector, "timeout": r.timeout(ctx, line, self.name, extras)}

    def run(self, runner, command, step, depth):
        element = runner.wait_for(command.args["selector"], command.args["timeout"])
        if not element.texts:
            raise StepFailed(f"{element.describe()} has no text to copy")
        runner.copied_text = element.texts[0]
        _note(step, f"copied {runner.copied_text!r}")


@register
class PasteText(Unit):
    name = "pasteText"
    doc = "types the text copyTextFrom kept into the focused field (nothing when none)"
    schema = {"type": ["null", "object"]}

    def run(self, runner, command, step, depth):
        text = getattr(runner, "copied_text", None)
        if text is None:
            _note(step, "nothing was copied yet (copyTextFrom first): nothing typed")
            return
        type_into_field(runner, text)
        _note(step, f"pasted {text!r}")


FIRST_NAMES = ("Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Irina",
               "Jonas", "Kira", "Luis", "Maya", "Nikolai", "Olga", "Pavel", "Rosa", "Sven")
LAST_NAMES = ("Petrova", "Ivanov", "Gomez", "Sokolov", "Novak", "Berg", "Keller", "Lindqvist",
              "Moreau", "Okafor", "Rossi", "Tanaka", "Weber", "Young")


def random_of(runner) -> tuple[random.Random, int]:
    """The flow's random numbers: seeded from B24SIM_FLOW_SEED (the same seed, the same
    texts, flow by flow) or a fresh seed, which the report shows."""
    rng = getattr(runner, "random", None)
    if rng is None:
        raw = os.environ.get(SEED_VARIABLE, "").strip()
        seed = int(raw) if raw.isdigit() else secrets.randbelow(10**6)
        rng = random.Random(f"{seed}:{runner.flow.path.name}")
        runner.random, runner.random_seed = rng, seed
    return rng, runner.random_seed


def random_text(rng: random.Random, kind: str, length: int) -> str:
    if kind == "number":
        return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits)
                                                for _ in range(length - 1))
    if kind == "email":
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        return f"{first}.{last}{rng.randint(10, 99)}@example.com".lower()
    if kind == "name":
        return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    return "".join(rng.choice(string.ascii_letters) for _ in range(length))


class _InputRandom(Unit):
    kind = "text"
    lengthy = True
    schema = {"type": ["null", "object"], "properties": {"length": {"type": ["integer",
                                                                             "string"]}}}

    def read(self, ctx, line, arg, node):
        if arg is None:
            return {"length": 8}
        allowed = ("length",) if self.lengthy else ()
        arg = r.mapping(ctx, line, self.name, arg, allowed)
        length = r.integer(ctx, line, f"{self.name}: length", arg.get("length", 8), -1000,
                           10_000)
        return {"length": length if length > 0 else 8}  # Maestro: 0 or less is 8

    def run(self, runner, command, step, depth):
        rng, seed = random_of(runner)
        text = random_text(rng, self.kind, command.args["length"])
        type_into_field(runner, text)
        _note(step, f"typed {text!r} (random, seed {seed}: {SEED_VARIABLE}={seed} types the "
              "same again)")


@register
class InputRandomText(_InputRandom):
    name = "inputRandomText"
    doc = "types random letters (length, 8 by default); seeded, the seed in the report"


@register
class InputRandomNumber(_InputRandom):
    name = "inputRandomNumber"
    doc = "types random digits (length, 8 by default); seeded, the seed in the report"
    kind = "number"


@register
class InputRandomEmail(_InputRandom):
    name = "inputRandomEmail"
    doc = "types a random email address at example.com; seeded, the seed in the report"
    kind = "email"
    lengthy = False


@register
class InputRandomPersonName(_InputRandom):
    name = "inputRandomPersonName"
    doc = "types a random first and last name; seeded, the seed in the report"
    kind = "name"
    lengthy = False


@register
class EraseText(Unit):
    name = "eraseText"
    doc = "deletes characters from the end of the focused field: 50, the number given, or " \
          "all (extension)"
    schema = {"anyOf": [{"type": ["integer", "string", "null"]}, {"type": "object",
                                                                   "properties": {
        "charactersToErase": {"type": ["integer", "string"]}}}]}

    def read(self, ctx, line, arg, node):
        if isinstance(arg, dict):
            arg = r.mapping(ctx, line, self.name, arg, ("charactersToErase",)).get(
                "charactersToErase")
        if isinstance(arg, str) and arg.strip().lower() == "all":
            return {"count": None}
        count = 50 if arg is None else r.integer(ctx, line, self.name, arg, 0, 100_000)
        return {"count": count}

    def run(self, runner, command, step, depth):
        target = runner.text_field()
        runner.hooks.target(runner, runner.window_rect(target))
        _driver().erase_text(target, command.args["count"])


# ---------------------------------------------------------------- the app's life


def _app_id(ctx, line, name, arg) -> dict:
    """stopApp / killApp / clearState: nothing, an app id, or {appId}."""
    if arg is None:
        return {}
    if isinstance(arg, dict):
        arg = r.mapping(ctx, line, name, arg, ("appId",))
        return {"appId": r.text(ctx, line, f"{name}: appId", arg["appId"])} if arg else {}
    return {"appId": r.text(ctx, line, name, arg)}


class _AppLife(Unit):
    schema = {"anyOf": [{"type": ["string", "null"]}, {"type": "object", "properties": {
        "appId": {"type": "string"}}}]}

    def read(self, ctx, line, arg, node):
        return _app_id(ctx, line, self.name, arg)


@register
class StopApp(_AppLife):
    name = "stopApp"
    doc = "the app stops: the home screen shows until launchApp starts it afresh"

    def run(self, runner, command, step, depth):
        _driver().show_home(phone_screen(runner))
        runner.field = None
        runner.app_stopped = True


@register
class KillApp(StopApp):
    name = "killApp"
    doc = "as stopApp (the app's process ends; nothing else differs on this simulator)"


@register
class ClearState(_AppLife):
    name = "clearState"
    doc = "the app stops and the flow's world is put back as it began (sessions, requests, " \
          "emails); launchApp starts it"

    def run(self, runner, command, step, depth):
        clear_world(runner)
        _driver().show_home(phone_screen(runner))
        runner.field = None
        runner.app_stopped = True


def clear_world(runner) -> None:
    from core.world import seed_world

    seed_world(runner.controller.store, runner.flow.world)
    runner.controller.world_replaced.emit()
    runner.controller.changed.emit()
    _driver().settle()


LAUNCH_KEYS = ("appId", "url", "clearState", "clearKeychain", "stopApp", "permissions",
               "arguments")


@register
class LaunchApp(Unit):
    name = "launchApp"
    doc = "a fresh app start (the phone's first screen); also launchApp: APP_ID; " \
          "clearState: true puts the flow's world back as it began; stopApp: false leaves " \
          "a running app as it is; arguments: {language: de} makes the phone speak German " \
          "(en, de, es, pt-BR, ru, pseudo; it beats --lang)"
    opens_window = False
    schema = {"anyOf": [{"type": ["string", "null"]}, {"type": "object", "properties": {
        k: {} for k in LAUNCH_KEYS}}]}

    def read(self, ctx, line, arg, node):
        name = self.name
        if arg is None:
            return {"clearState": False, "stopApp": True, "notes": {}}
        if not isinstance(arg, dict):
            return {"clearState": False, "stopApp": True,
                    "notes": {"appId": r.text(ctx, line, name, arg)}}
        arg = r.mapping(ctx, line, name, arg, LAUNCH_KEYS)
        notes = {k: arg[k] for k in ("appId", "arguments", "permissions") if k in arg}
        if "url" in arg:
            notes["appId"] = arg["url"]
        if "arguments" in arg and not isinstance(arg["arguments"], dict):
            raise ctx.error(line, f"{name}: arguments: expected a mapping of name: value")
        language = _launch_language(ctx, line, name, arg.get("arguments") or {})
        if language is not None:
            others = {k: v for k, v in arg["arguments"].items() if k != "language"}
            if others:
                notes["arguments"] = others
            else:
                notes.pop("arguments", None)
        if "permissions" in arg and not isinstance(arg["permissions"], dict):
            raise ctx.error(line, f"{name}: permissions: expected a mapping, e.g. {{all: allow}}")
        if r.boolean(ctx, line, f"{name}: clearKeychain", arg.get("clearKeychain", False)):
            notes["clearKeychain"] = True
        return {"clearState": r.boolean(ctx, line, f"{name}: clearState",
                                        arg.get("clearState", False)),
                "stopApp": r.boolean(ctx, line, f"{name}: stopApp", arg.get("stopApp", True)),
                "language": language, "notes": notes}

    def run(self, runner, command, step, depth):
        a = command.args
        stopped = getattr(runner, "app_stopped", False)
        if runner.window is not None and not a["stopApp"] and not stopped \
                and not a["clearState"]:
            _note(step, "the app is running: left as it is (stopApp: false)")
        else:
            runner.launch(a["clearState"])
        if a.get("language"):
            speak(runner, a["language"])
            _note(step, f"the phone speaks {a['language']}")
        if runner.window is not None:
            _driver().hide_home(phone_screen(runner))
        runner.app_stopped = False
        _note(step, accepted(a["notes"], a["notes"]))


def _launch_language(ctx, line, name, arguments: dict) -> str | None:
    """launchApp's ``arguments: {language: de}``, checked as the world's languages are."""
    if "language" not in arguments:
        return None
    from core.i18n import LanguageError, parse_language

    try:
        return parse_language(arguments["language"], f"{name}: arguments: language")
    except LanguageError as exc:
        raise ctx.error(line, str(exc)) from None


def speak(runner, language: str) -> None:
    """The first phone speaks ``language`` from now on: its own choice in the flow's world
    (as the console's switch makes it), above --lang; it builds its screens again."""
    from core import services

    runner.controller.forced_language = None
    runner.controller.act(services.set_phone_language, language, actor="simulator")
    _driver().settle()


@register
class OpenLink(Unit):
    name = "openLink"
    doc = "a deep link: bitrix24://feed, notifications, profile, profile/edit, " \
          "delete-account (the warning) or sign-in opens that screen of the app"
    schema = {"anyOf": [{"type": "string"}, {"type": "object", "properties": {
        "link": {"type": "string"}, "autoVerify": {}, "browser": {}}, "required": ["link"]}]}

    def read(self, ctx, line, arg, node):
        name = self.name
        notes = {}
        if isinstance(arg, dict):
            arg = r.mapping(ctx, line, name, arg, ("link", "autoVerify", "browser"),
                            required=("link",))
            for key in ("autoVerify", "browser"):
                if key in arg and r.boolean(ctx, line, f"{name}: {key}", arg[key]):
                    notes[key] = True
            arg = arg["link"]
        link = r.text(ctx, line, name, arg).strip()
        try:
            screen = link_screen(link)
        except ValueError as exc:
            raise ctx.error(line, f"{name}: {exc}") from None
        return {"link": link, "screen": screen, "notes": notes}

    def run(self, runner, command, step, depth):
        a = command.args
        phone = getattr(runner.window, "phone", None)
        navigator = getattr(phone, "navigator", None)
        if navigator is None:
            raise StepFailed("the phone has no screens to open")
        _driver().hide_home(phone_screen(runner))
        runner.app_stopped = False
        runner.field = None
        if a["screen"] == "delete_warning":
            navigator.go("profile")
            if phone.current_screen_name() == "profile":
                navigator.start_deletion("profile")
        else:
            navigator.go(a["screen"])
        _driver().settle()
        shown = phone.sheet_name() or phone.current_screen_name()
        _note(step, f"the app shows {shown}")
        _note(step, accepted(a["notes"], a["notes"]))


def link_screen(link: str) -> str:
    """The app's screen a bitrix24:// link opens; ValueError saying which links there are."""
    known = ", ".join(SCHEME + k for k in LINKS)
    if not link.lower().startswith(SCHEME):
        raise ValueError(f"{link!r}: a web page is not meaningful on this simulator (there "
                         f"is no browser beside the app); the app's own links open: {known}")
    path = link[len(SCHEME):].strip("/").lower().split("?", 1)[0]
    if path not in LINKS:
        raise ValueError(f"{link!r} is no screen of the app; the links: {known}")
    return LINKS[path]


# ---------------------------------------------------------------- screenshots


@register
class TakeScreenshot(Unit):
    name = "takeScreenshot"
    doc = "a PNG of the window: DIR/NN-flow/PATH.png with --screenshots (PATH may hold " \
          "folders inside it, e.g. profile/top)"
    schema = {"anyOf": [{"type": ["string", "null"]}, {"type": "object", "properties": {
        "path": {"type": "string"}}, "required": ["path"]}]}

    def read(self, ctx, line, arg, node):
        if isinstance(arg, dict):
            arg = r.mapping(ctx, line, self.name, arg, ("path",), required=("path",))["path"]
        if arg is None:
            return {"name": None}
        shot = r.text(ctx, line, self.name, arg).strip().replace("\\", "/")
        shot = shot.removesuffix(".png")
        parts = shot.split("/")
        if shot.startswith("/") or any(not SCREENSHOT_PART.match(p) or p in (".", "..")
                                       for p in parts) or len(parts) > 5:
            raise ctx.error(line, f"{self.name}: {shot!r} must stay inside the screenshots "
                            "folder: names of letters, digits, space, . _ - and at most four "
                            "folders (no .., no leading /)")
        return {"name": shot}

    def run(self, runner, command, step, depth):
        name = command.args["name"] or (f"screenshot-{len(runner.result.steps):03d}"
                                         + runner.phone_suffix())
        if "/" in name:
            folder = runner.artifacts.flow_dir(runner.number, runner.flow.path)
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
        step.shot = runner.picture(name)
