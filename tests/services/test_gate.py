"""Behind the gate (services/gate.py): a person's reach narrows the memo and complaint
lists and refuses another's record; each look at personal data leaves one access
record (접속기록), the same look again within minutes none."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from arco_desk.domain.actor import Actor
from arco_desk.domain.clock import SEOUL
from arco_desk.domain.errors import PermissionDenied
from arco_desk.domain.memos import MemoFilter
from arco_desk.domain.roles import Role
from arco_desk.services.complaint_records import ComplaintFilter, ListScope
from arco_desk.services.container import Services
from arco_desk.services.demo_build import build_demo
from arco_desk.store.models import AccessRecord, Complaint, PhoneMemo, Staff
from tests.signed_in import EVERYONE


@pytest.fixture
def demo(services: Services) -> Services:
    build_demo(services)
    services.gate.sign_in(EVERYONE)
    return services


def _person(services: Services, role: Role) -> Actor:
    """A member of staff who has memos and complaints of their own, holding ``role``."""
    with services.uow.read() as session:
        staff_id = session.scalar(select(Complaint.assignee_id)
                                  .where(Complaint.assignee_id.is_not(None))
                                  .order_by(Complaint.id))
        assert staff_id is not None
        name = session.scalar(select(Staff.name).where(Staff.id == staff_id))
    return Actor(f"test:{role}", staff_id, str(name), frozenset({role}))


def _department(services: Services, staff_id: int | None) -> int:
    with services.uow.read() as session:
        return int(session.scalar(select(Staff.department_id).where(Staff.id == staff_id)) or 0)


def test_a_staff_member_sees_their_own_complaints_and_not_the_others(demo: Services) -> None:
    everything = list(demo.complaints.list_ids(ComplaintFilter(scope=ListScope.ALL)))
    person = _person(demo, Role.STAFF)
    demo.gate.sign_in(person)
    theirs = list(demo.complaints.list_ids(ComplaintFilter(scope=ListScope.ALL)))
    assert theirs and len(theirs) < len(everything)
    department = _department(demo, person.staff_id)
    rows = {c.id: c for c in _complaints(demo)}
    for complaint_id in theirs:
        row = rows[complaint_id]
        assert row.assignee_id == person.staff_id or (
            row.assignee_id is None and row.department_id == department)
    other = next(i for i in everything if i not in theirs)
    with pytest.raises(PermissionDenied) as refused:
        demo.complaints.get(other)
    assert refused.value.msg.key == "permission.out_of_reach"
    assert demo.complaints.get(theirs[0]).row.id == theirs[0]



def test_the_tab_s_counts_are_of_the_complaints_within_reach(demo: Services) -> None:
    assert demo.complaints.counts().overdue > 0  # the demo has overdue complaints
    demo.gate.sign_in(Actor("test:nobody", None, "무소속", frozenset({Role.STAFF})))
    counted = demo.complaints.counts()  # a person who owns nothing counts nothing
    assert (counted.overdue, counted.due_today) == (0, 0)


def test_a_lead_sees_the_whole_department(demo: Services) -> None:
    lead = _person(demo, Role.LEAD)
    staff = _person(demo, Role.STAFF)
    demo.gate.sign_in(staff)
    own = set(demo.complaints.list_ids(ComplaintFilter(scope=ListScope.ALL)))
    demo.gate.sign_in(lead)
    departments = set(demo.complaints.list_ids(ComplaintFilter(scope=ListScope.ALL)))
    assert own <= departments
    department = _department(demo, lead.staff_id)
    assert {c.department_id for c in _complaints(demo) if c.id in departments} == {department}


def test_a_staff_member_s_memo_list_holds_only_memos_for_them(demo: Services) -> None:
    everything = list(demo.memos.search_ids(MemoFilter(include_closed=True)))
    with demo.uow.read() as session:
        staff_id = session.scalar(select(PhoneMemo.target_staff_id).where(
            PhoneMemo.target_staff_id.is_not(None)).order_by(PhoneMemo.id))
    demo.gate.sign_in(Actor("test:staff", staff_id, "직원", frozenset({Role.STAFF})))
    theirs = list(demo.memos.search_ids(MemoFilter(include_closed=True)))
    assert theirs and len(theirs) < len(everything)
    other = next(i for i in everything if i not in theirs)
    with pytest.raises(PermissionDenied):
        demo.memos.get(other)
    # The desk sees every memo: a caller asks whether their message arrived.
    demo.gate.sign_in(Actor("test:desk", None, "안내", frozenset({Role.DESK})))
    assert list(demo.memos.search_ids(MemoFilter(include_closed=True))) == everything


def test_opening_a_memo_is_recorded_once_with_whose_data_it_was(demo: Services) -> None:
    memo_id = next(iter(demo.memos.search_ids(MemoFilter(include_closed=True))))
    detail = demo.memos.get(memo_id)
    demo.memos.get(memo_id)  # the same look again at once: one record
    records = _records(demo)
    assert [(r.account, r.action, r.entity, r.entity_id, r.subject) for r in records] == [
        (EVERYONE.account, "view", "memo", memo_id, detail.memo.caller_name)]
    assert records[0].pc


def test_a_search_by_name_is_recorded_and_an_empty_list_is_not(demo: Services) -> None:
    demo.memos.search_ids(MemoFilter())
    demo.complaints.list_ids(ComplaintFilter())
    assert _records(demo) == []
    demo.complaints.list_ids(ComplaintFilter(text="김민"))
    demo.memos.caller_history(phone="010-1234-5678")
    assert [(r.action, r.entity, r.subject) for r in _records(demo)] == [
        ("search", "complaint", "김민"), ("caller_history", "memo", "010-1234-5678")]


def test_a_refused_look_is_not_recorded(demo: Services) -> None:
    complaint_id = next(iter(demo.complaints.list_ids(ComplaintFilter(scope=ListScope.ALL))))
    demo.gate.sign_in(Actor("test:officer", None, "보호책임자",
                            frozenset({Role.PRIVACY_OFFICER})))
    with pytest.raises(PermissionDenied):
        demo.complaints.get(complaint_id)
    assert _records(demo) == []


def _complaints(services: Services) -> list[Complaint]:
    with services.uow.read() as session:
        return list(session.scalars(select(Complaint)))


def _records(services: Services) -> list[AccessRecord]:
    with services.uow.read() as session:
        return list(session.scalars(select(AccessRecord).order_by(AccessRecord.id)))


def test_a_step_on_a_complaint_out_of_reach_is_refused_and_changes_nothing(
        demo: Services) -> None:
    with demo.uow.read() as session:
        theirs, staff_id = session.execute(select(Complaint.id, Complaint.assignee_id).where(
            Complaint.status == "assigned").order_by(Complaint.id)).first() or (None, None)
        other = session.scalar(select(Complaint.id).where(
            Complaint.assignee_id.is_not(None), Complaint.assignee_id != staff_id))
    assert theirs is not None and other is not None
    person = Actor("test:staff", staff_id, "담당자", frozenset({Role.STAFF}))
    before = len(demo.complaints.get(other).events)
    demo.gate.sign_in(person)
    with pytest.raises(PermissionDenied) as refused:
        demo.complaints.start(other, actor=person)
    assert refused.value.msg.key == "permission.out_of_reach"
    demo.complaints.start(theirs, actor=person)
    demo.gate.sign_in(EVERYONE)
    assert demo.complaints.get(theirs).row.status.value == "in_progress"
    assert len(demo.complaints.get(other).events) == before


def test_opening_a_memo_and_a_visit_are_recorded(demo: Services) -> None:
    memo_id = next(iter(demo.memos.search_ids(MemoFilter(include_closed=True))))
    opened = demo.memos.open_memo(memo_id, actor=EVERYONE)
    day = demo.clock().astimezone(SEOUL).date()
    visit_key = demo.reception.timeline_ids(day)[0]
    visit = demo.reception.detail(visit_key)
    assert [(r.action, r.entity, r.subject) for r in _records(demo)] == [
        ("view", "memo", opened.memo.caller_name), ("view", "visit", visit.visitor_name)]


def test_rows_asked_for_by_id_hold_only_those_within_reach(demo: Services) -> None:
    everything = list(demo.memos.search_ids(MemoFilter(include_closed=True)))
    complaints = list(demo.complaints.list_ids(ComplaintFilter(scope=ListScope.ALL)))
    person = _person(demo, Role.STAFF)
    demo.gate.sign_in(person)
    own_memos = list(demo.memos.search_ids(MemoFilter(include_closed=True)))
    own_complaints = list(demo.complaints.list_ids(ComplaintFilter(scope=ListScope.ALL)))
    # Ids typed in by hand (or kept from before a reassignment) reveal nothing more.
    assert [r.id for r in demo.memos.rows(everything)] == [
        i for i in everything if i in own_memos]
    assert [r.id for r in demo.complaints.rows(complaints)] == [
        i for i in complaints if i in own_complaints]
    other = next(i for i in everything if i not in own_memos)
    with pytest.raises(PermissionDenied):
        demo.memos.get_row(other)
