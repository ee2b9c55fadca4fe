"""Who sits at this PC: the staff profile chosen once and kept in QSettings.

The one place the current identity lives. Accounts and permissions will replace
it later; until then every "for me" view (내 메모, host alerts) asks here.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

IDENTITY_KEY = "identity/staff_id"


def current_staff_id(settings: QSettings) -> int | None:
    """The staff profile this PC belongs to, or ``None`` when none was chosen yet."""
    value = settings.value(IDENTITY_KEY)
    text = str(value) if value is not None else ""
    return int(text) if text.isdigit() else None


def set_current_staff_id(settings: QSettings, staff_id: int | None) -> None:
    if staff_id is None:
        settings.remove(IDENTITY_KEY)
    else:
        settings.setValue(IDENTITY_KEY, staff_id)
    settings.sync()
