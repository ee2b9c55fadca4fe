"""The agency's daily backup (issue 14, docs/architecture.md §10).

Once a day the agency's background round (``services/scheduler.py``, on the PC holding
the agency lease) finds no backup of today in the backups folder and starts one, of
kind DAILY, then removes the oldest daily and migration backups beyond the retention
count (agency setting ``backup_keep_count``, 14 by default, 1–365).

The round runs on the GUI thread and a backup of a large database takes seconds, so
the backup runs in a worker thread of its own, one at a time; the round returns at
once and the worker logs what it did. The log names files, never their contents.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from pathlib import Path
from typing import Final

from arco_desk.domain.actor import Actor
from arco_desk.domain.clock import Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import msg
from arco_desk.domain.numbers import whole_number_in
from arco_desk.services.backup import back_up, backup_suffix, last_backup
from arco_desk.services.settings import SettingsService
from arco_desk.store.backup_folder import (
    DEFAULT_KEEP,
    BackupFile,
    BackupKind,
    backup_path,
    backups_folder,
    remove_stale_partials,
    rotate,
)
from arco_desk.store.engine import is_sqlite
from arco_desk.store.pg_backup import PG_DUMP, find_tools
from arco_desk.store.retry import retry_conflicts
from arco_desk.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

KEEP_KEY: Final = "backup_keep_count"
MIN_KEEP: Final = 1
MAX_KEEP: Final = 365
WORKER_NAME: Final = "arco-daily-backup"


def parse_keep_count(text: str | int) -> int:
    """How many daily backups to keep, 1–365 (ValidationError on ``keep_count``)."""
    return whole_number_in("keep_count", text, MIN_KEEP, MAX_KEEP,
                           not_a_number=msg("backup.keep_not_a_number"),
                           out_of_range=msg("backup.keep_range", low=MIN_KEEP, high=MAX_KEEP))


def local_time(moment: datetime) -> datetime:
    """``moment`` as this PC's wall time, naive: how backup files are named."""
    return moment.astimezone().replace(tzinfo=None)


class BackupService:
    """The daily backup of the agency's database and how many are kept."""

    def __init__(self, uow: UnitOfWork, basedir: Path, clock: Clock = system_now,
                 settings: SettingsService | None = None,
                 pg_bin: Path | None = None) -> None:
        self.uow = uow
        self.basedir = basedir
        self.clock = clock
        self.settings = settings or SettingsService(uow, clock)
        # The folder holding pg_dump, from this PC's settings; None: PATH.
        self.pg_bin = pg_bin
        self._url = uow.engine.url.render_as_string(hide_password=False)
        self._guard = threading.Lock()
        self._worker: threading.Thread | None = None
        self._said_no_tools = False

    def keep_count(self) -> int:
        return parse_keep_count(self.settings.get(KEEP_KEY))

    @retry_conflicts
    def set_keep_count(self, count: str | int, *, opened: int | None = None,
                       actor: Actor) -> int:
        """Keep ``count`` daily backups (and as many migration backups); ``opened`` is the
        count the form showed (docs/architecture.md §9)."""
        clean = parse_keep_count(count)
        self.settings.set(KEEP_KEY, str(clean),
                          opened=None if opened is None else str(opened), actor=actor)
        return clean

    def last_daily(self) -> BackupFile | None:
        """The most recent daily backup (in this PC's backups folder), or None."""
        return last_backup(self.basedir)

    def daily_due(self) -> bool:
        """True when the backups folder holds no daily backup taken today."""
        last = self.last_daily()
        return last is None or last.taken_at.date() < local_time(self.clock()).date()

    def start_daily_if_due(self) -> bool:
        """Start today's backup in a worker thread when it is due and none is running;
        returns at once (True when one was started)."""
        with self._guard:
            if self.running() or not self.daily_due() or not self._tools_found():
                return False
            taken_at = local_time(self.clock())
            self._worker = threading.Thread(target=self._work, args=(taken_at,),
                                            name=WORKER_NAME, daemon=True)
            self._worker.start()
            return True

    def running(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for a backup in progress; False when it is still running after ``timeout``."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout)
        return not self.running()

    def take_daily(self, taken_at: datetime | None = None) -> Path:
        """Write the daily backup now (in the calling thread) and rotate; its path."""
        moment = taken_at if taken_at is not None else local_time(self.clock())
        folder = backups_folder(self.basedir)
        remove_stale_partials(folder)
        target = backup_path(folder, BackupKind.DAILY, moment, backup_suffix(self._url))
        written = back_up(self.basedir, self._url, target, pg_bin=self.pg_bin)
        keep = self.keep_count()
        removed = rotate(folder, BackupKind.DAILY, keep) + rotate(folder,
                                                                  BackupKind.MIGRATION, keep)
        log.info("daily backup %s written (%d bytes); %d old backups removed",
                 written.name, written.stat().st_size, len(removed))
        return written

    def _work(self, taken_at: datetime) -> None:
        try:
            self.take_daily(taken_at)
        except DomainError as error:
            log.warning("daily backup not taken: %s", error.msg.key)
        except OSError as error:
            log.warning("daily backup not taken: %s (errno %s)", type(error).__name__,
                        error.errno)
        except Exception:  # a bug: logged with its traceback, the app goes on
            log.exception("daily backup failed")

    def _tools_found(self) -> bool:
        """SQLite needs nothing; PostgreSQL needs pg_dump (said once in the log if not)."""
        if is_sqlite(self._url):
            return True
        try:
            find_tools(self.pg_bin, (PG_DUMP,))
        except DomainError:
            if not self._said_no_tools:
                log.warning("no daily backup: PostgreSQL client tools (pg_dump) not found")
                self._said_no_tools = True
            return False
        return True


__all__ = ["DEFAULT_KEEP", "KEEP_KEY", "BackupService", "local_time", "parse_keep_count"]
