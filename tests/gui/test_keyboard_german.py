"""The drawn keyboard's words on a German iPhone (docs/i18n/de.md): Return reads as iOS
German labels it for the field (Öffnen where it submits a web form, Weiter where a field
follows, Fertig in a text view), the space bar Leerzeichen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core import i18n


@pytest.fixture
def german():
    before = i18n.default()
    i18n.set_default("de")
    yield
    i18n.set_default(before)


def keyboard_up(qtbot, phone) -> bool:
    qtbot.wait(1)   # the keyboard follows focus once the event that moved it is over
    return phone.keyboard.isVisible()


def test_a_german_keyboard_labels_return_as_ios_german_does(german, drive, qtbot, phone):
    drive.open_request_login()
    assert keyboard_up(qtbot, phone) and phone.keyboard.language == "de"
    assert phone.keyboard.keys["return"].text() == "Öffnen"  # the login page's form: go
    assert phone.keyboard.keys["space"].text() == "Leerzeichen"
    drive.log_in_password("anna@acme.example", "Anna-pass-1")
    reason = drive.find("reason")
    phone.ensure_visible(reason)
    qtbot.mouseClick(reason, Qt.MouseButton.LeftButton, pos=reason.rect().center())
    assert keyboard_up(qtbot, phone)
    assert phone.keyboard.keys["return"].text() == "Fertig"  # a text view: done
