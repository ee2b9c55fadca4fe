"""One system across PCs: the desk (this test process) and a staff PC (another process,
``staff_agent``) on one database — a real PostgreSQL server, or one SQLite file.

The desk records memos through ``MemoService.record`` and hears the feed with its own
``ChangeWatcher``; the staff process hears it with its watcher, loads each memo it is
sent, and marks one read through ``MemoService.open_memo`` when told to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.exceptions import TimeoutError as WaitTimeout

from arco_desk.domain.change_feed import ChangeKind, ChangeRecord
from arco_desk.domain.clock import now
from arco_desk.domain.memos import MemoDraft, MemoRow, MemoStatus
from arco_desk.services.container import DATABASE_FILE, Services
from arco_desk.services.demo import fill_directory
from arco_desk.store.engine import sqlite_url
from arco_desk.store.errors import StoreUnavailable
from arco_desk.ui.common.change_watcher import ChangeWatcher
from tests.actors import DESK
from tests.conftest import PostgresServer, started_postgres
from tests.integration.staff_agent import StaffAgent
from tests.signed_in import open_signed_in

AGENT_START_MS = 30_000  # a fresh interpreter importing Qt and SQLAlchemy on a busy machine
DELIVERY_MS = 2_000


class Desk:
    """The operator's PC: the services, and what its own watcher heard."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.watcher = ChangeWatcher(services.change_feed)
        self.heard: list[ChangeRecord] = []
        self.watcher.changes.connect(self.heard.extend)
        staff = services.directory.search("")
        self.staff_id, self.other_id = staff[1].id, staff[2].id

    def record(self, target: int, message: str) -> MemoRow:
        return self.services.memos.record(MemoDraft(
            caller_name="김영희", caller_org="한빛출판사", caller_phone="010-1234-5678",
            called_at=now() - timedelta(minutes=1), message=message, target_staff_id=target),
                                          actor=DESK)

    def heard_ids(self, kind: ChangeKind) -> list[int]:
        return [r.entity_id for r in self.heard if r.kind == kind.value]


@pytest.fixture
def open_desk() -> Iterator[Callable[[Path, str | None], Desk]]:
    made: list[Desk] = []

    def make(basedir: Path, url: str | None) -> Desk:
        services = open_signed_in(basedir, url)  # the system clock, like the staff process
        fill_directory(services.uow, now())
        desk = Desk(services)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.watcher.stop()
        desk.services.close()


@pytest.fixture
def start_agent(qtbot) -> Iterator[Callable[[str, int], StaffAgent]]:  # type: ignore[no-untyped-def]
    made: list[StaffAgent] = []

    def start(url: str, staff_id: int) -> StaffAgent:
        agent = StaffAgent(url, staff_id)
        made.append(agent)
        _wait(qtbot, lambda: agent.ready or agent.process.poll() is not None, AGENT_START_MS,
              agent)
        assert agent.ready, agent.describe()
        return agent

    yield start
    for agent in made:
        code = agent.close()
        assert code == 0, agent.describe()


@pytest.fixture
def own_pg_server() -> Iterator[PostgresServer]:
    """A server of this test's own, since the test stops and restarts it."""
    yield from started_postgres()


def _wait(qtbot, condition: Callable[[], bool], timeout: int, agent: StaffAgent) -> None:  # type: ignore[no-untyped-def]
    """``qtbot.waitUntil`` that shows what the staff process said when it times out."""
    try:
        qtbot.waitUntil(condition, timeout=timeout)
    except WaitTimeout as error:
        raise AssertionError(f"{error}\n{agent.describe()}") from None


def test_forward_reaches_the_staff_process_and_the_receipt_reaches_the_desk(
    qtbot, pg_url: str, basedir: Path, open_desk, start_agent  # type: ignore[no-untyped-def]
) -> None:
    desk = open_desk(basedir, pg_url)
    assert not desk.watcher.feed.uses_sqlite
    agent = start_agent(pg_url, desk.staff_id)

    theirs = desk.record(desk.other_id, "다른 직원에게 온 전화")
    mine = desk.record(desk.staff_id, "문학창작 지원 서류 보완 문의")
    # In feed order: the colleague's memo came first and was passed over.
    _wait(qtbot, lambda: agent.memo_ids() == [mine.id], DELIVERY_MS, agent)
    [got] = agent.got()
    assert got["title"] == "전화 메모: 김영희(한빛출판사)"  # the row was loaded, not just the id
    assert got["text"].startswith("문학창작 지원 서류 보완 문의")
    assert desk.services.memos.get_row(mine.id).status is MemoStatus.NEW

    agent.send(f"read {mine.id}")
    _wait(qtbot, lambda: bool(agent.said("read")), 10_000, agent)  # committed by now
    assert agent.said("read") == [{"read": mine.id, "status": "read"}]
    _wait(qtbot, lambda: mine.id in desk.heard_ids(ChangeKind.MEMO_READ), DELIVERY_MS, agent)
    receipt = desk.services.memos.get_row(mine.id)
    assert receipt.status is MemoStatus.READ and receipt.read_at is not None
    assert desk.heard_ids(ChangeKind.MEMO_READ) == [mine.id]
    assert desk.heard_ids(ChangeKind.MEMO_FORWARDED) == [theirs.id, mine.id]
    assert agent.memo_ids() == [mine.id]


def test_server_restart_both_reconnect_and_no_memo_is_missed(
    qtbot, own_pg_server: PostgresServer, basedir: Path, open_desk, start_agent  # type: ignore[no-untyped-def]
) -> None:
    url = own_pg_server.create_database()
    desk = open_desk(basedir, url)
    agent = start_agent(url, desk.staff_id)
    first = desk.record(desk.staff_id, "재시작 전, 도착 확인")
    _wait(qtbot, lambda: agent.memo_ids() == [first.id], DELIVERY_MS, agent)

    # Committed just before the server goes: its NOTIFY may or may not get out.
    before_stop = desk.record(desk.staff_id, "서버가 멈추기 직전")
    own_pg_server.stop("fast")
    _wait(qtbot, lambda: desk.watcher.lost and bool(agent.said("lost")), 15_000, agent)

    # While it is down the desk refuses to save, with a message, and so does the staff PC.
    with pytest.raises(StoreUnavailable) as refused:
        desk.record(desk.staff_id, "서버가 없는 동안")
    assert refused.value.msg.key.startswith("store.")
    agent.send(f"read {first.id}")
    _wait(qtbot, lambda: bool(agent.said("error")), 10_000, agent)
    assert agent.said("error")[0]["error"]

    # The staff PC sleeps through the server's return: it cannot reconnect before the
    # next memo is committed. And no Qt event runs here between the launch and that
    # memo, so the desk's watcher is still in its backoff too. Neither LISTENs when
    # its NOTIFY goes out: only the catch-up from the last id can find it.
    agent.pause()  # (a no-op on Windows, where the race is left to chance)
    try:
        own_pg_server.launch()
        assert desk.watcher.lost
        after_start = desk.record(desk.staff_id, "서버가 돌아온 직후")
    finally:
        agent.resume()
    _wait(qtbot, lambda: not desk.watcher.lost and bool(agent.said("restored")), 20_000, agent)
    # Found by the reconnection itself, before any later NOTIFY could prompt a read.
    expected = [first.id, before_stop.id, after_start.id]
    _wait(qtbot, lambda: agent.memo_ids() == expected, DELIVERY_MS, agent)
    _wait(qtbot, lambda: desk.heard_ids(ChangeKind.MEMO_FORWARDED) == expected, DELIVERY_MS,
          agent)

    settled = desk.record(desk.staff_id, "다시 연결된 뒤")  # and live NOTIFY works again
    expected.append(settled.id)
    _wait(qtbot, lambda: agent.memo_ids() == expected, DELIVERY_MS, agent)
    _wait(qtbot, lambda: desk.heard_ids(ChangeKind.MEMO_FORWARDED) == expected, DELIVERY_MS,
          agent)
    assert all(m["title"] for m in agent.got())  # each row loaded after the restart too

    # Read receipts flow again after the restart.
    agent.send(f"read {after_start.id}")
    _wait(qtbot, lambda: {"read": after_start.id, "status": "read"} in agent.said("read"),
          10_000, agent)
    _wait(qtbot, lambda: after_start.id in desk.heard_ids(ChangeKind.MEMO_READ), DELIVERY_MS,
          agent)
    assert desk.services.memos.get_row(after_start.id).status is MemoStatus.READ
    # Exactly once each: no duplicate from a NOTIFY and a catch-up finding the same event.
    assert agent.memo_ids() == expected
    assert desk.heard_ids(ChangeKind.MEMO_FORWARDED) == expected
    assert len(agent.said("lost")) == len(agent.said("restored")) == 1


def test_sqlite_two_processes_on_one_file_within_two_seconds(
    qtbot, basedir: Path, open_desk, start_agent  # type: ignore[no-untyped-def]
) -> None:
    desk = open_desk(basedir, None)
    assert desk.watcher.feed.uses_sqlite
    agent = start_agent(sqlite_url(basedir / DATABASE_FILE), desk.staff_id)

    desk.record(desk.other_id, "다른 직원에게 온 전화")
    mine = desk.record(desk.staff_id, "대관 일정 변경 요청")
    _wait(qtbot, lambda: agent.memo_ids() == [mine.id], DELIVERY_MS, agent)
    assert agent.got()[0]["text"].startswith("대관 일정 변경 요청")

    # The other way round: the staff process writes, the desk hears it.
    agent.send(f"read {mine.id}")
    _wait(qtbot, lambda: bool(agent.said("read")), 10_000, agent)  # committed by now
    _wait(qtbot, lambda: mine.id in desk.heard_ids(ChangeKind.MEMO_READ), DELIVERY_MS, agent)
    assert desk.services.memos.get_row(mine.id).status is MemoStatus.READ
