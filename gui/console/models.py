"""The console's table models: thin, lazy Qt models over core/queries.py's row views.

One generic ``LazyTableModel`` reads a count and the first page; the view asks for more pages
(``canFetchMore``/``fetchMore``) as it scrolls. Sorting and filtering go back to SQL, so a table
of 100,000 rows costs one page to open. Each concrete table is a list of ``Column``s and the two
query functions it pages through.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from core import queries, services, words
from gui.console import format as fmt
from gui.counts import CONSOLE
from gui.i18n import translate

CHIP_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw status value a chip is coloured by
ROW_ROLE = Qt.ItemDataRole.UserRole + 2   # the row view object itself
KEEP_ROWS_MAX = 2000  # a live refresh re-reads at most this many already-loaded rows

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str  # as shown: translated when the table is made
    text: Callable[[Any, Any], str]  # (row, now) -> display text
    sort: str | None = None          # sort key in the query's *_SORTS; None: not sortable
    chip: Callable[[Any], str] | None = None  # row -> raw status to colour the chip by
    tooltip: Callable[[Any], str] | None = None


class LazyTableModel(QAbstractTableModel):
    """Rows from ``page(uow, offset=, limit=, sort=, descending=, text=, **params)``."""

    def __init__(self, controller, name: str, columns: list[Column],
                 count: Callable[..., int], page: Callable[..., tuple],
                 key: Callable[[Any], Any], sort: str, descending: bool,
                 params: dict | None = None, page_size: int = queries.PAGE_SIZE,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_model")
        self.controller = controller
        self.columns = columns
        self._count, self._page, self.key = count, page, key
        self.sort_key, self.descending = sort, descending
        self.params = dict(params or {})
        self.page_size = page_size
        self.text = ""
        self.rows: list = []
        self.total = 0
        self.now = None
        self.loaded = False
        self._busy = False

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row, self.now)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == CHIP_ROLE:
            return column.chip(row) if column.chip is not None else ""
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._busy and len(self.rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        # Views (and model testers) may ask for more from inside rowsAboutToBeInserted:
        # one fetch at a time, or a page is inserted twice.
        self._busy = True
        try:
            more = self._read_rows(len(self.rows), self.page_size)
            if not more:
                self.total = len(self.rows)
                return
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
        finally:
            self._busy = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        key = self.columns[column].sort
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        if self.loaded:
            self.reload(keep_loaded=False)

    # -- console API ---------------------------------------------------------------------
    def display(self, index: _Index) -> str:
        return self.columns[index.column()].text(self.rows[index.row()], self.now)

    def chip_value(self, index: _Index) -> str:
        column = self.columns[index.column()]
        return column.chip(self.rows[index.row()]) if column.chip is not None else ""

    def tooltip(self, index: _Index) -> str:
        column = self.columns[index.column()]
        return column.tooltip(self.rows[index.row()]) if column.tooltip is not None else ""

    def sort_column(self) -> int:
        return next((i for i, c in enumerate(self.columns) if c.sort == self.sort_key), 0)

    def set_filter(self, text: str) -> None:
        if text == self.text:
            return
        self.text = text
        self.reload(keep_loaded=False)

    def set_params(self, **params: Any) -> None:
        if params == self.params:
            return
        self.params = params
        self.reload(keep_loaded=False)

    def row(self, i: int) -> Any:
        return self.rows[i]

    def find(self, key: Any) -> int:
        return next((i for i, r in enumerate(self.rows) if self.key(r) == key), -1)

    def reload(self, keep_loaded: bool = True) -> None:
        """Count again and re-read the first page (or, live, the rows already on screen)."""
        want = self.page_size
        if keep_loaded:
            want = max(want, min(len(self.rows), KEEP_ROWS_MAX))
        total = self.controller.read(self._count, text=self.text, **self.params)
        rows = list(self._read_rows(0, want)) if total else []
        self._busy = True  # nothing fetches more until everyone has seen the reset
        try:
            self.beginResetModel()
            self.rows, self.total, self.loaded = rows, max(total, len(rows)), True
            self.endResetModel()
        finally:
            self._busy = False

    def _read_rows(self, offset: int, limit: int) -> tuple:
        def read(uow):
            self.now = services.now(uow)
            return self._page(uow, offset=offset, limit=limit, sort=self.sort_key,
                              descending=self.descending, text=self.text, **self.params)

        return self.controller.read(read)


# ---------------------------------------------------------------- the six tables


@dataclass(frozen=True)
class MailSettings:
    """What the console needs of the mail configuration: what a pending email waits for, and
    the From header of the preview."""

    transport: str = "outbox"
    from_addr: str = ""


MAIL_SETTINGS = ("B24SIM_MAIL_TRANSPORT", "B24SIM_MAIL_CONFIG", "B24SIM_MAIL_FROM")


def mail_settings() -> MailSettings:
    """The configured transport and From; an unusable configuration delivers nothing (the
    GUI's deliverer says "Email delivery is off"), so its emails stay in the outbox."""
    if not any(os.environ.get(name) for name in MAIL_SETTINGS):
        # The defaults, without importing the configuration's module (its email and TOML
        # imports cost ~25-70 ms on the first look at the Emails tab); the From header is
        # then read when an email is first previewed (mail_from).
        return MailSettings("outbox", "")
    from core.mail.config import DEFAULT_FROM, MailConfigError, load_mail_config

    try:
        config = load_mail_config()
    except MailConfigError:
        return MailSettings("outbox", DEFAULT_FROM)
    return MailSettings(config.transport, config.from_addr)


def mail_from(settings: MailSettings) -> str:
    """The From header the dispatcher puts on the emails."""
    if settings.from_addr:
        return settings.from_addr
    from core.mail.config import DEFAULT_FROM

    return DEFAULT_FROM


def _status(attr: str) -> Callable[[Any, Any], str]:
    return lambda row, _now: fmt.label(getattr(row, attr))


def _chip(attr: str) -> Callable[[Any], str]:
    return lambda row: getattr(row, attr)


def _due_in(row: queries.RequestRow, now) -> str:
    if row.status == "pending" and now is not None:
        return fmt.until(row.due_at, now)
    if row.status == "completed":
        return translate("Console", "done {when}").format(when=fmt.when(row.completed_at))
    if row.status == "cancelled":
        return translate("Console", "cancelled {when}").format(when=fmt.when(row.cancelled_at))
    return ""


def requests_model(controller, parent=None) -> LazyTableModel:
    columns = [
        Column(translate("Console", "Person"), lambda r, _: r.person_name, "person"),
        Column(translate("Console", "Bitrix24"), lambda r, _: r.portal_address, "portal"),
        Column(translate("Console", "Status"), _status("status"), "status",
               chip=_chip("status")),
        Column(translate("Console", "Requested"), lambda r, _: fmt.when(r.requested_at),
               "requested"),
        Column(translate("Console", "Due"), lambda r, _: fmt.when(r.due_at), "due"),
        Column(translate("Console", "In"), _due_in, "due",
               tooltip=lambda r: translate("Console", "Reason: {reason}").format(
                   reason=r.reason)),
    ]
    return LazyTableModel(controller, "requests", columns, queries.count_requests,
                          queries.requests_page, key=lambda r: r.id, sort="requested",
                          descending=True, parent=parent)


TRANSPORT_NAMES = {"outbox": QT_TRANSLATE_NOOP("Console", "the outbox"), "smtp": "SMTP",
                   "http": QT_TRANSLATE_NOOP("Console", "Mailpit's HTTP API")}


def transport_name(transport: str) -> str:
    """What delivers the emails, as a sentence names it: ``the outbox``, ``SMTP``."""
    if transport not in TRANSPORT_NAMES:
        return transport
    return translate("Console", TRANSPORT_NAMES[transport])


def state_tip(state: str, transport: str, last_error: str | None) -> str:
    """What an email's delivery state means, in a sentence (the Status cell's tooltip)."""
    if state == "in_outbox":
        return translate("Console", "Kept in the database; nothing leaves the machine "
                         "(B24SIM_MAIL_TRANSPORT=outbox). Export .eml to open it in a mail "
                         "client.")
    via = transport_name(transport)
    if state == "queued":
        return translate("Console", "Waiting to be sent by {via}.").format(via=via)
    if state == "retrying":
        return translate("Console", "Will be tried again by {via}. Last error: {error}").format(
            via=via, error=last_error or translate("Console", "none"))
    if state == "failed":
        return translate("Console", "Not delivered: {error}. Resend puts it back in the "
                         "queue.").format(error=last_error or translate("Console", "refused"))
    return last_error or ""


def emails_model(controller, parent=None, mail: MailSettings | None = None) -> LazyTableModel:
    model = LazyTableModel(controller, "emails", [], queries.count_emails, queries.emails_page,
                           key=lambda r: r.id, sort="id", descending=True, parent=parent)
    model.mail = mail  # read on first use (mail_settings imports the mail configuration)

    def settings() -> MailSettings:
        if model.mail is None:
            model.mail = mail_settings()
        return model.mail

    def state(r) -> str:
        return words.delivery_state(r.status, r.attempts, settings().transport)

    model.columns = [
        Column(translate("Console", "To"), lambda r, _: r.to_addr, "to",
               tooltip=lambda r: f"{r.to_name} <{r.to_addr}>"),
        Column(translate("Console", "Subject"), lambda r, _: r.subject, "subject"),
        Column(translate("Console", "Kind"), lambda r, _: words.kind(r.kind), "kind"),
        Column(translate("Console", "Status"), lambda r, _: words.status(state(r)), "status",
               chip=state,
               tooltip=lambda r: state_tip(state(r), settings().transport, r.last_error)),
        Column(translate("Console", "Attempts"), lambda r, _: _attempts(r.attempts),
               "attempts"),
        Column(translate("Console", "Written"), lambda r, _: fmt.when(r.created_at), "id"),
    ]
    return model


def _attempts(n: int) -> str:
    if not n:
        return ""
    return CONSOLE.attempts(n)


def employees_model(controller, parent=None) -> LazyTableModel:
    kept, deleted = translate("Console", "Kept"), translate("Console", "Deleted")
    columns = [
        Column(translate("Console", "Employee"), lambda r, _: r.name, "name",
               tooltip=lambda r: r.email),
        Column(translate("Console", "Position"), lambda r, _: r.position, "position"),
        Column(translate("Console", "Role"), _status("role"), "role", chip=_chip("role")),
        Column(translate("Console", "Employment"), _status("employment"), "employment",
               chip=_chip("employment")),
        Column(translate("Console", "Access"), _status("access"), "access",
               chip=_chip("access")),
        Column(translate("Console", "Data"), lambda r, _: kept if r.has_data else deleted,
               "data", chip=lambda r: "kept" if r.has_data else "data_deleted"),
        Column(translate("Console", "Request"),
               lambda r, _: "" if r.request == "none" else fmt.label(r.request),
               None, chip=lambda r: r.request),
    ]
    return LazyTableModel(controller, "employees", columns, queries.count_employees,
                          queries.employees_page, key=lambda r: r.profile_id, sort="name",
                          descending=False, params={"portal_address": ""}, parent=parent)


def network_model(controller, parent=None) -> LazyTableModel:
    none = translate("Console", "(none)")
    columns = [
        Column(translate("Console", "Person"), lambda r, _: r.name, "name"),
        Column(translate("Console", "Email"), lambda r, _: r.email, "email"),
        Column(translate("Console", "Network profile"), _status("status"), "status",
               chip=_chip("status")),
        Column(translate("Console", "Bitrix24 accounts on the Network page"),
               lambda r, _: ", ".join(r.portals) if r.portals else none, None),
    ]
    return LazyTableModel(controller, "network", columns, queries.count_network_pages,
                          queries.network_pages, key=lambda r: r.person_key, sort="name",
                          descending=False, parent=parent)


def notices_model(controller, parent=None) -> LazyTableModel:
    columns = [
        Column(translate("Console", "Time"), lambda r, _: fmt.when(r.created_at), "time"),
        Column(translate("Console", "Person"), lambda r, _: r.person_name, "person"),
        Column(translate("Console", "Bitrix24"), lambda r, _: r.portal_address or "", "portal"),
        Column(translate("Console", "Kind"), lambda r, _: words.kind(r.kind), "kind"),
        Column(translate("Console", "Notice"), lambda r, _: r.text, "text",
               tooltip=lambda r: r.text),
    ]
    return LazyTableModel(controller, "notices", columns, queries.count_notices,
                          queries.notices_page, key=lambda r: r.id, sort="time",
                          descending=True, params={"person_key": None}, parent=parent)


def _audit_texts(r) -> tuple[str, str]:
    return words.audit_texts(r.event, r.subject, r.detail, r.at)


def audit_model(controller, parent=None) -> LazyTableModel:
    sequence = translate("Console", "Sequence number: the order events were written in")
    columns = [
        Column("#", lambda r, _: str(r.id), "id", tooltip=lambda r: sequence),
        Column(translate("Console", "Time"), lambda r, _: fmt.when(r.at), "time"),
        Column(translate("Console", "Actor"), lambda r, _: words.actor(r.actor), "actor"),
        Column(translate("Console", "Event"), lambda r, _: words.event(r.event), "event"),
        Column(translate("Console", "Subject", "what an audit row is about"), lambda r, _: _audit_texts(r)[0], "subject"),
        Column(translate("Console", "Detail"), lambda r, _: _audit_texts(r)[1], None),
    ]
    return LazyTableModel(controller, "audit", columns, queries.count_audit,
                          queries.audit_page, key=lambda r: r.id, sort="time", descending=True,
                          params={"person_key": None}, parent=parent)
