"""Email delivery: messages built with the standard ``email`` package, transports, dispatcher.

- ``build_message(row)``: a multipart (text + HTML) ``EmailMessage`` from an outbox row.
- ``dispatch_pending(store)``: deliver due rows through the configured transport (one pass).
- ``resend(store, email_id)``: a failed email back to pending.
- ``export_eml(store, email_id, path)``: any email as an .eml file.
- ``load_mail_config()``: environment variables / TOML file -> ``MailConfig``.

``dispatch_pending`` may network for seconds: the GUI runs it in a worker thread (it opens its
own units of work and transport, so it is safe there) and refreshes on the report.

The names are imported on first use (PEP 562): the transports import requests (~140 ms), and
reading the mail configuration alone (``core.mail.config``, as the console does to say what
a pending email waits for) should not pay for it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

_EXPORTS = {
    "MailConfig": "core.mail.config",
    "MailConfigError": "core.mail.config",
    "load_mail_config": "core.mail.config",
    "DispatchReport": "core.mail.dispatch",
    "dispatch_pending": "core.mail.dispatch",
    "resend": "core.mail.dispatch",
    "status_counts": "core.mail.dispatch",
    "eml_bytes": "core.mail.export",
    "export_eml": "core.mail.export",
    "build_message": "core.mail.message",
}

__all__ = [
    "DispatchReport",
    "MailConfig",
    "MailConfigError",
    "build_message",
    "dispatch_pending",
    "eml_bytes",
    "export_eml",
    "load_mail_config",
    "resend",
    "status_counts",
]

if TYPE_CHECKING:
    from core.mail.config import MailConfig, MailConfigError, load_mail_config
    from core.mail.dispatch import DispatchReport, dispatch_pending, resend, status_counts
    from core.mail.export import eml_bytes, export_eml
    from core.mail.message import build_message


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'core.mail' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
