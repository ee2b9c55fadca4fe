"""The overdue board and the hand-over of a person's open work (issue 16), on SQLite and
PostgreSQL: what is on the board and how it groups, a lead's department only, an
administrator's masked view, and what a hand-over moves and records."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.complaint_deadline import BadgeState
from arco_desk.domain.complaints import ComplaintStatus, EventKind
from arco_desk.domain.deadlines import CountdownState
from arco_desk.domain.errors import PermissionDenied, ValidationError
from arco_desk.domain.memos import MemoEventKind, MemoStatus
from arco_desk.domain.overdue import Urgency, WorkKind
from arco_desk.domain.roles import Role
from arco_desk.services.container import Services
from arco_desk.services.submissions import new_key
from arco_desk.store.models import (
    AuditEntry,
    ChangeEvent,
    Complaint,
    ComplaintEvent,
    PhoneMemo,
    PhoneMemoEvent,
)
from tests.overdue_agency import ADMIN, AGENCY, Work, lead_of, make_work


@pytest.fixture
def work(any_services: Services) -> Work:
    return make_work(any_services)


def _on_board(work: Work, actor: object = AGENCY) -> dict[tuple[WorkKind, int], object]:
    board = work.services.overdue.board(actor=actor)
    return {(item.kind, item.id): (group.department_id, group.staff_id, item)
            for group in board.groups for item in group.items}


def test_the_board_holds_what_is_due_today_or_overdue_by_department_and_person(
        work: Work) -> None:
    found = _on_board(work)
    a, b = work.department_a.id, work.department_b.id
    holder, colleague = work.holder.id, work.colleague.id
    where = {key: (dept, staff) for key, (dept, staff, _) in found.items()}  # type: ignore[misc]
    assert where == {
        (WorkKind.MEMO_CALLBACK, work.memos["overdue"]): (a, holder),
        (WorkKind.MEMO_CALLBACK, work.memos["queue"]): (a, None),  # the shared queue
        (WorkKind.COMPLAINT, work.complaints["overdue"]): (a, holder),
        (WorkKind.COMPLAINT, work.complaints["today"]): (a, colleague),
        (WorkKind.COMPLAINT, work.complaints["paused"]): (a, colleague),
        (WorkKind.COMPLAINT, work.complaints["other"]): (b, work.other.id),
        (WorkKind.VISIT_CALL, work.calls["today"]): (a, holder),
    }
    states = {key: item.badge.state for key, (_, _, item) in found.items()}  # type: ignore[attr-defined,misc]
    assert states[(WorkKind.MEMO_CALLBACK, work.memos["overdue"])] is CountdownState.OVERDUE
    assert states[(WorkKind.MEMO_CALLBACK, work.memos["queue"])] in (
        CountdownState.DUE_TODAY, CountdownState.DUE_SOON)
    assert states[(WorkKind.COMPLAINT, work.complaints["overdue"])] is BadgeState.OVERDUE
    # Due before today ends: "due today", or "due soon" under a quarter of the period.
    assert states[(WorkKind.COMPLAINT, work.complaints["today"])] in (
        BadgeState.DUE_TODAY, BadgeState.DUE_SOON)
    # A paused complaint's clock is stopped: shown as paused, never as overdue.
    assert states[(WorkKind.COMPLAINT, work.complaints["paused"])] is BadgeState.PAUSED
    assert states[(WorkKind.VISIT_CALL, work.calls["today"])] in (
        CountdownState.DUE_TODAY, CountdownState.DUE_SOON)

    board = work.services.overdue.board(actor=AGENCY)
    assert board.count == 7
    assert board.by_kind == {WorkKind.COMPLAINT: 4, WorkKind.MEMO_CALLBACK: 2,
                             WorkKind.VISIT_CALL: 1}
    assert board.by_urgency == {Urgency.OVERDUE: 3, Urgency.DUE_TODAY: 3, Urgency.PAUSED: 1}
    first = board.groups[0]  # department A's shared queue comes first, then people
    assert (first.department_id, first.staff_id, first.count) == (a, None, 1)
    mine = next(g for g in board.groups if g.staff_id == holder)
    assert mine.by_kind == {WorkKind.COMPLAINT: 1, WorkKind.MEMO_CALLBACK: 1,
                            WorkKind.VISIT_CALL: 1}
    assert [i.urgency for i in mine.items] == [Urgency.OVERDUE, Urgency.OVERDUE,
                                               Urgency.DUE_TODAY]


def test_a_lead_sees_their_department_in_full(work: Work) -> None:
    lead = lead_of(work.colleague)
    work.services.gate.sign_in(lead)
    board = work.services.overdue.board(actor=lead)
    assert {g.department_id for g in board.groups} == {work.department_a.id}
    assert board.count == 6
    items = [i for g in board.groups for i in g.items]
    memo = next(i for i in items if i.id == work.memos["overdue"]
                and i.kind is WorkKind.MEMO_CALLBACK)
    assert (memo.who, memo.title, memo.hidden) == (
        "김영희 (한빛극단)", "대관 서류 보완 문의", False)
    complaint = next(i for i in items if i.kind is WorkKind.COMPLAINT)
    assert complaint.who == "홍길동"


def test_an_administrator_sees_every_department_without_callers(work: Work) -> None:
    work.services.gate.sign_in(ADMIN)
    board = work.services.overdue.board(actor=ADMIN)
    assert board.count == 7
    items = [i for g in board.groups for i in g.items]
    for item in items:
        assert "김영희" not in item.who and "박고객" not in item.who
        if item.kind is not WorkKind.COMPLAINT:
            assert item.hidden and item.who == item.title == ""
    assert {i.who for i in items if i.kind is WorkKind.COMPLAINT} == {"홍*동"}
    assert {i.title for i in items if i.kind is WorkKind.COMPLAINT} >= {"공연장 소음"}


def test_an_administrator_who_leads_a_department_sees_only_theirs_in_words(
        work: Work) -> None:
    """Each row by its own reach: department B's lead sees department A's memos and the
    call before its visit by their kind and due only, never the message or the caller."""
    from arco_desk.domain.actor import Actor
    both = Actor("admin:lead-b", work.other.id, work.other.name,
                 frozenset({Role.ADMIN.value, Role.LEAD.value, Role.STAFF.value}))
    work.services.gate.sign_in(both)
    items = [i for g in work.services.overdue.board(actor=both).groups for i in g.items]
    elsewhere = [i for i in items if i.department_id == work.department_a.id
                 and i.kind is not WorkKind.COMPLAINT]
    assert {i.kind for i in elsewhere} == {WorkKind.MEMO_CALLBACK, WorkKind.VISIT_CALL}
    for item in elsewhere:
        assert item.hidden and item.who == item.title == ""
    own = next(i for i in items if i.id == work.complaints["other"]
               and i.kind is WorkKind.COMPLAINT)
    assert not own.hidden and own.title


def test_nobody_without_the_report_permission_sees_the_board(work: Work) -> None:
    from arco_desk.domain.actor import Actor
    staff = Actor("staff:x", work.holder.id, work.holder.name, frozenset({"staff"}))
    work.services.gate.sign_in(staff)
    with pytest.raises(PermissionDenied):
        work.services.overdue.board(actor=staff)
    with pytest.raises(PermissionDenied):
        work.services.overdue.open_work(work.holder.id)


def _count(services: Services, stmt: object) -> int:
    with services.uow.read() as session:
        return int(session.scalar(stmt) or 0)  # type: ignore[call-overload]


def test_a_hand_over_moves_open_work_with_history_audit_and_notices(work: Work) -> None:
    services, holder, to = work.services, work.holder, work.colleague
    lead = lead_of(to)
    services.gate.sign_in(lead)
    found = services.overdue.open_work(holder.id)
    assert found.memo_ids == (work.memos["overdue"], work.memos["later"])  # not the queue's
    assert found.complaint_ids == (work.complaints["overdue"], work.complaints["later"])
    before = _count(services, select(func.max(ChangeEvent.id)))

    done = services.overdue.reassign_work(holder.id, to.id, found.memo_ids,
                                          found.complaint_ids, actor=lead)
    assert (done.memos_moved, done.complaints_moved, done.to_name) == (2, 2, to.name)
    assert services.overdue.open_work(holder.id).empty
    with services.uow.read() as session:
        for memo in session.scalars(select(PhoneMemo).where(PhoneMemo.id.in_(found.memo_ids))):
            assert (memo.target_staff_id, memo.status) == (to.id, MemoStatus.NEW.value)
            assert memo.version == 2
        for complaint in session.scalars(
                select(Complaint).where(Complaint.id.in_(found.complaint_ids))):
            assert (complaint.assignee_id, complaint.status) == (
                to.id, ComplaintStatus.ASSIGNED.value)
        memo_events = session.scalars(select(PhoneMemoEvent).where(
            PhoneMemoEvent.kind == MemoEventKind.FORWARDED.value,
            PhoneMemoEvent.memo_id.in_(found.memo_ids))).all()
        assert {e.to_staff_id for e in memo_events} == {to.id} and len(memo_events) == 2
        assert all(holder.name in e.detail and "일괄 이관" in e.detail for e in memo_events)
        complaint_events = session.scalars(select(ComplaintEvent).where(
            ComplaintEvent.kind == EventKind.REASSIGNED.value)).all()
        assert {(e.complaint_id, e.target_id) for e in complaint_events} == {
            (cid, to.id) for cid in found.complaint_ids}
        audit = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "work.reassign")).one()
        assert (audit.entity_id, audit.actor) == (holder.id, lead.account)
        assert audit.detail == f"memos=2 complaints=2 to=staff:{to.id}"
        news = session.execute(select(ChangeEvent.kind, ChangeEvent.entity_id,
                                      ChangeEvent.staff_id)
                               .where(ChangeEvent.id > before)).all()
    assert {(k, e) for k, e, s in news if s == to.id} >= {
        *((ChangeKind.MEMO_FORWARDED.value, m) for m in found.memo_ids),
        *((ChangeKind.COMPLAINT_ASSIGNED.value, c) for c in found.complaint_ids)}
    # The new owner's PC turns the memo's record into the notice a forward raises.
    record = next(r for r in services.change_feed.since(before)
                  if r.kind == ChangeKind.MEMO_FORWARDED.value)
    notice = services.notices.notice_for(record)
    assert notice is not None and notice.kind is ChangeKind.MEMO_FORWARDED


def test_a_hand_over_to_the_department_leaves_nobody_named(work: Work) -> None:
    services, holder = work.services, work.holder
    found = services.overdue.open_work(holder.id)
    done = services.overdue.reassign_work(holder.id, None, found.memo_ids,
                                          found.complaint_ids, actor=AGENCY)
    assert (done.memos_moved, done.complaints_moved) == (2, 2)
    assert done.to_name == work.department_a.name
    with services.uow.read() as session:
        memos = session.execute(select(PhoneMemo.target_staff_id,
                                       PhoneMemo.target_department_id)
                                .where(PhoneMemo.id.in_(found.memo_ids))).all()
        complaints = session.execute(select(Complaint.assignee_id, Complaint.department_id)
                                     .where(Complaint.id.in_(found.complaint_ids))).all()
    assert set(memos) == set(complaints) == {(None, work.department_a.id)}
    board = services.overdue.board(actor=AGENCY)
    queue = next(g for g in board.groups
                 if g.department_id == work.department_a.id and g.staff_id is None)
    assert queue.by_kind[WorkKind.MEMO_CALLBACK] == 2 and queue.by_kind[WorkKind.COMPLAINT] == 1


def test_only_what_is_still_open_and_still_theirs_moves(work: Work) -> None:
    services, holder = work.services, work.holder
    found = services.overdue.open_work(holder.id)
    from arco_desk.domain.actor import Actor
    services.memos.called_back(found.memo_ids[0], "통화함",
                               actor=Actor.for_staff(holder.id, holder.name))
    done = services.overdue.reassign_work(holder.id, work.colleague.id, found.memo_ids,
                                          found.complaint_ids, actor=AGENCY)
    assert (done.memos_moved, done.memos_left) == (1, 1)
    assert (done.complaints_moved, done.complaints_left) == (2, 0)
    with services.uow.read() as session:
        closed = session.get(PhoneMemo, found.memo_ids[0])
        assert closed is not None and closed.target_staff_id == holder.id


def test_a_lead_moves_only_their_departments_work_to_their_department(work: Work) -> None:
    services = work.services
    lead = lead_of(work.colleague)
    services.gate.sign_in(lead)
    with pytest.raises(PermissionDenied):
        services.overdue.open_work(work.other.id)
    with pytest.raises(PermissionDenied):
        services.overdue.reassign_work(work.other.id, work.colleague.id, [],
                                       [work.complaints["other"]], actor=lead)
    found = services.overdue.open_work(work.holder.id)
    with pytest.raises(PermissionDenied):
        services.overdue.reassign_work(work.holder.id, work.other.id, found.memo_ids,
                                       found.complaint_ids, actor=lead)
    with pytest.raises(ValidationError):
        services.overdue.reassign_work(work.holder.id, work.holder.id, found.memo_ids,
                                       found.complaint_ids, actor=lead)
    assert services.overdue.open_work(work.holder.id) == found


def test_a_hand_over_saved_again_with_its_key_moves_nothing_more(work: Work) -> None:
    services = work.services
    found = services.overdue.open_work(work.holder.id)
    key = new_key()
    first = services.overdue.reassign_work(work.holder.id, work.colleague.id,
                                           found.memo_ids, found.complaint_ids, key=key,
                                           actor=AGENCY)
    assert services.submissions.was_saved(key)
    again = services.overdue.reassign_work(work.holder.id, work.colleague.id,
                                           found.memo_ids, found.complaint_ids, key=key,
                                           actor=AGENCY)
    assert (first.memos_moved, again.memos_moved, again.already) == (2, 0, True)
    assert _count(services, select(func.count()).select_from(AuditEntry).where(
        AuditEntry.action == "work.reassign")) == 1
