"""Flows run in worker processes: ``--shards N`` at once, and a flow that kills its process
(a Qt abort, a segfault) fails alone.

The parent never opens a window. Each worker is ``python -m gui.flows.shards --worker`` (a new
interpreter, like multiprocessing's spawn): it builds the Qt application and the database
template once, then runs the flows it is sent one by one. The protocol is JSON lines: the
parent writes the settings, then one job per flow, on the worker's stdin; the worker answers
on its stdout (``{"start": n}``, then ``{"result": {...}}``). Everything else the worker
prints, from Python or from C++, goes to its stderr, which the parent reads between markers,
so each flow's output is known; when a worker dies, the flow it was running fails with that
output, a new worker takes the next flow, and the reports are written as usual.

Flows go to whichever worker is free (the longest flows do not queue behind each other).

On Linux a worker is forked from the parent, which has imported the window's modules first
(a copy of a loaded interpreter starts in milliseconds; a new one takes a second to import
them); elsewhere, or when this process already has a Qt application (a test), it is a new
interpreter. A worker that sends no result within the flow's time limit (``--flow-timeout``,
plus the minute ``onFlowComplete`` gets, plus ``KILL_GRACE``) is killed: its flow fails with
what it printed and the next flow gets a new worker.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from gui.flows.model import Command, Flow

MARK = "\x1eb24-flow"          # a worker's stderr marker line: MARK start|end N
# Qt's offscreen platform warns about window hints it cannot honour; nobody can act on it.
NOISE = ("This plugin does not support",)
CRASH_ENV = "B24SIM_TEST_CRASH_FLOW"  # tests only: a worker aborts when it starts a flow
HANG_ENV = "B24SIM_TEST_HANG_FLOW"    # tests only: a worker stops answering at that flow
SPAWN_ENV = "B24SIM_FLOW_SPAWN"       # 1: workers are new interpreters, never forked
KILL_GRACE = 3.0      # seconds past a flow's limit before its worker is killed (the runner's
#                       own check between commands normally fails the flow first)
STARTUP_SECONDS = 120.0  # for a worker to start (import, build the app) and begin a flow
log = logging.getLogger("gui.flows")  # not __name__: workers run as __main__
# whose file name is this, as a Qt assertion would


@dataclass
class Job:
    number: int      # the flow's place in the run (its NN-flow folder), from 1
    flow: Flow


# ---------------------------------------------------------------- results as JSON


def _path(value: str | None) -> Path | None:
    return Path(value) if value else None


def result_to_json(result) -> dict:
    return {
        "name": result.name, "path": str(result.path), "tags": list(result.tags),
        "passed": result.passed, "seconds": result.seconds, "failure": result.failure,
        "short": result.short, "details": result.details, "error": result.error,
        "screenshot": str(result.screenshot) if result.screenshot else None,
        "emails": [str(p) for p in getattr(result, "emails", ())],
        "steps": [{
            "depth": s.depth, "status": s.status, "seconds": s.seconds, "message": s.message,
            "picture": str(s.picture) if s.picture else None,
            "shot": str(s.shot) if s.shot else None, "title": s.title, "note": s.note,
            "command": {"name": s.command.name, "file": str(s.command.file),
                        "line": s.command.line, "label": s.command.label,
                        "optional": s.command.optional, "source": s.command.source},
        } for s in result.steps],
    }


def result_from_json(data: dict):
    from gui.flows.runner import FlowResult, StepResult

    steps = []
    for s in data["steps"]:
        c = s["command"]
        command = Command(c["name"], {}, Path(c["file"]), c["line"], c["label"], c["optional"],
                          c["source"])
        steps.append(StepResult(command, s["depth"], s["status"], s["seconds"], s["message"],
                                _path(s["picture"]), _path(s["shot"]),
                                title=s.get("title") or "", note=s.get("note") or ""))
    return FlowResult(data["name"], Path(data["path"]), tuple(data["tags"]), data["passed"],
                      data["seconds"], steps, data["failure"], data["short"],
                      _path(data["screenshot"]), data["details"], data["error"],
                      [Path(p) for p in data.get("emails") or ()])


# ---------------------------------------------------------------- the parent's side


def _signal_name(code: int) -> str:
    if code < 0:
        try:
            return f"signal {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"exit code {code}"


def can_fork() -> bool:
    """Whether workers may be forked from this process: on Linux, unless this process already
    runs a Qt application (a forked copy of it would share its state) or SPAWN_ENV says no."""
    if sys.platform != "linux" or not hasattr(os, "fork") or os.environ.get(SPAWN_ENV):
        return False
    qt = sys.modules.get("PySide6.QtCore")
    return qt is None or qt.QCoreApplication.instance() is None


def preload_for_fork() -> None:
    """Import what every worker needs once, here, before the workers are forked from us."""
    import core.flow_queries  # noqa: F401 - imported for the workers (the flows' commands
    import core.models  # noqa: F401 - and seed_world import these when they first run)
    import core.services  # noqa: F401
    from gui.app import preload
    from gui.flows import handout, recording, runner  # noqa: F401 - imported for the workers

    preload()
    from core.i18n import SOURCE
    from gui.flows.runner import run_language

    if run_language() not in (None, SOURCE):
        import babel.messages.pofile  # noqa: F401 - every worker reads the run's catalogue
    gc.freeze()  # the imported modules are kept for good: the workers' collections skip them


_PARENT_FDS: set[int] = set()   # this process's ends of every forked worker's pipes


class Forked:
    """A worker forked from this process, with pipes for its stdin, stdout and stderr; shaped
    like the ``subprocess.Popen`` it replaces (poll, wait, kill, returncode)."""

    def __init__(self, show: bool) -> None:
        pipes = [os.pipe() for _ in range(3)]   # (read, write): stdin, stdout, stderr
        mine = (pipes[0][1], pipes[1][0], pipes[2][0])
        theirs = (pipes[0][0], pipes[1][1], pipes[2][1])
        for stream in (sys.stdout, sys.stderr):
            with suppress(OSError):
                stream.flush()  # nothing of ours left in a buffer the copy would write again
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the worker (coverage does not follow a fork)
            _forked_worker(theirs, _PARENT_FDS | set(mine), show)
        for fd in theirs:
            os.close(fd)
        _PARENT_FDS.update(mine)
        self._fds = mine
        self.pid = pid
        self.returncode: int | None = None
        self.stdin = open(mine[0], "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        self.stdout = open(mine[1], encoding="utf-8", errors="replace")  # noqa: SIM115
        self.stderr = open(mine[2], encoding="utf-8", errors="replace")  # noqa: SIM115

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                pid, status = self.pid, 0
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
                _PARENT_FDS.difference_update(self._fds)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"worker {self.pid}", timeout)
            time.sleep(0.005)
        return self.returncode

    def kill(self) -> None:
        if self.poll() is None:
            with suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)


def _forked_worker(fds: tuple[int, int, int], close: set[int], show: bool) -> None:
    """The forked copy: its pipes become fds 0-2, the parent's other pipes are closed (or a
    worker would keep another's stdin open), then it runs as ``--worker`` does and ends
    with os._exit (the parent's atexit handlers and buffers are not ours)."""
    code = 1
    try:
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        for fd in close | set(fds):
            if fd > 2:
                with suppress(OSError):
                    os.close(fd)
        # New stream objects: another thread of the parent may have held the old ones' locks.
        sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stdout = open(1, "w", encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115
        if not show:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        code = worker_main()
    except BaseException:  # noqa: BLE001 - said on stderr, where the parent reads it
        traceback.print_exc()
    finally:
        quit_now(code)


def quit_now(code: int) -> None:
    """Flush what was printed and logged, then end the process without Python's teardown
    (freeing every module and widget one by one took ~0.5-1 s and saves nothing)."""
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError):
            stream.flush()
    logging.shutdown()
    os._exit(code)


class Worker:
    """One worker process, started when first needed and again after it died."""

    def __init__(self, settings: dict) -> None:
        self.settings = settings
        self.proc = None   # subprocess.Popen, or Forked
        self._lock = threading.Condition()
        self._output: dict[int, list[str]] = {}
        self._ended: set[int] = set()
        self._reader: threading.Thread | None = None
        self._messages: queue.Queue = queue.Queue()   # the worker's stdout, a dict a line
        self.loose: list[str] = []   # output outside any flow (start-up warnings)
        self.scratch: str | None = None  # the worker's temporary databases' folder

    def start(self) -> None:
        if can_fork():
            self.proc = Forked(bool(self.settings.get("show")))
        else:
            self.proc = self._spawn()
        self._output, self._ended = {}, set()
        self._messages = queue.Queue()
        self._reader = threading.Thread(target=self._read_stderr, args=(self.proc,),
                                        daemon=True)
        self._reader.start()
        threading.Thread(target=self._read_stdout, args=(self.proc, self._messages),
                         daemon=True).start()
        self.proc.stdin.write(json.dumps(self.settings) + "\n")
        self.proc.stdin.flush()

    def _spawn(self) -> subprocess.Popen:
        env = dict(os.environ)
        if not self.settings.get("show"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "") \
            if env.get("PYTHONPATH") else root
        return subprocess.Popen(
            [sys.executable, "-m", "gui.flows.shards", "--worker"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
            encoding="utf-8", errors="replace", bufsize=1)

    @staticmethod
    def _read_stdout(proc, messages: queue.Queue) -> None:
        try:
            for line in proc.stdout:
                messages.put(json.loads(line))
        except (OSError, ValueError):
            pass  # a pipe closed under us, or a line cut short: the worker died
        messages.put(None)

    def _read_stderr(self, proc) -> None:
        current = None
        for line in proc.stderr:
            if line.startswith(MARK):
                what, _, number = line[len(MARK):].strip().partition(" ")
                with self._lock:
                    if what == "start":
                        current = int(number)
                        self._output.setdefault(current, [])
                    else:
                        self._ended.add(int(number))
                        current = None
                        self._lock.notify_all()
                continue
            if any(noise in line for noise in NOISE):
                continue
            with self._lock:
                (self._output.setdefault(current, []) if current is not None
                 else self.loose).append(line)
        with self._lock:
            self._lock.notify_all()

    def printed(self, number: int, wait: float = 2.0) -> str:
        """What the worker printed while it ran flow ``number`` (waits for its end marker)."""
        deadline = time.monotonic() + wait
        with self._lock:
            while number not in self._ended and time.monotonic() < deadline:
                if self._reader is None or not self._reader.is_alive():
                    break
                self._lock.wait(0.05)
            return "".join(self._output.get(number, []))

    def run(self, job: Job):
        """The flow's result; a flow whose worker died or stopped answering fails with what
        it printed."""
        if self.proc is None or self.proc.poll() is not None:
            self.start()
        began = time.perf_counter()
        limit = time_limit(job.flow)
        try:
            self.proc.stdin.write(json.dumps({"number": job.number,
                                              "path": str(job.flow.path)}) + "\n")
            self.proc.stdin.flush()
        except OSError:
            return self._crashed(job, time.perf_counter() - began)
        wait = STARTUP_SECONDS + limit   # until the worker says it began the flow
        while True:
            try:
                message = self._messages.get(timeout=wait)
            except queue.Empty:
                return self._hung(job, time.perf_counter() - began)
            if message is None:
                return self._crashed(job, time.perf_counter() - began)
            if "scratch" in message:
                self.scratch = message["scratch"]
            if "start" in message:
                wait = limit
            if "deadline" in message:  # the flow's commands began: its own limit, and grace
                wait = message["deadline"] + KILL_GRACE
            if "result" in message:
                return result_from_json(message["result"]), self.printed(job.number)

    def _hung(self, job: Job, seconds: float):
        """The worker sent no result in time: kill it; the flow fails with what it printed."""
        from gui.flows.options import run_options

        self.proc.kill()
        return self._crashed(job, seconds, hung=run_options()["flow_timeout"])

    def _crashed(self, job: Job, seconds: float, hung: float | None = None):
        from gui.flows.runner import FlowResult

        proc, self.proc = self.proc, None
        try:
            code = proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
        if self._reader is not None:
            self._reader.join(timeout=5)
        if self.scratch:  # a dead worker cannot remove its temporary databases itself
            shutil.rmtree(self.scratch, ignore_errors=True)
            self.scratch = None
        printed = "".join(self._output.get(job.number, [])).rstrip()
        last = printed.splitlines()[-1].strip() if printed else "it printed nothing"
        if hung is not None:
            short = (f"the flow ran longer than its time limit of {hung:g} s (main.py test "
                     f"--flow-timeout SECONDS) and did not stop, so its process was killed: "
                     f"{last}")
        else:
            short = f"the flow's process died ({_signal_name(code)}) while running it: {last}"
        failure = (f"{short}\n  the other flows ran in a new process; what this one printed:\n"
                   + ("\n".join("    " + x for x in printed.splitlines()) or "    (nothing)"))
        return (FlowResult(job.flow.name, job.flow.path, job.flow.tags, passed=False,
                           seconds=seconds, failure=failure, short=short, details=printed),
                "")  # what it printed is in the failure already

    def close(self) -> None:
        if self.proc is not None:
            try:
                self.proc.stdin.close()
                self.proc.wait(timeout=30)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
            if self._reader is not None:
                self._reader.join(timeout=5)
            self.proc = None


def time_limit(flow: Flow) -> float:
    """Seconds a worker may take over ``flow`` before it is killed, until it says when the
    flow's own limit ends (``deadline``): the flow's limit, the minute its onFlowComplete is
    given after it, and KILL_GRACE."""
    from gui.flows.options import HOOK_SECONDS, run_options

    hook = HOOK_SECONDS if flow.on_complete else 0.0
    return run_options()["flow_timeout"] + hook + KILL_GRACE


Unit = list[Job]   # flows that run one after the other in one worker (an executionOrder)
OnDone = Callable[[int, object, str], None]   # (number, FlowResult, what it printed)


def start_workers(settings: dict, processes: int) -> list[Worker]:
    """Workers started now: they import and build the app while the parent reads the flows.
    Forked workers also get every password hash made here so far (``main.py test`` starts
    the first flows' before its imports: scrypt runs in threads beside them, each hash made
    once for every worker)."""
    workers = [Worker(settings) for _ in range(max(1, processes))]
    if can_fork():
        from core.world import settle_passwords

        preload_for_fork()
        settle_passwords()
    for worker in workers:
        worker.start()
    return workers


def run_units(units: list[Unit], workers: list[Worker], on_done: OnDone,
              stop_after_failure: set[int] | None = None) -> None:
    """Run every unit on the workers, then close them; ``on_done`` is called (from a
    worker's thread, under a lock) as each flow ends. In a unit listed in
    ``stop_after_failure`` (by index), the flows after a failed one are not run: ``on_done``
    gets None for them."""
    queue = list(enumerate(units))
    lock = threading.Lock()
    stops = stop_after_failure or set()

    def slot(worker: Worker) -> None:
        try:
            while True:
                with lock:
                    if not queue:
                        return
                    index, unit = queue.pop(0)
                failed = False
                for job in unit:
                    if failed and index in stops:
                        with lock:
                            on_done(job.number, None, "")
                        continue
                    result, printed = worker.run(job)
                    failed = failed or not result.passed
                    with lock:
                        on_done(job.number, result, printed)
        finally:
            worker.close()

    threads = [threading.Thread(target=slot, args=(w,), daemon=True) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


# ---------------------------------------------------------------- the worker's side


def quiet_qt() -> None:
    """The offscreen platform warns about window hints it cannot honour; nobody can act on it."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr, flush=True)

    qInstallMessageHandler(handler)


def warm_up(context: dict) -> None:
    """The Qt application, the window's modules and the database template, made once."""
    from gui.app import create_app, preload
    from gui.flows.runner import StoreMaker

    quiet_qt()
    create_app()
    preload()
    stores = StoreMaker()
    store, path = stores.new()   # builds the template the flows' databases are copied from
    stores.drop(store, path)
    context["stores"] = stores
    private_settings(stores.dir / "settings")


def private_settings(folder: Path) -> None:
    """The app's QSettings (the console's tab, collapsed or not) in ``folder``, not the
    person's own: a flow neither reads what the GUI last saved nor changes it."""
    from PySide6.QtCore import QSettings

    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))


def fresh_settings() -> None:
    """Each flow starts with the console as a first start shows it, whatever the flows run
    before it in this process chose (else results would depend on the shards' order)."""
    from PySide6.QtCore import QSettings

    settings = QSettings()
    settings.clear()
    settings.sync()


def run_one(item, artifacts, number: int, show: bool, context: dict,
            release_after: bool = True):
    """One flow in this process; ``context`` keeps the app and the database template between
    flows (made at the first flow). A bug of the runner itself is a failed flow.
    ``release_after``: free the flow's window before returning (a worker frees it only
    when another flow comes: ``release``)."""
    from gui.flows.runner import FlowResult, FlowRunner

    if not isinstance(item, Flow):
        return item
    if context.get("stores") is None:
        warm_up(context)
    try:
        from gui.flows.handout import flow_handout
        from gui.flows.recording import flow_hooks

        hooks = flow_hooks(number, item.path, flow_handout(number, None))  # --record, --pdf
        fresh_settings()
        result = FlowRunner(item, context["stores"], artifacts, number, bool(show),
                            hooks=hooks).run()
        log.info("flow %s: %s", item.path, "passed" if result.passed else
                 f"FAILED: {result.short or result.failure}")
        return result
    except Exception as exc:  # noqa: BLE001 - a failed flow, not a crash of the whole run
        log.error("the flow runner broke on %s", item.path, exc_info=True)
        message = f"the flow runner broke: {type(exc).__name__}: {exc}"
        return FlowResult(item.name, item.path, item.tags, passed=False, failure=message,
                          short=message, details=traceback.format_exc())
    finally:
        if release_after:
            release()


def release() -> None:
    """Free the flow's window now. A closed window is deleted with ``deleteLater``, which only
    an event loop carries out, and a run never enters one: without this each flow of the whole
    story kept ~17 MB (eight flows: 174 -> 295 MB; with it 174 -> 177 MB)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()



def _mark(what: str, number: int) -> None:
    sys.stderr.flush()
    os.write(2, f"{MARK}{what} {number}\n".encode())


def _test_hooks(path: Path) -> None:
    """Tests only (CRASH_ENV, HANG_ENV): the worker aborts, or stops answering, at a flow."""
    crash_on, hang_on = os.environ.get(CRASH_ENV), os.environ.get(HANG_ENV)
    if crash_on and path.name == crash_on:
        print(f"ASSERT: \"{crash_on}\" in a test hook (the worker aborts)", flush=True)
        os.abort()
    if hang_on and path.name == hang_on:
        print(f"{hang_on}: a test hook (the worker stops answering)", flush=True)
        while True:
            time.sleep(3600)


def worker_main() -> int:
    """Run the flows the parent sends, one by one, until its stdin closes."""
    proto = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)   # anything printed, by Python or by Qt's C++, goes to stderr
    sys.stdout = sys.stderr

    def send(message: dict) -> None:
        proto.write(json.dumps(message) + "\n")
        proto.flush()

    from gui.flows.model import FlowError
    from gui.flows.parser import parse_flow
    from gui.flows.runner import Artifacts, FlowResult

    settings = json.loads(sys.stdin.readline() or "{}")
    from gui.flows import runner

    runner.deadline_listeners.append(lambda left: send({"deadline": left}))
    from core import logs

    logs.setup(int(settings.get("verbose") or 0))  # the same log file as the parent's
    context: dict = {}
    warm_up(context)  # while the parent reads the flows
    gc.freeze()  # what the app keeps for good: each flow's collection skips it (~0.1 s less)
    folder = settings.get("folder")
    artifacts = Artifacts(Path(folder) if folder else None,
                          storyboard=bool(settings.get("storyboard")),
                          frame=settings.get("frame") or "phone")
    send({"scratch": str(context["stores"].dir)})
    try:
        for index, line in enumerate(sys.stdin):
            job = json.loads(line)
            number, path = job["number"], Path(job["path"])
            if index:
                # The last flow's window, freed when another flow comes rather than before
                # its result is sent (~25 ms of the whole story's): the last flow's never is,
                # the process ends instead.
                release()
            _mark("start", number)
            send({"start": number})
            _test_hooks(path)
            try:
                result = run_one(parse_flow(path), artifacts, number, settings.get("show"),
                                 context, release_after=False)
            except FlowError as exc:  # changed since the parent read it
                result = FlowResult(path.stem, path, passed=False, failure=str(exc),
                                    short=str(exc).splitlines()[0], error=True)
            artifacts.flush()
            _mark("end", number)
            send({"result": result_to_json(result)})
    finally:
        if context.get("stores") is not None:
            context["stores"].close()
    return 0


if __name__ == "__main__" and sys.argv[1:] == ["--worker"]:
    quit_now(worker_main())
