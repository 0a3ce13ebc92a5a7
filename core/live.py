"""Changes made by another process (a second window, a worker, a QA colleague's GUI on the
same PostgreSQL database), seen within a second without a restart.

Every commit that changes the world bumps ``world_state.revision`` (``UnitOfWork.commit``);
on PostgreSQL the same commit also sends ``NOTIFY b24sim_changes`` with the new revision.
``RevisionWatch`` tells a caller whether the revision moved since it last looked: on SQLite
by reading the one row (polled, a fraction of a millisecond), on PostgreSQL by waiting on
``LISTEN`` in a thread of its own, which ``wait`` wakes from at once. Qt-free: the GUI's
``gui.live`` turns a move into the controller's ``changed`` signal.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import select

from core.db import Store
from core.models import WorldState

CHANNEL = "b24sim_changes"
log = logging.getLogger(__name__)


def current_revision(store: Store) -> int | None:
    """The world's revision now (None: the store holds no world yet). A store that cannot be
    read raises StoreError (the unit of work's sentence)."""
    with store.reader() as uow:
        return uow.session.scalar(select(WorldState.revision).where(WorldState.id == 1))


class RevisionWatch:
    """Whether the world's revision has moved since ``seen`` was last set.

    ``changed()`` answers at once (SQLite: one read; PostgreSQL: whether a notification has
    arrived, no read at all). ``wait(timeout)`` blocks until a change or the timeout (for
    processes without an event loop, and the tests). ``close()`` stops the listener."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.seen = current_revision(store)
        self._event = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        if store.engine.dialect.name == "postgresql":
            self._thread = threading.Thread(target=self._listen, name="b24sim-listen",
                                            daemon=True)
            self._thread.start()

    def note(self, revision: int | None) -> None:
        """This process has seen ``revision`` (its own change): not news."""
        self.seen = revision

    def changed(self) -> bool:
        if self._thread is not None:
            if not self._event.is_set():
                return False
            self._event.clear()
        revision = current_revision(self.store)
        if revision == self.seen:
            return False
        self.seen = revision
        return True

    def wait(self, timeout: float) -> bool:
        if self._thread is not None:
            self._event.wait(timeout)
            return self.changed()
        step, waited = 0.05, 0.0
        while waited < timeout:
            if self.changed():
                return True
            self._stop.wait(step)
            waited += step
        return self.changed()

    def _listen(self) -> None:
        """LISTEN on a connection of its own (psycopg, autocommit); set the event per
        notification. A lost connection is retried every second; it never raises."""
        import psycopg

        url = self.store.engine.url.set(drivername="postgresql")
        dsn = url.render_as_string(hide_password=False)
        while not self._stop.is_set():
            try:
                with psycopg.connect(dsn, autocommit=True, connect_timeout=10) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._event.set()  # anything missed while (re)connecting
                    while not self._stop.is_set():
                        for _ in conn.notifies(timeout=0.5, stop_after=1):
                            self._event.set()
            except psycopg.Error as exc:
                log.warning("listening for changes on %s: %s; trying again", url.host, exc)
                self._stop.wait(1.0)

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
