"""``python main.py test PATH... [--screenshots DIR] [--junit FILE] [--tags T] [--show]``.

Prints one line per flow, in command-line order, and closes with ``N passed, N failed``;
exit code 1 on any failure. Bad input (a flow that does not parse, a missing path) is a failed
flow with a message naming the file and line, never a traceback. ``--screenshots`` and
``--junit`` are checked before anything runs: one line and exit code 2 when they cannot be
written.

Folders are searched recursively for ``*.yaml`` / ``*.yml``. Files inside a folder named
``subflows`` are not flows of their own, nor is any file another flow pulls in with
``runFlow``: they run only where they are called.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

from gui.flows.model import Flow, FlowError, shown_path
from gui.flows.parser import header_name, parse_flow
from gui.flows.runner import Artifacts, FlowResult, FlowRunner, StoreMaker

SUBFLOW_DIR = "subflows"


def _found(folder: Path) -> list[Path]:
    out = []
    for f in sorted(folder.rglob("*")):
        rel = f.relative_to(folder).parts
        if (f.suffix in (".yaml", ".yml") and f.is_file()
                and SUBFLOW_DIR not in rel[:-1]
                and not any(p.startswith(".") for p in rel)):
            out.append(f.resolve())
    return out


def load_all(paths: list[str]) -> list[Flow | FlowResult]:
    """Every flow in command-line order: a ``Flow`` to run, or a failed result for one that
    cannot be read (named by its header's ``name`` when that much can be read)."""
    named: dict[Path, bool] = {}   # every file, in order; True when named on the command line
    order: list[Path | str] = []   # files and "no such file" problems, in command-line order
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            files, explicit = [path.resolve()], True
        elif path.is_dir():
            files, explicit = _found(path), False
        else:
            order.append(raw)
            continue
        for f in files:
            if f not in named:
                order.append(f)
            named[f] = named.get(f, False) or explicit
    parsed: dict[Path, Flow | FlowError] = {}
    for f in named:
        try:
            parsed[f] = parse_flow(f)
        except FlowError as exc:
            parsed[f] = exc
    included = set().union(*(p.included for p in parsed.values() if isinstance(p, Flow)))
    items: list[Flow | FlowResult] = []
    for entry in order:
        if isinstance(entry, str):
            problem = f"{entry}: no such file or folder"
            items.append(FlowResult(entry, Path(entry), passed=False, failure=problem,
                                    short=problem, error=True))
            continue
        if entry in included and not named[entry]:
            continue  # a sub-flow: it runs where runFlow calls it
        item = parsed[entry]
        if isinstance(item, Flow):
            items.append(item)
        else:
            name = header_name(entry) or entry.stem.replace("_", " ")
            items.append(FlowResult(name, entry, passed=False, failure=str(item),
                                    short=str(item).splitlines()[0], error=True))
    return items


def load(paths: list[str]) -> tuple[list[Flow], list[FlowResult]]:
    """Parse every flow; the ones that cannot be read become failed results."""
    items = load_all(paths)
    return ([i for i in items if isinstance(i, Flow)],
            [i for i in items if isinstance(i, FlowResult)])


def _file_in_the_way(path: Path) -> Path | None:
    """A file where ``path`` needs a folder (the path itself excluded), if any."""
    for parent in path.absolute().parents:
        if parent.exists():
            return None if parent.is_dir() else parent
    return None


def check_outputs(screenshots: str | None, junit: str | None) -> str | None:
    """A problem with ``--screenshots`` or ``--junit``, found before any flow runs, or None."""
    if screenshots:
        folder = Path(screenshots)
        if folder.exists() and not folder.is_dir():
            return (f"--screenshots {screenshots} is a file; give a folder for the pictures "
                    "(it is created when missing).")
        blocker = _file_in_the_way(folder)
        if blocker is not None:
            return (f"--screenshots {screenshots}: {shown_path(blocker)} is a file, not a "
                    "folder; give another folder for the pictures.")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            tempfile.TemporaryFile(dir=folder).close()
        except OSError as exc:
            return (f"--screenshots {screenshots}: cannot write pictures there "
                    f"({exc.strerror or exc}); give a folder you can write to.")
    if junit:
        target = Path(junit)
        if target.is_dir():
            return (f"--junit {junit} is a folder; give the report's file name, "
                    f"e.g. {shown_path(target / 'flows.xml')}.")
        blocker = _file_in_the_way(target)
        if blocker is not None:
            return (f"--junit {junit}: {shown_path(blocker)} is a file, not a folder; "
                    "give the report another place.")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            existed = target.exists()
            with open(target, "a", encoding="utf-8"):
                pass
            if not existed:
                target.unlink()
        except OSError as exc:
            return (f"--junit {junit}: cannot write the report there ({exc.strerror or exc}); "
                    "give a file in a folder you can write to.")
    return None


def _tags(text: str | None) -> set[str]:
    return {t.strip() for t in (text or "").split(",") if t.strip()}


def _line(r: FlowResult) -> str:
    word = "PASS" if r.passed else "FAIL"
    return f"{word}  {r.seconds:6.2f}s  {r.name}  ({shown_path(r.path)})"


def say(text: str = "", err: bool = False) -> None:
    """print(), flushed, that survives a reader going away (``main.py test ... | head``):
    the rest of the output goes nowhere, the run and its reports go on."""
    stream = sys.stderr if err else sys.stdout
    try:
        print(text, file=stream, flush=True)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)


def _quiet_qt() -> None:
    """The offscreen platform warns about window hints it cannot honour; nobody can act on it."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if "This plugin does not support" not in message:
            say(message, err=True)

    qInstallMessageHandler(handler)


def run_flows(items: list[Flow | FlowResult], artifacts: Artifacts, show: bool = False,
              echo=say) -> list[FlowResult]:
    """Run the flows in order; a flow that could not be read is reported in its place."""
    stores = None
    results = []
    try:
        for number, item in enumerate(items, 1):
            if isinstance(item, FlowResult):
                result = item
            else:
                if stores is None:
                    from gui.app import create_app

                    _quiet_qt()
                    create_app()
                    stores = StoreMaker()
                try:
                    result = FlowRunner(item, stores, artifacts, number, show).run()
                except Exception as exc:  # a bug of the runner itself: a failed flow, not a crash
                    message = f"the flow runner broke: {type(exc).__name__}: {exc}"
                    result = FlowResult(item.name, item.path, item.tags, passed=False,
                                        failure=message, short=message,
                                        details=traceback.format_exc())
            results.append(result)
            echo(_line(result))
            if not result.passed:
                echo(_indent(result.failure or ""))
    finally:
        if stores is not None:
            stores.close()
    return results


def _indent(text: str) -> str:
    return "\n".join("      " + line for line in text.splitlines())


def run_tests(args) -> int:
    if not getattr(args, "show", False):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    shots = getattr(args, "screenshots", None)
    junit = getattr(args, "junit", None)
    problem = check_outputs(shots, junit)
    if problem:
        say(f"error: {problem}", err=True)
        return 2
    started = time.perf_counter()
    items = load_all(args.paths)
    wanted = _tags(getattr(args, "tags", None))
    if wanted:  # a flow that cannot be read is always reported: its tags are unknown
        items = [i for i in items if isinstance(i, FlowResult) or wanted & set(i.tags)]
    artifacts = Artifacts(Path(shots) if shots else None, storyboard=bool(shots))
    artifacts.clean()
    results = run_flows(items, artifacts, getattr(args, "show", False))
    artifacts.flush()
    passed = sum(1 for r in results if r.passed)
    failed = len(results) - passed
    if not results:
        say("no flows to run" + (f" with tags {', '.join(sorted(wanted))}" if wanted else "")
            + f" in {', '.join(args.paths)}", err=True)
    report_failed = False
    try:
        if shots:
            from gui.flows.report import write_storyboard

            index = write_storyboard(results, Path(shots))
            say(f"storyboard: {shown_path(index)}")
        if junit:
            from gui.flows.report import write_junit

            write_junit(results, Path(junit))
            say(f"junit: {shown_path(junit)}")
    except OSError as exc:
        say(f"error: cannot write the report: {exc}", err=True)
        report_failed = True
    say(f"({time.perf_counter() - started:.1f}s in all)")
    say(f"{passed} passed, {failed} failed")
    return 1 if failed or report_failed or not results else 0
