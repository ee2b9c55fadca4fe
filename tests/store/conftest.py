"""The secured agency on a real PostgreSQL server, shared by the login and row-security
tests of this folder (one per module: building it provisions every login)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PostgresServer
from tests.secured_database import Agency, build_agency, scram_logins


@pytest.fixture(scope="module")
def agency(pg_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[Agency]:
    url = pg_server.create_database()
    built = build_agency(pg_server, url, Path(tmp_path_factory.mktemp("agency")))
    try:
        with scram_logins(pg_server, built.database):
            yield built
    finally:
        built.services.close()
