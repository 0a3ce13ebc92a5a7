"""Mail transport configuration: environment variables over an optional TOML file.

Environment (each overrides the file):
  B24SIM_MAIL_TRANSPORT   outbox (default) | smtp | http
  B24SIM_MAIL_FROM        From header, default "Bitrix24 <no-reply@bitrix24.sim>"
  B24SIM_MAIL_CONFIG      path to a TOML file with a [mail] table holding the same keys in
                          lower case without the prefix (transport, from, smtp_host, ...)
  B24SIM_SMTP_HOST, B24SIM_SMTP_PORT (default 1025), B24SIM_SMTP_SECURITY (none | starttls | ssl),
  B24SIM_SMTP_USER, B24SIM_SMTP_PASSWORD, B24SIM_SMTP_TIMEOUT (seconds, default 10)
  B24SIM_HTTP_URL (Mailpit base URL, e.g. http://localhost:8025, or the full .../api/v1/send),
  B24SIM_HTTP_USER, B24SIM_HTTP_PASSWORD, B24SIM_HTTP_TIMEOUT (seconds, default 10)
  B24SIM_MAIL_MAX_ATTEMPTS (default 5), B24SIM_MAIL_BACKOFF (first retry delay, seconds, default 30)
"""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from email.headerregistry import Address
from email.utils import parseaddr
from pathlib import Path
from urllib.parse import urlsplit

from core.errors import DomainError

TRANSPORTS = ("outbox", "smtp", "http")
SECURITY = ("none", "starttls", "ssl")
DEFAULT_FROM = "Bitrix24 <no-reply@bitrix24.sim>"
_KEYS = {
    # file key -> environment variable
    "transport": "B24SIM_MAIL_TRANSPORT",
    "from": "B24SIM_MAIL_FROM",
    "smtp_host": "B24SIM_SMTP_HOST",
    "smtp_port": "B24SIM_SMTP_PORT",
    "smtp_security": "B24SIM_SMTP_SECURITY",
    "smtp_user": "B24SIM_SMTP_USER",
    "smtp_password": "B24SIM_SMTP_PASSWORD",
    "smtp_timeout": "B24SIM_SMTP_TIMEOUT",
    "http_url": "B24SIM_HTTP_URL",
    "http_user": "B24SIM_HTTP_USER",
    "http_password": "B24SIM_HTTP_PASSWORD",
    "http_timeout": "B24SIM_HTTP_TIMEOUT",
    "max_attempts": "B24SIM_MAIL_MAX_ATTEMPTS",
    "backoff": "B24SIM_MAIL_BACKOFF",
}
_HOSTNAME = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})(\.[A-Za-z0-9_-]{1,63})*\.?$")


class MailConfigError(DomainError):
    """The mail transport configuration cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class MailConfig:
    transport: str = "outbox"
    from_addr: str = DEFAULT_FROM
    smtp_host: str = "localhost"
    smtp_port: int = 1025
    smtp_security: str = "none"
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_timeout: float = 10.0
    http_url: str = "http://localhost:8025"
    http_user: str | None = None
    http_password: str | None = None
    http_timeout: float = 10.0
    max_attempts: int = 5
    backoff: float = 30.0

    @property
    def send_url(self) -> str:
        """The full Mailpit send endpoint: a bare base URL gets /api/v1/send appended."""
        parts = urlsplit(self.http_url)
        if parts.path in ("", "/"):
            return self.http_url.rstrip("/") + "/api/v1/send"
        return self.http_url

    def describe(self) -> str:
        """One line for the console and the command line; never shows a password."""
        if self.transport == "smtp":
            login = f", login {self.smtp_user}" if self.smtp_user else ""
            return (f"SMTP {self.smtp_host}:{self.smtp_port} "
                    f"({self.smtp_security}{login})")
        if self.transport == "http":
            login = f", basic auth {self.http_user}" if self.http_user else ""
            return f"HTTP POST {self.send_url}{login}"
        return "outbox only (emails are kept in the database; nothing is sent)"


def _text(value: object) -> str:
    return str(value).strip()


def _port(value: object, name: str) -> int:
    try:
        port = int(str(value).strip())
    except ValueError:
        raise MailConfigError(f"{name} must be a port number from 1 to 65535, not {value!r}.") \
            from None
    if not 1 <= port <= 65535:
        raise MailConfigError(f"{name} must be a port number from 1 to 65535, not {port}.")
    return port


def _seconds(value: object, name: str, upper: float = 600) -> float:
    try:
        seconds = float(str(value).strip())
    except ValueError:
        raise MailConfigError(f"{name} must be a number of seconds, not {value!r}.") from None
    if not 0 < seconds <= upper:
        raise MailConfigError(f"{name} must be more than 0 and at most {upper:g} seconds, "
                              f"not {value!r}.")
    return seconds


def _host(value: object, name: str) -> str:
    host = _text(value)
    try:
        ipaddress.ip_address(host.strip("[]"))
        return host.strip("[]")
    except ValueError:
        pass
    if not _HOSTNAME.match(host):
        raise MailConfigError(f"{name} is not a host name: {host!r}. Write e.g. localhost, "
                              "127.0.0.1 or smtp.example.com (no scheme, no port).")
    return host


def _url(value: object, name: str) -> str:
    url = _text(value)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise MailConfigError(f"{name} is not an http(s) URL: {url!r}. Write e.g. "
                              "http://localhost:8025 (Mailpit's web address).")
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise MailConfigError(f"{name} has a bad port: {url!r}.") from None
    if parts.username or parts.password:
        raise MailConfigError(f"{name} must not hold a user or password; use "
                              "B24SIM_HTTP_USER and B24SIM_HTTP_PASSWORD.")
    return url


def _from(value: object, name: str) -> str:
    raw = _text(value)
    display, addr = parseaddr(raw)
    if "\r" in raw or "\n" in raw or "@" not in addr:
        raise MailConfigError(f"{name} is not an email address: {raw!r}. Write e.g. "
                              f"{DEFAULT_FROM!r}.")
    try:
        Address(display_name=display, addr_spec=addr)
    except (ValueError, IndexError) as exc:
        raise MailConfigError(f"{name} is not an email address: {raw!r} ({exc}).") from None
    return raw


_MAX_FILE_BYTES = 256 * 1024  # a [mail] table is a few lines


def _read_file(path: Path) -> dict[str, object]:
    try:
        # Bounded by what is read, not by stat(): /dev/zero or a pipe say 0 bytes there.
        with path.open("rb") as fh:
            raw = fh.read(_MAX_FILE_BYTES + 1)
        if len(raw) > _MAX_FILE_BYTES:
            raise MailConfigError(f"Mail configuration file {path} goes on past "
                                  f"{_MAX_FILE_BYTES // 1024} KiB; name a TOML file with a "
                                  "[mail] table.")
        data = tomllib.loads(raw.decode("utf-8"))
    except FileNotFoundError:
        raise MailConfigError(f"Mail configuration file {path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise MailConfigError(f"Cannot read mail configuration file {path}: {exc}") from None
    except RecursionError:
        raise MailConfigError(f"Mail configuration file {path} is nested too deeply; a [mail] "
                              "table holds plain values.") from None
    except tomllib.TOMLDecodeError as exc:
        raise MailConfigError(f"Mail configuration file {path} is not valid TOML: {exc}") \
            from None
    table = data.get("mail", data)
    if not isinstance(table, dict):
        raise MailConfigError(f"Mail configuration file {path}: [mail] must be a table.")
    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        raise MailConfigError(f"Mail configuration file {path}: unknown key(s) "
                              f"{', '.join(unknown)}. Known: {', '.join(_KEYS)}.")
    return dict(table)


def load_mail_config(env: Mapping[str, str] | None = None,
                     path: str | Path | None = None) -> MailConfig:
    """Read the configuration; raises MailConfigError with a readable message when it is bad."""
    raw = _settings(os.environ if env is None else env, path)
    cfg = MailConfig()
    for key, (attr, check) in _CHECKS.items():  # in this order: the first bad one is named
        value, name = raw.get(key, (None, _KEYS[key]))
        if value is not None:
            cfg = replace(cfg, **{attr: check(value, name)})
    if (cfg.smtp_user is None) != (cfg.smtp_password is None):
        raise MailConfigError("Set both B24SIM_SMTP_USER and B24SIM_SMTP_PASSWORD, or neither.")
    if (cfg.http_user is None) != (cfg.http_password is None):
        raise MailConfigError("Set both B24SIM_HTTP_USER and B24SIM_HTTP_PASSWORD, or neither.")
    return cfg


def _settings(env: Mapping[str, str], path: str | Path | None) -> dict[str, tuple[object, str]]:
    """Each key set anywhere -> (its value, where it was set, to name in a message): the
    file first, then the environment over it (a blank variable counts as unset)."""
    raw: dict[str, tuple[object, str]] = {}
    file_path = path or env.get("B24SIM_MAIL_CONFIG")
    if file_path:
        where = str(Path(file_path).expanduser())
        for key, value in _read_file(Path(where)).items():
            raw[key] = (value, f"{key} in {where}")
    for key, var in _KEYS.items():
        value = env.get(var)
        if value is not None and str(value).strip() != "":
            raw[key] = (value, var)
    return raw


def _choice(choices: tuple[str, ...]):
    def check(value: object, name: str) -> str:
        chosen = _text(value).lower()
        if chosen not in choices:
            raise MailConfigError(f"{name} must be one of {', '.join(choices)}, "
                                  f"not {value!r}.")
        return chosen
    return check


def _attempts(value: object, name: str) -> int:
    try:
        attempts = int(str(value).strip())
    except ValueError:
        attempts = 0
    if not 1 <= attempts <= 100:
        raise MailConfigError(f"{name} must be a whole number from 1 to 100, not {value!r}.")
    return attempts


def _plain(value: object, _name: str) -> str:
    return str(value)


# file key -> (MailConfig field, check), in the order they are checked
_CHECKS = {
    "transport": ("transport", _choice(TRANSPORTS)),
    "from": ("from_addr", _from),
    "smtp_host": ("smtp_host", _host),
    "smtp_port": ("smtp_port", _port),
    "smtp_timeout": ("smtp_timeout", _seconds),
    "http_url": ("http_url", _url),
    "http_timeout": ("http_timeout", _seconds),
    "backoff": ("backoff", lambda v, n: _seconds(v, n, upper=86400)),
    "smtp_security": ("smtp_security", _choice(SECURITY)),
    "max_attempts": ("max_attempts", _attempts),
    "smtp_user": ("smtp_user", _plain),
    "smtp_password": ("smtp_password", _plain),
    "http_user": ("http_user", _plain),
    "http_password": ("http_password", _plain),
}
