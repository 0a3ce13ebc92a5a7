"""One generator of large worlds (core.synthetic) for `main.py seed`, `make bench` and the
reliability tests: both shapes are what they promise, and processing leaves them whole."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from core import models as m
from core.db import open_store, sqlite_url
from core.processing import process_due
from core.synthetic import seed_synthetic
from tests.integration.bulkdata import check_whole

ROOT = Path(__file__).resolve().parents[2]


def test_the_uniform_shape_has_two_administrators_per_bitrix24_and_one_profile_each(any_store):
    info = seed_synthetic(any_store, 250, due=True, per_portal=50)
    assert (info.people, info.portals, info.requests, info.emails) == (250, 5, 250, 250)
    with any_store.reader() as uow:
        s = uow.session
        admins = Counter(s.scalars(select(m.Profile.portal_id).where(m.Profile.role == "admin")))
        assert admins == Counter({p: 2 for p in range(1, 6)})
        assert s.scalar(select(func.count()).select_from(m.Profile)) == 250
    done = process_due(any_store)
    assert len(done) == 250
    counts = check_whole(any_store, 250)
    assert counts == {"deleted_people": 250, "deleted_portals": 5}  # the later admin takes it


def test_the_mixed_shape_has_sole_administrators_and_people_with_two_profiles(any_store):
    info = seed_synthetic(any_store, 400, due=True, per_portal=40, shape="mixed")
    assert (info.requests, info.portals, info.emails) == (400, 10, 0)
    with any_store.reader() as uow:
        s = uow.session
        held = Counter(s.scalars(select(m.Profile.person_id).join(
            m.DeletionRequest, m.DeletionRequest.profile_id == m.Profile.id)))
        assert Counter(held.values()) == Counter({2: 100, 1: 200})  # a quarter ask twice
        keepers = s.scalar(select(func.count()).select_from(m.Profile).where(
            m.Profile.role == "admin", m.Profile.id.not_in(
                select(m.DeletionRequest.profile_id))))
        assert keepers == 9  # every Bitrix24 but every tenth keeps an administrator
        state = uow.state()
        assert state.session_person_id is not None  # signed in as the first requester
        # Due order is shuffled: not the order of the ids.
        ids = list(s.scalars(select(m.DeletionRequest.id).order_by(m.DeletionRequest.due_at)))
        assert ids != sorted(ids)
    assert len(process_due(any_store)) == 400
    counts = check_whole(any_store, 400)
    assert counts["deleted_portals"] == 1  # the Bitrix24 without a keeper went with its admin
    assert counts["deleted_people"] == 300


def test_main_py_seed_makes_either_shape(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    db = tmp_path / "world.db"
    done = subprocess.run([sys.executable, "main.py", "seed", "--requests", "120", "--due",
                           "--shape", "mixed", "--db", sqlite_url(db)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "with 120 pending requests" in done.stdout
    store = open_store(sqlite_url(db))
    try:
        with store.reader() as uow:
            assert "mixed" in uow.state().name
    finally:
        store.dispose()
    bad = subprocess.run([sys.executable, "main.py", "seed", "--shape", "round", "--db",
                          sqlite_url(db)], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert bad.returncode == 2 and "invalid choice: 'round'" in bad.stderr


def test_seed_keeps_the_old_database_as_it_was_not_migrated(tmp_path):
    """The backup is the file as it was: seed builds the new world in a fresh file and never
    opens (so never migrates) the old one."""
    import sqlite3

    from alembic import command

    from core.db import alembic_config, make_engine

    db = tmp_path / "world.db"
    engine = make_engine(sqlite_url(db))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0002")
    engine.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "main.py", "seed", "--requests", "5", "--db",
                           sqlite_url(db)], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    backups = list(tmp_path.glob("world.backup-*.db"))
    assert len(backups) == 1 and f"Old database kept as {backups[0]}" in done.stdout
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)


def test_the_uniform_shape_is_due_in_id_order_at_any_size(store, tmp_path):
    """The same world at every size, only bigger: requests fall due in id order (one
    Bitrix24 after another), so a benchmark's growth from 10k to 100k compares like with
    like. 50,000 is past the 41,760 minutes of the spread."""
    s = open_store(sqlite_url(tmp_path / "big.db"))
    try:
        seed_synthetic(s, 50_000, due=True, emails=False)
        with s.reader() as uow:
            ids = list(uow.session.scalars(select(m.DeletionRequest.id).order_by(
                m.DeletionRequest.due_at, m.DeletionRequest.id)))
        assert ids == sorted(ids)
    finally:
        s.dispose()
