"""Start-up: the window paints a launch screen first, then the real phone and console."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget

from gui.app import MainWindow
from gui.builder import build_app

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
            "XDG_CONFIG_HOME": str(tmp_path / "config")}


# Light, Qt-free parts of core the launch may use: the log file (Qt's warnings go to it from
# the start), where the bundled files are and the current language (the launch screen's
# words). Nothing that opens or describes the store.
LAUNCH_MAY_LOAD = {"core", "core.assets", "core.logs", "core.i18n"}


def test_the_launch_window_paints_without_loading_sqlalchemy_or_the_store(tmp_path):
    script = (
        "import sys\n"
        "from gui.app import MainWindow, create_app\n"
        "app = create_app()\n"
        "w = MainWindow()\n"
        "w.show()\n"
        "app.processEvents()\n"
        "image = w.grab()\n"
        # core.logs (Qt's message handler), core.assets (where resources/ is) and core.i18n
        # (the current language) are standard library only; nothing of the backend may load
        # before the first paint.
        "light = {'core', 'core.logs', 'core.assets', 'core.i18n'}\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'core')\n"
        "                and m not in light)\n"
        "print(w.loading, image.width() > 0, ','.join(loaded))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=_env(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    loading, painted, *loaded = done.stdout.split("\n")[0].split(" ")
    assert (loading, painted) == ("True", "True")
    assert set(",".join(loaded).split(",")) - {""} <= LAUNCH_MAY_LOAD, loaded


def test_attaching_the_store_replaces_the_launch_screen_and_keeps_the_window_size(
        qtbot, store):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    launch_size = window.size()
    assert window.loading and window.phone is None
    app = build_app(store, window=window)
    qtbot.wait(10)
    assert not window.loading
    assert app.window is window and window.phone is app.phone
    assert window.phone.current_screen_name() == "feed"
    assert window.findChild(QWidget, "phone_launch") is None
    assert window.size() == launch_size


def test_exit_when_ready_reports_the_first_paint_then_the_ready_window(tmp_path):
    done = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(tmp_path / "data"), "--exit-when-ready"],
        cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    moments = dict(line.rsplit(" at ", 1) for line in done.stdout.splitlines()
                   if " at " in line)
    assert float(moments["first paint"]) < float(moments["ready"])
    assert (tmp_path / "data" / "world.db").exists()


def test_a_damaged_database_closes_the_launch_window_with_a_message(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "world.db").write_bytes(b"not a database at all " * 100)
    done = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data), "--exit-when-ready"],
        cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "error:" in done.stderr and "damaged or not a database" in done.stderr
    assert "Traceback" not in done.stderr
    assert "ready at" not in done.stdout


def test_a_store_that_cannot_open_is_explained_in_the_window_with_quit(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QPushButton

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    quits = []
    window.show_startup_problem("The database /x/world.db is damaged.", lambda: quits.append(1))
    message = window.findChild(QLabel, "console_message")
    assert message.isVisible() and "damaged" in message.text()
    qtbot.mouseClick(window.findChild(QPushButton, "startup_quit"), Qt.MouseButton.LeftButton)
    assert quits == [1]
    if os.environ.get("LAUNCH_SHOTS"):
        window.grab().save(str(Path(os.environ["LAUNCH_SHOTS"]) / "startup-problem.png"))


def test_the_launch_window_has_the_loaded_windows_widths(qtbot, qapp, store, tmp_path):
    """Preferred and minimum: the window opens at the size it keeps once loaded, and a screen
    the loaded window fits (cards in two rows) fits the launch window too."""
    from gui.style import load_styles

    load_styles(qapp)
    try:
        launch, loaded = MainWindow(), build_app(store).window
        qtbot.addWidget(launch)
        qtbot.addWidget(loaded)
        assert launch.sizeHint().width() == loaded.sizeHint().width()
        assert launch.minimumSizeHint().width() == loaded.minimumSizeHint().width()
    finally:
        qapp.setStyleSheet("")


def test_a_console_saved_as_collapsed_starts_narrow_after_the_launch_screen(
        qtbot, qapp, store, tmp_path):
    from PySide6.QtCore import QSettings

    from gui.style import load_styles

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    QSettings().setValue("console/collapsed", True)
    load_styles(qapp)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        build_app(store, window=window)
        assert window.console.collapsed
        qtbot.waitUntil(lambda: window.width() < window.phone.width() + 200, timeout=1000)
    finally:
        QSettings().clear()
        qapp.setStyleSheet("")


def test_the_launch_screen_paints_before_the_phones_modules_load(tmp_path):
    """What the first paint waits for: not the phone's motion (its colours make all of Qt's
    enums, ~15 ms), nor the phone's screens or the console; they load once it has painted."""
    done = subprocess.run([sys.executable, "-X", "importtime", "main.py", "--data-dir",
                           str(tmp_path / "data"), "--exit-after-first-paint"], cwd=ROOT,
                          env=_env(tmp_path), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "first paint at" in done.stdout
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()
                if line.startswith("import time:")}
    early = sorted(m for m in imported if m.startswith(("gui.phone.motion", "gui.phone.screens",
                                                        "gui.console.panel", "sqlalchemy")))
    assert not early, early
