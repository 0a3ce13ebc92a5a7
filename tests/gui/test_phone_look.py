"""The phone's type and look: one palette of named tokens, Inter on screen, iOS's overlay scroll
indicator, backgrounds that run edge to edge under the status bar and the home indicator."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontInfo, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel

from gui.style import STYLES, stylesheet, tokens

COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b|\brgba?\(|\bhsla?\(")
COMMENT = re.compile(r"/\*.*?\*/", re.S)
NAMED = re.compile(r":\s*(white|black|red|green|blue|gr[ae]y|yellow|orange|transparent)\b")


def test_every_colour_in_every_style_sheet_is_a_named_token():
    written = {}
    for path in sorted(STYLES.glob("*.qss")):
        rules = COMMENT.sub("", path.read_text(encoding="utf-8"))
        found = COLOUR.findall(rules) + [m for m in NAMED.findall(rules) if m != "transparent"]
        if found:
            written[path.name] = sorted(set(found))
    assert written == {}, f"colours written in a sheet instead of tokens.txt: {written}"


def test_every_token_a_sheet_names_is_defined(qapp):
    known = tokens()
    for path in sorted(STYLES.glob("*.qss")):
        rules = COMMENT.sub("", path.read_text(encoding="utf-8"))
        unknown = {m for m in re.findall(r"@([a-z][a-z0-9_]*)", rules) if m not in known}
        assert not unknown, f"{path.name} names undefined tokens {sorted(unknown)}"
        assert "@" not in COMMENT.sub("", stylesheet(path.stem)), path.name


def test_a_rendered_label_on_the_phone_is_drawn_in_inter(phone):
    shown = [w for w in phone.current_screen().findChildren(QLabel) if w.isVisible() and w.text()]
    assert shown
    for lab in shown[:5]:
        assert QFontInfo(lab.font()).family() == "Inter", lab.text()


def test_body_text_is_17_points_and_large_titles_34_as_ios_sets_them(drive):
    drive.tap("profile_photo")
    drive.tap("delete_account")
    drive.tap("continue")
    assert drive.screen == "request_login"
    roles = {}
    for lab in drive.phone.current_screen().findChildren(QLabel):
        if lab.property("role") in ("body", "large_title") and lab.isVisible():
            roles.setdefault(lab.property("role"), QFontInfo(lab.font()).pixelSize())
    assert roles == {"body": 17, "large_title": 34}


def test_the_scroll_indicator_is_hidden_at_rest_and_shown_over_the_page_while_it_scrolls(
        drive, qtbot):
    drive.tap("profile_photo")
    area = drive.phone.current_screen().findChild(type(drive.find("profile_scroll")),
                                                  "profile_scroll")
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0, "the profile must be long enough to scroll"
    assert not bar.isVisible(), "a desktop scroll bar is drawn inside the phone"
    assert area.viewport().width() == area.width(), "the page lost width to a scroll bar"
    assert not area.indicator.isVisible()
    bar.setValue(bar.maximum() // 2)  # the app scrolls (a field into view): nothing shows
    assert not area.indicator.isVisible()
    viewport = area.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(centre, viewport.mapToGlobal(centre), QPoint(0, -120), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)  # the person scrolls
    assert bar.value() > bar.maximum() // 2
    assert area.indicator.isVisible()
    assert area.indicator.geometry().right() < area.width()
    assert area.indicator.width() <= 4
    qtbot.waitUntil(lambda: not area.indicator.isVisible(), timeout=3000)


def test_status_bar_and_home_strip_take_the_background_of_the_screen_under_them(drive):
    phone = drive.phone

    def strip_colours() -> tuple[str, str]:
        image = phone.grab().toImage()
        status = phone.status_bar.mapTo(phone, QPoint(110, 2))  # beside the notch
        home = phone.home.mapTo(phone, QPoint(40, 4))
        return image.pixelColor(status).name(), image.pixelColor(home).name()

    assert strip_colours() == (tokens()["white"], tokens()["white"])  # feed: bars at both ends
    drive.tap("profile_photo")
    assert phone.home.property("edge") == "page"
    assert strip_colours() == (tokens()["white"], tokens()["page"])  # the grey page runs down


def test_no_widget_of_the_phone_writes_its_own_colours():
    sources = list((Path(__file__).parents[2] / "gui" / "phone").rglob("*.py"))
    assert len(sources) > 10
    for path in sources:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"QColor\(\s*['\"]#|setStyleSheet\(\s*['\"]", text), path.name


def test_a_check_box_is_a_round_ring_with_no_square_around_it_until_it_has_focus(qtbot):
    """iOS's round check box: the corners of its box stay clear (a focus rule written as
    ``QCheckBox:focus::indicator { border: ... }`` drew a blue square on every box, focused
    or not), and the ring takes the focus colour when it has focus."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from gui.phone.widgets import CheckRow

    host = QWidget()
    host.setObjectName("phone")
    host.setStyleSheet(stylesheet("phone"))
    layout = QVBoxLayout(host)
    other, row = QPushButton("other"), CheckRow("Access to this Bitrix24 will be closed.",
                                                 "item_1")
    layout.addWidget(other)
    layout.addWidget(row)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    primary = tokens()["primary"].lower()

    def pixels():
        image = row.box.grab().toImage()
        return image.pixelColor(1, 1), image.pixelColor(image.width() // 2, 4).name()

    other.setFocus()
    qtbot.waitUntil(lambda: other.hasFocus())
    corner, ring = pixels()
    assert corner.alpha() == 0 or corner.name() != primary, "a square around the box"
    assert ring != primary
    row.box.setFocus()
    qtbot.waitUntil(lambda: row.box.hasFocus())
    assert pixels()[1] == primary
