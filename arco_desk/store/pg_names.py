"""The PostgreSQL role names of one ARCO Desk database (docs/architecture.md §11).

Roles belong to the whole server, not to one database, so every name carries a prefix
made from the database's name: the group roles ``<prefix>_user`` (every person's
login), ``<prefix>_desk``, ``<prefix>_staff``, ``<prefix>_lead``, ``<prefix>_admin``
and ``<prefix>_privacy_officer``, and one login role per account,
``<prefix>_u_<sign-in name>``. A training copy beside the real database on the same
server therefore has logins and groups of its own.

A database named with lower-case letters, digits and ``_`` (at most 20 characters,
starting with a letter) is its own prefix: ``arcodesk`` gives ``arcodesk_staff`` and
``arcodesk_u_minjun.kim``. Any other name is cleaned and shortened, with six hex digits
of its SHA-256 so two names never share a prefix. The sign-in name is kept as it is
(``.``, ``-`` and ``_`` included): the mapping stays one-to-one, and a Windows sign-in
maps onto it with one pattern (README, "Windows sign-in"). Role names are always
quoted as identifiers, never pasted into SQL.

Migration 0010 bakes the prefix into the database's functions when it runs; the app
works it out again from the address it connects to. Changing this rule renames every
role: never change it for databases that exist.
"""

from __future__ import annotations

import hashlib
import re
from typing import Final

from arco_desk.domain.accounts import LOGIN_MAX, check_login
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.roles import Role

__all__ = ["GROUPS", "PREFIX_MAX", "group_role", "login_role", "role_prefix"]

# The group every login is in, then one per application role.
BASE_GROUP: Final = "user"
GROUPS: Final[tuple[str, ...]] = (BASE_GROUP, *(role.value for role in Role))
PREFIX_MAX: Final = 20
LOGIN_INFIX: Final = "_u_"
_PLAIN = re.compile(r"[a-z][a-z0-9_]*")
_NOT_PLAIN = re.compile(r"[^a-z0-9_]+")
_DIGEST_HEX = 6

# PostgreSQL keeps 63 bytes of a name; the longest login role must fit.
assert PREFIX_MAX + len(LOGIN_INFIX) + LOGIN_MAX <= 63


def role_prefix(database: str) -> str:
    """The prefix of every role name of ``database`` (see the module's docstring)."""
    if len(database) <= PREFIX_MAX and _PLAIN.fullmatch(database):
        return database
    cleaned = _NOT_PLAIN.sub("_", database.lower()).strip("_")
    if not cleaned or not cleaned[0].isalpha():
        cleaned = "db_" + cleaned
    digest = hashlib.sha256(database.encode("utf-8")).hexdigest()[:_DIGEST_HEX]
    head = cleaned[:PREFIX_MAX - _DIGEST_HEX - 1].rstrip("_")
    return f"{head}_{digest}"


def group_role(database: str, group: str) -> str:
    """The group role ``group`` (one of :data:`GROUPS`) of ``database``."""
    if group not in GROUPS:
        raise ValueError(f"no such group: {group!r}")
    return f"{role_prefix(database)}_{group}"


def login_role(database: str, login: str) -> str:
    """The login role of the account ``login`` in ``database``.

    ``login`` must be a sign-in name as the accounts keep it (lower case); anything else
    is a ValueError, so no typed text becomes part of a role name unchecked.
    """
    try:
        checked = check_login("login", login)
    except ValidationError:
        raise ValueError("not a sign-in name") from None
    if checked != login:
        raise ValueError("not a sign-in name as stored")
    return f"{role_prefix(database)}{LOGIN_INFIX}{login}"
