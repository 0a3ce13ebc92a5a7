"""Any outbox row as an .eml file that a mail client opens."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from core import models as m
from core.db import Store
from core.errors import DomainError
from core.mail.config import DEFAULT_FROM
from core.mail.message import build_message, message_bytes


def eml_bytes(store: Store, email_id: int, from_addr: str = DEFAULT_FROM) -> bytes:
    with store.reader() as uow:
        row = uow.session.get(m.Email, email_id)
        if row is None:
            raise DomainError(f"There is no email #{email_id}.")
        return message_bytes(build_message(row, from_addr))


def suggested_name(store: Store, email_id: int) -> str:
    """A file name for the save dialog: ``email-12-profile_deleted.eml``."""
    with store.reader() as uow:
        row = uow.session.get(m.Email, email_id)
        kind = row.kind if row is not None else "email"
    return f"email-{email_id}-{kind}.eml"


def export_eml(store: Store, email_id: int, path: str | Path,
               from_addr: str | None = None) -> Path:
    """Write email ``email_id`` to ``path`` (a folder gets a suggested file name).

    The file is written whole or not at all (temporary file, then rename).
    """
    if from_addr is None:
        from core.mail.config import load_mail_config

        try:
            from_addr = load_mail_config().from_addr
        except DomainError:
            from_addr = DEFAULT_FROM
    data = eml_bytes(store, email_id, from_addr)
    target = Path(path).expanduser()
    if target.is_dir():
        target = target / suggested_name(store, email_id)
    if not target.parent.is_dir():
        raise DomainError(f"Cannot save {target.name}: the folder {target.parent} does not exist.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".eml-", dir=target.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        raise DomainError(f"Cannot save {target}: {exc.strerror or exc}") from None
    return target
