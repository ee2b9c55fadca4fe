"""Settings of this PC (not shared through the database): where the database is,
whether this is the reception desk or a staff PC, where PostgreSQL's client tools are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

DATABASE_URL_KEY = "database/url"
PG_BIN_KEY = "backup/pg_bin"
STAFF_MODE_KEY = "mode/staff"


def database_url(settings: QSettings) -> str:
    """The database URL chosen in the settings dialog; empty means embedded SQLite."""
    value = settings.value(DATABASE_URL_KEY, "")
    return str(value).strip() if value is not None else ""


def set_database_url(settings: QSettings, url: str) -> None:
    settings.setValue(DATABASE_URL_KEY, url.strip())


def pg_bin(settings: QSettings) -> Path | None:
    """The folder holding pg_dump and pg_restore chosen for this PC; None: search PATH."""
    value = settings.value(PG_BIN_KEY, "")
    text = str(value).strip() if value is not None else ""
    return Path(text) if text else None


def set_pg_bin(settings: QSettings, folder: Path | None) -> None:
    settings.setValue(PG_BIN_KEY, str(folder) if folder is not None else "")


def staff_mode(settings: QSettings) -> bool:
    """True on a staff PC (starts in the tray), False at the reception desk."""
    return str(settings.value(STAFF_MODE_KEY, "false")).lower() in ("true", "1")


def set_staff_mode(settings: QSettings, on: bool) -> None:
    settings.setValue(STAFF_MODE_KEY, on)
