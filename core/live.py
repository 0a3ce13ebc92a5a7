"""Changes made by another process (a second window, a worker, a QA colleague's GUI on the
same PostgreSQL database), seen within a second without a restart.

Every commit that changes the world bumps ``world_state.revision`` (``UnitOfWork.commit``);
on PostgreSQL the same commit also sends ``NOTIFY b24sim_changes`` with the new revision.
``RevisionWatch`` tells a caller whether the revision moved since it last looked: on SQLite
by reading the one row (polled, a fraction of a millisecond), on PostgreSQL by waiting on
``LISTEN`` in a thread of its own, which ``wait`` wakes from at once (and which calls
``on_notify``, so that a GUI wakes at once too). Qt-free: the GUI's ``gui.live`` turns a
move into the controller's ``changed`` signal, and a world replaced by another process
(``world_identity`` moved) into ``world_replaced`` first, as this process's own reset does.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy import func, select

from core.db import Store
from core.models import AuditEvent, NetworkProfile, Portal, WorldState

CHANNEL = "b24sim_changes"
log = logging.getLogger(__name__)


def current_revision(store: Store) -> int | None:
    """The world's revision now (None: the store holds no world yet). A store that cannot be
    read raises StoreError (the unit of work's sentence)."""
    with store.reader() as uow:
        return uow.session.scalar(select(WorldState.revision).where(WorldState.id == 1))


def world_identity(store: Store) -> tuple:
    """What tells one loaded world from the next, in four primary-key reads: its name, its
    first audit row (``seed_world`` writes "world_loaded" first, with the world's name, clock
    and size), and the highest person and Bitrix24 ids. Actions within a world never change
    it; a reset, an opened world file or a restored backup does. A world replaced by the very
    same world may read the same on SQLite (its ids start again from 1): its people and
    Bitrix24s are the same then, so nothing that lists them needs reloading."""
    with store.reader() as uow:
        s = uow.session
        first = s.execute(select(AuditEvent.event, AuditEvent.at, AuditEvent.subject,
                                 AuditEvent.detail)
                          .where(AuditEvent.id == select(func.min(AuditEvent.id))
                                 .scalar_subquery())).first()
        return (s.scalar(select(WorldState.name).where(WorldState.id == 1)),
                tuple(first) if first else None,
                s.scalar(select(func.max(NetworkProfile.id))),
                s.scalar(select(func.max(Portal.id))))


class RevisionWatch:
    """Whether the world's revision has moved since ``seen`` was last set.

    ``changed()`` answers at once (SQLite: one read; PostgreSQL: whether a notification has
    arrived, no read at all). ``wait(timeout)`` blocks until a change or the timeout (for
    processes without an event loop, and the tests). ``close()`` stops the listener.

    ``on_notify``: called from the listener's thread as each notification arrives (a GUI
    posts itself a wake-up with it instead of waiting for its next poll); ``listening`` is
    set once ``LISTEN`` is in place (on SQLite at once: there is nothing to wait for)."""

    def __init__(self, store: Store, on_notify: Callable[[], None] | None = None) -> None:
        self.store = store
        self.seen = current_revision(store)
        self.on_notify = on_notify
        self.listening = threading.Event()
        self._event = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        if store.engine.dialect.name == "postgresql":
            self._thread = threading.Thread(target=self._listen, name="b24sim-listen",
                                            daemon=True)
            self._thread.start()
        else:
            self.listening.set()

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
                    self._heard()  # anything missed while (re)connecting
                    self.listening.set()
                    while not self._stop.is_set():
                        for _ in conn.notifies(timeout=0.5, stop_after=1):
                            self._heard()
            except psycopg.Error as exc:
                log.warning("listening for changes on %s: %s; trying again", url.host, exc)
                self._stop.wait(1.0)

    def _heard(self) -> None:
        self._event.set()
        if self.on_notify is not None:
            self.on_notify()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
