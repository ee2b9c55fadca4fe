"""관리 › 백업·복원's use cases: backups listed and taken into the folder or elsewhere, a
restore asked for (checked, then recorded for the next start), carried out at the start
or refused there, and a damaged database recognised before anything is written."""

from __future__ import annotations

import json
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest

from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import msg
from arco_desk.services.backup_desk import BackupDesk, BackupKind
from arco_desk.services.container import DATABASE_FILE, Services
from arco_desk.services.restore_at_start import (
    PENDING_FILE,
    carry_out_pending_restore,
    damaged_database,
    pending_restore,
    restore_damaged,
)
from arco_desk.store.backup_folder import backup_path, backups_folder
from arco_desk.store.errors import Reason, StoreUnavailable, unavailable
from tests.conftest import fixed_clock
from tests.services.damaged_files import (
    copy_back_beside_a_stale_wal,
    cut_short,
    staff_count,
    write_garbage_over,
)
from tests.signed_in import open_signed_in

MORNING = datetime(2026, 11, 24, 9, 15, 0)


def _desk(basedir: Path, at: datetime = MORNING) -> BackupDesk:
    return BackupDesk(basedir, None, now=lambda: at)


def _remove_some_staff(database: Path) -> None:
    conn = sqlite3.connect(database)
    with conn:
        conn.execute("DELETE FROM staff WHERE id NOT IN (SELECT target_staff_id FROM "
                     "phone_memo WHERE target_staff_id IS NOT NULL) AND id > 3")
    conn.close()


def test_a_backup_now_goes_into_the_folder_and_is_listed_first(
        demo_services: Services, basedir: Path) -> None:
    desk = _desk(basedir)
    daily = desk.back_up_to(backup_path(backups_folder(basedir), BackupKind.DAILY,
                                        datetime(2026, 11, 23, 3, 0), ".sqlite3"))
    assert desk.last_automatic() is not None and desk.last_automatic().path == daily

    written = desk.back_up_now()

    assert written.parent == basedir / "backups"
    assert written.name == "arco-desk-20261124-091500-manual.sqlite3"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    listed = desk.backups()
    assert [b.path for b in listed] == [written, daily]
    assert listed[0].kind is BackupKind.MANUAL and listed[0].size == written.stat().st_size
    assert desk.last_automatic().path == daily  # a manual one is not automatic
    assert staff_count(written) == staff_count(basedir / DATABASE_FILE) > 0


def test_no_backup_yet_means_no_last_automatic(services: Services, basedir: Path) -> None:
    desk = _desk(basedir)
    assert desk.backups() == [] and desk.last_automatic() is None
    assert desk.suggested_name() == "arco-desk-20261124-091500.sqlite3"


def test_a_backup_elsewhere_refuses_an_existing_file_and_an_unwritable_place(
        services: Services, basedir: Path, tmp_path: Path) -> None:
    desk = _desk(basedir)
    kept = tmp_path / "kept.sqlite3"
    kept.write_text("keep me", encoding="utf-8")
    with pytest.raises(DomainError) as refused:
        desk.back_up_to(kept)
    assert refused.value.msg.key == "backup.target_exists"
    assert kept.read_text(encoding="utf-8") == "keep me"

    not_a_folder = tmp_path / "a file"
    not_a_folder.write_text("", encoding="utf-8")
    with pytest.raises(DomainError) as refused:
        desk.back_up_to(not_a_folder / "desk.sqlite3")
    assert refused.value.msg.key == "backup.cannot_write"
    assert refused.value.msg.params["path"] == str(not_a_folder / "desk.sqlite3")


def test_a_restore_is_checked_then_recorded_for_the_next_start(
        demo_services: Services, basedir: Path, tmp_path: Path) -> None:
    desk = _desk(basedir)
    backup = desk.back_up_now()

    refusals = {}
    for name, content in (("notes.txt", b"not a database " * 50), ("missing", None)):
        path = tmp_path / name
        if content is not None:
            path.write_bytes(content)
        with pytest.raises(DomainError) as refused:
            desk.request_restore(path)
        refusals[name] = refused.value.msg.key
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(DomainError) as refused:
        desk.request_restore(other)
    refusals["other"] = refused.value.msg.key
    newer = desk.back_up_to(tmp_path / "newer.sqlite3")
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    with pytest.raises(DomainError) as refused:
        desk.request_restore(newer)
    refusals["newer"] = refused.value.msg.key
    assert refusals == {"notes.txt": "backup.damaged", "missing": "backup.not_found",
                        "other": "backup.not_arco", "newer": "backup.too_new"}
    assert not (basedir / PENDING_FILE).exists()

    marker = desk.request_restore(backup)

    assert marker == basedir / PENDING_FILE
    assert stat.S_IMODE(marker.stat().st_mode) == 0o600
    recorded = json.loads(marker.read_text(encoding="utf-8"))
    assert recorded["backup"] == str(backup)
    assert recorded["database"] == str((basedir / DATABASE_FILE).resolve())
    assert recorded["requested_at"] == "2026-11-24T09:15:00"
    assert pending_restore(basedir) == backup


def test_the_pending_restore_runs_at_start_and_its_request_is_gone(
        demo_services: Services, basedir: Path) -> None:
    database = basedir / DATABASE_FILE
    before = staff_count(database)
    desk = _desk(basedir)
    backup = desk.back_up_now()
    desk.request_restore(backup)
    demo_services.close()
    _remove_some_staff(database)
    assert staff_count(database) < before

    done = carry_out_pending_restore(basedir, None)

    assert done is not None and done.refusal is None and done.result is not None
    assert staff_count(database) == before
    assert not (basedir / PENDING_FILE).exists()
    kept = done.result.kept_aside
    assert kept is not None and ".before-restore-" in kept.name and staff_count(kept) < before
    assert done.message().key == "backup.restored"
    assert done.message().params == {"path": str(backup), "kept": str(kept)}
    assert carry_out_pending_restore(basedir, None) is None  # once only


def test_a_refused_restore_at_start_leaves_the_data_and_removes_the_request(
        demo_services: Services, basedir: Path, tmp_path: Path) -> None:
    desk = _desk(basedir)
    backup = desk.back_up_to(tmp_path / "desk.sqlite3")
    desk.request_restore(backup)
    demo_services.close()
    backup.write_bytes(b"spoilt after it was chosen " * 100)
    database = basedir / DATABASE_FILE
    before = database.read_bytes()

    done = carry_out_pending_restore(basedir, None)

    assert done is not None and done.result is None
    assert done.refusal is not None and done.refusal.key == "backup.damaged"
    assert done.message().key == "restore.refused_at_start"
    assert done.message().params["reason"] == done.refusal
    assert database.read_bytes() == before
    assert not (basedir / PENDING_FILE).exists()
    assert not [p for p in basedir.iterdir() if "restor" in p.name]


def test_a_request_for_another_database_or_unreadable_is_refused_and_removed(
        services: Services, basedir: Path, tmp_path: Path) -> None:
    desk = _desk(basedir)
    backup = desk.back_up_now()
    desk.request_restore(backup)
    other = tmp_path / "elsewhere.sqlite3"
    done = carry_out_pending_restore(basedir, f"sqlite:///{other}")
    assert done is not None and done.refusal is not None
    assert done.refusal.key == "restore.other_database"
    assert not (basedir / PENDING_FILE).exists()

    (basedir / PENDING_FILE).write_text("{not json", encoding="utf-8")
    done = carry_out_pending_restore(basedir, None)
    assert done is not None and done.refusal is not None
    assert done.refusal.key == "restore.request_unreadable"
    assert not (basedir / PENDING_FILE).exists()


@pytest.mark.parametrize("damage", ["garbage", "cut short", "stale wal"])
def test_a_damaged_file_is_refused_at_open_and_restored_from_a_backup(
        demo_services: Services, basedir: Path, damage: str) -> None:
    database = basedir / DATABASE_FILE
    staff = staff_count(database)
    backup = _desk(basedir).back_up_now()
    demo_services.close()
    {"garbage": lambda: write_garbage_over(database),
     "cut short": lambda: cut_short(database),
     "stale wal": lambda: copy_back_beside_a_stale_wal(basedir, backup)}[damage]()

    with pytest.raises(StoreUnavailable) as refused:
        open_signed_in(basedir, clock=fixed_clock)
    assert refused.value.reason == "malformed"
    assert damaged_database(basedir, None, refused.value) == database

    result = restore_damaged(basedir, None, backup)
    assert result.kept_aside is not None and result.kept_aside.exists()
    reopened = open_signed_in(basedir, clock=fixed_clock)
    try:
        assert len(reopened.directory.search("")) == staff
    finally:
        reopened.close()


def test_only_a_damaged_sqlite_file_is_offered_the_recovery(basedir: Path) -> None:
    damaged = unavailable(Reason.MALFORMED)
    assert damaged_database(basedir, None, damaged) == basedir / DATABASE_FILE
    elsewhere = basedir / "elsewhere.sqlite3"
    assert damaged_database(basedir, f"sqlite:///{elsewhere}", damaged) == elsewhere
    assert damaged_database(basedir, "postgresql+psycopg://x@h/db", damaged) is None
    assert damaged_database(basedir, None, unavailable(Reason.LOCKED)) is None
    assert damaged_database(basedir, None, DomainError(msg("backup.damaged"))) is None
