"""The whole story in the main window: the phone sends a request, the console shows every effect.

The phone is driven by real clicks (tests/gui/conftest.py's PhoneDriver); the console is never
told to refresh: everything arrives through the controller's one ``changed`` signal.
Set CONSOLE_SHOTS=DIR to keep PNGs of the window in its three states.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from gui.app import MainWindow
from gui.builder import build_app, build_controller
from gui.style import load_styles
from tests.gui.conftest import PhoneDriver

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def controller(store, tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    QSettings().clear()
    return build_controller(store)


@pytest.fixture
def window(qtbot, qapp, controller):
    load_styles(qapp)
    w = build_app(controller).window
    qtbot.addWidget(w)
    w.resize(1600, 940)
    w.show()
    qtbot.waitExposed(w)
    yield w
    qapp.setStyleSheet("")


def shot(window, name: str) -> None:
    folder = os.environ.get("CONSOLE_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(folder) / f"{name}.png"))


def click_tab(qtbot, console, name: str):
    bar = console.tabs.tabBar()
    i = console.tabs.indexOf(console.page(name))
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(i).center())
    return console.page(name)


def cells(page, title: str) -> list[str]:
    c = next(i for i, col in enumerate(page.model.columns) if col.title == title)
    return [page.model.index(r, c).data() for r in range(page.model.rowCount())]


def rows_by(page, key_title: str) -> dict[str, dict[str, str]]:
    titles = [c.title for c in page.model.columns]
    out = {}
    for r in range(page.model.rowCount()):
        row = {t: page.model.index(r, c).data() for c, t in enumerate(titles)}
        out[row[key_title]] = row
    return out


def test_a_request_sent_on_the_phone_appears_in_requests_emails_and_audit_and_five_weeks_complete_it(  # noqa: E501
        qtbot, window, controller):
    console, drive = window.console, PhoneDriver(qtbot, window.phone, controller)
    requests = click_tab(qtbot, console, "requests")
    assert requests.model.rowCount() == 0
    shot(window, "1-fresh")

    drive.open_request_login()
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    drive.fill_form("I am leaving the company")
    drive.tap("send_request")
    assert drive.screen == "request_sent"

    # Requests: live, without any refresh call.
    anna = rows_by(requests, "Person")["Anna Petrova"]
    assert (anna["Bitrix24"], anna["Status"], anna["In"]) == ("acme.bitrix24.com", "Pending",
                                                             "in 30 days")
    assert "in 30 days" in console.findChild(type(console.console_message),
                                             "next_due_label").text()
    # Emails: the confirmation to Anna and the notice to the other administrator, Boris.
    emails = click_tab(qtbot, console, "emails")
    assert sorted(cells(emails, "To")) == ["anna@acme.example", "boris@acme.example"]
    # Audit: the request itself, newest events first.
    audit = click_tab(qtbot, console, "audit")
    assert "Deletion requested" in cells(audit, "Event")
    click_tab(qtbot, console, "requests")
    shot(window, "2-request-pending")

    # "+7 days" five times: 35 days pass, the request completes on its due date.
    advance = console.clock_card.advance_7d
    for _ in range(5):
        qtbot.mouseClick(advance, LEFT)
    assert rows_by(requests, "Person")["Anna Petrova"]["Status"] == "Completed"
    assert console.clock_card.clock_label.text() == "Mon 6 Apr 2026, 09:00:00"

    employees = click_tab(qtbot, console, "employees")
    assert console.employees.employees_portal.currentData() == "acme.bitrix24.com"
    anna = rows_by(employees, "Employee")["Anna Petrova"]
    assert (anna["Employment"], anna["Access"]) == ("Dismissed", "Closed")
    assert rows_by(employees, "Employee")["Boris Ivanov"]["Employment"] == "Active"

    network = click_tab(qtbot, console, "network")
    pages = rows_by(network, "Person")
    assert "acme.bitrix24.com" not in pages["Anna Petrova"][
        "Bitrix24 accounts on the Network page"]
    assert pages["Anna Petrova"]["Network profile"] == "Deleted"  # acme was her only one
    assert "acme.bitrix24.com" in pages["Boris Ivanov"]["Bitrix24 accounts on the Network page"]

    emails = click_tab(qtbot, console, "emails")
    assert cells(emails, "Kind")[:2] == ["Network profile deleted", "Profile deleted"]
    first = emails.table.visualRect(emails.model.index(1, 0)).center()
    qtbot.mouseClick(emails.table.viewport(), LEFT, pos=first)
    assert "has been deleted" in console.emails.email_preview.toPlainText()
    shot(window, "3-after-deletion")


def test_collapsing_the_console_narrows_the_window_to_the_phone_and_expanding_restores_it(
        qtbot, window):
    wide = window.width()
    qtbot.mouseClick(window.console.toggle, LEFT)
    assert window.console.collapsed
    assert window.width() < window.phone.width() + 200
    assert window.phone.isVisible()
    qtbot.mouseClick(window.console.toggle, LEFT)
    assert not window.console.collapsed and window.width() == wide


def test_collapsing_narrows_the_window_also_when_it_started_on_the_launch_screen(
        qtbot, qapp, controller):
    # The app's own start: the launch screen is painted first, the real phone and console
    # take its place (gui.app.run_gui), then the console is collapsed.
    load_styles(qapp)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    build_app(controller, window=window)
    qtbot.wait(20)
    wide = window.width()
    qtbot.mouseClick(window.console.toggle, LEFT)
    assert window.console.collapsed
    qtbot.waitUntil(lambda: window.width() < window.phone.width() + 200, timeout=1000)
    assert window.phone.isVisible()
    qtbot.mouseClick(window.console.toggle, LEFT)
    qtbot.waitUntil(lambda: window.width() == wide, timeout=1000)
    qapp.setStyleSheet("")


def test_the_window_fits_a_1280_pixel_screen_with_the_cards_in_two_rows(qtbot, window):
    grid = window.console.card_grid
    assert grid.wide  # 1600 px: clock, world and device side by side
    tops = {card.geometry().top() for card in window.console.cards}
    assert len(tops) == 1
    window.resize(1280, 900)
    qtbot.waitUntil(lambda: window.width() == 1280, timeout=1000)
    qtbot.waitUntil(lambda: not grid.wide, timeout=1000)
    clock, world, device = window.console.cards
    # The clock on top, the world and the device under it, none squeezed below its minimum.
    qtbot.waitUntil(lambda: world.geometry().top() > clock.geometry().bottom(), timeout=1000)
    assert world.geometry().top() == device.geometry().top() > clock.geometry().bottom()
    for card in window.console.cards:
        assert card.isVisible()
        assert card.width() >= card.minimumSizeHint().width(), card.objectName()
    assert window.console.geometry().right() <= window.width()
    shot(window, "4-narrow-1280")
    window.resize(1600, 940)
    qtbot.waitUntil(lambda: grid.wide, timeout=1000)
    qtbot.waitUntil(lambda: len({card.geometry().top() for card in window.console.cards}) == 1,
                    timeout=1000)
