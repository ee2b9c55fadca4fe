"""Backup and restore of a PostgreSQL database with pg_dump/pg_restore (custom format), on
the session's real server and the machine's client tools."""

from __future__ import annotations

import logging
import shutil
import stat
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from arco_desk.domain.errors import DomainError
from arco_desk.domain.memos import MemoDraft
from arco_desk.services.backup import back_up, restore
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.store.backup import backup_sqlite, restore_sqlite
from arco_desk.store.backup_folder import BACKUPS_FOLDER, kept_by_restore, list_backups
from arco_desk.store.migrate import current_revision, head_revision, migrate_to
from arco_desk.store.models import PhoneMemo
from arco_desk.store.pg_backup import connection, find_tools
from tests.actors import DESK
from tests.conftest import FIXED_NOW, PostgresServer, fixed_clock
from tests.signed_in import open_signed_in

pytestmark = pytest.mark.postgres


@pytest.fixture
def desk(pg_url: str, basedir: Path) -> Iterator[Services]:
    services = open_signed_in(basedir, pg_url, clock=fixed_clock)
    fill_directory(services.uow, FIXED_NOW)
    yield services
    services.close()


def _memo(services: Services, message: str) -> int:
    target = services.directory.search("")[0].id
    return services.memos.record(MemoDraft(
        caller_name="김영희", caller_phone="010-1234-5678",
        called_at=FIXED_NOW - timedelta(minutes=5), message=message,
        target_staff_id=target), actor=DESK).id


def _memo_count(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count(PhoneMemo.id))).scalar() or 0)
    finally:
        engine.dispose()


def _kept(basedir: Path) -> list[Path]:
    """The dumps restores kept of the database they replaced (never listed as backups)."""
    folder = basedir / BACKUPS_FOLDER
    kept = kept_by_restore(folder)
    assert not {b.path for b in list_backups(folder)} & set(kept)
    return kept


def _archive_text(archive: Path, table: str) -> str:
    return subprocess.run(["pg_restore", "--data-only", f"--table={table}", "--file=-",
                           str(archive)], capture_output=True, text=True, check=True).stdout


def test_backup_and_restore_round_trip_keeping_the_replaced_database(
        desk: Services, pg_url: str, basedir: Path, tmp_path: Path) -> None:
    _memo(desk, "백업 전 메모")
    file = back_up(basedir, pg_url, tmp_path / "desk.dump")
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert file.read_bytes().startswith(b"PGDMP")
    later = _memo(desk, "백업 뒤 메모")
    desk.close()
    assert _memo_count(pg_url) == 2

    result = restore(basedir, pg_url, file)

    assert result.revision == head_revision()
    assert _memo_count(pg_url) == 1
    assert _kept(basedir) == [result.kept_aside]
    assert result.kept_aside is not None
    assert "백업 뒤 메모" in _archive_text(result.kept_aside, "phone_memo")
    reopened = open_signed_in(basedir, pg_url, clock=fixed_clock)
    try:
        assert reopened.migration.from_revision == head_revision()
        with pytest.raises(DomainError):
            reopened.memos.get_row(later)
        assert _memo(reopened, "복원 뒤 메모") > 0  # sequences restored with the rows
    finally:
        reopened.close()


def test_a_backup_never_overwrites_a_file(desk: Services, pg_url: str, basedir: Path,
                                          tmp_path: Path) -> None:
    target = tmp_path / "desk.dump"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(DomainError) as refused:
        back_up(basedir, pg_url, target)
    assert refused.value.msg.key == "backup.target_exists"
    assert target.read_text(encoding="utf-8") == "keep me"
    assert list(tmp_path.glob("*.partial")) == []


def test_restore_is_refused_while_another_session_is_connected(
        desk: Services, pg_url: str, basedir: Path, tmp_path: Path) -> None:
    file = back_up(basedir, pg_url, tmp_path / "desk.dump")
    _memo(desk, "그대로 있어야 할 메모")  # the desk is still open: its pool holds a session
    with pytest.raises(DomainError) as refused:
        restore(basedir, pg_url, file)
    assert refused.value.msg.key == "backup.others_connected"
    assert int(refused.value.msg.params["count"]) >= 1  # type: ignore[call-overload]
    assert _memo_count(pg_url) == 1
    assert _kept(basedir) == []


def test_a_backup_from_a_newer_schema_is_refused(desk: Services, pg_url: str, basedir: Path,
                                                 tmp_path: Path) -> None:
    with desk.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    file = back_up(basedir, pg_url, tmp_path / "future.dump")
    with desk.engine.begin() as conn:
        conn.execute(text(f"UPDATE alembic_version SET version_num = '{head_revision()}'"))
    _memo(desk, "남아 있어야 할 메모")
    desk.close()
    with pytest.raises(DomainError) as refused:
        restore(basedir, pg_url, file)
    assert refused.value.msg.key == "backup.too_new"
    assert refused.value.msg.params["revision"] == "9999_future"
    assert _memo_count(pg_url) == 1
    assert _kept(basedir) == []


def test_files_that_are_not_an_arco_desk_archive_are_refused(
        desk: Services, pg_url: str, pg_server: PostgresServer, basedir: Path,
        tmp_path: Path) -> None:
    empty = pg_server.create_database()
    foreign = back_up(basedir, empty, tmp_path / "foreign.dump")
    (tmp_path / "pc").mkdir()
    embedded = open_signed_in(tmp_path / "pc", clock=fixed_clock)
    copy = backup_sqlite(embedded.engine, tmp_path / "desk.sqlite3")
    embedded.close()
    garbage = tmp_path / "notes.dump"
    garbage.write_bytes(b"PGDMP" + b"not really" * 50)
    desk.close()
    for file, key in ((foreign, "backup.not_arco"), (copy, "backup.is_sqlite_copy"),
                      (garbage, "backup.damaged"), (tmp_path / "none.dump", "backup.not_found")):
        with pytest.raises(DomainError) as refused:
            restore(basedir, pg_url, file)
        assert refused.value.msg.key == key, file.name
    with pytest.raises(DomainError) as refused:
        restore_sqlite(foreign, tmp_path / "pc" / "arco-desk.sqlite3")
    assert refused.value.msg.key == "backup.is_postgres_dump"
    assert _kept(basedir) == []


def test_a_backup_of_an_older_version_restores_and_is_upgraded_at_the_next_start(
        desk: Services, pg_url: str, basedir: Path, tmp_path: Path) -> None:
    """The archive lacks the tables later versions added; they must not survive the
    restore with today's rows, or the next start's upgrade would fail creating them."""
    _memo(desk, "옛 버전의 메모")
    engine = desk.engine
    desk.close()
    migrate_to(engine, "0006")  # before the submission table
    file = back_up(basedir, pg_url, tmp_path / "old.dump")
    migrate_to(engine, "head")
    engine.dispose()

    result = restore(basedir, pg_url, file)

    assert result.revision == "0006"
    reopened = open_signed_in(basedir, pg_url, clock=fixed_clock)
    try:
        assert reopened.migration.from_revision == "0006"
        assert current_revision(reopened.engine) == head_revision()
        assert _memo_count(pg_url) == 1
    finally:
        reopened.close()


def test_missing_tools_are_named_with_how_to_configure_them(
        pg_url: str, basedir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    with pytest.raises(DomainError) as refused:
        back_up(basedir, pg_url, tmp_path / "x.dump", pg_bin=empty)
    assert refused.value.msg.key == "backup.pg_tools_not_in_folder"
    assert refused.value.msg.params == {"tools": "pg_dump", "folder": str(empty)}
    with pytest.raises(DomainError) as refused:
        restore(basedir, pg_url, tmp_path / "x.dump", pg_bin=empty)
    assert refused.value.msg.params["tools"] == "pg_dump, pg_restore"
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(DomainError) as refused:
        find_tools(None)
    assert refused.value.msg.key == "backup.pg_tools_missing"
    assert not (tmp_path / "x.dump").exists()


def test_the_password_goes_in_the_environment_never_on_the_command_line(
        desk: Services, pg_server: PostgresServer, basedir: Path, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    """A pg_dump in a configured folder that notes its arguments and environment, then
    runs the real one (the test server trusts local connections: any password works)."""
    real = shutil.which("pg_dump")
    assert real is not None
    tools = tmp_path / "bin"
    tools.mkdir()
    shim = tools / "pg_dump"
    shim.write_text('#!/bin/sh\nprintf "%s\\n" "$@" > "$(dirname "$0")/argv.txt"\n'
                    'printf "%s" "$PGPASSWORD" > "$(dirname "$0")/password.txt"\n'
                    f'exec "{real}" "$@"\n', encoding="utf-8")
    shim.chmod(0o700)
    database = desk.engine.url.database
    url = f"postgresql+psycopg://postgres:s3cret-pw@127.0.0.1:{pg_server.port}/{database}"
    caplog.set_level(logging.DEBUG)

    back_up(basedir, url, tmp_path / "desk.dump", pg_bin=tools)

    assert (tmp_path / "desk.dump").stat().st_size > 0
    argv = (tools / "argv.txt").read_text(encoding="utf-8")
    assert "--format=custom" in argv and f"dbname={database}" in argv
    assert "s3cret-pw" not in argv
    assert (tools / "password.txt").read_text(encoding="utf-8") == "s3cret-pw"
    assert "s3cret-pw" not in caplog.text
    assert "s3cret-pw" not in connection(url).conninfo
