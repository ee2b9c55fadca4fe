"""On PostgreSQL an account's login follows it: made with the account, its password set
on a reset and a change, refused once the account is disabled (docs/architecture.md §11)."""

from __future__ import annotations

import psycopg
import pytest

from arco_desk.domain.roles import Role
from arco_desk.store.pg_logins import login_url
from tests.actors import new_staff
from tests.conftest import PostgresServer, fixed_clock
from tests.secured_database import database_of, scram_logins
from tests.signed_in import open_signed_in

pytestmark = pytest.mark.postgres


def _connects(url: str, login: str, password: str) -> bool:
    address = login_url(url, login, password)
    try:
        psycopg.connect(host=address.host, port=address.port, dbname=address.database,
                        user=address.username, password=password, connect_timeout=5).close()
    except psycopg.OperationalError:
        return False
    return True


def test_the_login_follows_the_account(pg_server: PostgresServer, basedir) -> None:  # type: ignore[no-untyped-def]
    url = pg_server.create_database()
    services = open_signed_in(basedir, url, clock=fixed_clock)
    try:
        with scram_logins(pg_server, database_of(url)):
            accounts = services.accounts
            admin = accounts.create_first_admin(new_staff(services, "김관리"), "kim",
                                                "Admin-2026-pw")
            assert _connects(url, "kim", "Admin-2026-pw")
            accounts.create(new_staff(services, "이직원"), "lee", "Temp-2026-pw", [Role.STAFF],
                            actor=admin)
            assert _connects(url, "lee", "Temp-2026-pw")
            assert not _connects(url, "lee", "Wrong-2026-pw")
            accounts.reset_password("lee", "Reset-2026-pw", actor=admin)
            assert _connects(url, "lee", "Reset-2026-pw")
            assert not _connects(url, "lee", "Temp-2026-pw")
            lee = accounts.sign_in("lee", "Reset-2026-pw").actor
            accounts.change_password("Reset-2026-pw", "Mine-2026-pw", actor=lee)
            assert _connects(url, "lee", "Mine-2026-pw")
            accounts.set_active("lee", False, actor=admin)
            assert not _connects(url, "lee", "Mine-2026-pw")
            accounts.set_active("lee", True, actor=admin)
            assert _connects(url, "lee", "Mine-2026-pw")
    finally:
        services.close()
