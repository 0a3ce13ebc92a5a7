"""A window taller than the screen (a 13-inch laptop): the app says which --scale fits, and
--scale is Qt's own whole-window scaling, refused where it would do nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui.app import fit_advice

ROOT = Path(__file__).resolve().parents[2]


def test_no_advice_when_the_window_fits():
    assert fit_advice(1600, 940, 1920, 1050) is None
    assert fit_advice(1600, 940, 1600, 940) is None


def test_the_advice_names_a_scale_that_fits_the_screen():
    # A 1440x900 laptop screen less its menu bar and dock, the window at its minimum.
    text = fit_advice(1180, 950, 1440, 820)
    assert "--scale 0.85" in text and "1440x820" in text
    assert 950 * 0.85 <= 820
    # Already at 0.8 on a 700-pixel-high screen: Qt reports it as 875 logical pixels. The
    # advice is the whole factor (0.8 x 875/950 -> 0.70), not one on top of the other.
    assert "--scale 0.70" in fit_advice(1180, 950, 1800, 875, current=0.8)
    assert 950 * 0.70 <= 700


def test_below_half_size_the_advice_says_the_screen_is_too_small():
    assert "--scale 0.50" in fit_advice(1600, 940, 800, 470)  # exactly half fits
    text = fit_advice(1600, 940, 400, 300)
    assert "too small even at half size" in text and "start with" not in text


def run_main(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("value", ["abc", "0", "0.3", "5"])
def test_a_scale_outside_half_to_double_is_refused_in_one_line(value):
    done = run_main("--scale", value, "process", "--db", "sqlite:///:memory:")
    assert done.returncode == 2
    assert "is not a scale from 0.5 to 2" in done.stderr
    assert "Traceback" not in done.stderr


def test_scale_is_refused_where_there_is_no_window(tmp_path):
    done = run_main("--scale", "0.8", "process", "--data-dir", str(tmp_path))
    assert done.returncode == 2
    assert "--scale does nothing with 'process'" in done.stderr


def test_the_gui_starts_scaled(tmp_path):
    done = run_main("--scale", "0.8", "--data-dir", str(tmp_path), "--exit-when-ready")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ready at" in done.stdout


class _Screen:
    def __init__(self, w: int, h: int) -> None:
        from PySide6.QtCore import QRect

        self._rect = QRect(0, 0, w, h)

    def availableGeometry(self):  # noqa: N802 - Qt's name
        return self._rect


def test_the_window_opens_no_wider_than_the_screen_with_the_cards_in_two_rows(qtbot, store):
    from gui.app import fit_to_screen
    from gui.builder import build_app

    window = build_app(store).window
    qtbot.addWidget(window)
    window.resize(1600, 940)
    window.show()
    qtbot.waitExposed(window)
    window.screen = lambda: _Screen(1440, 800)  # a 1440x800 laptop screen
    fit_to_screen(window)
    assert 1400 < window.frameGeometry().width() <= 1440  # the frame included
    assert window.height() == window.minimumHeight()  # as short as the phone allows
    qtbot.waitUntil(lambda: not window.console.card_grid.wide, timeout=1000)
    window.screen = lambda: _Screen(2560, 1440)  # room enough: left as it is
    width = window.width()
    fit_to_screen(window)
    assert window.width() == width
