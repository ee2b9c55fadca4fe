"""Everything the UI needs, wired once: the store and each use-case service."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TypeVar

from sqlalchemy import Engine, text
from sqlalchemy import exc as sa_exc

from arco_desk.domain.clock import Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import msg
from arco_desk.services.access_records import AccessRecordService
from arco_desk.services.accounts import AccountService
from arco_desk.services.backup import migration_backup
from arco_desk.services.backup_desk import BackupDesk
from arco_desk.services.calendar import CalendarService
from arco_desk.services.caller_history import CallerHistoryService
from arco_desk.services.change_feed import ChangeFeedService
from arco_desk.services.complaints import ATTACHMENTS_FOLDER, ComplaintService
from arco_desk.services.compliance_report import ComplianceReportService
from arco_desk.services.daily_backup import BackupService
from arco_desk.services.directory import DirectoryService
from arco_desk.services.gate import Gate, guarded
from arco_desk.services.list_exports import ListExportService
from arco_desk.services.locations import DATABASE_FILE, database_url, sqlite_database
from arco_desk.services.memos import MemoService
from arco_desk.services.notices import NoticeService
from arco_desk.services.overdue_board import OverdueBoardService
from arco_desk.services.reception import ReceptionService
from arco_desk.services.scheduler import AgencyScheduler
from arco_desk.services.service_standard import ServiceStandardService
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
from arco_desk.store.errors import Reason, StoreUnavailable, classify
from arco_desk.store.migrate import MigrationResult, upgrade
from arco_desk.store.pg_logins import has_logins, login_url
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
    submissions work for the agency, not for a person, and are not behind it.

    Two units of work (docs/architecture.md §11): :attr:`uow`, the window's, which on a
    PostgreSQL database with per-person logins works over the signed-in person's own
    login once :meth:`connect_as` has connected them; and :attr:`agency_uow`, always
    over :attr:`engine` (this PC's own address), for the sign-in check and the agency's
    background round."""

    engine: Engine
    uow: UnitOfWork
    clock: Clock
    accounts: AccountService
    access_records: AccessRecordService
    directory: DirectoryService
    staff_import: StaffImportService
    settings: SettingsService
    calendar: CalendarService
    standards: ServiceStandardService
    change_feed: ChangeFeedService
    reception: ReceptionService
    memos: MemoService
    notices: NoticeService
    caller_history: CallerHistoryService
    complaints: ComplaintService
    overdue: OverdueBoardService
    exports: ListExportService
    compliance: ComplianceReportService
    submissions: SubmissionLedger
    daily_backups: BackupService
    scheduler: AgencyScheduler
    migration: MigrationResult
    database_label: str
    backups: BackupDesk
    gate: Gate
    agency_uow: UnitOfWork

    def connect_as(self, login: str, password: str | None) -> bool:
        """On PostgreSQL with per-person logins, the window's work goes over the login of
        the account ``login`` from now on (``password`` None: the server's own sign-in,
        Windows or a password file); the person connected before is let go. A server
        that refuses is a DomainError, and the connection before stays. False, doing
        nothing, on SQLite or a database without logins."""
        with self.agency_uow.read() as session:
            if not has_logins(session):
                return False
        engine = create_store_engine(
            login_url(self.engine.url, login, password).render_as_string(hide_password=False))
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except (sa_exc.SQLAlchemyError, OSError) as error:
            engine.dispose()
            known = classify(error)
            if known is None:
                raise
            raise self._refusal(known) from error
        except BaseException:
            engine.dispose()
            raise
        before = self.uow.rebind(engine)
        if before is not self.engine:
            before.dispose()
        log.info("the window works as the login of %s", login)
        return True

    def _refusal(self, failed: StoreUnavailable) -> DomainError:
        """Why the person's login could not connect. The driver gives no code for a
        refused sign-in (a wrong password, a login that may not connect, no such login):
        when this PC's own connection still works the server is there, and it refused."""
        if failed.reason != Reason.UNREACHABLE:
            return failed
        try:
            with self.agency_uow.read() as session:
                session.execute(text("SELECT 1"))
        except DomainError:
            return failed
        return DomainError(msg("signin.server_refused"))

    def close(self) -> None:
        self.scheduler.stop()
        if not self.daily_backups.wait(CLOSE_WAIT_S):
            log.warning("closing while the daily backup is still being written")
        if self.uow.engine is not self.engine:
            self.uow.engine.dispose()
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
    # The window's unit of work (the person's login once connected, connect_as) and the
    # agency's, always this PC's own connection: the background round escalates every
    # memo and alerts every host whoever is signed in at this PC.
    uow = UnitOfWork(engine)
    agency_uow = UnitOfWork(engine)
    label = str(sqlite_file) if sqlite_file else engine.url.render_as_string(hide_password=True)
    # One calendar cache and one cache of the service standard's versions, shared by the
    # services (every login reads both).
    standards = ServiceStandardService(uow, clock)
    calendar = CalendarService(uow, clock, standards=standards)
    settings = SettingsService(uow, clock)
    reception = ReceptionService(uow, clock, calendar, settings, basedir / BACKUPS_FOLDER)
    memos = MemoService(uow, calendar, clock)
    agency_settings = SettingsService(agency_uow, clock)
    agency_reception = ReceptionService(agency_uow, clock, calendar, agency_settings,
                                        basedir / BACKUPS_FOLDER)
    agency_memos = MemoService(agency_uow, calendar, clock)
    submissions = SubmissionLedger(agency_uow, clock)
    daily_backups = BackupService(agency_uow, basedir, clock, agency_settings, pg_bin)
    _rotate_migration_backups(basedir, daily_backups)
    directory = DirectoryService(uow, clock)
    complaints = ComplaintService(uow, calendar, basedir / ATTACHMENTS_FOLDER, clock)
    gate = Gate()

    def behind_gate(service: T) -> T:
        return guarded(service, gate, uow, clock)

    return Services(
        engine=engine,
        uow=uow,
        clock=clock,
        accounts=behind_gate(AccountService(uow, clock, agency_uow=agency_uow)),
        access_records=behind_gate(AccessRecordService(uow, clock)),
        directory=behind_gate(directory),
        staff_import=behind_gate(StaffImportService(uow)),
        settings=behind_gate(settings),
        calendar=behind_gate(calendar),
        standards=behind_gate(standards),
        change_feed=behind_gate(ChangeFeedService(uow, engine)),
        reception=behind_gate(reception),
        memos=behind_gate(memos),
        notices=behind_gate(NoticeService(uow)),
        caller_history=behind_gate(CallerHistoryService(uow)),
        complaints=behind_gate(complaints),
        exports=behind_gate(ListExportService(uow, clock, memos, complaints, reception,
                                              directory)),
        # Agency-wide reading and moving without showing: the gate narrows and the
        # service masks it, on the PC's own connection (docs/architecture.md §14).
        overdue=behind_gate(OverdueBoardService(agency_uow, calendar, clock)),
        compliance=behind_gate(ComplianceReportService(uow, calendar, settings, clock)),
        submissions=submissions,
        daily_backups=behind_gate(daily_backups),
        scheduler=AgencyScheduler(AgencyLease(engine), agency_memos, agency_reception,
                                  submissions, daily_backups),
        migration=migration,
        database_label=label,
        backups=behind_gate(BackupDesk(basedir, url, pg_bin=pg_bin)),
        gate=gate,
        agency_uow=agency_uow,
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
