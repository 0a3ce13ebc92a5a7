"""Email delivery off the GUI thread.

With a real transport configured (``B24SIM_MAIL_TRANSPORT=smtp|http``), every committed change
may have written emails to the outbox; the deliverer runs ``core.mail.dispatch_pending`` in a
worker thread after each change (coalesced: one run at a time, one more if changes arrived
meanwhile), retries on a timer while some delivery waits for its backoff, and emits
``controller.changed`` when statuses moved so the console shows them. With the default ``outbox``
transport it does nothing: emails stay in the database.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from core.mail import (
    DispatchReport,
    MailConfig,
    MailConfigError,
    dispatch_pending,
    load_mail_config,
)
from gui.controller import AppController


class _Finished(QObject):
    done = Signal(object)  # DispatchReport, or an Exception


class _Run(QRunnable):
    def __init__(self, work: Callable[[], DispatchReport], finished: _Finished) -> None:
        super().__init__()
        self._work = work
        self._finished = finished

    def run(self) -> None:  # runs in a pool thread
        try:
            result: object = self._work()
        except Exception as exc:  # reported on the GUI thread, never lost
            result = exc
        self._finished.done.emit(result)


class MailDeliverer(QObject):
    """Delivers the outbox in a worker thread after each change."""

    delivered = Signal(object)  # the DispatchReport of each run

    def __init__(self, controller: AppController, config: MailConfig | None = None,
                 transport_factory: Callable[[], object] | None = None,
                 retry_ms: int = 30_000, parent: QObject | None = None) -> None:
        super().__init__(parent or controller)
        self.controller = controller
        self.enabled = False
        self.running = False
        self._again = False
        self._transport_factory = transport_factory
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._finished = _Finished(self)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        try:
            self.config = config or load_mail_config()
        except MailConfigError as exc:
            self.config = None
            controller.message.emit(f"Email delivery is off: {exc}")
            return
        self.enabled = transport_factory is not None or self.config.transport != "outbox"
        if not self.enabled:
            return
        self._finished.done.connect(self._on_done)
        self._retry.timeout.connect(self.schedule)
        controller.changed.connect(self.schedule)
        controller.message.emit(f"Email delivery: {self.config.describe()}")

    def schedule(self) -> None:
        """Deliver now in the worker thread, or right after the run in progress."""
        if not self.enabled:
            return
        if self.running:
            self._again = True
            return
        self.running = True
        self._again = False
        store, config, factory = self.controller.store, self.config, self._transport_factory

        def work() -> DispatchReport:
            transport = factory() if factory else None
            return dispatch_pending(store, transport=transport, config=config)

        self._pool.start(_Run(work, self._finished))

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    def _on_done(self, result: object) -> None:
        self.running = False
        if isinstance(result, Exception):
            self.controller.message.emit(f"Email delivery failed: {result}")
        else:
            self.delivered.emit(result)
            moved = result.sent + result.failed + result.retrying + result.suppressed
            if result.retrying:
                self._retry.start()
            if moved:
                if result.failed or result.retrying:
                    self.controller.message.emit(f"Email delivery: {result.summary()}")
                self.controller.changed.emit()  # the next run finds nothing and stops
        if self._again:
            self.schedule()
