"""The command line never loses a store silently and answers bad store choices with one line:
`seed` and `main.py --world FILE` keep a backup as `reset` does; a top-level --world is
applied to `reset` or refused where it would do nothing; empty or mistyped --db / --data-dir
are refused; a file or a folder where the store should be is explained. Real subprocesses."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core.world import DEMO_WORLD

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=full)


def one_line_error(proc: subprocess.CompletedProcess, *needles: str) -> None:
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.startswith("error: "), proc.stderr
    for needle in needles:
        assert needle in proc.stderr, proc.stderr


def world_name(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT name FROM world_state").fetchone()[0]
    finally:
        conn.close()


def backups(data: Path) -> list[Path]:
    return sorted(data.glob("world.backup-*.db"))


@pytest.fixture
def small_world(tmp_path: Path) -> Path:
    path = tmp_path / "small.yaml"
    text = DEMO_WORLD.read_text(encoding="utf-8")
    assert "\nname: Demo world\n" in text
    path.write_text(text.replace("\nname: Demo world\n", "\nname: small\n"), encoding="utf-8")
    return path


@pytest.fixture
def demo_store(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    first = cli("reset", "--data-dir", str(data))
    assert first.returncode == 0, first.stderr
    return data


# ------------------------------------------------------------------ backups (F1)


def test_seed_keeps_the_old_database_as_a_backup_and_says_so(demo_store):
    out = cli("seed", "--data-dir", str(demo_store), "--requests", "3")
    assert out.returncode == 0, out.stderr
    [saved] = backups(demo_store)
    assert f"Old database kept as {saved}" in out.stdout
    assert world_name(saved) == "Demo world"  # the replaced world is in the backup
    assert world_name(demo_store / "world.db") != "Demo world"


def test_seed_into_a_new_store_makes_no_backup(tmp_path):
    data = tmp_path / "fresh"
    out = cli("seed", "--data-dir", str(data), "--requests", "2")
    assert out.returncode == 0, out.stderr
    assert "Old database" not in out.stdout and not backups(data)


def test_world_option_of_the_gui_keeps_a_backup(demo_store, small_world):
    out = cli("--data-dir", str(demo_store), "--world", str(small_world), "--exit-when-ready")
    assert out.returncode == 0, out.stderr
    [saved] = backups(demo_store)
    assert f"Old database kept as {saved}" in out.stdout and "Loaded small." in out.stdout
    assert world_name(saved) == "Demo world"
    assert world_name(demo_store / "world.db") == "small"


def test_an_invalid_world_for_the_gui_changes_nothing(demo_store, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\n", encoding="utf-8")
    before = (demo_store / "world.db").read_bytes()
    out = cli("--data-dir", str(demo_store), "--world", str(bad), "--exit-when-ready")
    one_line_error(out, "bad.yaml")
    assert (demo_store / "world.db").read_bytes() == before and not backups(demo_store)


# ------------------------------------------------------------------ top-level --world (F5)


def test_top_level_world_applies_to_reset(demo_store, small_world):
    out = cli("--data-dir", str(demo_store), "--world", str(small_world), "reset")
    assert out.returncode == 0, out.stderr
    assert "Reset to small." in out.stdout
    assert world_name(demo_store / "world.db") == "small"


def test_two_different_worlds_for_reset_are_refused(demo_store, small_world):
    out = cli("--data-dir", str(demo_store), "--world", str(small_world), "reset", "--world",
              str(DEMO_WORLD))
    one_line_error(out, "--world is given twice")
    assert world_name(demo_store / "world.db") == "Demo world"


@pytest.mark.parametrize("command", [["process"], ["seed", "--requests", "1"],
                                     ["test", "resources/flows"], ["demo"],
                                     ["restore", "x.db"]])
def test_top_level_world_is_refused_where_it_would_do_nothing(demo_store, small_world, command):
    before = (demo_store / "world.db").read_bytes()
    out = cli("--data-dir", str(demo_store), "--world", str(small_world), *command)
    one_line_error(out, f"--world does nothing with '{command[0]}'")
    assert (demo_store / "world.db").read_bytes() == before


@pytest.mark.parametrize("command", ["test", "demo"])
def test_store_options_are_refused_for_commands_with_their_own_database(tmp_path, command):
    out = cli("--db", f"sqlite:///{tmp_path / 'x.db'}", command, *(
        ["resources/flows"] if command == "test" else []))
    one_line_error(out, f"--db does nothing with '{command}'")


# ------------------------------------------------------------------ store choice (F6)


@pytest.mark.parametrize("option", ["--db", "--data-dir"])
@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_store_option_is_refused_not_the_default_store(tmp_path, option, value):
    env_data = tmp_path / "env-data"  # where the default store would be
    for command in (["process"], ["reset"], [option, value, "--exit-when-ready"]):
        args = command if option in command else [*command, option, value]
        out = cli(*args, env={"B24SIM_DATA_DIR": str(env_data)})
        one_line_error(out, f"{option} is empty")
    assert not env_data.exists()


def test_a_db_in_a_missing_folder_is_refused_and_no_folder_is_made(tmp_path):
    missing = tmp_path / "no" / "such"
    for args, env in ((["reset", "--db", f"sqlite:///{missing / 'x.db'}"], None),
                      (["process"], {"B24SIM_DB": f"sqlite:///{missing / 'x.db'}"})):
        out = cli(*args, env=env)
        one_line_error(out, f"The folder {missing}", "does not exist")
    assert not (tmp_path / "no").exists()


def test_a_data_dir_is_created_when_missing(tmp_path):
    data = tmp_path / "a" / "b"
    out = cli("reset", "--data-dir", str(data))
    assert out.returncode == 0, out.stderr
    assert (data / "world.db").is_file()


def test_the_default_data_folder_is_created_when_missing(tmp_path):
    data = tmp_path / "default" / "deep"
    out = cli("process", env={"B24SIM_DATA_DIR": str(data)})
    assert out.returncode == 0, out.stderr
    assert (data / "world.db").is_file()


# ------------------------------------------------------------------ files and folders (F2c, F4)


@pytest.mark.parametrize("shape", ["data-dir", "data-dir/sub", "db"])
def test_reset_where_a_file_stands_gives_one_line(tmp_path, shape):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    args = {"data-dir": ["--data-dir", str(blocker)],
            "data-dir/sub": ["--data-dir", str(blocker / "sub")],
            "db": ["--db", f"sqlite:///{blocker / 'x.db'}"]}[shape]
    out = cli("reset", *args)
    one_line_error(out, "Cannot create the folder", "Choose another with --data-dir or --db")
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize("command", [["process"], ["seed", "--requests", "1"], ["reset"]])
def test_a_folder_as_the_database_file_is_explained(tmp_path, command):
    folder = tmp_path / "folder"
    folder.mkdir()
    out = cli(*command, "--db", f"sqlite:///{folder}")
    one_line_error(out, f"{folder} is a folder, not a database file")
    assert "disk space" not in out.stderr
    assert list(folder.iterdir()) == []


# ------------------------------------------------------------------ huge durations (F2a)


def test_a_huge_advance_is_refused_with_a_sentence(demo_store):
    before = (demo_store / "world.db").read_bytes()
    for text in ("1000000000000d", "99999999999w", "10000000000000000000000m"):
        out = cli("process", "--data-dir", str(demo_store), "--advance", text)
        one_line_error(out, "is more than 100 years")
    assert (demo_store / "world.db").read_bytes() == before


def test_a_huge_advance_clock_in_a_flow_fails_at_its_line(tmp_path):
    flow = tmp_path / "huge.yaml"
    flow.write_text("name: huge\n---\n- launchApp\n- advanceClock: 1000000000000d\n")
    out = cli("test", str(flow))
    assert out.returncode == 1, (out.stdout, out.stderr)
    assert "Traceback" not in out.stdout + out.stderr
    assert "huge.yaml:4: advanceClock: '1000000000000d' is more than 100 years." in out.stdout


def test_the_clock_stops_before_python_dates_run_out(demo_store):
    db = demo_store / "world.db"
    conn = sqlite3.connect(db)
    conn.execute("UPDATE world_state SET clock = '9988-12-01 09:00:00.000000'")
    conn.commit()
    conn.close()
    out = cli("process", "--data-dir", str(demo_store), "--advance", "60d")
    one_line_error(out, "The clock is at 9988-12-01 09:00", "would pass 9989-01-01")
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT clock FROM world_state").fetchone()[0].startswith("9988-12-01")
    conn.close()
