"""Email delivery from the GUI runs in a worker thread, never on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from core import models as m
from core import services as sv
from core.mail import MailConfig
from core.mail.transports import DeliveryError, RecordingTransport
from gui.controller import AppController
from gui.delivery import MailDeliverer


def statuses(store):
    with store.reader() as uow:
        return {row.to_addr: row.status for row in uow.session.scalars(select(m.Email))}


@pytest.fixture
def controller(qtbot, store):
    return AppController(store)


def request_deletion(controller):
    controller.act(sv.sign_in, "anna", "acme.bitrix24.com")
    controller.act(sv.browser_login, "anna@acme.example", "Anna-pass-1")
    controller.act(sv.send_request, "Leaving", 7, True)


def test_the_default_outbox_transport_sends_nothing_and_starts_no_thread(qtbot, controller,
                                                                        store):
    deliverer = MailDeliverer(controller, config=MailConfig())
    request_deletion(controller)
    assert not deliverer.enabled and not deliverer.running
    assert set(statuses(store).values()) == {"pending"}


def test_emails_of_a_change_are_delivered_in_a_worker_thread(qtbot, controller, store):
    gui_thread = threading.get_ident()
    threads: list[int] = []
    transport = RecordingTransport(on_send=lambda _msg: threads.append(threading.get_ident()))
    deliverer = MailDeliverer(controller, config=MailConfig(transport="smtp"),
                              transport_factory=lambda: transport)
    request_deletion(controller)
    qtbot.waitUntil(lambda: set(statuses(store).values()) == {"sent"}, timeout=30_000)
    assert {m["To"] for m in transport.sent} == {"Anna Petrova <anna@acme.example>",
                                                 "Boris Ivanov <boris@acme.example>"}
    assert threads and gui_thread not in threads
    qtbot.waitUntil(lambda: not deliverer.running, timeout=30_000)


def test_a_failed_delivery_is_retried_on_a_timer_and_the_console_is_told(qtbot, controller,
                                                                        store):
    transport = RecordingTransport(failures=[DeliveryError("421 try later")] * 2)
    deliverer = MailDeliverer(controller, config=MailConfig(transport="smtp", backoff=0.0),
                              transport_factory=lambda: transport, retry_ms=50)
    changes = []
    controller.changed.connect(lambda: changes.append(1))
    request_deletion(controller)
    qtbot.waitUntil(lambda: set(statuses(store).values()) == {"sent"}, timeout=30_000)
    assert transport.attempts == 4  # two failures, then both emails sent
    with store.reader() as uow:
        errors = [row.last_error for row in uow.session.scalars(select(m.Email))]
    assert any("421 try later" in (e or "") for e in errors)
    # the worker writes the statuses, then the GUI thread hears of it and refreshes the views
    qtbot.waitUntil(lambda: not deliverer.running, timeout=30_000)
    assert len(changes) > 3  # deliveries told the views to refresh
