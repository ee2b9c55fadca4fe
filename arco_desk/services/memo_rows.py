"""What the phone-memo modules share: loading a memo and its rows, the history line,
read receipts, and whom a memo is addressed to."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Final

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, aliased

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.clock import Clock
from arco_desk.domain.deadlines import Period
from arco_desk.domain.errors import DomainError, NotFound
from arco_desk.domain.memos import (
    MemoDetail,
    MemoEventKind,
    MemoEventRecord,
    MemoReasonRecord,
    MemoRow,
    MemoStatus,
    masked_row,
)
from arco_desk.domain.messages import msg
from arco_desk.domain.roles import Within
from arco_desk.services.calendar import CalendarService
from arco_desk.services.reach import memos_within, refuse_out_of_reach
from arco_desk.services.settings import SettingsService
from arco_desk.store.change_feed import publish
from arco_desk.store.locks import STAYS_ACTIVE
from arco_desk.store.models import (
    Department,
    MemoReason,
    PhoneMemo,
    PhoneMemoEvent,
    PhoneMemoReason,
    Staff,
)
from arco_desk.store.unit_of_work import UnitOfWork

GONE: Final = msg("memo.gone")


class MemoParts:
    """The state every part of :class:`~arco_desk.services.memos.MemoService` uses."""

    uow: UnitOfWork
    calendar: CalendarService
    clock: Clock
    settings: SettingsService
    _fts: bool | None  # the memos' trigram index there (SQLite, revision 0012); None: not asked

    @property
    def callback_period(self) -> Period:
        """The service standard's callback period (24 working hours)."""
        return self.calendar.standard.phone_callback

    def get(self, memo_id: int, within: Within | None = None) -> MemoDetail:
        """The memo with its history; out of ``within`` (the person's reach, set by
        services/gate.py) it is refused."""
        with self.uow.read() as session:
            refuse_out_of_reach(session, PhoneMemo, memo_id, within)
            return detail_in(session, memo_id)

    def get_row(self, memo_id: int, unmasked: Within | None = None,
                within: Within | None = None) -> MemoRow:
        """The memo's row, masked outside ``unmasked`` and refused outside ``within`` (see
        :meth:`rows`)."""
        with self.uow.read() as session:
            refuse_out_of_reach(session, PhoneMemo, memo_id, within)
            return _masked_outside(session, [row_in(session, memo_id)], unmasked)[0]

    def rows(self, ids: Sequence[int], unmasked: Within | None = None,
             within: Within | None = None) -> list[MemoRow]:
        """The rows for ``ids`` in that order (a table model's page fetch), of those
        ``within`` the person's reach of viewing (others are left out). The caller is
        masked on the rows outside ``unmasked``, the reach at which the person handles
        memos (both set by services/gate.py; None: the whole agency's); :meth:`get`
        shows them in full."""
        if not ids:
            return []
        wanted = list(ids)
        with self.uow.read() as session:
            if within is not None:  # in the order asked for
                allowed = set(session.scalars(select(PhoneMemo.id).where(
                    PhoneMemo.id.in_(wanted), memos_within(within))))
                wanted = [i for i in wanted if i in allowed]
            found = _masked_outside(session, _rows(session, wanted), unmasked)
        by_id = {row.id: row for row in found}
        return [by_id[i] for i in wanted if i in by_id]


def _masked_outside(session: Session, rows: list[MemoRow],
                    unmasked: Within | None) -> list[MemoRow]:
    """``rows`` with the caller masked on those outside ``unmasked`` (None: none)."""
    if unmasked is None or not rows:
        return rows
    handled = set(session.scalars(select(PhoneMemo.id).where(
        PhoneMemo.id.in_([row.id for row in rows]), memos_within(unmasked))))
    return [row if row.id in handled else masked_row(row) for row in rows]


def row_in(session: Session, memo_id: int) -> MemoRow:
    """The memo's row as ``session`` sees it. A write builds its answer with this before
    it commits, so a read failing after a stored change can't report the change as failed
    (docs/architecture.md §9)."""
    rows = _rows(session, [memo_id])
    if not rows:
        raise NotFound(GONE)
    return rows[0]


def detail_in(session: Session, memo_id: int) -> MemoDetail:
    """The memo with its history, as ``session`` sees it (see :func:`row_in`)."""
    row = row_in(session, memo_id)
    by, to = aliased(Staff), aliased(Staff)
    stmt = (
        select(PhoneMemoEvent, by.name, to.name)
        .outerjoin(by, PhoneMemoEvent.actor_id == by.id)
        .outerjoin(to, PhoneMemoEvent.to_staff_id == to.id)
        .where(PhoneMemoEvent.memo_id == memo_id)
        .order_by(PhoneMemoEvent.at, PhoneMemoEvent.id)
    )
    events = tuple(
        MemoEventRecord(e.at, MemoEventKind(e.kind), actor_name, to_name, e.detail)
        for e, actor_name, to_name in session.execute(stmt)
    )
    return MemoDetail(row, events)


def reason_record(r: MemoReason) -> MemoReasonRecord:
    return MemoReasonRecord(r.id, r.code, r.label_ko, r.label_en, r.sort_order, r.active)


def load_memo(session: Session, memo_id: int, lock: bool = False) -> PhoneMemo:
    memo = session.get(PhoneMemo, memo_id, with_for_update=lock or None)
    if memo is None:
        raise NotFound(GONE)
    return memo


def active_staff(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id, with_for_update=STAYS_ACTIVE)
    if staff is None or not staff.active:
        raise NotFound(msg("directory.staff_gone"))
    return staff


def acting_staff(session: Session, actor: Actor) -> Staff:
    """The actor's own staff row, for steps only a staff member takes (claiming or
    answering a memo)."""
    if actor.staff_id is None:
        raise DomainError(msg("memo.no_pc_staff"))
    return active_staff(session, actor.staff_id)


def require_holder(session: Session, memo: PhoneMemo, staff: Staff) -> None:
    """Only whoever holds a memo now answers it or passes it on: the staff member it is
    addressed to, the stand-in it was escalated to, or, while nobody has claimed a
    department memo, anyone in that department. Call it with the memo locked, so a memo
    passed on meanwhile from another PC is refused with its new holder's name
    (docs/architecture.md §9)."""
    if staff.id in (memo.target_staff_id, memo.escalated_to_id):
        return
    if memo.target_staff_id is None:
        if memo.target_department_id is not None and (
                memo.target_department_id == staff.department_id):
            return
        department = (session.get(Department, memo.target_department_id)
                      if memo.target_department_id is not None else None)
        if department is None:
            raise DomainError(msg("memo.not_yours_someone"))
        raise DomainError(msg("memo.not_yours_department", department=department.name))
    holder = session.get(Staff, memo.target_staff_id)
    if holder is None:
        raise DomainError(msg("memo.not_yours_someone"))
    raise DomainError(msg("memo.not_yours", name=holder.name))


def require_open(memo: PhoneMemo) -> None:
    if memo.status == MemoStatus.DONE.value:
        if memo.done_at is None:
            raise DomainError(msg("memo.already_done_undated", outcome=memo.outcome))
        raise DomainError(msg("memo.already_done", done_at=memo.done_at, outcome=memo.outcome))


def mark_read(session: Session, memo: PhoneMemo, staff_id: int, now: datetime,
              kind: MemoEventKind) -> None:
    memo.read_at = now
    memo.status = MemoStatus.READ.value
    memo.updated_at = now
    add_event(session, memo.id, kind, now, staff_id, None, "")
    publish(session, ChangeKind.MEMO_READ, memo.id, staff_id=memo.target_staff_id,
            department_id=memo.target_department_id)


def add_event(session: Session, memo_id: int, kind: MemoEventKind, at: datetime,
              actor_id: int | None, to_staff_id: int | None, detail: str) -> None:
    """A line of the memo's history; ``actor_id`` is the staff member who acted, if any."""
    session.add(PhoneMemoEvent(memo_id=memo_id, kind=kind.value, at=at, actor_id=actor_id,
                               to_staff_id=to_staff_id, detail=detail))


def addressed_to(staff_id: int, department_id: int | None) -> ColumnElement[bool]:
    mine = or_(PhoneMemo.target_staff_id == staff_id, PhoneMemo.escalated_to_id == staff_id)
    if department_id is None:
        return mine
    return or_(mine, and_(PhoneMemo.target_staff_id.is_(None),
                          PhoneMemo.target_department_id == department_id))


def stand_in_of(session: Session, staff_id: int | None) -> int | None:
    if staff_id is None:
        return None
    staff = session.get(Staff, staff_id)
    if staff is None or staff.stand_in_id is None or staff.stand_in_id == staff_id:
        return None
    stand_in = session.get(Staff, staff.stand_in_id)
    return stand_in.id if stand_in is not None and stand_in.active else None


def _rows(session: Session, ids: list[int]) -> list[MemoRow]:
    target, asked, escalated, taken = (aliased(Staff) for _ in range(4))
    stmt = (
        select(PhoneMemo, target.name, Department.name, asked.name, escalated.name, taken.name)
        .outerjoin(target, PhoneMemo.target_staff_id == target.id)
        .outerjoin(Department, PhoneMemo.target_department_id == Department.id)
        .outerjoin(asked, PhoneMemo.asked_for_id == asked.id)
        .outerjoin(escalated, PhoneMemo.escalated_to_id == escalated.id)
        .outerjoin(taken, PhoneMemo.taken_by_id == taken.id)
        .where(PhoneMemo.id.in_(ids))
    )
    reasons: dict[int, list[MemoReasonRecord]] = {}
    for memo_id, reason in session.execute(
        select(PhoneMemoReason.memo_id, MemoReason)
        .join(MemoReason, PhoneMemoReason.reason_id == MemoReason.id)
        .where(PhoneMemoReason.memo_id.in_(ids))
        .order_by(MemoReason.sort_order, MemoReason.id)
    ):
        reasons.setdefault(memo_id, []).append(reason_record(reason))
    return [
        MemoRow(
            id=m.id, status=MemoStatus(m.status), called_at=m.called_at,
            caller_name=m.caller_name, caller_org=m.caller_org, caller_phone=m.caller_phone,
            caller_email=m.caller_email, message=m.message,
            reasons=tuple(reasons.get(m.id, ())), callback_due_at=m.callback_due_at,
            forwarded_at=m.forwarded_at, delivered_at=m.delivered_at, read_at=m.read_at,
            escalated_at=m.escalated_at, claimed_at=m.claimed_at, done_at=m.done_at,
            done_via=m.done_via, outcome=m.outcome, target_staff_id=m.target_staff_id,
            target_name=target_name, department_id=m.target_department_id,
            department_name=department_name, asked_for_id=m.asked_for_id,
            asked_for_name=asked_name, escalated_to_id=m.escalated_to_id,
            escalated_to_name=escalated_name, taken_by_name=taken_name,
        )
        for m, target_name, department_name, asked_name, escalated_name, taken_name
        in session.execute(stmt)
    ]
