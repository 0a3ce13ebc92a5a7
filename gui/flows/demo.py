"""``python main.py demo [--speed X] [--flow FILE]``: the demo flow played at a human pace.

The same runner as ``main.py test``, in a visible window: a title card, then each step's
label as a caption beside what it talks about, that subject in a spotlight (the control about
to be tapped, the element asserted, the email opened in the preview, the person's row), the
clock's jumps as time passing, and a closing card that tells what happened. Keyboard: Space
pauses and resumes, Right or N steps to the next command, Left or P goes back a step (the flow
plays again on a fresh store, without pauses, up to the step before), + and - change the
speed, Esc quits.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from core.assets import resource
from core.i18n import flow_text
from gui.demo_overlay import Overlay
from gui.flows import choreography
from gui.flows import demo_cards as cards
from gui.flows.cli import _quiet_qt
from gui.flows.model import Command, FlowError
from gui.flows.runner import Artifacts, FlowRunner, Hooks, StepResult, StoreMaker
from gui.i18n import translate

DEMO_FLOW = resource("flows", "demo_whole_story.yaml")
STEP_SECONDS = 1.4      # the pause after each command at speed 1
TARGET_SECONDS = 0.7    # how long the outlined control is shown before the tap
TIME_SECONDS = 2.4      # the clock's jump shown as time passing, at speed 1
FPS = 30                # as gui/flows/recording.py's (not imported: it loads the encoder's)
KEYS_HINT = QT_TRANSLATE_NOOP("Demo", "Space pause · ← back · → step · +/− speed · Esc quit")


class DemoHooks(Hooks, QObject):
    """Paces the run, shows the cards, captions and spotlights (gui/demo_overlay.py, what
    each step points at: gui/flows/choreography.py), listens to the presenter's keys."""

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
        self._top: set[tuple] = set()
        self._tapped: QRect | None = None
        self._clock_before = None
        self.can_rewind = True     # not while recording or writing a handout: one take each
        self.rewind_to: int | None = None   # Left: play again up to this step
        self.fast_until = 0        # steps before this one run without pauses (a rewind)

    # -- keyboard (never while the flow types: its keys are not the presenter's) ------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Close and watched is self._window and not self._done:
            self.quit = True  # the presenter closed the window
        if not self._listening or event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.paused = not self.paused
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_N):
            self._skip = True
        elif key == Qt.Key.Key_Escape:
            self.quit = True
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_P) and self.can_rewind and self.count > 1:
            self.rewind_to, self.quit = self.count - 1, True   # the run stops, then replays
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Up):
            self.speed = min(self.speed * 1.5, 16.0)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Down):
            self.speed = max(self.speed / 1.5, 0.25)
        else:
            return False
        self._status()
        return True

    def _status(self) -> None:
        if self.overlay is not None:
            keys = (translate("Demo", "Paused · Space resume · ← back · → step · Esc quit")
                    if self.paused else translate("Demo", KEYS_HINT))
            speed = f"{self.speed:g}"
            if self.total:
                text = translate("Demo", "Step {step} of {total} · {keys} · speed {speed}×").format(
                    step=self.count, total=self.total, keys=keys, speed=speed)
            else:
                text = translate("Demo", "{keys} · speed {speed}×").format(keys=keys, speed=speed)
            self.overlay.status.setText(text)

    def pace(self, seconds: float) -> None:
        """Wait at the presenter's pace, keeping the window alive; no sleeps."""
        if self.count < self.fast_until:
            return   # replaying the steps before the one stepped back to
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

    def animate(self, seconds: float, draw) -> None:
        """``draw(progress)`` from 0 to 1 over ``seconds`` at the presenter's pace: every
        frame of it in a recording, as fast as the screen repaints otherwise."""
        seconds /= self.speed
        tape = getattr(self, "tape", None)
        if self.count < self.fast_until:
            draw(1.0)
            return
        if tape is not None:
            frames = max(1, round(seconds * FPS))
            for i in range(1, frames + 1):
                draw(i / frames)
                tape.hold(1 / FPS)
            return
        began = time.monotonic()
        listening, self._listening = self._listening, True
        try:
            progress = 0.0
            while progress < 1 and not self.quit and not self._skip:
                progress = min((time.monotonic() - began) / seconds, 1.0)
                draw(progress)
                QTest.qWait(15)
        finally:
            self._listening = listening
            self._skip = False
            draw(1.0)

    # -- runner hooks ---------------------------------------------------------------------
    def window_created(self, runner: FlowRunner, window: QWidget) -> None:
        self.overlay = Overlay(window, translate("Demo", KEYS_HINT))
        self._window = window
        window.setWindowTitle(f"{window.windowTitle()} — demo: {runner.flow.name}")
        if getattr(self, "record", None):  # --record: the overlay's spotlight and caption
            from gui.flows.recording import Tape

            if self.frame == "phone":
                self.overlay.phone_only = True
                self.overlay.card_area = self.overlay.phone_rect()
            overlay = self.overlay   # no caption band under a card: the card says it all
            self.tape = Tape(self.record, window, self.frame,
                             lambda: "" if overlay.card else overlay.caption.text(),
                             mark_taps=False, inset=lambda: overlay.offstage,
                             hide=lambda: [overlay.caption_box])
        self._status()
        self.overlay.show_card(cards.title_card(runner))
        self.pace(STEP_SECONDS * 2)
        self.overlay.show_card(None)
        self.overlay.say(self.caption or flow_text(runner.flow.name))

    def before(self, runner: FlowRunner, command: Command) -> None:
        # The presenter's keys work throughout, except while the flow itself types.
        self._listening = command.name not in ("inputText", "eraseText")
        if not self._top:   # the flow's own steps (launchApp may run before the window)
            self._top = {(c.file, c.line) for c in runner.flow.commands}
        if (command.file, command.line) in self._top:
            self.count += 1
        self._tapped = None
        if command.name in choreography.CLOCK_COMMANDS and runner.controller is not None:
            self._clock_before = cards.clock(runner)
        if command.label:
            self.caption = choreography.label_of(runner, command)
            if self.overlay is not None:
                self.overlay.spotlight(None)
                self.overlay.say(self.caption)
        self._status()

    def target(self, runner: FlowRunner, rect: QRect) -> None:
        self._tapped = QRect(rect)
        if self.overlay is not None:
            self.overlay.spotlight([rect])
            self.pace(TARGET_SECONDS)

    def after(self, runner: FlowRunner, step: StepResult) -> None:
        if self.overlay is None or not (step.depth == 0 or step.command.label):
            return
        if step.status == "failed":
            self.overlay.spotlight(None)
            self.overlay.say(translate("Demo", "Stopped: {problem}").format(
                problem=step.message.splitlines()[0]))
            self.pace(STEP_SECONDS)
            return
        if step.command.name in choreography.CLOCK_COMMANDS and self._clock_before:
            self._time_passes(runner)
        shot = choreography.subject(runner, step.command, self._tapped)
        self.overlay.spotlight(shot.rects)
        self.pace(STEP_SECONDS if step.command.label else STEP_SECONDS / 2)
        if shot.restore is not None:
            shot.undo()
            self.overlay.spotlight(None)

    def _time_passes(self, runner: FlowRunner) -> None:
        """The clock's jump as time passing: a card whose date runs from then to now."""
        before, self._clock_before = self._clock_before, None
        after = cards.clock(runner)
        if after is None or after <= before:
            return
        self.overlay.spotlight(None)
        self.animate(TIME_SECONDS, lambda p: self.overlay.show_card(
            cards.time_card(before, after, p)))
        self.pace(STEP_SECONDS / 2)
        self.overlay.show_card(None)

    def rewind(self) -> bool:
        """After a run stopped by Left: ready to play it again up to the step before."""
        if self.rewind_to is None:
            return False
        self.fast_until, self.rewind_to = self.rewind_to, None
        self.quit = self._done = False
        self.count, self.caption = 0, ""
        return True

    def finishing(self, runner: FlowRunner) -> None:
        if self.overlay is None or self.quit:
            self._done = True
            return
        self.overlay.spotlight(None)
        self.overlay.show_card(cards.summary_card(runner, runner.result.passed))
        if QApplication.platformName() not in ("offscreen", "minimal"):
            self.paused = True  # wait for Esc or the window to close
        self.pace(STEP_SECONDS * 3)
        self._done = True

    def stopped(self) -> bool:
        return self.quit


def _play_motion() -> None:
    """The demo and its recording play the phone's animations (gui/phone/motion.py), all
    but the phone's "30 days later" card: the demo shows the jump as its own card."""
    from gui.phone import motion

    motion.set_enabled(True)
    motion.set_clock_card(False)


def _ctrl_c_stops(hooks: DemoHooks):
    """Ctrl+C stops the demo the way Esc does; returns the handler to put back. Python's own
    KeyboardInterrupt would be raised wherever Python code runs next, often inside one of
    Qt's virtual overrides (a paint event, an event filter), where PySide prints it and
    plays on to the end. Left alone when Ctrl+C is ignored (started as a `&` job)."""
    before = signal.getsignal(signal.SIGINT)
    if before is signal.default_int_handler:
        signal.signal(signal.SIGINT, lambda *_: setattr(hooks, "quit", True))
    return before


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
    _play_motion()
    hooks = DemoHooks(speed)
    hooks.total = len(flow.commands)  # the flow's own steps, not a sub-flow's
    hooks.record, hooks.frame = getattr(args, "record", None), getattr(args, "frame", "phone")
    app.installEventFilter(hooks)
    before = _ctrl_c_stops(hooks)
    stores = StoreMaker()
    handout = None
    try:
        if getattr(args, "pdf", None):
            from gui.flows.handout import Handout

            handout = Handout(hooks)
        hooks.can_rewind = handout is None and not hooks.record
        result = FlowRunner(flow, stores, Artifacts(None, storyboard=False), show=True,
                            hooks=handout or hooks).run()
        while hooks.rewind():   # Left: the same flow again on a fresh store, up to that step
            result = FlowRunner(flow, stores, Artifacts(None, storyboard=False), show=True,
                                hooks=hooks).run()
    finally:
        signal.signal(signal.SIGINT, before)
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
