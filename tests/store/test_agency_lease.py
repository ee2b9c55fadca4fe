"""One PC at a time runs the agency's background work; a lost connection hands it on."""

from __future__ import annotations

from pathlib import Path

import pytest

from arco_desk.store.agency_lease import AgencyLease
from arco_desk.store.engine import create_store_engine, sqlite_url


@pytest.mark.postgres
def test_only_one_pc_holds_the_lease_until_it_lets_go(pg_url: str) -> None:
    first_engine, second_engine = create_store_engine(pg_url), create_store_engine(pg_url)
    first, second = AgencyLease(first_engine), AgencyLease(second_engine)
    try:
        assert first.held()
        assert first.held()  # still ours on the next tick
        assert not second.held()
        first.release()
        assert second.held()
        assert not first.held()
    finally:
        first.release()
        second.release()
        first_engine.dispose()
        second_engine.dispose()


@pytest.mark.postgres
def test_a_pc_whose_connection_dies_hands_the_lease_on(pg_url: str) -> None:
    first_engine, second_engine = create_store_engine(pg_url), create_store_engine(pg_url)
    first, second = AgencyLease(first_engine), AgencyLease(second_engine)
    try:
        assert first.held()
        with second_engine.connect() as admin:
            # Waits (up to 5 s) until the backend has ended and its lock is free.
            admin.exec_driver_sql(
                "SELECT pg_terminate_backend(pid, 5000) FROM pg_locks "
                "WHERE locktype = 'advisory' AND pid <> pg_backend_pid()")
        assert second.held()
        assert not first.held()  # noticed its loss without raising
    finally:
        first.release()
        second.release()
        first_engine.dispose()
        second_engine.dispose()


def test_sqlite_processes_may_all_run_the_work(tmp_path: Path) -> None:
    engine = create_store_engine(sqlite_url(tmp_path / "a.sqlite3"))
    try:
        assert AgencyLease(engine).held()
        assert AgencyLease(engine).held()
    finally:
        engine.dispose()
