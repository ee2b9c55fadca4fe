"""Two PCs, one complaint (docs/architecture.md §9), on SQLite and on PostgreSQL: the same
memo or visit request registered on two PCs at once, two reassignments of one complaint,
two answers, an answer against a delay notice. Many trials each: exactly one winner, the
loser told clearly why, the rows counted in the database, never a raw error."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.complaint_steps import StepConflict
from arco_desk.domain.complaints import ComplaintStatus, EventKind
from arco_desk.domain.edits import Opened
from arco_desk.domain.errors import EditConflict
from arco_desk.domain.memos import MemoStatus
from arco_desk.services.complaint_records import ComplaintDetail
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.store.models import (
    Complaint,
    ComplaintEvent,
    PhoneMemo,
    Staff,
    Visit,
    Visitor,
)
from tests.actors import DESK, acting
from tests.conftest import FIXED_NOW
from tests.races.conftest import TwoPcs, one_winner, race

TRIALS = 20


@pytest.fixture
def pcs(two_pcs: TwoPcs) -> TwoPcs:
    fill_directory(two_pcs.a.uow, FIXED_NOW)
    return two_pcs


def staff_ids(services: Services) -> list[int]:
    with services.uow.read() as session:
        return list(session.scalars(select(Staff.id).where(Staff.active).order_by(Staff.id)))


def new_memo(services: Services, n: int) -> int:
    with services.uow.write(DESK) as session:
        memo = PhoneMemo(caller_name="박민원", caller_phone="010-2222-3333",
                         called_at=FIXED_NOW, message=f"대관 결과를 못 받았습니다 {n}",
                         target_staff_id=staff_ids(services)[1])
        session.add(memo)
        session.flush()
        return memo.id


def new_visit(services: Services, n: int) -> int:
    with services.uow.write(DESK) as session:
        visitor = Visitor(name=f"최방문{n}", phone="02-760-4500")
        session.add(visitor)
        session.flush()
        visit = Visit(visitor_id=visitor.id, host_id=staff_ids(services)[2],
                      purpose="지원사업 상담", requests=f"심사 결과 이의 {n}",
                      arrived_at=FIXED_NOW)
        session.add(visit)
        session.flush()
        return visit.id


def complaints_from(services: Services, **source: int) -> int:
    column = {"memo": Complaint.source_memo_id, "visit": Complaint.source_visit_id}
    [(kind, source_id)] = source.items()
    with services.uow.read() as session:
        return int(session.scalar(select(func.count(Complaint.id))
                                  .where(column[kind] == source_id)) or 0)


def event_count(services: Services, complaint_id: int, kind: EventKind) -> int:
    with services.uow.read() as session:
        return int(session.scalar(select(func.count(ComplaintEvent.id)).where(
            ComplaintEvent.complaint_id == complaint_id,
            ComplaintEvent.kind == kind.value)) or 0)


def letter(n: int) -> ComplaintDraft:
    return ComplaintDraft(channel="letter", kind_code="petition", citizen_name="홍길동",
                          citizen_phone="010-1234-5678", citizen_address="서울 종로구 대학로 57",
                          title=f"공연장 소음 민원 {n}",
                          content="저녁 공연 때 주변 소음이 심합니다.")


def in_progress(services: Services, n: int) -> int:
    complaint_id = services.complaints.register(letter(n), actor=DESK)
    services.complaints.assign(complaint_id, staff_ids(services)[3], actor=DESK)
    services.complaints.start(complaint_id, actor=DESK)
    return complaint_id


# --- registering the same source on two PCs ----------------------------------------------------


def register_memo_on_both(pcs: TwoPcs, n: int) -> None:
    memo_id = new_memo(pcs.a, n)
    drafts = [replace(pc.complaints.draft_from_memo(memo_id), kind_code="inquiry")
              for pc in (pcs.a, pcs.b)]
    won, lost = one_winner(race(
        lambda: pcs.a.complaints.register(drafts[0], actor=DESK),
        lambda: pcs.b.complaints.register(drafts[1], actor=DESK)))
    assert lost.refusal is not None
    assert lost.refusal.msg.key == "complaint.memo_already_registered"
    assert lost.refusal.msg.params["complaint_id"] == won.value
    assert complaints_from(pcs.a, memo=memo_id) == 1
    with pcs.b.uow.read() as session:
        memo = session.get(PhoneMemo, memo_id)
        assert memo is not None
        assert memo.status == MemoStatus.DONE.value
        assert str(won.value) in memo.outcome


def test_a_memo_registered_on_two_pcs_at_once_makes_one_complaint(pcs: TwoPcs) -> None:
    for n in range(TRIALS):
        register_memo_on_both(pcs, n)


def register_visit_on_both(pcs: TwoPcs, n: int) -> None:
    visit_id = new_visit(pcs.a, n)
    drafts = [replace(pc.complaints.draft_from_visit(visit_id), kind_code="petition")
              for pc in (pcs.a, pcs.b)]
    won, lost = one_winner(race(
        lambda: pcs.a.complaints.register(drafts[0], actor=DESK),
        lambda: pcs.b.complaints.register(drafts[1], actor=DESK)))
    assert lost.refusal is not None
    assert lost.refusal.msg.key == "complaint.visit_already_registered"
    assert lost.refusal.msg.params["complaint_id"] == won.value
    assert complaints_from(pcs.a, visit=visit_id) == 1


def test_a_visit_request_registered_on_two_pcs_at_once_makes_one_complaint(
    pcs: TwoPcs,
) -> None:
    for n in range(TRIALS):
        register_visit_on_both(pcs, n)


def submit_one_key_on_both(pcs: TwoPcs, n: int) -> None:
    key = f"{n:032x}"
    before = pcs.a.complaints.list_ids()
    first, second = race(
        lambda: pcs.a.complaints.register(letter(n), actor=DESK, key=key),
        lambda: pcs.b.complaints.register(letter(n), actor=DESK, key=key))
    assert first.won and second.won, (first.refusal, second.refusal)
    assert first.value == second.value
    assert len(pcs.a.complaints.list_ids()) == len(before) + 1


def test_one_submission_key_saved_on_two_pcs_at_once_stores_one_complaint(
    pcs: TwoPcs,
) -> None:
    """The same form submitted twice at once (a double click, a save repeated after a lost
    connection): both answers name the one complaint stored."""
    for n in range(TRIALS):
        submit_one_key_on_both(pcs, n)


# --- reassigning ---------------------------------------------------------------------------------


def opened(detail: ComplaintDetail) -> Opened:
    """What the assign dialog remembers of the complaint it shows."""
    return Opened(detail.version, {"assignee_id": detail.row.assignee_id,
                                   "department_id": detail.row.department_id})


def reassign_on_both(pcs: TwoPcs, n: int) -> None:
    people = staff_ids(pcs.a)
    complaint_id = pcs.a.complaints.register(letter(n), actor=DESK)
    pcs.a.complaints.assign(complaint_id, people[3], actor=DESK)
    seen_a = opened(pcs.a.complaints.get(complaint_id))
    seen_b = opened(pcs.b.complaints.get(complaint_id))
    by_a, by_b = acting(pcs.a, people[0]), acting(pcs.b, people[1])
    outcomes = race(
        lambda: pcs.a.complaints.reassign(complaint_id, people[4], None, "업무 조정",
                                          actor=by_a, opened=seen_a),
        lambda: pcs.b.complaints.reassign(complaint_id, people[5], None, "담당 변경",
                                          actor=by_b, opened=seen_b))
    _, lost = one_winner(outcomes)
    assert isinstance(lost.refusal, EditConflict)
    assert lost.refusal.msg.key == "complaint.assigned_meanwhile"
    a_won = outcomes[0].won
    now = pcs.b.complaints.get(complaint_id)
    assert now.row.assignee_id == people[4 if a_won else 5]
    assert lost.refusal.msg.params["who"] == (by_a if a_won else by_b).name
    assert now.row.assignee_name in str(lost.refusal.msg.params["to"])
    assert lost.refusal.current["assignee_id"] == now.row.assignee_id
    assert event_count(pcs.a, complaint_id, EventKind.REASSIGNED) == 1


def test_two_reassignments_of_one_complaint_at_once_one_wins(pcs: TwoPcs) -> None:
    for n in range(TRIALS):
        reassign_on_both(pcs, n)


def assign_on_both(pcs: TwoPcs, n: int) -> None:
    people = staff_ids(pcs.a)
    complaint_id = pcs.a.complaints.register(letter(n), actor=DESK)
    seen = opened(pcs.a.complaints.get(complaint_id))
    _, lost = one_winner(race(
        lambda: pcs.a.complaints.assign(complaint_id, people[4], actor=DESK, opened=seen),
        lambda: pcs.b.complaints.assign(complaint_id, people[5], actor=DESK, opened=seen)))
    assert lost.refusal is not None
    assert lost.refusal.msg.key == "complaint.assigned_meanwhile"
    assert event_count(pcs.a, complaint_id, EventKind.ASSIGNED) == 1


def test_two_first_assignments_at_once_one_wins(pcs: TwoPcs) -> None:
    for n in range(TRIALS):
        assign_on_both(pcs, n)


def test_a_reassignment_from_a_stale_view_is_refused_and_says_who_and_to_whom(
    pcs: TwoPcs,
) -> None:
    people = staff_ids(pcs.a)
    complaint_id = pcs.a.complaints.register(letter(0), actor=DESK)
    pcs.a.complaints.assign(complaint_id, people[3], actor=DESK)
    stale = opened(pcs.b.complaints.get(complaint_id))  # B opens the dialog…
    mover = acting(pcs.a, people[0])
    pcs.a.complaints.reassign(complaint_id, people[4], None, "업무 조정", actor=mover,
                              opened=opened(pcs.a.complaints.get(complaint_id)))
    with pytest.raises(EditConflict) as refused:  # …and saves after A's reassignment
        pcs.b.complaints.reassign(complaint_id, people[5], None, "담당 변경", actor=DESK,
                                  opened=stale)
    assert refused.value.msg.key == "complaint.assigned_meanwhile"
    assert refused.value.msg.params["who"] == mover.name
    now = pcs.b.complaints.get(complaint_id)
    assert now.row.assignee_id == people[4]
    assert now.row.assignee_name in str(refused.value.msg.params["to"])
    # Another step since (work started) leaves the assignment B saw: B's reassignment lands.
    pcs.a.complaints.start(complaint_id, actor=DESK)
    seen_now = Opened(refused.value.version, refused.value.current)
    pcs.b.complaints.reassign(complaint_id, people[5], None, "담당 변경", actor=DESK,
                              opened=seen_now)
    assert pcs.a.complaints.get(complaint_id).row.assignee_id == people[5]


# --- steps ---------------------------------------------------------------------------------------


def answer(pc: Services, complaint_id: int, seen: int | None) -> Callable[[], None]:
    responder = staff_ids(pc)[3]
    return lambda: pc.complaints.answer(complaint_id, "답변드립니다.", "letter", None, responder,
                                        actor=DESK, seen=seen)


def answer_on_both(pcs: TwoPcs, n: int, *, with_view: bool) -> None:
    complaint_id = in_progress(pcs.a, n)
    seen = pcs.b.complaints.get(complaint_id).version if with_view else None
    _, lost = one_winner(race(answer(pcs.a, complaint_id, seen),
                              answer(pcs.b, complaint_id, seen)))
    assert lost.refusal is not None
    if with_view:
        assert isinstance(lost.refusal, StepConflict)
        assert lost.refusal.msg.key == "complaint.changed_meanwhile"
        assert lost.refusal.msg.params["step"] is EventKind.ANSWERED
    else:
        assert lost.refusal.msg.key == "complaint.step_not_now"
    assert event_count(pcs.a, complaint_id, EventKind.ANSWERED) == 1
    assert pcs.b.complaints.get(complaint_id).row.status is ComplaintStatus.ANSWERED


def test_two_answers_at_once_one_is_recorded(pcs: TwoPcs) -> None:
    for n in range(TRIALS):
        answer_on_both(pcs, n, with_view=True)


def test_two_answers_without_a_view_still_one_is_recorded(pcs: TwoPcs) -> None:
    """The status is checked on the locked row: even callers that saw no version can't both
    answer."""
    for n in range(TRIALS // 2):
        answer_on_both(pcs, n, with_view=False)


def answer_and_delay_notice(pcs: TwoPcs, n: int) -> None:
    complaint_id = in_progress(pcs.a, n)
    seen = pcs.b.complaints.get(complaint_id).version
    limit = pcs.b.complaints.delay_notice_terms(complaint_id).limit
    _, lost = one_winner(race(
        answer(pcs.a, complaint_id, seen),
        lambda: pcs.b.complaints.delay_notice(complaint_id, "외부 자문 필요", limit, "phone",
                                              actor=DESK, seen=seen)))
    assert isinstance(lost.refusal, StepConflict)
    assert lost.refusal.msg.key == "complaint.changed_meanwhile"
    answers = event_count(pcs.a, complaint_id, EventKind.ANSWERED)
    notices = event_count(pcs.a, complaint_id, EventKind.DELAY_NOTICE)
    assert answers + notices == 1
    assert lost.refusal.msg.params["step"] is (
        EventKind.ANSWERED if answers else EventKind.DELAY_NOTICE)
    stored = pcs.a.complaints.get(complaint_id)
    assert (stored.row.promised_at is not None) == bool(notices)
    assert stored.row.status is (ComplaintStatus.ANSWERED if answers
                                 else ComplaintStatus.IN_PROGRESS)


def test_an_answer_and_a_delay_notice_at_once_only_one_lands(pcs: TwoPcs) -> None:
    for n in range(TRIALS):
        answer_and_delay_notice(pcs, n)
