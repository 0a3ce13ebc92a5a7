"""flow_step_ms: the flow runner's own cost per command, in a ``repeat`` of 1,000 taps and
assertions on a window of one button (the widgets' work is measured apart: what each
command's unit spends in its ``run``, the driver's finding and tapping included).

    python -m tests.benchmarks.flow_step     # prints one JSON line

runner_ms = (wall time of the repeat - time inside the units' run) / commands.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TIMES = 500  # 500 x (tapOn + assertVisible) = 1,000 commands


def main() -> int:
    from PySide6.QtWidgets import QMainWindow, QPushButton, QVBoxLayout, QWidget

    from gui.app import create_app
    from gui.flows.commands.registry import REGISTRY
    from gui.flows.parser import parse_flow
    from gui.flows.runner import Artifacts, FlowRunner, StoreMaker

    class Window(QMainWindow):
        def __init__(self, controller) -> None:
            super().__init__()
            self.phone = QWidget(objectName="phone")
            self.console = QWidget(objectName="console")
            QVBoxLayout(self.phone).addWidget(QPushButton("Next", objectName="next"))
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.addWidget(self.phone)
            layout.addWidget(self.console)
            self.setCentralWidget(box)

    create_app()
    inside = {"seconds": 0.0}
    for name in ("tapOn", "assertVisible"):
        unit = REGISTRY[name]
        original = type(unit).run

        def timed(self, runner, command, step, depth, _run=original):
            began = time.perf_counter()
            try:
                return _run(self, runner, command, step, depth)
            finally:
                inside["seconds"] += time.perf_counter() - began

        type(unit).run = timed
    folder = Path(tempfile.mkdtemp(prefix="b24-flow-step-"))
    flow_file = folder / "steps.yaml"
    flow_file.write_text(
        "---\n- launchApp\n- repeat:\n"
        f"    times: {TIMES}\n    commands:\n"
        "      - tapOn: {id: next}\n      - assertVisible: Next\n", encoding="utf-8")
    stores = StoreMaker()
    try:
        flow = parse_flow(flow_file)
        runner = FlowRunner(flow, stores, Artifacts(None, False), window_factory=Window)
        result = runner.run()
    finally:
        stores.close()
    if not result.passed:
        print(result.failure, file=sys.stderr)
        return 1
    steps = [s for s in result.steps if s.command.name in ("tapOn", "assertVisible")]
    repeat = next(s for s in result.steps if s.command.name == "repeat")
    commands = len(steps)
    print(json.dumps({
        "commands": commands,
        "wall_ms_per_command": repeat.seconds * 1000 / commands,
        "units_ms_per_command": inside["seconds"] * 1000 / commands,
        "runner_ms_per_command": (repeat.seconds - inside["seconds"]) * 1000 / commands,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
