"""Handing a person's open work over at once (업무 일괄 이관, issue 16): their open phone
memos and open complaints go to a colleague or to their department's shared queue, when
someone leaves or is away for long.

Two PCs, one person's work (docs/architecture.md §9): the hand-over moves the memos and
complaints the confirmation counted, in one write transaction, and only those still open
and still the person's. It locks the people first, then the memos, then the complaints
(the agency's lock order) and updates them with conditions, so a memo answered on
another PC meanwhile stays answered and is not moved, and the same hand-over made from
two PCs at once moves each item once. Every item moved gets its history line (as a
forward or a reassignment does), the new owner's PC hears of each (``MEMO_FORWARDED``,
``COMPLAINT_ASSIGNED``: the notices a forward and an assignment raise), and one audit
row records the whole. A submission key recognises a hand-over saved before when its
outcome was unknown.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Final

from sqlalchemy import Select, insert, select, update
from sqlalchemy.orm import Session

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.clock import Clock
from arco_desk.domain.complaints import OPEN_STATUSES as OPEN_COMPLAINTS
from arco_desk.domain.complaints import ComplaintStatus, EventKind
from arco_desk.domain.errors import NotFound, PermissionDenied, ValidationError
from arco_desk.domain.memos import OPEN_STATUSES as OPEN_MEMOS
from arco_desk.domain.memos import MemoEventKind, MemoStatus
from arco_desk.domain.messages import msg
from arco_desk.domain.overdue import HandOver
from arco_desk.domain.roles import Reach, Within
from arco_desk.services.acting import acting_staff_id
from arco_desk.services.audit import record_audit
from arco_desk.services.calendar import CalendarService
from arco_desk.services.korean_records import handover_detail
from arco_desk.services.submissions import earlier, remember
from arco_desk.store.change_feed import publish
from arco_desk.store.locks import STAYS_ACTIVE
from arco_desk.store.models import (
    Complaint,
    ComplaintEvent,
    Department,
    PhoneMemo,
    PhoneMemoEvent,
    Staff,
)
from arco_desk.store.retry import retry_conflicts
from arco_desk.store.unit_of_work import UnitOfWork

__all__ = ["HANDOVER_ENTITY", "WorkHandover", "open_complaints", "open_memos"]

# What a hand-over's submission key names (services/submissions).
HANDOVER_ENTITY: Final = "work_handover"
# Ids per statement: well under both backends' limits on bound parameters.
CHUNK: Final = 500


def open_memos(staff_id: int) -> Select[int]:
    """A person's open memos: addressed to them and not answered."""
    return select(PhoneMemo.id).where(PhoneMemo.target_staff_id == staff_id,
                                      PhoneMemo.status.in_(OPEN_MEMOS))


def open_complaints(staff_id: int) -> Select[int]:
    """A person's open complaints: assigned to them and not answered."""
    return select(Complaint.id).where(Complaint.assignee_id == staff_id,
                                      Complaint.status.in_(OPEN_COMPLAINTS))


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), CHUNK):
        yield wanted[start:start + CHUNK]


class WorkHandover:
    """The hand-over use case of :class:`~arco_desk.services.overdue_board.OverdueBoardService`."""

    def __init__(self, uow: UnitOfWork, calendar: CalendarService, clock: Clock) -> None:
        self.uow = uow
        self.calendar = calendar
        self.clock = clock

    @staticmethod
    def _require_reach(session: Session, within: Within | None,
                       department_id: int | None) -> None:
        """A team lead hands over the work of, and to, the people of their department."""
        if within is None:
            return
        mine = (session.scalar(select(Staff.department_id)
                               .where(Staff.id == within.staff_id))
                if within.staff_id is not None else None)
        if within.reach < Reach.DEPARTMENT or mine is None or mine != department_id:
            raise PermissionDenied(msg("permission.out_of_reach"))

    @retry_conflicts
    def reassign_work(self, staff_id: int, to_staff_id: int | None,
                      memo_ids: Sequence[int], complaint_ids: Sequence[int], *,
                      key: str | None = None, actor: Actor,
                      within: Within | None = None) -> HandOver:
        """Move ``staff_id``'s open memos and complaints among ``memo_ids`` and
        ``complaint_ids`` (those the confirmation counted, services' ``open_work``) to
        ``to_staff_id``, or with None to the department's shared queue: memos to the
        whole department with nobody named, complaints to the department unassigned.
        Only those still open and still the person's move; the answer says how many.
        ``key``: the confirmation's submission key (a second save with it moves
        nothing and says so)."""
        now = self.clock()
        with self.uow.write(actor) as session:
            if earlier(session, key, HANDOVER_ENTITY) is not None:
                return HandOver(0, 0, already=True)
            giver = session.get(Staff, staff_id, with_for_update=STAYS_ACTIVE)
            if giver is None:
                raise NotFound(msg("directory.staff_gone"))
            self._require_reach(session, within, giver.department_id)
            taker: Staff | None = None
            if to_staff_id is not None:
                if to_staff_id == staff_id:
                    raise ValidationError({"to_staff_id": msg("handover.same_person")})
                taker = session.get(Staff, to_staff_id, with_for_update=STAYS_ACTIVE)
                if taker is None or not taker.active:
                    raise ValidationError({"to_staff_id": msg("memo.forward_to_gone")})
                self._require_reach(session, within, taker.department_id)
            department_id = taker.department_id if taker is not None else giver.department_id
            department = session.get(Department, department_id)
            department_name = department.name if department is not None else ""
            detail = handover_detail(giver.name, taker.name if taker else None,
                                     department_name)
            target = (taker.id if taker else None, department_id)
            memos = _move_memos(session, staff_id, memo_ids, target, now, actor, detail)
            label = " · ".join(x for x in (taker.name if taker else "", department_name) if x)
            complaints = _move_complaints(session, staff_id, complaint_ids, target, now,
                                          actor, detail, label)
            to = f"staff:{taker.id}" if taker else f"department:{department_id}"
            record_audit(session, actor, "work.reassign", "staff", staff_id,
                         f"memos={memos} complaints={complaints} to={to}")
            remember(session, key, HANDOVER_ENTITY, staff_id)
            return HandOver(memos, complaints, len(set(memo_ids)) - memos,
                            len(set(complaint_ids)) - complaints,
                            taker.name if taker else department_name)


def _move_memos(session: Session, staff_id: int, memo_ids: Sequence[int],
                target: tuple[int | None, int], now: datetime, actor: Actor,
                detail: str) -> int:
    to_staff_id, department_id = target
    by = acting_staff_id(session, actor)
    moved = 0
    for chunk in _chunks(memo_ids):
        # Locked first, in id order: a memo answered on another PC meanwhile is read as
        # answered here (PostgreSQL checks the conditions again on the row it waited for).
        ids = list(session.scalars(open_memos(staff_id).where(PhoneMemo.id.in_(chunk))
                                   .order_by(PhoneMemo.id).with_for_update()))
        if not ids:
            continue
        session.execute(
            update(PhoneMemo)
            .where(PhoneMemo.id.in_(ids), PhoneMemo.target_staff_id == staff_id,
                   PhoneMemo.status.in_(OPEN_MEMOS))
            .values(target_staff_id=to_staff_id, target_department_id=department_id,
                    status=MemoStatus.NEW.value, forwarded_at=now, delivered_at=None,
                    read_at=None, escalated_at=None, escalated_to_id=None, claimed_at=None,
                    updated_at=now, version=PhoneMemo.version + 1,
                    updated_by=actor.name[:80])
            .execution_options(synchronize_session=False))
        session.execute(insert(PhoneMemoEvent), [
            {"memo_id": memo_id, "kind": MemoEventKind.FORWARDED.value, "at": now,
             "actor_id": by, "to_staff_id": to_staff_id, "detail": detail}
            for memo_id in ids])
        for memo_id in ids:
            publish(session, ChangeKind.MEMO_FORWARDED, memo_id, staff_id=to_staff_id,
                    department_id=department_id)
        moved += len(ids)
    return moved


def _move_complaints(session: Session, staff_id: int, complaint_ids: Sequence[int],
                     target: tuple[int | None, int], now: datetime, actor: Actor,
                     detail: str, label: str) -> int:
    to_staff_id, department_id = target
    by = acting_staff_id(session, actor)
    moved = 0
    for chunk in _chunks(complaint_ids):
        ids = list(session.scalars(open_complaints(staff_id)
                                   .where(Complaint.id.in_(chunk))
                                   .order_by(Complaint.id).with_for_update()))
        if not ids:
            continue
        session.execute(
            update(Complaint)
            .where(Complaint.id.in_(ids), Complaint.assignee_id == staff_id,
                   Complaint.status.in_(OPEN_COMPLAINTS))
            .values(assignee_id=to_staff_id, department_id=department_id,
                    status=ComplaintStatus.ASSIGNED.value, updated_at=now,
                    version=Complaint.version + 1, updated_by=actor.name[:80])
            .execution_options(synchronize_session=False))
        session.execute(insert(ComplaintEvent), [
            {"complaint_id": complaint_id, "kind": EventKind.REASSIGNED.value, "at": now,
             "actor_id": by, "actor_name": actor.name, "detail": detail,
             "target_id": to_staff_id, "target_name": label[:120]}
            for complaint_id in ids])
        for complaint_id in ids:
            publish(session, ChangeKind.COMPLAINT_ASSIGNED, complaint_id,
                    staff_id=to_staff_id, department_id=department_id)
        moved += len(ids)
    return moved
