"""SCRAM-SHA-256 verifiers made on this PC are the ones PostgreSQL makes itself."""

from __future__ import annotations

import base64

import psycopg
import pytest
from psycopg import sql

from arco_desk.store.scram import ITERATIONS, is_verifier, saslprep, scram_verifier
from tests.conftest import PostgresServer

PASSWORDS = [
    "Arco-desk-2026!",
    "아르코데스크2026",  # Hangul syllables
    "\u1100\u1161\u11a8-desk-2026",  # the same syllable typed as jamo: NFKC composes it
    "ＡＲＣＯ２０２６ｄｅｓｋ",  # full-width letters and digits
    "arco\u00addesk-2026",  # a soft hyphen: mapped to nothing
    "arco\u3000desk 2026",  # an ideographic space: mapped to a space
    "arco\ue000desk2026",  # a private-use character: prohibited, the raw bytes count
    "arco\u05d0desk2026",  # Hebrew beside Latin: not allowed by bidi, the raw bytes count
]


@pytest.mark.postgres
def test_the_verifier_is_the_one_the_server_makes(pg_server: PostgresServer) -> None:
    with psycopg.connect(f"host=127.0.0.1 port={pg_server.port} user=postgres "
                         "dbname=postgres", autocommit=True) as conn:
        conn.execute("SET password_encryption = 'scram-sha-256'")
        for number, password in enumerate(PASSWORDS):
            role = f"scram_probe_{number}"
            conn.execute(sql.SQL("CREATE ROLE {} PASSWORD {}").format(
                sql.Identifier(role), sql.Literal(password)))
            try:
                row = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                                   (role,)).fetchone()
            finally:
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
            assert row is not None
            stored = row[0]
            iterations, salt = stored.split("$")[1].split(":")
            ours = scram_verifier(password, salt=base64.b64decode(salt),
                                  iterations=int(iterations))
            assert ours == stored, password


def test_saslprep_keeps_ascii_and_normalises_the_rest() -> None:
    assert saslprep("Pass word\x7f") == b"Pass word\x7f"  # ASCII as it is
    assert saslprep("ＡＢＣ１") == b"ABC1"
    assert saslprep("a\u00adb\u3000c") == b"ab c"
    assert saslprep("\u1100\u1161") == "가".encode()
    assert saslprep("a\ue000") == "a\ue000".encode()  # prohibited: raw
    assert saslprep("\u00ad") == "\u00ad".encode()  # nothing left: raw


def test_a_new_verifier_has_a_salt_of_its_own() -> None:
    first, second = scram_verifier("Same-password-1"), scram_verifier("Same-password-1")
    assert first != second
    assert first.startswith(f"SCRAM-SHA-256${ITERATIONS}:")
    assert is_verifier(first) and is_verifier(second)


@pytest.mark.parametrize("text", [
    "Plain-password-1",
    "SCRAM-SHA-256$4096:c2FsdA==$abc:def",
    "SCRAM-SHA-256$0:c2FsdA==$" + "A" * 43 + "=:" + "A" * 43 + "=",
    "md5" + "0" * 32,
    "",
])
def test_what_is_not_a_verifier(text: str) -> None:
    assert not is_verifier(text)
