"""``python main.py demo [--speed X] [--flow FILE]``: the demo flow played at a human pace.

The same runner as ``main.py test``, in a visible window, with each step's label as a caption
over the window and the control about to be tapped outlined. Keyboard: Space pauses and
resumes, Right or N steps to the next command, Esc quits.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from core.assets import resource
from gui.flows.cli import _quiet_qt
from gui.flows.model import Command, FlowError
from gui.flows.runner import Artifacts, FlowRunner, Hooks, StepResult, StoreMaker

DEMO_FLOW = resource("flows", "demo_whole_story.yaml")
STEP_SECONDS = 1.4      # the pause after each command at speed 1
TARGET_SECONDS = 0.7    # how long the outlined control is shown before the tap
KEYS_HINT = "Space pause · → step · Esc quit"


class Overlay(QWidget):
    """Caption and outline drawn over the main window; they never take a click."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("demo_overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.outline = QFrame(self)
        self.outline.setObjectName("demo_highlight")
        self.outline.hide()
        self.caption_box = QFrame(self)
        self.caption_box.setObjectName("demo_caption_box")
        box = QVBoxLayout(self.caption_box)
        box.setContentsMargins(22, 12, 22, 12)
        box.setSpacing(2)
        self.caption = QLabel("")
        self.caption.setObjectName("demo_caption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(KEYS_HINT)
        self.status.setObjectName("demo_status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.caption)
        box.addWidget(self.status)
        self.caption_box.hide()
        window.installEventFilter(self)
        self._fit()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        window = self.parentWidget()
        self.setGeometry(window.rect())
        # Beside the phone, over the console: the phone stays in full view.
        phone = getattr(window, "phone", None)
        left = phone.mapTo(window, phone.rect().topRight()).x() + 24 if phone else 40
        if window.width() - left < 360:
            left = 40
        width = min(720, window.width() - left - 40)
        self.caption_box.setFixedWidth(max(width, 200))
        self.caption_box.adjustSize()
        self.caption_box.move(left + (window.width() - left - self.caption_box.width()) // 2,
                              window.height() - self.caption_box.height() - 28)
        self.raise_()

    def say(self, text: str, status: str = KEYS_HINT) -> None:
        self.caption.setText(text)
        self.status.setText(status)
        self.caption_box.show()
        self._fit()

    def point_at(self, rect: QRect | None) -> None:
        if rect is None:
            self.outline.hide()
            return
        self.outline.setGeometry(rect.adjusted(-5, -5, 5, 5))
        self.outline.show()
        self.raise_()


class DemoHooks(Hooks, QObject):
    """Paces the run, shows captions and outlines, listens to Space, Right/N and Esc."""

    def __init__(self, speed: float) -> None:
        QObject.__init__(self)
        self.speed = max(speed, 0.01)
        self.paused = False
        self.quit = False
        self._skip = False
        self._listening = False
        self.overlay: Overlay | None = None
        self._window: QWidget | None = None
        self._done = False
        self.caption = ""
        self.count = 0
        self.total = 0

    # -- keyboard (never while the flow types: its keys are not the presenter's) ------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Close and watched is self._window and not self._done:
            self.quit = True  # the presenter closed the window
        if not self._listening or event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.paused = not self.paused
            self._status()
            return True
        if key in (Qt.Key.Key_Right, Qt.Key.Key_N):
            self._skip = True
            return True
        if key == Qt.Key.Key_Escape:
            self.quit = True
            return True
        return False

    def _status(self) -> None:
        if self.overlay is not None:
            state = "Paused · Space resume · → step · Esc quit" if self.paused else KEYS_HINT
            step = f"Step {self.count} of {self.total} · " if self.total else ""
            self.overlay.status.setText(f"{step}{state}")

    def pace(self, seconds: float) -> None:
        """Wait at the presenter's pace, keeping the window alive; no sleeps."""
        tape = getattr(self, "tape", None)
        if tape is not None:  # recording: the pause is frames of video, not a wait
            tape.hold(seconds / self.speed)
            seconds = 0.0
        deadline = time.monotonic() + seconds / self.speed
        listening, self._listening = self._listening, True
        try:
            while not self.quit and not self._skip and (
                    self.paused or time.monotonic() < deadline):
                QTest.qWait(15)
        finally:
            self._listening = listening
            self._skip = False

    # -- runner hooks ---------------------------------------------------------------------
    def window_created(self, runner: FlowRunner, window: QWidget) -> None:
        self.overlay = Overlay(window)
        self._window = window
        window.setWindowTitle(f"{window.windowTitle()} — demo: {runner.flow.name}")
        self.overlay.say(self.caption or runner.flow.name)
        self._status()
        if getattr(self, "record", None):  # --record: the overlay's outline and caption
            from gui.flows.recording import Tape

            self.tape = Tape(self.record, window, self.frame,
                             self.overlay.caption.text, mark_taps=self.frame == "window")
        self.pace(STEP_SECONDS)

    def before(self, runner: FlowRunner, command: Command) -> None:
        # The presenter's keys work throughout, except while the flow itself types.
        self._listening = command.name not in ("inputText", "eraseText")
        self.count += 1
        if command.label:
            self.caption = command.label
            if self.overlay is not None:
                self.overlay.say(command.label)
        self._status()

    def target(self, runner: FlowRunner, rect: QRect) -> None:
        if self.overlay is not None:
            self.overlay.point_at(rect)
            self.pace(TARGET_SECONDS)

    def after(self, runner: FlowRunner, step: StepResult) -> None:
        if self.overlay is not None:
            self.overlay.point_at(None)
        if step.status == "failed" and self.overlay is not None:
            self.overlay.say(f"Stopped: {step.message.splitlines()[0]}")
        if step.depth == 0 or step.command.label:
            self.pace(STEP_SECONDS if step.command.label else STEP_SECONDS / 2)

    def finishing(self, runner: FlowRunner) -> None:
        if self.overlay is None or self.quit:
            self._done = True
            return
        ok = runner.result.passed
        self.overlay.say("That is the whole story." if ok else "The demo stopped early.",
                         "Esc or close the window to finish")
        if QApplication.platformName() not in ("offscreen", "minimal"):
            self.paused = True  # wait for Esc or the window to close
        self.pace(STEP_SECONDS * 2)
        self._done = True

    def stopped(self) -> bool:
        return self.quit


def _count(commands: list[Command]) -> int:
    return sum(1 + (_count(c.args["commands"]) if c.name == "runFlow" else 0) for c in commands)


def run_demo(args) -> int:
    from gui.app import create_app
    from gui.flows.parser import parse_flow

    path = Path(getattr(args, "flow", None) or DEMO_FLOW)
    try:
        flow = parse_flow(path)
    except FlowError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    speed = getattr(args, "speed", None)
    speed = 1.0 if speed is None else speed
    if not speed > 0:  # 0, negative or nan
        print("error: --speed must be more than 0 (2 = twice as fast)", file=sys.stderr)
        return 1
    from gui.flows.cli import check_media

    problem = check_media(getattr(args, "record", None), getattr(args, "pdf", None))
    if problem:  # before anything plays
        print(f"error: {problem}", file=sys.stderr)
        return 2
    if QApplication.instance() is None and os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        _quiet_qt()
    app = create_app()
    hooks = DemoHooks(speed)
    hooks.total = _count(flow.commands)
    hooks.record, hooks.frame = getattr(args, "record", None), getattr(args, "frame", "phone")
    app.installEventFilter(hooks)
    stores = StoreMaker()
    handout = None
    try:
        if getattr(args, "pdf", None):
            from gui.flows.handout import Handout

            handout = Handout(hooks)
        result = FlowRunner(flow, stores, Artifacts(None, storyboard=False), show=True,
                            hooks=handout or hooks).run()
    finally:
        app.removeEventFilter(hooks)
        stores.close()
        if getattr(hooks, "tape", None) is not None:  # Esc, a closed window, Ctrl+C too
            hooks.tape.close()
            print(f"video: {hooks.tape.path} ({hooks.tape.video.frames / 30:.1f} s)")
    if handout is not None:
        print(f"handout: {handout.write([result], Path(args.pdf))}")
    if hooks.quit:
        print(f"demo stopped after {hooks.count} of {hooks.total} steps")
        return 0
    if not result.passed:
        print(f"the demo flow failed: {result.failure}", file=sys.stderr)
        return 1
    print(f"demo finished: {flow.name}, {len(result.steps)} steps in {result.seconds:.1f}s")
    return 0
