"""Where the store lives: the user's data folder by default, or --data-dir / --db."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "b24-delete-account"
DB_FILE = "world.db"


def sqlite_url(path: Path | str) -> str:
    # Here rather than in core.db, so resolving the URL does not import SQLAlchemy.
    return f"sqlite:///{Path(path)}"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(os.environ.get("B24SIM_DATA_DIR") or user_data_dir(APP_NAME, appauthor=False))


def resolve_db_url(db: str | None = None, data_dir: str | Path | None = None) -> str:
    """--db wins; then --data-dir; then B24SIM_DB; then the user data folder."""
    if db:
        return db
    if data_dir:
        return sqlite_url(Path(data_dir).expanduser() / DB_FILE)
    if os.environ.get("B24SIM_DB"):
        return os.environ["B24SIM_DB"]
    return sqlite_url(default_data_dir() / DB_FILE)
