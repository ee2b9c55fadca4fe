"""The PostgreSQL password of this PC: kept in the OS credential store (Windows Credential
Manager, the macOS Keychain, the Secret Service), never in the settings file.

The settings keep the database address without its password; the password is kept under
:data:`SERVICE_NAME` and the account ``user@host:port/database`` of that address, and
joined back in when the address is used (docs/architecture.md §8).

``keyring`` is imported when a password is asked for, not at start: a PC on the embedded
database never loads it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url

from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import msg

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

# The name the credential store lists the password under (Windows: a generic credential).
SERVICE_NAME = "ARCO Desk database"
# keyring's own threshold for a recommended backend: its "fail" and "null" stand-ins,
# a chain of nothing, and plain-text or encrypted-file stores all rank below it.
SECURE_PRIORITY = 1
POSTGRESQL_PORT = 5432


@dataclass(frozen=True, slots=True)
class Address:
    """A database URL split in two: ``url`` without the password, and the password."""

    url: str
    password: str


def _parsed(url: str) -> URL | None:
    try:
        return make_url(url.strip())
    except (sa_exc.ArgumentError, ValueError):
        return None


def split_password(url: str) -> Address:
    """``url`` without its password, and the password ("" when it has none).

    An address that is not a well-formed URL is returned as it is, with no password:
    the connection check says what is wrong with it.
    """
    url = url.strip()
    parsed = _parsed(url)
    if parsed is None or parsed.password is None:
        return Address(url, "")
    without = URL.create(parsed.drivername, username=parsed.username, host=parsed.host,
                         port=parsed.port, database=parsed.database, query=parsed.query)
    return Address(without.render_as_string(hide_password=False), str(parsed.password))


def join_password(url: str, password: str) -> str:
    """``url`` with ``password`` in it (``url`` as it is when either is empty)."""
    parsed = _parsed(url)
    if not password or parsed is None:
        return url.strip()
    return parsed.set(password=password).render_as_string(hide_password=False)


def shown(url: str) -> str:
    """``url`` as it may be shown or logged: a password in it becomes ``***``."""
    parsed = _parsed(url)
    return parsed.render_as_string(hide_password=True) if parsed is not None else url


def account(url: str) -> str | None:
    """The credential store's user name for the address: ``user@host:port/database``.

    None for an address with no server (SQLite, or not a URL): it has no password.
    """
    parsed = _parsed(url)
    if parsed is None or not parsed.host:
        return None
    default_port = POSTGRESQL_PORT if parsed.get_backend_name() == "postgresql" else None
    port = parsed.port or default_port
    where = f"{parsed.host}:{port}" if port else parsed.host
    return f"{parsed.username or ''}@{where}/{parsed.database or ''}"


def _backend() -> KeyringBackend:
    import keyring

    return keyring.get_keyring()


def secure_store() -> bool:
    """True when this PC has a credential store that keeps a password safe.

    False where keyring found none (a Linux PC without a Secret Service) or only a
    stand-in (its ``fail``/``null`` backends, a plain-text file).
    """
    try:
        return float(_backend().priority) >= SECURE_PRIORITY
    except Exception as error:  # a backend's priority may raise anything: no store then
        log.warning("credential store unusable: %s", error.__class__.__name__)
        return False


def saved_password(url: str) -> str:
    """The password kept for ``url``'s address, "" when none is (or no store answers)."""
    name = account(url)
    if name is None or not secure_store():
        return ""
    from keyring.errors import KeyringError

    try:
        return _backend().get_password(SERVICE_NAME, name) or ""
    except KeyringError as error:
        log.warning("could not read the database password from the credential store: %s",
                    error.__class__.__name__)
        return ""


def keep_password(url: str, password: str) -> None:
    """Keep ``password`` for ``url``'s address, checked by reading it back.

    Raises a :class:`DomainError` when this PC has no secure store or the store refuses.
    """
    name = account(url)
    if name is None:
        raise DomainError(msg("connection.password_without_server"))
    if not secure_store():
        raise DomainError(msg("connection.no_secure_store"))
    from keyring.errors import KeyringError

    backend = _backend()
    try:
        backend.set_password(SERVICE_NAME, name, password)
        kept = backend.get_password(SERVICE_NAME, name)
    except KeyringError as error:
        log.warning("the credential store refused the database password: %s",
                    error.__class__.__name__)
        raise DomainError(msg("connection.password_not_kept",
                              reason=error.__class__.__name__)) from error
    if kept != password:
        log.warning("the credential store did not keep the database password")
        raise DomainError(msg("connection.password_not_kept", reason="-"))


def forget_password(url: str) -> None:
    """Remove the password kept for ``url``'s address, if the store holds one."""
    name = account(url)
    if name is None or not secure_store():
        return
    from keyring.errors import KeyringError

    backend = _backend()
    try:
        if backend.get_password(SERVICE_NAME, name) is not None:
            backend.delete_password(SERVICE_NAME, name)
    except KeyringError as error:
        log.warning("could not remove the database password from the credential store: %s",
                    error.__class__.__name__)
