"""The in-app browser on Bitrix24's login page (rule 4).

Pages: ``login`` ("Phone or email" -> Next), ``password`` ("Password" -> Next), ``consent``
(a sign-in service's "Continue as NAME" -> Next) and ``refused`` (logged in as someone other
than the app's person). Moving between its own pages is this screen's UI state; whether a
login works is the navigator's business (it calls core and tells the screen what to show).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from core.queries_phone import BrowserScreenView
from core.rules import SERVICE_NAMES
from core.views import LoginStep, PersonView
from gui.phone.screens.base import Screen, error_label, set_error
from gui.phone.widgets import (
    Avatar,
    BrowserBar,
    BrowserToolbar,
    Card,
    IconLabel,
    ListRow,
    button,
    clear_layout,
    label,
    scroll_page,
)

PAGES = ("login", "password", "consent", "refused")
PATHS = {"login": "/auth/", "password": "/auth/password/", "consent": "/auth/oauth/",
         "refused": "/profile/delete/"}


def _field(caption: str, name: str, password: bool = False) -> tuple[QWidget, QLineEdit]:
    """A captioned field of the login page; ``caption`` (already translated) is its name."""
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(6)
    cap = label(caption, "field_caption", f"{name}_caption")
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(caption)
    edit.setMinimumHeight(46)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    cap.setBuddy(edit)
    box.addWidget(cap)
    box.addWidget(edit)
    return holder, edit


def _heading(text: str, name: str) -> QWidget:
    """A page's heading, centred under the wordmark as on Bitrix24's login form."""
    heading = label(text, "large_title", name)
    heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return heading


class BrowserScreen(Screen):
    name = "browser"
    title = "Bitrix24"
    login_next = Signal(str)             # "Phone or email" -> Next
    password_next = Signal(str, str)     # login, password -> Next
    service_requested = Signal(str)      # apple | google | office365
    consent_next = Signal(str, str)      # service, person key -> Next
    log_out_requested = Signal()

    def _build_ui(self) -> None:
        self.bar = BrowserBar()
        self.root.addWidget(self.bar)
        self.pages = QStackedWidget()
        self.pages.setObjectName("browser_pages")
        self.errors: dict[str, object] = {}
        self.nexts: dict[str, object] = {}
        self.pages.addWidget(self._login_page())
        self.pages.addWidget(self._password_page())
        self.pages.addWidget(self._consent_page())
        self.pages.addWidget(self._refused_page())
        self.root.addWidget(self.pages, 1)
        self.toolbar = BrowserToolbar()
        self.root.addWidget(self.toolbar)
        self._forward_to: str | None = None
        self._address = "bitrix24.com"
        self._service = ""
        self._accounts: tuple[PersonView, ...] = ()
        self._chosen: str | None = None
        self._login = ""
        self._go("login")

    # -- pages ---------------------------------------------------------------------
    def _page(self, name: str) -> QVBoxLayout:
        area, box = scroll_page(f"browser_{name}")
        area.setProperty("page", name)
        box.setContentsMargins(24, 28, 24, 24)
        box.setSpacing(14)
        self._pending_area = area
        logo = QHBoxLayout()
        logo.setSpacing(0)
        logo.addStretch(1)
        logo.addWidget(label("Bitrix", "logo", wrap=False))
        logo.addWidget(label("24", "logo_accent", wrap=False))
        logo.addStretch(1)
        box.addLayout(logo)  # Bitrix24's login page: the wordmark centred over the form
        return box

    def _add_error(self, box: QVBoxLayout, page: str) -> None:
        err = error_label("login_error")
        box.addWidget(err)
        self.errors[page] = err

    def _login_page(self) -> QWidget:
        box = self._page("login")
        box.addWidget(_heading(self.tr("Log in"), "browser_heading"))
        holder, self.login = _field(self.tr("Phone or email"), "login")
        box.addWidget(holder)
        self._add_error(box, "login")
        self.login_next_btn = button(self.tr("Next"), "next", "primary")
        self.nexts["login"] = self.login_next_btn
        box.addWidget(self.login_next_btn)
        divider = label(self.tr("or sign in with"), "divider")
        divider.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(divider)
        self.service_buttons = {}
        for service, title in SERVICE_NAMES.items():
            btn = button(self.tr("Sign in with {service}").format(service=title),
                         f"sign_in_with_{service}", "service", service)
            btn.clicked.connect(lambda _=False, s=service: self._service_clicked(s))
            box.addWidget(btn)
            self.service_buttons[service] = btn
        # Bitrix24's login form has it too; under the services, which stay in view above
        # the keyboard (flows tap them with the keyboard up).
        self._forgot(box, "login_forgot_password")
        box.addStretch(1)
        return self._pending_area

    def _password_page(self) -> QWidget:
        box = self._page("password")
        box.addWidget(_heading(self.tr("Enter password"), "password_heading"))
        who = QHBoxLayout()
        who.setSpacing(8)
        self.login_shown = label("", "body_strong", "password_login", wrap=False)
        who.addWidget(self.login_shown, 1)
        self.change_login = button(self.tr("Change"), "change_login", "link")
        who.addWidget(self.change_login)
        box.addLayout(who)
        holder, self.password = _field(self.tr("Password"), "password", password=True)
        box.addWidget(holder)
        self._add_error(box, "password")
        self.password_next_btn = button(self.tr("Next"), "next", "primary")
        self.nexts["password"] = self.password_next_btn
        box.addWidget(self.password_next_btn)
        self.forgot, self.forgot_note = self._forgot(box, "forgot_password")
        box.addStretch(1)
        return self._pending_area

    def _forgot(self, box: QVBoxLayout, name: str):
        """"Forgot your password?" and its note (ids ``name``, ``name_note``). It looks
        like a link, so it answers like one: recovery itself is not simulated."""
        link = button(self.tr("Forgot your password?"), name, "link")
        box.addWidget(link, 0, Qt.AlignmentFlag.AlignHCenter)
        note = label(self.tr("Password recovery is not part of this prototype. "
                             "Each person's password is in the world file "
                             "(password:)."),
                     "caption", f"{name}_note")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setVisible(False)
        link.clicked.connect(lambda: note.setVisible(True))
        box.addWidget(note)
        self.forgot_notes = [*getattr(self, "forgot_notes", []), note]
        return link, note

    def _consent_page(self) -> QWidget:
        box = self._page("consent")
        head = QHBoxLayout()
        head.setSpacing(10)
        self.service_icon = IconLabel("google", 24)
        head.addWidget(self.service_icon)
        self.service_title = label("", "title", "consent_service", wrap=False)
        head.addWidget(self.service_title, 1)
        box.addLayout(head)
        self.consent_intro = label("", "body", "consent_intro")
        box.addWidget(self.consent_intro)
        card = Card("consent_account", margins=14, spacing=2)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.consent_avatar = Avatar(44)
        row.addWidget(self.consent_avatar)
        names = QVBoxLayout()
        names.setSpacing(1)
        self.continue_as = label("", "row_title", "continue_as")
        self.consent_email = label("", "row_subtitle", "consent_email", wrap=False)
        names.addWidget(self.continue_as)
        names.addWidget(self.consent_email)
        row.addLayout(names, 1)
        card.box.addLayout(row)
        box.addWidget(card)
        self.other_account = button(self.tr("Use another account"), "other_account", "link")
        box.addWidget(self.other_account, 0, Qt.AlignmentFlag.AlignLeft)
        self.accounts_card = Card("accounts", margins=0, spacing=0)
        self.accounts_card.setVisible(False)
        box.addWidget(self.accounts_card)
        self.no_accounts = label("", "secondary", "no_accounts")
        box.addWidget(self.no_accounts)
        self._add_error(box, "consent")
        self.consent_next_btn = button(self.tr("Next"), "next", "primary")
        self.nexts["consent"] = self.consent_next_btn
        box.addWidget(self.consent_next_btn)
        box.addStretch(1)
        return self._pending_area

    def _refused_page(self) -> QWidget:
        box = self._page("refused")
        box.addWidget(label(self.tr("Delete account"), "large_title"))
        self.logged_in_as = label("", "body_strong", "browser_logged_in_as")
        box.addWidget(self.logged_in_as)
        self.refusal = label("", "error_block", "refusal")
        box.addWidget(self.refusal)
        self._add_error(box, "refused")
        self.refused_log_out = button(self.tr("Log out"), "log_out", "primary")
        self.nexts["refused"] = self.refused_log_out
        box.addWidget(self.refused_log_out)
        box.addStretch(1)
        return self._pending_area

    def _connect_signals(self) -> None:
        self.bar.done_clicked.connect(self.back_requested)
        self.bar.reload_clicked.connect(self._reload)
        self.answers_not_here(self.bar.reader, self.tr("Reader view"))
        self.toolbar.back_clicked.connect(self._back)
        self.toolbar.forward_clicked.connect(self._forward)
        self.answers_not_here(self.toolbar.share, self.tr("Share"))
        self.answers_not_here(self.toolbar.safari, self.tr("Open in Safari"))
        self.login_next_btn.clicked.connect(lambda: self.login_next.emit(self.login.text()))
        self.password_next_btn.clicked.connect(
            lambda: self.password_next.emit(self._login, self.password.text()))
        self.change_login.clicked.connect(lambda: self._go("login"))
        self.other_account.clicked.connect(
            lambda: self.accounts_card.setVisible(not self.accounts_card.isVisible()))
        self.consent_next_btn.clicked.connect(self._consent_clicked)
        self.refused_log_out.clicked.connect(self.log_out_requested)

    # -- what the navigator tells it -------------------------------------------------
    def show_view(self, view: BrowserScreenView) -> None:
        super().show_view(view)
        self._address = view.portal_address
        self._update_url()

    def start(self) -> None:
        """A fresh login page (no session in the browser)."""
        self.login.clear()
        self.password.clear()
        self._go("login")

    def show_password(self, step: LoginStep) -> None:
        self._login = step.login
        self.login_shown.setText(step.login)
        self.password.clear()
        self._go("password")

    def show_consent(self, service: str, accounts: tuple[PersonView, ...]) -> None:
        self._service, self._accounts = service, accounts
        self._chosen = accounts[0].key if accounts else None
        title = SERVICE_NAMES[service]
        self.service_icon.set_icon(service)
        self.service_title.setText(self.tr("Sign in with {service}").format(service=title))
        self.consent_intro.setText(self.tr(
            "Choose your {service} account to continue to Bitrix24. {service} will share your "
            "name and email with Bitrix24.").format(service=title))
        self.accounts_card.setVisible(False)
        self._show_accounts()
        self._go("consent")

    def show_refused(self, message: str, browser_person: PersonView | None) -> None:
        # The refusal below names both accounts (rule 4); the heading says what is wrong
        # without repeating its first sentence.
        self.logged_in_as.setText(self.tr("This is not the account you use in the app")
                                  if browser_person
                                  else self.tr("You are logged in as someone else"))
        self.refusal.setText(message)
        self._go("refused")

    def show_error(self, message: str) -> None:
        set_error(self.errors[self.page()], message)

    def page(self) -> str:
        return PAGES[self.pages.currentIndex()]

    # -- inside the screen -----------------------------------------------------------
    def _go(self, page: str, forward_to: str | None = None) -> None:
        self._forward_to = forward_to
        self.toolbar.set_forward(forward_to is not None)
        for err in self.errors.values():
            set_error(err, None)
        for note in self.forgot_notes:
            note.setVisible(False)
        self.pages.setCurrentIndex(PAGES.index(page))
        self.primary = self.nexts[page]
        self._update_url()
        first = {"login": self.login, "password": self.password}.get(page, self)
        if self.isVisible():
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first(self) -> None:
        {"login": self.login, "password": self.password}.get(self.page(), self).setFocus()

    def _update_url(self) -> None:
        self.bar.set_url(f"https://{self._address}{PATHS[self.page()]}")

    def _back(self) -> None:
        """Safari's back: the previous page of the login; from its first page, out of the
        browser (as Done)."""
        if self.page() in ("password", "consent"):
            self._go("login", forward_to=self.page())
        else:
            self.back_requested.emit()

    def system_back(self) -> bool:
        self._back()
        return True

    def _forward(self) -> None:
        if self._forward_to is not None:
            self._go(self._forward_to)

    def _reload(self) -> None:
        """Reload: the same page afresh (its error gone, what was typed kept)."""
        set_error(self.errors[self.page()], None)

    def _service_clicked(self, service: str) -> None:
        set_error(self.errors["login"], None)
        self.service_requested.emit(service)

    def _show_accounts(self) -> None:
        chosen = next((a for a in self._accounts if a.key == self._chosen), None)
        self.continue_as.setText(self.tr("Continue as {name}").format(name=chosen.name)
                                 if chosen else "")
        self.consent_email.setText(chosen.email if chosen else "")
        if chosen:
            self.consent_avatar.set_person(chosen.name, chosen.key)
        self.consent_avatar.parentWidget().setVisible(chosen is not None)
        self.other_account.setVisible(len(self._accounts) > 1)
        title = SERVICE_NAMES.get(self._service, "")
        self.no_accounts.setText(self.tr(
            "There is no {service} account on this phone that is linked to a Bitrix24 Network "
            "profile.").format(service=title))
        self.no_accounts.setVisible(chosen is None)
        self.consent_next_btn.setEnabled(chosen is not None)
        clear_layout(self.accounts_card.box)
        for person in self._accounts:
            row = ListRow(person.name, person.email, f"account_{person.key}", person.key)
            row.set_selected(person.key == self._chosen)
            row.clicked.connect(lambda _=False, k=person.key: self._choose(k))
            self.accounts_card.add(row)
        self.accounts_card.finish()

    def _choose(self, key: str) -> None:
        self._chosen = key
        self._show_accounts()
        self.accounts_card.setVisible(False)

    def _consent_clicked(self) -> None:
        if self._chosen:
            self.consent_next.emit(self._service, self._chosen)
