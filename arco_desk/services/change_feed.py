"""Reading the change feed: what happened since the last event this PC saw."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine

from arco_desk.domain.change_feed import ChangeRecord
from arco_desk.store.change_feed import BATCH, events_after, latest_event_id
from arco_desk.store.engine import is_sqlite
from arco_desk.store.feed_sources import PostgresListener, SqliteDataVersion
from arco_desk.store.unit_of_work import UnitOfWork


class PushSource(Protocol):
    """A connection the server pushes notifications down (PostgreSQL LISTEN).

    Every method raises ``StoreUnavailable`` when the server is gone.
    """

    def connect(self) -> None: ...
    def fileno(self) -> int: ...
    def drain(self) -> list[int]: ...
    def ping(self) -> None: ...
    def close(self) -> None: ...


class PollSource(Protocol):
    """A cheap check that someone else committed (SQLite's data_version)."""

    def changed(self) -> bool: ...
    def close(self) -> None: ...


class ChangeFeedService:
    def __init__(self, uow: UnitOfWork, engine: Engine) -> None:
        self.uow = uow
        self.engine = engine

    @property
    def uses_sqlite(self) -> bool:
        return is_sqlite(self.engine.url)

    def latest_id(self) -> int:
        with self.uow.read() as session:
            return latest_event_id(session)

    def since(self, last_id: int) -> list[ChangeRecord]:
        """Every event after ``last_id``, oldest first (a catch-up reads them all)."""
        found: list[ChangeRecord] = []
        with self.uow.read() as session:
            while True:
                batch = events_after(session, last_id)
                found += batch
                if len(batch) < BATCH:
                    return found
                last_id = batch[-1].id

    def push_source(self) -> PushSource:
        return PostgresListener(self.engine.url)

    def poll_source(self) -> PollSource:
        database = self.engine.url.database
        if not database:
            raise ValueError("in-memory SQLite has no file to watch")
        return SqliteDataVersion(Path(database))
