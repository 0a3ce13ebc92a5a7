"""The brand as a word on a Russian phone: «Битрикс24», as Bitrix24's Russian app writes
itself, wherever the phone shows the name alone (the Menu's and Sign in's section headings,
the profile's company row, the Feed's notices, a push banner's app name); the wordmark stays
a logo and product identifiers (addresses like acme.bitrix24.com) stay as they are."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from core import i18n
from core.views import NoticeView, PersonView
from gui.phone.banner import PushBanner
from tests.gui.phone_tour import tour

LATIN = {"Bitrix24", "BITRIX24"}


@pytest.fixture
def russian():
    before = i18n.default()
    i18n.set_default("ru")
    yield "ru"
    i18n.set_default(before)


def shown_texts(phone) -> set[str]:
    QApplication.processEvents()
    texts = set()
    for w in phone.findChildren(QLabel):
        if w.isVisibleTo(phone) and w.text().strip():
            texts.add(w.text().strip())
    return texts


def test_a_russian_phone_writes_the_brand_in_russian_wherever_it_stands_alone(
        russian, drive, controller):
    seen: set[str] = set()
    tour(drive, controller, lambda name: seen.update(shown_texts(drive.phone)))
    assert not seen & LATIN, sorted(seen & LATIN)
    assert {"Битрикс24", "БИТРИКС24"} <= seen
    assert any("acme.bitrix24.com" in t for t in seen)  # an address stays an address


def test_a_push_banner_names_the_app_in_the_phones_language(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    banner = PushBanner(parent)
    anna = PersonView(1, "anna", "Anna Petrova", "anna@acme.example", None, "email", "active")
    notice = NoticeView(1, anna, "acme.bitrix24.com", "impending_deletion", "text",
                        datetime(2026, 3, 2), False)
    with i18n.use("ru"):
        banner.show_notice(notice)
    assert banner.findChild(QLabel, "push_banner_app").text() == "Битрикс24"
    with i18n.use("de"):
        banner.show_notice(notice)
    assert banner.findChild(QLabel, "push_banner_app").text() == "Bitrix24"
