"""A real SMTP server (aiosmtpd on 127.0.0.1) receives every notice of the whole story."""

from __future__ import annotations

import email
import email.policy
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from core.mail.config import MailConfig
from core.mail.dispatch import dispatch_pending, real_now, resend
from core.mail.transports import SmtpTransport
from tests.integration.deletion_story import (
    advance,
    cancel_deletion,
    emails,
    request_deletion,
)

ROOT = Path(__file__).resolve().parents[2]
ACME, BLOOM = "acme.bitrix24.com", "bloom.bitrix24.com"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Sink:
    """Keeps what arrives; ``replies`` are answered to DATA first (then 250)."""

    def __init__(self, replies: list[str] | None = None) -> None:
        self.received: list[tuple[list[str], email.message.EmailMessage]] = []
        self.replies = list(replies or [])

    async def handle_DATA(self, server, session, envelope):
        if self.replies:
            return self.replies.pop(0)
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.received.append((list(envelope.rcpt_tos), msg))
        return "250 OK"

    def by_recipient(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for rcpts, msg in self.received:
            for r in rcpts:
                out.setdefault(r, []).append(str(msg["Subject"]))
        return out


@pytest.fixture
def smtp():
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    sink.port = controller.port
    yield sink
    controller.stop()


def smtp_config(port: int, **kw) -> MailConfig:
    return MailConfig(transport="smtp", smtp_host="127.0.0.1", smtp_port=port, smtp_timeout=5,
                      backoff=1, **kw)


def text_of(msg) -> tuple[str, str]:
    plain = msg.get_body(("plain",)).get_content().replace("\r\n", "\n")
    html = msg.get_body(("html",)).get_content()
    return plain, html


def test_every_notice_of_the_whole_story_reaches_a_real_smtp_server(store, smtp):
    cfg = smtp_config(smtp.port)
    request_deletion(store, "anna", ACME, reason="Changing jobs <soon> & \"moving\"")
    advance(store, "2d")
    cancel_deletion(store, "anna", ACME)
    advance(store, "1d")
    request_deletion(store, "anna", ACME, reason="Really leaving")
    request_deletion(store, "eva", BLOOM, sole_admin=True)
    report = dispatch_pending(store, config=cfg)
    assert (report.sent, report.failed) == (7, 0)
    advance(store, "30d")
    report = dispatch_pending(store, config=cfg)
    assert (report.sent, report.failed) == (6, 0)

    got = smtp.by_recipient()
    assert got["anna@acme.example"] == [
        "Your account deletion request for Acme (acme.bitrix24.com)",
        "Your account deletion request for Acme has been cancelled",
        "Your account deletion request for Acme (acme.bitrix24.com)",
        "Your profile in Acme has been deleted",
        "Your Bitrix24 Network profile has been deleted",
    ]
    assert got["boris@acme.example"] == [
        "Anna Petrova has requested to delete their account in Acme",
        "Anna Petrova has cancelled their account deletion in Acme",
        "Anna Petrova has requested to delete their account in Acme",
    ]
    assert got["eva@bloom.example"] == [
        "Your account deletion request for Bloom Studio (bloom.bitrix24.com)",
        "Your profile in Bloom Studio has been deleted",
        "Your Bitrix24 Network profile has been deleted",
    ]
    assert got["carla@gmail.example"] == ["The Bitrix24 Bloom Studio has been deleted"]
    assert got["frank@outlook.example"] == ["The Bitrix24 Bloom Studio has been deleted"]
    assert len(smtp.received) == 13

    for rcpts, msg in smtp.received:
        assert [a.addr_spec for a in msg["To"].addresses] == rcpts
        assert msg["From"].addresses[0].addr_spec == "no-reply@bitrix24.sim"
        assert msg.get_content_type() == "multipart/alternative"
        plain, html = text_of(msg)
        assert plain.startswith("Hello ") and "<p" in html and "Bitrix" in html
    stored = {x.message_id for x in emails(store)}
    assert {str(msg["Message-ID"]) for _, msg in smtp.received} <= stored

    first = smtp.received[0][1]
    plain, html = text_of(first)
    assert "Your account will be deleted on 1 April 2026." in plain
    assert '"cancel profile deletion"' in plain
    assert 'Changing jobs <soon> & "moving"' in plain
    assert "Changing jobs &lt;soon&gt; &amp; &quot;moving&quot;" in html
    assert "<soon>" not in html
    assert first["Date"].datetime.isoformat() == "2026-03-02T09:00:00+00:00"
    assert all(x.status == "sent" and x.sent_at is not None and x.attempts == 1
               for x in emails(store))


def test_an_smtp_4xx_is_retried_and_a_5xx_fails_for_good(store, smtp):
    smtp.replies = ["451 4.3.0 try again later", "550 5.1.1 no such user"]
    request_deletion(store, "anna", ACME)  # two emails: Anna, and Boris told
    clock = [real_now()]
    cfg = smtp_config(smtp.port)
    report = dispatch_pending(store, config=cfg, now=lambda: clock[0])
    assert (report.sent, report.failed, report.retrying) == (0, 1, 1)
    first, second = emails(store)
    assert (first.status, first.attempts) == ("pending", 1)
    assert "451" in first.last_error
    assert (second.status, second.attempts) == ("failed", 1)
    assert "550" in second.last_error
    clock[0] += timedelta(seconds=5)
    report = dispatch_pending(store, config=cfg, now=lambda: clock[0])
    assert report.sent == 1
    assert [x.status for x in emails(store)] == ["sent", "failed"]
    assert len(smtp.received) == 1


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_smtp_login_is_used_and_a_refused_login_is_reported(store):
    class Auth:
        def __call__(self, server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.password == b"s3cret"
            return AuthResult(success=ok, handled=False)

    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port(), authenticator=Auth(),
                            auth_require_tls=False, auth_required=True)
    controller.start()
    try:
        request_deletion(store, "hugo", ACME)
        bad = dispatch_pending(store, SmtpTransport("127.0.0.1", controller.port, user="hugo",
                                                    password="wrong", timeout=5),
                               config=smtp_config(controller.port))
        assert bad.failed == 3 and "refused the login" in bad.errors[0]
        assert sink.received == []
        for row in emails(store):
            assert resend(store, row.id) == "pending"
        good = dispatch_pending(store, SmtpTransport("127.0.0.1", controller.port, user="hugo",
                                                     password="s3cret", timeout=5),
                                config=smtp_config(controller.port))
        assert good.sent == 3 and len(sink.received) == 3
        assert [x.status for x in emails(store)] == ["sent"] * 3
    finally:
        controller.stop()


def test_an_unreachable_smtp_server_is_a_recorded_retry_not_a_crash(store):
    request_deletion(store, "hugo", ACME)
    report = dispatch_pending(store, config=smtp_config(free_port()))
    assert report.sent == 0 and report.retrying == 3
    assert all("cannot be reached" in x.last_error for x in emails(store))


def run_main(db_url: str, *args: str, env: dict[str, str] | None = None):
    return subprocess.run([sys.executable, "main.py", "process", "--db", db_url, *args],
                          cwd=ROOT, env={**os.environ, **(env or {})}, capture_output=True,
                          text=True, timeout=120)


def test_a_process_killed_after_writing_emails_loses_nothing(store, smtp, db_url):
    request_deletion(store, "anna", ACME)
    store.dispose()
    script = textwrap.dedent(f"""
        import os, signal
        from core.db import open_store
        from core.processing import advance_clock, parse_duration
        store = open_store({db_url!r})
        advance_clock(store, parse_duration("30d"))   # writes the deletion emails
        os.kill(os.getpid(), signal.SIGKILL)          # dies before any is sent
    """)
    killed = subprocess.run([sys.executable, "-c", script], cwd=ROOT, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    written = emails(store)
    assert {x.kind for x in written} >= {"profile_deleted", "network_profile_deleted"}
    assert all(x.status == "pending" for x in written)

    env = {"B24SIM_MAIL_TRANSPORT": "smtp", "B24SIM_SMTP_HOST": "127.0.0.1",
           "B24SIM_SMTP_PORT": str(smtp.port)}
    done = run_main(db_url, "--send", env=env)
    assert done.returncode == 0, done.stderr
    # Anna's request confirmation was still undelivered when her deletion completed: rule 10
    # suppresses it at delivery. Everything else written goes out.
    assert f"{len(written) - 1} emails sent, 0 failed, 1 suppressed" in done.stdout
    expected = {x.message_id for x in written if x.kind != "request_received"}
    assert {str(m["Message-ID"]) for _, m in smtp.received} == expected
    assert [x.status for x in emails(store, kind="request_received")] == ["suppressed"]
    assert "Your Bitrix24 Network profile has been deleted" in \
        smtp.by_recipient()["anna@acme.example"]


def test_a_process_killed_while_sending_sends_again_with_the_same_message_id(store, smtp, db_url):
    request_deletion(store, "hugo", ACME)  # three emails
    store.dispose()
    script = textwrap.dedent(f"""
        import os, signal
        from core.db import open_store
        from core.mail.config import MailConfig
        from core.mail.dispatch import dispatch_pending
        from core.mail.transports import SmtpTransport

        class DiesAfterHandingOver(SmtpTransport):
            def send(self, message):
                super().send(message)                # the server has it ...
                os.kill(os.getpid(), signal.SIGKILL)  # ... but "sent" is never written

        store = open_store({db_url!r})
        dispatch_pending(store, DiesAfterHandingOver("127.0.0.1", {smtp.port}),
                         config=MailConfig(transport="smtp"))
    """)
    killed = subprocess.run([sys.executable, "-c", script], cwd=ROOT, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    assert len(smtp.received) == 1
    first = emails(store)[0]
    assert (first.status, first.attempts) == ("pending", 1)

    cfg = smtp_config(smtp.port)
    now = real_now()
    assert dispatch_pending(store, config=cfg, now=lambda: now).sent == 2  # leased row waits
    later = now + timedelta(minutes=5)
    assert dispatch_pending(store, config=cfg, now=lambda: later).sent == 1
    ids = [str(m["Message-ID"]) for _, m in smtp.received]
    assert len(ids) == 4 and ids.count(first.message_id) == 2  # at least once, same id
    assert all(x.status == "sent" for x in emails(store))


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """A self-signed certificate for 127.0.0.1, made with the openssl command."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=60)
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert, key)
    client = ssl.create_default_context(cafile=str(cert))
    return server, client


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_starttls_and_ssl_connections_deliver(store, certificate, security):
    server_context, client_context = certificate
    sink = Sink()
    if security == "starttls":
        controller = Controller(sink, hostname="127.0.0.1", port=free_port(),
                                tls_context=server_context, require_starttls=True)
    else:
        controller = Controller(sink, hostname="127.0.0.1", port=free_port(),
                                ssl_context=server_context)
    controller.start()
    try:
        request_deletion(store, "hugo", ACME)
        secure = SmtpTransport("127.0.0.1", controller.port, security, timeout=5,
                               ssl_context=client_context)
        assert dispatch_pending(store, secure, config=smtp_config(controller.port)).sent == 3
        assert len(sink.received) == 3
        if security == "starttls":  # a plain connection is turned away by this server
            request_deletion(store, "dmitri", ACME)
            plain = SmtpTransport("127.0.0.1", controller.port, "none", timeout=5)
            report = dispatch_pending(store, plain, config=smtp_config(controller.port))
            assert report.sent == 0 and len(sink.received) == 3
            assert "530" in report.errors[0]
    finally:
        controller.stop()
