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
"""

from __future__ import annotations

import gc
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from gui.flows.model import Command, Flow

MARK = "\x1eb24-flow"          # a worker's stderr marker line: MARK start|end N
# Qt's offscreen platform warns about window hints it cannot honour; nobody can act on it.
NOISE = ("This plugin does not support",)
CRASH_ENV = "B24SIM_TEST_CRASH_FLOW"  # tests only: a worker aborts when it starts a flow
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
        "steps": [{
            "depth": s.depth, "status": s.status, "seconds": s.seconds, "message": s.message,
            "picture": str(s.picture) if s.picture else None,
            "shot": str(s.shot) if s.shot else None, "title": s.title,
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
                                title=s.get("title") or ""))
    return FlowResult(data["name"], Path(data["path"]), tuple(data["tags"]), data["passed"],
                      data["seconds"], steps, data["failure"], data["short"],
                      _path(data["screenshot"]), data["details"], data["error"])


# ---------------------------------------------------------------- the parent's side


def _signal_name(code: int) -> str:
    if code < 0:
        try:
            return f"signal {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"exit code {code}"


class Worker:
    """One worker process, started when first needed and again after it died."""

    def __init__(self, settings: dict) -> None:
        self.settings = settings
        self.proc: subprocess.Popen | None = None
        self._lock = threading.Condition()
        self._output: dict[int, list[str]] = {}
        self._ended: set[int] = set()
        self._reader: threading.Thread | None = None
        self.loose: list[str] = []   # output outside any flow (start-up warnings)
        self.scratch: str | None = None  # the worker's temporary databases' folder

    def start(self) -> None:
        env = dict(os.environ)
        if not self.settings.get("show"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "") \
            if env.get("PYTHONPATH") else root
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "gui.flows.shards", "--worker"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
            encoding="utf-8", errors="replace", bufsize=1)
        self._output, self._ended = {}, set()
        self._reader = threading.Thread(target=self._read_stderr, args=(self.proc,),
                                        daemon=True)
        self._reader.start()
        self.proc.stdin.write(json.dumps(self.settings) + "\n")
        self.proc.stdin.flush()

    def _read_stderr(self, proc: subprocess.Popen) -> None:
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
        """The flow's result; a crashed worker's flow fails with what it printed."""
        if self.proc is None or self.proc.poll() is not None:
            self.start()
        began = time.perf_counter()
        try:
            self.proc.stdin.write(json.dumps({"number": job.number,
                                              "path": str(job.flow.path)}) + "\n")
            self.proc.stdin.flush()
            for line in self.proc.stdout:
                message = json.loads(line)
                if "scratch" in message:
                    self.scratch = message["scratch"]
                if "result" in message:
                    result = result_from_json(message["result"])
                    return result, self.printed(job.number)
        except (OSError, ValueError):
            pass  # a pipe closed under us, or a line cut short: the worker died
        return self._crashed(job, time.perf_counter() - began)

    def _crashed(self, job: Job, seconds: float):
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


Unit = list[Job]   # flows that run one after the other in one worker (an executionOrder)
OnDone = Callable[[int, object, str], None]   # (number, FlowResult, what it printed)


def start_workers(settings: dict, processes: int) -> list[Worker]:
    """Workers started now: they import and build the app while the parent reads the flows."""
    workers = [Worker(settings) for _ in range(max(1, processes))]
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


def run_one(item, artifacts, number: int, show: bool, context: dict):
    """One flow in this process; ``context`` keeps the app and the database template between
    flows (made at the first flow). A bug of the runner itself is a failed flow."""
    from gui.flows.runner import FlowResult, FlowRunner

    if not isinstance(item, Flow):
        return item
    if context.get("stores") is None:
        warm_up(context)
    try:
        from gui.flows.handout import flow_handout
        from gui.flows.recording import flow_hooks

        hooks = flow_hooks(number, item.path, flow_handout(number, None))  # --record, --pdf
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
    from core import logs

    logs.setup(int(settings.get("verbose") or 0))  # the same log file as the parent's
    context: dict = {}
    warm_up(context)  # while the parent reads the flows
    folder = settings.get("folder")
    artifacts = Artifacts(Path(folder) if folder else None,
                          storyboard=bool(settings.get("storyboard")),
                          frame=settings.get("frame") or "phone")
    crash_on = os.environ.get(CRASH_ENV)
    send({"scratch": str(context["stores"].dir)})
    try:
        for line in sys.stdin:
            job = json.loads(line)
            number, path = job["number"], Path(job["path"])
            _mark("start", number)
            send({"start": number})
            if crash_on and path.name == crash_on:
                print(f"ASSERT: \"{crash_on}\" in a test hook (the worker aborts)", flush=True)
                os.abort()
            try:
                result = run_one(parse_flow(path), artifacts, number, settings.get("show"),
                                 context)
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
    sys.exit(worker_main())
