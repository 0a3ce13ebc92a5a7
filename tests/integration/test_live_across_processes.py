"""Live across processes (issue 17): two windows on one database see each other's changes
within a second, without a restart. The other window is a real GUI (offscreen) in a process
of its own, with ``App.start_live`` as ``main.py`` starts it: LISTEN/NOTIFY on PostgreSQL,
the revision polled on SQLite. This process changes the world; the other shows it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from core import services as sv
from core.live import RevisionWatch
from core.world import DEMO_WORLD, load_world, seed_world
from tests.integration.helpers import sign_in

ROOT = Path(__file__).resolve().parents[2]

# The other window: the whole app over URL; it prints when its console and its second
# phone show that Boris is signed in on the first phone, and Hugo's request's banner.
WINDOW = r"""
import sys, time
from PySide6.QtCore import QTimer
from gui.app import create_app
from gui.builder import build_app, build_controller
qt = create_app()
controller = build_controller(sys.argv[1])
heard = []
controller.changed.connect(lambda: heard.insert(0, time.time()))  # the latest first
app = build_app(controller, phones=("user", "admin"))
app.window.show()
app.start_live()
label = app.window.console.world_card.session_label
def look():
    if "Boris Ivanov" in label.text():
        print(f"seen {time.time():.6f} {app.phone.current_screen_name()} {heard[0]:.6f}",
              flush=True)
        qt.quit()
app.controller.changed.connect(look)
print("ready", flush=True)
QTimer.singleShot(60000, qt.quit)
qt.exec()
app.close()
"""


def test_a_change_in_one_window_shows_in_another_process_within_a_second(any_store,
                                                                          backend_url):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    other = subprocess.Popen([sys.executable, "-c", WINDOW, backend_url], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "ready", other.stderr.read()[-3000:]
        time.sleep(0.5)  # its first polls and its listener are under way
        sign_in(any_store, "boris", "acme.bitrix24.com")
        changed_at = time.time()
        line = other.stdout.readline().split()
        assert line and line[0] == "seen", other.stderr.read()[-3000:]
        heard, seen = float(line[3]) - changed_at, float(line[1]) - changed_at
        assert seen < 1.0, f"heard after {heard:.3f} s, shown after {seen:.3f} s"
        assert line[2] == "feed"  # its first phone is Boris's now, on his feed
    finally:
        other.kill()
        other.wait(timeout=30)


def test_the_revision_watch_hears_another_writer_and_not_itself(any_store):
    watch = RevisionWatch(any_store)
    try:
        assert watch.wait(0.3) is False
        sign_in(any_store, "carla", "acme.bitrix24.com")
        assert watch.wait(2.0) is True
        assert watch.changed() is False  # told once
        with any_store.reader() as uow:
            watch.note(uow.state().revision)
        assert watch.changed() is False
    finally:
        watch.close()


def test_a_world_replaced_elsewhere_is_heard_too(any_store):
    watch = RevisionWatch(any_store)
    try:
        seed_world(any_store, load_world(DEMO_WORLD))
        with any_store.reader() as uow:
            assert sv.session_view(uow).person.key == "anna"
        assert watch.wait(2.0) is True  # the revision went on from the old world's
    finally:
        watch.close()
