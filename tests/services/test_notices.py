from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from arco_desk.domain.change_feed import ChangeKind, ChangeRecord
from arco_desk.domain.memos import MemoDraft
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.services.notices import NoticeQueue, NoticeService
from arco_desk.store.models import (
    Appointment,
    Complaint,
    MemoReason,
    PhoneMemo,
    PhoneMemoReason,
    Staff,
    Visit,
    Visitor,
)
from tests.actors import DESK
from tests.conftest import FIXED_NOW, PostgresServer, fixed_clock, started_postgres
from tests.signed_in import open_signed_in
from tests.words import korean_notice


def _record(kind: ChangeKind, entity_id: int) -> ChangeRecord:
    return ChangeRecord(1, kind.value, entity_id, None, None, FIXED_NOW)


def test_each_notified_kind_loads_its_row(demo_services: Services) -> None:
    uow = demo_services.uow
    with uow.write() as session:
        host = session.scalars(select(Staff).limit(1)).one()
        memo = PhoneMemo(caller_name="홍길동", caller_org="문화재단", called_at=FIXED_NOW,
                         message="공모 일정 문의", target_staff_id=host.id,
                         callback_due_at=FIXED_NOW + timedelta(days=1))
        visitor = Visitor(name="김영희", organisation="극단 해오름")
        session.add_all([memo, visitor])
        session.flush()
        urgent = session.scalars(select(MemoReason).where(MemoReason.code == "urgent")).one()
        session.add(PhoneMemoReason(memo_id=memo.id, reason_id=urgent.id))
        appointment = Appointment(visitor_id=visitor.id, host_id=host.id, companions=1,
                                  starts_at=FIXED_NOW + timedelta(minutes=5), place="3층")
        session.add(appointment)
        session.flush()
        visit = Visit(visitor_id=visitor.id, appointment_id=appointment.id, host_id=host.id,
                      purpose="상담", arrived_at=FIXED_NOW)
        complaint = Complaint(channel="phone", kind_code="general", citizen_name="이철수",
                              title="환불 문의", received_at=FIXED_NOW, period="7d",
                              due_at=FIXED_NOW + timedelta(days=9))
        session.add_all([visit, complaint])
        session.flush()
        ids = memo.id, appointment.id, visit.id, complaint.id
    notices = NoticeService(uow)
    memo_notice = notices.notice_for(_record(ChangeKind.MEMO_FORWARDED, ids[0]))
    assert memo_notice is not None
    title, text = korean_notice(memo_notice)
    assert title == "전화 메모: 홍길동(문화재단)" and text.startswith("긴급\n공모 일정 문의")
    prep = notices.notice_for(_record(ChangeKind.PREPARATION_ALERT, ids[1]))
    assert prep is not None and korean_notice(prep)[0] == "곧 방문 예정: 김영희(극단 해오름)"
    arrival = notices.notice_for(_record(ChangeKind.VISITOR_ARRIVED, ids[2]))
    assert arrival is not None
    assert korean_notice(arrival)[0] == "방문객 도착: 김영희(극단 해오름) 외 1명"
    complaint_notice = notices.notice_for(_record(ChangeKind.COMPLAINT_ASSIGNED, ids[3]))
    assert complaint_notice is not None
    assert korean_notice(complaint_notice)[0] == "민원 배정: 환불 문의"


def test_receipts_and_vanished_rows_give_no_notice(services: Services) -> None:
    notices = NoticeService(services.uow)
    assert notices.notice_for(_record(ChangeKind.MEMO_READ, 1)) is None
    assert notices.notice_for(_record(ChangeKind.MEMO_FORWARDED, 404)) is None
    assert notices.notice_for(_record(ChangeKind.VISITOR_ARRIVED, 404)) is None
    unknown = ChangeRecord(1, "from_a_newer_version", 1, None, None, FIXED_NOW)
    assert notices.notice_for(unknown) is None


@pytest.fixture
def own_pg_server() -> Iterator[PostgresServer]:
    """A server of this test's own, since the test stops and restarts it."""
    yield from started_postgres()


@pytest.mark.postgres
def test_a_notice_announced_just_before_an_outage_is_owed_not_lost(
    own_pg_server: PostgresServer, basedir: Path
) -> None:
    server = own_pg_server
    services = open_signed_in(basedir, server.create_database(), clock=fixed_clock)
    try:
        fill_directory(services.uow, FIXED_NOW)
        staff_id = services.directory.search("")[0].id
        memos = [services.memos.record(MemoDraft(
            caller_name=name, caller_phone="010-1234-5678", called_at=FIXED_NOW,
            message="공모 일정 문의", target_staff_id=staff_id), actor=DESK)
            for name in ("홍길동", "김영희")]
        records = [_record(ChangeKind.MEMO_FORWARDED, m.id) for m in memos]
        owed = NoticeQueue(services.notices)
        server.stop("fast")  # the announcement came; the rows can't be read now
        assert owed.take(records) == []
        assert owed.owed == 2
        server.launch()
        notices = owed.take()
        assert [n.entity_id for n in notices] == [m.id for m in memos]  # in feed order
        assert owed.owed == 0
    finally:
        services.close()
