"""What an administrator does from their phone, as the navigator's actions (a mixin of
``PhoneNavigator``): open an employee's profile from a notice or the employee list, delete a
dismissed user's data, give admin rights. Each is one unit of work through the controller,
on this phone's session (``gui.controller.DeviceController`` for the second phone)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from core import devices as dv
from core import errors as e
from core import i18n
from gui.i18n import translate


class AdminActions:
    """Needs ``controller``, ``screens`` and ``go`` (PhoneNavigator has them)."""

    _employee_key: str | None = None

    def open_employee(self, person_key: str) -> None:
        self._employee_key = person_key
        self.go("employee")
        self.screens["employee"].show_done("")

    def employee_view(self) -> Any:
        """The employee screen's view (None, and the employee list instead, when gone)."""
        if self._employee_key is None:
            self.go("employees")
            return None
        return self.controller.read(dv.employee, self._employee_key)

    def delete_user_data(self, person_key: str) -> None:
        self._admin_act(dv.delete_dismissed_data, person_key, lambda: translate(
            "Phone", "{name}'s data and content have been deleted."))

    def give_admin_rights(self, person_key: str) -> None:
        self._admin_act(dv.give_admin_rights, person_key, lambda: translate(
            "Phone", "{name} now has admin permissions in {portal}."))

    def _admin_act(self, fn, person_key: str, done: Callable[[], str]) -> None:
        """``done`` says what was done, asked for in the employee screen's language."""
        screen = self.screens["employee"]
        try:
            view = self.controller.act(fn, person_key, actor="administrator")
        except e.DomainError as err:
            screen.show_error(str(err))
            return
        screen.show_error("")
        with i18n.use(screen.language):
            said = done()
        screen.show_done(said.format(name=view.person.name, portal=view.portal.name))
