"""Masking by role (issue 15): the memo and complaint lists show a caller's or citizen's
name, number and e-mail in full only on the records the person looking handles (their
own; their department's as a team lead); the others show 홍*동 / 010-****-5678.
Opening the record shows it in full, and is recorded. On SQLite and PostgreSQL."""

from __future__ import annotations

import inspect
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from arco_desk.domain.actor import Actor
from arco_desk.domain.memos import MemoDraft, MemoFilter, MemoRow, Route
from arco_desk.domain.phone import mask_name, mask_phone
from arco_desk.domain.roles import Role
from arco_desk.services.complaint_records import ComplaintFilter, ComplaintRow, ListScope
from arco_desk.services.complaints import ComplaintService
from arco_desk.services.container import Services
from arco_desk.services.demo_build import build_demo
from arco_desk.services.gate import MASKED
from arco_desk.services.list_exports import ListExportService
from arco_desk.services.memos import MemoService
from arco_desk.services.permissions import USE_CASES
from arco_desk.store.models import AccessRecord, Complaint, PhoneMemo, Staff
from tests.conftest import FIXED_NOW
from tests.signed_in import EVERYONE


@pytest.fixture
def demo(any_services: Services) -> Services:
    build_demo(any_services)
    any_services.gate.sign_in(EVERYONE)
    return any_services


def _person(services: Services, staff_id: int | None, *roles: Role) -> Actor:
    with services.uow.read() as session:
        name = session.scalar(select(Staff.name).where(Staff.id == staff_id))
    return Actor(f"test:{'+'.join(roles)}:{staff_id}", staff_id, str(name or "누군가"),
                 frozenset(roles))


def _assignee(services: Services) -> int:
    """A member of staff with complaints of their own (and memos: the demo spreads both)."""
    with services.uow.read() as session:
        staff_id = session.scalar(select(Complaint.assignee_id)
                                  .where(Complaint.assignee_id.is_not(None))
                                  .order_by(Complaint.id))
    assert staff_id is not None
    return int(staff_id)


def _memo_recipient(services: Services) -> int:
    with services.uow.read() as session:
        staff_id = session.scalar(select(PhoneMemo.target_staff_id)
                                  .where(PhoneMemo.target_staff_id.is_not(None))
                                  .order_by(PhoneMemo.id))
    assert staff_id is not None
    return int(staff_id)


def _full_memos(services: Services, ids: list[int]) -> dict[int, MemoRow]:
    """The rows as the services themselves read them (not behind the gate): unmasked."""
    unguarded = MemoService(services.uow, services.calendar, services.clock)
    return {r.id: r for r in unguarded.rows(ids)}


def _full_complaints(services: Services, ids: list[int]) -> dict[int, ComplaintRow]:
    unguarded = ComplaintService(services.uow, services.calendar,
                                 services.complaints.attachments_dir, services.clock)
    return {r.id: r for r in unguarded.rows(ids)}


def _all_memos(services: Services) -> list[int]:
    return list(services.memos.search_ids(MemoFilter(include_closed=True)))


def _all_complaints(services: Services) -> list[int]:
    return list(services.complaints.list_ids(ComplaintFilter(scope=ListScope.ALL)))


def _assert_memo_masked(row: MemoRow, full: MemoRow) -> None:
    assert row.masked
    assert row.caller_name == mask_name(full.caller_name) != full.caller_name
    assert row.caller_phone == mask_phone(full.caller_phone) != full.caller_phone
    if full.caller_email:
        local, _, host = full.caller_email.partition("@")
        assert row.caller_email == f"{mask_name(local)}@{host}"
    # Everything else is the memo as it is: the list still says what it is about.
    assert (row.id, row.status, row.caller_org, row.message, row.target_name) == (
        full.id, full.status, full.caller_org, full.message, full.target_name)


def _assert_complaint_masked(row: ComplaintRow, full: ComplaintRow) -> None:
    assert row.masked
    assert row.citizen_name == mask_name(full.citizen_name) != full.citizen_name
    assert (row.id, row.title, row.status, row.version) == (
        full.id, full.title, full.status, full.version)


def test_the_agency_s_own_work_sees_every_row_in_full_and_people_do_not(
        demo: Services) -> None:
    memo_ids, complaint_ids = _all_memos(demo), _all_complaints(demo)
    # The services among themselves and the agency's own work behind the gate (the demo,
    # the smoke test: the system account) are nobody's screen: nothing is masked.
    memos = list(_full_memos(demo, memo_ids).values())
    assert memos and not any(r.masked for r in memos)
    assert "*" not in "".join(r.caller_name + r.caller_phone for r in memos)
    rows = demo.memos.rows(memo_ids)
    assert [r.id for r in rows] == memo_ids and not any(r.masked for r in rows)
    assert not any(r.masked for r in demo.complaints.rows(complaint_ids))
    # No role handles memos or complaints at the agency's reach: a person holding every
    # role handles those of their own department, and without a staff profile none.
    demo.gate.sign_in(Actor("test:every-role", None, "모든 역할", frozenset(Role)))
    rows = demo.memos.rows(memo_ids)
    assert all(r.masked for r in rows)
    assert demo.memos.get(memo_ids[0]).memo == _full_memos(demo, memo_ids)[memo_ids[0]]
    person = _person(demo, _memo_recipient(demo), *Role)
    demo.gate.sign_in(person)
    rows = demo.memos.rows(memo_ids)
    assert any(r.masked for r in rows) and not all(r.masked for r in rows)


def test_a_staff_member_sees_their_own_in_full_and_no_other(demo: Services) -> None:
    memo_ids, complaint_ids = _all_memos(demo), _all_complaints(demo)
    full_memos = _full_memos(demo, memo_ids)
    full_complaints = _full_complaints(demo, complaint_ids)
    person = _person(demo, _memo_recipient(demo), Role.STAFF)
    demo.gate.sign_in(person)
    own_memos = set(demo.memos.search_ids(MemoFilter(include_closed=True)))
    # A member of staff views what they handle: every row they may see is in full, and
    # the others are not theirs to see at all (services/gate.py: rows are narrowed).
    memos = demo.memos.rows(memo_ids)
    assert own_memos and [r.id for r in memos] == [i for i in memo_ids if i in own_memos]
    assert all(row == full_memos[row.id] for row in memos)

    person = _person(demo, _assignee(demo), Role.STAFF)
    demo.gate.sign_in(person)
    own_complaints = set(demo.complaints.list_ids(ComplaintFilter(scope=ListScope.ALL)))
    complaints = demo.complaints.rows(complaint_ids)
    assert own_complaints and {r.id for r in complaints} == own_complaints
    assert all(row == full_complaints[row.id] for row in complaints)


def test_a_lead_sees_the_department_s_in_full(demo: Services) -> None:
    complaint_ids, memo_ids = _all_complaints(demo), _all_memos(demo)
    full = _full_complaints(demo, complaint_ids)
    lead = _person(demo, _assignee(demo), Role.LEAD)
    with demo.uow.read() as session:
        department = session.scalar(select(Staff.department_id)
                                     .where(Staff.id == lead.staff_id))
    demo.gate.sign_in(lead)
    rows = demo.complaints.rows(complaint_ids)
    assert rows and all(row == full[row.id] for row in rows)
    assert {r.department_id for r in rows} == {department}
    memos = demo.memos.rows(memo_ids)
    assert memos and not any(r.masked for r in memos)
    assert {r.id for r in memos} == set(demo.memos.search_ids(MemoFilter(include_closed=True)))


def test_the_desk_sees_the_memos_it_took_in_full_and_the_others_masked(
        demo: Services) -> None:
    with demo.uow.read() as session:
        operator_id = session.scalar(select(PhoneMemo.taken_by_id).order_by(PhoneMemo.id))
        desk_department = session.scalar(select(Staff.department_id)
                                          .where(Staff.id == operator_id))
        colleague_id = session.scalar(select(Staff.id).where(
            Staff.department_id == desk_department, Staff.id != operator_id)
            .order_by(Staff.id))
        recipient = session.scalar(select(Staff.id).where(
            Staff.department_id != desk_department, Staff.active).order_by(Staff.id))
    taken_here = _all_memos(demo)
    assert recipient is not None
    operator = _person(demo, operator_id, Role.DESK)
    colleague = _person(demo, colleague_id, Role.DESK)
    # The colleague at the other desk takes a call for somebody else.
    demo.gate.sign_in(colleague)
    other_desk = demo.memos.record(MemoDraft(
        caller_name="홍길동", caller_phone="010-1234-5678", caller_email="gildong@example.com",
        called_at=FIXED_NOW - timedelta(minutes=3), message="공모 일정 문의",
        target_staff_id=recipient, route=Route.TARGET), actor=colleague)
    assert not demo.memos.rows([other_desk.id])[0].masked  # they took it
    assert other_desk.department_id != desk_department

    demo.gate.sign_in(operator)
    # The desk sees every memo (VIEW_MEMOS at the agency's reach) but handles its own.
    assert set(_all_memos(demo)) == {*taken_here, other_desk.id}
    rows = {r.id: r for r in demo.memos.rows([*taken_here, other_desk.id])}
    assert not any(rows[i].masked for i in taken_here)
    masked = rows[other_desk.id]
    assert masked.masked
    assert (masked.caller_name, masked.caller_phone, masked.caller_email) == (
        "홍*동", "010-****-5678", "g*****g@example.com")
    history = demo.memos.caller_history(phone="010-1234-5678")
    assert [(r.id, r.caller_name) for r in history if r.id == other_desk.id] == [
        (other_desk.id, "홍*동")]

    # Opening it shows the caller in full, and the look is recorded.
    opened = demo.memos.get(other_desk.id)
    assert (opened.memo.caller_name, opened.memo.caller_phone, opened.memo.masked) == (
        "홍길동", "010-1234-5678", False)
    with demo.uow.read() as session:
        looks = list(session.execute(select(AccessRecord.account, AccessRecord.entity_id)
                                     .where(AccessRecord.action == "view")))
    assert (operator.account, other_desk.id) in looks


def test_a_person_who_handles_no_complaint_sees_every_citizen_masked(
        demo: Services) -> None:
    complaint_ids = _all_complaints(demo)
    full = _full_complaints(demo, complaint_ids)
    # The administrator sees every complaint (to assign it) but handles none.
    demo.gate.sign_in(_person(demo, _assignee(demo), Role.ADMIN))
    rows = demo.complaints.rows(complaint_ids)
    assert rows and all(r.masked for r in rows)
    for row in rows:
        _assert_complaint_masked(row, full[row.id])
    detail = demo.complaints.get(rows[0].id)
    assert detail.row == full[rows[0].id] and not detail.row.masked


def test_several_roles_take_the_widest_reach(demo: Services) -> None:
    memo_ids = _all_memos(demo)
    with demo.uow.read() as session:
        department = session.scalar(
            select(PhoneMemo.target_department_id).group_by(PhoneMemo.target_department_id)
            .order_by(func.count().desc(), PhoneMemo.target_department_id))
        staff_id = session.scalar(select(Staff.id).where(Staff.department_id == department)
                                  .order_by(Staff.id))
    demo.gate.sign_in(_person(demo, staff_id, Role.STAFF, Role.DESK))
    own = {r.id for r in demo.memos.rows(memo_ids) if not r.masked}
    demo.gate.sign_in(_person(demo, staff_id, Role.STAFF, Role.LEAD, Role.DESK))
    rows = demo.memos.rows(memo_ids)
    with_lead = {r.id for r in rows if not r.masked}
    assert own < with_lead
    assert with_lead == {r.id for r in rows if r.department_id == department} | own
    demo.gate.sign_in(_person(demo, staff_id, *Role))
    assert with_lead == {r.id for r in demo.memos.rows(memo_ids) if not r.masked}


def test_every_masked_list_takes_the_reach_it_is_shown_in_full_within() -> None:
    services = {"MemoService": MemoService, "ComplaintService": ComplaintService,
                "ListExportService": ListExportService}
    for service, methods in MASKED.items():
        for method, permission in methods.items():
            assert method in USE_CASES[service]
            assert permission.value.startswith("handle_")
            parameter = inspect.signature(getattr(services[service], method)).parameters
            assert parameter["unmasked"].default is None, (service, method)
