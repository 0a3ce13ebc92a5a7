"""``python main.py test PATH... [--screenshots DIR] [--junit FILE] [--tags T] [--show]``.

Prints one line per flow and closes with ``N passed, N failed``; exit code 1 on any failure.
Bad input (a flow that does not parse, a missing path) is a failed flow with a message naming
the file and line, never a traceback.

Folders are searched recursively for ``*.yaml`` / ``*.yml``. Files inside a folder named
``subflows`` are not flows of their own, nor is any file another flow pulls in with
``runFlow``: they run only where they are called.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path

from gui.flows.model import Flow, FlowError, shown_path
from gui.flows.parser import parse_flow
from gui.flows.runner import Artifacts, FlowResult, FlowRunner, StoreMaker

SUBFLOW_DIR = "subflows"


def collect(paths: list[str]) -> tuple[list[Path], list[Path], list[str]]:
    """(files named on the command line, files found in folders, problems)."""
    named: list[Path] = []
    found: list[Path] = []
    problems: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            named.append(path.resolve())
        elif path.is_dir():
            for f in sorted(path.rglob("*")):
                rel = f.relative_to(path).parts
                if (f.suffix in (".yaml", ".yml") and f.is_file()
                        and SUBFLOW_DIR not in rel[:-1]
                        and not any(p.startswith(".") for p in rel)):
                    found.append(f.resolve())
        else:
            problems.append(f"{raw}: no such file or folder")
    return named, found, problems


def load(paths: list[str]) -> tuple[list[Flow], list[FlowResult]]:
    """Parse every flow; the ones that cannot be read become failed results."""
    named, found, problems = collect(paths)
    parsed: dict[Path, Flow | FlowError] = {}
    for f in dict.fromkeys([*named, *found]):
        try:
            parsed[f] = parse_flow(f)
        except FlowError as exc:
            parsed[f] = exc
    included = set().union(*(p.included for p in parsed.values() if isinstance(p, Flow)))
    flows: list[Flow] = []
    broken: list[FlowResult] = []
    for f, item in parsed.items():
        if f in included and f not in named:
            continue  # a sub-flow: it runs where runFlow calls it
        if isinstance(item, Flow):
            flows.append(item)
        else:
            broken.append(FlowResult(item.file.stem.replace("_", " "), f, passed=False,
                                     failure=str(item), short=str(item).splitlines()[0],
                                     error=True))
    for problem in problems:
        broken.append(FlowResult(problem.split(":")[0], Path(problem.split(":")[0]),
                                 passed=False, failure=problem, short=problem, error=True))
    return flows, broken


def _tags(text: str | None) -> set[str]:
    return {t.strip() for t in (text or "").split(",") if t.strip()}


def _line(r: FlowResult) -> str:
    word = "PASS" if r.passed else "FAIL"
    return f"{word}  {r.seconds:6.2f}s  {r.name}  ({shown_path(r.path)})"


def _quiet_qt() -> None:
    """The offscreen platform warns about window hints it cannot honour; nobody can act on it."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if "This plugin does not support" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def run_flows(flows: list[Flow], artifacts: Artifacts, show: bool = False,
              echo=print) -> list[FlowResult]:
    from gui.app import create_app

    _quiet_qt()
    create_app()
    stores = StoreMaker()
    results = []
    try:
        for number, flow in enumerate(flows, 1):
            try:
                result = FlowRunner(flow, stores, artifacts, number, show).run()
            except Exception as exc:  # a bug of the runner itself: a failed flow, not a crash
                message = f"the flow runner broke: {type(exc).__name__}: {exc}"
                result = FlowResult(flow.name, flow.path, flow.tags, passed=False,
                                    failure=message, short=message,
                                    details=traceback.format_exc())
            results.append(result)
            echo(_line(result))
            if not result.passed:
                echo(_indent(result.failure or ""))
    finally:
        stores.close()
    return results


def _indent(text: str) -> str:
    return "\n".join("      " + line for line in text.splitlines())


def run_tests(args) -> int:
    if not getattr(args, "show", False):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    flows, broken = load(args.paths)
    wanted = _tags(getattr(args, "tags", None))
    if wanted:
        flows = [f for f in flows if wanted & set(f.tags)]
    for r in broken:
        print(_line(r))
        print(_indent(r.failure or ""))
    shots = getattr(args, "screenshots", None)
    artifacts = Artifacts(Path(shots) if shots else None, storyboard=bool(shots))
    results = broken + (run_flows(flows, artifacts, getattr(args, "show", False))
                        if flows else [])
    artifacts.flush()
    passed = sum(1 for r in results if r.passed)
    failed = len(results) - passed
    if not results:
        print("no flows to run" + (f" with tags {', '.join(sorted(wanted))}" if wanted else "")
              + f" in {', '.join(args.paths)}", file=sys.stderr)
    report_failed = False
    try:
        if shots:
            from gui.flows.report import write_storyboard

            index = write_storyboard(results, Path(shots))
            print(f"storyboard: {shown_path(index)}")
        if getattr(args, "junit", None):
            from gui.flows.report import write_junit

            write_junit(results, Path(args.junit))
            print(f"junit: {shown_path(args.junit)}")
    except OSError as exc:
        print(f"error: cannot write the report: {exc}", file=sys.stderr)
        report_failed = True
    print(f"({time.perf_counter() - started:.1f}s in all)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or report_failed or not results else 0
