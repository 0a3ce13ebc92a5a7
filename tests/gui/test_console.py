"""The simulator console: every control clicked for real, each checked against the store."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from core import models as m
from core import processing, queries, services
from gui.console.panel import ConsolePanel
from gui.controller import AppController
from gui.pictures import grab

LEFT = Qt.MouseButton.LeftButton
START = datetime(2026, 3, 2, 9, 0)


@pytest.fixture
def settings_dir(tmp_path, qapp):
    """Keep QSettings in a temporary folder: tests never touch the user's settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    QSettings().clear()
    return tmp_path / "settings"


@pytest.fixture
def controller(store, settings_dir):
    return AppController(store)


@pytest.fixture
def panel(controller, qtbot):
    p = ConsolePanel(controller)
    qtbot.addWidget(p)
    p.resize(1150, 900)
    p.show()
    qtbot.waitExposed(p)
    return p


def send_request(controller, person="anna", portal="acme.bitrix24.com",
                 login="anna@acme.example", password="Anna-pass-1"):
    controller.act(services.sign_in, person, portal)
    controller.act(services.browser_login, login, password)
    return controller.act(services.send_request, "Leaving the company", 7, True,
                          sole_admin_confirmed=True)


def read(controller, fn, *args, **kwargs):
    return controller.read(fn, *args, **kwargs)


def click(qtbot, panel, name: str) -> None:
    widget = _find(panel, name)
    assert widget.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(widget, LEFT)


def _find(panel, name: str):
    widget = panel.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


def click_tab(qtbot, panel, name: str):
    bar = panel.tabs.tabBar()
    i = panel.tabs.indexOf(panel.page(name))
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(i).center())
    assert panel.tabs.currentIndex() == i
    return panel.page(name)


def click_row(qtbot, page, i: int) -> None:
    table = page.table
    table.scrollTo(page.model.index(i, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(page.model.index(i, 0)).center())
    assert page.selected() is page.model.row(i)


def column(page, title: str) -> list[str]:
    c = next(i for i, col in enumerate(page.model.columns) if col.title == title)
    return [page.model.index(r, c).data() for r in range(page.model.rowCount())]


def now(controller) -> datetime:
    return read(controller, services.now)


# ---------------------------------------------------------------- the clock


def test_the_clock_shows_the_simulated_time_large(panel):
    label = _find(panel, "clock_label")
    assert label.text() == "Mon 2 Mar 2026, 09:00:00"
    assert label.accessibleName() == "Simulated time"


@pytest.mark.parametrize(("name", "delta"), [
    ("advance_1h", timedelta(hours=1)),
    ("advance_1d", timedelta(days=1)),
    ("advance_7d", timedelta(days=7)),
])
def test_each_step_button_moves_the_clock_by_its_amount(qtbot, panel, controller, name, delta):
    click(qtbot, panel, name)
    assert now(controller) == START + delta
    assert _find(panel, "clock_label").text().endswith(f"{(START + delta):%H:%M:%S}")
    assert read(controller, queries.audit_page)[0].event == "clock_advanced"


def test_a_custom_amount_moves_the_clock_and_nonsense_is_refused_clearly(qtbot, panel,
                                                                         controller):
    field = _find(panel, "custom_amount")
    qtbot.keyClicks(field, "1d 12h")
    click(qtbot, panel, "advance_custom")
    assert now(controller) == START + timedelta(days=1, hours=12)
    assert _find(panel, "console_message").text() == "Clock moved on 1 day 12 hours."
    field.clear()
    qtbot.keyClicks(field, "soon")
    click(qtbot, panel, "advance_custom")
    message = _find(panel, "console_message")
    assert message.isVisible() and "Not a duration" in message.text()
    assert message.property("kind") == "error"
    assert now(controller) == START + timedelta(days=1, hours=12)


def test_the_next_due_request_is_named_with_how_far_away_it_is(qtbot, panel, controller):
    label = _find(panel, "next_due_label")
    assert "No pending" in label.text()
    assert not _find(panel, "advance_next_due").isEnabled()
    send_request(controller)
    assert "Anna Petrova" in label.text() and "in 30 days" in label.text()
    assert "1 Apr 2026, 09:00" in label.text()
    click(qtbot, panel, "advance_7d")
    assert "in 23 days" in label.text()


def test_to_next_due_date_completes_the_request_on_its_due_date(qtbot, panel, controller):
    sent = send_request(controller)
    click(qtbot, panel, "advance_next_due")
    assert now(controller) == sent.request.due_at
    assert read(controller, queries.requests_page)[0].status == "completed"
    assert "1 request completed" in _find(panel, "console_message").text()


def test_process_now_completes_what_is_already_due(qtbot, panel, controller, store):
    sent = send_request(controller)
    with store.uow() as uow:  # the clock moved by another process, nothing processed yet
        uow.clock.set(sent.request.due_at + timedelta(minutes=1))
        uow.commit()
    assert read(controller, queries.requests_page)[0].status == "pending"
    click(qtbot, panel, "process_now")
    assert read(controller, queries.requests_page)[0].status == "completed"


# ---------------------------------------------------------------- the world


def test_reset_to_the_demo_world_forgets_everything_done(qtbot, panel, controller):
    send_request(controller)
    click(qtbot, panel, "advance_7d")
    click(qtbot, panel, "reset_world")
    assert now(controller) == START
    assert read(controller, queries.count_requests) == 0
    assert panel.requests.model.rowCount() == 0
    assert _find(panel, "world_name").text() == "Demo world"
    # As `main.py reset`: the world it replaced is kept beside the database, and said so.
    path = Path(controller.store.url.removeprefix("sqlite:///"))
    kept = list(path.parent.glob(f"{path.stem}.backup-*{path.suffix}"))
    assert len(kept) == 1
    assert f"kept as {kept[0].name}" in _find(panel, "console_message").text()
    with sqlite3.connect(kept[0]) as old:
        assert old.execute("SELECT count(*) FROM deletion_requests").fetchone() == (1,)


def _world_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "small.yaml"
    path.write_text(body, encoding="utf-8")
    return path


SMALL_WORLD = """\
name: Small world
clock: 2027-01-05T12:00:00Z
portals: [{address: tiny.bitrix24.com, name: Tiny}]
people:
  - {key: ivy, name: Ivy Stone, email: ivy@tiny.example, method: email, password: Ivy-pass-1,
     profiles: [{portal: tiny.bitrix24.com, role: admin}]}
session: {person: ivy, portal: tiny.bitrix24.com}
"""


def test_open_world_uses_a_non_modal_dialog_and_loads_the_chosen_file(qtbot, panel,
                                                                      controller, tmp_path):
    path = _world_file(tmp_path, SMALL_WORLD)
    click(qtbot, panel, "open_world")
    dialog = panel.world_card.file_dialog
    assert dialog.isVisible()
    assert dialog.windowModality() != Qt.WindowModality.ApplicationModal  # open(), not exec()
    dialog.selectFile(str(path))
    dialog.accept()
    assert _find(panel, "world_name").text() == "Small world"
    assert _find(panel, "clock_label").text() == "Tue 5 Jan 2027, 12:00:00"
    person = _find(panel, "sign_in_person")
    assert [person.itemData(i) for i in range(person.count())] == ["ivy"]


def test_an_invalid_world_file_is_refused_with_the_path_of_each_problem(qtbot, panel,
                                                                        controller, tmp_path):
    bad = _world_file(tmp_path, SMALL_WORLD.replace("ivy@tiny.example", "not-an-email"))
    assert panel.world_card.open_world_file(bad) is False
    text = _find(panel, "console_message").text()
    assert "people[0].email" in text and "not an email address" in text
    assert str(bad) in text
    assert _find(panel, "world_name").text() == "Demo world"  # nothing replaced


def test_sign_in_puts_the_phone_in_any_persons_bitrix24(qtbot, panel, controller):
    person, portal = _find(panel, "sign_in_person"), _find(panel, "sign_in_portal")
    person.setCurrentIndex(person.findData("carla"))
    assert [portal.itemData(i) for i in range(portal.count())] == [
        "acme.bitrix24.com", "bloom.bitrix24.com"]
    portal.setCurrentIndex(portal.findData("bloom.bitrix24.com"))
    click(qtbot, panel, "sign_in_as")
    view = read(controller, services.session_view)
    assert (view.person.key, view.portal.address) == ("carla", "bloom.bitrix24.com")
    assert "Carla Gomez" in _find(panel, "session_label").text()


# ---------------------------------------------------------------- device and policy


def test_the_platform_switch_sets_the_device(qtbot, panel, controller):
    assert _find(panel, "platform_ios").isChecked()
    click(qtbot, panel, "platform_android")
    assert read(controller, services.session_view).platform == "android"
    click(qtbot, panel, "platform_ios")
    assert read(controller, services.session_view).platform == "ios"


def test_the_deployment_of_each_bitrix24_can_be_switched(qtbot, panel, controller):
    combo = _find(panel, "deployment_portal")
    combo.setCurrentIndex(combo.findData("bloom.bitrix24.com"))
    click(qtbot, panel, "deployment_on_premise")
    deployments = {p.address: p.deployment for p in read(controller, queries.portals)}
    assert deployments["bloom.bitrix24.com"] == "on-premise"
    assert deployments["acme.bitrix24.com"] == "cloud"
    combo.setCurrentIndex(combo.findData("northwind.example.com"))
    assert _find(panel, "deployment_on_premise").isChecked()
    click(qtbot, panel, "deployment_cloud")
    assert {p.address: p.deployment for p in read(controller, queries.portals)}[
        "northwind.example.com"] == "cloud"


def test_the_policy_knobs_change_platforms_entry_and_window(qtbot, panel, controller):
    click(qtbot, panel, "policy_android")
    assert read(controller, services.session_view).policy_platforms == ("ios", "android")
    assert _find(panel, "console_message").text() == \
        "Delete account is offered on: iOS, Android."
    click(qtbot, panel, "policy_entry_edit_profile")
    assert read(controller, services.session_view).entry == "edit_profile"
    click(qtbot, panel, "policy_entry_profile")
    assert read(controller, services.session_view).entry == "profile"
    days = _find(panel, "policy_window_days")
    days.selectAll()
    qtbot.keyClicks(days.lineEdit(), "14")
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert read(controller, services.session_view).window_days == 14


def test_a_policy_offered_on_no_platform_is_refused_and_the_box_ticks_back(qtbot, panel,
                                                                          controller):
    click(qtbot, panel, "policy_ios")  # would leave no platform at all
    assert "non-empty" in _find(panel, "console_message").text()
    assert _find(panel, "policy_ios").isChecked()
    assert read(controller, services.session_view).policy_platforms == ("ios",)


# ---------------------------------------------------------------- the tabs


def test_the_requests_tab_lists_requests_live_and_filters_them(qtbot, panel, controller):
    page = click_tab(qtbot, panel, "requests")
    send_request(controller)
    send_request(controller, "eva", "bloom.bitrix24.com", "eva@bloom.example", "Eva-pass-1")
    assert sorted(column(page, "Person")) == ["Anna Petrova", "Eva Novak"]
    assert column(page, "In") == ["in 30 days", "in 30 days"]
    assert page.model.index(0, 2).data(Qt.ItemDataRole.UserRole + 1) == "pending"
    qtbot.keyClicks(_find(panel, "filter_requests"), "bloom")
    assert column(page, "Bitrix24") == ["bloom.bitrix24.com"]
    assert _find(panel, "count_requests").text().startswith("1 request")


def test_clicking_a_column_header_sorts_in_sql(qtbot, panel, controller):
    send_request(controller)
    send_request(controller, "eva", "bloom.bitrix24.com", "eva@bloom.example", "Eva-pass-1")
    page = click_tab(qtbot, panel, "requests")
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), LEFT, pos=_section_center(header, 0))
    first = column(page, "Person")
    qtbot.mouseClick(header.viewport(), LEFT, pos=_section_center(header, 0))
    assert column(page, "Person") == list(reversed(first))
    assert page.model.sort_key == "person"


def _section_center(header, i):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(i) + header.sectionSize(i) // 2,
                  header.height() // 2)


def test_the_emails_tab_previews_html_exports_eml_and_resends_a_failed_one(
        qtbot, panel, controller, store, tmp_path):
    send_request(controller)
    page = click_tab(qtbot, panel, "emails")
    assert set(column(page, "To")) == {"anna@acme.example", "boris@acme.example"}
    assert not _find(panel, "export_eml").isEnabled()
    i = column(page, "To").index("anna@acme.example")
    click_row(qtbot, page, i)
    preview = _find(panel, "email_preview")
    assert "Anna" in preview.toPlainText() and "<html" in preview.toHtml().lower()
    # export .eml through the (non-modal) save dialog
    click(qtbot, panel, "export_eml")
    target = tmp_path / "anna.eml"
    page.file_dialog.selectFile(str(target))
    page.file_dialog.accept()
    assert target.exists() and "anna@acme.example" in target.read_text(encoding="utf-8")
    # a failed email can be sent again
    email_id = page.selected().id
    assert not _find(panel, "resend_email").isEnabled()  # pending: nothing to resend
    with store.uow() as uow:
        row = uow.session.get(m.Email, email_id)
        row.status, row.attempts, row.last_error = "failed", 5, "550 mailbox unavailable"
        uow.commit()
    controller.changed.emit()
    assert page.selected().id == email_id  # the selection survived the refresh
    assert "550 mailbox unavailable" in _find(panel, "email_meta").text()
    click(qtbot, panel, "resend_email")
    assert read(controller, queries.email_detail, email_id).status == "pending"
    assert read(controller, queries.audit_page)[0].event == "email_resend"


def test_the_employees_tab_assigns_admin_permissions(qtbot, panel, controller):
    page = click_tab(qtbot, panel, "employees")
    combo = _find(panel, "employees_portal")
    assert combo.currentData() == "acme.bitrix24.com"
    names = column(page, "Employee")
    assert "Carla Gomez" in names and "Eva Novak" not in names
    click_row(qtbot, page, names.index("Carla Gomez"))
    assert not _find(panel, "employees_delete_data").isEnabled()
    click(qtbot, panel, "employees_assign_admin")
    carla = column(page, "Employee").index("Carla Gomez")
    assert column(page, "Role")[carla] == "Admin"
    assert not _find(panel, "employees_assign_admin").isEnabled()  # already an admin
    combo.setCurrentIndex(combo.findData("bloom.bitrix24.com"))
    assert "Eva Novak" in column(page, "Employee")


def test_the_employees_tab_deletes_a_dismissed_users_data(qtbot, panel, controller):
    send_request(controller)
    controller.advance(timedelta(days=31))
    page = click_tab(qtbot, panel, "employees")
    anna = column(page, "Employee").index("Anna Petrova")
    assert column(page, "Employment")[anna] == "Dismissed"
    assert column(page, "Data")[anna] == "Kept"
    click_row(qtbot, page, anna)
    click(qtbot, panel, "employees_delete_data")
    assert column(page, "Data")[column(page, "Employee").index("Anna Petrova")] == "Deleted"
    assert read(controller, queries.audit_page)[0].event == "user_data_deleted"


def test_the_network_pages_tab_shows_each_persons_listed_bitrix24s(qtbot, panel, controller):
    page = click_tab(qtbot, panel, "network")
    accounts = dict(zip(column(page, "Person"),
                        column(page, "Bitrix24 accounts on the Network page"), strict=True))
    assert accounts["Carla Gomez"] == "acme.bitrix24.com, bloom.bitrix24.com"
    qtbot.keyClicks(_find(panel, "filter_network"), "northwind")
    assert column(page, "Person") == ["Grace Lee"]


def test_the_notices_tab_shows_in_app_notices_per_person(qtbot, panel, controller):
    send_request(controller)
    page = click_tab(qtbot, panel, "notices")
    assert column(page, "Person") == ["Boris Ivanov"]
    combo = _find(panel, "notices_person")
    combo.setCurrentIndex(combo.findData("anna"))
    assert page.model.rowCount() == 0
    combo.setCurrentIndex(combo.findData("boris"))
    assert "Anna Petrova has requested" in column(page, "Notice")[0]


def test_the_audit_tab_shows_the_timeline_filtered_by_person_and_text(qtbot, panel,
                                                                       controller):
    send_request(controller)
    page = click_tab(qtbot, panel, "audit")
    assert column(page, "Event")[0] == "Administrator notified"  # newest first
    combo = _find(panel, "audit_person")
    combo.setCurrentIndex(combo.findData("anna"))
    events = column(page, "Event")
    assert "Deletion requested" in events and "Administrator notified" not in events
    qtbot.keyClicks(_find(panel, "filter_audit"), "browser")
    assert column(page, "Event") == ["Logged in (in-app browser)"]


# ---------------------------------------------------------------- live, lazy, collapsible


def test_only_the_visible_tab_is_re_read_and_a_hidden_one_catches_up_when_shown(
        qtbot, panel, controller):
    click_tab(qtbot, panel, "requests")
    send_request(controller)
    assert panel.requests.model.rowCount() == 1
    assert panel.emails.dirty and panel.emails.model.rowCount() == 0
    click_tab(qtbot, panel, "emails")
    assert panel.emails.model.rowCount() == 2 and not panel.emails.dirty


def test_a_console_nobody_watches_reads_only_when_a_flow_or_a_picture_looks_at_it(
        qtbot, panel, controller):
    from gui.flows import driver

    label = _find(panel, "next_due_label")
    click_tab(qtbot, panel, "requests")
    panel.on_demand = True
    send_request(controller)
    assert "No pending" in label.text()            # nothing read yet
    assert panel.requests.model.rowCount() == 0
    texts = [e.text for e in driver.elements(panel)]
    assert any("Anna Petrova" in t and "in 30 days" in t for t in texts)
    assert panel.requests.model.rowCount() == 1
    click(qtbot, panel, "advance_7d")
    assert "in 30 days" in label.text()            # behind again
    grab(panel)
    assert "in 23 days" in label.text()            # a picture shows the store as it is
    assert not panel.catch_up()                    # and nothing is owed any more


def test_a_large_table_loads_one_page_and_fetches_more_as_it_scrolls(qtbot, panel, store):
    with store.uow() as uow:
        at = uow.clock.now()
        uow.session.add_all(m.Email(
            message_id=f"<b{i}@t>", kind="bulk", to_addr=f"u{i}@bulk.example", subject=f"S{i}",
            text_body="x", html_body="<p>x</p>", created_at=at, status="sent")
            for i in range(1000))
        uow.commit()
    page = click_tab(qtbot, panel, "emails")
    assert page.model.rowCount() == 200 and page.model.total == 1000
    assert "200 loaded" in _find(panel, "count_emails").text()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 200)
    assert page.model.rowCount() <= 1000


def test_the_console_collapses_and_remembers_it(qtbot, panel, controller, settings_dir):
    click(qtbot, panel, "console_toggle")
    assert panel.collapsed and not panel.body.isVisible()
    assert panel.maximumWidth() < 100
    assert QSettings().value("console/collapsed") in (True, "true")
    again = ConsolePanel(controller)
    qtbot.addWidget(again)
    assert again.collapsed
    send_request(controller)  # collapsed panels read nothing...
    assert again.requests.model.rowCount() == 0
    again.show()
    qtbot.mouseClick(_find(again, "console_toggle"), LEFT)
    assert not again.collapsed and again.requests.model.rowCount() == 1  # ...until opened


def test_the_chosen_tab_is_remembered(qtbot, panel, controller):
    click_tab(qtbot, panel, "audit")
    again = ConsolePanel(controller)
    qtbot.addWidget(again)
    assert again.tabs.currentWidget() is again.audit


def test_only_the_tab_on_screen_is_built_and_a_tab_shown_later_has_its_rows_at_once(
        qtbot, panel, controller, store):
    send_request(controller)
    assert [p.name for p in panel.built_pages()] == ["requests"]
    assert panel.findChild(QWidget, "emails_table") is None
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == [
        "Requests", "Emails", "Employees", "Network pages", "Notices", "Audit"]
    bar = panel.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())   # Emails, built by the click
    emails = panel.tabs.currentWidget()
    assert emails is panel.emails and panel.tabs.indexOf(emails) == 1
    with store.reader() as uow:
        stored = uow.session.query(m.Email).count()
    assert stored >= 1 and emails.model.rowCount() == stored
    assert str(stored) in _find(panel, "count_emails").text()
    assert panel.tabs.tabText(1) == "Emails"
    # A change refreshes the built pages only, and a page built later reads it too.
    controller.act(services.sign_in, "boris", "acme.bitrix24.com")
    assert sorted(p.name for p in panel.built_pages()) == ["emails", "requests"]
    audit = panel.show_tab("audit")
    assert any(audit.model.row(i).event == "signed_in" for i in range(audit.model.rowCount()))


def test_a_page_built_after_the_phone_changed_language_speaks_the_consoles(
        qtbot, controller):
    from core import i18n

    with i18n.use("de"):
        german = ConsolePanel(controller)
    qtbot.addWidget(german)
    with i18n.use("en"):   # a phone beside it speaks English now
        page = german.page("audit")
    assert page.shown_title == "Protokoll"
    assert german.tabs.tabText(german.tabs.indexOf(page)) == page.shown_title


CONSOLE_IDS = (
    "console_toggle", "clock_label", "advance_1h", "advance_1d", "advance_7d",
    "advance_next_due", "custom_amount", "advance_custom", "process_now", "next_due_label",
    "world_name", "open_world", "reset_world", "sign_in_person", "sign_in_portal", "sign_in_as",
    "second_phone_shown", "second_phone_person", "second_phone_hold", "swap_phones",
    "session_label", "platform_switch", "platform_ios", "platform_android", "language",
    "deployment_portal",
    "deployment_switch", "deployment_cloud", "deployment_on_premise", "policy_ios",
    "policy_android", "policy_entry", "policy_entry_profile", "policy_entry_edit_profile",
    "policy_entry_menu",
    "policy_window_days", "console_message", "console_tabs",
    "tab_requests", "filter_requests", "count_requests", "requests_table",
    "tab_emails", "filter_emails", "count_emails", "emails_table", "email_meta", "email_preview",
    "export_eml", "resend_email",
    "tab_employees", "employees_portal", "filter_employees", "count_employees",
    "employees_table", "employees_assign_admin", "employees_delete_data",
    "tab_network", "filter_network", "count_network", "network_table",
    "tab_notices", "notices_person", "filter_notices", "count_notices", "notices_table",
    "tab_audit", "audit_person", "filter_audit", "count_audit", "audit_table",
    "record_flow", "record_save", "record_clear", "record_close",  # the recorder
)


def test_every_control_has_a_stable_object_name_and_an_accessible_name(panel):
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QLineEdit,
        QPushButton,
        QSpinBox,
        QTableView,
    )

    # every tab's page built (a hidden one is built when first shown)
    assert len(panel.built_pages()) < len(panel.pages) == len(panel.built_pages())
    for name in CONSOLE_IDS:
        assert _find(panel, name).accessibleName(), name
    internal = (QAbstractSpinBox, QAbstractItemView, QComboBox)
    ours = [w for kind in (QPushButton, QCheckBox, QComboBox, QLineEdit, QSpinBox, QTableView)
            for w in panel.findChildren(kind) if not isinstance(w.parent(), internal)]
    assert len(ours) > 30
    for w in ours:
        assert w.objectName() in CONSOLE_IDS, f"unlisted control {w!r} {w.objectName()!r}"


def test_processing_by_the_core_directly_shows_up_after_the_controllers_signal(
        qtbot, panel, controller, store):
    sent = send_request(controller)
    processing.advance_clock(store, timedelta(days=30))  # another process, no signal
    assert panel.requests.model.row(0).status == "pending"
    controller.changed.emit()
    assert panel.requests.model.row(0).status == "completed"
    assert panel.requests.model.row(0).id == sent.request.id


def test_a_long_session_of_void_qt_calls_never_runs_none_out_of_references(qtbot, panel):
    # PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call and the
    # process dies with "none_dealloc" after a few thousand; 6.11.3 (pinned) does not.
    import sys

    before = sys.getrefcount(None)
    for _ in range(50_000):
        panel.clock_card.advance_1h.setEnabled(True)
    assert abs(sys.getrefcount(None) - before) < 1000


@pytest.mark.parametrize("width", [900, 1600])
def test_the_entry_segments_stay_side_by_side_however_wide_the_card(qtbot, panel, width):
    panel.resize(width, 900)
    qtbot.wait(10)
    entry = panel.device_card.policy_entry
    profile, edit, menu = (entry.buttons[v] for v in ("profile", "edit_profile", "menu"))
    assert edit.x() == profile.x() + profile.width()  # no gap between segments
    assert menu.x() == edit.x() + edit.width()
    assert profile.x() == 0  # at the left of its row, as the Offer on pair is
