"""Employees: the administrator's list of the people in their Bitrix24 (Dismissed shown), and
one employee's profile, where an administrator deletes a dismissed user's data or gives an
active employee admin rights (the article: data stays "until your Bitrix24 administrator
deletes them"; the sole administrator's way out)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal

from core import i18n
from core.devices import EmployeesView, EmployeeView
from gui.phone.screens.base import Screen, error_label, set_error
from gui.phone.widgets import (
    Avatar,
    Card,
    InfoRow,
    ListRow,
    NavBar,
    button,
    clear_layout,
    label,
    scroll_page,
)

EMPLOYMENT = {"active": QT_TRANSLATE_NOOP("EmployeesScreen", "Active"),
              "dismissed": QT_TRANSLATE_NOOP("EmployeesScreen", "Dismissed")}


class EmployeesScreen(Screen):
    name = "employees"
    title = QT_TRANSLATE_NOOP("EmployeesScreen", "Employees")
    employee_requested = Signal(str)  # person key

    def _build_ui(self) -> None:
        self.nav = NavBar(self.tr(self.title))
        self.root.addWidget(self.nav)
        area, box = scroll_page("employees")
        self.portal_line = label("", "page_kicker", "employees_portal")
        box.addWidget(self.portal_line)
        self.list = Card("employees_card", margins=0, spacing=0)
        box.addWidget(self.list)
        box.addStretch(1)
        self.root.addWidget(area, 1)

    def _connect_signals(self) -> None:
        self.nav.back_clicked.connect(self.back_requested)

    def show_view(self, view: EmployeesView) -> None:
        super().show_view(view)
        self.portal_line.setText(view.portal.name.upper())
        clear_layout(self.list.box)
        for row in view.employees:
            person = row.person
            status = self.tr(EMPLOYMENT.get(row.employment, row.employment))
            if row.role == "admin" and row.employment == "active":
                status = self.tr("Administrator")
            item = ListRow(person.name, f"{status} · {person.position}" if person.position
                           else status, f"employee_{person.key}", person.key)
            item.setAccessibleName(f"{person.name}, {status}")
            item.clicked.connect(lambda _=False, k=person.key: self.employee_requested.emit(k))
            self.list.add(item)
        self.list.finish()


class EmployeeScreen(Screen):
    """One employee's profile as their administrator sees it."""

    name = "employee"
    title = QT_TRANSLATE_NOOP("EmployeeScreen", "Employee")
    delete_data_requested = Signal(str)
    give_admin_requested = Signal(str)

    def _build_ui(self) -> None:
        self.nav = NavBar(self.tr(self.title))
        self.root.addWidget(self.nav)
        area, box = scroll_page("employee")
        box.setSpacing(12)
        self.avatar = Avatar(72)
        box.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignHCenter)
        self.name_line = label("", "title", "employee_name")
        self.position = label("", "secondary", "employee_position")
        for line in (self.name_line, self.position):
            line.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            box.addWidget(line)
        card = Card("employee_card", margins=16, spacing=4)
        self.status = InfoRow(self.tr("Status"), "employee_status")
        self.email = InfoRow(self.tr("Email"), "employee_email")
        self.data = InfoRow(self.tr("Data and content"), "employee_data")
        for row in (self.status, self.email, self.data):
            card.add(row)
        box.addWidget(card)
        self.delete_data = button(self.tr("Delete user data"), "delete_user_data",
                                  "destructive")
        box.addWidget(self.delete_data)
        self.give_admin = button(self.tr("Give admin rights"), "give_admin_rights", "plain")
        box.addWidget(self.give_admin)
        self.done_line = label("", "secondary", "employee_done")
        self.done_line.hide()
        box.addWidget(self.done_line)
        self.error = error_label()
        box.addWidget(self.error)
        box.addStretch(1)
        self.root.addWidget(area, 1)

    def _connect_signals(self) -> None:
        self.nav.back_clicked.connect(self.back_requested)
        self.delete_data.clicked.connect(lambda: self._emit(self.delete_data_requested))
        self.give_admin.clicked.connect(lambda: self._emit(self.give_admin_requested))

    def _emit(self, signal) -> None:
        if self.view is not None:
            signal.emit(self.view.profile.person.key)

    def show_view(self, view: EmployeeView) -> None:
        super().show_view(view)
        p = view.profile
        self.avatar.set_person(p.person.name, p.person.key)
        self.name_line.setText(p.person.name)
        self.position.setText(p.person.position or p.portal.name)
        status = self.tr("Dismissed") if p.employment == "dismissed" else self.tr("Active")
        if p.request == "pending" and view.due_at is not None:
            status = self.tr("{status} · to be deleted on {date}").format(
                status=status, date=i18n.format_day(view.due_at, self.language))
        self.status.set_value(status)
        self.email.set_value(p.person.email)
        self.data.set_value(self.tr("Kept until an administrator deletes them") if p.has_data
                            else self.tr("Deleted"))
        admin = view.viewer_is_admin
        self.delete_data.setVisible(admin and p.employment == "dismissed" and p.has_data)
        self.give_admin.setVisible(admin and p.employment == "active" and p.access == "open"
                                   and p.role != "admin" and p.person.status == "active")

    def show_done(self, text: str) -> None:
        self.done_line.setText(text)
        self.done_line.setVisible(bool(text))

    def show_error(self, message: str) -> None:
        set_error(self.error, message)
