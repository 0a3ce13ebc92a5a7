"""The controller between the widgets and core: one unit of work per user action.

Widgets never talk to the database. They call ``controller.act(service, ...)`` (a write) or
``controller.read(service, ...)`` (a read); after every committed action the controller emits
``changed`` once, and every view refreshes from that one signal (no polling).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from core import processing
from core.db import Store
from core.errors import DomainError
from core.world import WorldSpec, seed_world

log = logging.getLogger(__name__)


class AppController(QObject):
    changed = Signal()          # the world changed: every view re-reads what it shows
    world_replaced = Signal()   # a whole new world was loaded (reset, open world file)
    message = Signal(str)       # a line for the status bar / console log

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # --lang: every phone speaks it, whatever the store says, until the console's switch
        # or a flow's launchApp chooses one (gui.phone.navigator.resolve_language).
        self.forced_language: str | None = None

    # -- core access ---------------------------------------------------------------
    def read(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a read-only service function in its own unit of work."""
        with self.store.reader() as uow:
            return fn(uow, *args, **kwargs)

    def act(self, fn: Callable[..., Any], *args: Any, actor: str = "app", **kwargs: Any) -> Any:
        """Run a service function that changes the world; emit ``changed`` afterwards.

        Domain errors propagate to the caller (a screen shows ``str(error)``); the unit of
        work has rolled back, so nothing half-done is stored. ``changed`` is emitted even
        on a refusal, since refusals may record audit events (failed logins).
        """
        try:
            with self.store.uow(actor) as uow:
                return fn(uow, *args, **kwargs)
        except DomainError as exc:
            log.info("%s: %s refused: %s", actor, getattr(fn, "__name__", fn), exc)
            raise
        finally:
            self.changed.emit()

    def advance(self, delta: timedelta, actor: str = "simulator") -> list:
        try:
            return processing.advance_clock(self.store, delta, actor)
        finally:
            self.changed.emit()

    def advance_to_next_due(self, actor: str = "simulator") -> list:
        try:
            return processing.advance_to_next_due(self.store, actor)
        finally:
            self.changed.emit()

    def process_now(self) -> list:
        try:
            return processing.process_due(self.store)
        finally:
            self.changed.emit()

    def act_on_store(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a core function that takes the store itself (e.g. core.mail.resend) and
        opens its own units of work; emit ``changed`` afterwards, as ``act`` does."""
        try:
            return fn(self.store, *args, **kwargs)
        finally:
            self.changed.emit()

    def load_world(self, spec: WorldSpec) -> Path | None:
        """Replace the world, as ``main.py reset`` does: the SQLite file is first copied
        beside itself with a timestamp (returned; None for a server database)."""
        from core.store_ops import backup

        kept = backup(self.store.url)
        seed_world(self.store, spec)
        self.world_replaced.emit()
        self.changed.emit()
        return kept


class DeviceController:
    """The controller as one more phone sees it: the same store and signals, with every unit
    of work opened for that phone (``device``), so services read and write its own session,
    browser session and platform (``UnitOfWork.seat``). The first phone uses the
    ``AppController`` itself."""

    def __init__(self, base: AppController, device: str) -> None:
        self.base = base
        self.device = device
        self.store = base.store
        self.changed = base.changed
        self.world_replaced = base.world_replaced
        self.message = base.message

    def read(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with self.store.reader(device=self.device) as uow:
            return fn(uow, *args, **kwargs)

    def act(self, fn: Callable[..., Any], *args: Any, actor: str = "app", **kwargs: Any) -> Any:
        try:
            with self.store.uow(actor, device=self.device) as uow:
                return fn(uow, *args, **kwargs)
        except DomainError as exc:
            log.info("%s on the %s phone: %s refused: %s", actor, self.device,
                     getattr(fn, "__name__", fn), exc)
            raise
        finally:
            self.changed.emit()

    def __getattr__(self, name: str) -> Any:  # advance, process_now, load_world: the world's
        return getattr(self.base, name)
