"""The command line of b24-delete-account (``python main.py`` in a checkout, the
``b24-delete-account`` command once installed, ``python -m b24_delete_account``).

No command opens the GUI; test | demo | process | reset | restore | seed | warm. This module reads
the arguments, calls core (which returns results and raises errors) and turns them into
lines and exit codes: every message and exit code of the commands is here.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import time
from pathlib import Path

from core.errors import DomainError, StoreError


def _prog() -> str:
    """How the user called us, for usage lines: main.py in a checkout, else the command."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return "main.py" if name == "main.py" else "b24-delete-account"


def _verbose_arg(p: argparse.ArgumentParser, top: bool = False) -> None:
    # Before or after the command (`-v process`, `process -v`); SUPPRESS keeps the top one.
    p.add_argument("-v", "--verbose", action="count", default=0 if top else argparse.SUPPRESS,
                   help="say more: -v each request process completes and INFO log lines on "
                        "the terminal, -vv DEBUG too (the log file: see README)")


def _store_args(p: argparse.ArgumentParser, top: bool = False) -> None:
    # On subcommands the default is SUPPRESS, so `main.py --db X process` keeps X.
    default = None if top else argparse.SUPPRESS
    p.add_argument("--data-dir", default=default,
                   help="folder for the SQLite file, created when missing (default: the user "
                        "data folder)")
    p.add_argument("--db", default=default,
                   help="any SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db or "
                        "sqlite:///path/world.db (its folder must exist)")


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0.5 <= value <= 2.0:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a scale from 0.5 to 2; e.g. --scale 0.8 for a smaller screen")
    return value


# The commands that make the app's window: --lang chooses its language (the GUI and the
# demo otherwise speak the system locale's; flow runs, made to check English words, English).
LANG_COMMANDS = ("gui", "demo", "test", "record", "hierarchy")


def _language(text: str) -> str:
    from core.i18n import LanguageError, parse_language

    try:
        return parse_language(text, "--lang")
    except LanguageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _lang_arg(p: argparse.ArgumentParser, top: bool = False) -> None:
    p.add_argument("--lang", metavar="LANG", type=_language,
                   default=None if top else argparse.SUPPRESS,
                   help="the app's language: en, de, es, pt-BR, ru, or pseudo (every "
                        "translated text accented and bracketed); it beats the world's "
                        "languages (default: the system's for the GUI and the demo, English "
                        "for flow runs)")


def _add_flow_commands(sub) -> None:
    """The commands whose options live beside their code in gui/flows/ (no Qt at import, but
    the flow modules load SQLAlchemy and core, which the GUI must not wait for)."""
    from gui.flows.cli import add_test_parser  # test's options: gui/flows/cli.py (no Qt)
    from gui.flows.hierarchy import add_hierarchy_parser
    from gui.flows.record_cli import add_record_parser

    add_test_parser(sub)
    add_hierarchy_parser(sub)
    add_record_parser(sub)
    from gui.flows.check import add_check_parser  # check's options (no Qt)

    add_check_parser(sub)
    from gui.flows.schema import add_schema_parser  # the JSON Schemas for editors (no Qt)

    add_schema_parser(sub)


class _Retry(Exception):
    """The light parser could not read the command line: the full one will say why."""


class _LightParser(argparse.ArgumentParser):
    def error(self, message: str):
        raise _Retry(message)


def parse_command_line(argv: list[str] | None = None) -> argparse.Namespace:
    """The arguments; the flow commands' modules are imported only when the command line
    names one of them or asks for help, so a GUI launch paints before SQLAlchemy loads.
    Anything the light parser cannot read is read again by the full one (same messages)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if "check" in argv and not set(argv) & {"-h", "--help"}:
        try:  # check reads flows only: none of the other commands' modules (Qt, SQLAlchemy)
            return build_parser(flow_commands="check", parser_class=_LightParser).parse_args(argv)
        except _Retry:
            pass
    if not set(argv) & (FLOW_COMMANDS | {"-h", "--help"}):
        try:
            return build_parser(flow_commands=False, parser_class=_LightParser).parse_args(argv)
        except _Retry:
            pass
    return build_parser().parse_args(argv)


# Added by _add_flow_commands (a test checks the list against it).
FLOW_COMMANDS = frozenset({"test", "hierarchy", "record", "check", "schema"})


def _add_warm_parser(sub) -> None:
    # Here, not in gui/flows/warm.py: a GUI start builds this parser and must not import it.
    warm_help = ("the warm runner that starts `test` runs from a copy of a loaded process "
                 "(the first run starts it; B24SIM_WARM=0 turns it off)")
    w = sub.add_parser("warm", help=warm_help, description=warm_help)
    w.add_argument("action", nargs="?", choices=("status", "start", "stop"), default="status",
                   help="status (default): this checkout's runner; start: start it now and "
                        "wait until it serves; stop: end it once its runs have ended")
    w.add_argument("--all", action="store_true",
                   help="status or stop every checkout's runner, not only this one's")


def build_parser(flow_commands: bool | str = True,
                 parser_class: type[argparse.ArgumentParser] = argparse.ArgumentParser,
                 ) -> argparse.ArgumentParser:
    parser = parser_class(
        prog=_prog(),
        description="Bitrix24 mobile 'Delete account' prototype with a simulated backend.",
    )
    _store_args(parser, top=True)
    _verbose_arg(parser, top=True)
    _lang_arg(parser, top=True)
    parser.add_argument("--world", metavar="FILE",
                        help="replace the store's world with this world YAML, then open the "
                             "GUI (like reset --world: the old database kept as a backup)")
    parser.add_argument("--scale", metavar="F", type=_scale,
                        help="draw the window at F times its size, e.g. 0.8 to fit a smaller "
                             "screen (0.5 to 2; the GUI and the demo)")
    parser.add_argument("--second-phone", metavar="PERSON", nargs="?", const="",
                        help="the GUI with a second phone beside the first: PERSON's (a key "
                             "or name), by default another administrator of the first "
                             "phone's Bitrix24")
    parser.add_argument("--exit-after-first-paint", action="store_true",
                        help="quit as soon as the main window has been painted (benchmarks)")
    parser.add_argument("--exit-when-ready", action="store_true",
                        help="quit once the main window shows the store's data (benchmarks)")
    sub = parser.add_subparsers(dest="command")

    if flow_commands == "check":
        from gui.flows.check import add_check_parser

        add_check_parser(sub)
    elif flow_commands:
        _add_flow_commands(sub)

    d = sub.add_parser("demo", help="guided autoplay of the bundled demo flow")
    d.add_argument("--speed", type=float, default=1.0, help="playback speed (2 = twice as fast)")
    d.add_argument("--flow", help="play this flow instead of the bundled demo")
    d.add_argument("--record", metavar="FILE", help="record the demo: FILE.mp4 (H.264) or .gif")
    d.add_argument("--frame", choices=("phone", "window"), default="phone",
                   help="what --record films: the phone with its captions (default) or the window")
    d.add_argument("--pdf", metavar="FILE", help="write the demo's handout (a PDF storyboard)")

    p = sub.add_parser("process", help="headless processing of due requests (a worker)")
    _store_args(p)
    p.add_argument("--advance", metavar="DURATION", help="move the clock first, e.g. 30d or 12h")
    p.add_argument("--until", metavar="WHEN",
                   help="move the clock forward to this UTC time first, e.g. 2026-04-01T09:00Z "
                        "(safe to repeat: a clock already there stays)")
    p.add_argument("--send", action="store_true", help="also deliver pending emails")

    reset_help = "back to the demo world (the old database kept as a backup)"
    r = sub.add_parser("reset", help=reset_help, description=reset_help)
    _store_args(r)
    # Its own dest: `main.py --world F reset` (top-level --world) must not be overwritten by
    # this option's default.
    r.add_argument("--world", dest="reset_world", metavar="FILE",
                   help="reset to this world YAML instead of the demo world")

    rs = sub.add_parser("restore", help="bring back a backup made by reset")
    _store_args(rs)
    rs.add_argument("file", help="the backup file")

    _add_warm_parser(sub)
    seed_help = ("replace the world by a large synthetic one (benchmarks, QA; the old database "
                 "kept as a backup)")
    s = sub.add_parser("seed", help=seed_help, description=seed_help)
    _store_args(s)
    s.add_argument("--requests", type=int, default=10000, help="how many deletion requests")
    s.add_argument("--due", action="store_true", help="make every request already due")
    s.add_argument("--shape", choices=("uniform", "mixed"), default="uniform",
                   help="uniform: one profile per person, two administrators per Bitrix24 (the "
                        "benchmarks); mixed: sole administrators whose Bitrix24 goes with them, "
                        "people with two profiles, shuffled due order (the reliability tests)")
    for name, command_parser in sub.choices.items():
        _verbose_arg(command_parser)
        if name in LANG_COMMANDS:
            _lang_arg(command_parser)
    return parser


# Why a top-level option does nothing with a command (it is refused rather than ignored).
_NO_WORLD = {
    "test": "each flow names its own world in its header (world: or world_file:)",
    "demo": "the demo flow names its own world",
    "process": f"load the world first with '{_prog()} reset --world FILE'",
    "seed": "seed makes its own synthetic world",
    "restore": "restore brings back the world of the backup",
}
_NO_STORE = {
    "test": "each flow runs in a database of its own",
    "demo": "the demo runs in a database of its own",
}


def _refused(args, command: str) -> str | None:
    """The message for an option that would be silently ignored with ``command``."""
    if command == "reset":
        if args.world and args.reset_world and args.world != args.reset_world:
            return ("--world is given twice, before and after 'reset', with different files; "
                    "give it once.")
        args.world = args.reset_world or args.world
    elif getattr(args, "world", None) and command in _NO_WORLD:
        return f"--world does nothing with '{command}': {_NO_WORLD[command]}."
    if getattr(args, "second_phone", None) is not None and command != "gui":
        return (f"--second-phone does nothing with '{command}': it shows a second phone in "
                "the GUI (a flow puts one there with onDevice).")
    if command in _NO_STORE:
        for option in ("db", "data_dir"):
            if getattr(args, option, None) is not None:
                name = "--" + option.replace("_", "-")
                return f"{name} does nothing with '{command}': {_NO_STORE[command]}."
    return None


def _choose_language(command: str, lang: str | None) -> None:
    """The process's language: --lang, else the system locale's (the GUI, the demo) or
    English (flow runs: the bundled flows check English words). A flow run's phones speak
    --lang whatever their world says (gui.flows.runner reads it, as its workers do)."""
    from core import i18n

    if command in ("gui", "demo"):
        i18n.set_default(lang or i18n.system_language())
    else:
        i18n.set_default(lang or i18n.SOURCE)
    if lang and command in ("demo", "test", "hierarchy"):
        os.environ[FLOW_LANGUAGE_ENV] = lang


FLOW_LANGUAGE_ENV = "B24SIM_FLOW_LANGUAGE"  # gui.flows.runner.LANGUAGE_ENV


def fail(message: str, code: int = 2) -> int:
    """Say ``message`` on stderr in one line; the exit code."""
    print(f"error: {message}", file=sys.stderr)
    return code


def say_backup(url: str, saved: Path | None, before: str) -> None:
    """Tell where the old database went: every command that replaces the world says it."""
    from core.store_ops import file_of

    if saved:
        print(f"Old database kept as {saved}", flush=True)
    elif file_of(url) is None:
        print(f"Server database: no file backup is kept; use pg_dump before {before}.",
              flush=True)


def _replace_world(url: str, world_path, before: str, done: str) -> int:
    from core.store_ops import reset_store
    from core.world import WorldError

    try:
        saved, name = reset_store(url, world_path)
    except (WorldError, StoreError) as exc:
        return fail(str(exc))
    say_backup(url, saved, before)
    print(done.format(name=name), flush=True)
    return 0


def reset(url: str, args) -> int:
    return _replace_world(url, getattr(args, "world", None), "a reset", "Reset to {name}.")


def load_world_into(url: str, world_path: str) -> int:
    """``main.py --world FILE``: the same as ``reset --world FILE`` (validated first, the old
    database kept as a backup), before the GUI opens."""
    return _replace_world(url, world_path, "loading a world", "Loaded {name}.")


def restore(url: str, args) -> int:
    from core.store_ops import restore_backup

    try:
        done = restore_backup(url, args.file)
    except StoreError as exc:
        return fail(str(exc))
    if done.saved:
        print(f"Previous database kept as {done.saved}")
    print(f"Restored {done.source} to {done.target}")
    return 0


class Progress:
    """Progress of long work on stderr: a tqdm bar (rate, time left) when stderr is a
    terminal; otherwise a plain line at each tenth of the work and at least every 30 s."""

    EVERY = 30.0

    def __init__(self, what: str, unit: str, stream=None, bar: bool | None = None) -> None:
        self.what, self.unit = what, unit
        self.stream = stream or sys.stderr
        self.bar_wanted = _is_terminal(self.stream) if bar is None else bar
        self.bar = None
        self.total = self.done = self.tenth = 0
        self.started = self.last = 0.0

    def start(self, total: int) -> None:
        self.total, self.done, self.tenth = total, 0, 0
        self.started = self.last = time.monotonic()

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self.bar_wanted and self.total > 0:
            if self.bar is None:  # drawn once work is under way, not before an early error
                from tqdm import tqdm

                # A terminal that reports no size (a bare pseudo-terminal) would get an
                # empty bar from tqdm: it gets 80 columns and 24 rows.
                sized = _columns(self.stream) > 0
                self.bar = tqdm(total=self.total, desc=self.what, unit=f" {self.unit}",
                                file=self.stream, dynamic_ncols=sized,
                                ncols=None if sized else 80, nrows=None if sized else 24)
            self.bar.update(n)
            return
        if self.total <= 0:
            return
        now = time.monotonic()
        tenth = min(10, self.done * 10 // self.total)
        if tenth > self.tenth or now - self.last >= self.EVERY:
            self.tenth, self.last = tenth, now
            self._line(now - self.started)

    def _line(self, elapsed: float) -> None:
        done, total = min(self.done, self.total), self.total
        rate = done / elapsed if elapsed > 0 else 0.0
        text = (f"{self.what}: {done:,}/{total:,} {self.unit} ({done * 100 // total}%), "
                f"{rate:,.0f}/s")
        if done < total:
            text += f", about {(total - done) / rate if rate else 0.0:,.0f} s left"
        else:
            text += f", {elapsed:,.1f} s"
        print(text, file=self.stream, flush=True)

    def say(self, line: str) -> None:
        """A line on stdout that does not break the bar."""
        if self.bar is not None:
            self.bar.write(line, file=sys.stdout)
        else:
            print(line, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _columns(stream) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, ValueError, OSError):
        return 0


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _completed_line(result) -> str:
    r = result.request
    extra = []
    if result.portal_deleted:
        extra.append(f"Bitrix24 {r.portal.address} deleted")
    if result.network_profile_deleted:
        extra.append("Network profile deleted")
    tail = f" ({'; '.join(extra)})" if extra else ""
    return (f"completed #{r.id} {r.person.name} @ {r.portal.address} "
            f"due {r.due_at:%Y-%m-%d %H:%M}{tail}")


def process(url: str, args) -> int:
    """The headless worker: complete due requests (a line each with -v), then optionally
    send mail."""
    from core import processing
    from core.store_ops import open_or_seed, run_worker
    from core.world import WorldError

    send = getattr(args, "send", False)
    mail_config = None
    if send:
        from core.mail.config import MailConfigError, load_mail_config

        try:  # a bad transport configuration stops the run before anything changes
            mail_config = load_mail_config()
        except MailConfigError as exc:
            return fail(str(exc))
    until = None
    if getattr(args, "until", None) is not None:
        from core.world import parse_clock

        if args.advance:
            return fail("--advance and --until both move the clock; give one of them.")
        until = parse_clock(args.until)
        if until is None:
            return fail(f"--until {args.until!r} is not a date and time; write e.g. "
                        "2026-04-01T09:00Z (UTC) or 2026-04-01.")
    try:
        delta = processing.parse_duration(args.advance) if args.advance else None
        store = open_or_seed(url)
    except (StoreError, WorldError, DomainError) as exc:
        return fail(str(exc))
    progress = Progress("process", "requests")
    verbose = getattr(args, "verbose", 0) > 0

    def on_done(result) -> None:
        progress.advance()
        if verbose:
            progress.say(_completed_line(result))

    try:
        try:
            done = run_worker(store, delta, on_start=progress.start, on_done=on_done,
                              until=until)
        finally:
            progress.close()
        print(f"{len(done.results)} requests completed; clock at {done.clock:%Y-%m-%d %H:%M} "
              "UTC", flush=True)
        if send:
            from core.mail.dispatch import dispatch_pending

            report = dispatch_pending(store, config=mail_config)
            for error in report.errors:
                print(f"  email error: {error}", file=sys.stderr)
            print(f"mail via {mail_config.describe()}: {report.summary()}")
            if report.failed:
                return 1
    except (DomainError, StoreError) as exc:
        return fail(str(exc))
    finally:
        store.dispose()
    return 0


def seed(url: str, args) -> int:
    """Replace the world by a synthetic one (the old database kept as a backup)."""
    from core.store_ops import seed_store

    if args.requests < 0 or args.requests > 5_000_000:
        return fail("--requests must be between 0 and 5,000,000.")
    progress = Progress("seed", "requests")
    progress.start(args.requests)
    try:
        saved, info = seed_store(url, args.requests, due=args.due,
                                 shape=getattr(args, "shape", "uniform"),
                                 progress=progress.advance)
    except StoreError as exc:
        return fail(str(exc))
    finally:
        progress.close()
    say_backup(url, saved, "seeding")
    print(info)
    return 0


COMMANDS = {"reset": reset, "restore": restore, "process": process, "seed": seed}
# The commands whose code is in gui/flows/, imported when one of them runs: (module, function).
FLOW_RUNNERS = {
    "hierarchy": ("gui.flows.hierarchy", "run_hierarchy"),
    "record": ("gui.flows.record_cli", "run_record"),
    "check": ("gui.flows.check", "run_check"),
    "schema": ("gui.flows.schema", "run_schema"),
    "warm": ("gui.flows.warm", "run_warm_command"),
    "demo": ("gui.flows.demo", "run_demo"),
}


def main(argv: list[str] | None = None) -> int:
    """The command line; returns the exit code."""
    if argv is None and "test" in sys.argv[1:]:   # by a warm runner (gui/flows/warm.py)
        from gui.flows.warm import run_warm  # not before a GUI start's first paint

        code = run_warm(sys.argv[1:])
        if code is not None:
            return code
    args = parse_command_line(argv)
    command = args.command or "gui"
    from core import logs

    logs.setup(getattr(args, "verbose", 0))
    logging.getLogger("cli").info("%s started (pid %d)", command, os.getpid())
    problem = _refused(args, command)
    if problem:
        return fail(problem)
    if args.lang and command not in LANG_COMMANDS:
        return fail(f"--lang does nothing with '{command}': it is the language of the app's "
                    "window (each email goes out in its recipient's language).")
    _choose_language(command, args.lang)
    if args.scale is not None:
        if command not in ("gui", "demo"):
            return fail(f"--scale does nothing with '{command}': it sizes the window of the "
                         "GUI and of the demo.")
        # Qt's own whole-window scaling (fonts, images, the phone), read when the app starts.
        os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    if command in ("reset", "restore", "process", "seed", "gui"):
        from core.config import StoreChoiceError, resolve_db_url

        try:
            url = resolve_db_url(getattr(args, "db", None), getattr(args, "data_dir", None))
        except StoreChoiceError as exc:
            return fail(str(exc))
    if command in ("reset", "restore", "process", "seed"):
        return COMMANDS[command](url, args)
    if command in FLOW_RUNNERS:
        module, name = FLOW_RUNNERS[command]
        return getattr(importlib.import_module(module), name)(args)
    if command == "test":
        from gui.flows.cli import run_tests

        code = run_tests(args)
        if argv is None:  # the real command line (not a test calling main): quit at once
            from gui.flows.shards import quit_now

            quit_now(code)
        return code
    if args.world:
        # The same as `reset --world FILE` (validated first, old database kept as a backup),
        # done before the window opens; the GUI then opens the store as it is.
        code = load_world_into(url, args.world)
        if code:
            return code
        args.world = None
    from gui.app import run_gui

    return run_gui(url, args)


if __name__ == "__main__":
    sys.exit(main())
