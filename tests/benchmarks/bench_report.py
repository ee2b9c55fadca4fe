"""Benchmark of the compliance report (issue 16) on a year of records (embedded SQLite).

Run with ``python -m tests.benchmarks report``. Prints one line per figure,
``NAME VALUE UNIT``; ``*_ms`` figures are the median of 5 repeats:

* ``report_year_ms``: ``ComplianceReportService.report`` for the year 2026 holding
  100,000 complaints (with their delay notices, pauses and follow-up calls), 200,000
  phone memos, 5,000 appointments and 2,000 outbound visits: the complaints and memos
  judged, counted and timed in SQL (services/compliance_sql.py), the visits read, and
  every figure of the domain. Goal: 1000 ms.
* ``report_year_orm_ms`` and ``report_year_speedup_vs_orm``: the baseline, the same
  records built from whole ORM rows (every column of every complaint, memo and event),
  once.
* ``report_xlsx_ms``: the year's report written as the XLSX workbook (summary, one
  sheet per section, the chart). Goal: 3000 ms.
* ``report_pdf_ms``: the same report as the A4 PDF.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time as clock
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from arco_desk.domain.calendar_business import SEOUL
from arco_desk.domain.complaints import Channel, EventKind
from arco_desk.domain.compliance import compliance_report
from arco_desk.domain.compliance_records import ComplaintRecord, MemoRecord, ReportPeriod
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.store.models import (
    Appointment,
    Complaint,
    ComplaintEvent,
    OutboundVisit,
    PhoneMemo,
    Staff,
    Visitor,
)
from tests.signed_in import open_signed_in

COMPLAINTS = 100_000
MEMOS = 200_000
APPOINTMENTS = 5_000
OUTBOUND_VISITS = 2_000
REPEATS = 5
SEED = 20261128
YEAR = 2026
NOW = datetime(2027, 1, 20, 10, 0, tzinfo=SEOUL)
H = timedelta(hours=1)


def _median_ms(work: Callable[[], object], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = clock.perf_counter()
        work()
        times.append(clock.perf_counter() - start)
    return statistics.median(times) * 1000


def _moment(rng: random.Random) -> datetime:
    """A moment of the year, mostly in working hours."""
    day = datetime(YEAR, 1, 1, tzinfo=SEOUL) + timedelta(days=rng.randrange(365))
    return day.replace(hour=rng.choice((9, 10, 11, 13, 14, 15, 16, 17)),
                       minute=rng.randrange(60))


def fill(services: Services, seed: int = SEED) -> None:
    """A year of complaints with events, memos, appointments and outbound visits."""
    rng = random.Random(seed)
    fill_directory(services.uow, NOW)
    cal = services.calendar.business_calendar()
    standard = services.calendar.standard
    kinds = standard.complaint_kinds
    with services.uow.read() as session:
        staff = [(s.id, s.department_id) for s in session.scalars(select(Staff))]
    complaints: list[dict[str, object]] = []
    plans = []
    for _ in range(COMPLAINTS):
        received = _moment(rng)
        kind = rng.choice(kinds)
        due = cal.due(received, kind.period)
        assignee, department = rng.choice(staff)
        promised = due + timedelta(days=rng.randrange(2, 6)) if rng.random() < 0.05 else None
        deadline = promised or due
        answered = None
        if rng.random() < 0.95:
            answered = min(NOW - H, deadline + timedelta(hours=rng.randrange(-60, 12)))
            answered = max(answered, received + timedelta(minutes=30))
        complaints.append(dict(
            channel=rng.choice(list(Channel)).value, kind_code=kind.code,
            citizen_name="홍길동", title="제목", received_at=received,
            period=str(kind.period), due_at=due, promised_at=promised,
            status="answered" if answered else "in_progress",
            assignee_id=assignee, department_id=department, answered_at=answered,
            created_at=received, updated_at=received))
        plan = [(EventKind.RECEIVED, received)]
        if promised is not None:
            plan.append((EventKind.DELAY_NOTICE, received + H))
        if rng.random() < 0.03:
            plan.append((EventKind.PAUSED, received + 2 * H))
        if answered is not None and rng.random() < 0.3:
            plan.append((EventKind.FOLLOW_UP, answered + H))
        plans.append(plan)
    memos: list[dict[str, object]] = []
    for _ in range(MEMOS):
        called = _moment(rng)
        due = cal.due(called, standard.phone_callback)
        done = None
        if rng.random() < 0.97:
            done = min(NOW - H, called + timedelta(hours=rng.randrange(1, 80)))
        target, department = rng.choice(staff)
        memos.append(dict(called_at=called, callback_due_at=due, done_at=done,
                          done_via="call" if done else "", message="전화 요망",
                          status="done" if done else "new", target_staff_id=target,
                          target_department_id=department,
                          escalated_at=called + H if rng.random() < 0.02 else None,
                          created_at=called, updated_at=called))
    with services.uow.write() as session:
        session.execute(insert(Complaint), complaints)
        ids = list(session.scalars(select(Complaint.id).order_by(Complaint.id)))
        session.execute(insert(ComplaintEvent), [
            dict(complaint_id=i, kind=kind.value, at=at, actor_name="", detail="",
                 ends_at=at + H if kind is EventKind.PAUSED else None)
            for i, plan in zip(ids, plans, strict=True) for kind, at in plan])
        session.execute(insert(PhoneMemo), memos)
        session.execute(insert(Visitor), [dict(name="방문객")])
        visitor = session.scalar(select(Visitor.id))
        session.execute(insert(Appointment), [
            dict(visitor_id=visitor, host_id=rng.choice(staff)[0], starts_at=(
                starts := _moment(rng)), status="arrived",
                 host_ready_at=starts - timedelta(minutes=rng.randrange(-3, 30)))
            for _ in range(APPOINTMENTS)])
        session.execute(insert(OutboundVisit), [
            dict(customer_name="고객", staff_id=(who := rng.choice(staff))[0],
                 department_id=who[1], visit_date=(due := _moment(rng)).date(),
                 call_due_at=due.replace(hour=18, minute=0),
                 called_at=due - timedelta(hours=rng.randrange(-2, 30)))
            for _ in range(OUTBOUND_VISITS)])


def _orm_baseline(services: Services, period: ReportPeriod) -> object:
    """The same complaint and memo figures from whole ORM rows and every event."""
    cal = services.calendar.business_calendar()
    with services.uow.read() as session:
        counted: dict[int, list[str]] = {}
        for event in session.scalars(select(ComplaintEvent)):
            counted.setdefault(event.complaint_id, []).append(event.kind)
        complaints = []
        for c in session.scalars(select(Complaint)):
            kinds = counted.get(c.id, [])
            notices = min(2, kinds.count(EventKind.DELAY_NOTICE.value))
            due = c.promised_at if notices and c.promised_at else c.due_at
            complaints.append(ComplaintRecord(
                c.id, c.kind_code, c.channel, c.department_id, c.received_at, c.due_at,
                max(due, c.due_at), c.answered_at, notices,
                kinds.count(EventKind.PAUSED.value),
                EventKind.FOLLOW_UP.value in kinds and c.answered_at is not None))
        memos = [MemoRecord(m.called_at, m.callback_due_at or m.called_at, m.done_at,
                            m.escalated_at is not None)
                 for m in session.scalars(select(PhoneMemo))]
    return compliance_report(cal, period, NOW, complaints=complaints, memos=memos)


def run() -> list[tuple[str, float, str]]:
    from PySide6.QtWidgets import QApplication

    from arco_desk.ui.report.pdf_report import write_pdf
    from arco_desk.ui.report.xlsx_report import write_xlsx

    QApplication.instance() or QApplication([])
    first, last = date(YEAR, 1, 1), date(YEAR, 12, 31)
    with tempfile.TemporaryDirectory() as folder:
        basedir = Path(folder)
        services = open_signed_in(basedir, clock=lambda: NOW)
        try:
            fill(services)
            result = services.compliance.report(first, last)  # warm the caches
            year_ms = _median_ms(lambda: services.compliance.report(first, last))
            start = clock.perf_counter()
            _orm_baseline(services, ReportPeriod.days(first, last))
            orm_ms = (clock.perf_counter() - start) * 1000
            out = basedir / "report.xlsx"
            xlsx_ms = _median_ms(lambda: write_xlsx(result, out, "벤치마크", NOW))
            pdf = basedir / "report.pdf"
            pdf_ms = _median_ms(lambda: write_pdf(result, pdf, "벤치마크", NOW), repeats=3)
        finally:
            services.close()
    totals = result.report.complaints.total
    print(f"# {totals.received} complaints ({totals.on_time_rate.percent:.1f}% on time), "
          f"{result.report.memos.received} memos, "
          f"{result.report.appointments.appointments} appointments, "
          f"{result.report.outbound_visits.visits} outbound visits", flush=True)
    return [
        ("report_year_ms", year_ms, "ms"),
        ("report_year_orm_ms", orm_ms, "ms"),
        ("report_year_speedup_vs_orm", orm_ms / year_ms, "x"),
        ("report_xlsx_ms", xlsx_ms, "ms"),
        ("report_pdf_ms", pdf_ms, "ms"),
    ]


def main() -> None:
    for name, value, unit in run():
        print(f"{name} {value:.1f} {unit}")


if __name__ == "__main__":
    main()
