"""The compliance report counted by the database (issue 16) against the domain's per-row
reference, on SQLite and PostgreSQL: random complaints and memos stored as rows give the
same figures through ``compliance_sql`` as the rows read by ``compliance_loading`` and
judged by the domain (``complaint_report_of_rows``, ``memo_figures_of_rows``), and every
stored moment's working position in SQL is the calendar's."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select

from arco_desk.domain.calendar_business import SEOUL
from arco_desk.domain.complaints import EventKind
from arco_desk.domain.compliance import (
    complaint_report_of_rows,
    epoch_us,
    memo_figures_of_rows,
)
from arco_desk.domain.compliance_records import ReportPeriod
from arco_desk.services.compliance_loading import complaint_rows, memo_rows, period_condition
from arco_desk.services.compliance_sql import (
    WorkingHours,
    counted_in_store,
    report_hours,
    store_complaint_report,
    store_memo_figures,
)
from arco_desk.services.container import Services
from arco_desk.store.models import Complaint, ComplaintEvent, PhoneMemo, Staff
from tests.actors import DESK, new_staff

US = timedelta(microseconds=1)
# Days around two month ends, with weekends, 한글날 (Fri 9 Oct), 성탄절 and the test's
# agency closure (Wed 4 Nov) and extra working day (Sat 28 Nov).
DAYS = [date(2026, 10, d) for d in (2, 3, 8, 9, 10, 12, 30, 31)] + [
    date(2026, 11, d) for d in (1, 2, 4, 5, 27, 28, 29, 30)] + [
    date(2026, 12, d) for d in (1, 24, 25, 31)] + [date(2027, 1, 1), date(2027, 1, 4)]
CLOSURE, EXTRA_WORKDAY = date(2026, 11, 4), date(2026, 11, 28)
# Clock times at every edge of working time, and either side of Seoul's midnight in UTC.
TIMES = [time(0, 0), time(0, 30), time(8, 59, 59, 999_999), time(9, 0), time(9, 0, 0, 1),
         time(10, 17, 3, 250_001), time(11, 59, 59, 999_999), time(12, 0), time(12, 30),
         time(13, 0), time(13, 0, 0, 1), time(14, 59, 59, 999_999), time(15, 0),
         time(17, 59, 59, 999_999), time(18, 0), time(18, 0, 0, 1), time(20, 45),
         time(23, 59, 59, 999_999)]
KINDS = ("petition", "inquiry", "certificate")
CHANNELS = ("visit", "letter", "phone")

moments = st.builds(lambda day, clock: datetime.combine(day, clock, SEOUL),
                    st.sampled_from(DAYS), st.sampled_from(TIMES))
# After a moment: the same moment, a microsecond either side, or some hours or days on.
offsets = st.sampled_from([timedelta(0), US, -US, -timedelta(hours=2), timedelta(hours=1),
                           timedelta(hours=5, minutes=30), timedelta(days=1),
                           timedelta(days=3, hours=2), timedelta(days=9, microseconds=7),
                           timedelta(days=30)])


@st.composite
def complaints(draw: st.DrawFn) -> dict[str, object]:
    received = draw(moments)
    due = received + draw(offsets)
    promised = draw(st.one_of(st.none(), st.builds(lambda o: due + o, offsets)))
    deadline = promised or due
    answered = draw(st.one_of(
        st.none(), st.builds(lambda o: deadline + o, offsets),
        st.builds(lambda o: received + o, offsets), moments))
    return dict(received=received, due=due, promised=promised, answered=answered,
                kind=draw(st.sampled_from(KINDS)), channel=draw(st.sampled_from(CHANNELS)),
                department=draw(st.sampled_from([0, 1, None])),
                notices=draw(st.integers(0, 3)), pauses=draw(st.integers(0, 2)),
                followed=draw(st.booleans()))


@st.composite
def memos(draw: st.DrawFn) -> dict[str, object]:
    called = draw(moments)
    due = draw(st.one_of(st.none(), st.builds(lambda o: called + o, offsets)))
    done = draw(st.one_of(st.none(), st.builds(lambda o: called + o, offsets), moments,
                          *([] if due is None else [st.builds(lambda o: due + o, offsets)])))
    return dict(called=called, due=due, done=done, escalated=draw(st.booleans()),
                department=draw(st.sampled_from([0, 1, None])))


periods = st.sampled_from([ReportPeriod.month(2026, 11), ReportPeriod.month(2026, 10),
                           ReportPeriod.days(date(2026, 10, 1), date(2026, 12, 31)),
                           ReportPeriod.days(date(2026, 11, 2), date(2026, 11, 4)),
                           ReportPeriod.days(date(2026, 10, 31), date(2027, 1, 4))])
as_ofs = st.one_of(moments, st.builds(lambda m: m + US, moments),
                   st.just(datetime(2027, 2, 1, 9, tzinfo=SEOUL)))


def _store(services: Services, departments: list[int], items: list[dict[str, object]],
           notes: list[dict[str, object]]) -> None:
    with services.uow.write() as session:
        session.execute(delete(ComplaintEvent))
        session.execute(delete(Complaint))
        session.execute(delete(PhoneMemo))
        for c in items:
            dept = None if c["department"] is None else departments[c["department"]]  # type: ignore[index]
            complaint = Complaint(
                channel=c["channel"], kind_code=c["kind"], citizen_name="홍길동", title="제목",
                received_at=c["received"], period="7d", due_at=c["due"],
                promised_at=c["promised"], answered_at=c["answered"],
                status="answered" if c["answered"] else "in_progress", department_id=dept)
            session.add(complaint)
            session.flush()
            at = c["received"]
            plan = ([EventKind.RECEIVED] + [EventKind.DELAY_NOTICE] * c["notices"]  # type: ignore[operator]
                    + [EventKind.PAUSED] * c["pauses"]  # type: ignore[operator]
                    + ([EventKind.FOLLOW_UP] if c["followed"] else []))
            for kind in plan:
                session.execute(insert(ComplaintEvent).values(
                    complaint_id=complaint.id, kind=kind.value, at=at, actor_name="",
                    detail="", ends_at=at + timedelta(hours=1)  # type: ignore[operator]
                    if kind is EventKind.PAUSED else None))
        for m in notes:
            dept = None if m["department"] is None else departments[m["department"]]  # type: ignore[index]
            session.add(PhoneMemo(called_at=m["called"], message="전화 요망",
                                  callback_due_at=m["due"], done_at=m["done"],
                                  target_department_id=dept,
                                  escalated_at=m["called"] if m["escalated"] else None))


def _departments(services: Services) -> list[int]:
    ids = [new_staff(services, "김예술"), new_staff(services, "이예산")]
    with services.uow.read() as session:
        return [session.scalar(select(Staff.department_id).where(Staff.id == i)) or 0
                for i in ids]


def test_the_store_counts_as_the_domain_judges_the_rows(any_services: Services) -> None:
    services = any_services
    services.calendar.add_override(CLOSURE, "closure", "창립기념일", actor=DESK)
    services.calendar.add_override(EXTRA_WORKDAY, "extra_workday", "", actor=DESK)
    cal = services.calendar.business_calendar()
    callback = services.calendar.standard.phone_callback
    departments = _departments(services)

    @settings(max_examples=150, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck), print_blob=False)
    @given(st.lists(complaints(), max_size=14), st.lists(memos(), max_size=10), periods,
           as_ofs, st.sampled_from([None, 0]))
    def check(items: list[dict[str, object]], notes: list[dict[str, object]],
              period: ReportPeriod, as_of: datetime, narrowed: int | None) -> None:
        note(f"period {period}, as of {as_of}")
        _store(services, departments, items, notes)
        department = None if narrowed is None else departments[narrowed]
        assert counted_in_store(period, as_of)
        # the hours counted end a quarter after the period: an answer later than that
        # leaves the figures to the rows (None)
        beyond = period.end + timedelta(days=92)
        with services.uow.read() as session:
            scan = period_condition(session)
            counted = store_complaint_report(session, cal, period, as_of, department,
                                             scan=scan)
            judged = complaint_report_of_rows(cal, period, as_of,
                                              complaint_rows(session, period, department))
            if counted is None:
                assert any(c["answered"] is not None and c["answered"] >= beyond  # type: ignore[operator]
                           for c in items)
            else:
                assert counted == judged
            counted_memos = store_memo_figures(session, cal, callback, period, as_of,
                                               department, scan=scan)
            judged_memos = memo_figures_of_rows(
                cal, period, as_of, memo_rows(session, cal, callback, period, department))
            if counted_memos is None:
                assert any(m["done"] is not None and m["done"] >= beyond  # type: ignore[operator]
                           for m in notes)
            else:
                assert counted_memos == judged_memos

    check()


def test_every_moments_working_position_is_the_calendars(any_services: Services) -> None:
    """Each stored moment's position from the hour table is
    ``BusinessCalendar.working_position_us``: working hours, lunch, evenings, weekends,
    holidays, an agency closure and an extra working day, to the microsecond."""
    services = any_services
    services.calendar.add_override(CLOSURE, "closure", "창립기념일", actor=DESK)
    services.calendar.add_override(EXTRA_WORKDAY, "extra_workday", "", actor=DESK)
    cal = services.calendar.business_calendar()
    called = [datetime.combine(day, clock, SEOUL) + extra
              for day in DAYS for clock in TIMES for extra in (timedelta(0), US)]
    with services.uow.write() as session:
        session.execute(insert(PhoneMemo), [dict(called_at=c, message="m") for c in called])
    first = min(called).astimezone(UTC)
    with services.uow.read() as session:
        hours = WorkingHours(session, cal, first, max(called))
        hour = hours.table.alias("hour")
        found = session.execute(
            select(PhoneMemo.called_at, hours.position(PhoneMemo.called_at, hour),
                   hours.month(hour))
            .outerjoin(hour, hour.c.column1 == hours.key(PhoneMemo.called_at))).all()
    assert len(found) == len(called)
    for moment, position, month in found:
        assert position == cal.working_position_us(epoch_us(moment)), moment
        assert month == moment.year * 12 + moment.month - 1, moment


def test_an_answer_long_after_an_old_period_leaves_it_to_the_rows(any_services: Services
                                                                   ) -> None:
    """The hours counted end a quarter after the period (an old period seen today would
    span years of them): a complaint of 2000 answered in 2026 is left to the rows, with
    the same figures, and an empty old period tables a quarter of hours at most."""
    services = any_services
    received = datetime(2000, 1, 4, 10, tzinfo=SEOUL)
    answered = datetime(2026, 11, 2, 10, 0, 0, 1, tzinfo=SEOUL)
    with services.uow.write() as session:
        session.add(Complaint(channel="visit", kind_code="petition", citizen_name="홍",
                              title="t", received_at=received, period="7d",
                              due_at=received + timedelta(days=9), status="answered",
                              answered_at=answered))
    cal = services.calendar.business_calendar()
    period = ReportPeriod.days(date(2000, 1, 1), date(2000, 1, 31))
    as_of = datetime(2026, 11, 24, 10, 30, tzinfo=SEOUL)
    with services.uow.read() as session:
        assert store_complaint_report(session, cal, period, as_of, None,
                                      scan=period_condition(session)) is None
        judged = complaint_report_of_rows(cal, period, as_of,
                                          complaint_rows(session, period, None))
    report = services.compliance.report(date(2000, 1, 1), date(2000, 1, 31)).report
    assert report.complaints == judged
    assert report.complaints.total.answered_late == 1
    assert report.complaints.total.answer_time.count == 1
    # a day of 2000 seen in 2026 tables its own day and at most a quarter after it
    one_day = ReportPeriod.days(date(2000, 2, 1), date(2000, 2, 1))
    with services.uow.read() as session:
        assert report_hours(session, cal, one_day, as_of).size <= 24 * (1 + 93)
    assert services.compliance.report(date(2000, 2, 1), date(2000, 2, 1)
                                      ).report.complaints.total.received == 0
    # more than three years of hours are not tabled: such a range is read as rows
    assert not counted_in_store(ReportPeriod.days(date(2000, 1, 1), date(2026, 11, 23)),
                                as_of)
    assert counted_in_store(ReportPeriod.days(date(2024, 1, 1), date(2026, 11, 23)), as_of)
