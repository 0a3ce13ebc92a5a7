"""``python main.py hierarchy``: what is on the phone's screen as JSON, in the shape of
``maestro hierarchy``: nested nodes, each with ``attributes`` (``text``, ``resource-id`` (our
ids, the widgets' objectName), ``accessibilityText``, ``hintText``, ``bounds`` as
``[x1,y1][x2,y2]`` relative to the phone's top-left, ``enabled``, ``checked``, ``focused``,
``selected``, as strings the way Maestro's Android driver writes them), the same states as
booleans beside them, and ``children``.

The elements are the flow runner's own (gui/flows/driver.py ``elements``: only what is on
screen, a view's rows and a tab bar's tabs included), nested by the element each lies in, so
what the tree shows is what a selector can match.

    main.py hierarchy [--world FILE] [--after FLOW] [--console]
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from gui.flows.model import FlowError
from gui.flows.record_cli import one_line_errors


def add_hierarchy_parser(sub):
    """The ``hierarchy`` subcommand (main.py calls this)."""
    h = sub.add_parser("hierarchy", help="print the phone's view tree as JSON (like maestro "
                                         "hierarchy)",
                       description="Print what is on the phone's screen as JSON, in the shape "
                                   "of `maestro hierarchy`.")
    h.add_argument("--world", dest="hierarchy_world", metavar="FILE",
                   help="open the app on this world (default: the demo world)")
    h.add_argument("--after", metavar="FLOW",
                   help="run this flow first (in its own world) and print the screen it ends on")
    h.add_argument("--console", action="store_true",
                   help="the simulator console's tree too (beside the phone's)")
    one_line_errors(h, "hierarchy")
    return h


def node(element, origin: tuple[int, int], children: list[dict]) -> dict:
    """One element as Maestro's TreeNode (attributes as strings; states as booleans too)."""
    x, y, w, h = element.bounds
    x, y = x - origin[0], y - origin[1]
    widget = element.widget
    accessible = widget.accessibleName().strip() if element.kind == "widget" else ""
    hint = widget.placeholderText().strip() if element.kind == "widget" and hasattr(
        widget, "placeholderText") else ""
    shown = [t for t in element.texts if t not in (accessible, hint)]
    states = {"enabled": bool(element.enabled), "checked": bool(element.checked),
              "focused": bool(element.focused), "selected": bool(element.selected)}
    attributes = {"text": shown[0] if shown else "", "resource-id": element.id or "",
                  "accessibilityText": accessible, "hintText": hint,
                  "bounds": f"[{x},{y}][{x + w},{y + h}]", "class": type(widget).__name__}
    attributes.update({k: str(v).lower() for k, v in states.items()})
    return {"attributes": attributes, "children": children,
            "clickable": bool(element.clickable), **states}


def tree(root, name: str) -> dict:
    """The elements on screen under ``root``, nested; the root is a node named ``name``."""
    from gui.flows import driver

    found = driver.elements(root)
    top_left = root.mapToGlobal(root.rect().topLeft())
    origin = (top_left.x(), top_left.y())
    kids: dict[int, list] = {}
    for e in found:
        kids.setdefault(id(e.parent) if e.parent is not None else 0, []).append(e)

    def build(e) -> dict:
        return node(e, origin, [build(c) for c in kids.get(id(e), [])])

    top = [build(e) for e in kids.get(0, [])]
    if len(top) == 1 and top[0]["attributes"]["resource-id"] == name:
        return top[0]  # the root widget is an element itself
    size = root.size()
    return {"attributes": {"resource-id": name, "bounds": f"[0,0][{size.width()},"
                                                          f"{size.height()}]"},
            "children": top}


def _launch_flow(world: str | None) -> Path:
    """A one-line flow (``launchApp``) in ``world`` (the demo world without one)."""
    folder = Path(tempfile.mkdtemp(prefix="b24-hierarchy-"))
    header = f"world_file: {json.dumps(str(Path(world).resolve()))}\n" if world else ""
    path = folder / "hierarchy.yaml"
    path.write_text(f"name: hierarchy\n{header}---\n- launchApp\n", encoding="utf-8")
    return path


def capture(flow_path: Path, console: bool) -> tuple[dict | None, object]:
    """Run the flow and take the tree of the screen it ends on: (tree, the flow's result)."""
    from gui.app import create_app
    from gui.flows.parser import parse_flow
    from gui.flows.runner import Artifacts, FlowRunner, Hooks, StoreMaker
    from gui.flows.shards import quiet_qt

    flow = parse_flow(flow_path)
    taken: list[dict] = []

    class Take(Hooks):
        def finishing(self, runner) -> None:
            window = runner.window
            phone = tree(window.phone, "phone")
            if console and getattr(window, "console", None) is not None:
                taken.append({"attributes": {"resource-id": "window"},
                              "children": [phone, tree(window.console, "console")]})
            else:
                taken.append(phone)

    quiet_qt()
    create_app()
    stores = StoreMaker()
    try:
        result = FlowRunner(flow, stores, Artifacts(None, False), hooks=Take()).run()
    finally:
        stores.close()
    return (taken[0] if taken else None), result


def run_hierarchy(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    world = getattr(args, "hierarchy_world", None) or getattr(args, "world", None)
    after = getattr(args, "after", None)
    if world and after:
        print("error: --after runs the flow in its own world (its header's world: or "
              "world_file:); give --world or --after, not both.", file=sys.stderr)
        return 2
    for option, value in (("--world", world), ("--after", after)):
        if value and not Path(value).is_file():
            print(f"error: {option} {value}: no such file.", file=sys.stderr)
            return 2
    path = Path(after) if after else _launch_flow(world)
    try:
        taken, result = capture(path, getattr(args, "console", False))
    except FlowError as exc:
        text = str(exc)
        if not after:  # the problem is in the world, not in the one-line flow made for it
            text = text.replace(f"{path}", world or "the demo world")
        print(f"error: {text}", file=sys.stderr)
        return 2
    finally:
        if not after:
            path.unlink(missing_ok=True)
            path.parent.rmdir()
    if taken is None:
        print(f"error: no window was shown: {result.short or 'the flow ended first'}",
              file=sys.stderr)
        return 1
    print(json.dumps(taken, indent=2, ensure_ascii=False))
    if not result.passed:
        print(f"the flow failed, so this is the screen it stopped on: {result.short}",
              file=sys.stderr)
        return 1
    return 0
