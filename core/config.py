"""Where the store lives: the user's data folder by default, or --data-dir / --db."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote

APP_NAME = "b24-delete-account"
DB_FILE = "world.db"


class StoreChoiceError(ValueError):
    """A --db / --data-dir (or B24SIM_DB) that cannot be used; the message says why."""


def sqlite_url(path: Path | str) -> str:
    """The URL of a SQLite file. ``%``, ``?`` and ``#`` in the path are percent-encoded
    (SQLAlchemy's make_url decodes the path): a folder named ``a?b`` must not end the path at
    ``?``, where SQLAlchemy starts reading options (the file would land in the parent folder).
    Other characters stay as typed, so messages show the path as the person wrote it.
    Here rather than in core.db, so resolving the URL does not import SQLAlchemy."""
    text = str(Path(path))
    for char, code in (("%", "%25"), ("?", "%3F"), ("#", "%23")):  # "%" first
        text = text.replace(char, code)
    return "sqlite:///" + text


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(os.environ.get("B24SIM_DATA_DIR") or user_data_dir(APP_NAME, appauthor=False))


def sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL, read without SQLAlchemy (the GUI paints
    before importing it); None for anything else. core.db.sqlite_path is the full reading."""
    scheme, sep, rest = url.strip().partition(":///")
    if not sep or scheme.split("+", 1)[0].lower() != "sqlite":
        return None
    name, _, query = rest.partition("?")
    name = unquote(name)
    if not name or name == ":memory:" or "uri=" in query.lower():
        return None
    return Path(name).expanduser()


def _explicit_url(url: str, what: str) -> str:
    """A URL the user typed: a SQLite file must go in a folder that exists. A typo in --db
    is refused rather than creating folders wherever it points (--data-dir creates its
    folder: that is what it names)."""
    file = sqlite_file(url)
    if file is not None:
        folder = file.parent
        if not folder.exists():
            raise StoreChoiceError(
                f"The folder {folder} for the database in {what} does not exist. Create it "
                f"first, or use --data-dir {folder} (that folder is created when missing).")
    return url


def resolve_db_url(db: str | None = None, data_dir: str | Path | None = None) -> str:
    """--db wins; then --data-dir; then B24SIM_DB; then the user data folder.

    Raises StoreChoiceError for an empty --db / --data-dir (an empty variable in a script must
    not fall back to the user's own store) and for a --db or B24SIM_DB SQLite file whose
    folder does not exist.
    """
    if db is not None:
        if not db.strip():
            raise StoreChoiceError("--db is empty. Give a database URL, e.g. "
                                   "sqlite:///path/to/world.db, or leave --db out.")
        return _explicit_url(db, "--db")
    if data_dir is not None:
        if not str(data_dir).strip():
            raise StoreChoiceError("--data-dir is empty. Give a folder, or leave --data-dir out.")
        return sqlite_url(Path(data_dir).expanduser() / DB_FILE)
    if os.environ.get("B24SIM_DB"):
        return _explicit_url(os.environ["B24SIM_DB"], "B24SIM_DB")
    return sqlite_url(default_data_dir() / DB_FILE)
