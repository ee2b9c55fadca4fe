"""Rows of two departments for the compliance report's tests (issue 16): complaints with
their events, memos, appointments and an outbound visit in October and November 2026, and
the domain records they stand for."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select

from arco_desk.domain.calendar_business import SEOUL
from arco_desk.domain.compliance_records import ComplaintRecord, MemoRecord
from arco_desk.domain.deadlines import Period
from arco_desk.services.container import Services
from arco_desk.store.models import (
    Appointment,
    Complaint,
    ComplaintEvent,
    OutboundVisit,
    PhoneMemo,
    Staff,
    Visitor,
)
from tests.actors import new_staff

H = timedelta(hours=1)
MIN = timedelta(minutes=1)
D7 = Period.parse("7d")
H3 = Period.parse("3h")


def kst(month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=SEOUL)


def fill_report_rows(services: Services
                     ) -> tuple[int, int, list[ComplaintRecord], list[MemoRecord]]:
    """Two departments' rows in October and November; returns the departments and the
    domain records the rows stand for."""
    arts, budget = new_staff(services, "김예술"), new_staff(services, "이예산")
    with services.uow.read() as session:
        dept = {s.id: s.department_id for s in session.scalars(select(Staff))}
    cal = services.calendar.business_calendar()
    complaints: list[ComplaintRecord] = []
    memos: list[MemoRecord] = []
    plans = [
        # (staff, kind, period, received, answered after due by, delay notices, pauses,
        #  follow-up)
        (arts, "petition", D7, kst(11, 2, 10), -MIN, 0, 0, True),
        (arts, "petition", D7, kst(11, 3, 10), MIN, 0, 0, False),
        (arts, "certificate", H3, kst(11, 4, 17), timedelta(0), 0, 1, False),
        (budget, "petition", D7, kst(11, 5, 9), None, 1, 0, False),  # extended, overdue
        (budget, "inquiry", D7, kst(11, 20, 9), None, 0, 0, False),  # in progress
        (budget, "petition", D7, kst(10, 30, 9), -H, 0, 0, False),  # October: outside
    ]
    with services.uow.write() as session:
        for staff, kind, period, received, after, notices, pauses, followed in plans:
            due = cal.due(received, period)
            promised = due + timedelta(days=5) if notices else None
            deadline = promised or due
            answered = None if after is None else deadline + after
            complaint = Complaint(channel="letter", kind_code=kind, citizen_name="홍길동",
                                  title="제목", received_at=received, period=str(period),
                                  due_at=due, promised_at=promised,
                                  status="answered" if answered else "in_progress",
                                  assignee_id=staff, department_id=dept[staff],
                                  answered_at=answered)
            session.add(complaint)
            session.flush()
            events = [("received", received)]
            events += [("delay_notice", received + H)] * notices
            events += [("pause", received + 2 * H)] * pauses
            if followed:
                events.append(("follow_up", (answered or received) + H))
            for event_kind, at in events:
                session.add(ComplaintEvent(complaint_id=complaint.id, kind=event_kind, at=at))
            complaints.append(ComplaintRecord(
                complaint.id, kind, "letter", dept[staff], received, due, deadline, answered,
                notices, pauses, followed))
        for staff, called, back in ((arts, kst(11, 9, 10), kst(11, 10, 10)),
                                    (budget, kst(11, 9, 11), None),
                                    (budget, kst(11, 23, 17), None)):
            due = cal.due(called, services.calendar.standard.phone_callback)
            session.add(PhoneMemo(called_at=called, message="전화 요망", callback_due_at=due,
                                  done_at=back, target_staff_id=staff,
                                  target_department_id=dept[staff],
                                  escalated_at=called + H if back is None else None))
            memos.append(MemoRecord(called, due, back, back is None))
        visitor = Visitor(name="방문객")
        session.add(visitor)
        session.flush()
        session.add_all([
            Appointment(visitor_id=visitor.id, host_id=arts, starts_at=kst(11, 10, 14),
                        host_ready_at=kst(11, 10, 13, 55), status="arrived"),
            Appointment(visitor_id=visitor.id, host_id=budget, starts_at=kst(11, 11, 14),
                        host_ready_at=kst(11, 11, 13, 58), status="arrived"),
            Appointment(visitor_id=visitor.id, host_id=budget, starts_at=kst(11, 12, 14),
                        status="cancelled"),
            OutboundVisit(customer_name="고객", staff_id=arts, department_id=dept[arts],
                          visit_date=date(2026, 11, 13), call_due_at=kst(11, 12, 18),
                          called_at=kst(11, 12, 16)),
        ])
    return dept[arts], dept[budget], complaints, memos
