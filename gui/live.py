"""Live across processes: another window, worker or QA colleague on the same database
changes the world, and this window shows it within a second (``core.live.RevisionWatch``:
LISTEN/NOTIFY on PostgreSQL, the revision polled on SQLite). A move of the revision that
this window did not make becomes the controller's one ``changed`` signal, so every view
(both phones, banners included, and the console) re-reads as after its own action; a world
that another process replaced (a reset, an opened world file) is ``world_replaced`` first,
as after this window's own reset: the console's lists of people and Bitrix24s reload and
the phones start again.

On PostgreSQL the listener's thread wakes the GUI thread at once (a queued signal), so a
change shows as soon as it is committed, however busy the machine; the timer stays as the
SQLite poll and as a safety net."""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from core.errors import StoreError
from core.live import RevisionWatch, current_revision, world_identity

POLL_MS = 100  # SQLite: a read of one row; PostgreSQL: a look at a flag the listener sets


class LiveUpdates(QObject):
    _woken = Signal()  # emitted from the listener's thread; runs ``poll`` in the GUI thread

    def __init__(self, controller, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else controller)
        self.controller = controller
        self._woken.connect(self.poll, Qt.ConnectionType.QueuedConnection)
        self.watch = RevisionWatch(controller.store, on_notify=self._woken.emit)
        self.identity = self._identity()
        self._emitting = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        controller.changed.connect(self._own_change)
        controller.world_replaced.connect(self._own_world)
        self.timer.start()

    def _identity(self) -> tuple | None:
        try:
            return world_identity(self.controller.store)
        except StoreError:
            return None

    def _own_change(self) -> None:
        if not self._emitting:  # this window's own change: already shown
            with suppress(StoreError):
                self.watch.note(current_revision(self.controller.store))

    def _own_world(self) -> None:
        if not self._emitting:  # this window loaded it: its own views have reloaded
            self.identity = self._identity()

    def poll(self) -> bool:
        """Emit ``changed`` when someone else has changed the world (``world_replaced``
        first when they loaded another one); True if so."""
        try:
            moved = self.watch.changed()
            identity = world_identity(self.controller.store) if moved else self.identity
        except StoreError:
            return False  # unreachable for a moment: the next poll tries again
        if moved:
            replaced, self.identity = identity != self.identity, identity
            self._emitting = True
            try:
                if replaced:
                    self.controller.world_replaced.emit()
                self.controller.changed.emit()
            finally:
                self._emitting = False
        return moved

    def stop(self) -> None:
        self.timer.stop()
        self.watch.on_notify = None
        self.watch.close()
