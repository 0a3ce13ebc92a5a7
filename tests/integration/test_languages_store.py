"""Who speaks what (issue 19): worlds name languages, the store keeps them, each phone's
language follows its own choice, its person and the world's device; a language that is not
one of the five refuses the world and the phone's switch."""

from __future__ import annotations

import copy
import subprocess
import sys

import pytest
import yaml
from sqlalchemy import create_engine, text

from core import devices as dv
from core import errors as e
from core import models as m
from core import services as sv
from core.db import open_store, sqlite_url
from core.world import WorldError, validate_world
from tests.integration.helpers import call, sign_in
from tests.integration.test_worlds import BASE, ROOT

ACME = "acme.bitrix24.com"
ADMIN = dv.SECOND_DEVICE


def world(**changes):
    data = copy.deepcopy(BASE)
    for key, value in changes.items():
        data[key] = value
    return data


def test_a_world_names_the_device_and_each_persons_language():
    data = world(device={"platform": "android", "language": "pt_BR"})
    data["people"][0]["language"] = "DE"
    data["people"][1]["device"] = {"platform": "ios", "language": "ru"}
    data["people"][2]["device"] = "android"
    spec = validate_world(data, "w.yaml")
    assert (spec.platform, spec.language) == ("android", "pt-BR")
    anna, boris, carla = spec.people
    assert (anna.language, anna.device, anna.device_language) == ("de", None, None)
    assert (boris.language, boris.device, boris.device_language) == (None, "ios", "ru")
    assert (carla.device, carla.device_language) == ("android", None)


@pytest.mark.parametrize(("change", "where"), [
    (lambda d: d.update(device={"platform": "ios", "language": "fr"}), "device.language"),
    (lambda d: d["people"][1].update(language="klingon"), "people[1].language"),
    (lambda d: d["people"][0].update(device={"language": "it"}), "people[0].device.language"),
    (lambda d: d["people"][0].update(language=["de"]), "people[0].language"),
])
def test_a_language_that_is_not_one_of_the_five_refuses_the_world_naming_them(change, where):
    data = copy.deepcopy(BASE)
    change(data)
    with pytest.raises(WorldError) as err:
        validate_world(data, "w.yaml")
    assert f"{where}: unknown language" in str(err.value)
    assert "en, de, es, pt-BR, ru" in str(err.value)


def test_a_persons_device_mapping_takes_only_platform_and_language():
    data = copy.deepcopy(BASE)
    data["people"][0]["device"] = {"platform": "symbian", "colour": "red"}
    with pytest.raises(WorldError) as err:
        validate_world(data, "w.yaml")
    assert "people[0].device.colour: unknown key" in str(err.value)
    assert "people[0].device.platform: unknown platform 'symbian'" in str(err.value)


def test_reset_with_an_unknown_language_exits_2_naming_the_five_and_stores_nothing(tmp_path):
    """As an unknown platform: reset exits 2, check 1 (its code for a file with problems)."""
    data = tmp_path / "data"
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(world(device={"platform": "ios", "language": "fr"})))
    for command, code in ((["reset", "--world", str(bad), "--data-dir", str(data)], 2),
                          (["check", str(bad)], 1)):
        out = subprocess.run([sys.executable, "main.py", *command], cwd=ROOT,
                             capture_output=True, text=True)
        assert out.returncode == code, (command, out.stdout, out.stderr)
        assert "device.language: unknown language 'fr'" in out.stderr + out.stdout
        assert "en, de, es, pt-BR, ru" in out.stderr + out.stdout
        assert "Traceback" not in out.stderr
    assert not (data / "world.db").exists()


@pytest.fixture
def store(tmp_path):
    from core.world import seed_world

    data = world(device={"platform": "ios", "language": "es"})
    data["people"][0]["language"] = "de"  # anna: German, on the world's phone
    data["people"][1]["device"] = {"platform": "android", "language": "ru"}  # boris: own phone
    data["people"][1]["profiles"][0]["role"] = "admin"
    store = open_store(sqlite_url(tmp_path / "w.db"))
    seed_world(store, validate_world(data, "w.yaml"))
    yield store
    store.dispose()


def test_seeding_stores_each_persons_and_the_worlds_device_language(store):
    with store.reader() as uow:
        s = uow.session
        people = {p.key: (p.language, p.device_language) for p in s.query(m.NetworkProfile)}
        state = uow.state()
        assert (state.device_language, state.language) == ("es", None)
    assert people == {"anna": ("de", None), "boris": (None, "ru"), "carla": (None, None)}


def test_the_phone_follows_its_person_then_the_worlds_device(store):
    with store.reader() as uow:
        assert dv.phone_language(uow, "user") == "de"  # anna is signed in
        assert dv.phone_language(uow.session, ADMIN) == "es"  # nobody there: the world's
        assert sv.session_view(uow).language == "de"
        assert sv.session_view(uow).person.language == "de"
    sign_in(store, "boris", ACME)
    assert call(store, sv.session_view).language == "ru"  # his own phone's
    sign_in(store, "carla", ACME)
    assert call(store, sv.session_view).language == "es"  # hers unknown: the world's


def test_the_phones_own_choice_wins_is_audited_and_goes_back_with_none(store):
    assert call(store, sv.set_phone_language, "pt_br") == "pt-BR"
    view = call(store, sv.session_view)
    assert (view.language, view.language_chosen) == ("pt-BR", "pt-BR")
    sign_in(store, "boris", ACME)  # the choice is the phone's: it stays across people
    assert call(store, sv.session_view).language == "pt-BR"
    assert call(store, sv.set_phone_language, None) == "ru"
    with store.reader() as uow:
        rows = [(a.event, a.subject, a.detail) for a in uow.session.query(m.AuditEvent)
                .filter_by(event="language_changed").order_by(m.AuditEvent.id)]
    assert rows == [("language_changed", "pt-BR", "user phone"),
                    ("language_changed", "automatic", "user phone")]
    call(store, sv.set_phone_language, None)  # no change, no event
    call(store, sv.set_phone_language, "")  # the switch's "automatic": the same
    with store.reader() as uow:
        assert uow.session.query(m.AuditEvent).filter_by(event="language_changed").count() == 2


def test_each_phone_has_its_own_choice_and_a_swap_carries_it(store):
    with store.uow("test", device=ADMIN) as uow:
        dv.hold(uow, "boris")
    with store.uow("test", device=ADMIN) as uow:
        sv.set_phone_language(uow, "en")
    with store.reader() as uow:
        assert (dv.phone_language(uow, "user"), dv.phone_language(uow, ADMIN)) == ("de", "en")
    with store.uow("test", device=ADMIN) as uow:
        dv.swap(uow)
    with store.reader() as uow:
        assert uow.state().language == "en"
        assert (dv.phone_language(uow, "user"), dv.phone_language(uow, ADMIN)) == ("en", "de")


def test_an_unknown_language_is_refused_naming_the_five_and_changes_nothing(store):
    with pytest.raises(e.UnknownLanguage) as err:
        call(store, sv.set_phone_language, "fr")
    assert isinstance(err.value, e.DomainError)
    assert "'fr'" in str(err.value) and "en, de, es, pt-BR, ru" in str(err.value)
    with store.reader() as uow:
        assert uow.state().language is None


def test_a_store_from_schema_0004_gains_the_language_columns_empty(tmp_path):
    from alembic import command

    from core.db import alembic_config, make_engine

    url = sqlite_url(tmp_path / "old.db")
    engine = make_engine(url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0004")
    engine.dispose()
    raw = create_engine(url)
    with raw.begin() as conn:
        conn.execute(text("INSERT INTO world_state (id, name, clock, platform, policy_platforms, "
                          "policy_entry, window_days, revision, device_platform) VALUES (1, "
                          "'Old', '2026-03-02 09:00:00.000000', 'ios', '[\"ios\"]', 'profile', "
                          "30, 4, 'ios')"))
    raw.dispose()
    store = open_store(url)
    try:
        with store.reader() as uow:
            state = uow.state()
            assert (state.language, state.device_language) == (None, None)
            assert dv.phone_language(uow) is None
    finally:
        store.dispose()


# ---------------------------------------------------------------- emails in each recipient's


def _emails(store):
    with store.reader() as uow:
        return {(e.kind, e.to_addr): e.language for e in uow.session.query(m.Email)}


def test_each_email_is_in_its_recipients_language_else_the_worlds_device(store):
    from tests.integration.helpers import send

    sign_in(store, "carla", ACME)  # carla has no language: the world's device (es)
    call(store, sv.browser_login, "+15550102", "pw-3")
    send(store)
    langs = _emails(store)
    assert langs[("request_received", "carla@acme.example")] == "es"
    assert langs[("impending_deletion", "anna@acme.example")] == "de"  # hers
    assert langs[("impending_deletion", "boris@acme.example")] == "es"  # his phone's is not his


def test_an_email_without_a_world_or_person_language_is_english_and_the_audit_says_so(tmp_path):
    from core.mail.dispatch import dispatch_pending
    from core.mail.transports import RecordingTransport
    from core.world import seed_world
    from tests.integration.helpers import send

    data = world()
    data["people"][1]["language"] = "ru"
    data["people"][1]["profiles"][0]["role"] = "admin"
    store = open_store(sqlite_url(tmp_path / "e.db"))
    try:
        seed_world(store, validate_world(data, "w.yaml"))
        call(store, sv.browser_login, "anna@acme.example", "pw-1")
        send(store)  # anna (no language) asks; boris (Russian) is told
        langs = _emails(store)
        assert langs == {("request_received", "anna@acme.example"): "en",
                         ("impending_deletion", "boris@acme.example"): "ru"}
        assert dispatch_pending(store, RecordingTransport()).sent == 2
        with store.reader() as uow:
            details = {a.subject: a.detail for a in uow.session.query(m.AuditEvent)
                       .filter_by(event="email_sent")}
        assert details["request_received to anna@acme.example"].endswith(
            "; sent in English: no language for anna")
        assert "no language" not in details["impending_deletion to boris@acme.example"]
    finally:
        store.dispose()


def test_the_refusals_the_phone_shows_are_made_in_the_current_language(store):
    from core import i18n

    with i18n.use("pseudo"):
        for refused in (lambda: call(store, sv.sign_in, "nobody"),
                        lambda: call(store, sv.request_form),  # not logged in in the browser
                        lambda: call(store, sv.browser_find_login, "nobody@x.example"),
                        lambda: call(store, sv.browser_login, "anna@acme.example", "wrong"),
                        lambda: call(store, sv.set_phone_language, "fr")):
            with pytest.raises(e.DomainError) as err:
                refused()
            text = str(err.value)
            assert text.startswith("[") and text.endswith("]"), text
        view = call(store, sv.session_view)
    with pytest.raises(e.WrongPassword, match="^Incorrect password. 3 attempts left"):
        call(store, sv.browser_login, "anna@acme.example", "wrong")  # English as before
    assert view.person.key == "anna"


def test_notices_are_stored_in_english_and_shown_in_the_readers_language(tmp_path):
    from datetime import timedelta

    from core import i18n, queries
    from core.processing import advance_clock
    from core.queries_phone import notices_for_session
    from core.world import seed_world
    from tests.integration.helpers import send

    data = world()
    data["people"][1]["profiles"][0]["role"] = "admin"  # boris is told
    data["people"][0]["profiles"][0]["role"] = "employee"
    store = open_store(sqlite_url(tmp_path / "n.db"))
    try:
        seed_world(store, validate_world(data, "w.yaml"))
        sign_in(store, "anna", ACME)
        call(store, sv.browser_login, "anna@acme.example", "pw-1")
        with i18n.use("de"):  # the phone's language does not reach the store
            send(store)
        advance_clock(store, timedelta(days=31))  # the batch writes "profile deleted"
        with store.reader() as uow:
            stored = {n.kind: n.text for n in uow.session.query(m.Notice)}
        assert stored == {
            "impending_deletion": "Anna has requested to delete their account in Acme. The "
                                  "profile will be deleted on 1 April 2026.",
            "profile_deleted": "Anna's profile in Acme has been deleted. They are shown as "
                               "Dismissed; their data stays until you delete it."}
        sign_in(store, "boris", ACME)
        with store.reader() as uow, i18n.use("pseudo"):
            shown = {n.kind: n.text for n in notices_for_session(uow)}
            console = {n.kind: n.text for n in queries.notices_page(uow)}
        assert shown == console
        for text in shown.values():
            assert text.startswith("[") and text.endswith("]") and "Anna" in text, text
        assert "1 April 2026" not in shown["impending_deletion"]  # the date said again
        with store.reader() as uow:
            assert {n.kind: n.text for n in notices_for_session(uow)} == stored
    finally:
        store.dispose()
