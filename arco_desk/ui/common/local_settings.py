"""Settings of this PC (not shared through the database): where the database is,
whether this is the reception desk or a staff PC."""

from __future__ import annotations

from PySide6.QtCore import QSettings

DATABASE_URL_KEY = "database/url"
STAFF_MODE_KEY = "mode/staff"


def database_url(settings: QSettings) -> str:
    """The database URL chosen in the settings dialog; empty means embedded SQLite."""
    value = settings.value(DATABASE_URL_KEY, "")
    return str(value).strip() if value is not None else ""


def set_database_url(settings: QSettings, url: str) -> None:
    settings.setValue(DATABASE_URL_KEY, url.strip())


def staff_mode(settings: QSettings) -> bool:
    """True on a staff PC (starts in the tray), False at the reception desk."""
    return str(settings.value(STAFF_MODE_KEY, "false")).lower() in ("true", "1")


def set_staff_mode(settings: QSettings, on: bool) -> None:
    settings.setValue(STAFF_MODE_KEY, on)
