"""The console as QA reads it: words, not codes or Python reprs; one date format; plurals; the
audit's order and sequence numbers; a sort arrow that says the order shown; colours that keep
red for errors; emails that say what happened to them.

One story fills every table (requests sent, one cancelled, 30 days and an odd hour pass, a
Bitrix24 goes with its only administrator, settings changed, a login refused, emails failed
and sent), then every cell, tooltip and label of every tab is read.
"""

from __future__ import annotations

import ast
import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QStyleOptionViewItem

from core import errors, services, words
from core import models as m
from core.db import open_store, sqlite_url
from core.world import DEMO_WORLD, load_world, seed_world
from gui.console import chips
from gui.console.models import CHIP_ROLE, MailSettings, emails_model
from gui.console.panel import ConsolePanel
from gui.console.tables import delivery_line, fit_widths
from gui.controller import AppController
from gui.style import load_styles

ROOT = Path(__file__).resolve().parents[2]
LEFT = Qt.MouseButton.LeftButton
TIMEDELTA_REPR = re.compile(r"\d+ days?, \d+:\d\d:\d\d|[+-]\d+:\d\d:\d\d")
ISO_MOMENT = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d")
ONE_FORMAT = re.compile(r"^\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d:\d\d$")
ANY_MOMENT = re.compile(r"\d{1,2} [A-Z][a-z]{2} \d{4}(, \d\d:\d\d(:\d\d)?)?")
TIME_COLUMNS = {"Requested", "Due", "Written", "Time"}


@pytest.fixture(scope="module")
def told(tmp_path_factory, qapp):
    """One store with the whole story told (read only by the tests: each builds its own
    console on it)."""
    store = open_store(sqlite_url(tmp_path_factory.mktemp("story") / "world.db"))
    seed_world(store, load_world(DEMO_WORLD))
    tell_the_whole_story(AppController(store), store)
    yield store
    store.dispose()


@pytest.fixture
def controller(told, tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    QSettings().clear()
    return AppController(told)


@pytest.fixture
def panel(controller, qtbot, qapp):
    load_styles(qapp)
    p = ConsolePanel(controller)
    qtbot.addWidget(p)
    p.resize(1150, 900)
    p.show()
    qtbot.waitExposed(p)
    yield p
    qapp.setStyleSheet("")


def _send(controller, person, portal, login, password, reason="Leaving the company"):
    controller.act(services.sign_in, person, portal)
    controller.act(services.browser_login, login, password)
    return controller.act(services.send_request, reason, 7, True, sole_admin_confirmed=True)


def tell_the_whole_story(controller, store) -> None:
    _send(controller, "boris", "acme.bitrix24.com", "+15550101", "Boris-pass-1", "Testing")
    _send(controller, "boris", "acme.bitrix24.com", "+15550101", "Boris-pass-1",
          "cancel profile deletion")
    controller.act(services.browser_log_out)
    controller.advance(timedelta(hours=2))
    with pytest.raises(errors.DomainError):
        controller.act(services.browser_login, "anna@acme.example", "wrong")
    _send(controller, "anna", "acme.bitrix24.com", "anna@acme.example", "Anna-pass-1")
    controller.act(services.browser_clear_history)
    controller.advance(timedelta(minutes=30))
    _send(controller, "eva", "bloom.bitrix24.com", "eva@bloom.example", "Eva-pass-1")
    controller.act(services.set_policy, window_days=14)
    controller.act(services.set_deployment, "northwind.example.com", "cloud")
    controller.advance(timedelta(days=30, hours=1, minutes=5, seconds=7))
    controller.act(services.delete_user_data, "acme.bitrix24.com", "anna")
    controller.act(services.assign_admin, "acme.bitrix24.com", "carla")
    with store.uow() as uow:  # delivery outcomes the outbox transport never reaches
        emails = list(uow.session.query(m.Email).order_by(m.Email.id))
        emails[0].status, emails[0].attempts = "failed", 5
        emails[0].last_error = "attempt 5: 550 mailbox unavailable"
        emails[1].status, emails[1].attempts = "sent", 1
        emails[1].sent_at = datetime(2026, 3, 2, 9, 0, 5)
        uow.commit()
    controller.changed.emit()


def every_page_read(panel):
    """Each tab shown and fetched to its end: {tab: (titles, rows of cells, tooltips)}."""
    out = {}
    for page in panel.pages:
        panel.show_tab(page.name)
        if page.name == "employees":
            out.update(_employees_of_every_bitrix24(page))
            continue
        out[page.name] = _read(page)
    return out


def _employees_of_every_bitrix24(page):
    combo, out = page.employees_portal, {}
    for i in range(combo.count()):
        combo.setCurrentIndex(i)
        out[f"employees {combo.itemData(i)}"] = _read(page)
    return out


def _read(page):
    model = page.model
    while model.canFetchMore():
        model.fetchMore()
    titles = [c.title for c in model.columns]
    rows = [[model.index(r, c).data() for c in range(len(titles))]
            for r in range(model.rowCount())]
    tips = [model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) or ""
            for r in range(model.rowCount()) for c in range(len(titles))]
    return titles, rows, tips


def labels_of(panel) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel) if label.text()]


@pytest.fixture
def story(panel):
    return every_page_read(panel)


# ---------------------------------------------------------------- words, not reprs


def test_no_table_cell_tooltip_or_label_shows_a_timedelta_repr_or_an_iso_time(story, panel):
    texts = [cell for _titles, rows, tips in story.values() for row in rows for cell in row]
    texts += [tip for _titles, _rows, tips in story.values() for tip in tips]
    texts += labels_of(panel)
    assert any("+30 days 1 hour 5 minutes 7 seconds" in t for t in texts)  # the odd advance
    assert [t for t in texts if TIMEDELTA_REPR.search(t)] == []
    assert [t for t in texts if ISO_MOMENT.search(t)] == []


def test_every_time_in_every_table_is_in_the_one_date_format(story, panel):
    moments = []
    for titles, rows, _tips in story.values():
        for row in rows:
            for title, cell in zip(titles, row, strict=True):
                if title in TIME_COLUMNS:
                    assert ONE_FORMAT.match(cell), (title, cell)
                moments += [m.group(0) for m in ANY_MOMENT.finditer(cell)]
    moments += [m.group(0) for text in labels_of(panel) for m in ANY_MOMENT.finditer(text)]
    assert len(moments) > 50
    assert [x for x in moments if not ONE_FORMAT.match(x)] == []  # with seconds, every one


def test_kinds_events_actors_and_statuses_read_as_words(story):
    cells = {title: set() for titles, _r, _t in story.values() for title in titles}
    for titles, rows, _tips in story.values():
        for row in rows:
            for title, cell in zip(titles, row, strict=True):
                cells[title].add(cell)
    assert "Cancellation (to administrator)" in cells["Kind"]
    assert "Impending deletion (to administrator)" in cells["Kind"]
    assert {"Deletion requested", "Administrator notified", "Clock moved on",
            "Bitrix24 deleted", "Login failed (in-app browser)"} <= cells["Event"]
    assert {"Processing", "Simulator", "Notifier"} <= cells["Actor"]
    for title in ("Kind", "Event", "Actor", "Status", "Role", "Employment", "Access",
                  "Network profile", "Request"):
        assert not [c for c in cells[title] if "_" in c or (c and c[0].islower())], title
    subjects = cells["Subject"]
    assert not [s for s in subjects if re.match(r"^[a-z_]+ to ", s)]  # "cancellation_admin to"


def _event_codes_in_source() -> set[str]:
    """Every audit event code written by core: record(session, at, actor, "code", ...), the
    batch path's {"event": "code"} and AuditEvent(event="code")."""
    codes = set()
    for path in (ROOT / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name in ("record", "audit") and len(node.args) >= 2:
                    for arg in node.args[1:4]:
                        if isinstance(arg, ast.Constant) and isinstance(arg.value, str) \
                                and re.fullmatch(r"[a-z]+(_[a-z]+)+", arg.value):
                            codes.add(arg.value)
                codes |= {k.value.value for k in node.keywords if k.arg == "event"
                          and isinstance(k.value, ast.Constant)}
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    if isinstance(key, ast.Constant) and key.value == "event" \
                            and isinstance(value, ast.Constant):
                        codes.add(value.value)
    return codes


def test_every_event_kind_and_notice_the_core_writes_has_its_words():
    events = _event_codes_in_source()
    assert {"deletion_requested", "email_suppressed", "world_loaded"} <= events
    assert sorted(events - set(words.EVENT_WORDS)) == []
    kinds = {p.stem for p in (ROOT / "resources" / "emails").glob("*.txt")}
    kinds |= {"impending_deletion", "deletion_cancelled", "portal_deleted"}  # notices
    assert sorted(kinds - set(words.KIND_WORDS)) == []


def test_a_filter_typed_in_the_words_shown_finds_the_coded_rows(qtbot, story, panel):
    page = panel.show_tab("audit")
    qtbot.keyClicks(page.filter, "Administrator notified")
    events = {page.model.index(r, 3).data() for r in range(page.model.rowCount())}
    assert events == {"Administrator notified"}
    page = panel.show_tab("emails")
    qtbot.keyClicks(page.filter, "to administrator")
    kinds = {page.model.index(r, 2).data() for r in range(page.model.rowCount())}
    assert kinds == {"Cancellation (to administrator)", "Impending deletion (to administrator)"}


# ---------------------------------------------------------------- plurals


def test_counts_and_attempts_use_correct_plurals(qtbot, story, panel):
    network = panel.show_tab("network")
    assert network.count_label.text() == "8 people"
    qtbot.keyClicks(network.filter, "grace")
    assert network.count_label.text() == "1 person match"
    attempts = {cell for cell in (row[4] for row in story["emails"][1])}
    assert {"5 attempts", "1 attempt"} <= attempts
    assert "0 attempts" not in attempts and "1 attempts" not in attempts
    assert (words.plural(1, "person"), words.plural(8, "person"), words.plural(0, "attempt"),
            words.plural(1, "day")) == ("1 person", "8 people", "0 attempts", "1 day")


# ---------------------------------------------------------------- the audit's order


def test_the_audit_is_numbered_and_newest_first_with_seconds(story):
    titles, rows, _tips = story["audit"]
    assert titles[:2] == ["#", "Time"]
    numbers = [int(row[0]) for row in rows]
    assert len(set(numbers)) == len(numbers) == len(rows) > 30
    times = [datetime.strptime(row[1], "%d %b %Y, %H:%M:%S") for row in rows]
    order = list(zip(times, numbers, strict=True))
    assert order == sorted(order, reverse=True)  # newest first; one moment: last written first
    assert any(t.second == 7 for t in times)  # the odd advance's seconds are shown


def test_sorting_the_audit_by_number_lists_events_in_the_order_they_were_written(qtbot, story,
                                                                                 panel):
    page = panel.show_tab("audit")
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), LEFT, pos=_section_centre(header, 0))
    numbers = [int(page.model.index(r, 0).data()) for r in range(page.model.rowCount())]
    assert numbers == sorted(numbers) and numbers[0] == 1
    assert page.model.index(0, 3).data() == "World loaded"


# ---------------------------------------------------------------- the sort arrow


def _section_centre(header, section):
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return header.rect().center().__class__(x, header.height() // 2)


def arrow_direction(header, section) -> str:
    """Read the sort arrow off the painted header: "up" (a triangle wide at the bottom) or
    "down"; the arrow is the section's only Bitrix24-blue shape."""
    image = header.grab().toImage()
    left = header.sectionViewportPosition(section)
    spans = []
    for y in range(image.height()):
        xs = [x for x in range(left, left + header.sectionSize(section))
              if _is_arrow_blue(QColor(image.pixel(x, y)))]
        if xs:
            spans.append(max(xs) - min(xs))
    assert len(spans) >= 3, "no sort arrow painted"
    return "up" if spans[0] < spans[-1] else "down"


def _is_arrow_blue(c: QColor) -> bool:
    return c.blue() > 150 and c.red() < 90 and 60 < c.green() < 150


def test_the_sort_arrow_points_the_way_the_rows_are_ordered(qtbot, story, panel):
    page = panel.show_tab("requests")
    header = page.table.horizontalHeader()
    requested = 3
    assert header.sortIndicatorSection() == requested

    def shown() -> list[datetime]:
        return [page.model.row(r).requested_at for r in range(page.model.rowCount())]

    assert shown() == sorted(shown(), reverse=True)  # newest first ...
    assert arrow_direction(header, requested) == "down"  # ... and the arrow says descending
    qtbot.mouseClick(header.viewport(), LEFT, pos=_section_centre(header, requested))
    assert shown() == sorted(shown()) and shown() != sorted(shown(), reverse=True)
    assert arrow_direction(header, requested) == "up"
    people = panel.show_tab("network")
    names = [people.model.row(r).name for r in range(people.model.rowCount())]
    assert names == sorted(names)
    assert arrow_direction(people.table.horizontalHeader(), 0) == "up"  # A to Z


# ---------------------------------------------------------------- colours


def test_completed_dismissed_and_deleted_are_not_drawn_in_the_error_colour():
    error = chips.chip_colours("failed")
    assert error == chips.ERROR
    for value in ("completed", "dismissed", "deleted", "data_deleted", "in_outbox", "cancelled"):
        assert chips.chip_colours(value) != error, value
    assert chips.chip_colours("completed") != chips.chip_colours("cancelled")  # still told apart


def test_each_status_chip_in_the_tables_is_coloured_by_a_known_value(story, panel):
    for page in panel.pages:
        model = page.model
        for r in range(model.rowCount()):
            for c, column in enumerate(model.columns):
                value = model.index(r, c).data(CHIP_ROLE)
                if column.chip is not None and value and value != "none":
                    assert value in chips.CHIP_COLOURS, (page.name, column.title, value)


# ---------------------------------------------------------------- emails


def test_in_outbox_mode_an_email_is_in_the_outbox_not_pending(story, panel, qtbot):
    titles, rows, tips = story["emails"]
    statuses = [row[3] for row in rows]
    assert statuses.count("Failed") == 1 and statuses.count("Sent") == 1
    assert set(statuses) == {"In outbox", "Failed", "Sent"}
    assert "Pending" not in statuses
    page = panel.show_tab("emails")
    page.select_row(statuses.index("In outbox"))
    assert page.email_meta.text().startswith("<b>In outbox</b> · kept in the database")
    assert "attempt" not in page.email_meta.text()


def test_a_pending_email_for_smtp_is_queued_then_retrying(controller):
    model = emails_model(controller, mail=MailSettings("smtp", "Bitrix24 <x@y.example>"))
    model.reload()
    status = next(i for i, c in enumerate(model.columns) if c.title == "Status")
    assert {model.index(r, status).data() for r in range(model.rowCount())} == \
        {"Queued", "Failed", "Sent"}

    class Email:
        status, attempts, last_error, sent_at, suppressed_reason = "pending", 2, "421 busy", \
            None, None

    line = delivery_line(Email, "smtp")
    assert line.startswith("<b>Retrying</b> by SMTP · 2 attempts so far") and "421 busy" in line
    assert words.delivery_state("pending", 0, "http") == "queued"
    assert words.delivery_state("pending", 3, "outbox") == "in_outbox"


def test_the_preview_shows_the_email_as_a_mail_client_does(story, panel):
    page = panel.show_tab("emails")
    i = next(r for r in range(page.model.rowCount())
             if page.model.row(r).kind == "cancellation_admin")
    page.select_row(i)
    fields = {k: v.text() for k, v in page.header_fields.items()}
    assert list(fields) == ["From", "To", "Date", "Subject"]
    assert fields["From"] == "Bitrix24 <no-reply@bitrix24.sim>"
    assert fields["To"] == "Anna Petrova <anna@acme.example>"
    assert fields["Date"] == "Mon 2 Mar 2026, 09:00:00 UTC"
    assert fields["Subject"] == page.model.row(i).subject
    assert page.email_header.isVisible()
    assert "Boris Ivanov" in page.email_preview.toPlainText()
    page.table.clearSelection()
    assert not page.email_header.isVisible()


# ---------------------------------------------------------------- widths and tooltips


def test_a_cut_off_cell_shows_its_whole_text_as_a_tooltip(story, panel):
    page = panel.show_tab("audit")
    delegate, detail = page.table.itemDelegate(), 5
    index = next(page.model.index(r, detail) for r in range(page.model.rowCount())
                 if len(page.model.index(r, detail).data()) > 60)
    option = QStyleOptionViewItem()
    option.initFrom(page.table)
    option.rect = page.table.visualRect(index)
    option.rect.setWidth(80)
    assert delegate.is_cut(option, index)
    assert delegate.tooltip(option, index) == index.data()
    option.rect.setWidth(2000)
    assert not delegate.is_cut(option, index) and delegate.tooltip(option, index) == ""


def test_columns_fit_their_content_and_the_widest_give_way_first(story, panel):
    page = panel.show_tab("requests")  # room for every column: none is cut
    delegate, header = page.table.itemDelegate(), page.table.horizontalHeader()
    for r in range(page.model.rowCount()):
        for c in range(page.model.columnCount()):
            option = QStyleOptionViewItem()
            option.initFrom(page.table)
            option.rect = page.table.visualRect(page.model.index(r, c))
            assert not delegate.is_cut(option, page.model.index(r, c)), (r, c)
    for c in range(page.model.columnCount() - 1):  # and none much wider than its widest cell
        assert header.sectionSize(c) <= max(
            header.sectionSizeFromContents(c).width(),
            *(delegate.needed_width(page.table.font(), page.model.index(r, c).data(),
                                    page.model.columns[c].chip is not None)
              for r in range(page.model.rowCount()))), c
    audit = panel.show_tab("audit")  # six columns that do not all fit: the widest give way
    widths = [audit.table.horizontalHeader().sectionSize(c) for c in range(6)]
    assert sum(widths) <= audit.table.viewport().width() + 1
    assert widths[0] < 60 and widths[1] >= 150  # the number and the time stay whole
    assert fit_widths([100, 300, 250, 80], [40] * 4, 1000) == [100, 300, 250, 80]
    assert fit_widths([100, 300, 250, 80], [40] * 4, 500) == [100, 160, 160, 80]
    assert fit_widths([100, 300, 250, 80], [40, 40, 200, 40], 500) == [100, 120, 200, 80]


def test_the_two_bitrix24_choosers_say_what_each_does(panel):
    world, device = panel.world_card, panel.device_card
    employees = panel.employees   # a tab's page is built when first shown
    buddies = {label.buddy(): label.text() for label in panel.findChildren(QLabel)
               if label.buddy() is not None}
    assert buddies[world.sign_in_person] == "Sign in as"
    assert buddies[world.sign_in_portal] == "to Bitrix24"
    assert buddies[device.deployment_portal] == "Deployment of"
    assert "deployment" in device.deployment_portal.toolTip()
    assert buddies[employees.employees_portal] == "Employees of"


@pytest.mark.parametrize(("transport", "shown"), [
    ("", "In outbox []"),  # the defaults: no configuration module at all
    ("smtp", "Queued ['core.mail.config']"),  # the configuration, not the transports
])
def test_the_emails_tab_opens_without_importing_the_mail_transports(told, tmp_path, transport,
                                                                    shown):
    """Saying "In outbox" must not cost the tab requests and smtplib (~140 ms): the mail
    package's names load on first use, and the defaults need no configuration module."""
    import os
    import subprocess
    import sys

    db = told.engine.url.database
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from core.db import open_store, sqlite_url\n"
        "from gui.console.panel import ConsolePanel\n"
        "from gui.controller import AppController\n"
        "app = QApplication([])\n"
        f"panel = ConsolePanel(AppController(open_store(sqlite_url({db!r}))))\n"
        "panel.show()\n"
        "page = panel.show_tab('emails')\n"
        "app.processEvents()\n"
        "status = [c.title for c in page.model.columns].index('Status')\n"
        "print(page.model.index(0, status).data(),\n"
        "      sorted(m for m in sys.modules if m in ('requests', 'smtplib', 'core.mail.config',\n"
        "                                            'core.mail.transports')))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("B24SIM_MAIL")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    if transport:
        env["B24SIM_MAIL_TRANSPORT"] = transport
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == shown
