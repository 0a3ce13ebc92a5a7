"""Hostile input met at the command line, second round: worlds and flows whose YAML PyYAML
cannot build, control characters, deep nesting, inputs that never end, odd store URLs and
folders, other programs' files, damaged and half-written stores.

Each case is a real `main.py` subprocess on a private --data-dir: one `error:` line (or the
world's list of problems) that says what to do, exit code 2, never a traceback, and the store's
bytes unchanged where the input was refused.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from core.world import DEMO_WORLD

ROOT = Path(__file__).resolve().parents[2]
DEMO_TEXT = DEMO_WORLD.read_text(encoding="utf-8")


def cli(*args: str, env: dict | None = None, timeout: float = 120
        ) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if not k.startswith("B24SIM_")}
    full.update({"QT_QPA_PLATFORM": "offscreen", **(env or {})})
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, env=full)


def refused(proc: subprocess.CompletedProcess, *needles: str) -> str:
    """Exit 2, an `error:` message without a traceback holding every needle."""
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.startswith("error: "), proc.stderr
    for needle in needles:
        assert needle in proc.stderr, proc.stderr
    assert len(proc.stderr) < 2000, proc.stderr[:400]
    return proc.stderr


def digest(folder: Path) -> dict[str, str]:
    """Every file of a data folder and its bytes' hash."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A private data folder holding the demo world, written by the real command."""
    folder = tmp_path / "data"
    out = cli("reset", "--data-dir", str(folder))
    assert out.returncode == 0, out.stderr
    for name in os.listdir(folder):
        if ".backup-" in name:
            os.unlink(folder / name)
    return folder


def demo_with(old: str, new: str) -> str:
    assert old in DEMO_TEXT, old
    return DEMO_TEXT.replace(old, new, 1)


# ------------------------------------------------------------- worlds PyYAML cannot build

WORLDS = {
    # (1) values PyYAML's constructors raise on
    "impossible-date-time": (demo_with("clock: 2026-03-02T09:00:00Z",
                                       "clock: 2026-02-30T09:00:00Z"),
                             ["clock: not a date and time: '2026-02-30T09:00:00Z'", "(line"]),
    "impossible-date": (demo_with("clock: 2026-03-02T09:00:00Z", "clock: 2026-02-29"),
                        ["clock: not a date and time: '2026-02-29'"]),
    "offset-past-a-day": (demo_with("clock: 2026-03-02T09:00:00Z",
                                    "clock: 2026-03-02T09:00:00+25:00"),
                          ["clock: not a date and time"]),
    "int-tag-on-a-word": (demo_with("window_days: 30", "window_days: !!int thirty"),
                          ["'thirty' is not a valid !!int", "remove the !!int tag"]),
    "timestamp-tag-on-a-word": (demo_with("clock: 2026-03-02T09:00:00Z",
                                          "clock: !!timestamp yesterday"),
                                ["line 8: 'yesterday' is not a valid !!timestamp"]),
    # (2) characters YAML does not allow in a file
    "nul-in-a-value": (demo_with("name: Demo world", "name: Demo\x00world"),
                       ["line 7: the character U+0000", "remove it"]),
    "bell-in-a-comment": ("# a bell \x07 here\n" + DEMO_TEXT,
                          ["line 1: the character U+0007", "remove it"]),
    # (3) nesting PyYAML composes recursively
    "5000-nested-brackets": ("name: x\nclock: " + "[" * 5000 + "\n",
                             ["line 2: nested more than 100 levels deep"]),
    # (6) the world's own name is text of one line
    "name-a-mapping": (demo_with("name: Demo world", "name: {first: Demo}"),
                       ["name: expected text, got a mapping"]),
    "name-with-a-nul-escape": (demo_with("name: Demo world", 'name: "Demo\\0world"'),
                               ["name: must be one line (no line breaks or NUL)"]),
}


@pytest.mark.parametrize("case", list(WORLDS))
def test_a_world_pyyaml_cannot_build_is_refused_on_its_line_and_the_store_kept(
        data, tmp_path, case):
    text, needles = WORLDS[case]
    world = tmp_path / "bad.yaml"
    world.write_text(text, encoding="utf-8")
    before = digest(data)
    refused(cli("reset", "--data-dir", str(data), "--world", str(world)), *needles)
    assert digest(data) == before


# ------------------------------------------------------------------ flows (the same reader)

FLOWS = {
    "nul-in-a-flow": ('- inputText: "a\x00b"\n', "flow.yaml:5: the character U+0000"),
    "3000-nested-braces": ("- " + "{a: " * 3000 + "\n", "flow.yaml:5: nested more than 100"),
}


def flow_file(tmp_path: Path, body: str) -> Path:
    flow = tmp_path / "flow.yaml"
    flow.write_text("name: hostile\n---\n- launchApp\n- tapOn: {id: profile_tab}\n" + body,
                    encoding="utf-8")
    return flow


@pytest.mark.parametrize("case", list(FLOWS))
def test_a_flow_pyyaml_cannot_read_fails_on_its_line_without_a_traceback(tmp_path, case):
    body, expect = FLOWS[case]
    out = cli("test", str(flow_file(tmp_path, body)), timeout=180)
    shown = out.stdout + out.stderr
    assert out.returncode == 1, shown
    assert "Traceback" not in shown and "RecursionError" not in shown, shown
    assert expect in shown, shown
    assert "0 passed, 1 failed" in out.stdout, shown


def test_a_plain_value_that_is_no_real_date_is_the_text_a_flow_types(tmp_path):
    """`- inputText: 2026-02-30` looked like a date to PyYAML, whose date builder raised
    ValueError; it is the ten characters the person wants typed (Maestro reads it so)."""
    from gui.flows.parser import parse_flow

    flow = parse_flow(flow_file(tmp_path, "- inputText: 2026-02-30\n"))
    assert flow.commands[-1].name == "inputText"
    assert flow.commands[-1].args["text"] == "2026-02-30"


# ------------------------------------------------------------------ inputs that never end


def test_a_world_read_from_dev_zero_is_refused_after_two_megabytes(data):
    before = digest(data)
    msg = refused(cli("reset", "--data-dir", str(data), "--world", "/dev/zero", timeout=60),
                  "goes on past 2048 KiB")
    assert "/dev/zero" in msg
    assert digest(data) == before


def test_a_world_from_a_fifo_that_never_ends_is_refused(data, tmp_path):
    fifo = tmp_path / "world.fifo"
    os.mkfifo(fifo)
    stop = threading.Event()

    def feed() -> None:
        try:
            with open(fifo, "wb") as fh:
                while not stop.is_set():
                    fh.write(b"# more and more\n" * 4096)
        except (BrokenPipeError, OSError):
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    before = digest(data)
    try:
        refused(cli("reset", "--data-dir", str(data), "--world", str(fifo), timeout=60),
                "goes on past 2048 KiB")
    finally:
        stop.set()
        writer.join(10)
    assert digest(data) == before


def test_a_mail_configuration_from_dev_zero_is_refused_before_anything_changes(data):
    before = digest(data)
    refused(cli("process", "--data-dir", str(data), "--send",
                env={"B24SIM_MAIL_CONFIG": "/dev/zero"}, timeout=60),
            "Mail configuration file /dev/zero goes on past")
    assert digest(data) == before
