"""The demo's cards: the opening title, the clock's jump as time passing, the closing summary
(what happened, in the help article's words: core/story.py), in the current language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core import i18n, services, story
from core.i18n import flow_text
from gui.console.format import weekday
from gui.counts import DEMO
from gui.demo_overlay import Card
from gui.i18n import translate

ARTICLE = QT_TRANSLATE_NOOP("Demo", "Bitrix24 · Delete account in the mobile app")


def clock(runner) -> datetime | None:
    if runner.controller is None:
        return None
    try:
        return runner.controller.read(services.now)
    except Exception:  # noqa: BLE001 - a broken store: no card, the flow reports it
        return None


def _long_day(at: datetime) -> str:
    """``Mon 2 Mar 2026`` in the current language."""
    return translate("Demo", "{weekday} {day}").format(weekday=weekday(at),
                                                       day=i18n.format_short_day(at))


def _moment(at: datetime) -> str:
    return translate("Demo", "{day}, {time} UTC").format(day=_long_day(at), time=f"{at:%H:%M}")


def title_card(runner) -> Card:
    flow = runner.flow
    lines = []
    now = clock(runner)
    if now is not None:
        lines.append(translate("Demo", "The simulated clock starts on {moment}.").format(
            moment=_moment(now)))
    who = flow.world.session_person if flow.world is not None else None
    person = next((p for p in flow.world.people if p.key == who), None) if who else None
    if person is not None:
        where = flow.world.session_portal or ""
        lines.append(translate("Demo", "{person} is signed in to the app in {portal}.").format(
            person=person.name, portal=where) if where else
            translate("Demo", "{person} is signed in to the app.").format(person=person.name))
    lines.append(DEMO.steps(len(flow.commands)))
    return Card(flow_text(flow.name), kicker=translate("Demo", ARTICLE), lines=lines,
                footer=translate("Demo", "Space pause · ← back · → step · +/− speed · Esc quit"))


def time_card(before: datetime, after: datetime, progress: float) -> Card:
    """``progress`` of the way from ``before`` to ``after``: the date shown runs with it."""
    delta = after - before
    now = before + delta * progress
    days = delta.days
    if days >= 1:
        passed = min(days, int(round(days * progress)))
        title = DEMO.days_later(passed)
    else:
        hours = int(round(delta.total_seconds() / 3600 * progress))
        title = DEMO.hours_later(hours)
    return Card(title, kicker=translate("Demo", "Time passes"), progress=progress,
                lines=[_moment(now)],
                footer=translate("Demo", "From {start} to {end}").format(
                    start=_long_day(before), end=_long_day(after)))


def summary_card(runner, passed: bool) -> Card:
    try:
        told = runner.controller.read(story.story) if runner.controller is not None else None
    except Exception:  # noqa: BLE001 - the flow's own result says what broke
        told = None
    lines = story.told(told) if told is not None else []
    kicker = (translate("Demo", "What happened · {span}").format(span=story.span(told))
              if told is not None else translate("Demo", "What happened"))
    title = (translate("Demo", "That is the whole story.") if passed else
             translate("Demo", "The demo stopped early."))
    if not passed and runner.result.short:
        lines = [runner.result.short.splitlines()[0], *lines]
    return Card(title, kicker=kicker, lines=[f"• {line}" for line in lines],
                footer=translate("Demo", "Esc or close the window to finish"))
