"""Turn a change-feed event into the notice a staff PC shows (loads the row it names)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from arco_desk.domain.change_feed import ChangeKind, ChangeRecord
from arco_desk.domain.notifications import (
    Notice,
    arrival_notice,
    complaint_notice,
    memo_notice,
    preparation_notice,
)
from arco_desk.store.errors import StoreUnavailable
from arco_desk.store.models import (
    Appointment,
    Complaint,
    MemoReason,
    PhoneMemo,
    PhoneMemoReason,
    Visit,
    Visitor,
)
from arco_desk.store.unit_of_work import UnitOfWork

NOTIFIED = frozenset({ChangeKind.MEMO_FORWARDED, ChangeKind.MEMO_ESCALATED,
                      ChangeKind.VISITOR_ARRIVED, ChangeKind.PREPARATION_ALERT,
                      ChangeKind.COMPLAINT_ASSIGNED})


class NoticeService:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    def notice_for(self, record: ChangeRecord) -> Notice | None:
        """The notice for ``record``, or ``None`` for kinds nobody is notified of
        (read receipts, …) and for rows deleted since."""
        if record.kind not in NOTIFIED:
            return None
        kind = ChangeKind(record.kind)
        with self.uow.read() as session:
            if kind in (ChangeKind.MEMO_FORWARDED, ChangeKind.MEMO_ESCALATED):
                return _memo(session, record.entity_id, kind is ChangeKind.MEMO_ESCALATED)
            if kind is ChangeKind.VISITOR_ARRIVED:
                return _arrival(session, record.entity_id)
            if kind is ChangeKind.PREPARATION_ALERT:
                return _preparation(session, record.entity_id)
            return _complaint(session, record.entity_id)


class NoticeQueue:
    """The notices owed to one PC, in feed order.

    A record announced just before the database went away can't be turned into its
    notice until the database is back; it stays owed and is tried again on the next
    :meth:`take` (after the reconnection), so an outage loses no notification.
    """

    def __init__(self, notices: NoticeService) -> None:
        self.notices = notices
        self._owed: list[ChangeRecord] = []

    @property
    def owed(self) -> int:
        return len(self._owed)

    def take(self, records: Iterable[ChangeRecord] = ()) -> list[Notice]:
        """The notices for what was owed and then ``records``; at an outage the rest
        stays owed."""
        self._owed.extend(records)
        ready: list[Notice] = []
        while self._owed:
            try:
                notice = self.notices.notice_for(self._owed[0])
            except StoreUnavailable:
                break
            self._owed.pop(0)
            if notice is not None:
                ready.append(notice)
        return ready


def _memo(session: Session, memo_id: int, escalated: bool) -> Notice | None:
    memo = session.get(PhoneMemo, memo_id)
    if memo is None:
        return None
    reasons = session.execute(
        select(MemoReason.label_ko, MemoReason.label_en)
        .join(PhoneMemoReason, PhoneMemoReason.reason_id == MemoReason.id)
        .where(PhoneMemoReason.memo_id == memo_id)
        .order_by(MemoReason.sort_order)
    ).all()
    return memo_notice(memo.id, memo.caller_name, memo.caller_org, [ko for ko, _ in reasons],
                       memo.message, memo.callback_due_at, escalated,
                       reasons_en=[en for _, en in reasons])


def _arrival(session: Session, visit_id: int) -> Notice | None:
    row = session.execute(
        select(Visit, Visitor).join(Visitor, Visit.visitor_id == Visitor.id)
        .where(Visit.id == visit_id)
    ).first()
    if row is None:
        return None
    visit, visitor = row
    companions = 0
    if visit.appointment_id is not None:
        appointment = session.get(Appointment, visit.appointment_id)
        companions = appointment.companions if appointment else 0
    return arrival_notice(visit.id, visitor.name, visitor.organisation, companions,
                          visit.purpose, visit.arrived_at)


def _preparation(session: Session, appointment_id: int) -> Notice | None:
    row = session.execute(
        select(Appointment, Visitor).join(Visitor, Appointment.visitor_id == Visitor.id)
        .where(Appointment.id == appointment_id)
    ).first()
    if row is None:
        return None
    appointment, visitor = row
    return preparation_notice(appointment.id, visitor.name, visitor.organisation,
                              appointment.starts_at, appointment.place)


def _complaint(session: Session, complaint_id: int) -> Notice | None:
    complaint = session.get(Complaint, complaint_id)
    if complaint is None:
        return None
    return complaint_notice(complaint.id, complaint.title, complaint.due_at)
