"""Each account's PostgreSQL login: provisioning, and connecting as the person
(docs/architecture.md §11).

An account ``minjun.kim`` of the database ``arcodesk`` signs in to PostgreSQL as the
login role ``arcodesk_u_minjun.kim`` (``pg_names``), whose groups are the account's
roles. The role is created and changed only by migration 0010's SECURITY DEFINER
functions, which an administrator's login may call (so no login needs CREATEROLE) and
which read the account tables themselves: the login's state always follows the
``account`` row (active or not) and its ``account_role`` rows.

The services call these inside the write transaction that changes the account, after
the change (a pending ORM change is flushed first by ``Session.execute``), so the
login and the account are committed together or not at all:

* creating an account, or resetting a password that has no login yet:
  :func:`provision_login` (creates the role, sets the password, applies the roles);
* roles granted or taken, account disabled or enabled: :func:`sync_login`;
* an administrator's password reset: :func:`set_login_password`;
* the person changing their own password (on their own connection):
  :func:`change_own_password`.

Passwords go to the server as SCRAM-SHA-256 verifiers (``store/scram.py``), as bind
parameters of a function call: neither the password nor its verifier is ever part of
a statement's text.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from arco_desk.store.pg_names import login_role
from arco_desk.store.scram import scram_verifier

__all__ = ["change_own_password", "current_login", "has_logins", "login_url", "logins_of",
           "provision_login", "set_login_password", "sync_login"]


def has_logins(session: Session) -> bool:
    """True on a PostgreSQL database that has per-person logins (revision 0010)."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    found = session.scalar(text("SELECT to_regprocedure('arco_sync_login(text)')"))
    return found is not None


def provision_login(session: Session, login: str, password: str) -> str:
    """Create (or take over again) the login of the account ``login``, with ``password``
    and the account's roles; returns the role's name. The account row must exist."""
    role = session.scalar(text("SELECT arco_provision_login(:login, :verifier)"),
                          {"login": login, "verifier": scram_verifier(password)})
    assert isinstance(role, str)
    return role


def sync_login(session: Session, login: str) -> None:
    """Make the login follow its account: LOGIN only while the account is active, and
    the groups of its roles (none while disabled). An administrator cannot disable their
    own login or take their own admin role this way (the database refuses)."""
    session.execute(text("SELECT arco_sync_login(:login)"), {"login": login})


def set_login_password(session: Session, login: str, password: str) -> None:
    """An administrator sets another person's password (a reset)."""
    session.execute(text("SELECT arco_set_login_password(:login, :verifier)"),
                    {"login": login, "verifier": scram_verifier(password)})


def change_own_password(session: Session, password: str) -> None:
    """The connected person's new password; effective from their next connection."""
    session.execute(text("SELECT arco_change_own_password(:verifier)"),
                    {"verifier": scram_verifier(password)})


def current_login(session: Session) -> str | None:
    """The account this connection belongs to: the sign-in name of the login connected
    (also when Windows signed it in), None for any other role (the owner, a DBA)."""
    found = session.scalar(text("SELECT arco_current_login()"))
    return found if isinstance(found, str) else None


def login_url(address: str | URL, login: str, password: str | None = None) -> URL:
    """``address`` (a server and database, any user in it dropped) as the login of
    ``login``. Without ``password`` the server's own sign-in applies (Windows SSPI or
    Kerberos, a password file)."""
    url = make_url(address)
    database = url.database
    if not database:
        raise ValueError("the address names no database")
    return url.set(username=login_role(database, login), password=password)


def logins_of(session: Session, logins: Iterable[str]) -> dict[str, bool]:
    """For each of ``logins``: whether its role exists and may connect now."""
    names = list(logins)
    rows = session.execute(text(
        "SELECT l.login, r.rolcanlogin FROM unnest(CAST(:logins AS text[])) AS l(login) "
        "JOIN pg_roles r ON r.rolname = arco_login_role(l.login)"), {"logins": names}).all()
    found = {login: bool(can) for login, can in rows}
    return {login: found.get(login, False) for login in names}
