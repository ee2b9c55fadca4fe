"""Accounts: the sign-in name's rule and the refusals of signing in (issue 15).

A sign-in name is 3 to 30 characters of lower-case ASCII letters, digits, ``.``, ``_``
and ``-``, starting with a letter: it is typed on any keyboard layout, and on PostgreSQL
it also names the person's login role. Upper case typed is taken as lower case.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from typing import Final

from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.messages import msg

__all__ = ["LOGIN_MAX", "LOGIN_MIN", "SignInRefused", "check_login"]

LOGIN_MIN: Final = 3
LOGIN_MAX: Final = 30
_LOGIN = re.compile(r"[a-z][a-z0-9._-]*")


def check_login(field: str, typed: str) -> str:
    """The sign-in name ``typed`` stands for, or ValidationError({field: ...})."""
    login = unicodedata.normalize("NFKC", typed).strip().lower()
    if not LOGIN_MIN <= len(login) <= LOGIN_MAX or not _LOGIN.fullmatch(login):
        raise ValidationError({field: msg("account.login_rule", least=LOGIN_MIN,
                                          most=LOGIN_MAX)})
    return login


class SignInRefused(DomainError):
    """Signing in did not succeed. A wrong name and a wrong password read the same, so
    the message never tells which sign-in names exist."""

    @classmethod
    def wrong(cls) -> SignInRefused:
        return cls(msg("signin.wrong"))

    @classmethod
    def locked(cls, until: datetime) -> SignInRefused:
        return cls(msg("signin.locked", until=until))

    @classmethod
    def disabled(cls) -> SignInRefused:
        return cls(msg("signin.disabled"))
