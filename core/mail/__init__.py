"""Email delivery: messages built with the standard ``email`` package, transports, dispatcher.

- ``build_message(row)``: a multipart (text + HTML) ``EmailMessage`` from an outbox row.
- ``dispatch_pending(store)``: deliver due rows through the configured transport (one pass).
- ``resend(store, email_id)``: a failed email back to pending.
- ``export_eml(store, email_id, path)``: any email as an .eml file.
- ``load_mail_config()``: environment variables / TOML file -> ``MailConfig``.

``dispatch_pending`` may network for seconds: the GUI runs it in a worker thread (it opens its
own units of work and transport, so it is safe there) and refreshes on the report.
"""

from core.mail.config import MailConfig, MailConfigError, load_mail_config
from core.mail.dispatch import DispatchReport, dispatch_pending, resend, status_counts
from core.mail.export import eml_bytes, export_eml
from core.mail.message import build_message

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
