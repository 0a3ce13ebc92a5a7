"""The demo points at what each caption talks about: spotlights on the phone and the console,
the email opened in the preview, the Dismissed and Deleted rows, captions beside their subject
that cover none of it, a title card, the 30 days as time passing, and a closing summary."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QRect, QSize

from gui.demo_overlay import PAD, Card, place_caption
from gui.flows.demo import DEMO_FLOW, DemoHooks
from gui.flows.parser import parse_flow
from gui.flows.runner import Artifacts, FlowRunner, StoreMaker

WINDOW = QRect(0, 0, 1600, 900)
PHONE = QRect(24, 24, 410, 860)


def test_a_caption_about_the_phone_goes_right_of_the_phone_level_with_its_subject():
    subject = QRect(60, 600, 300, 50)
    spot = place_caption(QSize(480, 90), WINDOW, subject, PHONE, [PHONE, subject])
    assert spot.left() > PHONE.right()
    assert abs(spot.center().y() - subject.center().y()) <= 2
    assert not spot.intersects(PHONE)


def test_a_caption_about_a_console_row_near_the_bottom_goes_above_it_covering_nothing():
    row = QRect(470, 780, 1100, 30)
    spot = place_caption(QSize(480, 90), WINDOW, row, PHONE, [PHONE, row])
    assert spot.bottom() < row.top()
    assert not spot.intersects(row) and not spot.intersects(PHONE)
    assert WINDOW.contains(spot)


def test_a_caption_leaves_the_whole_lit_area_free_when_it_can():
    table = QRect(470, 300, 1100, 580)   # a whole page lit: no room below or above
    spot = place_caption(QSize(480, 90), WINDOW, table, PHONE, [PHONE, table])
    assert not spot.intersects(table) and not spot.intersects(PHONE)


@dataclass
class Snap:
    command: str
    caption: str
    card: Card | None
    spots: list[QRect]
    caption_box: QRect | None
    tab: str
    preview_subject: str
    rows: dict[str, str]   # the lit rows' first two cells, for the employees and network tabs


class Watch(DemoHooks):
    """Notes what the window shows at every pause of the demo."""

    def __init__(self, speed: float) -> None:
        super().__init__(speed)
        self.snaps: list[Snap] = []
        self.progress: list[tuple[str, float]] = []
        self.command = "(start)"
        self.runner = None

    def before(self, runner, command):
        self.runner, self.command = runner, command.name
        super().before(runner, command)

    def pace(self, seconds):
        o = self.overlay
        if o is not None and self.runner is not None and self.runner.window is not None:
            console = self.runner.window.console
            page = console.tabs.currentWidget()
            subject = console.page("emails").header_fields["Subject"].text()
            box = o.caption_box.geometry() if o.caption_box.isVisible() else None
            self.snaps.append(Snap(self.command, o.caption.text(), o.card, list(o.spots), box,
                                   page.name, subject, _lit_rows(page, o.spots)))
        elif o is not None:
            self.snaps.append(Snap(self.command, "", o.card, [], None, "", "", {}))
        super().pace(seconds)

    def animate(self, seconds, draw):
        def noted(p):
            draw(p)
            if self.overlay.card is not None:
                self.progress.append((self.overlay.card.title, p))
        super().animate(seconds, noted)


def _lit_rows(page, spots: list[QRect]) -> dict[str, str]:
    table = getattr(page, "table", None)
    if table is None:
        return {}
    out = {}
    for i in range(page.model.rowCount()):
        rect = table.visualRect(page.model.index(i, 0))
        at = table.viewport().mapTo(table.window(), rect.center())
        if any(s.contains(at) for s in spots):
            texts = [page.model.index(i, c).data() or "" for c in range(page.model.columnCount())]
            out[texts[0]] = " | ".join(texts)
    return out


@pytest.fixture(scope="module")
def watched(qapp):
    hooks = Watch(speed=1000)
    qapp.installEventFilter(hooks)
    stores = StoreMaker()
    try:
        result = FlowRunner(parse_flow(DEMO_FLOW), stores, Artifacts(None, False), hooks=hooks,
                            number=1).run()
    finally:
        qapp.removeEventFilter(hooks)
        stores.close()
    assert result.passed, result.failure
    return hooks


def test_the_demo_opens_with_a_title_card_naming_the_story_and_its_first_day(watched):
    first = watched.snaps[0]
    assert first.card is not None
    assert first.card.title == parse_flow(DEMO_FLOW).name
    assert any("Mon 2 Mar 2026" in line for line in first.card.lines)


def test_each_email_a_caption_mentions_is_opened_in_the_preview_and_the_tab_turned_back(
        watched):
    flow = parse_flow(DEMO_FLOW)
    wanted = [c.args["subject"] for c in flow.commands if c.name == "assertEmail"]
    shown = [s for s in watched.snaps if s.command == "assertEmail"]
    assert len(shown) == len(wanted) >= 2
    for snap, subject in zip(shown, wanted, strict=True):
        assert snap.tab == "emails"
        assert re.search(subject, snap.preview_subject), (subject, snap.preview_subject)
        assert len(snap.spots) == 2   # the row and the preview
    after = watched.snaps[watched.snaps.index(shown[0]) + 1]
    assert after.tab != "emails" or after.command == "assertEmail"


def test_the_dismissed_and_the_deleted_rows_are_the_ones_in_the_spotlight(watched):
    dismissed = next(s for s in watched.snaps if s.command == "assertProfile"
                     and "Dismissed" in " ".join(s.rows.values()))
    assert dismissed.tab == "employees"
    assert list(dismissed.rows) == ["Anna Petrova"]
    deleted = next(s for s in watched.snaps if s.command == "assertNetworkProfile")
    assert deleted.tab == "network"
    assert list(deleted.rows) == ["Anna Petrova"]
    assert "Deleted" in deleted.rows["Anna Petrova"]


def test_no_caption_covers_what_it_points_at_nor_the_phone(watched):
    checked = 0
    for snap in watched.snaps:
        if snap.caption_box is None or snap.card is not None:
            continue
        for spot in snap.spots:
            assert not snap.caption_box.intersects(spot.adjusted(-PAD, -PAD, PAD, PAD)), snap
        checked += 1
    assert checked > 20


def test_the_thirty_days_pass_on_a_card_whose_count_runs_to_thirty(watched):
    titles = [t for t, _ in watched.progress]
    assert titles[-1] == "30 days later"
    assert "0 days later" in titles or "1 day later" in titles
    assert watched.progress[-1][1] == 1.0
    clock = next(s for s in watched.snaps if s.command == "advanceClock" and s.card is None)
    assert clock.spots   # then the console's clock is lit


def test_the_demo_closes_with_what_happened_in_the_articles_words_and_dates(watched):
    last = watched.snaps[-1]
    assert last.card is not None and last.card.title == "That is the whole story."
    text = "\n".join(last.card.lines)
    assert "2 Mar 2026" in last.card.kicker and "1 Apr 2026" in last.card.kicker
    assert "marked as Dismissed in the list of employees" in text
    assert "Bitrix24 Network profile was deleted completely" in text


def test_a_phone_frame_recording_shows_a_console_subject_as_an_inset_over_the_phone(
        qapp, write_flow, tmp_path):
    from PySide6.QtGui import QColor

    from gui.demo_overlay import RING

    flow = write_flow("inset.yaml", """
        name: inset
        ---
        - launchApp
        - advanceClock: {duration: 1d, label: A day passes}
    """)
    seen: list[tuple[int, int]] = []   # (lit parts outside the phone, ring pixels on the phone)

    class Film(DemoHooks):
        def pace(self, seconds):
            tape = getattr(self, "tape", None)
            if tape is not None and self.overlay.card is None and self.count == 2:
                image = tape.camera.picture()
                ring = QColor(RING).rgb()
                pixels = sum(1 for y in range(0, image.height() - 96)
                             for x in range(image.width()) if image.pixel(x, y) == ring)
                seen.append((len(self.overlay.offstage), pixels))
            super().pace(seconds)

    hooks = Film(speed=100)
    hooks.record, hooks.frame = tmp_path / "inset.mp4", "phone"
    stores = StoreMaker()
    try:
        result = FlowRunner(parse_flow(flow), stores, Artifacts(None, False), hooks=hooks).run()
    finally:
        if getattr(hooks, "tape", None) is not None:
            hooks.tape.close()
        stores.close()
    assert result.passed, result.failure
    lit = [pixels for parts, pixels in seen if parts]
    assert lit and max(lit) > 300   # the console's clock, outlined, over the phone
