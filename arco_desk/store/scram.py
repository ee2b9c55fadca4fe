"""SCRAM-SHA-256 password verifiers, made on this PC (docs/architecture.md §11).

A PostgreSQL login's password is stored on the server as a verifier,
``SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`` (base64), from which the
password cannot be read back. ARCO Desk computes it here and sends only the verifier,
so the password itself never reaches the server: not its statement log, not
``pg_stat_statements``, not a network capture. The computation is the one RFC 5802 and
RFC 7677 give and the PostgreSQL manual describes (SaltedPassword = PBKDF2-HMAC-SHA-256
of the password; StoredKey = SHA-256(HMAC(SaltedPassword, "Client Key")); ServerKey =
HMAC(SaltedPassword, "Server Key")), with the password prepared by SASLprep (RFC 4013)
exactly as PostgreSQL and its client library prepare it: ASCII is taken as it is; other
text is mapped and NFKC-normalised, and text SASLprep prohibits is used as its raw UTF-8
bytes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import stringprep
import unicodedata
from typing import Final

__all__ = ["ITERATIONS", "is_verifier", "saslprep", "scram_verifier"]

ITERATIONS: Final = 4096  # PostgreSQL's own default (scram_iterations)
SALT_BYTES: Final = 16
_SALT = r"[A-Za-z0-9+/]+={0,2}"
_KEY = r"[A-Za-z0-9+/]{43}="  # 32 bytes of SHA-256
# The form migration 0010's functions accept (anything else would be taken as a password).
_VERIFIER = re.compile(rf"SCRAM-SHA-256\$[1-9][0-9]{{0,6}}:{_SALT}\${_KEY}:{_KEY}")

_PROHIBITED = (stringprep.in_table_c12, stringprep.in_table_c21, stringprep.in_table_c22,
               stringprep.in_table_c3, stringprep.in_table_c4, stringprep.in_table_c5,
               stringprep.in_table_c6, stringprep.in_table_c7, stringprep.in_table_c8,
               stringprep.in_table_c9, stringprep.in_table_a1)


def saslprep(password: str) -> bytes:
    """The bytes PostgreSQL hashes for ``password``."""
    raw = password.encode("utf-8")
    if password.isascii():
        return raw
    mapped = "".join(" " if stringprep.in_table_c12(c) else c
                     for c in password if not stringprep.in_table_b1(c))
    prepared = unicodedata.normalize("NFKC", mapped)
    if not prepared or any(test(c) for c in prepared for test in _PROHIBITED):
        return raw
    if any(stringprep.in_table_d1(c) for c in prepared) and (
            any(stringprep.in_table_d2(c) for c in prepared)
            or not stringprep.in_table_d1(prepared[0])
            or not stringprep.in_table_d1(prepared[-1])):
        return raw
    return prepared.encode("utf-8")


def scram_verifier(password: str, *, salt: bytes | None = None,
                   iterations: int = ITERATIONS) -> str:
    """The verifier PostgreSQL stores for ``password`` (a new random salt by default)."""
    if salt is None:
        salt = secrets.token_bytes(SALT_BYTES)
    salted = hashlib.pbkdf2_hmac("sha256", saslprep(password), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()
    return (f"SCRAM-SHA-256${iterations}:{_b64(salt)}"
            f"${_b64(stored_key)}:{_b64(server_key)}")


def is_verifier(text: str) -> bool:
    """True for text in the verifier's form (the server would store it as it is)."""
    return _VERIFIER.fullmatch(text) is not None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
