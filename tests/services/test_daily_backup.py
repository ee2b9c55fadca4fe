"""The agency's daily backup: taken by the background round once a day, in a thread of
its own, the oldest removed beyond the retention count."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from arco_desk.domain.errors import ValidationError
from arco_desk.services.container import Services
from arco_desk.services.daily_backup import WORKER_NAME, local_time, parse_keep_count
from arco_desk.store.backup_folder import BACKUPS_FOLDER, BackupKind, list_backups
from tests.actors import DESK
from tests.clock import SteppingClock
from tests.conftest import FIXED_NOW
from tests.signed_in import open_signed_in


def _dailies(basedir: Path) -> list[Path]:
    return [b.path for b in list_backups(basedir / BACKUPS_FOLDER) if b.kind is BackupKind.DAILY]


def test_one_backup_a_day_and_the_oldest_removed_beyond_the_count(
        clocked_services: Services, stepping_clock: SteppingClock, basedir: Path) -> None:
    services = clocked_services
    services.daily_backups.set_keep_count(3, actor=DESK)
    assert services.daily_backups.last_daily() is None
    for _ in range(5):
        assert services.scheduler.run_due().backup_started
        assert services.daily_backups.wait(30)
        stepping_clock.advance(timedelta(hours=6))  # later the same day: nothing more
        assert not services.scheduler.run_due().backup_started
        stepping_clock.advance(timedelta(hours=18))

    dailies = _dailies(basedir)
    days = [local_time(FIXED_NOW + timedelta(days=n)).date() for n in (4, 3, 2)]
    assert [b.taken_at.date() for b in list_backups(basedir / BACKUPS_FOLDER)] == days
    last = services.daily_backups.last_daily()
    assert last is not None and last.path == dailies[0]
    conn = sqlite3.connect(dailies[0])
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM staff").fetchone()[0] > 0
    finally:
        conn.close()


def test_the_backup_runs_off_the_calling_thread(
        clocked_services: Services, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="arco_desk.services.daily_backup")
    assert clocked_services.scheduler.run_due().backup_started
    assert clocked_services.daily_backups.wait(30)
    written = [r for r in caplog.records if "daily backup" in r.getMessage()]
    assert [r.threadName for r in written] == [WORKER_NAME]
    assert threading.current_thread().name != WORKER_NAME


def test_the_retention_count_is_a_validated_agency_setting(services: Services) -> None:
    assert services.daily_backups.keep_count() == 14
    assert services.daily_backups.set_keep_count(" 30 ", actor=DESK) == 30
    assert services.daily_backups.keep_count() == 30
    for wrong, key in (("0", "backup.keep_range"), ("366", "backup.keep_range"),
                       ("열넷", "backup.keep_not_a_number")):
        with pytest.raises(ValidationError) as refused:
            parse_keep_count(wrong)
        assert refused.value.field_errors["keep_count"].key == key
    assert parse_keep_count(365) == 365 and parse_keep_count("1") == 1


@pytest.fixture
def pg_desk(pg_url: str, basedir: Path,
            stepping_clock: SteppingClock) -> Iterator[Services]:
    services = open_signed_in(basedir, pg_url, clock=stepping_clock)
    yield services
    services.close()


@pytest.mark.postgres
def test_the_round_returns_at_once_while_the_backup_waits(
        pg_desk: Services, basedir: Path) -> None:
    """pg_dump waits for a table another session holds; the round does not."""
    with pg_desk.engine.connect() as holder:
        holder.execute(text("LOCK TABLE destruction_ledger IN ACCESS EXCLUSIVE MODE"))
        started = time.monotonic()
        run = pg_desk.scheduler.run_due()
        assert run.held and run.backup_started
        assert time.monotonic() - started < 2
        time.sleep(0.5)
        assert pg_desk.daily_backups.running() and _dailies(basedir) == []
        assert not pg_desk.scheduler.run_due().backup_started  # one at a time
        holder.rollback()
    assert pg_desk.daily_backups.wait(60)
    dailies = _dailies(basedir)
    assert len(dailies) == 1 and dailies[0].read_bytes().startswith(b"PGDMP")


@pytest.mark.postgres
def test_postgresql_without_tools_skips_and_says_so_once(
        pg_url: str, basedir: Path, tmp_path: Path, stepping_clock: SteppingClock,
        caplog: pytest.LogCaptureFixture) -> None:
    empty = tmp_path / "no-tools"
    empty.mkdir()
    services = open_signed_in(basedir, pg_url, clock=stepping_clock, pg_bin=empty)
    try:
        with caplog.at_level(logging.WARNING):
            assert not services.scheduler.run_due().backup_started
            assert not services.scheduler.run_due().backup_started
    finally:
        services.close()
    said = [r for r in caplog.records if "no daily backup" in r.getMessage()]
    assert len(said) == 1
    assert _dailies(basedir) == []
