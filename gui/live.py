"""Live across processes: another window, worker or QA colleague on the same database
changes the world, and this window shows it within a second (``core.live.RevisionWatch``:
LISTEN/NOTIFY on PostgreSQL, the revision polled on SQLite). A move of the revision that
this window did not make becomes the controller's one ``changed`` signal, so every view
(both phones, banners included, and the console) re-reads as after its own action."""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QObject, QTimer

from core.errors import StoreError
from core.live import RevisionWatch, current_revision

POLL_MS = 200  # SQLite: a read of one row; PostgreSQL: a look at a flag the listener sets


class LiveUpdates(QObject):
    def __init__(self, controller, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else controller)
        self.controller = controller
        self.watch = RevisionWatch(controller.store)
        self._emitting = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        controller.changed.connect(self._own_change)
        self.timer.start()

    def _own_change(self) -> None:
        if not self._emitting:  # this window's own change: already shown
            with suppress(StoreError):
                self.watch.note(current_revision(self.controller.store))

    def poll(self) -> bool:
        """Emit ``changed`` when someone else has changed the world; True if so."""
        try:
            moved = self.watch.changed()
        except StoreError:
            return False  # unreachable for a moment: the next poll tries again
        if moved:
            self._emitting = True
            try:
                self.controller.changed.emit()
            finally:
                self._emitting = False
        return moved

    def stop(self) -> None:
        self.timer.stop()
        self.watch.close()
