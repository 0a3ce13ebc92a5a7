"""A demo recording stopped half-way by the presenter (Esc, or the window closed) still leaves
a video that plays up to the stop (the SIGINT case is in test_recording.py)."""

from __future__ import annotations

from argparse import Namespace

import imageio_ffmpeg
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from gui.flows import demo
from gui.flows.demo import DEMO_FLOW, DemoHooks, run_demo
from gui.flows.parser import parse_flow
from gui.flows.recording import FPS


def _stop_at_step(monkeypatch, step: int, how: str) -> None:
    """The presenter acts when the demo reaches ``step``: Esc, or closing the window."""
    class Presenter(DemoHooks):
        def before(self, runner, command):
            super().before(runner, command)
            if self.count == step and how == "esc":
                QApplication.sendEvent(runner.window, QKeyEvent(
                    QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
            elif self.count == step:
                runner.window.close()
    monkeypatch.setattr(demo, "DemoHooks", Presenter)


@pytest.mark.parametrize("how", ["esc", "close"])
def test_a_recording_stopped_by_the_presenter_still_plays(qapp, monkeypatch, tmp_path, capsys,
                                                         how):
    _stop_at_step(monkeypatch, 4, how)
    video = tmp_path / "demo.mp4"
    code = run_demo(Namespace(flow=str(DEMO_FLOW), speed=20.0, record=str(video),
                              frame="phone", pdf=None))
    out = capsys.readouterr().out
    assert code == 0
    assert "demo stopped after 4 of" in out
    frames = imageio_ffmpeg.read_frames(str(video))
    meta = next(frames)
    count = sum(1 for _ in frames)
    assert meta["fps"] == FPS and count >= 3   # the title card and the first steps play


def test_left_goes_back_a_step_replaying_the_story_up_to_it_then_plays_on(qapp, monkeypatch,
                                                                        capsys):
    played: list[tuple[int, int]] = []   # (run, step) of every pause that was waited for
    runs = [0]

    class Presenter(DemoHooks):
        def window_created(self, runner, window):
            runs[0] += 1
            super().window_created(runner, window)

        def before(self, runner, command):
            super().before(runner, command)
            if runs[0] == 1 and self.count == 6:
                QApplication.sendEvent(runner.window, QKeyEvent(
                    QEvent.Type.KeyPress, Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier))

        def pace(self, seconds):
            if self.count >= self.fast_until:
                played.append((runs[0], self.count))
            super().pace(seconds)
    monkeypatch.setattr(demo, "DemoHooks", Presenter)
    code = run_demo(Namespace(flow=str(DEMO_FLOW), speed=200.0, record=None, frame="phone",
                              pdf=None))
    out = capsys.readouterr().out
    assert code == 0 and "demo finished" in out, out
    assert runs[0] == 2
    second = [step for run, step in played if run == 2]
    assert second[0] == 5          # nothing before step 5 paused: the steps before it replayed
    assert max(second) == len(parse_flow(DEMO_FLOW).commands)   # then it played to the end
