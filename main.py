"""One entry point: gui | test | demo | process | reset | restore | seed."""

from __future__ import annotations

import argparse
import sys


def _store_args(p: argparse.ArgumentParser, top: bool = False) -> None:
    # On subcommands the default is SUPPRESS, so `main.py --db X process` keeps X.
    default = None if top else argparse.SUPPRESS
    p.add_argument("--data-dir", default=default,
                   help="folder for the SQLite file (default: the user data folder)")
    p.add_argument("--db", default=default,
                   help="any SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Bitrix24 mobile 'Delete account' prototype with a simulated backend.",
    )
    _store_args(parser, top=True)
    parser.add_argument("--world", help="load this world YAML into the store before starting")
    parser.add_argument("--exit-after-first-paint", action="store_true",
                        help="quit as soon as the main window has been painted (benchmarks)")
    parser.add_argument("--exit-when-ready", action="store_true",
                        help="quit once the main window shows the store's data (benchmarks)")
    sub = parser.add_subparsers(dest="command")

    t = sub.add_parser("test", help="run Maestro-style YAML flows headless")
    t.add_argument("paths", nargs="+", metavar="PATH", help="flow files or folders")
    t.add_argument("--screenshots", metavar="DIR", help="write a storyboard (PNGs + index.html)")
    t.add_argument("--junit", metavar="FILE", help="write a JUnit XML report")
    t.add_argument("--tags", metavar="T", help="only flows with one of these tags (comma list)")
    t.add_argument("--show", action="store_true", help="show the window while the flows run")

    d = sub.add_parser("demo", help="guided autoplay of the bundled demo flow")
    d.add_argument("--speed", type=float, default=1.0, help="playback speed (2 = twice as fast)")
    d.add_argument("--flow", help="play this flow instead of the bundled demo")

    p = sub.add_parser("process", help="headless processing of due requests (a worker)")
    _store_args(p)
    p.add_argument("--advance", metavar="DURATION", help="move the clock first, e.g. 30d or 12h")
    p.add_argument("--send", action="store_true", help="also deliver pending emails")

    r = sub.add_parser("reset", help="back to the demo world (the old database kept as a backup)")
    _store_args(r)
    r.add_argument("--world", help="reset to this world YAML instead of the demo world")

    rs = sub.add_parser("restore", help="bring back a backup made by reset")
    _store_args(rs)
    rs.add_argument("file", help="the backup file")

    s = sub.add_parser("seed", help="generate a large synthetic world (benchmarks, QA)")
    _store_args(s)
    s.add_argument("--requests", type=int, default=10000, help="how many deletion requests")
    s.add_argument("--due", action="store_true", help="make every request already due")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from core.config import resolve_db_url

    url = resolve_db_url(getattr(args, "db", None), getattr(args, "data_dir", None))
    command = args.command or "gui"
    if command in ("reset", "restore", "process", "seed"):
        from core import commands

        return getattr(commands, command)(url, args)
    if command == "test":
        from gui.flows.cli import run_tests

        return run_tests(args)
    if command == "demo":
        from gui.flows.demo import run_demo

        return run_demo(args)
    from gui.app import run_gui

    return run_gui(url, args)


if __name__ == "__main__":
    sys.exit(main())
