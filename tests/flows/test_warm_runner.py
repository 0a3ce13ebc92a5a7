"""The warm runner (gui/flows/warm.py): ``main.py test`` run by a copy of a loaded process
gives what a cold run gives (output, exit code, folder, environment, signals), never runs
code that changed since it loaded it, and ends when told, when idle, or with its runs."""

from __future__ import annotations

import array
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gui.flows import warm

ROOT = Path(__file__).resolve().parents[2]

PASSING = """
name: Anna opens her profile
---
- launchApp
- tapOn: {id: profile_photo, label: Open the profile}
"""
FAILING = """
name: Anna expects the impossible
---
- launchApp
- assertVisible: {text: "A button that is not there", timeout: 200}
"""
SHELL = """
name: The run sees the shell
---
- launchApp
- assertTrue: ${MAESTRO_WHO == "anna"}
"""


@pytest.fixture
def runner(tmp_path: Path):
    """run(*args) -> CompletedProcess of main.py with the warm runner on, in a folder of this
    test's own; every runner started there is stopped (or killed) at the end."""
    where = tmp_path / "warm"
    where.mkdir(mode=0o700)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", B24SIM_WARM="1",
               B24SIM_WARM_DIR=str(where))

    def run(*args: str, timeout: int = 120, cwd: Path = tmp_path, **extra):
        return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=cwd,
                              env=dict(env, **extra), capture_output=True, text=True,
                              timeout=timeout)

    run.env, run.where = env, where
    yield run
    pids = [s["pid"] for s in statuses(where)]
    run("warm", "stop", "--all")
    for pid in pids:
        with_deadline(lambda pid=pid: not alive(pid), 10)
        if alive(pid):
            os.kill(pid, signal.SIGKILL)


def statuses(where: Path) -> list[dict]:
    return [s for name in sorted(p.stem for p in where.glob("*.sock"))
            if (s := warm.ask(where, name, {"kind": "status"}))]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().split(") ")[-1][0] != "Z"   # a zombie has ended
    except OSError:
        return False


def with_deadline(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def started(run) -> dict:
    done = run("warm", "start")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"warm runner for {ROOT}: pid "), done.stdout
    (status,) = statuses(run.where)
    return status


def same_but_times(text: str) -> list[str]:
    """The lines, but for the seconds and the scratch folder's random name."""
    text = re.sub(r"\d+\.\d+s", "Ns", text)
    return re.sub(r"b24-flows-\w+", "b24-flows-X", text).splitlines()


def served(run) -> int:
    (status,) = statuses(run.where)
    return status["runs"]


def test_a_warm_run_says_and_exits_as_a_cold_one(runner, write_flow, tmp_path):
    write_flow("flows/anna_opens_her_profile.yaml", PASSING)
    write_flow("flows/anna_expects_the_impossible.yaml", FAILING)
    cold = runner("test", "flows", B24SIM_WARM="0")
    assert not list(runner.where.glob("*.sock")), "B24SIM_WARM=0 started a runner"
    started(runner)
    hot = runner("test", "flows")
    assert served(runner) == 1
    assert (hot.returncode, cold.returncode) == (1, 1), hot.stdout + hot.stderr
    assert same_but_times(hot.stdout) == same_but_times(cold.stdout)
    assert hot.stdout.rstrip().splitlines()[-1] == "1 passed, 1 failed"
    assert "Traceback" not in hot.stderr
    passing = runner("test", "flows/anna_opens_her_profile.yaml")
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert served(runner) == 2


def test_a_warm_run_has_the_clients_folder_environment_and_errors(runner, write_flow,
                                                                   tmp_path):
    write_flow("deep/er/the_run_sees_the_shell.yaml", SHELL)
    started(runner)
    done = runner("test", "the_run_sees_the_shell.yaml", cwd=tmp_path / "deep" / "er",
                  MAESTRO_WHO="anna")
    assert done.returncode == 0, done.stdout + done.stderr
    done = runner("test", "the_run_sees_the_shell.yaml", cwd=tmp_path / "deep" / "er",
                  MAESTRO_WHO="boris")
    assert done.returncode == 1, done.stdout + done.stderr
    bad = runner("test", "--shards", "zero", "deep")
    cold = runner("test", "--shards", "zero", "deep", B24SIM_WARM="0")
    assert (bad.returncode, bad.stderr) == (cold.returncode, cold.stderr) == (2, cold.stderr)
    assert served(runner) == 3


def test_the_first_run_starts_a_runner_that_serves_the_next(runner, write_flow):
    write_flow("anna_opens_her_profile.yaml", PASSING)
    first = runner("test", "anna_opens_her_profile.yaml")
    assert first.returncode == 0, first.stderr
    assert with_deadline(lambda: statuses(runner.where), 60), "no runner started"
    again = runner("test", "anna_opens_her_profile.yaml")
    assert again.returncode == 0, again.stderr
    assert served(runner) == 1
    assert statuses(runner.where)[0]["hashes"] >= 1   # its run's hashes, kept for the next


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A copy of the app's files (the test edits one: other runners of this checkout must
    not see it)."""
    copy = tmp_path / "checkout"
    skip = shutil.ignore_patterns(".*", "__pycache__", "tests", "docs", "*.egg-info", "*.db")
    for name in ("core", "gui", "resources"):
        shutil.copytree(ROOT / name, copy / name, ignore=skip)
    for name in ("main.py", "b24_delete_account.py"):
        shutil.copy2(ROOT / name, copy / name)
    return copy


def test_a_runner_refuses_a_run_once_a_file_it_loaded_changed(runner, write_flow, checkout):
    """Even an edit of the same size with the old mtime put back (cp -p, rsync -t)."""
    write_flow("anna_opens_her_profile.yaml", PASSING)
    copied = ["test", "anna_opens_her_profile.yaml"]

    def run(*args):
        return subprocess.run([sys.executable, str(checkout / "main.py"), *args],
                              cwd=runner.where.parent, env=runner.env, capture_output=True,
                              text=True, timeout=120)

    assert run("warm", "start").returncode == 0
    (old,) = statuses(runner.where)
    assert old["root"] == str(checkout)
    assert run(*copied).returncode == 0
    assert statuses(runner.where)[0]["runs"] == 1
    loaded = checkout / "core" / "rules.py"
    stat = loaded.stat()
    text = loaded.read_text(encoding="utf-8")
    loaded.write_text(text.replace("def ", "def ", 1), encoding="utf-8")   # same bytes
    os.utime(loaded, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    done = run(*copied)
    assert done.returncode == 0, done.stderr   # run cold, here
    assert done.stdout.rstrip().splitlines()[-1] == "1 passed, 0 failed"
    assert with_deadline(lambda: not alive(old["pid"]), 10), "the stale runner went on"
    assert with_deadline(lambda: [s for s in statuses(runner.where)
                                  if s["pid"] != old["pid"]], 60), logs(runner.where)
    assert statuses(runner.where)[0]["runs"] == 0
    run("warm", "stop")


def logs(where: Path) -> str:
    return "no new runner; its log:\n" + "".join(p.read_text() for p in where.glob("*.log"))


def test_a_runner_whose_files_change_before_it_has_read_them_all_does_not_serve(
        runner, checkout):
    """Between its start and its last import (it waits for the cold run that started it
    first) a file may change after it was read: the runner cannot tell, so it ends."""
    sleeper = subprocess.Popen(["sleep", "2"])   # the cold run it waits for
    serving = subprocess.Popen(
        [sys.executable, "-m", "gui.flows.warm_server", str(runner.where),
         str(sleeper.pid), str(time.time_ns())], cwd=checkout, env=runner.env,
        stderr=subprocess.PIPE, text=True)
    time.sleep(0.5)   # it has read gui/flows/warm.py, and waits
    module = checkout / "gui" / "flows" / "warm_server.py"
    module.write_text(module.read_text(encoding="utf-8"), encoding="utf-8")
    sleeper.wait()
    _, err = serving.communicate(timeout=60)
    assert serving.returncode == 1, err
    assert "not serving: a file changed while it was imported" in err
    assert not list(runner.where.glob("*.sock"))


def test_a_runner_started_under_nohup_leaves_its_runs_hangup_to_their_clients(
        runner, write_flow):
    """The runner ignores SIGHUP (nohup); a client that does not gets its run ended by it."""
    write_flow("anna_opens_her_profile.yaml", PASSING)
    subprocess.run([sys.executable, str(ROOT / "main.py"), "warm", "start"], env=runner.env,
                   check=True, capture_output=True, timeout=120,
                   preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN))
    client, run_pid = hanging_run(runner, write_flow)
    client.send_signal(signal.SIGHUP)
    out, err = client.communicate(timeout=30)
    assert client.returncode == -signal.SIGHUP, out + err
    assert with_deadline(lambda: not alive(run_pid), 10)


def hanging_run(runner, write_flow, **popen):
    write_flow("anna_opens_her_profile.yaml", PASSING)
    started(runner)
    client = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "test", "anna_opens_her_profile.yaml"],
        cwd=runner.where.parent, env=dict(runner.env, B24SIM_TEST_HANG_FLOW=
                                          "anna_opens_her_profile.yaml"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)
    assert with_deadline(lambda: statuses(runner.where)[0]["running"] == 1, 30)
    (run_pid,) = statuses(runner.where)[0]["pids"]
    time.sleep(0.5)   # the run has started its worker
    return client, run_pid


def test_ctrl_c_reaches_the_warm_run_which_ends_as_a_cold_one_does(runner, write_flow):
    client, run_pid = hanging_run(runner, write_flow)
    client.send_signal(signal.SIGINT)
    out, err = client.communicate(timeout=30)
    assert client.returncode == 130, out + err
    assert "interrupted: no report written" in err
    assert with_deadline(lambda: not alive(run_pid), 10)
    assert statuses(runner.where)[0]["running"] == 0


def test_a_killed_client_takes_its_run_with_it(runner, write_flow):
    client, run_pid = hanging_run(runner, write_flow)
    client.kill()
    client.communicate(timeout=30)
    assert with_deadline(lambda: not alive(run_pid), 10), "the run outlived its client"
    assert with_deadline(lambda: statuses(runner.where)[0]["running"] == 0, 10)


def test_a_run_ended_by_a_signal_ends_its_client_by_the_same_signal(runner, write_flow):
    client, run_pid = hanging_run(runner, write_flow)
    os.killpg(run_pid, signal.SIGKILL)
    out, err = client.communicate(timeout=30)
    assert client.returncode == -signal.SIGKILL, out + err


def test_sigterm_reaches_the_run_and_ends_the_client_by_sigterm(runner, write_flow):
    client, run_pid = hanging_run(runner, write_flow)
    client.terminate()
    out, err = client.communicate(timeout=30)
    assert client.returncode == -signal.SIGTERM, out + err
    assert with_deadline(lambda: not alive(run_pid), 10)


def test_a_signal_the_client_ignores_the_run_ignores_too(runner, write_flow):
    """As under nohup: SIGHUP does not end the run, as it would not end a cold one."""
    client, run_pid = hanging_run(
        runner, write_flow, preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN))
    client.send_signal(signal.SIGHUP)
    os.killpg(run_pid, signal.SIGHUP)   # even sent to the run itself
    time.sleep(1.0)
    assert client.poll() is None and alive(run_pid)
    client.send_signal(signal.SIGINT)
    out, err = client.communicate(timeout=30)
    assert client.returncode == 130, out + err


def test_a_runner_that_dies_mid_run_leaves_no_run_behind(runner, write_flow):
    client, run_pid = hanging_run(runner, write_flow)
    (status,) = statuses(runner.where)
    os.kill(status["pid"], signal.SIGKILL)
    out, err = client.communicate(timeout=30)
    assert client.returncode == 1
    assert "error: the warm runner ended during the run (the run is stopped)" in err
    assert with_deadline(lambda: not alive(run_pid), 10), "the run outlived its runner"


def raw_request(where: Path, data: bytes, fds: list[int] | None = None,
                hang_up: bool = False) -> bytes:
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    conn.connect(str(next(where.glob("*.sock"))))
    with conn:
        if fds:
            conn.sendmsg([data], [(socket.SOL_SOCKET, socket.SCM_RIGHTS,
                                   array.array("i", fds))])
        else:
            conn.sendall(data)
        if hang_up:
            return b""
        conn.settimeout(10)
        return conn.recv(4096)


def test_a_client_gone_before_its_run_began_gets_no_run_and_keeps_no_pipe_open(
        runner, write_flow):
    write_flow("anna_opens_her_profile.yaml", PASSING)
    status = started(runner)
    request = warm._request(["test", "anna_opens_her_profile.yaml"])
    request["cwd"] = str(runner.where.parent)
    read, write = os.pipe()
    os.kill(status["pid"], signal.SIGSTOP)   # the runner busy while the client gives up
    try:
        raw_request(runner.where, (json.dumps(request) + "\n").encode(), [0, write, write],
                    hang_up=True)
    finally:
        os.kill(status["pid"], signal.SIGCONT)
    os.close(write)
    assert with_deadline(lambda: statuses(runner.where)[0]["running"] == 0, 10)
    os.set_blocking(read, False)
    assert with_deadline(lambda: _at_end(read), 10), "the runner kept the client's stdout"
    assert statuses(runner.where)[0]["runs"] == 0, "it ran a run nobody waited for"


def _at_end(fd: int) -> bool:
    try:
        return os.read(fd, 65536) == b""
    except BlockingIOError:
        return False


def test_a_request_the_runner_cannot_read_is_refused_and_it_serves_on(runner):
    status = started(runner)
    for junk in (b"[]\n", b"{\"kind\": \"run\", \"argv\": 5}\n", b"not json\n",
                 b"{\"kind\": \"fly\"}\n"):
        assert raw_request(runner.where, junk) == b""   # hung up on, no answer
    assert statuses(runner.where)[0]["pid"] == status["pid"]


def test_stop_lets_the_runs_end_first_and_idle_runners_end_by_themselves(runner,
                                                                         write_flow):
    client, run_pid = hanging_run(runner, write_flow)
    (status,) = statuses(runner.where)
    stop = runner("warm", "stop")
    assert stop.stdout.strip() == (f"stopped the warm runner for {ROOT} (pid "
                                   f"{status['pid']}): it ends when its runs do")
    assert not list(runner.where.glob("*.sock"))
    assert alive(status["pid"]) and alive(run_pid)
    client.send_signal(signal.SIGINT)
    client.communicate(timeout=30)
    assert with_deadline(lambda: not alive(status["pid"]), 10)
    none = runner("warm", "status")
    assert none.stdout.strip() == (f"no warm runner for {ROOT} (the next `main.py test` "
                                   "starts one)")
    runner.env["B24SIM_WARM_IDLE"] = "2"
    idle = started(runner)
    assert idle["idle"] == 2
    assert with_deadline(lambda: not alive(idle["pid"]), 10), "an idle runner went on"


def test_no_runner_starts_under_ci_or_in_a_folder_others_can_enter(runner, write_flow,
                                                                 tmp_path):
    write_flow("anna_opens_her_profile.yaml", PASSING)
    env = dict(runner.env)
    del env["B24SIM_WARM"]
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "test",
                           "anna_opens_her_profile.yaml"], cwd=tmp_path,
                          env=dict(env, CI="true"), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    time.sleep(1.0)
    assert not list(runner.where.glob("*")), "a runner started under CI"
    assert "(B24SIM_WARM=0 or CI is set" in runner("warm", "status", CI="true",
                                                     B24SIM_WARM="").stdout
    os.chmod(runner.where, 0o777)
    try:
        assert warm.folder({"B24SIM_WARM_DIR": str(runner.where)}) is None
        done = runner("test", "anna_opens_her_profile.yaml")
        assert done.returncode == 0, done.stderr
        time.sleep(1.0)
        assert not list(runner.where.glob("*")), "a runner started in an open folder"
    finally:
        os.chmod(runner.where, 0o700)


@pytest.mark.parametrize("argv, runs_test", [
    (["test", "flows"], True),
    (["--lang", "de", "test", "flows"], True),
    (["-v", "--data-dir=x", "test"], True),
    (["--db", "test", "process"], False),
    (["test", "--help"], False),
    (["demo"], False),
    (["check", "test"], False),
    (["--da", "test"], False),   # argparse would read --data-dir=test: a cold run says so
    (["--db=x.db", "-vv", "test"], True),
    ([], False),
])
def test_only_test_command_lines_go_to_the_runner(argv, runs_test):
    assert warm.is_test_command(argv) is runs_test


@pytest.mark.parametrize("value, ci, on", [
    ("", "", True), ("", "true", False), ("1", "true", True), ("0", "", False),
    ("", "false", True), ("off", "", False),
])
def test_b24sim_warm_and_ci_decide_whether_it_is_on(value, ci, on):
    assert warm.enabled({"B24SIM_WARM": value, "CI": ci}) is on


def test_a_folder_whose_sockets_paths_would_be_too_long_is_not_used(tmp_path):
    deep = tmp_path / ("x" * 90)
    assert warm.folder({"B24SIM_WARM_DIR": str(deep)}) is None
    assert warm.folder({"B24SIM_WARM_DIR": str(tmp_path / "w")}) == tmp_path / "w"
    assert (tmp_path / "w").stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("orig_argv, options", [
    (["python", "main.py", "test"], []),
    (["python", "-X", "dev", "-W", "error", "main.py", "test"], ["-X", "dev", "-W", "error"]),
    (["python", "-Xdev", "-OO", "-uB", "main.py"], ["-X", "dev", "-OO", "-uB"]),
    (["python", "-Ic", "import sys"], ["-I"]),
    (["python", "-m", "b24_delete_account", "test"], []),
    (["python", "--check-hash-based-pycs", "always", "main.py"],
     ["--check-hash-based-pycs", "always"]),
])
def test_the_runner_starts_with_the_clients_interpreter_options(monkeypatch, orig_argv,
                                                                 options):
    monkeypatch.setattr(sys, "orig_argv", orig_argv)
    assert warm._interpreter_options() == options
