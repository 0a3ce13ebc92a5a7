"""The demo's cards: the opening title, the clock's jump as time passing, the closing summary
(what happened, in the help article's words: core/story.py)."""

from __future__ import annotations

from datetime import datetime

from core import services, story
from gui.demo_overlay import Card

ARTICLE = "Bitrix24 · Delete account in the mobile app"


def clock(runner) -> datetime | None:
    if runner.controller is None:
        return None
    try:
        return runner.controller.read(services.now)
    except Exception:  # noqa: BLE001 - a broken store: no card, the flow reports it
        return None


def _long_day(at: datetime) -> str:
    return f"{at:%a} {story.day(at)}"


def title_card(runner) -> Card:
    flow = runner.flow
    lines = []
    now = clock(runner)
    if now is not None:
        lines.append(f"The simulated clock starts on {_long_day(now)}, {now:%H:%M} UTC.")
    who = flow.world.session_person if flow.world is not None else None
    person = next((p for p in flow.world.people if p.key == who), None) if who else None
    if person is not None:
        where = flow.world.session_portal or ""
        lines.append(f"{person.name} is signed in to the app{f' in {where}' if where else ''}.")
    lines.append(f"{len(flow.commands)} steps, each caption pointing at what it shows.")
    return Card(flow.name, kicker=ARTICLE, lines=lines,
                footer="Space pause · ← back · → step · +/− speed · Esc quit")


def time_card(before: datetime, after: datetime, progress: float) -> Card:
    """``progress`` of the way from ``before`` to ``after``: the date shown runs with it."""
    delta = after - before
    now = before + delta * progress
    days = delta.days
    if days >= 1:
        passed = min(days, int(round(days * progress)))
        title = f"{passed} day{'s' * (passed != 1)} later"
    else:
        hours = int(round(delta.total_seconds() / 3600 * progress))
        title = f"{hours} hour{'s' * (hours != 1)} later"
    return Card(title, kicker="Time passes", progress=progress,
                lines=[f"{_long_day(now)}, {now:%H:%M} UTC"],
                footer=f"From {_long_day(before)} to {_long_day(after)}")


def summary_card(runner, passed: bool) -> Card:
    try:
        told = runner.controller.read(story.story) if runner.controller is not None else None
    except Exception:  # noqa: BLE001 - the flow's own result says what broke
        told = None
    lines = story.told(told) if told is not None else []
    kicker = f"What happened · {story.span(told)}" if told is not None else "What happened"
    title = "That is the whole story." if passed else "The demo stopped early."
    if not passed and runner.result.short:
        lines = [runner.result.short.splitlines()[0], *lines]
    return Card(title, kicker=kicker, lines=[f"• {line}" for line in lines],
                footer="Esc or close the window to finish")
