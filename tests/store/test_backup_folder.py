"""The backups folder: names say what a backup is; rotation keeps the newest of a kind."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from arco_desk.store.backup_folder import (
    BackupKind,
    backup_path,
    backups_folder,
    kept_by_restore,
    list_backups,
    replaced_path,
    rotate,
)


def _write(folder: Path, kind: BackupKind, at: datetime, suffix: str = ".sqlite3") -> Path:
    path = backup_path(folder, kind, at, suffix)
    path.write_bytes(b"x" * 10)
    return path


def test_names_are_read_back_newest_first_and_strangers_ignored(tmp_path: Path) -> None:
    folder = backups_folder(tmp_path)
    start = datetime(2026, 11, 27, 9, 0, 0)
    older = _write(folder, BackupKind.DAILY, start)
    newer = _write(folder, BackupKind.MIGRATION, start + timedelta(hours=1), ".dump")
    (folder / "notes.txt").write_text("mine")
    (folder / f"{newer.name}.partial").write_bytes(b"")
    (folder / "arco-desk-20261127-090000-weekly.sqlite3").write_bytes(b"")

    found = list_backups(folder)

    assert [b.path for b in found] == [newer, older]
    assert found[0].kind is BackupKind.MIGRATION and found[0].postgres
    assert found[1].taken_at == start and found[1].size == 10 and not found[1].postgres


def test_rotation_keeps_the_newest_of_one_kind_and_never_manual_ones(tmp_path: Path) -> None:
    folder = backups_folder(tmp_path)
    start = datetime(2026, 11, 1, 3, 0, 0)
    daily = [_write(folder, BackupKind.DAILY, start + timedelta(days=i)) for i in range(5)]
    migration = _write(folder, BackupKind.MIGRATION, start)
    manual = _write(folder, BackupKind.MANUAL, start)

    removed = rotate(folder, BackupKind.DAILY, keep=2)

    assert sorted(removed) == sorted(daily[:3])
    assert {b.path for b in list_backups(folder)} == {*daily[3:], migration, manual}
    assert rotate(folder, BackupKind.MANUAL, keep=0) == []
    assert manual.exists()


def test_the_copy_a_restore_kept_is_neither_listed_nor_rotated(tmp_path: Path) -> None:
    folder = backups_folder(tmp_path)
    start = datetime(2026, 11, 1, 3, 0, 0)
    kept = [replaced_path(folder, start + timedelta(days=i)) for i in range(3)]
    for path in kept:
        path.write_bytes(b"PGDMP")
    daily = _write(folder, BackupKind.DAILY, start, ".dump")
    assert kept[0].name == "arco-desk-20261101-030000-replaced.dump"
    assert rotate(folder, BackupKind.DAILY, keep=1) == []
    assert [b.path for b in list_backups(folder)] == [daily]
    assert kept_by_restore(folder) == kept[::-1]


def test_the_folder_is_private(tmp_path: Path) -> None:
    folder = backups_folder(tmp_path)
    assert folder == tmp_path / "backups"
    assert folder.stat().st_mode & 0o777 == 0o700
