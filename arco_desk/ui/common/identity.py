"""Who sits at this PC: the staff profile chosen once and kept in QSettings.

The one place the current identity lives. Accounts and permissions will replace
it later; until then every "for me" view (내 메모, host alerts) and every write
(through :class:`ActingPerson`) asks here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings

from arco_desk.domain.actor import Actor
from arco_desk.domain.errors import NotFound
from arco_desk.services.directory import DirectoryService

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


def desk_name() -> str:
    """The name the audit log and the histories give the desk without a staff member.

    Stored as it reads in the interface language at the time, like a person's name;
    the account (``desk``) is what stays the same.
    """
    return QCoreApplication.translate("Actor", "Reception desk")


class ActingPerson:
    """The provider tabs and dialogs call for the acting person: this PC's staff member
    (looked up at each call, so a renamed or newly chosen profile counts at once), or
    the reception desk when none is set or the profile is gone."""

    def __init__(self, settings: QSettings, directory: DirectoryService) -> None:
        self.settings = settings
        self.directory = directory

    def __call__(self) -> Actor:
        staff_id = current_staff_id(self.settings)
        if staff_id is not None:
            try:
                staff = self.directory.get_staff(staff_id)
            except NotFound:
                pass
            else:
                return Actor.for_staff(staff.id, staff.name)
        return Actor.desk(desk_name())
