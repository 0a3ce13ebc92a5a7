"""The demo plays the whole story to its end (offscreen, fast); the story runs quickly."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from gui.flows.demo import DEMO_FLOW, DemoHooks
from gui.flows.parser import parse_flow
from gui.flows.runner import Artifacts, FlowRunner, StoreMaker


def test_the_demo_runs_the_whole_story_to_the_end_offscreen(main_py):
    done = main_py("demo", "--speed", "500", timeout=300)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "demo finished: Anna deletes her account in Acme" in output
    assert "Traceback" not in output


def test_every_step_of_the_demo_flow_has_a_caption():
    flow = parse_flow(DEMO_FLOW)
    top = flow.commands
    assert all(c.label for c in top), [c.where for c in top if not c.label][:3]
    assert any(c.name == "advanceClock" for c in top)
    assert any(c.name == "assertEmail" for c in top)


def test_the_demo_shows_each_label_over_the_window_and_escape_stops_it(qapp):
    captions: list[str] = []
    outlined: list[bool] = []

    class Watch(DemoHooks):
        def before(self, runner, command):
            super().before(runner, command)
            captions.append(self.caption)
            if self.overlay is not None:
                assert self.overlay.caption.text() == self.caption
            if len(captions) == 6:  # the presenter presses Esc while the demo waits
                QTimer.singleShot(0, lambda: QApplication.sendEvent(runner.window, QKeyEvent(
                    QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)))

        def target(self, runner, rect):
            super().target(runner, rect)
            outlined.append(rect.isValid() and any(s == rect for s in self.overlay.spots))

    hooks = Watch(speed=200)
    qapp.installEventFilter(hooks)
    stores = StoreMaker()
    try:
        FlowRunner(parse_flow(DEMO_FLOW), stores, Artifacts(None, False), hooks=hooks,
                   number=1).run()
    finally:
        qapp.removeEventFilter(hooks)
        stores.close()
    assert captions[0] == "Anna opens the Bitrix24 app on her iPhone"
    assert "She taps her profile photo, top left" in captions
    assert outlined and all(outlined)
    assert hooks.count < 10  # Esc stopped it early


def test_the_whole_story_runs_headless_quickly(qapp, capsys):
    """Measures (and reports) the whole-story flow on a warm process; no wall-clock assert."""
    stores = StoreMaker()
    flow = parse_flow(DEMO_FLOW)
    try:
        cold = FlowRunner(flow, stores, Artifacts(None, False)).run()
        started = time.perf_counter()
        warm = FlowRunner(flow, stores, Artifacts(None, False)).run()
        wall = time.perf_counter() - started
    finally:
        stores.close()
    assert cold.passed and warm.passed, (cold.failure, warm.failure)
    slowest = sorted(warm.steps, key=lambda s: -s.seconds)[:3]
    with capsys.disabled():
        print(f"\nwhole story: cold {cold.seconds:.2f}s, warm {warm.seconds:.2f}s "
              f"(wall {wall:.2f}s), {len(warm.steps)} steps; slowest: "
              + ", ".join(f"{s.command.title} {s.seconds:.2f}s" for s in slowest))
    assert Path(flow.path).name == "demo_whole_story.yaml"
