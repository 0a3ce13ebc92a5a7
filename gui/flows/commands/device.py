"""Maestro's commands that have no meaning on this simulator: the device's location, media,
network and keychain, and the AI assertions. Each is refused when the flow is read, with what
to do instead, so a flow never passes by silently skipping one."""

from __future__ import annotations

from gui.flows.commands.base import Unit, register

NOT_MEANINGFUL = "not meaningful on this simulator"


class _Refused(Unit):
    family = "device"
    why = ""
    instead = ""

    def read(self, ctx, line, arg, node):
        raise ctx.error(line, f"{self.name} is {NOT_MEANINGFUL}: {self.why}; {self.instead}")

    @property
    def doc(self) -> str:  # the docs table's line
        return f"refused when read: {self.why}; {self.instead}"


@register
class SetLocation(_Refused):
    name = "setLocation"
    why = "the simulated app uses no location"
    instead = "remove it (nothing in the Delete account flow depends on where the phone is)"


@register
class Travel(_Refused):
    name = "travel"
    why = "the simulated app uses no location"
    instead = "remove it; to make time pass use advanceClock"


@register
class AddMedia(_Refused):
    name = "addMedia"
    why = "the simulated phone has no photo library"
    instead = "remove it (no screen of the app reads media)"


@register
class SetAirplaneMode(_Refused):
    name = "setAirplaneMode"
    why = "the simulated phone has no network connection to cut"
    instead = ("remove it; to test an unreachable backend use a world whose browser session "
               "is stale, or the mail settings for a failing delivery")


@register
class ToggleAirplaneMode(SetAirplaneMode):
    name = "toggleAirplaneMode"


@register
class ClearKeychain(_Refused):
    name = "clearKeychain"
    why = "the simulated phone keeps no keychain"
    instead = "use launchApp: {clearState: true} to start again from the flow's world"


class _AI(_Refused):
    why = "it needs Maestro's cloud AI, which a headless local run does not call"
    instead = "assert what you expect with assertVisible / assertNotVisible, or evalScript"


@register
class AssertWithAI(_AI):
    name = "assertWithAI"


@register
class AssertNoDefectsWithAI(_AI):
    name = "assertNoDefectsWithAI"


@register
class ExtractTextWithAI(_AI):
    name = "extractTextWithAI"
    instead = "use copyTextFrom with a selector, then ${maestro.copiedText}"
