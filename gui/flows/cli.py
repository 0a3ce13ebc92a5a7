"""``python main.py test PATH...``: Maestro's ``maestro test`` flags beside this runner's own.

Prints one line per flow, in command-line order, and closes with ``N passed, N failed``;
exit code 1 on any failure. A flow that cannot be read, a missing path, or a flow whose
process crashed is a failed flow with a message, never a traceback. Bad options (an unknown
flag, ``--shards 0``, a workspace config that cannot be used, an output that cannot be
written) are one line and exit code 2, before anything runs or is overwritten.

Which files run is gui/flows/workspace.py's business (Maestro's config.yaml, or every flow
under a folder without one). A file another flow pulls in with ``runFlow`` is not a flow of its
own unless named on the command line. The flows run in worker processes
(gui/flows/shards.py): ``--shards N`` at once, a share of them with ``--shard-split``.

This module imports no Qt at the top: main.py builds its parser from it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from contextlib import suppress
from pathlib import Path
from types import MethodType

from core.world import prepare_passwords
from gui.flows.model import Flow, FlowError, shown_path
from gui.flows.parser import header_name, parse_flow
from gui.flows.shards import quiet_qt as _quiet_qt  # noqa: F401 - the demo's import
from gui.flows.shards import run_one
from gui.flows.workspace import Plan, WorkspaceError, is_world_file, plan

FORMATS = ("junit", "html", "noop")
POLL_SECONDS = 0.5   # --continuous: how often the files' modification times are read


# ---------------------------------------------------------------- the command line


def add_test_parser(sub) -> argparse.ArgumentParser:
    """The ``test`` subcommand with its options (main.py calls this)."""
    t = sub.add_parser("test", help="run Maestro-style YAML flows headless",
                       description="Run flows; Maestro's `maestro test` options work too.")
    t.add_argument("paths", nargs="+", metavar="PATH",
                   help="flow files or folders (a folder with config.yaml is a workspace)")
    t.add_argument("--screenshots", "--test-output-dir", dest="screenshots", metavar="DIR",
                   action=_Once, help="write the storyboard there (a PNG per step, index.html)")
    t.add_argument("--junit", metavar="FILE", help="write a JUnit XML report")
    t.add_argument("--format", type=str.lower, metavar="junit|html|noop",
                   help="the report --output holds: JUnit XML, the HTML storyboard, or none")
    t.add_argument("--output", metavar="FILE",
                   help="the report's file (default report.xml / report.html)")
    t.add_argument("--tags", "--include-tags", dest="include_tags", metavar="T",
                   action="append", help="only flows with one of these tags (comma list)")
    t.add_argument("--exclude-tags", metavar="T", action="append",
                   help="leave out flows with one of these tags (comma list)")
    t.add_argument("--config", metavar="FILE",
                   help="the workspace config to use instead of the folder's config.yaml")
    t.add_argument("--debug-output", metavar="DIR",
                   help="write each flow's commands (JSON) and what it printed there")
    t.add_argument("--test-suite-name", metavar="NAME", default="flows",
                   help="the name of the JUnit test suite and of the storyboard")
    t.add_argument("--junit-testcase-file", action="store_true",
                   help="add file= to each JUnit testcase (GitLab reads it; the strict JUnit "
                        "schema does not allow it)")
    t.add_argument("-c", "--continuous", action="store_true",
                   help="keep watching the files; run a flow again when it changes")
    t.add_argument("--shards", type=_count("--shards"), metavar="N",
                   help=f"run N flows at once, each in a process (default: one per core, "
                        f"{cores()} here)")
    t.add_argument("--shard-split", type=_count("--shard-split"), metavar="N",
                   help="split the flows into N stable shares (a CI matrix: one per machine)")
    t.add_argument("--shard-index", type=int, metavar="I",
                   help="with --shard-split: run share I (1 to N)")
    t.add_argument("--show", action="store_true", help="show the window while the flows run")
    t.add_argument("--animations", action="store_true",
                   help="play the phone's animations (off by default: the settled screens are "
                        "the same); waitForAnimationToEnd waits for them. --record plays them")
    from gui.flows.model import env_pair  # -e and --flow-timeout: the flow language's (H4a)

    t.add_argument("-e", "--env", dest="env", action="append", type=env_pair, default=[],
                   metavar="NAME=VALUE", help="a variable for every flow, above their env:")
    t.add_argument("--flow-timeout", type=float, metavar="SECONDS",
                   help="fail a flow that runs longer (default 600; scripts: 5 s each)")
    t.add_argument("--seed", type=_seed, metavar="N",
                   help="the seed of inputRandom* (the report says each flow's; the same seed "
                        "types the same texts again); sets B24SIM_FLOW_SEED")
    t.add_argument("--record", metavar="DIR",
                   help="record each flow as a video there (NN-flow.mp4, at the demo's pace)")
    t.add_argument("--frame", choices=("phone", "window"), default="phone",
                   help="what --record films and the storyboard's pictures show: the phone "
                        "(with its captions), or the whole window")
    t.add_argument("--pdf", metavar="FILE", help="write a handout: a PDF storyboard of the flows")
    _one_line_errors(t)
    return t


def _seed(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"--seed {text}: give a whole number from 0")
    return int(text)


class _Once(argparse.Action):
    """--screenshots and --test-output-dir are one option: given twice, they must agree."""

    def __call__(self, parser, namespace, values, option_string=None):
        before = getattr(namespace, self.dest, None)
        if before is not None and before != values:
            parser.error(f"{option_string} {values} and the earlier {before} name two folders "
                         "for the pictures; give one")
        setattr(namespace, self.dest, values)


def _count(option: str):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if value < 1:
            raise argparse.ArgumentTypeError(f"{option} {text}: give a whole number from 1")
        return value
    return parse


def _one_line_errors(t: argparse.ArgumentParser) -> None:
    """argparse's errors as one line (not the usage block), and unknown options kept for
    ``run_tests`` to refuse in one line too (the top-level parser would print its usage)."""

    def error(self, message: str):
        sys.stderr.write(f"error: main.py test: {message}; see main.py test --help.\n")
        sys.exit(2)

    plain = t.parse_known_args

    def parse_known_args(self, args=None, namespace=None):
        namespace, extra = plain(args, namespace)
        namespace.unknown_options = extra
        return namespace, []

    t.error = MethodType(error, t)
    t.parse_known_args = MethodType(parse_known_args, t)


def cores() -> int:
    """The cores this process may run on (a container's share, not the machine's)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _tags(values: list[str] | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t.strip() for v in values or () for t in v.split(",")
                               if t.strip()))


# ---------------------------------------------------------------- checks before running


def _file_in_the_way(path: Path) -> Path | None:
    """A file where ``path`` needs a folder (the path itself excluded), if any."""
    for parent in path.absolute().parents:
        if parent.exists():
            return None if parent.is_dir() else parent
    return None


def check_folder(option: str, value: str, what: str) -> str | None:
    folder = Path(value)
    if folder.exists() and not folder.is_dir():
        return (f"{option} {value} is a file; give a folder for {what} "
                "(it is created when missing).")
    blocker = _file_in_the_way(folder)
    if blocker is not None:
        return (f"{option} {value}: {shown_path(blocker)} is a file, not a folder; give "
                f"another folder for {what}.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=folder).close()
    except OSError as exc:
        return (f"{option} {value}: cannot write {what} there ({exc.strerror or exc}); give a "
                "folder you can write to.")
    return None


def check_file(option: str, value: str, example: str) -> str | None:
    target = Path(value)
    if target.is_dir():
        return (f"{option} {value} is a folder; give the report's file name, "
                f"e.g. {shown_path(target / example)}.")
    blocker = _file_in_the_way(target)
    if blocker is not None:
        return (f"{option} {value}: {shown_path(blocker)} is a file, not a folder; "
                "give the report another place.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        existed = target.exists()
        with open(target, "a", encoding="utf-8"):
            pass
        if not existed:
            target.unlink()
    except OSError as exc:
        return (f"{option} {value}: cannot write the report there ({exc.strerror or exc}); "
                "give a file in a folder you can write to.")
    return None


def check_outputs(screenshots: str | None, junit: str | None) -> str | None:
    """A problem with ``--screenshots`` or ``--junit``, found before any flow runs, or None."""
    if screenshots:
        problem = check_folder("--screenshots", screenshots, "the pictures")
        if problem:
            return problem
    if junit:
        return check_file("--junit", junit, "flows.xml")
    return None


def check_media(record: str | None, pdf: str | None, folder: bool = False) -> str | None:
    """The first problem with ``--record`` (a ``.mp4`` or ``.gif`` file, or with ``folder``
    a folder for one video per flow; an encoder that runs) and ``--pdf``, or None."""
    problem = None
    if record and folder:
        problem = check_folder("--record", record, "the videos")
    elif record and Path(record).suffix.lower() not in (".mp4", ".gif"):
        return (f"--record {record}: give a file ending in .mp4 (H.264 video) or .gif "
                "(animated picture)")
    elif record:
        problem = check_file("--record", record, "demo.mp4")
        problem = problem and problem.replace("the report", "the video")
    if record and not problem:
        from gui.flows.recording import encoder  # Qt only when a video is asked for

        try:
            encoder()
        except RuntimeError as exc:
            problem = f"--record {record}: {exc}"
    if problem or not pdf:
        return problem
    if Path(pdf).suffix.lower() != ".pdf":
        return f"--pdf {pdf}: give a file ending in .pdf"
    problem = check_file("--pdf", pdf, "handout.pdf")
    return problem and problem.replace("the report", "the handout")


def check_args(args) -> str | None:
    """The first problem with the options, or None; also fills in the defaults they imply."""
    unknown = getattr(args, "unknown_options", None) or []
    if unknown:
        return (f"unknown option {unknown[0]}; main.py test --help lists the options "
                "(Maestro's --format, --output, --include-tags, --shards... are there).")
    if args.format is not None and args.format not in FORMATS:
        return f"--format {args.format}: give junit, html or noop."
    if args.output and args.format in (None, "noop"):
        return "--output names the report's file: give --format junit or --format html too."
    if args.format in ("junit", "html") and not args.output:
        args.output = "report.xml" if args.format == "junit" else "report.html"
    if args.shard_index is not None and args.shard_split is None:
        return "--shard-index needs --shard-split N (how many shares there are)."
    if args.shard_split is not None:
        if args.shard_index is None:
            return (f"--shard-split {args.shard_split} needs --shard-index I (which share "
                    f"this machine runs, 1 to {args.shard_split}).")
        if not 1 <= args.shard_index <= args.shard_split:
            return (f"--shard-index {args.shard_index} is outside the split: give 1 to "
                    f"{args.shard_split}.")
    if args.format == "html" and not args.screenshots:
        args.screenshots = str(Path(args.output).with_suffix("")) + "-files"
    if args.screenshots:
        problem = check_folder("--screenshots", args.screenshots, "the pictures")
        if problem:
            return problem
    if args.debug_output:
        problem = check_folder("--debug-output", args.debug_output, "the debug output")
        if problem:
            return problem
    for option, value, example in (("--junit", args.junit, "flows.xml"),
                                   ("--output", args.output, "report.xml")):
        if value:
            problem = check_file(option, value, example)
            if problem:
                return problem
    return None


# ---------------------------------------------------------------- reading the flows


def _failed(name: str, path: Path, problem: str):
    from gui.flows.runner import FlowResult

    return FlowResult(name, path, passed=False, failure=problem,
                      short=problem.splitlines()[0], error=True)


def _entries(planned: Plan) -> list:
    return planned.sequence + [f for f in planned.files if f not in planned.sequence]


def parse_plan(planned: Plan, count: int | None = None,
               known: dict[Path, Flow | FlowError] | None = None) -> dict[Path, Flow | FlowError]:
    """The plan's files parsed, in its order, as a ``Flow`` or the ``FlowError`` that says
    why not: the first ``count`` of them (all: None), those in ``known`` taken from there.
    ``run_once`` parses the first ones before its workers start (for their worlds, see
    ``start_workers``), and ``load_plan`` the rest."""
    parsed = dict(known or {})
    for f in _entries(planned):
        if count is not None and len(parsed) >= count:
            break
        if isinstance(f, Path) and f not in parsed:
            try:
                parsed[f] = parse_flow(f)
            except FlowError as exc:
                parsed[f] = exc
    return parsed


def load_plan(planned: Plan, parsed: dict[Path, Flow | FlowError] | None = None) -> list:
    """Every entry of the plan, in its order: a ``Flow`` to run, or a failed result for one
    that cannot be read (named by its header's ``name`` when that much can be read).
    ``parsed``: files already read (``parse_plan``)."""
    parsed = parse_plan(planned, known=parsed)
    entries = _entries(planned)
    included = set().union(*(p.included for p in parsed.values() if isinstance(p, Flow)))
    items: list = []
    for entry in entries:
        if isinstance(entry, str):
            items.append(_failed(entry, Path(entry), f"{entry}: no such file or folder"))
            continue
        if entry in included and entry not in planned.explicit:
            continue  # a sub-flow: it runs where runFlow calls it
        item = parsed[entry]
        if isinstance(item, Flow):
            items.append(item)
        elif entry in planned.explicit and is_world_file(entry):
            items.append(_failed(entry.stem, entry, (
                f"{shown_path(entry)}: this is a world file, not a flow; name it in a flow's "
                f"header (world_file: {entry.name}).")))
        else:
            name = header_name(entry) or entry.stem.replace("_", " ")
            items.append(_failed(name, entry, str(item)))
    return items


def load_all(paths: list[str]) -> list:
    """Every flow named by ``paths`` in command-line order (see ``load_plan``)."""
    return load_plan(plan(paths))


def load(paths: list[str]) -> tuple[list[Flow], list]:
    """Parse every flow; the ones that cannot be read become failed results."""
    items = load_all(paths)
    return ([i for i in items if isinstance(i, Flow)],
            [i for i in items if not isinstance(i, Flow)])


# ---------------------------------------------------------------- running


def _line(r) -> str:
    if getattr(r, "skipped", None):
        return f"SKIP  {0:6.2f}s  {r.name}  ({shown_path(r.path)})"
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


def run_flows(items: list, artifacts, show: bool = False, echo=say) -> list:
    """Run the flows in order in this process (the demo and tests; ``main.py test`` uses
    worker processes); a flow that could not be read is reported in its place."""
    context: dict = {}
    results = []
    try:
        for number, item in enumerate(items, 1):
            result = run_one(item, artifacts, number, show, context)
            results.append(result)
            echo(_line(result))
            if not result.passed:
                echo(_indent(result.failure or ""))
    finally:
        if context.get("stores") is not None:
            context["stores"].close()
    return results


def _indent(text: str) -> str:
    return "\n".join("      " + line for line in text.splitlines())


def share(items: list, split: int | None, index: int | None) -> list[tuple[int, object]]:
    """(number, item) for the items this machine runs: all of them, or with ``--shard-split
    N --shard-index I`` every N-th from the I-th, by the place in the plan (the same files
    give the same shares on every machine). An executionOrder sequence stays in share 1."""
    numbered = list(enumerate(items, 1))
    if not split:
        return numbered
    return [(n, item) for n, item in numbered if (n - 1) % split == index - 1]


def execute(planned: Plan, items: list, args, workers: list, echo=say) -> list:
    """Run ``items`` in worker processes; print each flow's line in plan order as soon as
    the flows before it are done; the results in that order."""
    from gui.flows.report import Skipped
    from gui.flows.shards import Job, run_units

    mine = share(items, args.shard_split, args.shard_index)
    sequence = {f for f in planned.sequence}
    ordered = [n for n, _ in mine]
    results: dict[int, object] = {}
    printed_upto = [0]
    byno = dict(mine)

    def done(number: int, result, printed: str) -> None:
        if result is None:
            item = byno[number]
            result = Skipped(item.name, item.path, item.tags, skipped=(
                "not run: a flow before it in executionOrder failed and continueOnFailure "
                "is false"))
        result.printed = printed
        results[number] = result
        while printed_upto[0] < len(ordered) and ordered[printed_upto[0]] in results:
            r = results[ordered[printed_upto[0]]]
            printed_upto[0] += 1
            echo(_line(r))
            if not r.passed and not getattr(r, "skipped", None):
                echo(_indent(r.failure or ""))
            if r.printed.strip():
                say(r.printed.rstrip(), err=True)

    units, stops, seq_unit = [], set(), []
    for number, item in mine:
        if not isinstance(item, Flow):
            done(number, item, "")
        elif item.path in sequence:
            seq_unit.append(Job(number, item))
        else:
            units.append([Job(number, item)])
    if seq_unit:
        units.insert(0, seq_unit)
        if not planned.continue_on_failure:
            stops.add(0)
    run_units(units, workers[:max(1, len(units))], done, stops)
    for extra in workers[len(units):]:
        extra.close()
    return [results[n] for n in ordered]


def _write_reports(results: list, args) -> bool:
    """Every report asked for; False when one could not be written."""
    from gui.flows.report import write_debug, write_junit, write_storyboard

    try:
        if args.screenshots:
            index = write_storyboard(results, Path(args.screenshots), args.test_suite_name,
                                     index=Path(args.output) if args.format == "html"
                                     else None)
            say(f"storyboard: {shown_path(index)}")
        for target in ([args.junit] if args.junit else []) + (
                [args.output] if args.format == "junit" else []):
            write_junit(results, Path(target), args.test_suite_name,
                        testcase_file=args.junit_testcase_file)
            say(f"junit: {shown_path(target)}")
        if args.debug_output:
            write_debug(results, Path(args.debug_output))
            say(f"debug output: {shown_path(args.debug_output)}")
    except OSError as exc:
        say(f"error: cannot write the report: {exc}", err=True)
        return False
    return True


def run_once(args, planned: Plan | None = None) -> int:
    started = time.perf_counter()
    from gui.flows.shards import can_fork, start_workers

    planned = planned or plan(args.paths, _tags(args.include_tags), _tags(args.exclude_tags),
                              args.config)
    candidates = len([f for f in planned.files if isinstance(f, Path)])
    processes = min(args.shards or cores(), candidates)
    first = parse_plan(planned, processes) if candidates and can_fork() else {}
    for flow in first.values():
        if isinstance(flow, Flow):
            prepare_passwords(flow.world)   # in threads, beside the imports below
    from gui.flows.runner import MANIFEST, Artifacts

    if args.screenshots:
        Artifacts(Path(args.screenshots), storyboard=True).clean()
    settings = {"folder": args.screenshots, "storyboard": bool(args.screenshots),
                "show": bool(args.show), "frame": getattr(args, "frame", "phone")}
    os.environ.pop("B24SIM_FLOW_RECORD", None)   # --record and --pdf, for the workers
    os.environ.pop("B24SIM_FLOW_HANDOUT", None)
    if getattr(args, "record", None):
        from gui.flows.recording import set_test_recording

        set_test_recording(args.record, getattr(args, "frame", "phone"))
    if getattr(args, "pdf", None):
        from gui.flows.handout import set_test_handout

        set_test_handout(args.pdf)
    workers = start_workers(settings, processes) if candidates else []
    items = load_plan(planned, first)   # the workers start up meanwhile
    results = execute(planned, items, args, workers)
    if getattr(args, "pdf", None):
        from gui.flows.handout import write_test_pdf

        write_test_pdf(results, [n for n, _ in share(items, args.shard_split,
                                                     args.shard_index)], args.pdf)
    if args.screenshots:
        _write_manifest(Path(args.screenshots), results, MANIFEST)
    passed = sum(1 for r in results if r.passed and not getattr(r, "skipped", None))
    skipped = sum(1 for r in results if getattr(r, "skipped", None))
    failed = len(results) - passed - skipped
    if not results:
        wanted = planned.include_tags
        say("no flows to run" + (f" with tags {', '.join(wanted)}" if wanted else "")
            + f" in {', '.join(args.paths)}", err=True)
    report_ok = _write_reports(results, args)
    say(f"({time.perf_counter() - started:.1f}s in all)")
    say(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
    return 1 if failed or not report_ok or not results else 0


def _write_manifest(folder: Path, results: list, name: str) -> None:
    """The pictures and emails this run wrote (the next run's cleanup removes exactly those)."""
    pictures = []
    for r in results:
        pictures += [p for s in r.steps for p in (s.picture, s.shot) if p]
        if r.screenshot:
            pictures.append(r.screenshot)
        pictures += getattr(r, "emails", [])
    rel = dict.fromkeys(Path(os.path.relpath(p, folder)).as_posix() for p in pictures
                        if Path(p).resolve().is_relative_to(folder.resolve()))
    if rel:
        (folder / name).write_text("".join(f"{r}\n" for r in rel), encoding="utf-8")


def run_tests(args) -> int:
    for name, default in (("format", None), ("output", None), ("include_tags", None),
                          ("exclude_tags", None), ("config", None), ("debug_output", None),
                          ("test_suite_name", "flows"), ("junit_testcase_file", False),
                          ("continuous", False), ("shards", None), ("shard_split", None),
                          ("shard_index", None), ("screenshots", None), ("junit", None),
                          ("show", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    if isinstance(args.include_tags, str):
        args.include_tags = [args.include_tags]
    if not args.show:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # The phone's motion (gui/phone/motion.py reads it; worker processes inherit it).
    animate = getattr(args, "animations", False) or bool(getattr(args, "record", None))
    os.environ["B24SIM_ANIMATIONS"] = "1" if animate else "0"
    if "gui.phone.motion" in sys.modules:  # read already: workers forked from here copy it
        sys.modules["gui.phone.motion"].set_enabled(animate)
    if getattr(args, "seed", None) is not None:  # worker processes inherit it
        os.environ["B24SIM_FLOW_SEED"] = str(args.seed)
    from gui.flows.options import set_run_options  # -e, --flow-timeout (workers inherit them)

    timeout = getattr(args, "flow_timeout", None)
    if timeout is not None and not 0 < timeout <= 86_400:
        say(f"error: --flow-timeout {timeout:g}: give seconds from 0 to 86400", err=True)
        return 2
    set_run_options(dict(getattr(args, "env", None) or []), timeout)
    problem = check_args(args)
    if problem is None and (getattr(args, "record", None) or getattr(args, "pdf", None)):
        problem = check_media(getattr(args, "record", None), getattr(args, "pdf", None),
                              folder=True)
    if problem is None:
        try:
            planned = plan(args.paths, _tags(args.include_tags), _tags(args.exclude_tags),
                           args.config)
        except WorkspaceError as exc:
            problem = str(exc)
    if problem:
        say(f"error: {problem}", err=True)
        return 2
    try:
        code = run_once(args, planned)
        if args.continuous:
            return watch(args, code)
    except KeyboardInterrupt:
        say("interrupted: no report written", err=True)
        return 130
    return code


# ---------------------------------------------------------------- --continuous


def _mtimes(paths: list[str]) -> dict[Path, float]:
    out: dict[Path, float] = {}
    for raw in paths:
        path = Path(raw)
        files = [path] if path.is_file() else (
            [f for f in path.rglob("*") if f.suffix in (".yaml", ".yml")]
            if path.is_dir() else [])
        for f in files:
            with suppress(OSError):
                out[f.resolve()] = f.stat().st_mtime_ns
    return out


def watch(args, code: int) -> int:
    """``--continuous``: read the files' modification times every POLL_SECONDS (no extra
    dependency; a few hundred files cost nothing); when one changes, run again the flows it
    is or that pull it in (every flow when it is neither, e.g. a world or the config)."""
    seen = _mtimes(args.paths)
    say(f"watching {len(seen)} file{'' if len(seen) == 1 else 's'} for changes (Ctrl+C to stop)")
    try:
        while True:
            time.sleep(POLL_SECONDS)
            now = _mtimes(args.paths)
            changed = {f for f, t in now.items() if seen.get(f) != t}
            seen = now
            if not changed:
                continue
            try:
                planned = plan(args.paths, _tags(args.include_tags), _tags(args.exclude_tags),
                               args.config)
            except WorkspaceError as exc:
                say(f"error: {exc}", err=True)
                continue
            chosen = _affected(planned, changed)
            say(f"changed: {', '.join(sorted(shown_path(f) for f in changed))}")
            code = run_once(args, chosen)
    except KeyboardInterrupt:
        return code


def _affected(planned: Plan, changed: set[Path]) -> Plan:
    """The plan cut to the flows a change touches: the flow itself, or a flow that pulls the
    changed file in; the whole plan when a changed file is neither (a world, the config)."""
    flows = [f for f in planned.files if isinstance(f, Path)]
    pulls: dict[Path, set[Path]] = {}
    for f in flows:
        try:
            pulls[f] = parse_flow(f).included
        except FlowError:
            pulls[f] = set()
    known = set(flows).union(*pulls.values())
    if changed - known:
        return planned
    keep = {f for f in flows if f in changed or pulls[f] & changed}
    planned.files = [f for f in planned.files if f in keep]
    planned.sequence = [f for f in planned.sequence if f in keep]
    return planned
