"""Each phone speaks a language (issue 19): --lang, else its own in the store, else the
process's default; screens are built in it, and a change (the console's switch, a person
with another language signing in) builds them again where the phone was. Real store, real
widgets; the pseudo-language stands in for a translation (every wrapped text bracketed)."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from core import i18n
from core import services as sv
from core.world import seed_world
from gui.builder import build_app


def shown(qtbot, built):
    qtbot.addWidget(built.window)
    built.window.resize(built.window.sizeHint())
    built.window.show()
    qtbot.waitExposed(built.window)
    return built


@pytest.fixture
def app(qtbot, store):
    return shown(qtbot, build_app(store))


def spoken(phone) -> set[str]:
    """The languages of the phone's built screens and sheets."""
    return {s.language for s in [*phone.screens.built_screens(), *phone.sheets.values()]}


def test_the_phone_speaks_the_default_language_when_nobody_says_otherwise(app):
    assert app.phone.language == "en"
    assert spoken(app.phone) == {"en"}


def test_lang_beats_the_phone_language_in_the_store(qtbot, store):
    with store.uow("test") as uow:
        sv.set_phone_language(uow, "de")
    built = shown(qtbot, build_app(store, language="pseudo"))
    built.navigator.go("request_login")
    assert built.phone.language == "pseudo"
    assert spoken(built.phone) == {"pseudo"}
    title = built.phone.find_visible("request_login_title").text()
    assert title == i18n.pseudo("Log in to the account you want to delete")


def test_the_phone_language_in_the_store_is_spoken_without_lang(qtbot, store):
    with store.uow("test") as uow:
        sv.set_phone_language(uow, "ru")
    built = shown(qtbot, build_app(store))
    assert built.phone.language == "ru"
    assert spoken(built.phone) == {"ru"}


def test_the_console_switch_rebuilds_the_phone_in_the_new_language_where_it_was(app, qtbot):
    app.navigator.go("request_login")
    before = app.phone.current_screen()
    combo = app.window.console.findChild(type(app.window.console.device_card.language),
                                         "language")
    assert combo.currentData() == "en"
    assert [combo.itemData(i) for i in range(combo.count())] == list(i18n.LANGUAGES)
    combo.setCurrentIndex(combo.findData("de"))
    qtbot.waitUntil(lambda: app.phone.language == "de")
    assert app.phone.current_screen_name() == "request_login"
    assert app.phone.current_screen() is not before  # built again, in German
    assert spoken(app.phone) == {"de"}
    assert app.controller.read(sv.session_view).language == "de"
    assert combo.currentData() == "de"


def test_the_console_switch_releases_lang(qtbot, store):
    built = shown(qtbot, build_app(store, language="pseudo"))
    combo = built.window.console.device_card.language
    assert built.phone.language == "pseudo"
    combo.setCurrentIndex(combo.findData("es"))
    qtbot.waitUntil(lambda: built.phone.language == "es")
    assert built.controller.forced_language is None


def test_an_open_sheet_is_shown_again_in_the_new_language(app, qtbot):
    app.navigator.go("profile")
    app.navigator.start_deletion("profile")
    assert app.phone.sheet_name() == "delete_warning"
    app.controller.act(sv.set_phone_language, "pseudo")
    assert app.phone.language == "pseudo"
    assert app.phone.sheet_name() == "delete_warning"
    assert app.phone.sheets["delete_warning"].language == "pseudo"
    app.phone.find_visible("continue").click()  # the new sheet is wired
    assert app.phone.current_screen_name() == "request_login"


def test_a_person_with_another_language_signing_in_turns_the_phone_to_it(qtbot, empty_store):
    from core.world import DEMO_WORLD, load_world

    spec = load_world(DEMO_WORLD)
    people = tuple(dataclasses.replace(p, language="pseudo") if p.key == "boris" else p
                   for p in spec.people)
    seed_world(empty_store, dataclasses.replace(spec, people=people))
    built = shown(qtbot, build_app(empty_store))
    assert built.phone.language == "en"  # Anna: nobody said
    built.navigator.sign_out()
    built.navigator.sign_in("boris", "acme.bitrix24.com")
    assert built.phone.language == "pseudo"
    assert built.phone.current_screen_name() == "feed"
    assert spoken(built.phone) == {"pseudo"}


def test_what_a_screen_asks_for_runs_in_the_phone_language(qtbot, store, monkeypatch):
    """Core's texts made for a screen (its dates, its refusals) are in the phone's language:
    the navigator runs what a screen's signal asks for inside i18n.use of it."""
    built = shown(qtbot, build_app(store, language="de"))
    seen = []
    monkeypatch.setattr(sv, "sign_out", lambda uow: seen.append(i18n.current()))
    built.navigator.go("profile")
    built.phone.current_screen().sign_out_requested.emit()
    assert seen == ["de"]
    assert i18n.current() == "en"  # and only there


def test_the_phone_renders_in_the_pseudo_language(qtbot, store, tmp_path):
    built = shown(qtbot, build_app(store, language="pseudo"))
    built.navigator.go("request_login")
    png = built.phone.render_png(tmp_path / "pseudo.png")
    if os.environ.get("B24SIM_KEEP_RENDERS"):  # to look at it: B24SIM_KEEP_RENDERS=DIR
        png.replace(Path(os.environ["B24SIM_KEEP_RENDERS"]) / "phone_pseudo.png")
        return
    assert png.stat().st_size > 10_000


def test_two_phones_speak_two_languages_at_once(qtbot, empty_store):
    from core.world import DEMO_WORLD, load_world

    spec = load_world(DEMO_WORLD)
    people = tuple(dataclasses.replace(p, language="de") if p.key == "boris" else p
                   for p in spec.people)
    seed_world(empty_store, dataclasses.replace(spec, people=people))
    built = shown(qtbot, build_app(empty_store, phones=("user", "admin")))
    assert (built.phone.language, built.second.phone.language) == ("en", "de")
    assert spoken(built.second.phone) == {"de"}
    built.controller.act(sv.set_phone_language, "ru")  # the first phone's own choice
    assert (built.phone.language, built.second.phone.language) == ("ru", "de")
