"""The console's record tabs: a filter, a lazy table, and each tab's own actions."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core import queries, services, words
from gui.console import format as fmt
from gui.console import models as tm
from gui.console.chips import ChipDelegate
from gui.console.widgets import (
    CHOICES_LIMIT,
    attempt,
    button,
    caption,
    choose_value,
    combo,
    combo_value,
    limited_tip,
    named,
)
from gui.counts import CONSOLE
from gui.i18n import translate


def fit_widths(natural: list[int], minimum: list[int], available: int,
               fixed: set[int] | frozenset = frozenset()) -> list[int]:
    """Column widths that fit ``available``: each its ``natural`` width if all fit; else the
    widest are cut down to one common width, so short columns (dates, statuses) stay whole.
    None goes below its ``minimum`` (its title); ``fixed`` columns keep their width."""
    widths, held = list(natural), set(fixed)
    while sum(widths) > available:
        flexible = sorted((c for c in range(len(widths)) if c not in held),
                          key=lambda c: widths[c], reverse=True)
        if not flexible:
            break
        budget = available - sum(widths[c] for c in range(len(widths)) if c in held)
        cap, k = _common_cap([widths[c] for c in flexible], budget)
        floored = [c for c in flexible[:k] if minimum[c] > cap]
        if not floored:
            for c in flexible[:k]:
                widths[c] = cap
            break
        for c in floored:  # held at their title's width; the others share the rest
            widths[c] = min(widths[c], minimum[c])
            held.add(c)
    return widths


def _common_cap(widths: list[int], budget: int) -> tuple[int, int]:
    """The width the k widest of ``widths`` (sorted, widest first) are cut to so all fit
    ``budget``, with the narrower ones whole: (cap, k)."""
    for k in range(1, len(widths) + 1):
        rest = sum(widths[k:])
        cap = max((budget - rest) // k, 0)
        if k == len(widths) or cap >= widths[k]:
            return cap, k
    return 0, len(widths)


class TablePage(QWidget):
    """A filter box, a row count and a lazy table; refreshed live, keeping the selection."""

    message = Signal(str, str)
    title = ""  # English, marked (QT_TRANSLATE_NOOP); shown through translate("Console", ...)
    placeholder = ""  # the filter's: "Filter requests…" (a whole phrase: German says it
    #                   "Anfragen filtern…", with the noun's capital)
    MAX_COLUMN = 340  # a wider text is cut and its cell's tooltip shows it whole

    def __init__(self, controller, name: str, model: tm.LazyTableModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown_title = translate("Console", self.title)
        named(self, f"tab_{name}", self.shown_title)
        self.controller = controller
        self.name = name
        self.model = model
        self.dirty = True
        self._fitting = False
        self._user_sized: set[int] = set()  # columns the user dragged: left as they are
        self._build_table()
        self._build_ui()
        self._connect_signals()

    def _build_table(self) -> None:
        self.filter = named(QLineEdit(), f"filter_{self.name}", translate(
            "Console", "Filter {records}").format(records=self.shown_title))
        self.filter.setPlaceholderText(translate("Console", self.placeholder))
        self.filter.setClearButtonEnabled(True)
        self.count_label = caption("", f"count_{self.name}")
        self.table = named(QTableView(), f"{self.name}_table", translate(
            "Console", "{records} table").format(records=self.shown_title))
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChipDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        order = (Qt.SortOrder.DescendingOrder if self.model.descending
                 else Qt.SortOrder.AscendingOrder)
        header.setSortIndicator(self.model.sort_column(), order)
        self.table.setSortingEnabled(True)  # sorts by the indicator: the model's own order

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        self.toolbar = QHBoxLayout()
        self.toolbar.addWidget(self.filter, 1)
        self.toolbar.addWidget(self.count_label)
        layout.addLayout(self.toolbar)
        self.main = layout
        layout.addWidget(self.table, 1)

    def _connect_signals(self) -> None:
        self.filter.textChanged.connect(self._filter_changed)
        self.model.modelReset.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)
        self.model.modelReset.connect(self.fit_columns)
        self.table.horizontalHeader().sectionResized.connect(self._section_resized)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed())

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self.dirty = False

    def _show_count(self, *_args) -> None:
        shown, total = self.model.rowCount(), self.model.total
        text = self.count(total)
        if self.model.text.strip():
            text = translate("Console", "{count} match").format(count=text)
        self.count_label.setText(text if shown >= total else translate(
            "Console", "{count} · {shown} loaded").format(count=text, shown=shown))

    def count(self, n: int) -> str:
        """``3 requests``: each tab says what it counts (gui/counts.py)."""
        raise NotImplementedError

    # -- column widths -------------------------------------------------------------------
    def fit_columns(self) -> None:
        """Each column as wide as its title and the rows on screen (at most MAX_COLUMN); when
        that is wider than the table, the widest give way first (their cut-off cells show
        the whole text as a tooltip); the last column takes what is left. Columns the user
        resized keep their width."""
        header = self.table.horizontalHeader()
        count = self.model.columnCount()
        if not count:
            return
        titles = [header.sectionSizeFromContents(c).width() for c in range(count)]
        content = self._content_widths()
        natural = [min(max(titles[c], content[c]), self.MAX_COLUMN)
                   if c not in self._user_sized else header.sectionSize(c)
                   for c in range(count)]
        widths = fit_widths(natural, titles, self.table.viewport().width(),
                            fixed=self._user_sized)
        self._fitting = True
        try:
            for c in range(count - 1):
                header.resizeSection(c, widths[c])
        finally:
            self._fitting = False

    FIT_ROWS = 60  # rows measured from the top one shown: a screenful and some

    def _content_widths(self) -> list[int]:
        """The widest cell of each column among the rows on screen, measured as the delegate
        draws them (QTableView.sizeHintForColumn asks the delegate for all 200 rows of a
        page: half a second)."""
        model, delegate = self.model, self.table.itemDelegate()
        font = self.table.font()
        first = max(self.table.rowAt(0), 0)
        rows = range(first, min(first + self.FIT_ROWS, model.rowCount()))
        widths = []
        for c, column in enumerate(model.columns):
            chip = column.chip is not None
            widths.append(max((delegate.needed_width(font, model.display(model.index(r, c)),
                                                     chip and bool(column.chip(model.row(r))))
                               for r in rows), default=0))
        return widths

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.model.rowCount():
            self.fit_columns()

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column < self.model.columnCount() - 1 and self.isVisible():
            self._user_sized.add(column)

    # -- selection -----------------------------------------------------------------------
    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_row(self, i: int) -> None:
        index = self.model.index(i, 0)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(index)

    def selection_changed(self) -> None:
        """Tabs with actions enable them for the selected row."""

    # -- live refresh --------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read what is on screen, keeping the selected row and the scroll position."""
        row = self.selected()
        key = self.model.key(row) if row is not None else None
        scroll = self.table.verticalScrollBar().value()
        self.model.reload(keep_loaded=True)
        self.dirty = False
        if key is not None:
            i = self.model.find(key)
            if i >= 0:
                self.select_row(i)
        self.table.verticalScrollBar().setValue(scroll)
        self.selection_changed()

    def _attempt(self, action: Callable[[], object], ok: str | Callable[[object], str] = ""):
        return attempt(self.message, action, ok)


NO_EMAIL = QT_TRANSLATE_NOOP("Console", "Select an email to preview it.")


def delivery_line(email, transport: str) -> str:
    """The line above the preview: what happened to the email, in words."""
    state = words.delivery_state(email.status, email.attempts, transport)
    n = email.attempts
    tried = CONSOLE.attempts(n)
    if state == "in_outbox":
        return translate("Console", "<b>In outbox</b> · kept in the database, nothing is sent "
                         "(transport: outbox)")
    via = tm.transport_name(transport)
    if state == "queued":
        return translate("Console", "<b>Queued</b> · waiting to be sent by {via}").format(
            via=via)
    if state == "retrying":
        return translate("Console", "<b>Retrying</b> by {via} · {tried} so far · last error: "
                         "{error}").format(via=via, tried=tried, error=html.escape(
                             email.last_error or translate("Console", "none")))
    if state == "sent":
        if email.sent_at:
            return translate("Console", "<b>Sent</b> · {tried} · {when} (real time)").format(
                tried=tried, when=fmt.when(email.sent_at))
        return translate("Console", "<b>Sent</b> · {tried}").format(tried=tried)
    if state == "failed":
        return translate("Console", "<b>Failed</b> · {tried} · last error: {error}").format(
            tried=tried, error=html.escape(email.last_error or translate("Console", "refused")))
    return translate("Console", "<b>{status}</b> · never sent: {reason}").format(
        status=html.escape(words.status(state)), reason=html.escape(email.suppressed_reason or ""))


class RequestsPage(TablePage):
    title = QT_TRANSLATE_NOOP("Console", "Requests")
    placeholder = QT_TRANSLATE_NOOP("Console", "Filter requests…")

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, "requests", tm.requests_model(controller), parent)

    def count(self, n: int) -> str:
        return CONSOLE.requests(n)


class EmailsPage(TablePage):
    """The outbox, an HTML preview of the selected email, export .eml and resend."""

    title = QT_TRANSLATE_NOOP("Console", "Emails")
    placeholder = QT_TRANSLATE_NOOP("Console", "Filter emails…")

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, "emails", tm.emails_model(controller), parent)
        self.file_dialog: QFileDialog | None = None

    def count(self, n: int) -> str:
        return CONSOLE.emails(n)

    def _build_ui(self) -> None:
        super()._build_ui()
        self.main.removeWidget(self.table)
        self.email_meta = named(QLabel(translate("Console", NO_EMAIL)), "email_meta",
                                translate("Console", "Selected email"))
        self.email_meta.setWordWrap(True)
        self.export_eml = button(translate("Console", "Export .eml…"), "export_eml")
        self.resend_email = button(translate("Console", "Resend"), "resend_email",
                                   tip=translate("Console", "Put a failed (or sent) email back "
                                                 "in the queue"))
        self.email_preview = named(QTextBrowser(), "email_preview",
                                   translate("Console", "Email preview"))
        self.email_preview.setOpenExternalLinks(False)
        self.email_preview.setOpenLinks(False)
        preview = QWidget()
        box = QVBoxLayout(preview)
        box.setContentsMargins(0, 6, 0, 0)
        box.setSpacing(6)
        bar = QHBoxLayout()
        bar.addWidget(self.email_meta, 1)
        bar.addWidget(self.export_eml)
        bar.addWidget(self.resend_email)
        box.addLayout(bar)
        box.addWidget(self._build_message_view(), 1)
        splitter = named(QSplitter(Qt.Orientation.Vertical), "emails_splitter",
                         self.shown_title)
        splitter.addWidget(self.table)
        splitter.addWidget(preview)
        # The preview gets the larger share: the first look should show the email itself.
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.main.addWidget(splitter, 1)
        self.selection_changed()

    def _build_message_view(self) -> QFrame:
        """The email as a mail client shows it: From, To, Date, Subject, then the HTML."""
        frame = named(QFrame(), "email_message", translate("Console", "Email message"))
        frame.setProperty("mail", True)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        head = named(QWidget(), "email_header", translate("Console", "Email header"))
        grid = QGridLayout(head)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(3)
        self.header_fields: dict[str, QLabel] = {}
        labels = {"From": (translate("Console", "From:"), translate("Console", "Email From")),
                  "To": (translate("Console", "To:"), translate("Console", "Email To")),
                  "Date": (translate("Console", "Date:"), translate("Console", "Email Date")),
                  "Subject": (translate("Console", "Subject:"),
                              translate("Console", "Email Subject"))}
        for i, (field, (label, accessible)) in enumerate(labels.items()):
            name = caption(label)
            value = named(QLabel(""), f"email_{field.lower()}", accessible)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setProperty("role", "strong" if field == "Subject" else "field")
            name.setBuddy(value)
            grid.addWidget(name, i, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, i, 1)
            self.header_fields[field] = value
        grid.setColumnStretch(1, 1)
        rule = QFrame()
        rule.setObjectName("email_header_rule")
        rule.setFixedHeight(1)
        layout.addWidget(head)
        layout.addWidget(rule)
        layout.addWidget(self.email_preview, 1)
        self.email_header = head
        return frame

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.export_eml.clicked.connect(self.choose_export_path)
        self.resend_email.clicked.connect(self.resend)

    def selection_changed(self) -> None:
        row = self.selected()
        self.export_eml.setEnabled(row is not None)
        self.resend_email.setEnabled(row is not None and row.status in ("failed", "sent"))
        detail = self.controller.read(queries.email_detail, row.id) if row is not None else None
        self.email_header.setVisible(detail is not None)
        if detail is None:
            self.email_meta.setText(translate("Console", NO_EMAIL))
            self.email_preview.clear()
            return
        mail = self.model.mail or tm.mail_settings()
        self.email_meta.setText(delivery_line(detail, mail.transport))
        fields = {"From": tm.mail_from(mail), "To": f"{detail.to_name} <{detail.to_addr}>",
                  "Date": translate("Console", "{when} UTC").format(
                      when=fmt.clock(detail.created_at)),
                  "Subject": detail.subject}
        for field, text in fields.items():
            self.header_fields[field].setText(text)
        self.email_preview.setHtml(detail.html_body)

    def choose_export_path(self) -> QFileDialog | None:
        row = self.selected()
        if row is None:
            return None
        title = translate("Console", "Export email")
        dialog = QFileDialog(self, title, str(Path.home() / f"email-{row.id}.eml"),
                             translate("Console", "Email files (*.eml)"))
        named(dialog, "export_eml_dialog", title)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("eml")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dialog.fileSelected.connect(lambda path, email_id=row.id: self.export(email_id, path))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export(self, email_id: int, path: str | Path) -> bool:
        def write():
            from core.mail import export_eml

            return export_eml(self.controller.store, email_id, path)

        return self._attempt(write, lambda target: translate(
            "Console", "Saved the email as {file}.").format(file=target)) is not None

    def resend(self) -> None:
        row = self.selected()
        if row is not None:
            from core.mail import resend

            self._attempt(lambda: self.controller.act_on_store(resend, row.id, actor="console"),
                          translate("Console", "The email to {address} is queued to be sent "
                                    "again.").format(address=row.to_addr))


class EmployeesPage(TablePage):
    """Employees of one Bitrix24, with the two administrator actions."""

    title = QT_TRANSLATE_NOOP("Console", "Employees")
    placeholder = QT_TRANSLATE_NOOP("Console", "Filter employees…")

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, "employees", tm.employees_model(controller), parent)

    def count(self, n: int) -> str:
        return CONSOLE.employees(n)

    def _build_ui(self) -> None:
        super()._build_ui()
        self.employees_portal = combo("employees_portal",
                                      translate("Console", "Employees of Bitrix24"))
        label = caption(translate("Console", "Employees of"))
        label.setBuddy(self.employees_portal)
        self.assign_admin = button(translate("Console", "Assign admin permissions"),
                                   "employees_assign_admin")
        self.delete_data = button(translate("Console", "Delete user's data"),
                                  "employees_delete_data", "destructive",
                                  tip=translate("Console", "Delete a dismissed user's data and "
                                                "content"))
        self.toolbar.insertWidget(0, label)
        self.toolbar.insertWidget(1, self.employees_portal)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.assign_admin)
        actions.addWidget(self.delete_data)
        self.main.addLayout(actions)
        self.selection_changed()

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.employees_portal.currentIndexChanged.connect(self._portal_changed)
        self.assign_admin.clicked.connect(self.assign)
        self.delete_data.clicked.connect(self.delete)

    def _portal_changed(self, _index: int) -> None:
        self.model.set_params(portal_address=combo_value(self.employees_portal))
        self.dirty = False

    def reload_choices(self) -> None:
        current = combo_value(self.employees_portal)
        self.employees_portal.blockSignals(True)
        self.employees_portal.clear()
        for p in self.controller.read(queries.portals):
            self.employees_portal.addItem(p.address if p.status == "active" else translate(
                "Console", "{address} (deleted)").format(address=p.address), p.address)
        choose_value(self.employees_portal, current)
        self.employees_portal.blockSignals(False)
        self.model.params = {"portal_address": combo_value(self.employees_portal)}
        self.dirty = True

    def selection_changed(self) -> None:
        row = self.selected()
        self.assign_admin.setEnabled(
            row is not None and row.role != "admin" and row.employment == "active"
            and row.access == "open" and row.person_status == "active")
        self.delete_data.setEnabled(row is not None and row.employment == "dismissed"
                                    and row.has_data)

    def _portal(self) -> str:
        return combo_value(self.employees_portal)

    def assign(self) -> None:
        row = self.selected()
        if row is not None:
            self._attempt(lambda: self.controller.act(services.assign_admin, self._portal(),
                                                      row.person_key, actor="administrator"),
                          translate("Console", "{person} is now an administrator of "
                                    "{portal}.").format(person=row.name, portal=self._portal()))

    def delete(self) -> None:
        row = self.selected()
        if row is not None:
            self._attempt(lambda: self.controller.act(services.delete_user_data, self._portal(),
                                                      row.person_key, actor="administrator"),
                          translate("Console", "{person}'s data in {portal} was deleted.")
                          .format(person=row.name, portal=self._portal()))


class NetworkPage(TablePage):
    title = QT_TRANSLATE_NOOP("Console", "Network pages")
    placeholder = QT_TRANSLATE_NOOP("Console", "Filter network pages…")

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, "network", tm.network_model(controller), parent)

    def count(self, n: int) -> str:
        return CONSOLE.people(n)


class _PersonFiltered(TablePage):
    """A table narrowed to one person by a combo box (Notices, Audit)."""

    def _build_ui(self) -> None:
        super()._build_ui()
        self.person = combo(f"{self.name}_person", translate(
            "Console", "{records} of person").format(records=self.shown_title))
        label = caption(translate("Console", "Person"))
        label.setBuddy(self.person)
        self.toolbar.insertWidget(0, label)
        self.toolbar.insertWidget(1, self.person)

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.person.currentIndexChanged.connect(self._person_changed)

    def _person_changed(self, _index: int) -> None:
        self.model.set_params(person_key=combo_value(self.person) or None)
        self.dirty = False

    def reload_choices(self) -> None:
        current = combo_value(self.person)
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(translate("Console", "Everyone"), "")
        people, total = self.controller.read(
            lambda uow: (queries.people(uow, CHOICES_LIMIT), queries.count_people(uow)))
        limited_tip(self.person, len(people), total)
        for p in people:
            self.person.addItem(p.name, p.key)
        choose_value(self.person, current)
        self.person.blockSignals(False)
        self.model.params = {"person_key": combo_value(self.person) or None}
        self.dirty = True


class NoticesPage(_PersonFiltered):
    title = QT_TRANSLATE_NOOP("Console", "Notices")
    placeholder = QT_TRANSLATE_NOOP("Console", "Filter notices…")

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, "notices", tm.notices_model(controller), parent)

    def count(self, n: int) -> str:
        return CONSOLE.notices(n)


class AuditPage(_PersonFiltered):
    title = QT_TRANSLATE_NOOP("Console", "Audit")
    placeholder = QT_TRANSLATE_NOOP("Console", "Filter audit…")

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, "audit", tm.audit_model(controller), parent)

    def count(self, n: int) -> str:
        return CONSOLE.events(n)
