"""What ``main.py test`` does before and around its workers: it starts hashing the first
flows' passwords before its heavy imports (SQLAlchemy, the runner, the window's modules)
and settles them before it forks, imports only what the run's language needs, and a
worker frees a flow's window only when another flow comes."""

import json
import os
from pathlib import Path

import pytest

from core import world as w
from core.world import settle_passwords
from tests.processes import python

ROOT = Path(__file__).resolve().parents[2]
FLOW = ROOT / "resources" / "flows" / "demo_whole_story.yaml"


def test_main_py_test_starts_the_first_flows_hashes_before_it_starts_workers(
        fresh_memo, monkeypatch):
    from gui.flows import cli, shards

    seen = {}

    class Started(Exception):
        pass

    def start_workers(_settings, processes):
        seen["processes"] = processes
        seen["memos"] = set(w._HASHES) | set(w._PENDING)
        raise Started

    monkeypatch.setattr(shards, "can_fork", lambda: True)
    monkeypatch.setattr(shards, "start_workers", start_workers)
    flow = FLOW
    args = cli.add_test_parser(__import__("argparse").ArgumentParser().add_subparsers()) \
        .parse_args([str(flow), "--shards", "1"])
    with pytest.raises(Started):
        cli.run_once(args)
    settle_passwords()
    spec = cli.load([str(flow)])[0][0].world
    wanted = {w._memo(p.password) for p in spec.people
              if p.password and p.method in w.PASSWORD_METHODS}
    assert seen["processes"] == 1
    assert wanted and wanted <= seen["memos"]


def test_the_hashing_starts_before_sqlalchemy_and_the_runner_are_imported():
    code = f"""
import sys
import core.world as w
from gui.flows import cli, shards
seen = []
real = w.prepare_passwords
def prepare(spec):
    seen.append(sorted(m for m in ("sqlalchemy", "gui.flows.runner", "PySide6")
                       if m in sys.modules))
    real(spec)
cli.prepare_passwords = prepare
class Started(Exception):
    pass
def start_workers(*_args):
    raise Started
shards.start_workers = start_workers
shards.can_fork = lambda: True
import b24_delete_account
try:
    b24_delete_account.main(["test", {str(FLOW)!r}])
except Started:
    pass
print(seen)
"""
    done = python(code)
    assert done.stdout.strip() == "[[]]"   # once, with none of them imported yet


def test_a_flow_run_in_english_imports_no_babel_catalogue_reader():
    code = ("import sys\n"
            "from gui.flows import languages, selectors  # noqa: F401\n"
            "assert not languages.translations('Delete account', 'en')\n"
            "print('babel.messages' in sys.modules)\n"
            "print(bool(languages.translations('Delete account', 'de')))\n"
            "print('babel.messages' in sys.modules)\n")
    done = python(code)
    # not for English; read when a run in German first needs the core's catalogue
    assert done.stdout.split() == ["False", "True", "True"]


def test_workers_are_forked_with_every_hash_made_and_no_pool(fresh_memo, monkeypatch):
    from core.world import load_world, prepare_passwords
    from gui.flows import shards

    forked = []
    monkeypatch.setattr(shards, "can_fork", lambda: True)
    monkeypatch.setattr(shards, "preload_for_fork", lambda: None)
    monkeypatch.setattr(shards.Worker, "start", lambda self: forked.append(
        (w._POOL is None, dict(w._PENDING), dict(w._HASHES))))
    spec = load_world(ROOT / "resources" / "worlds" / "demo.yaml")
    prepare_passwords(spec)
    assert w._PENDING   # hashing in threads as start_workers is called
    shards.start_workers({}, 2)
    wanted = {w._memo(p.password) for p in spec.people
              if p.password and p.method in w.PASSWORD_METHODS}
    assert len(forked) == 2
    for no_pool, pending, made in forked:
        assert no_pool and not pending and wanted <= made.keys()


def test_a_run_in_another_language_reads_catalogues_with_a_reader_every_worker_shares():
    from gui.flows.runner import LANGUAGE_ENV

    code = ("import sys\n"
            "from gui.flows.shards import preload_for_fork\n"
            "preload_for_fork()\n"
            "print('babel.messages.pofile' in sys.modules)\n")
    got = []
    for language in ("", "de"):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", LANGUAGE_ENV: language}
        done = python(code, env=env)
        got.append(done.stdout.strip())
    assert got == ["False", "True"]   # imported before the fork only for a German run


def test_a_worker_frees_a_flows_window_when_the_next_flow_comes_not_before_its_result():
    code = """
import json, sys
from pathlib import Path
from gui.flows import shards
from gui.flows.runner import FlowResult
calls = []
class Stores:
    dir = Path("/nonexistent")
    def close(self):
        calls.append("close")
shards.warm_up = lambda context: context.update(stores=Stores())
def run_one(item, artifacts, number, show, context, release_after=True):
    calls.append(f"run {number} release_after={release_after}")
    return FlowResult(item.name, item.path, passed=True)
shards.run_one = run_one
shards.release = lambda: calls.append("release")
real_send = shards.result_to_json
def sent(result):
    calls.append("result")
    return real_send(result)
shards.result_to_json = sent
shards.worker_main()
print(json.dumps(calls), file=sys.stderr)
"""
    flow = str(FLOW)
    jobs = "\n".join([json.dumps({}), json.dumps({"number": 1, "path": flow}),
                      json.dumps({"number": 2, "path": flow})]) + "\n"
    done = python(code, input=jobs, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    calls = json.loads(done.stderr.strip().splitlines()[-1])
    assert calls == ["run 1 release_after=False", "result", "release",
                     "run 2 release_after=False", "result", "close"]
