"""The SQLite engine is configured as docs/architecture.md §8 says; moments round-trip."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, event, select

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.directory import StaffDraft
from arco_desk.services.container import DATABASE_FILE, Services
from arco_desk.store.engine import create_store_engine, sqlite_url
from arco_desk.store.models import AuditEntry, Setting
from arco_desk.store.unit_of_work import UnitOfWork
from tests.actors import DESK

EXPECTED_PRAGMAS = {
    "journal_mode": "wal",
    "busy_timeout": 5000,
    "foreign_keys": 1,
    "synchronous": 2,  # FULL
    "secure_delete": 1,
}


def _pragmas(conn: Connection) -> dict[str, object]:
    return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in EXPECTED_PRAGMAS}


def _raw(path: Path) -> sqlite3.Connection:
    """A second, unconfigured writer: no busy wait, explicit transactions."""
    return sqlite3.connect(path, timeout=0, isolation_level=None, check_same_thread=False)


def test_pragmas_are_set_on_every_new_connection(services: Services) -> None:
    engine = services.engine
    engine.dispose()  # only brand-new connections from here on
    with engine.connect() as first, engine.connect() as second, engine.connect() as third:
        dbapi = {id(c.connection.dbapi_connection) for c in (first, second, third)}
        assert len(dbapi) == 3, "three simultaneous checkouts must be three connections"
        for conn in (first, second, third):
            assert _pragmas(conn) == EXPECTED_PRAGMAS


def test_pragmas_on_a_fresh_engine_for_an_existing_file(services: Services, basedir: Path) -> None:
    engine = create_store_engine(sqlite_url(basedir / DATABASE_FILE))
    try:
        with engine.connect() as conn:
            assert _pragmas(conn) == EXPECTED_PRAGMAS
    finally:
        engine.dispose()


def test_the_engine_itself_sets_each_pragma(tmp_path: Path) -> None:
    """Not SQLite's defaults: a listener that runs first sets the opposite, the engine wins."""
    engine = create_store_engine(sqlite_url(tmp_path / "fresh.sqlite3"))

    def opposite(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        for pragma in ("journal_mode=DELETE", "busy_timeout=1", "foreign_keys=OFF",
                       "synchronous=OFF", "secure_delete=OFF"):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    event.listen(engine, "connect", opposite, insert=True)
    try:
        with engine.connect() as conn:
            assert _pragmas(conn) == EXPECTED_PRAGMAS
    finally:
        engine.dispose()


def test_unknown_url_scheme_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported database URL"):
        create_store_engine("mysql+pymysql://user@localhost/db")


def test_write_unit_of_work_takes_the_write_lock_at_begin(
    services: Services, basedir: Path
) -> None:
    other = _raw(basedir / DATABASE_FILE)
    try:
        with services.uow.write() as session:
            # Only a read so far: the lock must come from BEGIN IMMEDIATE, not from a write.
            assert session.scalar(select(Setting.value).where(Setting.key == "x")) is None
            with pytest.raises(sqlite3.OperationalError, match="database is locked"):
                other.execute("BEGIN IMMEDIATE")
        # Committed and released: the other writer gets its turn now.
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_read_unit_of_work_takes_no_write_lock(services: Services, basedir: Path) -> None:
    other = _raw(basedir / DATABASE_FILE)
    try:
        with services.uow.read() as session:
            assert session.scalar(select(Setting.value).where(Setting.key == "x")) is None
            other.execute("BEGIN IMMEDIATE")
            other.execute("INSERT INTO setting (key, value) VALUES ('agency_name', '기관')")
            other.execute("COMMIT")
    finally:
        other.close()
    assert services.settings.get("agency_name") == "기관"


def test_readers_are_not_blocked_by_a_writer(services: Services, basedir: Path) -> None:
    services.settings.set("agency_name", "이전 값", actor=DESK)
    other = _raw(basedir / DATABASE_FILE)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE setting SET value = '새 값' WHERE key = 'agency_name'")
        # WAL: a reader sees the last committed value while the writer holds its lock.
        assert services.settings.get("agency_name") == "이전 값"
        other.execute("COMMIT")
    finally:
        other.close()
    assert services.settings.get("agency_name") == "새 값"


def test_a_writer_waits_for_the_lock_instead_of_failing(
    services: Services, basedir: Path
) -> None:
    other = _raw(basedir / DATABASE_FILE)
    try:
        other.execute("BEGIN IMMEDIATE")
        release = threading.Timer(0.3, lambda: other.execute("COMMIT"))
        release.start()
        try:
            services.settings.set("memo_escalation_minutes", "45",
                                  actor=DESK)  # waits (busy_timeout)
        finally:
            release.join()
    finally:
        other.close()
    assert services.settings.get("memo_escalation_minutes") == "45"


@pytest.mark.parametrize("own_engine", [True, False], ids=["two-engines", "one-engine"])
def test_two_threads_read_then_write_without_losing_an_increment(
    services: Services, basedir: Path, own_engine: bool
) -> None:
    key = "memo_escalation_minutes"
    with services.uow.write() as session:
        session.add(Setting(key=key, value="0"))
    per_thread = 50
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def increment() -> None:
        # Its own engine is like a second program on the same file; else the app's pool.
        engine = create_store_engine(sqlite_url(basedir / DATABASE_FILE)) if own_engine \
            else services.engine
        uow = UnitOfWork(engine)
        try:
            start.wait()
            for _ in range(per_thread):
                with uow.write() as session:
                    row = session.get(Setting, key)
                    assert row is not None
                    row.value = str(int(row.value) + 1)
        except BaseException as error:
            errors.append(error)
        finally:
            if own_engine:
                engine.dispose()

    threads = [threading.Thread(target=increment) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    assert errors == []
    assert services.settings.get(key) == str(2 * per_thread)


@pytest.mark.parametrize(
    "given",
    [
        datetime(2026, 11, 24, 10, 30, 15, 123456, tzinfo=SEOUL),
        datetime(2026, 11, 24, 1, 30, 15, 123456, tzinfo=UTC),
        datetime(2026, 11, 23, 17, 30, 15, 123456, tzinfo=timezone(timedelta(hours=-8))),
    ],
    ids=["seoul", "utc", "pacific"],
)
def test_aware_datetimes_round_trip_as_seoul(any_services: Services, given: datetime) -> None:
    with any_services.uow.write() as session:
        entry = AuditEntry(at=given, action="test", entity="test")
        session.add(entry)
        session.flush()
        entry_id = entry.id
    with any_services.uow.read() as session:
        back = session.scalar(select(AuditEntry.at).where(AuditEntry.id == entry_id))
    assert back is not None
    assert back == datetime(2026, 11, 24, 10, 30, 15, 123456, tzinfo=SEOUL)
    assert back.utcoffset() == timedelta(hours=9)
    assert back.tzinfo is not None and str(back.tzinfo) == "Asia/Seoul"


def test_naive_datetimes_are_taken_as_seoul(any_services: Services) -> None:
    with any_services.uow.write() as session:
        entry = AuditEntry(at=datetime(2026, 11, 24, 9, 0), action="test", entity="test")
        session.add(entry)
        session.flush()
        entry_id = entry.id
    with any_services.uow.read() as session:
        back = session.scalar(select(AuditEntry.at).where(AuditEntry.id == entry_id))
    assert back == datetime(2026, 11, 24, 9, 0, tzinfo=SEOUL)
    assert back is not None and back.astimezone(UTC).hour == 0


def test_sqlite_stores_utc(services: Services, basedir: Path) -> None:
    with services.uow.write() as session:
        session.add(AuditEntry(at=datetime(2026, 11, 24, 10, 30, tzinfo=SEOUL),
                               action="test", entity="test"))
    raw = sqlite3.connect(basedir / DATABASE_FILE)
    try:
        (stored,) = raw.execute("SELECT at FROM audit_log WHERE action = 'test'").fetchone()
    finally:
        raw.close()
    assert stored.startswith("2026-11-24 01:30:00")


def test_none_round_trips(any_services: Services) -> None:
    directory = any_services.directory
    department = directory.add_department("고객소통팀", actor=DESK)
    staff = directory.create_staff(StaffDraft(name="홍길동", department_id=department), actor=DESK)
    assert staff.back_at is None
