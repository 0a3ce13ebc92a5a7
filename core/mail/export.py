"""Any outbox row as an .eml file that a mail client opens."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from sqlalchemy import select

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


def configured_from() -> str:
    """The From of the mail settings, else the default (as the console's Export writes it)."""
    from core.mail.config import load_mail_config

    try:
        return load_mail_config().from_addr
    except DomainError:
        return DEFAULT_FROM


def export_all(store: Store, folder: str | Path, from_addr: str | None = None) -> list[Path]:
    """Every email of the store, in the order they were written, as ``folder/NN-kind-to-
    person.eml`` (NN counts from 01; the person is the address before the ``@``): the bytes
    the console's Export writes. Returns the files written (none when there is no email)."""
    from_addr = configured_from() if from_addr is None else from_addr
    with store.reader() as uow:
        rows = uow.session.scalars(select(m.Email).order_by(m.Email.created_at, m.Email.id))
        files = [(name_in_list(n, row.kind, row.to_addr),
                  message_bytes(build_message(row, from_addr)))
                 for n, row in enumerate(rows, 1)]
    target = Path(folder)
    if files:
        target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in files:
        (target / name).write_bytes(data)
        written.append(target / name)
    return written


# What export_all names a file (a reused folder's cleanup removes only these).
LISTED_NAME = re.compile(r"\d{2,}-[a-z0-9_]+-to-[a-z0-9_.-]+\.eml")


def name_in_list(number: int, kind: str, to_addr: str) -> str:
    def slug(text: str) -> str:
        return re.sub(r"[^a-z0-9_.-]+", "-", text.lower()).strip("-.") or "someone"

    return f"{number:02d}-{slug(kind).replace('-', '_')}-to-{slug(to_addr.partition('@')[0])}.eml"


def export_eml(store: Store, email_id: int, path: str | Path,
               from_addr: str | None = None) -> Path:
    """Write email ``email_id`` to ``path`` (a folder gets a suggested file name).

    The file is written whole or not at all (temporary file, then rename).
    """
    data = eml_bytes(store, email_id, configured_from() if from_addr is None else from_addr)
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
