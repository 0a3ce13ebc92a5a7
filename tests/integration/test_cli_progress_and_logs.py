"""`seed` and `process` report progress on stderr (a tqdm bar in a terminal, plain lines
otherwise), the per-request lines of `process` come with -v, and every command logs to the log
file. Real subprocesses; the terminal is a real pseudo-terminal."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLAIN = re.compile(r"^process: [\d,]+/[\d,]+ requests \(\d+%\), [\d,]+/s", re.MULTILINE)


def cli(*args: str, logs: Path, stderr=subprocess.PIPE) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "B24SIM_LOG_DIR": str(logs),
           "B24SIM_MAIL_TRANSPORT": "outbox"}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env, text=True,
                          stdout=subprocess.PIPE, stderr=stderr, timeout=300)


@pytest.fixture
def due_world(tmp_path: Path) -> Path:
    """A data folder whose store holds 300 requests, all due."""
    seeded = cli("seed", "--requests", "300", "--due", "--data-dir", str(tmp_path / "data"),
                 logs=tmp_path / "logs")
    assert seeded.returncode == 0, seeded.stderr
    return tmp_path / "data"


def test_seed_and_process_off_a_terminal_print_plain_progress_lines_and_no_request_lines(
        due_world: Path, tmp_path: Path):
    done = cli("process", "--data-dir", str(due_world), logs=tmp_path / "logs")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "300 requests completed; clock at 2026-03-02 09:00 UTC\n"
    lines = PLAIN.findall(done.stderr)
    # One line per tenth of the work at most (no bar, no carriage returns), the last at 100%.
    assert 1 <= len(lines) <= 10, done.stderr
    assert "\r" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("process: 300/300 requests (100%)")


def test_seed_off_a_terminal_ends_with_a_plain_line_at_one_hundred_percent(tmp_path: Path):
    done = cli("seed", "--requests", "120", "--data-dir", str(tmp_path / "data"),
               logs=tmp_path / "logs")
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1].startswith("seed: 120/120 requests (100%), ")
    assert done.stdout.startswith("Seeded 120 people")


def test_process_with_v_before_or_after_the_command_prints_a_line_per_request(
        due_world: Path, tmp_path: Path):
    done = cli("-v", "process", "--data-dir", str(due_world), "--advance", "1h",
               logs=tmp_path / "logs")
    assert done.returncode == 0, done.stderr
    per_request = [line for line in done.stdout.splitlines() if line.startswith("completed #")]
    assert len(per_request) == 300
    assert per_request[0].startswith("completed #1 User 1 @ p000001.bitrix24.com due ")
    # -v also puts the log's INFO lines on the terminal.
    assert "info: core.store_ops: worker: 300 requests due by" in done.stderr
    again = cli("process", "-v", "--data-dir", str(due_world), logs=tmp_path / "logs")
    assert again.returncode == 0 and again.stdout.startswith("0 requests completed")
    assert "info: core.store_ops: worker: 0 requests due" in again.stderr


def in_terminal(*args: str, logs: Path, columns: int | None) -> tuple[int, str]:
    """Run main.py with stderr on a pseudo-terminal ``columns`` wide (None: one that
    reports no size); the exit code and everything drawn on it."""
    leader, follower = pty.openpty()
    if columns:
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, columns, 0, 0))
    try:
        done = cli(*args, logs=logs, stderr=follower)
    finally:
        os.close(follower)
    drawn = b""
    try:
        while chunk := os.read(leader, 65536):
            drawn += chunk
    except OSError:  # EIO: the other end is closed and everything read
        pass
    finally:
        os.close(leader)
    return done.returncode, drawn.decode("utf-8", "replace")


# tqdm's bar: "process: 100%|#####| 300/300 [00:01<00:00, 250.00 requests/s]"
BAR = re.compile(r"process: +100%\|.*\| 300/300 \[\d\d:\d\d<\d\d:\d\d, +[\d.]+ requests/s\]")


def test_process_in_a_terminal_draws_a_bar_with_a_rate_and_the_time_left(
        due_world: Path, tmp_path: Path):
    code, text = in_terminal("process", "--data-dir", str(due_world), logs=tmp_path / "logs",
                             columns=120)
    assert code == 0
    assert BAR.search(text), text[-500:]
    assert not PLAIN.search(text)


def test_a_terminal_that_reports_no_width_still_gets_a_bar(due_world: Path, tmp_path: Path):
    code, text = in_terminal("process", "--data-dir", str(due_world), logs=tmp_path / "logs",
                             columns=None)
    assert code == 0
    assert BAR.search(text), text[-500:]
def test_every_command_logs_to_the_log_file_and_a_second_run_appends(due_world: Path,
                                                                    tmp_path: Path):
    logs = tmp_path / "logs"
    assert cli("process", "--data-dir", str(due_world), logs=logs).returncode == 0
    assert cli("reset", "--data-dir", str(due_world), logs=logs).returncode == 0
    text = (logs / "b24-delete-account.log").read_text()
    assert re.search(r"INFO core\.store_ops: worker: 300 requests completed in [\d.]+ s", text)
    assert "INFO cli: seed started" in text and "INFO cli: reset started" in text
    assert "alembic" not in text  # its INFO lines (every migration check) stay out


def test_a_log_folder_that_cannot_be_written_is_one_warning_and_the_command_still_runs(
        tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    done = cli("reset", "--data-dir", str(tmp_path / "data"), logs=blocker / "logs")
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("warning: cannot write the log file ")
    assert len(done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr
    assert "Reset to" in done.stdout
