"""Settings of this PC (not shared through the database): where the database is,
whether this is the reception desk or a staff PC, where PostgreSQL's client tools are.

The database address is kept without its password; the password is in the OS credential
store (:mod:`arco_desk.services.database_password`, docs/architecture.md §8), which is
imported when an address is read: whether this is a staff PC is known before the database
stack is loaded (§16).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from arco_desk.services.database_password import Address

DATABASE_URL_KEY = "database/url"
PG_BIN_KEY = "backup/pg_bin"
STAFF_MODE_KEY = "mode/staff"

log = logging.getLogger(__name__)


def stored_database_url(settings: QSettings) -> str:
    """The address as the settings hold it; empty means embedded SQLite.

    It has no password, except one an older version wrote there on a PC that has no
    secure credential store to move it to.
    """
    value = settings.value(DATABASE_URL_KEY, "")
    return str(value).strip() if value is not None else ""


def database_address(settings: QSettings) -> Address:
    """The address chosen in the settings dialog and its password, for the dialog."""
    from arco_desk.services.database_password import Address, saved_password, split_password

    stored = split_password(stored_database_url(settings))
    if stored.password:
        return stored
    return Address(stored.url, saved_password(stored.url))


def database_url(settings: QSettings) -> str:
    """The URL to connect to, password included; empty means embedded SQLite.

    A password an older version left in the settings is moved to the credential store
    first and the settings rewritten without it. On a PC with no secure store it stays
    where it is (the connection keeps working) and every start says so in the log.
    """
    from arco_desk.domain.errors import DomainError
    from arco_desk.services.database_password import (
        join_password,
        keep_password,
        saved_password,
        split_password,
    )

    stored = split_password(stored_database_url(settings))
    if stored.password:
        try:
            keep_password(stored.url, stored.password)
        except DomainError as refused:
            log.warning("the database password is still in clear text in this PC's settings "
                        "(%s); clear it in the settings dialog and use PostgreSQL's password "
                        "file or ARCO_DESK_DB_URL", refused.msg.key)
            return join_password(stored.url, stored.password)
        settings.setValue(DATABASE_URL_KEY, stored.url)
        settings.sync()
        log.info("moved the database password from this PC's settings to the credential "
                 "store")
        return join_password(stored.url, stored.password)
    return join_password(stored.url, saved_password(stored.url))


def set_database_url(settings: QSettings, url: str, password: str = "") -> None:
    """Keep ``url`` in the settings without a password and ``password`` (or one typed
    into ``url``) in the credential store; an empty password forgets the kept one.

    Raises a :class:`DomainError` and changes nothing when the password cannot be kept
    securely. A clear-text password an older version left in the settings is left as it
    is when saved again unchanged on a PC without a secure store (removing it would
    cut the connection; clearing the password field removes it).
    """
    from arco_desk.services.database_password import (
        Address,
        forget_password,
        keep_password,
        secure_store,
        split_password,
    )

    chosen = split_password(url)
    password = chosen.password or password
    before = split_password(stored_database_url(settings))
    if not chosen.url:
        settings.setValue(DATABASE_URL_KEY, "")
        return
    if password:
        if before == Address(chosen.url, password) and not secure_store():
            return
        keep_password(chosen.url, password)
    else:
        forget_password(chosen.url)
    settings.setValue(DATABASE_URL_KEY, chosen.url)


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
