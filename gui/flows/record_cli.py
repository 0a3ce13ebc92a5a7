"""``python main.py record [--world FILE] [--force] OUT.yaml``: the app opens recording
(gui/flows/recorder.py); every tap, text entry and scroll is written as a flow, shown as it
grows in the console's recorder pane, and written to OUT.yaml at each Stop and when the
app's window closes.

No Qt at the top of this module: main.py builds its parser from it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from types import MethodType


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def one_line_errors(parser: argparse.ArgumentParser, command: str) -> None:
    """``parser``'s errors, an unknown option included, as one line and exit 2 (not
    argparse's usage block from the top-level parser)."""

    def error(self, message: str):
        sys.stderr.write(f"error: main.py {command}: {message}; see main.py {command} "
                         "--help.\n")
        sys.exit(2)

    plain = parser.parse_known_args

    def parse_known_args(self, args=None, namespace=None):
        namespace, extra = plain(args, namespace)
        if extra:
            self.error(f"unknown option {extra[0]}" if extra[0].startswith("-")
                       else f"unexpected argument {extra[0]}")
        return namespace, []

    parser.error = MethodType(error, parser)
    parser.parse_known_args = MethodType(parse_known_args, parser)


def add_record_parser(sub):
    r = sub.add_parser("record", help="use the app and get the flow written for you",
                       description="Open the app recording: every tap, text entry and scroll "
                                   "is written as a flow; Stop in the console and closing "
                                   "the window write it to OUT.yaml.")
    r.add_argument("out", metavar="OUT.yaml", help="the flow file to write")
    r.add_argument("--world", dest="record_world", metavar="FILE",
                   help="start from this world (default: the demo world)")
    r.add_argument("--force", action="store_true", help="replace OUT.yaml if it exists")
    one_line_errors(r, "record")
    return r


def check_target(out: str, force: bool) -> str | None:
    path = Path(out)
    if path.is_dir():
        return f"{out} is a folder; give the flow's file name, e.g. {path / 'recorded.yaml'}."
    if path.exists() and not force:
        return f"{out} exists; give another name, or --force to replace it."
    if path.suffix not in (".yaml", ".yml"):
        return f"{out}: a flow file ends in .yaml; e.g. {path.with_suffix('.yaml')}."
    if path.parent.absolute().is_file():
        return f"{out}: {path.parent} is a file, not a folder; give the flow another place."
    if not path.parent.absolute().is_dir():
        return f"{out}: the folder {path.parent} does not exist; create it first."
    if not os.access(path.parent.absolute(), os.W_OK):
        return f"{out}: cannot write in {path.parent}; give a folder you can write to."
    return None


def header_for(out: Path, world: str | None, name: str = "Recorded flow") -> str:
    head = f"name: {name}\n"
    if world:
        rel = os.path.relpath(Path(world).resolve(), out.resolve().parent)
        head += f"world_file: {_quote(Path(rel).as_posix())}\n"
    return head


def run_record(args) -> int:
    out = args.out
    problem = check_target(out, args.force)
    world = getattr(args, "record_world", None) or getattr(args, "world", None)
    if problem is None and world and not Path(world).is_file():
        problem = f"--world {world}: no such file."
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    from core.world import WorldError, load_world
    from gui.app import create_app
    from gui.flows.parser import demo_world

    try:
        spec = load_world(Path(world)) if world else demo_world()
    except WorldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    qt = create_app()
    session = Session(spec, header_for(Path(out), world), Path(out),
                      language=getattr(args, "lang", None))
    session.show()
    qt.lastWindowClosed.connect(qt.quit)
    try:
        qt.exec()
    finally:
        session.close()
    if not Path(out).is_file():
        print(f"error: could not write {out}; the console said why.", file=sys.stderr)
        return 1
    print(f"recorded {session.pane.recorder.count} commands to {out}; run it with "
          f"main.py test {out}")
    return 0


class Session:
    """The app on a fresh database of ``world``, recording from the start with the console's
    recorder (gui/console/recorder_pane.py); each Stop, and the end, write ``target``."""

    def __init__(self, world_spec, header: str, target: Path,
                 language: str | None = None) -> None:
        from core.world import seed_world
        from gui.builder import build_app
        from gui.flows.runner import StoreMaker

        self.stores = StoreMaker()
        self.store, self.path = self.stores.new()
        seed_world(self.store, world_spec)
        self.app = build_app(self.store, language=language)
        self.window = self.app.window
        self.pane = self.window.console.recorder_pane
        self.pane.target = target
        self.header = header

    def show(self) -> None:
        self.pane.start(self.header)
        self.window.resize(self.window.sizeHint())
        self.window.show()

    def close(self) -> None:
        self.pane.stop()
        self.window.close()
        self.app.close()
        self.stores.drop(self.store, self.path)
        self.stores.close()
