"""The change feed as a PC hears it: SQLite across connections and processes,
PostgreSQL through LISTEN/NOTIFY, and a PostgreSQL restart with nothing missed."""

from __future__ import annotations

import select
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from arco_desk.domain.change_feed import ChangeKind, ChangeRecord
from arco_desk.domain.messages import msg
from arco_desk.services.change_feed import ChangeFeedService
from arco_desk.services.container import Services
from arco_desk.store.change_feed import publish
from arco_desk.store.errors import StoreUnavailable
from arco_desk.store.retry import retry_conflicts
from arco_desk.ui.common.change_watcher import ChangeWatcher
from tests.conftest import PostgresServer, fixed_clock, started_postgres
from tests.signed_in import open_signed_in

ROOT = Path(__file__).resolve().parents[3]


def _feed(services: Services) -> ChangeFeedService:
    return ChangeFeedService(services.uow, services.engine)


@retry_conflicts  # as every write use case: a pooled connection found dead is tried afresh
def _publish(services: Services, entity_id: int, staff_id: int | None = None) -> None:
    with services.uow.write() as session:
        publish(session, ChangeKind.MEMO_FORWARDED, entity_id, staff_id=staff_id)


def _received(blocker_args: list[object]) -> list[ChangeRecord]:
    records = blocker_args[0]
    assert isinstance(records, list)
    return records


@pytest.fixture
def watcher_for(qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    made: list[ChangeWatcher] = []

    def make(services: Services) -> ChangeWatcher:
        watcher = ChangeWatcher(_feed(services))
        made.append(watcher)
        return watcher

    yield make
    for watcher in made:
        watcher.stop()


def test_sqlite_another_connection_is_heard(qtbot, basedir: Path, watcher_for) -> None:  # type: ignore[no-untyped-def]
    staff_pc = open_signed_in(basedir, clock=fixed_clock)
    desk_pc = open_signed_in(basedir, clock=fixed_clock)
    try:
        watcher = watcher_for(staff_pc)
        with qtbot.waitSignal(watcher.changes, timeout=2000) as blocker:
            _publish(desk_pc, 41, staff_id=5)
        [record] = _received(blocker.args)
        assert (record.kind, record.entity_id, record.staff_id) == ("memo_forwarded", 41, 5)
        assert record.concerns(5, None) and not record.concerns(6, None)
        assert watcher.last_id == record.id
    finally:
        staff_pc.close()
        desk_pc.close()


def test_sqlite_another_process_is_heard_within_two_seconds(
    qtbot, services: Services, basedir: Path, watcher_for  # type: ignore[no-untyped-def]
) -> None:
    watcher = watcher_for(services)
    code = textwrap.dedent(f"""
        from pathlib import Path
        from arco_desk.domain.change_feed import ChangeKind
        from tests.signed_in import open_signed_in
        from arco_desk.store.change_feed import publish
        svc = open_signed_in(Path({str(basedir)!r}))
        with svc.uow.write() as session:
            publish(session, ChangeKind.VISITOR_ARRIVED, 7, staff_id=3)
        svc.close()
    """)
    with qtbot.waitSignal(watcher.changes, timeout=2000) as blocker:
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)
    [record] = _received(blocker.args)
    assert (record.kind, record.entity_id, record.staff_id) == ("visitor_arrived", 7, 3)


def test_events_published_before_the_watcher_started_are_not_replayed(
    qtbot, services: Services, watcher_for  # type: ignore[no-untyped-def]
) -> None:
    _publish(services, 1)
    watcher = watcher_for(services)
    assert watcher.last_id == _feed(services).latest_id() > 0
    watcher.check_now()
    with qtbot.waitSignal(watcher.changes, timeout=2000) as blocker:
        _publish(services, 2)
    assert [r.entity_id for r in _received(blocker.args)] == [2]


def test_postgres_notify_is_heard_without_polling(
    qtbot, pg_url: str, basedir: Path, watcher_for  # type: ignore[no-untyped-def]
) -> None:
    staff_pc = open_signed_in(basedir, pg_url, clock=fixed_clock)
    desk_pc = open_signed_in(basedir, pg_url, clock=fixed_clock)
    try:
        watcher = watcher_for(staff_pc)
        assert not watcher.feed.uses_sqlite
        with qtbot.waitSignal(watcher.changes, timeout=2000) as blocker:
            _publish(desk_pc, 11, staff_id=2)
        assert [(r.entity_id, r.staff_id) for r in _received(blocker.args)] == [(11, 2)]
    finally:
        staff_pc.close()
        desk_pc.close()


@pytest.fixture
def own_pg_server() -> Iterator[PostgresServer]:
    """A server of this test's own, since the test stops and restarts it."""
    yield from started_postgres()


def test_postgres_restart_reconnects_and_catches_up(
    qtbot, own_pg_server: PostgresServer, basedir: Path, watcher_for  # type: ignore[no-untyped-def]
) -> None:
    url = own_pg_server.create_database()
    staff_pc = open_signed_in(basedir, url, clock=fixed_clock)
    desk_pc = open_signed_in(basedir, url, clock=fixed_clock)
    try:
        watcher = watcher_for(staff_pc)
        with qtbot.waitSignal(watcher.changes, timeout=2000):
            _publish(desk_pc, 1)

        heard: list[int] = []
        watcher.changes.connect(lambda records: heard.extend(r.entity_id for r in records))
        with qtbot.waitSignal(watcher.connection_lost, timeout=15_000):
            own_pg_server.stop("fast")
        assert watcher.lost
        own_pg_server.launch()
        # Published after the restart, before the watcher is back: the catch-up finds it.
        _publish(desk_pc, 2)
        with qtbot.waitSignal(watcher.connection_restored, timeout=20_000):
            pass
        qtbot.waitUntil(lambda: heard == [2], timeout=2000)
        assert not watcher.lost
        with qtbot.waitSignal(watcher.changes, timeout=2000) as after:
            _publish(desk_pc, 3)
        assert [r.entity_id for r in _received(after.args)] == [3]
    finally:
        staff_pc.close()
        desk_pc.close()


def test_a_notification_read_by_the_health_check_is_not_left_behind(
    qtbot, pg_url: str, basedir: Path, watcher_for  # type: ignore[no-untyped-def]
) -> None:
    staff_pc = open_signed_in(basedir, pg_url, clock=fixed_clock)
    desk_pc = open_signed_in(basedir, pg_url, clock=fixed_clock)
    try:
        watcher = watcher_for(staff_pc)
        _publish(desk_pc, 21, staff_id=4)
        # The NOTIFY is waiting on the listener's socket; no Qt event has run, so the
        # socket notifier has not fired. The ping reads it off the socket with its reply.
        assert select.select([watcher._listener.fileno()], [], [], 5)[0]
        with qtbot.waitSignal(watcher.changes, timeout=2000) as blocker:
            watcher._health_check()
        assert [r.entity_id for r in _received(blocker.args)] == [21]
    finally:
        staff_pc.close()
        desk_pc.close()


class _FeedFailingOnce(ChangeFeedService):
    """The real feed, whose next read fails once as a busy or unreachable file would."""

    fail_next = False

    def since(self, last_id: int) -> list[ChangeRecord]:
        if self.fail_next:
            self.fail_next = False
            raise StoreUnavailable(msg("store.locked"), "locked")
        return super().since(last_id)


def test_sqlite_a_failed_read_is_retried_on_the_next_tick(
    qtbot, services: Services, basedir: Path  # type: ignore[no-untyped-def]
) -> None:
    feed = _FeedFailingOnce(services.uow, services.engine)
    watcher = ChangeWatcher(feed)
    desk_pc = open_signed_in(basedir, clock=fixed_clock)
    try:
        feed.fail_next = True
        # data_version moves once for this commit; the read it prompts fails, and the
        # next tick (no further commit) must still deliver the event.
        with qtbot.waitSignal(watcher.changes, timeout=3000) as blocker:
            _publish(desk_pc, 31)
        assert not feed.fail_next  # the failing read did happen
        assert [r.entity_id for r in _received(blocker.args)] == [31]
    finally:
        watcher.stop()
        desk_pc.close()
