"""Two people moving the simulated clock of one shared database at the same moment (two
consoles on the QA PostgreSQL server, or a console and `main.py advance`): every step
counts. Each advance reads the clock and writes it back; without a lock on a server
database, two of them read the same time and one step is lost."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import select

from core import models as m
from core.db import open_store
from core.processing import advance_clock

STEPS = 15


def test_simultaneous_clock_advances_all_count(any_store):
    url = any_store.url
    with any_store.reader() as uow:
        start = uow.clock.now()
    stores = [open_store(url) for _ in range(2)]
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def advance(store, actor):
        try:
            barrier.wait()
            for _ in range(STEPS):
                advance_clock(store, timedelta(hours=1), actor)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=advance, args=(store, f"console {i}"))
               for i, store in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for store in stores:
        store.dispose()
    assert not errors, errors
    with any_store.reader() as uow:
        assert uow.clock.now() == start + timedelta(hours=2 * STEPS)
        steps = uow.session.scalars(
            select(m.AuditEvent.subject).where(m.AuditEvent.event == "clock_advanced")
            .order_by(m.AuditEvent.id)).all()
    # The audit tells one unbroken story: each step starts where the previous one ended.
    steps = steps[-2 * STEPS:]
    assert len(steps) == 2 * STEPS
    for before, after in zip(steps, steps[1:], strict=False):
        assert before.split(" -> ")[1] == after.split(" -> ")[0], (before, after)
