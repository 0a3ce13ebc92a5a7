"""The warm runner: ``main.py test`` run by a copy of a process that has imported it all.

A flow run spends ~0.55 s importing Qt, SQLAlchemy and the window's modules before its first
step. The first ``main.py test`` of a checkout starts a warm runner beside itself (then runs
as before); the runner imports what a run imports, then waits on a socket of its own. The
next ``main.py test`` (a small client: a Python start and a few modules) hands it the
command line, the working folder, the environment and its own stdin, stdout and stderr; the
runner forks, and the copy runs the command as the client would have, writing straight to
the client's terminal or pipes. The client forwards Ctrl-C and other signals to the copy's
process group and ends with the copy's exit code (or signal).

The runner never runs stale code: before each run it compares every file it loaded (the
modules, and any file read while importing) with what it read; if one changed it refuses
the run (the client runs it cold and starts a new runner) and ends. It ends too after
IDLE_SECONDS without a run, on ``main.py warm stop``, or on SIGTERM (each after the runs it
started have ended). One runner serves one checkout with one interpreter: its socket's name
is a digest of both (and of the interpreter's PYTHON* settings and flags), in a folder only
this user can enter.

``B24SIM_WARM=0`` turns it off, ``B24SIM_WARM=1`` on; unset, it is on unless ``CI`` is set
(a CI job's runner would outlive the job). The tests turn it off but for their own runners.
"""

from __future__ import annotations

import array
import hashlib
import json
import os
import signal
import socket
import sys
import time
from contextlib import suppress
from pathlib import Path

ENV = "B24SIM_WARM"
DIR_ENV = "B24SIM_WARM_DIR"     # the runners' folder (default: see folder())
IDLE_ENV = "B24SIM_WARM_IDLE"   # seconds without a run before a runner ends
IDLE_SECONDS = 900.0
FIRST_REPLY = 10.0              # seconds for a runner to say it forked the run
KILL_AFTER = 3.0                # a run whose client went away: SIGTERM, then SIGKILL
ROOT = Path(__file__).resolve().parents[2]
# The command line's options before the command: those that take a value (main.py --db X
# test) and the flags. Anything else (an abbreviation argparse would read as another
# option) is left to a cold run, which reads it as it always has.
_VALUED = {"--data-dir", "--db", "--lang", "--world", "--scale", "--second-phone"}
_FLAGS = {"-v", "-vv", "-vvv", "--verbose", "--exit-after-first-paint", "--exit-when-ready"}
FORWARDED = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT)
LIMITS = ("RLIMIT_NOFILE", "RLIMIT_AS", "RLIMIT_DATA", "RLIMIT_CORE", "RLIMIT_CPU",
          "RLIMIT_FSIZE", "RLIMIT_STACK")
_STARTED: list = []   # the runner a cold run started (kept, not waited for)
INSIDE = False        # True in a run's copy: its main() runs here, never hands over again


# ---------------------------------------------------------------- who may use it


def enabled(environ=None) -> bool:
    env = os.environ if environ is None else environ
    value = env.get(ENV, "").strip().lower()
    if value in ("0", "false", "no", "off"):
        return False
    if value in ("1", "true", "yes", "on"):
        return True
    return env.get("CI", "").strip().lower() in ("", "0", "false", "no")


def _supported() -> bool:
    return (sys.platform == "linux" and hasattr(os, "fork") and hasattr(socket, "AF_UNIX")
            and hasattr(socket, "SCM_RIGHTS"))


def is_test_command(argv: list[str]) -> bool:
    """Whether the command line runs ``test`` (the top-level options before it skipped)."""
    if {"-h", "--help"} & set(argv):
        return False
    it = iter(argv)
    for token in it:
        if token in _VALUED:
            next(it, None)
        elif token.startswith("-"):
            if token not in _FLAGS and token.partition("=")[0] not in _VALUED:
                return False
        else:
            return token == "test"
    return False


def folder(environ=None) -> Path | None:
    """The runners' folder, made private to this user; None where it cannot be."""
    env = os.environ if environ is None else environ
    given = env.get(DIR_ENV)
    if given:
        path = Path(given)
    elif env.get("XDG_RUNTIME_DIR"):
        path = Path(env["XDG_RUNTIME_DIR"]) / "b24sim-warm"
    else:
        path = Path("/tmp") / f"b24sim-warm-{os.getuid()}"
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = path.lstat()
    except OSError:
        return None
    if info.st_uid != os.getuid() or info.st_mode & 0o077 or not path.is_dir():
        return None   # someone else's, or open to others: no socket of ours goes there
    if len(os.fsencode(path)) > 80:
        return None   # a socket's path has at most 107 bytes (the name takes 22)
    return path


def key() -> str:
    """This checkout with this interpreter, as its runner's name."""
    # What Python reads once as it starts (PYTHON*, the locale of its streams and of C):
    # a copy made with other values would not be the process the client would have been.
    # LD_*: which shared libraries (Qt's among them) the loaded modules are made of.
    settings = sorted((k, v) for k, v in os.environ.items()
                      if k.startswith(("PYTHON", "LC_", "LD_")) or k == "LANG")
    ident = [str(ROOT), sys.executable, sys.prefix, sys.version, list(sys.flags),
             sys.warnoptions, sorted(sys._xoptions.items()), settings]
    return hashlib.sha256(json.dumps(ident, default=str).encode()).hexdigest()[:16]


def _paths(where: Path, name: str) -> tuple[Path, Path, Path]:
    return where / f"{name}.sock", where / f"{name}.lock", where / f"{name}.log"


# ---------------------------------------------------------------- the client


def run_warm(argv: list[str]) -> int | None:
    """Run the command line by the warm runner: its exit code, or None when it must run
    here (no runner yet: one is started for the next run; off; stale; not a test run)."""
    if INSIDE or not (_supported() and enabled() and is_test_command(argv)):
        return None
    where = folder()
    if where is None:
        return None
    try:
        conn = _connect(_paths(where, key())[0])
        if conn is None:
            start_runner(where)
            return None
        with conn:
            return _hand_over(conn, argv, where)
    except KeyboardInterrupt:   # before the run began (after, it is the run's to say)
        print("interrupted", file=sys.stderr)
        return 130


def _connect(path: Path) -> socket.socket | None:
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(str(path))
    except OSError:
        conn.close()
        return None
    return conn


def _request(argv: list[str]) -> dict:
    import resource

    streams = []
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        streams.append({"encoding": getattr(stream, "encoding", None) or "utf-8",
                        "errors": getattr(stream, "errors", None) or "strict",
                        "tty": _isatty(stream),
                        "write_through": bool(getattr(stream, "write_through", False))})
    umask = os.umask(0o022)
    os.umask(umask)
    return {"kind": "run", "argv": [sys.argv[0] if sys.argv else "main.py", *argv],
            "cwd": os.getcwd(), "env": dict(os.environ), "umask": umask, "streams": streams,
            "ignored": _ignored(),
            "limits": {name: resource.getrlimit(getattr(resource, name)) for name in LIMITS},
            "nice": os.getpriority(os.PRIO_PROCESS, 0)}


def _ignored() -> list[int]:
    """The signals this process ignores (nohup, a background job's SIGINT): so does the run."""
    return [int(s) for s in FORWARDED if signal.getsignal(s) == signal.SIG_IGN]


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _std_fds() -> list[int] | None:
    try:
        for fd in (0, 1, 2):
            os.fstat(fd)
    except OSError:
        return None   # a closed stdin or stdout: nothing to hand over, run here
    return [0, 1, 2]


def _hand_over(conn: socket.socket, argv: list[str], where: Path) -> int | None:
    fds = _std_fds()
    if fds is None:
        return None
    try:
        send_message(conn, _request(argv), fds)
        reader = conn.makefile("r", encoding="utf-8")
        conn.settimeout(FIRST_REPLY)   # a runner that cannot fork now: run here
        first = _reply(reader)
        conn.settimeout(None)
    except OSError:   # on a timeout too: our going away ends a run it began meanwhile
        return None
    if first is None or "pid" not in first:
        if first is not None and first.get("stale"):
            start_runner(where)   # it ends now: a fresh one for the next run
        return None
    return _wait_for(reader, first["pid"])


def _reply(reader) -> dict | None:
    line = reader.readline()
    if not line:
        return None
    try:
        return json.loads(line)
    except ValueError:
        return None


def _wait_for(reader, pid: int) -> int:
    """Forward signals to the run until its end comes back; exit as it did."""
    ignored = set(_ignored())

    def forward(signum, _frame):
        with suppress(OSError):
            os.killpg(pid, signum)

    def suspend(_signum, _frame):   # Ctrl-Z: the run stops with us, and goes on with us
        with suppress(OSError):
            os.killpg(pid, signal.SIGSTOP)
        signal.signal(signal.SIGTSTP, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTSTP)
        signal.signal(signal.SIGTSTP, suspend)   # here again after SIGCONT
        with suppress(OSError):
            os.killpg(pid, signal.SIGCONT)

    for signum in FORWARDED:
        if signum not in ignored:
            signal.signal(signum, forward)
    signal.signal(signal.SIGTSTP, suspend)
    end = _reply(reader)
    if end is None or "code" not in end:
        _end_orphan(pid)
        print("error: the warm runner ended during the run (the run is stopped); run it "
              "again (B24SIM_WARM=0 runs without it)", file=sys.stderr)
        return 1
    code = int(end["code"])
    if code < 0:   # ended by a signal: end by the same one, as the shell expects
        if -code not in (signal.SIGKILL, signal.SIGSTOP):   # theirs cannot be changed
            with suppress(OSError, ValueError):
                signal.signal(-code, signal.SIG_DFL)
        os.kill(os.getpid(), -code)
        return 128 - code
    return code


def _end_orphan(pid: int) -> None:
    """The runner died: nobody else will stop its run (and its workers) for us."""
    for signum in (signal.SIGTERM, signal.SIGKILL):
        deadline = time.monotonic() + KILL_AFTER
        try:
            os.killpg(pid, signum)
            while time.monotonic() < deadline:
                os.killpg(pid, 0)
                time.sleep(0.05)
        except OSError:
            return   # gone


def send_message(conn: socket.socket, message: dict, fds: list[int] | None = None) -> None:
    data = (json.dumps(message) + "\n").encode()
    if fds:
        ancillary = [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", fds))]
        sent = conn.sendmsg([data], ancillary)
        data = data[sent:]
    if data:   # sendall(b"") still sends: EPIPE once the runner has answered and hung up
        conn.sendall(data)


def start_runner(where: Path, wait_for: int | None = None) -> None:
    """Start a runner in the background (it waits for ``wait_for``, this process by
    default, to end before it imports, so the cold run that started it keeps both cores)."""
    import subprocess

    log = _paths(where, key())[2]
    flags = _interpreter_options()
    parent = os.getpid() if wait_for is None else wait_for
    since = time.time_ns()   # a file changed after this may have been read before its change
    with suppress(OSError), open(log, "ab" if _small(log) else "wb") as out:
        _STARTED.append(subprocess.Popen(
            [sys.executable, *flags, "-m", "gui.flows.warm_server", str(where), str(parent),
             str(since)],
            cwd=ROOT, stdin=subprocess.DEVNULL, stdout=out, stderr=out,
            start_new_session=True, close_fds=True))


def _small(path: Path) -> bool:
    try:
        return path.stat().st_size < 1_000_000
    except OSError:
        return True


def _interpreter_options() -> list[str]:
    """The options this interpreter was started with (-X, -W, -O, -u, ...), as typed."""
    given = list(getattr(sys, "orig_argv", []))[1:]
    options: list[str] = []
    while given and given[0].startswith("-") and given[0] != "-":
        token = given.pop(0)
        if token.startswith("--"):
            options.append(token)
            if token == "--check-hash-based-pycs" and given:
                options.append(given.pop(0))
            continue
        letters = token[1:]   # a cluster of short options: -OO, -Xdev, -Ic CODE, -mmod
        for i, letter in enumerate(letters):
            if letter in "cm":   # the program follows
                return options + ([f"-{letters[:i]}"] if i else [])
            if letter in "XW":
                value = letters[i + 1:] or (given.pop(0) if given else "")
                options += [*([f"-{letters[:i]}"] if i else []), f"-{letter}", value]
                break
        else:
            options.append(token)
    return options


# ---------------------------------------------------------------- main.py warm


def ask(where: Path, name: str, message: dict, timeout: float = 5.0) -> dict | None:
    conn = _connect(_paths(where, name)[0])
    if conn is None:
        return None
    with conn:
        conn.settimeout(timeout)
        try:
            send_message(conn, message)
            return _reply(conn.makefile("r", encoding="utf-8"))
        except OSError:
            return None


def _runners(where: Path, every: bool) -> list[str]:
    if not every:
        return [key()]
    return sorted(p.stem for p in where.glob("*.sock"))


def _describe(status: dict) -> str:
    up = time.time() - status["started"]
    state = (f"{status['running']} run(s) going" if status["running"]
             else f"idle, ends after {status['idle'] / 60:g} min without a run")
    return (f"warm runner for {status['root']}: pid {status['pid']}, up {_minutes(up)}, "
            f"{status['runs']} run(s) served, {state}, {status['rss_mb']:.0f} MB")


def _minutes(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.0f} min"


def run_warm_command(args) -> int:
    """``main.py warm [status|start|stop] [--all]``: the lines and the exit code."""
    if not _supported():
        print("error: the warm runner needs Linux (fork and Unix sockets)", file=sys.stderr)
        return 2
    where = folder()
    if where is None:
        print("error: no private folder for the warm runner: set B24SIM_WARM_DIR to a "
              "folder only you can enter, its path at most 80 bytes long", file=sys.stderr)
        return 2
    if args.action == "start":
        return _start_and_wait(where)
    names = _runners(where, args.all)
    found = [(n, ask(where, n, {"kind": "status"})) for n in names]
    found = [(n, s) for n, s in found if s]
    if args.action == "stop":
        for name, status in found:
            ask(where, name, {"kind": "stop"})
            print(f"stopped the warm runner for {status['root']} (pid {status['pid']})"
                  + (": it ends when its runs do" if status["running"] else ""))
    else:
        for _, status in found:
            print(_describe(status))
    if not found:
        print("no warm runner" + ("" if args.all else f" for {ROOT}") + _why_none())
    return 0


def _why_none() -> str:
    if not enabled():
        return f" ({ENV}=0 or CI is set: {ENV}=1 turns it on)"
    return " (the next `main.py test` starts one)"


def _start_and_wait(where: Path, seconds: float = 60.0) -> int:
    if not enabled():
        print(f"error: the warm runner is off here ({ENV}=0 or CI is set): {ENV}=1 turns "
              "it on", file=sys.stderr)
        return 2
    status = ask(where, key(), {"kind": "status"})
    if status is None:
        start_runner(where, wait_for=0)
        started = _STARTED[-1] if _STARTED else None
        deadline = time.monotonic() + seconds
        while status is None and time.monotonic() < deadline:
            time.sleep(0.05)
            status = ask(where, key(), {"kind": "status"})
            if status is None and started is not None and started.poll():
                break   # it ended with an error (its log says which)
    if status is None:
        log = _paths(where, key())[2]
        print(f"error: the warm runner did not start (its log: {log})", file=sys.stderr)
        return 1
    print(_describe(status))
    return 0

