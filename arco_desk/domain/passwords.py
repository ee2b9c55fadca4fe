"""Passwords: the rule a new one must meet, one-way storage, and the lockout (issue 15).

The rule follows the guidance for the 개인정보의 안전성 확보조치 기준: at least ten
characters mixing two kinds (letters, digits, symbols), or at least eight mixing all
three; never the account name itself. Passwords are kept as scrypt hashes with a salt of
their own (``scrypt$n$r$p$salt$hash``, base64), compared in constant time. Five failed
sign-ins in a row lock the account for thirty minutes, or until an administrator
unlocks it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import string
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from arco_desk.domain.messages import Message, msg

__all__ = ["LOCK_AFTER_FAILURES", "LOCK_FOR", "SignInLock", "hash_password",
           "password_refusal", "verify_password"]

MIN_TWO_KINDS: Final = 10
MIN_THREE_KINDS: Final = 8
MAX_LENGTH: Final = 128
LOCK_AFTER_FAILURES: Final = 5
LOCK_FOR: Final = timedelta(minutes=30)

# scrypt's cost: 16 MiB and about 50 ms per check on a desk PC.
_N, _R, _P = 2**14, 8, 1
_SALT_BYTES = 16
_KEY_BYTES = 32


def _normalised(password: str) -> bytes:
    # The same keys typed on another PC (a composed or decomposed Hangul syllable) match.
    return unicodedata.normalize("NFC", password).encode("utf-8")


def _kinds(password: str) -> int:
    letters = any(c.isalpha() for c in password)
    digits = any(c in string.digits for c in password)
    symbols = any(not c.isalnum() and not c.isspace() for c in password)
    return letters + digits + symbols


def password_refusal(password: str, account: str) -> Message | None:
    """Why ``password`` may not be chosen for ``account``; None when it may."""
    if len(password) > MAX_LENGTH:
        return msg("password.too_long", limit=MAX_LENGTH)
    if any(unicodedata.category(c) == "Cc" for c in password):
        return msg("password.control_character")
    kinds = _kinds(password)
    long_enough = ((kinds >= 2 and len(password) >= MIN_TWO_KINDS)
                   or (kinds >= 3 and len(password) >= MIN_THREE_KINDS))
    if not long_enough:
        return msg("password.rule", two_kinds=MIN_TWO_KINDS, three_kinds=MIN_THREE_KINDS)
    if account and account.casefold() in password.casefold():
        return msg("password.contains_account")
    return None


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(_SALT_BYTES)
    key = hashlib.scrypt(_normalised(password), salt=salt, n=_N, r=_R, p=_P,
                         dklen=_KEY_BYTES)
    return "$".join(("scrypt", str(_N), str(_R), str(_P), _b64(salt), _b64(key)))


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` matches ``stored``; False for any other stored form."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key, validate=True)
        actual = hashlib.scrypt(_normalised(password), salt=base64.b64decode(salt,
                                validate=True), n=int(n), r=int(r), p=int(p),
                                dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


@dataclass(frozen=True, slots=True)
class SignInLock:
    """An account's failed sign-ins in a row and the last one's time."""

    failures: int
    last_failure_at: datetime | None

    def locked_until(self) -> datetime | None:
        """When the account opens again by itself; None when it is not locked."""
        if self.failures < LOCK_AFTER_FAILURES or self.last_failure_at is None:
            return None
        return self.last_failure_at + LOCK_FOR

    def is_locked(self, now: datetime) -> bool:
        until = self.locked_until()
        return until is not None and now < until

    def after_failure(self, now: datetime) -> SignInLock:
        """The state after another failure; one after a lock ran out starts a new count."""
        failures = 1 if self.locked_until() is not None and not self.is_locked(now) \
            else self.failures + 1
        return SignInLock(failures, now)
