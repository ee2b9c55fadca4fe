"""The database password in the OS credential store: the address split from its password,
and keyring's real API on a backend of the tests' own (tests/credential_stores.py)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringLocked, PasswordSetError

from arco_desk.domain.errors import DomainError
from arco_desk.services.connection import check_connection
from arco_desk.services.database_password import (
    SERVICE_NAME,
    Address,
    account,
    forget_password,
    join_password,
    keep_password,
    saved_password,
    secure_store,
    shown,
    split_password,
)
from tests.credential_stores import FileKeyring

SERVER = "postgresql+psycopg://desk@db.arco.local:5433/arco"


@pytest.mark.parametrize(
    ("url", "address"),
    [
        ("postgresql+psycopg://desk:s3cr%40t@db.arco.local:5433/arco",
         Address(SERVER, "s3cr@t")),
        (SERVER, Address(SERVER, "")),
        ("  ", Address("", "")),
        ("서버 주소", Address("서버 주소", "")),  # not a URL: left for the check to refuse
        ("sqlite:////tmp/arco.sqlite3", Address("sqlite:////tmp/arco.sqlite3", "")),
        ("postgresql+psycopg://desk:pw@db/arco?sslmode=require",
         Address("postgresql+psycopg://desk@db/arco?sslmode=require", "pw")),
    ],
)
def test_an_address_is_split_from_its_password(url: str, address: Address) -> None:
    assert split_password(url) == address
    if address.password:
        assert split_password(join_password(address.url, address.password)) == address


def test_joining_keeps_the_address_when_there_is_no_password() -> None:
    assert join_password(SERVER, "") == SERVER
    assert join_password("", "pw") == ""
    assert join_password(SERVER, "p@ss:/w") == \
        "postgresql+psycopg://desk:p%40ss%3A%2Fw@db.arco.local:5433/arco"


def test_an_address_is_shown_without_its_password() -> None:
    assert shown("postgresql+psycopg://desk:s3cret@db/arco") == \
        "postgresql+psycopg://desk:***@db/arco"
    assert shown(SERVER) == SERVER


@pytest.mark.parametrize(
    ("url", "name"),
    [
        (SERVER, "desk@db.arco.local:5433/arco"),
        ("postgresql+psycopg://desk:pw@db.arco.local/arco", "desk@db.arco.local:5432/arco"),
        ("postgresql://db.arco.local/arco", "@db.arco.local:5432/arco"),
        ("sqlite:////tmp/arco.sqlite3", None),
        ("", None),
        ("서버 주소", None),
    ],
)
def test_the_store_account_is_user_at_host_port_database(url: str, name: str | None) -> None:
    assert account(url) == name


def test_a_password_is_kept_read_back_and_forgotten(credential_store: FileKeyring) -> None:
    assert secure_store()
    assert saved_password(SERVER) == ""
    keep_password(SERVER, "s3cret")
    assert credential_store.entries() == {SERVICE_NAME: {"desk@db.arco.local:5433/arco":
                                                         "s3cret"}}
    assert keyring.get_password(SERVICE_NAME, "desk@db.arco.local:5433/arco") == "s3cret"
    # The same server with its port left out, or a password typed in, is the same account.
    assert saved_password("postgresql+psycopg://desk:old@db.arco.local:5433/arco") == "s3cret"
    assert saved_password("postgresql+psycopg://other@db.arco.local:5433/arco") == ""
    forget_password(SERVER)
    assert saved_password(SERVER) == ""
    forget_password(SERVER)  # nothing kept: nothing to do


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_without_a_secure_store_nothing_is_kept(backend: type[KeyringBackend]) -> None:
    keyring.set_keyring(backend())  # the credential_store fixture puts its own back
    assert not secure_store()
    with pytest.raises(DomainError) as refused:
        keep_password(SERVER, "s3cret")
    assert refused.value.msg.key == "connection.no_secure_store"
    assert saved_password(SERVER) == ""
    forget_password(SERVER)


class ForgetfulKeyring(FileKeyring):
    """A store that says yes and keeps nothing."""

    def set_password(self, service: str, username: str, password: str) -> None:
        pass


class LockedKeyring(FileKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("locked")


def test_a_store_that_does_not_keep_the_password_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(ForgetfulKeyring(tmp_path / "k.json"))
    with pytest.raises(DomainError) as refused:
        keep_password(SERVER, "s3cret")
    assert refused.value.msg.key == "connection.password_not_kept"


def test_a_locked_store_is_a_refusal_and_no_password(tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(LockedKeyring(tmp_path / "k.json"))
    with pytest.raises(DomainError) as refused:
        keep_password(SERVER, "s3cret")
    assert refused.value.msg.params == {"reason": "PasswordSetError"}
    assert saved_password(SERVER) == ""
    assert "KeyringLocked" in caplog.text and "s3cret" not in caplog.text


def test_a_password_needs_a_server_address() -> None:
    with pytest.raises(DomainError) as refused:
        keep_password("sqlite:////tmp/arco.sqlite3", "s3cret")
    assert refused.value.msg.key == "connection.password_without_server"


@pytest.mark.postgres
def test_the_kept_password_is_what_connects(pg_password_url: str, pg_password_role: str
                                            ) -> None:
    assert not check_connection(pg_password_url).ok  # the role must give its password
    assert not check_connection(join_password(pg_password_url, "wrong")).ok
    keep_password(pg_password_url, pg_password_role)
    assert check_connection(join_password(pg_password_url, saved_password(pg_password_url))).ok
