"""The phone for automation: SPEC ids, accessible names, keyboard, visibility, no modal exec."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from core import services as sv

SPEC_IDS = (
    "profile_photo", "edit_profile", "delete_account", "continue", "cancel", "log_in", "login",
    "password", "next", "sign_in_with_apple", "sign_in_with_google", "sign_in_with_office365",
    "login_error", "log_out", "clear_history", *(f"item_{i}" for i in range(1, 8)), "reason",
    "confirm", "confirm_sole_admin", "assign_admin", "send_request", "done", "back",
)


def test_every_automation_id_in_the_spec_is_an_object_name_in_the_phone(phone):
    list(phone.screens.values())  # screens are built on first use: build them all
    missing = [name for name in SPEC_IDS if not phone.findChildren(QWidget, name)]
    assert missing == []


def test_every_interactive_widget_has_an_accessible_name(phone):
    list(phone.screens.values())  # screens are built on first use: build them all
    interactive = [w for w in phone.findChildren(QWidget)
                   if isinstance(w, (QAbstractButton, QLineEdit, QPlainTextEdit))]
    assert len(interactive) > 40
    unnamed = [w.objectName() for w in interactive if not w.accessibleName().strip()]
    assert unnamed == []


def test_only_the_current_screens_widgets_are_visible(drive):
    drive.open_request_login()
    assert drive.screen == "browser"
    for name, screen in drive.phone.screens.items():
        visible = [w.objectName() for w in screen.findChildren(QWidget) if w.isVisible()]
        if name == "browser":
            assert "login" in visible
        else:
            assert visible == [], name
    # Inside the browser only the current page's "next" is visible.
    assert len([w for w in drive.phone.findChildren(QWidget, "next") if w.isVisible()]) == 1


def test_return_in_the_login_fields_triggers_next(drive, qtbot):
    drive.open_request_login()
    login = drive.find("login")
    login.setFocus()
    qtbot.keyClicks(login, "anna@acme.example")
    qtbot.keyClick(login, Qt.Key.Key_Return)
    password = drive.find("password")
    qtbot.keyClicks(password, "Anna-pass-1")
    qtbot.keyClick(password, Qt.Key.Key_Return)
    assert drive.screen == "request_form"


def test_return_on_the_warning_sheet_continues_and_escape_cancels(drive, qtbot):
    drive.tap("profile_photo")
    drive.tap("delete_account")
    sheet = drive.phone.sheets["delete_warning"]
    qtbot.keyClick(sheet, Qt.Key.Key_Escape)
    assert drive.phone.sheet_name() is None
    drive.tap("delete_account")
    qtbot.keyClick(drive.find("continue"), Qt.Key.Key_Return)
    assert drive.screen == "request_login"


def test_tab_walks_the_request_form_in_visual_order(drive, qtbot):
    drive.open_request_login()
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    drive.find("item_1").setFocus()
    order = []
    for _ in range(9):
        order.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == [*(f"item_{i}" for i in range(1, 8)), "reason", "confirm"]


def test_space_marks_an_item_as_read_from_the_keyboard(drive, qtbot):
    drive.open_request_login()
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    item = drive.find("item_3")
    item.setFocus()
    qtbot.keyClick(item, Qt.Key.Key_Space)
    assert item.isChecked()


@pytest.fixture
def no_modal_exec(monkeypatch):
    calls = []

    def refuse(*args, **kwargs):
        calls.append(args)
        raise AssertionError("a modal exec() was called during the phone flow")

    for cls in (QDialog, QMessageBox, QMenu):
        monkeypatch.setattr(cls, "exec", refuse)
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    return calls


def test_no_screen_calls_exec_on_a_dialog_during_the_whole_flow(drive, controller,
                                                                no_modal_exec):
    # Wrong method, stale session, different person, then the request and its cancellation.
    drive.open_request_login()
    drive.type("login", "carla@gmail.example")
    drive.tap("next")
    drive.log_in_service("office365")
    assert drive.screen == "address_not_found"
    drive.tap("log_out")
    drive.log_in_password("+15550101", "Boris-pass-1")
    drive.tap("log_out")
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    drive.fill_form()
    drive.tap("send_request")
    drive.tap("done")
    drive.tap("delete_account")
    drive.tap("continue")
    drive.tap("log_in")
    drive.fill_form("cancel profile deletion")
    drive.tap("send_request")
    assert drive.screen == "cancellation_sent"
    # The sole administrator's picker and the deletion itself.
    drive.sign_in("eva", "bloom.bitrix24.com")
    drive.open_request_login()
    assert drive.screen == "address_not_found"  # the browser still has Anna's session
    drive.tap("clear_history")
    drive.log_in_password("eva@bloom.example", "Eva-pass-1")
    drive.tap("assign_admin")
    drive.tap("cancel")
    drive.fill_form("Closing")
    drive.tap("confirm_sole_admin")
    drive.tap("send_request")
    controller.advance_to_next_due()
    assert drive.screen == "access_closed"
    assert no_modal_exec == []
    assert controller.read(sv.session_view).person is None


def test_go_back_closes_the_sheet_then_follows_the_back_chevron(drive):
    assert drive.phone.go_back() is False  # the Feed has no way back
    drive.tap("profile_photo")
    drive.tap("delete_account")
    assert drive.phone.go_back() is True
    assert drive.phone.sheet_name() is None and drive.screen == "profile"
    assert drive.phone.go_back() is True
    assert drive.screen == "feed"
