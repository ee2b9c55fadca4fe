"""Known errors: the environment failed; the operator gets a message, nothing is half-written."""

from __future__ import annotations

import errno
import socket
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy import exc as sa_exc

from arco_desk.domain.errors import DomainError
from arco_desk.services.container import DATABASE_FILE, Services
from arco_desk.services.settings import DEFAULTS, SettingsService
from arco_desk.store.engine import create_store_engine
from arco_desk.store.errors import SchemaTooNew, StoreUnavailable, classify
from arco_desk.store.models import AuditEntry
from arco_desk.store.unit_of_work import UnitOfWork
from tests.actors import DESK
from tests.signed_in import open_signed_in
from tests.words import korean


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _short_busy_timeout(services: Services) -> None:
    """Runs after the app's own connect listener, so the test waits 0.1 s, not 5 s."""

    @event.listens_for(services.engine, "connect")
    def _fast(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=100")

    services.engine.dispose()  # pooled connections predate the listener


def _audit_count(services: Services) -> int:
    with services.uow.read() as session:
        return int(session.scalar(select(func.count(AuditEntry.id))) or 0)


def test_known_errors_are_domain_errors() -> None:
    assert issubclass(StoreUnavailable, DomainError)
    assert issubclass(SchemaTooNew, DomainError)


def test_locked_database_is_a_known_error_and_nothing_is_written(
    services: Services, basedir: Path
) -> None:
    _short_busy_timeout(services)
    audits_before = _audit_count(services)
    other = sqlite3.connect(basedir / DATABASE_FILE, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        with pytest.raises(StoreUnavailable) as caught:
            services.settings.set("agency_name", "저장되면 안 되는 값", actor=DESK)
        assert time.monotonic() - started < 3
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert caught.value.reason == "locked"
    assert "사용 중" in korean(caught.value)
    assert isinstance(caught.value.__cause__, sa_exc.OperationalError)
    # Nothing of the failed unit of work reached the file.
    assert services.settings.get("agency_name") == DEFAULTS["agency_name"]
    assert _audit_count(services) == audits_before


def test_the_engine_is_usable_after_a_locked_write(services: Services, basedir: Path) -> None:
    _short_busy_timeout(services)
    other = sqlite3.connect(basedir / DATABASE_FILE, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreUnavailable):
            services.settings.set("agency_name", "첫 시도", actor=DESK)
        other.execute("ROLLBACK")
    finally:
        other.close()
    services.settings.set("agency_name", "두 번째 시도", actor=DESK)
    assert services.settings.get("agency_name") == "두 번째 시도"


def test_read_only_database_is_a_known_error(services: Services, basedir: Path) -> None:
    path = basedir / DATABASE_FILE
    engine = create_store_engine(f"sqlite+pysqlite:///file:{path}?mode=ro&uri=true")
    try:
        settings = SettingsService(UnitOfWork(engine))
        assert settings.get("agency_name") == DEFAULTS["agency_name"]  # reading is fine
        with pytest.raises(StoreUnavailable) as caught:
            settings.set("agency_name", "읽기 전용", actor=DESK)
    finally:
        engine.dispose()
    assert caught.value.reason == "read_only"
    assert "읽기 전용" in korean(caught.value)
    assert services.settings.get("agency_name") == DEFAULTS["agency_name"]


def test_missing_folder_at_start_is_a_known_error(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailable) as caught:
        open_signed_in(tmp_path / "does-not-exist")
    assert caught.value.reason == "unreachable"


def test_unreachable_postgresql_at_start_is_a_known_error(basedir: Path) -> None:
    url = f"postgresql+psycopg://postgres@127.0.0.1:{_closed_port()}/arco"
    with pytest.raises(StoreUnavailable) as caught:
        open_signed_in(basedir, url)
    assert caught.value.reason == "unreachable"
    assert "연결할 수 없습니다" in korean(caught.value)


def test_unreachable_postgresql_in_a_unit_of_work_is_a_known_error() -> None:
    url = f"postgresql+psycopg://postgres@127.0.0.1:{_closed_port()}/arco"
    engine = create_store_engine(url)
    try:
        settings = SettingsService(UnitOfWork(engine))
        with pytest.raises(StoreUnavailable) as caught_read:
            settings.get("agency_name")
        with pytest.raises(StoreUnavailable) as caught_write:
            settings.set("agency_name", "x", actor=DESK)
    finally:
        engine.dispose()
    assert caught_read.value.reason == "unreachable"
    assert caught_write.value.reason == "unreachable"


# --- classify() (real errors in tests/store/test_error_codes.py) --------------------------


def test_classify_goes_by_the_code_not_the_words() -> None:
    """The words of a driver message mean nothing without its code."""
    worded = sa_exc.OperationalError(
        "INSERT INTO staff ...", {}, sqlite3.OperationalError("database is locked"))
    assert classify(worded) is None


def test_classify_disk_full_oserror() -> None:
    known = classify(OSError(errno.ENOSPC, "No space left on device"))
    assert known is not None
    assert known.reason == "disk_full"


@pytest.mark.parametrize(
    "error",
    [
        ValueError("a bug"),
        KeyError("x"),
        OSError(errno.ENOENT, "No such file or directory"),
    ],
    ids=["value", "key", "enoent"],
)
def test_classify_leaves_bugs_alone(error: BaseException) -> None:
    assert classify(error) is None


def test_classify_invalidated_connection() -> None:
    error = sa_exc.DBAPIError("SELECT 1", {}, Exception("gone"), connection_invalidated=True)
    known = classify(error)
    assert known is not None
    assert known.reason == "unreachable"


def test_a_bug_inside_a_unit_of_work_is_not_disguised(services: Services) -> None:
    with pytest.raises(sa_exc.OperationalError, match="no such table"), \
            services.uow.read() as session:
        session.execute(text("SELECT * FROM no_such_table"))
