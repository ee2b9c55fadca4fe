"""Everything the UI needs, wired once: the store and each use-case service."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TypeVar

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc

from arco_desk.domain.clock import Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.domain.errors import DomainError
from arco_desk.services.access_records import AccessRecordService
from arco_desk.services.accounts import AccountService
from arco_desk.services.backup import migration_backup
from arco_desk.services.backup_desk import BackupDesk
from arco_desk.services.calendar import CalendarService
from arco_desk.services.caller_history import CallerHistoryService
from arco_desk.services.change_feed import ChangeFeedService
from arco_desk.services.complaints import ATTACHMENTS_FOLDER, ComplaintService
from arco_desk.services.daily_backup import BackupService
from arco_desk.services.directory import DirectoryService
from arco_desk.services.gate import Gate, guarded
from arco_desk.services.locations import DATABASE_FILE, database_url, sqlite_database
from arco_desk.services.memos import MemoService
from arco_desk.services.notices import NoticeService
from arco_desk.services.reception import ReceptionService
from arco_desk.services.scheduler import AgencyScheduler
from arco_desk.services.settings import SettingsService
from arco_desk.services.staff_import import StaffImportService
from arco_desk.services.submissions import SubmissionLedger
from arco_desk.store.agency_lease import AgencyLease
from arco_desk.store.backup_folder import (
    BACKUPS_FOLDER,
    BackupKind,
    adopt_legacy_backups,
    rotate,
)
from arco_desk.store.damage import check_intact
from arco_desk.store.engine import create_store_engine
from arco_desk.store.errors import classify
from arco_desk.store.migrate import MigrationResult, upgrade
from arco_desk.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

# Quitting waits this long for a daily backup being written, then leaves it (its
# ``.partial`` file is never listed, and is removed a day later).
CLOSE_WAIT_S: Final = 10.0

T = TypeVar("T")

__all__ = ["DATABASE_FILE", "Services", "database_url", "open_services"]


@dataclass(slots=True)
class Services:
    """The use-case services as the UI reaches them: behind :attr:`gate`, which holds
    the person signed in at this PC (services/gate.py). The scheduler and the ledger of
    submissions work for the agency, not for a person, and are not behind it."""

    engine: Engine
    uow: UnitOfWork
    clock: Clock
    accounts: AccountService
    access_records: AccessRecordService
    directory: DirectoryService
    staff_import: StaffImportService
    settings: SettingsService
    calendar: CalendarService
    change_feed: ChangeFeedService
    reception: ReceptionService
    memos: MemoService
    notices: NoticeService
    caller_history: CallerHistoryService
    complaints: ComplaintService
    submissions: SubmissionLedger
    daily_backups: BackupService
    scheduler: AgencyScheduler
    migration: MigrationResult
    database_label: str
    backups: BackupDesk
    gate: Gate

    def close(self) -> None:
        self.scheduler.stop()
        if not self.daily_backups.wait(CLOSE_WAIT_S):
            log.warning("closing while the daily backup is still being written")
        self.engine.dispose()


def open_services(basedir: Path, url: str | None = None, clock: Clock = system_now, *,
                  pg_bin: Path | None = None) -> Services:
    """Connect, check an SQLite file, migrate (with a backup first, into the backups
    folder) and wire the services. ``pg_bin`` is the folder holding PostgreSQL's client
    tools (None: PATH)."""
    resolved = database_url(basedir, url)
    engine = create_store_engine(resolved)
    sqlite_file = sqlite_database(basedir, url)
    try:
        check_intact(engine, sqlite_file)  # a damaged file is refused before migrating
        if sqlite_file is not None:  # copies older versions left beside the file
            adopt_legacy_backups(sqlite_file, basedir / BACKUPS_FOLDER)
        migration = upgrade(engine, lambda: migration_backup(basedir, engine, pg_bin=pg_bin))
    except (sa_exc.SQLAlchemyError, OSError) as error:
        # A server that is down or a locked/read-only file at start is a known error
        # (a message to the operator), not a crash report.
        engine.dispose()
        known = classify(error)
        if known is not None:
            raise known from error
        raise
    except BaseException:
        engine.dispose()
        raise
    uow = UnitOfWork(engine)
    label = str(sqlite_file) if sqlite_file else engine.url.render_as_string(hide_password=True)
    calendar = CalendarService(uow, clock)  # one calendar cache, shared by the services
    settings = SettingsService(uow, clock)
    reception = ReceptionService(uow, clock, calendar, settings, basedir / BACKUPS_FOLDER)
    memos = MemoService(uow, calendar, clock)
    submissions = SubmissionLedger(uow, clock)
    daily_backups = BackupService(uow, basedir, clock, settings, pg_bin)
    _rotate_migration_backups(basedir, daily_backups)
    gate = Gate()

    def behind_gate(service: T) -> T:
        return guarded(service, gate, uow, clock)

    return Services(
        engine=engine,
        uow=uow,
        clock=clock,
        accounts=behind_gate(AccountService(uow, clock)),
        access_records=behind_gate(AccessRecordService(uow, clock)),
        directory=behind_gate(DirectoryService(uow, clock)),
        staff_import=behind_gate(StaffImportService(uow)),
        settings=behind_gate(settings),
        calendar=behind_gate(calendar),
        change_feed=behind_gate(ChangeFeedService(uow, engine)),
        reception=behind_gate(reception),
        memos=behind_gate(memos),
        notices=behind_gate(NoticeService(uow)),
        caller_history=behind_gate(CallerHistoryService(uow)),
        complaints=behind_gate(ComplaintService(uow, calendar, basedir / ATTACHMENTS_FOLDER,
                                                clock)),
        submissions=submissions,
        daily_backups=behind_gate(daily_backups),
        scheduler=AgencyScheduler(AgencyLease(engine), memos, reception, submissions,
                                  daily_backups),
        migration=migration,
        database_label=label,
        backups=behind_gate(BackupDesk(basedir, url, pg_bin=pg_bin)),
        gate=gate,
    )


def _rotate_migration_backups(basedir: Path, backups: BackupService) -> None:
    """Migration backups beyond the agency's retention count go (best effort: a database
    away now leaves them for the next start)."""
    try:
        keep = backups.keep_count()
    except DomainError as error:
        log.warning("migration backups not rotated: %s", error.msg.key)
        return
    folder = basedir / BACKUPS_FOLDER
    removed = rotate(folder, BackupKind.MIGRATION, keep)
    if removed:
        log.info("%d old migration backups removed", len(removed))
