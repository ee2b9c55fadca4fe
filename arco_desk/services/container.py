"""Everything the UI needs, wired once: the store and each use-case service."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc

from arco_desk.domain.clock import Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.services.calendar import CalendarService
from arco_desk.services.caller_history import CallerHistoryService
from arco_desk.services.change_feed import ChangeFeedService
from arco_desk.services.complaints import ATTACHMENTS_FOLDER, ComplaintService
from arco_desk.services.directory import DirectoryService
from arco_desk.services.memos import MemoService
from arco_desk.services.notices import NoticeService
from arco_desk.services.reception import ReceptionService
from arco_desk.services.scheduler import AgencyScheduler
from arco_desk.services.settings import SettingsService
from arco_desk.services.staff_import import StaffImportService
from arco_desk.services.submissions import SubmissionLedger
from arco_desk.store.agency_lease import AgencyLease
from arco_desk.store.damage import check_intact
from arco_desk.store.engine import create_store_engine, is_sqlite, sqlite_url
from arco_desk.store.errors import classify
from arco_desk.store.migrate import MigrationResult, upgrade
from arco_desk.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from arco_desk.services.backup_desk import BackupDesk

DATABASE_FILE = "arco-desk.sqlite3"


@dataclass(slots=True)
class Services:
    engine: Engine
    uow: UnitOfWork
    clock: Clock
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
    scheduler: AgencyScheduler
    migration: MigrationResult
    database_label: str
    backups: BackupDesk

    def close(self) -> None:
        self.scheduler.stop()
        self.engine.dispose()


def database_url(basedir: Path, url: str | None) -> str:
    """The URL to use: the one given, else the embedded SQLite file in ``basedir``."""
    return url if url else sqlite_url(basedir / DATABASE_FILE)


def open_services(basedir: Path, url: str | None = None, clock: Clock = system_now) -> Services:
    """Connect, check an SQLite file, migrate (with a backup of SQLite first) and wire
    the services."""
    # Here, not at the top: the backup use cases name this module's DATABASE_FILE.
    from arco_desk.services.backup_desk import BackupDesk

    resolved = database_url(basedir, url)
    engine = create_store_engine(resolved)
    sqlite_file = basedir / DATABASE_FILE if not url else None
    if url and is_sqlite(url):
        database = engine.url.database
        sqlite_file = Path(database) if database else None
    try:
        check_intact(engine, sqlite_file)  # a damaged file is refused before migrating
        migration = upgrade(engine, sqlite_file)
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
    reception = ReceptionService(uow, clock, calendar)
    memos = MemoService(uow, calendar, clock)
    submissions = SubmissionLedger(uow, clock)
    return Services(
        engine=engine,
        uow=uow,
        clock=clock,
        directory=DirectoryService(uow, clock),
        staff_import=StaffImportService(uow),
        settings=SettingsService(uow, clock),
        calendar=calendar,
        change_feed=ChangeFeedService(uow, engine),
        reception=reception,
        memos=memos,
        notices=NoticeService(uow),
        caller_history=CallerHistoryService(uow),
        complaints=ComplaintService(uow, calendar, basedir / ATTACHMENTS_FOLDER, clock),
        submissions=submissions,
        scheduler=AgencyScheduler(AgencyLease(engine), memos, reception, submissions),
        migration=migration,
        database_label=label,
        backups=BackupDesk(basedir, url),
    )
