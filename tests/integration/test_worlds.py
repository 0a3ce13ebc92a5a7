"""Worlds: validation messages name the file, the path inside it and the problem."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from core.world import WorldError, load_world, merge_world, read_world_mapping, validate_world

ROOT = Path(__file__).resolve().parents[2]

BASE = {
    "clock": "2026-03-02T09:00:00Z",
    "portals": [{"address": "acme.bitrix24.com", "name": "Acme", "deployment": "cloud"}],
    "people": [
        {"key": "anna", "name": "Anna", "email": "anna@acme.example", "phone": "+15550100",
         "method": "email", "password": "pw-1",
         "profiles": [{"portal": "acme.bitrix24.com", "role": "admin"}]},
        {"key": "boris", "name": "Boris", "email": "boris@acme.example", "method": "google",
         "profiles": [{"portal": "acme.bitrix24.com"}]},
        {"key": "carla", "name": "Carla", "email": "carla@acme.example", "method": "phone",
         "phone": "+15550102", "password": "pw-3",
         "profiles": [{"portal": "acme.bitrix24.com"}]},
    ],
    "session": {"person": "anna", "portal": "acme.bitrix24.com"},
}


def broken(change):
    import copy

    data = copy.deepcopy(BASE)
    change(data)
    return data


CASES = [
    ("unknown Bitrix24",
     lambda d: d["people"][2]["profiles"][0].update(portal="nowhere.bitrix24.com"),
     "people[2].profiles[0].portal: unknown Bitrix24 'nowhere.bitrix24.com'"),
    ("duplicate key", lambda d: d["people"][1].update(key="anna"),
     "people[1].key: duplicate key 'anna'"),
    ("duplicate email", lambda d: d["people"][1].update(email="ANNA@acme.example"),
     "people[1].email: duplicate email"),
    ("unknown method", lambda d: d["people"][1].update(method="facebook"),
     "people[1].method: unknown value 'facebook'"),
    ("missing password for email", lambda d: d["people"][0].pop("password"),
     "people[0].password: missing"),
    ("missing password for phone", lambda d: d["people"][2].pop("password"),
     "people[2].password: missing"),
    ("malformed email", lambda d: d["people"][0].update(email="anna-at-acme"),
     "people[0].email: not an email address"),
    ("malformed phone", lambda d: d["people"][0].update(phone="call me"),
     "people[0].phone: not a phone number"),
    ("bad clock", lambda d: d.update(clock="next tuesday"), "clock: not a date and time"),
    ("missing clock", lambda d: d.pop("clock"), "clock: missing"),
    ("unknown top-level key", lambda d: d.update(colour="blue"), "colour: unknown key"),
    ("session person with no profile there",
     lambda d: d.update(session={"person": "anna", "portal": "x.bitrix24.com"}),
     "session.portal: unknown Bitrix24"),
    ("bad deployment", lambda d: d["portals"][0].update(deployment="hybrid"),
     "portals[0].deployment: unknown value 'hybrid'"),
    ("bad window", lambda d: d.update(policy={"window_days": "thirty"}),
     "policy.window_days: expected a whole number"),
    ("bad platform", lambda d: d.update(device={"platform": "symbian"}),
     "device.platform: unknown value 'symbian'"),
    ("name with a line break", lambda d: d["people"][0].update(name="Anna\r\nBcc: x@y.z"),
     "people[0].name: must be one line"),
]


def test_the_base_world_is_valid():
    spec = validate_world(BASE, "base.yaml")
    assert [p.key for p in spec.people] == ["anna", "boris", "carla"]


@pytest.mark.parametrize(("case", "change", "message"), CASES, ids=[c[0] for c in CASES])
def test_each_invalid_world_names_file_path_and_problem(tmp_path, case, change, message):
    path = tmp_path / "world.yaml"
    path.write_text(yaml.safe_dump(broken(change)))
    with pytest.raises(WorldError) as err:
        load_world(path)
    text = str(err.value)
    assert f"{path}: {message}" in text, text


def test_malformed_yaml_names_the_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("clock: 2026-03-02T09:00:00Z\nportals: [\n  - oops: [\n")
    with pytest.raises(WorldError, match=r"bad.yaml.*line \d+"):
        load_world(path)


def test_yaml_aliases_are_refused(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n")
    with pytest.raises(WorldError, match="aliases"):
        load_world(path)


def test_an_inline_world_overrides_the_files_top_level_keys(tmp_path):
    path = tmp_path / "base.yaml"
    path.write_text(yaml.safe_dump(BASE))
    merged = merge_world(read_world_mapping(path), {"device": {"platform": "android"},
                                                    "clock": "2027-01-01T00:00:00Z"})
    spec = validate_world(merged, str(path))
    assert spec.platform == "android" and spec.clock.year == 2027
    assert [p.key for p in spec.people] == ["anna", "boris", "carla"]


def test_reset_rebuilds_the_demo_world_and_keeps_a_timestamped_backup(tmp_path):
    data = tmp_path / "data"
    run = lambda *a: subprocess.run([sys.executable, "main.py", *a, "--data-dir", str(data)],  # noqa: E731
                                    cwd=ROOT, capture_output=True, text=True)
    first = run("reset")
    assert first.returncode == 0, first.stderr
    assert (data / "world.db").exists()
    second = run("reset")
    assert second.returncode == 0 and "Old database kept as" in second.stdout
    backups = list(data.glob("world.backup-*.db"))
    assert len(backups) == 1


def test_reset_with_an_invalid_world_says_why_and_keeps_the_database(tmp_path):
    data = tmp_path / "data"
    ok = subprocess.run([sys.executable, "main.py", "reset", "--data-dir", str(data)], cwd=ROOT,
                        capture_output=True, text=True)
    assert ok.returncode == 0
    before = (data / "world.db").read_bytes()
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(broken(lambda d: d["people"][0].update(method="fax"))))
    out = subprocess.run([sys.executable, "main.py", "reset", "--world", str(bad), "--data-dir",
                          str(data)], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 2
    assert "people[0].method: unknown value 'fax'" in out.stderr
    assert "Traceback" not in out.stderr
    assert (data / "world.db").read_bytes() == before


def test_people_without_a_language_are_named_in_the_audit_with_the_language_they_fall_back_to(
        empty_store):
    """The issue's rule: a person's missing language falls back to the world's device's,
    then English, and the audit says so (once, when the world is loaded: in outbox mode no
    email is ever sent, so a note on the sending would never show)."""
    from sqlalchemy import select

    from core import models as m
    from core.world import DEMO_WORLD, seed_world

    base = read_world_mapping(DEMO_WORLD)

    def fallback_rows(world: dict) -> list:
        seed_world(empty_store, validate_world(world, "test world"))
        with empty_store.reader() as uow:
            return list(uow.session.scalars(select(m.AuditEvent).where(
                m.AuditEvent.event == "language_fallback")))

    rows = fallback_rows(base)
    keys = [p["key"] for p in base["people"] if not p.get("language")]
    assert len(rows) == 1 and rows[0].subject.split(", ") == keys
    assert rows[0].detail.endswith("their emails are in English")

    german = {**base, "device": {**base.get("device", {}), "language": "de"},
              "people": [{**p, "language": "ru"} if p["key"] == "anna" else p
                         for p in base["people"]]}
    rows = fallback_rows(german)
    assert "anna" not in rows[0].subject.split(", ")
    assert "in Deutsch, the world's device's language" in rows[0].detail

    everyone = {**base, "people": [{**p, "language": "es"} for p in base["people"]]}
    assert fallback_rows(everyone) == []
