"""Transport configuration from the environment and a TOML file; bad values read clearly."""

from __future__ import annotations

import pytest

from core.mail.config import DEFAULT_FROM, MailConfigError, load_mail_config
from core.mail.transports import HttpTransport, OutboxOnly, SmtpTransport, transport_from_config


def test_the_default_is_the_outbox_and_nothing_leaves():
    cfg = load_mail_config({})
    assert cfg.transport == "outbox" and cfg.from_addr == DEFAULT_FROM
    transport = transport_from_config(cfg)
    assert isinstance(transport, OutboxOnly) and not transport.delivers


def test_smtp_settings_come_from_the_environment():
    cfg = load_mail_config({"B24SIM_MAIL_TRANSPORT": "SMTP", "B24SIM_SMTP_HOST": "mail.example.com",
                            "B24SIM_SMTP_PORT": "587", "B24SIM_SMTP_SECURITY": "starttls",
                            "B24SIM_SMTP_USER": "u", "B24SIM_SMTP_PASSWORD": "secret",
                            "B24SIM_SMTP_TIMEOUT": "3.5"})
    transport = transport_from_config(cfg)
    assert isinstance(transport, SmtpTransport)
    assert (transport.host, transport.port, transport.security, transport.user,
            transport.timeout) == ("mail.example.com", 587, "starttls", "u", 3.5)
    assert "secret" not in cfg.describe()


def test_a_bare_mailpit_address_gets_the_send_path():
    cfg = load_mail_config({"B24SIM_MAIL_TRANSPORT": "http",
                            "B24SIM_HTTP_URL": "http://127.0.0.1:8025/"})
    transport = transport_from_config(cfg)
    assert isinstance(transport, HttpTransport)
    assert transport.url == "http://127.0.0.1:8025/api/v1/send"
    full = load_mail_config({"B24SIM_HTTP_URL": "https://mp.example/mailpit/api/v1/send"})
    assert full.send_url == "https://mp.example/mailpit/api/v1/send"


def test_a_config_file_is_read_and_the_environment_wins(tmp_path):
    path = tmp_path / "mail.toml"
    path.write_text('[mail]\ntransport = "smtp"\nsmtp_host = "filehost"\nsmtp_port = 2525\n'
                    'from = "Acme <noreply@acme.example>"\n', encoding="utf-8")
    cfg = load_mail_config({"B24SIM_MAIL_CONFIG": str(path), "B24SIM_SMTP_PORT": "2526"})
    assert (cfg.transport, cfg.smtp_host, cfg.smtp_port) == ("smtp", "filehost", 2526)
    assert cfg.from_addr == "Acme <noreply@acme.example>"


@pytest.mark.parametrize(("env", "words"), [
    ({"B24SIM_MAIL_TRANSPORT": "pigeon"}, "B24SIM_MAIL_TRANSPORT must be one of"),
    ({"B24SIM_SMTP_PORT": "99999"}, "port number from 1 to 65535"),
    ({"B24SIM_SMTP_PORT": "smtp"}, "port number from 1 to 65535"),
    ({"B24SIM_SMTP_HOST": "smtp://mail.example.com"}, "not a host name"),
    ({"B24SIM_SMTP_HOST": "bad host"}, "not a host name"),
    ({"B24SIM_SMTP_SECURITY": "tls"}, "B24SIM_SMTP_SECURITY must be one of"),
    ({"B24SIM_HTTP_URL": "localhost:8025"}, "not an http(s) URL"),
    ({"B24SIM_HTTP_URL": "ftp://x"}, "not an http(s) URL"),
    ({"B24SIM_HTTP_URL": "http://host:99999"}, "bad port"),
    ({"B24SIM_HTTP_URL": "http://u:p@host"}, "must not hold a user or password"),
    ({"B24SIM_HTTP_TIMEOUT": "0"}, "more than 0"),
    ({"B24SIM_MAIL_FROM": "nobody"}, "not an email address"),
    ({"B24SIM_MAIL_FROM": "A <a@b.c>\r\nBcc: x@y.z"}, "not an email address"),
    ({"B24SIM_MAIL_MAX_ATTEMPTS": "0"}, "whole number from 1 to 100"),
    ({"B24SIM_SMTP_USER": "u"}, "both B24SIM_SMTP_USER and B24SIM_SMTP_PASSWORD"),
])
def test_bad_configuration_gives_a_clear_message(env, words):
    with pytest.raises(MailConfigError) as caught:
        load_mail_config(env)
    assert words in str(caught.value)


def test_a_bad_config_file_is_named_in_the_message(tmp_path):
    broken = tmp_path / "mail.toml"
    broken.write_text("[mail\ntransport = smtp", encoding="utf-8")
    with pytest.raises(MailConfigError, match="not valid TOML"):
        load_mail_config({"B24SIM_MAIL_CONFIG": str(broken)})
    unknown = tmp_path / "other.toml"
    unknown.write_text('[mail]\nsmtp_hots = "x"\n', encoding="utf-8")
    with pytest.raises(MailConfigError, match="unknown key.*smtp_hots"):
        load_mail_config({"B24SIM_MAIL_CONFIG": str(unknown)})
    with pytest.raises(MailConfigError, match="does not exist"):
        load_mail_config({"B24SIM_MAIL_CONFIG": str(tmp_path / "missing.toml")})
