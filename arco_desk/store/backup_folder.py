"""The data folder's ``backups`` folder: how backups are named, listed and rotated.

Every backup ARCO Desk writes by itself (daily, before a migration) and every one an
operator takes from 관리 › 백업·복원 without choosing another place goes here, named
``arco-desk-<YYYYMMDD-HHMMSS>-<kind><suffix>``: the time it was taken (local time of
this PC) and why. The name alone says what a file is, so listing and rotating need no
index that could disagree with the folder. ``.sqlite3`` is an SQLite copy, ``.dump`` a
PostgreSQL custom-format dump. Files being written end in ``.partial`` and are never
listed (one left by a process that was killed is removed a day later); anything else
in the folder is left alone.

Daily and migration backups are rotated: the newest ``keep`` of each kind stay. Manual
backups are the operator's to delete, and so is the copy a PostgreSQL restore keeps of
the database it replaced: ``arco-desk-<YYYYMMDD-HHMMSS>-replaced.dump``, which is not a
backup kind (not listed with the backups, never rotated; SQLite keeps that copy beside
the database instead).
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Final

BACKUPS_FOLDER: Final = "backups"
SQLITE_SUFFIX: Final = ".sqlite3"
POSTGRES_SUFFIX: Final = ".dump"
# Daily backups kept when the setting is not changed (issue 14): two weeks.
DEFAULT_KEEP: Final = 14

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^arco-desk-(\d{8}-\d{6})-([a-z]+)(\.sqlite3|\.dump)$")


class BackupKind(StrEnum):
    DAILY = "daily"
    MIGRATION = "migration"
    MANUAL = "manual"


REPLACED_WORD: Final = "replaced"
# A ``.partial`` file this old was left by a process that did not finish.
STALE_PARTIAL_S: Final = 24 * 3600.0
# Migration copies the versions before this one wrote beside the database:
# ``arco-desk.backup-<YYYYMMDD-HHMMSS-ffffff>.sqlite3``.
_LEGACY = re.compile(r"^(?P<stem>.+)\.backup-(?P<stamp>\d{8}-\d{6})-\d{6}(?P<suffix>\.[^.]+)$")


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    kind: BackupKind
    taken_at: datetime  # naive, this PC's local time, to the second
    size: int

    @property
    def postgres(self) -> bool:
        return self.path.suffix == POSTGRES_SUFFIX


def backups_folder(basedir: Path) -> Path:
    """The folder (made on first use, readable by this user only)."""
    folder = basedir / BACKUPS_FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    if os.name == "posix":
        folder.chmod(0o700)
    return folder


def backup_path(folder: Path, kind: BackupKind, taken_at: datetime, suffix: str) -> Path:
    """Where a backup of ``kind`` taken at ``taken_at`` goes (a second one of the same
    kind within the same second names an existing file, which the writers refuse)."""
    return folder / f"arco-desk-{taken_at.strftime(_STAMP)}-{kind.value}{suffix}"


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in ``folder``, newest first; other files are ignored."""
    if not folder.is_dir():
        return []
    found: list[BackupFile] = []
    for path in folder.iterdir():
        backup = read_name(path)
        if backup is not None:
            found.append(backup)
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def read_name(path: Path) -> BackupFile | None:
    """What ``path``'s name says it is, or None for a file that is not a backup."""
    match = _NAME.match(path.name)
    if match is None or not path.is_file():
        return None
    stamp, kind_word, _suffix = match.groups()
    try:
        kind = BackupKind(kind_word)
        taken_at = datetime.strptime(stamp, _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupFile(path, kind, taken_at, size)


def rotate(folder: Path, kind: BackupKind, keep: int) -> list[Path]:
    """Remove all but the newest ``keep`` backups of ``kind``; the removed paths.

    Manual backups are the operator's and are never rotated."""
    if kind is BackupKind.MANUAL:
        return []
    same = [b for b in list_backups(folder) if b.kind is kind]
    removed: list[Path] = []
    for old in same[max(keep, 1):]:
        with contextlib.suppress(FileNotFoundError):
            old.path.unlink()
            removed.append(old.path)
    return removed


def replaced_path(folder: Path, taken_at: datetime) -> Path:
    """Where a PostgreSQL restore keeps the database it replaces."""
    return folder / f"arco-desk-{taken_at.strftime(_STAMP)}-{REPLACED_WORD}{POSTGRES_SUFFIX}"


def kept_by_restore(folder: Path) -> list[Path]:
    """The copies PostgreSQL restores kept in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [path for path in folder.glob(f"arco-desk-*-{REPLACED_WORD}{POSTGRES_SUFFIX}")
             if _NAME.match(path.name) and path.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def remove_stale_partials(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the ``.partial`` files of backups never finished (the writer was killed);
    one younger than a day may still be being written and stays."""
    if not folder.is_dir():
        return []
    limit = (time.time() if now is None else now) - STALE_PARTIAL_S
    removed: list[Path] = []
    for path in folder.glob("arco-desk-*.partial"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                path.unlink()
                removed.append(path)
    return removed


def adopt_legacy_backups(database: Path, folder: Path) -> list[Path]:
    """Move the migration copies older versions left beside ``database`` into ``folder``,
    named as migration backups, so the rotation covers them; empty ones (a copy that was
    killed) are removed. The new paths."""
    moved: list[Path] = []
    for path in sorted(database.parent.glob(f"{database.stem}.backup-*")):
        match = _LEGACY.match(path.name)
        if match is None or match["stem"] != database.stem or not path.is_file():
            continue
        if path.stat().st_size == 0:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            continue
        taken_at = datetime.strptime(match["stamp"], _STAMP)
        target = backup_path(folder, BackupKind.MIGRATION, taken_at, match["suffix"])
        if target.exists():
            continue  # two copies in one second: the second stays where it is
        folder.mkdir(mode=0o700, exist_ok=True)
        try:
            os.replace(path, target)  # another disk (a --db file elsewhere): left there
        except OSError:
            continue
        if os.name == "posix":
            target.chmod(0o600)
        moved.append(target)
    return moved
