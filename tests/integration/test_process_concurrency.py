"""Two `python main.py process` workers at once on one SQLite file with 1,000 due requests."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core import models as m
from tests.integration.deletion_story import seed_due_requests

ROOT = Path(__file__).resolve().parents[2]
N = 1000


@pytest.mark.slow
def test_two_workers_complete_each_of_1000_requests_exactly_once(store, db_url, capsys):
    seed_due_requests(store, N, sole_admin_every=10)
    store.dispose()
    env = {**os.environ, "B24SIM_MAIL_TRANSPORT": "outbox"}
    command = [sys.executable, "main.py", "process", "-v", "--db", db_url]
    started = time.perf_counter()
    workers = [subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [w.communicate(timeout=600) for w in workers]
    elapsed = time.perf_counter() - started
    for worker, (_out, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err

    lines = [re.match(r"completed #(\d+) ", line) for out, _ in outputs
             for line in out.splitlines()]
    completed_ids = [int(x.group(1)) for x in lines if x]
    per_worker = [sum(1 for line in out.splitlines() if line.startswith("completed #"))
                  for out, _ in outputs]
    assert len(completed_ids) == N == len(set(completed_ids))
    summaries = [out.strip().splitlines()[-1] for out, _ in outputs]
    assert sum(int(s.split()[0]) for s in summaries) == N

    with store.reader() as uow:
        s = uow.session
        statuses = dict(s.execute(select(m.DeletionRequest.status,
                                         func.count(m.DeletionRequest.id))
                                  .group_by(m.DeletionRequest.status)).all())
        assert statuses == {"completed": N}
        finals = Counter(s.execute(select(m.Email.request_id, m.Email.kind)
                                   .where(m.Email.kind.in_(["profile_deleted",
                                                            "network_profile_deleted"]))).all())
        assert len(finals) == 2 * N and set(finals.values()) == {1}
        assert s.scalar(select(func.count(m.Email.id))
                        .where(m.Email.kind == "portal_deleted")) == N // 10
        events = Counter(s.scalars(select(m.AuditEvent.detail)
                                   .where(m.AuditEvent.event == "profile_deleted")))
        assert len(events) == N and set(events.values()) == {1}
        assert s.scalar(select(func.count(m.NetworkProfile.id))
                        .where(m.NetworkProfile.status == "deleted")) == N
        assert s.scalar(select(func.count(m.Portal.id))
                        .where(m.Portal.status == "deleted")) == N // 10
    with capsys.disabled():
        print(f"\n[measure] two workers, {N} due requests: {elapsed:.1f} s wall; "
              f"completed per worker {per_worker}")


def test_process_with_v_prints_a_line_per_request_and_a_summary(store, db_url):
    seed_due_requests(store, 3, sole_admin_every=3)
    store.dispose()
    done = subprocess.run([sys.executable, "main.py", "process", "-v", "--db", db_url],
                          cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "B24SIM_MAIL_TRANSPORT": "outbox"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0].startswith("completed #1 Person 0 @ own0.bitrix24.com due ")
    assert lines[0].endswith("(Bitrix24 own0.bitrix24.com deleted; Network profile deleted)")
    assert lines[1].endswith("@ big.bitrix24.com due 2026-03-01 08:58 (Network profile deleted)")
    assert lines[-1] == "3 requests completed; clock at 2026-03-02 09:00 UTC"
    again = subprocess.run([sys.executable, "main.py", "process", "--db", db_url, "--advance",
                            "1d", "--send"], cwd=ROOT, capture_output=True, text=True,
                           timeout=120, env={**os.environ, "B24SIM_MAIL_TRANSPORT": "outbox"})
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[0] == "0 requests completed; clock at 2026-03-03 09:00 UTC"
    assert "emails kept in the outbox" in again.stdout


def test_process_refuses_bad_mail_configuration_before_changing_anything(store, db_url):
    seed_due_requests(store, 2)
    store.dispose()
    done = subprocess.run([sys.executable, "main.py", "process", "--db", db_url, "--send"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "B24SIM_MAIL_TRANSPORT": "smtp",
                               "B24SIM_SMTP_PORT": "70000"})
    assert done.returncode == 2
    assert done.stderr.strip() == ("error: B24SIM_SMTP_PORT must be a port number from 1 to "
                                   "65535, not 70000.")
    assert "Traceback" not in done.stderr
    with store.reader() as uow:
        assert uow.session.scalar(select(func.count(m.DeletionRequest.id))
                                  .where(m.DeletionRequest.status == "pending")) == 2
