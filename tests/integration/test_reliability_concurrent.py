"""Concurrent writers on one SQLite file: the phone (service calls in units of work, as the
app makes them) while a `python main.py process` worker completes thousands of requests."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core import models as m
from core import services as sv
from core.processing import COMMIT_SIZE
from core.synthetic import add_due_requests
from core.world import DEMO_WORLD, load_world, seed_world

ROOT = Path(__file__).resolve().parents[2]
N = int(os.environ.get("B24_CONCURRENT_REQUESTS", "5000"))
COUNTING_WORKER = Path(__file__).with_name("counting_worker.py")


class Phone:
    """Drives core.services the way the phone screens do; counts the commits it made."""

    def __init__(self, store) -> None:
        self.store = store
        self.commits = 0
        self.calls = 0

    def do(self, fn, *args, **kwargs):
        with self.store.uow("app") as uow:
            try:
                return fn(uow, *args, **kwargs)
            finally:
                self.commits += uow.changes_committed
                self.calls += 1

    def request_and_cancel(self) -> None:
        self.do(sv.sign_in, "anna", "acme.bitrix24.com")
        assert self.do(sv.profile_screen).option_visible
        self.do(sv.start_deletion)
        self.do(sv.browser_login, "anna@acme.example", "Anna-pass-1")
        form = self.do(sv.request_form)
        sent = self.do(sv.send_request, "Moving to another company", len(form.items), True)
        assert sent.request.status == "pending" and not sent.existing
        self.do(sv.browser_clear_history)
        self.do(sv.browser_login, "anna@acme.example", "Anna-pass-1")
        cancelled = self.do(sv.send_request, "cancel profile deletion", len(form.items), True)
        assert cancelled.request.status == "cancelled"
        self.do(sv.sign_out)


def revision(store) -> int:
    with store.reader() as uow:
        return uow.state().revision


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_the_phone_and_a_worker_write_the_same_sqlite_file_without_locks_or_lost_updates(
        store, db_url, tmp_path):
    add_due_requests(store, N)
    before = revision(store)
    out = tmp_path / "worker.out"
    with open(out, "w") as fh:
        worker = subprocess.Popen([sys.executable, str(COUNTING_WORKER), "--db", db_url],
                                  cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
                                  stdout=fh, stderr=subprocess.STDOUT)
    phone = Phone(store)
    errors: list[BaseException] = []
    rounds = 0
    overlapped = 0

    def tap_through() -> None:
        nonlocal rounds, overlapped
        try:
            while worker.poll() is None or rounds < 3:
                phone.request_and_cancel()
                rounds += 1
                overlapped += worker.poll() is None
        except BaseException as exc:  # noqa: BLE001 - reported below, in the test thread
            errors.append(exc)

    thread = threading.Thread(target=tap_through)
    started = time.monotonic()
    thread.start()
    thread.join(timeout=800)
    worker.wait(timeout=60)
    text = out.read_text()
    assert not errors, repr(errors[0])
    assert worker.returncode == 0, text[-2000:]
    assert "locked" not in text and "Traceback" not in text
    assert overlapped >= 3, "the phone and the worker did not run at the same time"
    # No lost update: every commit of either writer is in the revision counter (the worker
    # counts its own: on SQLite a batch is written COMMIT_SIZE requests per transaction, and
    # a part the phone wrote into is read again, so their number depends on the timing)...
    worker_commits = int(re.search(r"^worker commits: (\d+)$", text, re.M).group(1))
    assert worker_commits >= -(-N // COMMIT_SIZE)
    assert revision(store) - before == phone.commits + worker_commits
    with store.reader() as uow:
        s = uow.session
        anna = s.scalar(select(m.NetworkProfile).where(m.NetworkProfile.key == "anna"))
        statuses = dict(s.execute(
            select(m.DeletionRequest.status, func.count())
            .join(m.Profile, m.Profile.id == m.DeletionRequest.profile_id)
            .where(m.Profile.person_id == anna.id).group_by(m.DeletionRequest.status)).all())
        completed = s.scalar(select(func.count()).select_from(m.DeletionRequest)
                             .where(m.DeletionRequest.status == "completed"))
        finals = s.scalar(select(func.count()).select_from(m.Email)
                          .where(m.Email.kind == "profile_deleted"))
        cancel_mails = s.scalar(select(func.count()).select_from(m.Email)
                                .where(m.Email.kind == "cancellation",
                                       m.Email.to_addr == "anna@acme.example"))
        # The writes really interleaved: phone events sit between the worker's.
        worker_ids = list(s.scalars(select(m.AuditEvent.id)
                                    .where(m.AuditEvent.event == "profile_deleted")))
        phone_ids = list(s.scalars(select(m.AuditEvent.id)
                                   .where(m.AuditEvent.event == "deletion_requested")))
        between = [i for i in phone_ids if min(worker_ids) < i < max(worker_ids)]
    assert between, "no phone write landed while the worker was writing"
    # ...and every row each of them wrote is there.
    assert statuses == {"cancelled": rounds}
    assert completed == N and finals == N
    assert cancel_mails == rounds
    print(f"{rounds} phone rounds ({phone.calls} calls) during {N} completions in "
          f"{time.monotonic() - started:.1f}s")


@pytest.mark.slow
def test_a_world_loaded_while_a_worker_runs_is_not_half_overwritten(store, db_url, tmp_path):
    """Reloading the demo world (the console's Reset) during processing: afterwards the store
    holds either the whole new world, untouched by the worker, or the worker's results."""
    add_due_requests(store, 1000)
    with open(tmp_path / "w.out", "w") as fh:
        worker = subprocess.Popen([sys.executable, str(COUNTING_WORKER), "--db", db_url],
                                  cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT)
    time.sleep(1.5)
    seed_world(store, load_world(DEMO_WORLD))
    worker.wait(timeout=300)
    text = (tmp_path / "w.out").read_text()
    assert worker.returncode == 0, text[-2000:]
    assert "Traceback" not in text
    with store.reader() as uow:
        s = uow.session
        people = s.scalar(select(func.count()).select_from(m.NetworkProfile))
        requests = s.scalar(select(func.count()).select_from(m.DeletionRequest))
        emails = s.scalar(select(func.count()).select_from(m.Email))
    assert (people, requests, emails) == (8, 0, 0)


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_a_flow_on_the_real_phone_runs_while_a_worker_processes_the_same_file(qapp, tmp_path):
    """`main.py test`'s runner drives the real window; once the flow's world is in its SQLite
    file, a worker starts on that file with 4,000 due requests. The flow passes, the worker
    completes all of them, and neither sees a lock error."""
    from gui.flows.parser import parse_flow
    from gui.flows.runner import Artifacts, FlowRunner, Hooks, StoreMaker

    flow = parse_flow(ROOT / "resources/flows/cancelling_from_another_bitrix24_is_refused.yaml")
    n = 4000  # enough to outlast three steps of the flow (1,000 no longer did, 2026-12)
    seen: dict = {}

    class WorkerBesideTheFlow(Hooks):
        def before(self, runner, command) -> None:
            if "worker" in seen:
                return
            store = runner.controller.store
            add_due_requests(store, n)
            seen["worker"] = subprocess.Popen(
                [sys.executable, "main.py", "process", "--db", store.url], cwd=ROOT,
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

        def after(self, runner, step) -> None:
            running = seen["worker"].poll() is None
            seen["overlapped"] = seen.get("overlapped", 0) + running
            if running:
                # The flow runs in about a second on a quiet machine, faster than the worker
                # starts; a short pause per step keeps the flow's writes among the worker's.
                time.sleep(0.3)

        def finishing(self, runner) -> None:
            out, _ = seen["worker"].communicate(timeout=400)
            seen["out"] = out
            with runner.controller.store.reader() as uow:
                seen["completed"] = uow.session.scalar(
                    select(func.count()).select_from(m.DeletionRequest)
                    .where(m.DeletionRequest.status == "completed"))

    stores = StoreMaker()
    try:
        result = FlowRunner(flow, stores, Artifacts(tmp_path, storyboard=False),
                            hooks=WorkerBesideTheFlow()).run()
    finally:
        stores.close()
    assert result.passed, [s.message for s in result.steps if s.message]
    assert seen["worker"].returncode == 0, seen["out"][-2000:]
    assert "locked" not in seen["out"] and "Traceback" not in seen["out"]
    assert f"{n} requests completed" in seen["out"]
    assert seen["completed"] == n
    assert seen["overlapped"] >= 3, "the flow and the worker did not overlap"
