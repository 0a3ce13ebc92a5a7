"""Mail transports: one small interface, ``send(message)``, with real and recording versions.

A transport raises ``DeliveryError`` for a failure worth retrying (connection refused, timeout,
HTTP 5xx, SMTP 4xx) and ``PermanentDeliveryError`` when retrying cannot help (SMTP 5xx, HTTP 4xx,
a bad login). The dispatcher turns those into retries or a failed status.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable
from email.message import EmailMessage

import requests

from core.mail.config import MailConfig
from core.mail.message import SIM_HEADER, body_parts


class DeliveryError(Exception):
    """Delivery failed this time; it may work later."""


class PermanentDeliveryError(DeliveryError):
    """Delivery cannot work as things stand (rejected address, bad login, bad request)."""


class MailTransport:
    """Delivers one message. ``with transport:`` may keep a connection for a batch."""

    name = "transport"
    delivers = True  # False: messages stay in the outbox, nothing leaves the machine

    def send(self, message: EmailMessage) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def __enter__(self) -> MailTransport:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Release any connection kept for a batch."""


class OutboxOnly(MailTransport):
    """The default: emails stay in the database (pending), shown in the console, exportable."""

    name = "outbox"
    delivers = False

    def send(self, message: EmailMessage) -> None:
        raise PermanentDeliveryError("The outbox transport does not send email.")


class RecordingTransport(MailTransport):
    """For tests: keeps every message; ``failures`` are raised, one per send, before recording."""

    name = "recording"

    def __init__(self, failures: list[Exception] | None = None,
                 on_send: Callable[[EmailMessage], None] | None = None) -> None:
        self.sent: list[EmailMessage] = []
        self.failures = list(failures or [])
        self.on_send = on_send
        self.attempts = 0

    def send(self, message: EmailMessage) -> None:
        self.attempts += 1
        if self.on_send is not None:
            self.on_send(message)
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append(message)


class SmtpTransport(MailTransport):
    """smtplib: plain, STARTTLS or SSL; optional login; one connection kept per batch."""

    name = "smtp"

    def __init__(self, host: str, port: int, security: str = "none", user: str | None = None,
                 password: str | None = None, timeout: float = 10.0,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.host, self.port, self.security = host, port, security
        self.user, self.password, self.timeout = user, password, timeout
        self.ssl_context = ssl_context
        self._conn: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        context = self.ssl_context or ssl.create_default_context()
        if self.security == "ssl":
            conn: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout,
                                                  context=context)
        else:
            conn = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        try:
            conn.ehlo_or_helo_if_needed()
            if self.security == "starttls":
                conn.starttls(context=context)
                conn.ehlo()
            if self.user is not None:
                conn.login(self.user, self.password or "")
        except BaseException:
            conn.close()
            raise
        return conn

    def send(self, message: EmailMessage) -> None:
        where = f"SMTP {self.host}:{self.port}"
        try:
            reused = self._conn is not None
            if self._conn is None:
                self._conn = self._connect()
            try:
                self._conn.send_message(message)
            except smtplib.SMTPServerDisconnected:
                if not reused:
                    raise
                # A connection kept for the batch went stale: connect again, once.
                self._conn = None
                self._conn = self._connect()
                self._conn.send_message(message)
        except smtplib.SMTPAuthenticationError as exc:
            self.close()
            raise PermanentDeliveryError(f"{where} refused the login: {_smtp_text(exc)}") \
                from None
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()), (0, b""))
            error = PermanentDeliveryError if 500 <= code < 600 else DeliveryError
            raise error(f"{where} refused the recipient: {code} {_decode(text)}") from None
        except smtplib.SMTPResponseException as exc:
            self.close()
            error = PermanentDeliveryError if 500 <= exc.smtp_code < 600 else DeliveryError
            raise error(f"{where} answered {_smtp_text(exc)}") from None
        except smtplib.SMTPNotSupportedError as exc:
            self.close()
            raise PermanentDeliveryError(f"{where}: {exc} (check B24SIM_SMTP_SECURITY)") from None
        except (smtplib.SMTPException, ssl.SSLError) as exc:
            self.close()
            raise DeliveryError(f"{where}: {exc}") from None
        except TimeoutError:
            self.close()
            raise DeliveryError(f"{where} did not answer within {self.timeout:g} s") from None
        except OSError as exc:
            self.close()
            raise DeliveryError(f"{where} cannot be reached: {exc.strerror or exc}") from None

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.quit()
            except (smtplib.SMTPException, OSError):
                conn.close()


def _decode(text: bytes | str) -> str:
    return text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)


def _smtp_text(exc: smtplib.SMTPResponseException) -> str:
    return f"{exc.smtp_code} {_decode(exc.smtp_error)}"


def mailpit_payload(message: EmailMessage) -> dict:
    """The JSON body of Mailpit's ``POST /api/v1/send`` for a message built by build_message."""
    sender = message["From"].addresses[0]
    text, html = body_parts(message)
    return {
        "From": {"Name": sender.display_name, "Email": sender.addr_spec},
        "To": [{"Name": a.display_name, "Email": a.addr_spec} for a in message["To"].addresses],
        "Subject": str(message["Subject"]),
        "Text": text,
        "HTML": html,
        # Mailpit sets Date itself and refuses to overwrite it; Message-ID is kept stable.
        "Headers": {"Message-ID": str(message["Message-ID"]),
                    SIM_HEADER: str(message[SIM_HEADER] or ""),
                    "Auto-Submitted": "auto-generated"},
        "Tags": ["b24sim"] + ([str(message[SIM_HEADER])] if message[SIM_HEADER] else []),
    }


class HttpTransport(MailTransport):
    """Mailpit's HTTP send API through requests, with explicit timeouts and optional basic auth."""

    name = "http"

    def __init__(self, url: str, user: str | None = None, password: str | None = None,
                 timeout: float = 10.0, session: requests.Session | None = None) -> None:
        self.url, self.timeout = url, timeout
        self.auth = (user, password or "") if user is not None else None
        self._session = session

    @property
    def session(self) -> requests.Session:
        if self._session is None:
            self._session = requests.Session()
        return self._session

    def send(self, message: EmailMessage) -> None:
        try:
            response = self.session.post(self.url, json=mailpit_payload(message), auth=self.auth,
                                         timeout=(min(self.timeout, 5.0), self.timeout))
        except requests.Timeout:
            raise DeliveryError(f"{self.url} did not answer within {self.timeout:g} s") from None
        except requests.ConnectionError as exc:
            raise DeliveryError(f"{self.url} cannot be reached: {_reason(exc)}") from None
        except requests.RequestException as exc:
            raise DeliveryError(f"{self.url}: {exc}") from None
        if response.ok:
            return
        detail = " ".join(response.text.split())[:300]
        message_text = f"{self.url} answered HTTP {response.status_code}: {detail}".rstrip(": ")
        if response.status_code in (401, 403):
            raise PermanentDeliveryError(message_text + " (check B24SIM_HTTP_USER/PASSWORD)")
        if 400 <= response.status_code < 500 and response.status_code not in (408, 429):
            raise PermanentDeliveryError(message_text)
        raise DeliveryError(message_text)

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None


def _reason(exc: Exception) -> str:
    inner = exc.args[0] if exc.args else exc
    reason = getattr(inner, "reason", None)
    return str(reason or inner)


def transport_from_config(cfg: MailConfig) -> MailTransport:
    if cfg.transport == "smtp":
        return SmtpTransport(cfg.smtp_host, cfg.smtp_port, cfg.smtp_security, cfg.smtp_user,
                             cfg.smtp_password, cfg.smtp_timeout)
    if cfg.transport == "http":
        return HttpTransport(cfg.send_url, cfg.http_user, cfg.http_password, cfg.http_timeout)
    return OutboxOnly()
