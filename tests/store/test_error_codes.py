"""``classify`` recognises real failures by their code: SQLite result codes from real files,
SQLSTATEs from the real PostgreSQL server of the test session."""

from __future__ import annotations

import errno
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import Connection, Engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from arco_desk.store.engine import create_store_engine, sqlite_url, writer
from arco_desk.store.errors import (
    MESSAGES,
    Reason,
    StoreConflict,
    StoreUnavailable,
    classify,
)
from arco_desk.store.unit_of_work import UnitOfWork
from tests.conftest import PostgresServer


def _raised(action: Callable[[], object]) -> BaseException:
    with pytest.raises((sa_exc.SQLAlchemyError, psycopg.Error, sqlite3.Error, OSError)) as caught:
        action()
    return caught.value


def _reason(error: BaseException) -> str | None:
    known = classify(error)
    return None if known is None else known.reason


def test_every_reason_has_one_message() -> None:
    assert set(MESSAGES) == set(Reason)
    assert {message.key for message in MESSAGES.values()} == {f"store.{r}" for r in Reason}
    known = classify(OSError(errno.ENOSPC, "No space left on device"))
    assert known is not None and known.msg == MESSAGES[Reason.DISK_FULL]


# --- SQLite, real files ---------------------------------------------------------------------


def _sqlite_engine(url: str) -> Engine:
    engine = create_store_engine(url)

    @event.listens_for(engine, "connect")
    def _fast(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=50")  # after the app's 5 s

    return engine


@pytest.fixture
def sqlite_file(tmp_path: Path) -> Iterator[tuple[Path, Engine]]:
    path = tmp_path / "desk.sqlite3"
    engine = _sqlite_engine(sqlite_url(path))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE seats (id INTEGER PRIMARY KEY, holder TEXT)"))
        conn.execute(text("INSERT INTO seats VALUES (1, NULL), (2, NULL)"))
    yield path, engine
    engine.dispose()


def _take_seat(engine: Engine) -> None:
    with writer(engine).begin() as conn:
        conn.execute(text("UPDATE seats SET holder = 'desk' WHERE id = 1"))


def test_sqlite_a_writer_holding_the_file_is_locked(sqlite_file: tuple[Path, Engine]) -> None:
    path, engine = sqlite_file
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        error = _raised(lambda: _take_seat(engine))
    finally:
        other.close()
    assert isinstance(error, sa_exc.OperationalError)
    assert error.orig.sqlite_errorcode == sqlite3.SQLITE_BUSY
    assert _reason(error) == "locked"


def test_sqlite_a_stale_snapshot_is_locked_by_its_primary_code(
    sqlite_file: tuple[Path, Engine],
) -> None:
    """An extended code (SQLITE_BUSY_SNAPSHOT = 517) counts by its low byte."""
    path, _ = sqlite_file
    reader = sqlite3.connect(path, isolation_level=None, timeout=0.05)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT * FROM seats").fetchall()
        other.execute("UPDATE seats SET holder = 'other PC' WHERE id = 2")
        error = _raised(lambda: reader.execute("UPDATE seats SET holder = 'desk' WHERE id = 1"))
    finally:
        reader.close()
        other.close()
    assert isinstance(error, sqlite3.OperationalError)
    assert error.sqlite_errorcode == sqlite3.SQLITE_BUSY_SNAPSHOT != sqlite3.SQLITE_BUSY
    assert _reason(error) == "locked"


def test_sqlite_a_file_opened_read_only_is_read_only(sqlite_file: tuple[Path, Engine]) -> None:
    path, _ = sqlite_file
    engine = _sqlite_engine(f"sqlite+pysqlite:///file:{path}?mode=ro&uri=true")
    try:
        error = _raised(lambda: _take_seat(engine))
    finally:
        engine.dispose()
    assert _reason(error) == "read_only"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root writes to files whatever their mode")
def test_sqlite_a_read_only_file_is_read_only(sqlite_file: tuple[Path, Engine]) -> None:
    path, engine = sqlite_file
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")  # no -wal/-shm beside it
    path.chmod(0o444)
    error = _raised(lambda: _take_seat(engine))
    assert _reason(error) == "read_only"


def test_sqlite_a_file_of_garbage_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(os.urandom(8192))
    engine = _sqlite_engine(sqlite_url(path))
    try:
        error = _raised(lambda: engine.connect().close())
    finally:
        engine.dispose()
    assert isinstance(error, sa_exc.DatabaseError)
    assert error.orig.sqlite_errorcode == sqlite3.SQLITE_NOTADB
    assert _reason(error) == "malformed"


def test_sqlite_damaged_pages_are_malformed(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE memos (text TEXT)")
        conn.executemany("INSERT INTO memos VALUES (?)", [("전화 메모 " * 20,)] * 2000)
    with path.open("r+b") as file:
        file.seek(4096)  # keep page 1 (the schema), spoil the table's pages
        file.write(b"\xff" * 4096 * 4)
    engine = _sqlite_engine(sqlite_url(path))
    try:
        def count() -> None:
            with engine.connect() as conn:
                conn.execute(text("SELECT count(*), max(text) FROM memos")).all()

        error = _raised(count)
    finally:
        engine.dispose()
    assert error.orig.sqlite_errorcode == sqlite3.SQLITE_CORRUPT  # type: ignore[attr-defined]
    assert _reason(error) == "malformed"


def test_sqlite_a_missing_folder_is_unreachable(tmp_path: Path) -> None:
    engine = _sqlite_engine(sqlite_url(tmp_path / "no such folder" / "desk.sqlite3"))
    try:
        error = _raised(lambda: engine.connect().close())
    finally:
        engine.dispose()
    assert error.orig.sqlite_errorcode == sqlite3.SQLITE_CANTOPEN  # type: ignore[attr-defined]
    assert _reason(error) == "unreachable"


def test_sqlite_a_full_database_is_disk_full(sqlite_file: tuple[Path, Engine]) -> None:
    _, engine = sqlite_file

    def fill() -> None:
        with writer(engine).begin() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
            conn.exec_driver_sql(f"PRAGMA max_page_count={pages + 1}")
            conn.execute(text("INSERT INTO seats (holder) VALUES (:h)"),
                         [{"h": "자리 " * 300}] * 50)

    error = _raised(fill)
    assert error.orig.sqlite_errorcode == sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
    assert _reason(error) == "disk_full"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_full_device_is_disk_full() -> None:
    def write() -> None:
        with open("/dev/full", "wb") as device:
            device.write(b"x" * 10)

    assert _reason(_raised(write)) == "disk_full"


def test_sqlite_bugs_stay_bugs(sqlite_file: tuple[Path, Engine]) -> None:
    _, engine = sqlite_file

    def run(sql: str) -> Callable[[], None]:
        def go() -> None:
            with engine.begin() as conn:
                conn.execute(text(sql))
        return go

    closed = sqlite3.connect(":memory:")
    closed.close()
    errors = [
        _raised(run("SELECT * FROM no_such_table")),
        _raised(run("INSERT INTO seats VALUES (3, 'a', 'b')")),  # too many values
        _raised(run("SELEC 1")),
        _raised(lambda: closed.execute("SELECT 1")),  # the module's own error, no code
    ]
    assert [_reason(error) for error in errors] == [None, None, None, None]


def test_sqlite_already_there_is_a_race_tried_again(sqlite_file: tuple[Path, Engine]) -> None:
    """A unique index refusing a row another PC committed first: the retried use case
    sees it and says so (docs/architecture.md §9)."""
    _, engine = sqlite_file

    def insert_twice() -> None:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO seats VALUES (1, 'twice')"))

    error = _raised(insert_twice)
    assert _reason(error) == "duplicate"
    assert isinstance(classify(error), StoreConflict)


# --- PostgreSQL, the real server -----------------------------------------------------------


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[Engine]:
    engine = create_store_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE seats (id INTEGER PRIMARY KEY, holder TEXT)"))
        conn.execute(text("INSERT INTO seats VALUES (1, NULL), (2, NULL)"))
    yield engine
    engine.dispose()


def _update(conn: Connection, seat: int, holder: str) -> None:
    conn.execute(text("UPDATE seats SET holder = :h WHERE id = :id"), {"h": holder, "id": seat})


@pytest.mark.postgres
def test_postgresql_a_deadlock_is_a_conflict(pg_engine: Engine) -> None:
    first, second = pg_engine.connect(), pg_engine.connect()
    errors: list[BaseException] = []
    try:
        for conn in (first, second):
            conn.exec_driver_sql("SET deadlock_timeout = '100ms'")
        _update(first, 1, "first")
        _update(second, 2, "second")
        first_pid = first.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()

        def first_takes_seat_two() -> None:
            try:
                _update(first, 2, "first")
            except sa_exc.DBAPIError as error:
                errors.append(error)

        waiting = threading.Thread(target=first_takes_seat_two)
        waiting.start()
        with pg_engine.connect() as watch:  # until the first waits for the second's lock
            for _ in range(500):
                if watch.execute(text("SELECT wait_event_type FROM pg_stat_activity "
                                      "WHERE pid = :pid"), {"pid": first_pid}).scalar() == "Lock":
                    break
                threading.Event().wait(0.01)
        try:
            _update(second, 1, "second")
        except sa_exc.DBAPIError as error:
            errors.append(error)
        second.rollback()  # lets the first go on, whichever was chosen
        waiting.join(10)
        assert not waiting.is_alive()
    finally:
        first.close()
        second.close()
    [error] = errors  # the server broke the cycle by failing exactly one
    assert error.orig.sqlstate == "40P01"  # type: ignore[attr-defined]
    known = classify(error)
    assert isinstance(known, StoreConflict) and isinstance(known, StoreUnavailable)
    assert known.reason == "deadlock"
    assert known.msg == MESSAGES[Reason.DEADLOCK]


@pytest.mark.postgres
def test_postgresql_a_serialization_failure_is_a_conflict(pg_engine: Engine) -> None:
    with pg_engine.connect().execution_options(isolation_level="SERIALIZABLE") as desk:
        desk.execute(text("SELECT holder FROM seats WHERE id = 1")).all()  # the snapshot
        with pg_engine.begin() as other_pc:
            _update(other_pc, 1, "other PC")
        error = _raised(lambda: _update(desk, 1, "desk"))
    assert error.orig.sqlstate == "40001"  # type: ignore[attr-defined]
    known = classify(error)
    assert isinstance(known, StoreConflict)
    assert known.reason == "serialization"


@pytest.mark.postgres
def test_postgresql_a_serialization_failure_at_commit_is_a_conflict(pg_engine: Engine) -> None:
    """Write skew under SERIALIZABLE is only found at COMMIT: the unit of work's commit
    is inside its guard."""
    uow = UnitOfWork(pg_engine.execution_options(isolation_level="SERIALIZABLE"))
    free = text("SELECT count(*) FROM seats WHERE holder IS NULL")
    body_done = False
    with pytest.raises(StoreUnavailable) as caught, uow.write() as desk:
        desk.execute(free).scalar_one()
        desk.execute(text("UPDATE seats SET holder = 'desk' WHERE id = 1"))
        with uow.write() as other_pc:
            other_pc.execute(free).scalar_one()
            other_pc.execute(text("UPDATE seats SET holder = 'other PC' WHERE id = 2"))
        body_done = True
    assert body_done  # so it was the commit that failed
    assert isinstance(caught.value, StoreConflict)
    assert caught.value.reason == "serialization"
    cause = caught.value.__cause__
    assert isinstance(cause, sa_exc.OperationalError)
    assert cause.orig.sqlstate == "40001"  # type: ignore[attr-defined]


@pytest.mark.postgres
def test_postgresql_nowait_on_a_locked_row_is_locked(pg_engine: Engine) -> None:
    with pg_engine.connect() as holder, pg_engine.connect() as desk:
        holder.execute(text("SELECT * FROM seats WHERE id = 1 FOR UPDATE")).all()
        error = _raised(lambda: desk.execute(
            text("SELECT * FROM seats WHERE id = 1 FOR UPDATE NOWAIT")).all())
    assert error.orig.sqlstate == "55P03"  # type: ignore[attr-defined]
    known = classify(error)
    assert known is not None and not isinstance(known, StoreConflict)
    assert known.reason == "locked"


@pytest.mark.postgres
def test_postgresql_a_read_only_transaction_is_read_only(pg_engine: Engine) -> None:
    with pg_engine.connect() as conn:
        conn.exec_driver_sql("SET TRANSACTION READ ONLY")
        error = _raised(lambda: _update(conn, 1, "desk"))
    assert error.orig.sqlstate == "25006"  # type: ignore[attr-defined]
    assert _reason(error) == "read_only"


@pytest.mark.postgres
def test_postgresql_a_terminated_session_is_unreachable(
    pg_server: PostgresServer, pg_url: str
) -> None:
    conninfo = f"host=127.0.0.1 port={pg_server.port} user=postgres dbname=postgres"
    with psycopg.connect(conninfo, autocommit=True) as admin, \
            psycopg.connect(conninfo, autocommit=True) as desk:
        pid = desk.info.backend_pid
        admin.execute("SELECT pg_terminate_backend(%s, 5000)", (pid,))
        error = _raised(lambda: desk.execute("SELECT 1"))
    assert isinstance(error, psycopg.OperationalError)
    assert error.sqlstate in ("57P01", None)  # said goodbye, or just closed the socket
    assert _reason(error) == "unreachable"


@pytest.mark.postgres
def test_postgresql_a_session_that_dies_before_close_is_unreachable(
    pg_server: PostgresServer, pg_engine: Engine
) -> None:
    """Closing a write's session rolls back on the dead connection: inside the guard too.
    A read runs in autocommit (docs/architecture.md §19): it has nothing to roll back, so
    its connection dying after the answers came costs it nothing; the pool does not ping,
    so the next unit of work finds the connection dead (unreachable), and the one after
    connects afresh."""
    uow = UnitOfWork(pg_engine)
    conninfo = f"host=127.0.0.1 port={pg_server.port} user=postgres dbname=postgres"

    def kill(session: Session) -> None:
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with psycopg.connect(conninfo, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s, 5000)", (pid,))

    with pytest.raises(StoreUnavailable) as caught, uow.write() as session:
        kill(session)
        session.rollback()  # a write that gives up: the rollback meets the dead connection
    assert caught.value.reason == "unreachable"
    assert isinstance(caught.value.__cause__, sa_exc.DBAPIError)
    # The pool threw the dead connection away: the next unit of work just works.
    with uow.read() as session:
        assert session.execute(text("SELECT count(*) FROM seats")).scalar_one() == 2
        kill(session)
    with pytest.raises(StoreUnavailable) as caught, uow.read() as session:
        session.execute(text("SELECT 1"))
    assert caught.value.reason == "unreachable"
    with uow.read() as session:
        assert session.execute(text("SELECT count(*) FROM seats")).scalar_one() == 2


def test_postgresql_refused_connection_is_unreachable() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    error = _raised(lambda: psycopg.connect(
        f"host=127.0.0.1 port={port} user=postgres connect_timeout=2"))
    assert isinstance(error, psycopg.OperationalError) and error.sqlstate is None
    assert _reason(error) == "unreachable"


@pytest.mark.postgres
def test_postgresql_bugs_stay_bugs(pg_engine: Engine) -> None:
    def run(sql: str) -> Callable[[], None]:
        def go() -> None:
            with pg_engine.begin() as conn:
                conn.execute(text(sql))
        return go

    errors = [
        _raised(run("INSERT INTO seats VALUES (NULL, 'no id')")),  # 23502
        _raised(run("SELECT * FROM no_such_table")),  # 42P01
        _raised(run("SELEC 1")),  # 42601
        _raised(run("SELECT 1 / 0")),  # 22012
    ]
    assert [_reason(error) for error in errors] == [None, None, None, None]
    duplicate = _raised(run("INSERT INTO seats VALUES (1, 'twice')"))  # 23505
    assert _reason(duplicate) == "duplicate"
    assert isinstance(classify(duplicate), StoreConflict)


@pytest.mark.parametrize(
    ("sqlstate", "reason"),
    [("08006", "unreachable"), ("08001", "unreachable"), ("57P02", "unreachable"),
     ("57P03", "unreachable"), ("53300", "unreachable"), ("53100", "disk_full")],
)
def test_postgresql_codes_the_tests_cannot_provoke(sqlstate: str, reason: str) -> None:
    """Server crash, disk full...: the driver's own exception class for the SQLSTATE."""
    error = psycopg.errors.lookup(sqlstate)("as the server would say it")
    assert error.sqlstate == sqlstate
    assert _reason(error) == reason


@pytest.mark.postgres
def test_postgresql_waits_for_a_locked_row_as_long_as_sqlite_does(pg_url: str) -> None:
    engine = create_store_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW lock_timeout").scalar() == "5s"
    finally:
        engine.dispose()
