"""The store: migrations, a real SQLite file shared between processes, hashed passwords."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, select, text

from core import models as m
from core.db import HEAD_REVISION, open_store, sqlite_url
from core.world import DEMO_WORLD, load_world

ROOT = Path(__file__).resolve().parents[2]


def test_alembic_upgrade_head_gives_the_same_schema_as_the_models(tmp_path):
    url = sqlite_url(tmp_path / "migrated.db")
    store = open_store(url)  # an empty file is migrated by alembic to head
    engine = store.engine
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), m.Base.metadata)
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        indexes = {ix["name"] for ix in inspect(conn).get_indexes("deletion_requests")}
    assert diff == []
    assert version == HEAD_REVISION
    assert "uq_deletion_requests_one_pending" in indexes
    store.dispose()


def test_the_alembic_command_line_migrates_an_empty_database(tmp_path):
    ini = tmp_path / "alembic.ini"
    ini.write_text(
        "[alembic]\n"
        f"script_location = {ROOT / 'core' / 'migrations'}\n"
        f"prepend_sys_path = {ROOT}\n"
        f"sqlalchemy.url = {sqlite_url(tmp_path / 'cli.db')}\n")
    out = subprocess.run([sys.executable, "-m", "alembic", "-c", str(ini), "upgrade", "head"],
                         cwd=tmp_path, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    engine = create_engine(sqlite_url(tmp_path / "cli.db"))
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), m.Base.metadata) == []
    engine.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_a_busy_timeout(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_the_demo_world_in_a_file_is_seen_whole_by_a_second_process(store, db_url):
    code = (
        "import sys, json\n"
        "from sqlalchemy import select, func\n"
        "from core.db import open_store\n"
        "from core import models as m\n"
        "s = open_store(sys.argv[1])\n"
        "with s.reader() as u:\n"
        "    q = lambda model: u.session.scalar(select(func.count()).select_from(model))\n"
        "    st = u.state()\n"
        "    print(json.dumps({'people': q(m.NetworkProfile), 'portals': q(m.Portal),\n"
        "        'profiles': q(m.Profile), 'clock': st.clock.isoformat(),\n"
        "        'keys': sorted(u.session.scalars(select(m.NetworkProfile.key)))}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, db_url], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    import json

    seen = json.loads(out.stdout)
    spec = load_world(DEMO_WORLD)
    assert seen["people"] == len(spec.people) == 8
    assert seen["portals"] == len(spec.portals) == 3
    assert seen["profiles"] == sum(len(p.profiles) for p in spec.people)
    assert seen["clock"] == "2026-03-02T09:00:00"
    assert seen["keys"] == sorted(p.key for p in spec.people)


def test_no_password_is_stored_in_plain_text(store, db_url):
    store.dispose()
    raw = b"".join(p.read_bytes() for p in Path(db_url.removeprefix("sqlite:///")).parent.glob(
        "world.db*"))
    for person in load_world(DEMO_WORLD).people:
        if person.password:
            assert person.password.encode() not in raw
    with store.reader() as uow:
        hashes = list(uow.session.scalars(select(m.Credential.password_hash)))
    assert hashes and all(h.startswith("scrypt$") for h in hashes)


def test_the_demo_world_shows_every_case_of_the_article():
    spec = load_world(DEMO_WORLD)
    methods = {p.method for p in spec.people}
    assert methods == {"email", "phone", "apple", "google", "office365"}
    assert {p.deployment for p in spec.portals} == {"cloud", "on-premise"}
    assert any(len(p.profiles) >= 2 for p in spec.people)
    assert any(p.device == "android" for p in spec.people)
    admins: dict[str, int] = {}
    for person in spec.people:
        for pr in person.profiles:
            admins[pr.portal] = admins.get(pr.portal, 0) + (pr.role == "admin")
    assert 1 in admins.values() and 2 in admins.values()


def test_a_database_from_the_first_schema_is_migrated_to_head_keeping_its_data(tmp_path):
    from alembic import command

    from core.db import alembic_config, make_engine
    from core.world import seed_world

    url = sqlite_url(tmp_path / "old.db")
    engine = make_engine(url)
    with engine.begin() as conn:
        cfg = alembic_config(conn)
        command.upgrade(cfg, "0001")
    engine.dispose()
    # rows written under schema 0001
    raw = create_engine(url)
    with raw.begin() as conn:
        conn.execute(text("INSERT INTO portals (id, address, name, deployment, status) "
                          "VALUES (1, 'old.bitrix24.com', 'Old', 'cloud', 'active')"))
    raw.dispose()
    store = open_store(url)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
            == HEAD_REVISION
        assert conn.execute(text("SELECT address FROM portals")).scalar() == "old.bitrix24.com"
        names = {ix["name"] for ix in inspect(conn).get_indexes("deletion_requests")}
    assert "ix_deletion_requests_profile_id" in names
    seed_world(store, load_world(DEMO_WORLD))
    store.dispose()


def test_a_world_from_schema_0002_keeps_its_device_as_the_worlds_device(tmp_path):
    """0003 adds world_state.device_platform, filled from the platform the world had."""
    from alembic import command

    from core.db import alembic_config, make_engine

    url = sqlite_url(tmp_path / "old.db")
    engine = make_engine(url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0002")
    engine.dispose()
    raw = create_engine(url)
    with raw.begin() as conn:
        conn.execute(text("INSERT INTO world_state (id, name, clock, platform, policy_platforms, "
                          "policy_entry, window_days, revision) VALUES (1, 'Old', "
                          "'2026-03-02 09:00:00.000000', 'android', '[\"ios\"]', 'profile', 30, 4)"))
    raw.dispose()
    store = open_store(url)
    try:
        with store.reader() as uow:
            state = uow.state()
            assert (state.name, state.platform, state.device_platform, state.revision) == (
                "Old", "android", "android", 4)
    finally:
        store.dispose()
