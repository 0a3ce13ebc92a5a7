"""core.logs: the log file, the terminal's level by -v, uncaught exceptions in the main thread
and in other threads, Qt's own warnings. Uncaught exceptions run in a real child process."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from b24_delete_account import Progress
from core import logs

ROOT = Path(__file__).resolve().parents[2]


def child(code: str, logs_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "B24SIM_LOG_DIR": str(logs_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, text=True,
                          capture_output=True, timeout=120)


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    before = (list(root.handlers), root.level, sys.excepthook)
    yield
    logs.setup(0, terminal=False)
    for handler in logs._state["handlers"]:
        root.removeHandler(handler)
        handler.close()
    logs._state["handlers"] = []
    root.handlers[:], root.level = before[0], before[1]


def test_the_log_file_is_in_the_user_log_folder_unless_b24sim_log_dir_says(monkeypatch):
    monkeypatch.delenv("B24SIM_LOG_DIR", raising=False)
    from platformdirs import user_log_path

    assert logs.log_path() == user_log_path("b24-delete-account", appauthor=False) / \
        "b24-delete-account.log"
    monkeypatch.setenv("B24SIM_LOG_DIR", "/somewhere/else")
    assert logs.log_path() == Path("/somewhere/else/b24-delete-account.log")


def test_v_lowers_the_terminal_level_and_vv_the_file_level(tmp_path, monkeypatch,
                                                          restore_logging):
    monkeypatch.setenv("B24SIM_LOG_DIR", str(tmp_path))
    levels = {}
    for verbosity in (0, 1, 2):
        path = logs.setup(verbosity)
        file_handler, terminal = logs._state["handlers"]
        levels[verbosity] = (file_handler.level, terminal.level)
        assert path == tmp_path / "b24-delete-account.log"
    assert levels == {0: (logging.INFO, logging.WARNING), 1: (logging.INFO, logging.INFO),
                      2: (logging.DEBUG, logging.DEBUG)}
    # Set up three times: still one file handler and one terminal handler on the root.
    ours = [h for h in logging.getLogger().handlers if h in logs._state["handlers"]]
    assert len(ours) == 2


def test_an_uncaught_exception_goes_to_the_log_file_with_its_traceback(tmp_path):
    done = child("from core import logs; logs.setup()\n"
                 "def deep(): raise RuntimeError('boom in the worker')\n"
                 "deep()\n", tmp_path)
    assert done.returncode == 1
    text = (tmp_path / "b24-delete-account.log").read_text()
    assert "CRITICAL crash: uncaught exception" in text
    assert "in deep" in text and "RuntimeError: boom in the worker" in text
    # The terminal shows Python's own traceback once, not a second copy from the log.
    assert done.stderr.count("RuntimeError: boom in the worker") == 1


def test_an_uncaught_exception_in_another_thread_goes_to_the_log_file(tmp_path):
    done = child("import threading\nfrom core import logs; logs.setup()\n"
                 "def work(): raise ValueError('bad row in the mailer')\n"
                 "t = threading.Thread(target=work, name='mailer'); t.start(); t.join()\n",
                 tmp_path)
    assert done.returncode == 0
    text = (tmp_path / "b24-delete-account.log").read_text()
    assert "uncaught exception in thread mailer" in text
    assert "ValueError: bad row in the mailer" in text


def test_qt_warnings_go_to_the_log_file_and_offscreen_noise_stays_off_the_terminal(tmp_path):
    done = child("from core import logs; logs.setup()\n"
                 "from gui.app import create_app\n"
                 "from PySide6.QtCore import qWarning\n"
                 "app = create_app()\n"
                 "qWarning('a warning from Qt itself')\n"
                 "qWarning('This plugin does not support propagateSizeHints()')\n", tmp_path)
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "b24-delete-account.log").read_text()
    assert "WARNING qt: a warning from Qt itself" in text
    assert "a warning from Qt itself" in done.stderr  # as Qt printed it before
    assert "propagateSizeHints" not in done.stderr + text  # DEBUG: only with -vv


def test_plain_progress_is_at_most_a_line_per_tenth_however_long_the_work():
    out = io.StringIO()
    progress = Progress("seed", "requests", stream=out, bar=False)
    progress.start(100_000)
    for _ in range(100_000):
        progress.advance()
    progress.close()
    lines = out.getvalue().splitlines()
    assert len(lines) == 10
    assert lines[0].startswith("seed: 10,000/100,000 requests (10%), ")
    assert "s left" in lines[0]
    assert lines[-1].startswith("seed: 100,000/100,000 requests (100%), ")


def test_no_progress_line_when_there_is_nothing_to_do():
    out = io.StringIO()
    progress = Progress("process", "requests", stream=out, bar=False)
    progress.start(0)
    progress.close()
    assert out.getvalue() == ""
