"""Reading the change feed: what happened since the last event this PC saw."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from arco_desk.domain.change_feed import ChangeRecord
from arco_desk.store.change_feed import BATCH, events_after, latest_event_id
from arco_desk.store.engine import is_sqlite
from arco_desk.store.feed_sources import PostgresListener, SqliteDataVersion
from arco_desk.store.unit_of_work import UnitOfWork


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

    def postgres_listener(self) -> PostgresListener:
        return PostgresListener(self.engine.url)

    def sqlite_probe(self) -> SqliteDataVersion:
        database = self.engine.url.database
        if not database:
            raise ValueError("in-memory SQLite has no file to watch")
        return SqliteDataVersion(Path(database))
