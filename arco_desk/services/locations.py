"""Where the database is: the embedded SQLite file in the data folder, or a URL."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from sqlalchemy import make_url

from arco_desk.store.engine import is_sqlite, sqlite_url

DATABASE_FILE: Final = "arco-desk.sqlite3"


def database_url(basedir: Path, url: str | None) -> str:
    """The URL to use: the one given, else the embedded SQLite file in ``basedir``."""
    return url if url else sqlite_url(basedir / DATABASE_FILE)


def sqlite_database(basedir: Path, url: str | None) -> Path | None:
    """The SQLite file in use, or None for a PostgreSQL address."""
    if not url:
        return basedir / DATABASE_FILE
    if not is_sqlite(url):
        return None
    name = make_url(url).database
    return Path(name) if name else None
