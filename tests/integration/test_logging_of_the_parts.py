"""The parts log through the standard logging module: the mail dispatcher (each email and a
summary; a transport that breaks with its traceback), the GUI's controller (refusals), the flow
runner (each flow's result, in the log file). Real SQLite, real transports and a real run."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from core.errors import DomainError
from core.mail.dispatch import dispatch_pending
from core.mail.transports import DeliveryError, RecordingTransport
from tests.integration.deletion_story import request_deletion

ROOT = Path(__file__).resolve().parents[2]


def test_the_dispatcher_logs_each_email_and_a_summary(store, caplog):
    request_deletion(store, "anna", "acme.bitrix24.com")
    with caplog.at_level(logging.DEBUG, logger="core.mail.dispatch"):
        dispatch_pending(store, RecordingTransport(failures=[DeliveryError("421 try later")]))
    messages = [(r.levelname, r.getMessage()) for r in caplog.records
                if r.name == "core.mail.dispatch"]
    assert messages == [
        ("INFO", "not sent: request_received to anna@acme.example (attempt 1): 421 try later"),
        ("DEBUG", "sent impending_deletion to boris@acme.example (attempt 1)"),
        ("INFO", "mail via recording: 1 emails sent, 0 failed, 1 to retry later")]


def test_a_transport_that_breaks_is_logged_with_its_traceback(store, caplog):
    request_deletion(store, "anna", "acme.bitrix24.com")
    transport = RecordingTransport(failures=[ZeroDivisionError("bug in the transport")])
    with caplog.at_level(logging.INFO, logger="core.mail.dispatch"):
        report = dispatch_pending(store, transport)
    assert report.retrying == 1  # the row is kept for another try
    broke = [r for r in caplog.records if r.levelname == "ERROR"]
    assert len(broke) == 1 and "transport broke sending" in broke[0].getMessage()
    assert broke[0].exc_info[0] is ZeroDivisionError


def test_the_controller_logs_a_refusal_and_still_raises_it(store, caplog):
    from gui.controller import AppController

    controller = AppController(store)

    def refused(uow):
        raise DomainError("You are not signed in to the app.")

    with caplog.at_level(logging.INFO, logger="gui.controller"):
        try:
            controller.act(refused, actor="phone")
        except DomainError:
            pass
        else:
            raise AssertionError("the refusal was swallowed")
    assert [r.getMessage() for r in caplog.records if r.name == "gui.controller"] == [
        "phone: refused refused: You are not signed in to the app."]


def test_main_py_test_logs_each_flow_result_to_the_log_file(tmp_path):
    flow = ROOT / "resources" / "flows" / "a_google_account_email_finds_no_password_login.yaml"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "B24SIM_LOG_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "main.py", "test", str(flow)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    text = (tmp_path / "b24-delete-account.log").read_text()
    assert "INFO cli: test started" in text
    assert f"INFO gui.flows: flow {flow}: passed" in text


def test_a_gui_that_cannot_open_its_store_says_it_once_on_the_terminal_and_in_the_log(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "world.db").write_bytes(b"this is not a database" * 100)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "B24SIM_LOG_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "main.py", "--data-dir", str(data),
                           "--exit-when-ready"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2
    errors = [line for line in done.stderr.splitlines() if "could not be opened" in line
              or line.startswith("error: ")]
    assert len(errors) == 1 and errors[0].startswith("error: "), done.stderr
    text = (tmp_path / "b24-delete-account.log").read_text()
    assert "ERROR gui: the store could not be opened: " in text
    assert "damaged or not a database" in text
