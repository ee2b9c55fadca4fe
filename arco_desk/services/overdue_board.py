"""The overdue board (기한 현황, issue 16): what is due today or overdue across open
complaints, phone-memo callbacks and the calls the day before outbound visits, by
department and person, with the tabs' countdown badges; and the hand-over of a person's
open work (:mod:`arco_desk.services.work_handover`).

One query per kind of item, each reading only the items due before the end of today
from the status-and-deadline indexes; the badges are worked out on the items found. A
team lead sees their department's items (``within``, services/gate.py); an
administrator every department's. Names follow the lists' masking
(docs/architecture.md §12): in full on what the person handles, masked on the rest,
and a phone memo the person may not view shows its kind and due only.

Not on the board yet: visit follow-ups and the follow-up call after a complaint's
answer, which have no due date in the records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any, Final

from sqlalchemy import and_, case, false, func, select, true
from sqlalchemy.orm import Session

from arco_desk.domain.actor import SYSTEM_ACCOUNT, Actor
from arco_desk.domain.calendar_business import SEOUL, BusinessCalendar
from arco_desk.domain.complaint_deadline import badge
from arco_desk.domain.complaints import OPEN_STATUSES as OPEN_COMPLAINTS
from arco_desk.domain.complaints import ComplaintStatus
from arco_desk.domain.deadlines import Period, countdown
from arco_desk.domain.errors import NotFound
from arco_desk.domain.memos import OPEN_STATUSES as OPEN_MEMOS
from arco_desk.domain.messages import msg
from arco_desk.domain.outbound_visits import CALL_PERIOD
from arco_desk.domain.overdue import (
    BoardItem,
    OpenWork,
    OverdueBoard,
    WorkKind,
    board_cutoff,
    group_items,
)
from arco_desk.domain.phone import mask_name
from arco_desk.domain.roles import Permission, Reach, Within, reach_of
from arco_desk.services.permissions import roles_of
from arco_desk.services.reach import complaints_within, memos_within
from arco_desk.services.work_handover import WorkHandover, open_complaints, open_memos
from arco_desk.store.models import (
    Complaint,
    Department,
    OutboundVisit,
    PhoneMemo,
    Staff,
    complaint_deadline,
)

__all__ = ["OverdueBoardService"]

EXCERPT: Final = 60


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT else flat[: EXCERPT - 1] + "…"


def _handled(actor: Actor, permission: Permission) -> Within | None:
    """The records ``actor`` handles with ``permission``, as the gate's masking reads them
    (services/gate.Gate.unmasked): None for the whole agency's, ``Within(None, …)`` for
    nobody's."""
    reach = reach_of(roles_of(actor), permission)
    if reach is None:
        return Within(None, Reach.OWN)
    if reach >= Reach.AGENCY or actor.account == SYSTEM_ACCOUNT:
        return None
    return Within(actor.staff_id, reach)


def _shown(condition: Any, handled: Within | None) -> Any:
    """A column: whether a row lies within ``handled`` (None: every row does)."""
    if handled is None:
        return true()
    return case((condition(handled), True), else_=False)


@dataclass(frozen=True, slots=True)
class _Seen:
    """What a person sees of a kind of record on the board, row by row: outside
    ``viewed`` its kind and due only, within it the title and a masked name, within
    ``handled`` the name in full (the lists' rule, services/gate.MASKED)."""

    viewed: Within | None
    handled: Within | None

    def columns(self, within: Callable[[Within], Any]) -> tuple[Any, Any]:
        return (_shown(within, self.viewed).label("viewed"),
                _shown(within, self.handled).label("shown"))


class OverdueBoardService(WorkHandover):
    """The board and the hand-over; the parts share the store, the calendar and the clock
    (wired in services/container.py)."""

    def board(self, *, actor: Actor, within: Within | None = None) -> OverdueBoard:
        """Everything due before the end of today (Asia/Seoul) or overdue, grouped by
        department and person. ``within``: a team lead's department (services/gate.py;
        None: every department). ``actor`` decides what each row shows, by their own
        reach of viewing and of handling its kind of record (:class:`_Seen`)."""
        now = self.clock()
        cutoff = board_cutoff(now)
        cal = self.calendar.business_calendar()
        memo_period = self.calendar.standard.phone_callback
        complaints_seen = _Seen(_handled(actor, Permission.VIEW_COMPLAINTS),
                                _handled(actor, Permission.HANDLE_COMPLAINTS))
        memos_seen = _Seen(_handled(actor, Permission.VIEW_MEMOS),
                           _handled(actor, Permission.HANDLE_MEMOS))
        visits_seen = _handled(actor, Permission.OUTBOUND_VISITS)
        with self.uow.read() as session:
            department = _department_of(session, within)
            if within is not None and department is None:
                return group_items((), now)
            # The departments' order comes with the items (no query of its own: a
            # round trip less each heartbeat, docs/architecture.md §19).
            places: dict[int, tuple[int, str]] = {}
            items = [
                *_complaints(session, cal, now, cutoff, department, complaints_seen, places),
                *_memos(session, cal, now, cutoff, department, memos_seen, memo_period,
                        places),
                *_visit_calls(session, cal, now, cutoff, department, visits_seen, places),
            ]
        order = {d_id: i for i, d_id in enumerate(sorted(places,
                                                         key=lambda d: (*places[d], d)))}
        return group_items(items, now, order)

    def open_work(self, staff_id: int, within: Within | None = None) -> OpenWork:
        """``staff_id``'s open memos (addressed to them) and open complaints (assigned to
        them): what a hand-over would move, for its confirmation. Refused for a person
        outside ``within`` (a team lead's department)."""
        with self.uow.read() as session:
            row = session.execute(
                select(Staff.id, Staff.name, Staff.department_id, Department.name)
                .join(Department, Staff.department_id == Department.id)
                .where(Staff.id == staff_id)).first()
            if row is None:
                raise NotFound(msg("directory.staff_gone"))
            self._require_reach(session, within, row.department_id)
            memo_ids = tuple(session.scalars(open_memos(staff_id).order_by(PhoneMemo.id)))
            complaint_ids = tuple(session.scalars(
                open_complaints(staff_id).order_by(Complaint.id)))
        return OpenWork(row.id, row.name, row.department_id, row[3], memo_ids, complaint_ids)


def _department_of(session: Session, within: Within | None) -> int | None:
    if within is None or within.staff_id is None:
        return None
    return session.scalar(select(Staff.department_id).where(Staff.id == within.staff_id))


def _complaints(session: Session, cal: BusinessCalendar, now: datetime, cutoff: datetime,
                department: int | None, seen: _Seen,
                places: dict[int, tuple[int, str]]) -> list[BoardItem]:
    stmt = (
        select(Complaint.id, Complaint.title, Complaint.citizen_name, Complaint.status,
               complaint_deadline.label("deadline"), Complaint.period, Complaint.paused_at,
               Complaint.assignee_id, Complaint.department_id, Staff.name.label("staff"),
               Department.name.label("department"), Department.sort_order,
               *seen.columns(complaints_within))
        .outerjoin(Staff, Complaint.assignee_id == Staff.id)
        .outerjoin(Department, Complaint.department_id == Department.id)
        .where(Complaint.status.in_(OPEN_COMPLAINTS), complaint_deadline < cutoff)
    )
    if department is not None:
        stmt = stmt.where(Complaint.department_id == department)
    periods: dict[str, Period] = {}
    items = []
    for r in session.execute(stmt).all():
        if r.department_id is not None:
            places[r.department_id] = (r.sort_order, r.department or "")
        period = periods.get(r.period)
        if period is None:
            period = periods[r.period] = Period.parse(r.period)
        common = (WorkKind.COMPLAINT, r.id, r.deadline,
                  badge(cal, ComplaintStatus(r.status), r.deadline, period, now, r.paused_at),
                  r.department_id, r.department or "", r.assignee_id, r.staff or "")
        if not r.viewed:
            items.append(BoardItem(*common, hidden=True))
            continue
        items.append(BoardItem(*common, title=r.title,
                               who=r.citizen_name if r.shown else mask_name(r.citizen_name)))
    return items


def _memos(session: Session, cal: BusinessCalendar, now: datetime, cutoff: datetime,
           department: int | None, seen: _Seen, period: Period,
           places: dict[int, tuple[int, str]]) -> list[BoardItem]:
    stmt = (
        select(PhoneMemo.id, PhoneMemo.callback_due_at, PhoneMemo.target_staff_id,
               PhoneMemo.target_department_id, Staff.name.label("staff"),
               Department.name.label("department"), Department.sort_order, PhoneMemo.caller_name,
               PhoneMemo.caller_org, PhoneMemo.message, *seen.columns(memos_within))
        .outerjoin(Staff, PhoneMemo.target_staff_id == Staff.id)
        .outerjoin(Department, PhoneMemo.target_department_id == Department.id)
        .where(PhoneMemo.status.in_(OPEN_MEMOS), PhoneMemo.callback_due_at < cutoff)
    )
    if department is not None:
        stmt = stmt.where(PhoneMemo.target_department_id == department)
    items = []
    for r in session.execute(stmt).all():
        if r.target_department_id is not None:
            places[r.target_department_id] = (r.sort_order, r.department or "")
        due = r.callback_due_at
        common = (WorkKind.MEMO_CALLBACK, r.id, due, countdown(cal, due, now, period),
                  r.target_department_id, r.department or "", r.target_staff_id,
                  r.staff or "")
        if not r.viewed:
            items.append(BoardItem(*common, hidden=True))
            continue
        name = r.caller_name if r.shown else mask_name(r.caller_name)
        who = f"{name} ({r.caller_org})" if name and r.caller_org else name or r.caller_org
        items.append(BoardItem(*common, title=_excerpt(r.message), who=who))
    return items


def _visits_within(in_department: Any, within: Within) -> Any:
    """Outbound visits within ``within``: the person's own, or their department's."""
    if within.staff_id is None:
        return false()
    if within.reach >= Reach.DEPARTMENT:
        return in_department == select(Staff.department_id).where(
            Staff.id == within.staff_id).scalar_subquery()
    return OutboundVisit.staff_id == within.staff_id


def _visit_calls(session: Session, cal: BusinessCalendar, now: datetime, cutoff: datetime,
                 department: int | None, seen: Within | None,
                 places: dict[int, tuple[int, str]]) -> list[BoardItem]:
    """The calls the day before a visit not made yet, for visits still to come (a call
    after the visit is no use; the compliance report counts it as missed)."""
    in_department = func.coalesce(OutboundVisit.department_id, Staff.department_id)
    stmt = (
        select(OutboundVisit.id, OutboundVisit.call_due_at, OutboundVisit.staff_id,
               OutboundVisit.customer_name, OutboundVisit.customer_org,
               OutboundVisit.purpose, in_department.label("department_id"),
               _shown(partial(_visits_within, in_department), seen).label("viewed"),
               Staff.name.label("staff"), Department.name.label("department"),
               Department.sort_order)
        .join(Staff, OutboundVisit.staff_id == Staff.id)
        .outerjoin(Department, in_department == Department.id)
        .where(and_(OutboundVisit.called_at.is_(None), OutboundVisit.call_due_at < cutoff,
                    OutboundVisit.visit_date >= now.astimezone(SEOUL).date()))
    )
    if department is not None:
        stmt = stmt.where(in_department == department)
    items = []
    for r in session.execute(stmt).all():
        if r.department_id is not None:
            places[r.department_id] = (r.sort_order, r.department or "")
        common = (WorkKind.VISIT_CALL, r.id, r.call_due_at,
                  countdown(cal, r.call_due_at, now, CALL_PERIOD), r.department_id,
                  r.department or "", r.staff_id, r.staff or "")
        if not r.viewed:
            items.append(BoardItem(*common, hidden=True))
            continue
        who = mask_name(r.customer_name)
        items.append(BoardItem(*common, title=_excerpt(r.purpose),
                               who=f"{who} ({r.customer_org})" if r.customer_org else who))
    return items
