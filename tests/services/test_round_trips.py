"""What the app costs the database in round trips (docs/architecture.md §19), counted,
not timed: a read is its statements and nothing else on PostgreSQL (no BEGIN, ROLLBACK or
ping), a backlog of unread memos escalates in a handful of statements, and an idle round
of the agency's background work stays small. Both backends; PostgreSQL also after a
restart, when the first statement on a dead pooled connection is a known error and the
next unit of work connects afresh."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.errors import DomainError
from arco_desk.domain.memos import MemoEventKind, MemoStatus
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.services.demo_build import build_demo
from arco_desk.services.memo_escalation import last_due
from arco_desk.store import engine as engine_module
from arco_desk.store.models import ChangeEvent, PhoneMemo, PhoneMemoEvent, Staff
from arco_desk.store.retry import retry_conflicts
from tests.actors import SYSTEM
from tests.conftest import FIXED_NOW, PostgresServer, fixed_clock, started_postgres
from tests.round_trips import counting
from tests.signed_in import EVERYONE, open_signed_in

BACKLOG = 485


def _backlog(services: Services, count: int) -> dict[int, int | None]:
    """``count`` memos forwarded yesterday and never read, to staff with and without an
    active stand-in; returns each memo's expected stand-in."""
    fill_directory(services.uow, FIXED_NOW)
    forwarded = FIXED_NOW - timedelta(days=1)
    with services.uow.write(SYSTEM) as session:
        staff = list(session.scalars(select(Staff).order_by(Staff.id)))
        for index, member in enumerate(staff):
            other = staff[(index + 1) % len(staff)]
            member.stand_in_id = other.id if index % 3 else None
        staff[1].active = False  # the stand-in of staff[0]: nobody stands in
        session.flush()
        by_id = {s.id: s for s in staff}
        memos = [PhoneMemo(caller_name="김영희", called_at=forwarded, message=f"메모 {n}",
                           status=MemoStatus.NEW.value, forwarded_at=forwarded
                           + timedelta(seconds=n), target_staff_id=staff[n % len(staff)].id,
                           target_department_id=staff[n % len(staff)].department_id)
                 for n in range(count)]
        session.add_all(memos)
        session.flush()
        expected: dict[int, int | None] = {}
        for memo in memos:
            holder = by_id[memo.target_staff_id or 0]
            stand_in = by_id.get(holder.stand_in_id or 0)
            expected[memo.id] = stand_in.id if stand_in is not None and stand_in.active \
                and stand_in.id != holder.id else None
    return expected


def test_a_backlog_escalates_in_a_handful_of_statements(any_services: Services) -> None:
    expected = _backlog(any_services, BACKLOG)
    with counting() as cost:
        escalated = any_services.memos.escalate_due(FIXED_NOW, actor=SYSTEM)
    assert sorted(escalated) == sorted(expected)
    # A read of the waiting moments and one write: the settings' read, the locked
    # read (PostgreSQL), the UPDATE, the history lines, the feed's lock and records.
    assert sum(n for kind, n in cost.kinds().items() if kind != "BEGIN") <= 8, str(cost)
    assert cost.total <= 14, str(cost)
    with any_services.uow.read() as session:
        rows = {m.id: m for m in session.scalars(select(PhoneMemo))}
        events = Counter(session.scalars(select(PhoneMemoEvent.memo_id).where(
            PhoneMemoEvent.kind == MemoEventKind.ESCALATED.value)))
        feed = list(session.execute(select(ChangeEvent.entity_id, ChangeEvent.staff_id)
                                    .where(ChangeEvent.kind ==
                                           ChangeKind.MEMO_ESCALATED.value)))
    assert {m: rows[m].escalated_to_id for m in expected} == expected
    assert all(rows[m].status == MemoStatus.ESCALATED.value and rows[m].version == 2
               and rows[m].escalated_at is not None for m in expected)
    assert events == Counter(list(expected))  # one history line each
    assert sorted(feed) == sorted(expected.items())  # one change record each
    # Nothing is due twice.
    assert any_services.memos.escalate_due(FIXED_NOW, actor=SYSTEM) == []


def test_only_the_memos_whose_wait_is_over_escalate(any_services: Services) -> None:
    """The cut between due and not yet due falls inside the backlog: the memos
    forwarded up to it go, the later ones wait (the binary search over moments)."""
    expected = _backlog(any_services, 40)
    with any_services.uow.read() as session:
        moments = {m: at for m, at in session.execute(select(PhoneMemo.id, PhoneMemo.forwarded_at))}
    ordered = sorted(expected, key=lambda m: moments[m])
    cut = moments[ordered[24]]
    assert cut is not None
    # 30 working minutes after the 25th memo's forwarding (a Monday, 10:30 + 24 s).
    now = cut + timedelta(minutes=30)
    assert sorted(any_services.memos.escalate_due(now, actor=SYSTEM)) == sorted(ordered[:25])


def test_the_last_due_moment_is_found_by_halving() -> None:
    moments = [FIXED_NOW + timedelta(minutes=n) for n in range(10)]
    asked: list[int] = []

    def due_before(limit: int) -> object:
        def due(at: object) -> bool:
            asked.append(1)
            return moments.index(at) < limit  # type: ignore[arg-type]
        return due

    for limit in range(11):
        asked.clear()
        found = last_due(moments, due_before(limit))  # type: ignore[arg-type]
        assert found == (moments[limit - 1] if limit else None)
        assert len(asked) <= 4
    assert last_due([], lambda _at: True) is None


@pytest.mark.postgres
def test_a_read_costs_its_statements_only(pg_url: str, basedir: Path) -> None:
    services = open_signed_in(basedir, pg_url, clock=fixed_clock)
    try:
        fill_directory(services.uow, FIXED_NOW)
        services.directory.departments()  # the pool has its connection
        with counting() as cost, services.uow.read() as session:
            session.scalar(select(func.count(Staff.id)))
            session.scalar(select(func.max(Staff.id)))
        assert (cost.total, cost.begins, cost.rollbacks, cost.pings) == (2, 0, 0, 0), str(cost)
        with counting() as cost, services.uow.write(SYSTEM) as session:
            session.scalar(select(func.count(Staff.id)))
        assert (cost.total, cost.begins, cost.commits) == (3, 1, 1), str(cost)
    finally:
        services.close()


@pytest.mark.postgres
def test_a_connection_idle_too_long_is_pinged_and_replaced(
        pg_server: PostgresServer, pg_url: str, basedir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A pooled connection that lay idle past ``IDLE_PING_S`` (a firewall's idle cut) is
    pinged at checkout, and a dead one replaced before the read sees it."""
    import psycopg

    services = open_signed_in(basedir, pg_url, clock=fixed_clock)
    try:
        fill_directory(services.uow, FIXED_NOW)
        with services.uow.read() as session:
            pid = session.scalar(select(func.pg_backend_pid()))
        with psycopg.connect(f"host=127.0.0.1 port={pg_server.port} user=postgres "
                             "dbname=postgres", autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s, 5000)", (pid,))
        monkeypatch.setattr(engine_module, "IDLE_PING_S", 0.0)  # idle long enough
        with services.uow.read() as session:
            assert session.scalar(select(func.pg_backend_pid())) != pid
        assert services.directory.search("")
    finally:
        services.close()


def test_a_read_may_not_write(any_services: Services) -> None:
    """Reads run in autocommit on PostgreSQL, where a flushed change would stay."""
    fill_directory(any_services.uow, FIXED_NOW)
    with pytest.raises(RuntimeError), any_services.uow.read() as session:
        member = session.scalars(select(Staff)).first()
        assert member is not None
        member.name = "바뀐 이름"
        session.flush()
    assert "바뀐 이름" not in [s.name for s in any_services.directory.search("")]


def test_an_idle_background_round_is_cheap(any_services: Services) -> None:
    fill_directory(any_services.uow, FIXED_NOW)
    any_services.scheduler.run_due()  # the lease taken, the day's chores done
    with counting() as cost:
        run = any_services.scheduler.run_due()
    assert run.held and run.escalated == []
    # PostgreSQL: the lease's check, the host alerts' write (BEGIN, read, COMMIT), the
    # setting and the waiting memos. SQLite adds its BEGIN and ROLLBACK per read.
    sqlite = any_services.engine.dialect.name == "sqlite"
    assert cost.total <= (10 if sqlite else 6), str(cost)


def test_the_reads_of_passing_time_cost_five_round_trips(any_services: Services) -> None:
    """What a heartbeat must read once the tabs apply change records to their rows (the
    host's pending preparations, the complaint counts, the overdue board): at most five
    round trips on PostgreSQL, five statements on SQLite (docs/architecture.md §19)."""
    build_demo(any_services)
    host = any_services.directory.search("")[0].id

    def time_reads() -> None:
        any_services.reception.pending_preparations(host)
        any_services.complaints.counts()
        assert any_services.overdue.board(actor=EVERYONE).count > 0

    time_reads()
    with counting() as cost:
        time_reads()
    if any_services.engine.dialect.name == "sqlite":
        assert sum(n for kind, n in cost.kinds().items() if kind != "BEGIN") <= 5, str(cost)
    else:
        assert cost.total <= 5, str(cost)


@pytest.fixture
def own_pg_server() -> Iterator[PostgresServer]:
    """A server of this test's own, since the test restarts it."""
    yield from started_postgres()


@pytest.mark.postgres
def test_after_a_restart_the_pool_connects_afresh(own_pg_server: PostgresServer,
                                                  basedir: Path) -> None:
    """No ping at checkout: a write that finds its connection dead runs once more on a
    fresh one (retry_conflicts); a read's first statement on it is a known error (the
    window's banner, the list retries), and the unit of work after it works."""
    services = open_signed_in(basedir, own_pg_server.create_database(), clock=fixed_clock)
    try:
        fill_directory(services.uow, FIXED_NOW)
        count = len(services.directory.search(""))

        @retry_conflicts
        def staff_in_a_write() -> int:
            with services.uow.write(SYSTEM) as session:
                return int(session.scalar(select(func.count(Staff.id))) or 0)

        own_pg_server.stop("fast")
        own_pg_server.launch()
        # A write finds its pooled connection dead and tries once more, afresh.
        assert staff_in_a_write() == count
        own_pg_server.stop("fast")
        own_pg_server.launch()
        outcomes: list[object] = []
        for _ in range(2):
            try:
                outcomes.append(len(services.directory.search("")))
            except DomainError as error:
                outcomes.append(type(error).__name__)
        assert outcomes[-1] == count
        assert outcomes[0] in (count, "StoreUnavailable")
    finally:
        services.close()
