"""The administrator's phone beside the user's (issue 17): its own session, push banners
for the notices that reach it, the employee list with the Dismissed row, deleting a
dismissed user's data, and the console's Second phone row. Real store, real widgets."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core import services as sv
from core.db import open_store
from core.world import seed_world, validate_world
from gui.builder import build_app
from tests.integration.helpers import browser_login, outsiders_world, send, sign_in


@pytest.fixture
def app(qtbot, store):
    built = build_app(store, phones=("user", "admin"))
    qtbot.addWidget(built.window)
    built.window.resize(built.window.sizeHint())
    built.window.show()
    qtbot.waitExposed(built.window)
    return built


def click(qtbot, widget):
    from PySide6.QtCore import Qt

    assert widget is not None and widget.isVisible()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def request_dmitri(store):
    with store.uow("test") as uow:
        sv.sign_in(uow, "dmitri", "acme.bitrix24.com")
    browser_login(store, "dmitri")
    return send(store)


def test_the_second_phone_is_held_by_the_other_administrator_with_its_own_session(app):
    admin = app.second
    assert admin.navigator.controller.read(sv.session_view).person.key == "boris"
    assert app.navigator.controller.read(sv.session_view).person.key == "anna"
    admin.navigator.go("profile")
    assert admin.phone.current_screen_name() == "profile"
    assert admin.phone.find_visible("profile_name").text() == "Boris Ivanov"
    assert app.phone.current_screen_name() == "feed"


def test_a_request_pushes_a_banner_to_the_administrator_that_opens_the_notice(app, qtbot, store):
    request_dmitri(store)
    app.controller.changed.emit()  # as the phone's own send does
    banner = app.second.phone.find_visible("push_banner") or app.second.watcher.banner
    assert banner.isVisible()
    assert banner.title.text() == "Account deletion requested"
    assert "Dmitri Sokolov has requested to delete their account in Acme" in banner.text.text()
    assert not app.phone.findChildren(type(banner))  # the first phone gets no banner
    click(qtbot, banner)
    assert app.second.phone.current_screen_name() == "notices"
    click(qtbot, app.second.phone.find_visible("open_profile_dmitri"))
    assert app.second.phone.current_screen_name() == "employee"
    assert "to be deleted on 1 April 2026" in app.second.phone.find_visible("employee_status").text()


def test_after_the_deletion_the_administrator_deletes_the_dismissed_users_data(app, qtbot, store):
    request_dmitri(store)
    app.controller.advance(timedelta(days=31))
    banner = app.second.watcher.banner
    assert banner.isVisible() and banner.title.text() == "Profile deleted"
    click(qtbot, banner)
    click(qtbot, app.second.phone.find_visible("employees"))
    row = app.second.phone.find_visible("employee_dmitri")
    assert row.subtitle_label.text().startswith("Dismissed")
    click(qtbot, row)
    click(qtbot, app.second.phone.find_visible("delete_user_data"))
    assert app.second.phone.find_visible("employee_data").text() == "Deleted"
    assert app.second.phone.find_visible("delete_user_data") is None
    assert app.phone.current_screen_name() == "access_closed"  # Dmitri's own phone


def test_the_console_hides_swaps_and_chooses_who_holds_the_second_phone(app, qtbot):
    row = app.window.console.second_phone
    message = app.window.console.console_message
    row.person.setCurrentIndex(row.person.findData("anna"))
    click(qtbot, row.hold)
    assert "Anna Petrova is already on the first phone" in message.text()
    row.person.setCurrentIndex(row.person.findData("carla"))
    click(qtbot, row.hold)
    assert message.text() == "The second phone is signed in as Carla Gomez in acme.bitrix24.com."
    click(qtbot, row.swap)
    assert app.navigator.controller.read(sv.session_view).person.key == "carla"
    assert app.second.navigator.controller.read(sv.session_view).person.key == "anna"
    row.shown.setChecked(False)
    assert app.second is None and len(app.window.phones) == 1
    row.shown.setChecked(True)
    assert app.second is not None and len(app.window.phones) == 2
    assert app.second.navigator.controller.read(sv.session_view).person.key == "anna"


def test_with_the_app_in_the_background_the_notice_arrives_on_the_lock_screen(app, qtbot,
                                                                              store):
    from gui.flows.driver import show_home

    home = show_home(app.second.phone.screen_area)  # the app in the background
    request_dmitri(store)
    app.controller.changed.emit()
    lock = app.second.watcher.lock
    assert lock is not None and lock.isVisible() and lock.time.text() == "9:00"
    assert lock.banner.isVisible() and lock.banner.title.text() == "Account deletion requested"
    assert not app.second.watcher.banner.isVisible()  # not the in-app banner
    click(qtbot, lock.banner)
    assert not home.isVisible() and not lock.isVisible()  # unlocked, the app in front
    assert app.second.phone.current_screen_name() == "notices"


@pytest.mark.parametrize("who, words", [
    ("anna", "Anna Petrova is already on the first phone; choose someone else for the "
             "second one."),
    ("ivan", "Ivan Orlov is dismissed from every Bitrix24 they belong to and cannot sign in "
             "to the app."),
    ("nina", "Nina Berg has no profile in any Bitrix24, so has no app to sign in to."),
    ("dmitri", "Dmitri Sokolov cannot hold the second phone: their Bitrix24 Network profile "
               "has been deleted."),
])
def test_the_console_says_why_a_person_cannot_hold_the_second_phone(qtbot, store, who, words):
    seed_world(store, validate_world(outsiders_world(), "outsiders.yaml"))
    app = build_app(store, phones=("user", "admin"))
    qtbot.addWidget(app.window)
    if who == "dmitri":  # his only Bitrix24: 30 days after his request he is deleted
        request_dmitri(store)
        app.controller.advance(timedelta(days=31))
        sign_in(store, "anna", "acme.bitrix24.com")
        app.controller.changed.emit()
    row = app.window.console.second_phone
    row.person.setCurrentIndex(row.person.findData(who))
    row.hold.click()
    message = app.window.console.console_message
    assert message.text() == words and message.property("kind") == "error"
    assert app.second.navigator.controller.read(sv.session_view).person.key == "boris"
    assert row.holder.text().startswith("Second phone: <b>Boris Ivanov</b>")


def test_a_world_replaced_by_another_process_reloads_the_consoles_lists_of_people(app, store):
    """Another process (here: a store of its own on the same file, as a second window has)
    loads a world with people this window has never listed; this window's live watch
    hears it as a new world: every chooser of people lists them, the phones start again."""
    live = app.start_live()
    data = outsiders_world()
    data["name"] = "Outsiders"
    data["people"] = [p for p in data["people"] if p["key"] != "carla"]
    other = open_store(store.url)
    try:
        seed_world(other, validate_world(data, "outsiders.yaml"))
    finally:
        other.dispose()
    replaced = []
    app.controller.world_replaced.connect(lambda: replaced.append(True))
    assert live.poll() is True and replaced == [True]
    console = app.window.console
    for combo in (console.second_phone.person, console.world_card.sign_in_person):
        keys = [combo.itemData(i) for i in range(combo.count())]
        assert "ivan" in keys and "nina" in keys and "carla" not in keys, combo.objectName()
    assert console.world_card.world_name.text() == "Outsiders"
    assert live.poll() is False  # told once
    sign_in(store, "boris", "acme.bitrix24.com")  # a change within the world: not a new one
    assert live.poll() is True and replaced == [True]


def test_the_storyboard_and_the_recording_frame_both_phones(app):
    """Their "phone" frame (gui.flows.recording.phones_area, framed) holds both phones
    side by side, and not the console; with the second phone hidden, the first alone."""
    from PySide6.QtCore import QPoint, QRect

    from gui.flows.recording import framed, phones_area
    from gui.flows.runner import settled_grab

    def rect(phone):
        return QRect(phone.mapTo(app.window, QPoint(0, 0)), phone.size())

    first, second = rect(app.phone), rect(app.second.phone)
    area = phones_area(app.window)
    assert area.contains(first) and area.contains(second) and second.left() > first.right()
    assert not area.intersects(rect(app.window.console))
    picture = framed(app.window, settled_grab(app.window), "phone", None)
    ratio = picture.devicePixelRatio() or 1.0
    assert picture.width() / ratio == area.width()
    app.hide_second()
    assert phones_area(app.window) == first
