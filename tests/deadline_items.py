"""Open items with deadlines, inserted straight into the store (their UIs are not built yet).

Each helper stores the deadline the stored calendar gives, as the item's own
service would, unless ``due`` is passed.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from arco_desk.domain.deadlines import Period
from arco_desk.domain.standard import load_standard
from arco_desk.services.container import Services
from arco_desk.store.models import (
    Complaint,
    ComplaintEvent,
    Department,
    OutboundVisit,
    PhoneMemo,
    Staff,
)


def add_complaint(
    services: Services,
    received_at: datetime,
    period: str = "7d",
    *,
    citizen: str = "김민원",
    title: str = "공연장 소음 민원",
    status: str = "received",
    answered_at: datetime | None = None,
    pauses: tuple[tuple[datetime, datetime | None], ...] = (),
    due: datetime | None = None,
) -> int:
    cal = services.calendar.business_calendar()
    ends = [(a, b if b is not None else services.clock()) for a, b in pauses]
    due_at = due or cal.due(received_at, Period.parse(period), ends)
    with services.uow.write() as session:
        complaint = Complaint(
            channel="letter", kind_code="petition", citizen_name=citizen, title=title,
            received_at=received_at, period=period, due_at=due_at, status=status,
            answered_at=answered_at,
        )
        session.add(complaint)
        session.flush()
        for start, end in pauses:
            session.add(ComplaintEvent(complaint_id=complaint.id, kind="pause", at=start,
                                       ends_at=end))
        return complaint.id


def add_memo(
    services: Services,
    called_at: datetime,
    *,
    caller: str = "이전화",
    status: str = "new",
    due: datetime | None = None,
) -> int:
    cal = services.calendar.business_calendar()
    due_at = due or cal.due(called_at, load_standard().phone_callback)
    with services.uow.write() as session:
        memo = PhoneMemo(caller_name=caller, called_at=called_at, message="회신 바랍니다",
                         status=status, callback_due_at=due_at,
                         done_at=called_at if status == "done" else None)
        session.add(memo)
        session.flush()
        return memo.id


def add_outbound_visit(
    services: Services,
    visit_date: date,
    *,
    customer: str = "박고객",
    called_at: datetime | None = None,
) -> int:
    cal = services.calendar.business_calendar()
    with services.uow.write() as session:
        staff_id = session.scalar(select(Staff.id).limit(1))
        if staff_id is None:
            department = Department(name="예술지원부")
            session.add(department)
            session.flush()
            staff = Staff(name="최직원", department_id=department.id)
            session.add(staff)
            session.flush()
            staff_id = staff.id
        visit = OutboundVisit(customer_name=customer, staff_id=staff_id, visit_date=visit_date,
                              call_due_at=load_standard().visit_call_due(cal, visit_date),
                              called_at=called_at)
        session.add(visit)
        session.flush()
        return visit.id


def stored_due(services: Services, model: type[Complaint | PhoneMemo | OutboundVisit],
               item_id: int) -> datetime:
    column = {
        Complaint: Complaint.due_at,
        PhoneMemo: PhoneMemo.callback_due_at,
        OutboundVisit: OutboundVisit.call_due_at,
    }[model]
    with services.uow.read() as session:
        value = session.scalar(select(column).where(model.id == item_id))
    assert value is not None
    return value
