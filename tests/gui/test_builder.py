"""gui.builder: the one place that builds the controller, phones, navigators and window."""

from __future__ import annotations

import pytest

from core.db import sqlite_url
from core.errors import StoreError
from gui.builder import build_app


def test_the_built_window_holds_the_phone_its_navigator_drives_and_the_console(qtbot, store):
    app = build_app(store)
    qtbot.addWidget(app.window)
    assert app.window.phone is app.phone and app.phone.navigator is app.navigator
    assert app.navigator.phone is app.phone and app.navigator.controller is app.controller
    assert app.window.console.controller is app.controller
    assert app.phone.current_screen_name() == "feed"
    assert app.phone.parentWidget() is app.window.centralWidget()


def test_two_phones_have_their_own_navigator_and_screens_over_one_controller(qtbot, store):
    app = build_app(store, phones=("user", "admin"))
    qtbot.addWidget(app.window)
    user, admin = app.device("user"), app.device("admin")
    assert app.window.phones == (user.phone, admin.phone)
    assert user.navigator is not admin.navigator
    assert user.navigator.controller is app.controller
    assert admin.navigator.controller.base is app.controller  # its own session, one store
    user.navigator.go("profile")
    assert user.phone.current_screen_name() == "profile"
    assert admin.phone.current_screen_name() == "feed"
    assert admin.phone.screens.built("profile") is None
    with pytest.raises(KeyError, match="no phone named 'boss'"):
        app.device("boss")


def test_without_a_window_the_phone_stands_alone(qtbot, store):
    app = build_app(store, window=False)
    qtbot.addWidget(app.phone)
    assert app.window is None and app.phone.parentWidget() is None
    assert app.phone.current_screen_name() == "feed"


def test_a_database_url_is_opened_and_seeded_with_the_demo_world(qtbot, tmp_path):
    app = build_app(sqlite_url(tmp_path / "new.db"), window=False)
    qtbot.addWidget(app.phone)
    assert app.owns_store and app.phone.current_screen_name() == "feed"  # the demo world
    app.close()
    assert (tmp_path / "new.db").exists()


def test_a_damaged_database_is_refused_and_left_as_it_was(qtbot, tmp_path):
    path = tmp_path / "world.db"
    path.write_bytes(b"not a database at all " * 100)
    with pytest.raises(StoreError, match="damaged or not a database"):
        build_app(sqlite_url(path))
    assert path.read_bytes() == b"not a database at all " * 100
