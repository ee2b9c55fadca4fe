"""The compliance figures (issue 16), against cases counted by hand on the agency's calendar.

Calendar facts the cases lean on (Asia/Seoul, 2026): 1 May 노동절; 16–18 Feb 설날; 2 Mar
the substitute for 3·1절; 3 Oct 개천절 (a Saturday) with its substitute Monday 5 Oct;
9 Oct 한글날 (a Friday). Every deadline a record carries is first checked against the
engine, so the records hold what the desk would have stored.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from arco_desk.domain.compliance import (
    FOOTNOTES,
    AppointmentFigures,
    ComplaintFigures,
    ComplaintReport,
    MemoFigures,
    OutboundVisitFigures,
    appointment_figures,
    complaint_report,
    compliance_report,
    memo_figures,
    outbound_visit_figures,
)
from arco_desk.domain.compliance_footnotes import markdown
from arco_desk.domain.compliance_measures import (
    Outcome,
    Rate,
    WorkingTimes,
    judge,
    median,
    nearest_rank,
)
from arco_desk.domain.compliance_records import (
    AppointmentRecord,
    ComplaintRecord,
    MemoRecord,
    OutboundVisitRecord,
    ReportPeriod,
    month_of,
)
from arco_desk.domain.deadlines import SEOUL, BusinessCalendar, Period, extension_limit
from arco_desk.domain.errors import ValidationError

H = timedelta(hours=1)
MIN = timedelta(minutes=1)
H3 = Period.parse("3h")
D7 = Period.parse("7d")
APRIL = ReportPeriod.month(2026, 4)
OCTOBER = ReportPeriod.month(2026, 10)
NOVEMBER = ReportPeriod.month(2026, 11)
LATER = datetime(2027, 1, 4, 9, tzinfo=SEOUL)  # long after every case: all is known


def kst(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=SEOUL)


@pytest.fixture(scope="module")
def cal() -> BusinessCalendar:
    return BusinessCalendar.korea()


def complaint(received: datetime, due: datetime, answered: datetime | None = None, *,
              id: int = 1, kind: str = "petition", channel: str = "visit",
              department: int | None = 10, legal_due: datetime | None = None,
              delay_notices: int = 0, pauses: int = 0,
              follow_up: bool = False) -> ComplaintRecord:
    return ComplaintRecord(id=id, kind_code=kind, channel=channel, department_id=department,
                           received_at=received, legal_due_at=legal_due or due, due_at=due,
                           answered_at=answered, delay_notices=delay_notices, pauses=pauses,
                           follow_up_called=follow_up)


def total(cal: BusinessCalendar, period: ReportPeriod, as_of: datetime,
          *records: ComplaintRecord) -> ComplaintFigures:
    return complaint_report(cal, period, as_of, records).total


# --- on time, late, in progress ---------------------------------------------------------------

# A 3-hour certificate received Thursday 30 April 17:00 is due Monday 4 May 11:00: one hour
# on Thursday, 1 May (노동절) and the weekend closed, two hours on Monday.
CERT_RECEIVED = kst(2026, 4, 30, 17)
CERT_DUE = kst(2026, 5, 4, 11)


def test_the_certificate_case_is_the_engines(cal: BusinessCalendar) -> None:
    assert cal.due(CERT_RECEIVED, H3) == CERT_DUE


def test_answered_exactly_at_the_deadline_is_on_time(cal: BusinessCalendar) -> None:
    figures = total(cal, APRIL, LATER, complaint(CERT_RECEIVED, CERT_DUE, CERT_DUE))
    assert (figures.received, figures.answered, figures.answered_on_time,
            figures.answered_late) == (1, 1, 1, 0)
    assert figures.on_time_rate == Rate(1, 1)
    assert figures.on_time_rate.percent == 100.0
    assert figures.answer_time == WorkingTimes(1, 3 * H, 3 * H)


def test_answered_one_minute_after_the_deadline_is_late(cal: BusinessCalendar) -> None:
    figures = total(cal, APRIL, LATER, complaint(CERT_RECEIVED, CERT_DUE, CERT_DUE + MIN))
    assert (figures.answered, figures.answered_on_time, figures.answered_late) == (1, 0, 1)
    assert figures.on_time_rate.percent == 0.0
    assert figures.answer_time.median == 3 * H + MIN


# A 7-working-day petition received Thursday 12 February 10:00 is due Wednesday 25 February
# 18:00 (설날 16–18 February skipped). A delay notice may promise up to one more period:
# 18:00 on the 7th working day after 25 February, 9 March (2 March closed).
PETITION_RECEIVED = kst(2026, 2, 12, 10)
PETITION_DUE = kst(2026, 2, 25, 18)
PROMISED = kst(2026, 3, 6, 18)


def test_the_petition_case_is_the_engines(cal: BusinessCalendar) -> None:
    assert cal.due(PETITION_RECEIVED, D7) == PETITION_DUE
    assert extension_limit(cal, PETITION_DUE, D7) == kst(2026, 3, 9, 18) >= PROMISED


def test_extended_in_time_then_answered_before_the_new_date_is_on_time(
        cal: BusinessCalendar) -> None:
    record = complaint(PETITION_RECEIVED, PROMISED, kst(2026, 3, 5, 15),
                       legal_due=PETITION_DUE, delay_notices=1)
    figures = total(cal, ReportPeriod.month(2026, 2), LATER, record)
    assert (figures.answered_on_time, figures.answered_late) == (1, 0)
    assert (figures.first_delay_notices, figures.second_delay_notices) == (1, 0)
    # 12 Feb 7 h, 13 Feb 8 h, 19–20 Feb 16 h, 23–27 Feb 40 h, 3–4 Mar 16 h, 5 Mar 5 h.
    assert figures.answer_time.median == 92 * H


def test_a_second_extension_is_counted_and_the_answer_after_it_is_late(
        cal: BusinessCalendar) -> None:
    record = complaint(PETITION_RECEIVED, PROMISED + timedelta(days=3), kst(2026, 3, 10, 9),
                       legal_due=PETITION_DUE, delay_notices=2)
    figures = total(cal, ReportPeriod.month(2026, 2), LATER, record)
    assert (figures.answered_on_time, figures.answered_late) == (0, 1)
    assert (figures.first_delay_notices, figures.second_delay_notices) == (1, 1)


def test_a_pause_for_supplementation_moves_the_deadline_and_is_counted(
        cal: BusinessCalendar) -> None:
    # A 3-hour confirmation received Monday 12 October 10:00 would be due 14:00; paused
    # 11:00–15:00 (3 working hours: 11–12, 13–15) it is due 17:00.
    received, pause = kst(2026, 10, 12, 10), (kst(2026, 10, 12, 11), kst(2026, 10, 12, 15))
    due = cal.due(received, H3, [pause])
    assert due == kst(2026, 10, 12, 17)
    paused_once = complaint(received, due, kst(2026, 10, 12, 16, 30), kind="confirmation",
                            pauses=1)
    paused_twice = complaint(received, due, kst(2026, 10, 12, 16), id=2,
                             kind="confirmation", pauses=2)
    figures = total(cal, OCTOBER, LATER, paused_once, paused_twice)
    assert (figures.answered_on_time, figures.paused, figures.supplementation_pauses) == (2, 2, 3)
    # 10–12 and 13–16:30: the pause's time is in the time to answer.
    assert figures.answer_time == WorkingTimes(2, (5 * H + 5 * H + 30 * MIN) / 2, 5 * H + 30 * MIN)


# A 3-hour certificate received Monday 12 October 10:00 is due 14:00 (10–12, 13–14).
OPEN_RECEIVED, OPEN_DUE = kst(2026, 10, 12, 10), kst(2026, 10, 12, 14)


def test_open_past_its_deadline_counts_as_late(cal: BusinessCalendar) -> None:
    assert cal.due(OPEN_RECEIVED, H3) == OPEN_DUE
    figures = total(cal, OCTOBER, OPEN_DUE + MIN, complaint(OPEN_RECEIVED, OPEN_DUE))
    assert (figures.answered, figures.open_past_due, figures.open_within_due) == (0, 1, 0)
    assert figures.on_time_rate == Rate(0, 1)
    assert figures.answer_time == WorkingTimes(0, None, None)


@pytest.mark.parametrize("as_of", [OPEN_DUE - MIN, OPEN_DUE])
def test_open_before_its_deadline_is_in_progress_outside_the_rate(
        cal: BusinessCalendar, as_of: datetime) -> None:
    figures = total(cal, OCTOBER, as_of, complaint(OPEN_RECEIVED, OPEN_DUE))
    assert (figures.received, figures.open_past_due, figures.open_within_due) == (1, 0, 1)
    assert figures.on_time_rate == Rate(0, 0)
    assert figures.on_time_rate.percent is None


def test_the_rate_counts_the_late_open_and_leaves_out_the_ones_in_progress(
        cal: BusinessCalendar) -> None:
    as_of = kst(2026, 10, 12, 14, 30)
    on_time = complaint(OPEN_RECEIVED, OPEN_DUE, kst(2026, 10, 12, 13), id=1)
    late_open = complaint(OPEN_RECEIVED, OPEN_DUE, id=2)
    in_progress = complaint(kst(2026, 10, 12, 14), kst(2026, 10, 12, 17), id=3)
    answered_after_as_of = complaint(OPEN_RECEIVED, OPEN_DUE, kst(2026, 10, 12, 15), id=4)
    figures = total(cal, OCTOBER, as_of, on_time, late_open, in_progress, answered_after_as_of)
    assert (figures.received, figures.answered, figures.open_past_due,
            figures.open_within_due) == (4, 1, 2, 1)
    assert figures.on_time_rate == Rate(1, 3)


def test_a_past_month_shows_the_latest_outcome_and_its_end_the_snapshot(
        cal: BusinessCalendar) -> None:
    # Received Friday 30 October 15:00, due 18:00 on working day 7: Monday 9 November.
    received = kst(2026, 10, 30, 15)
    due = cal.due(received, D7)
    assert due == kst(2026, 11, 9, 18)
    record = complaint(received, due, kst(2026, 11, 4, 10))
    assert total(cal, OCTOBER, LATER, record).answered_on_time == 1
    assert total(cal, OCTOBER, OCTOBER.end, record).open_within_due == 1


def test_judging_knows_only_what_happened_before_the_moment() -> None:
    due = kst(2026, 10, 12, 14)
    assert judge(due, due, due + MIN) is Outcome.ON_TIME
    assert judge(due, due, due) is Outcome.IN_PROGRESS  # answered "now": not known yet
    assert judge(due, None, due) is Outcome.IN_PROGRESS
    assert judge(due, None, due + MIN) is Outcome.OVERDUE
    assert judge(due, due + MIN, due + 2 * MIN) is Outcome.LATE


def test_follow_up_calls_are_counted_on_answered_complaints(cal: BusinessCalendar) -> None:
    called = complaint(CERT_RECEIVED, CERT_DUE, CERT_DUE, id=1, follow_up=True)
    not_called = complaint(CERT_RECEIVED, CERT_DUE, CERT_DUE, id=2)
    assert total(cal, APRIL, LATER, called, not_called).follow_up_calls == 1


# --- which complaints belong to a period --------------------------------------------------------


def test_a_complaint_belongs_to_the_seoul_month_it_was_received_in(
        cal: BusinessCalendar) -> None:
    # Saturday 31 October 23:30 and Sunday 1 November 00:10: counting starts Monday 2
    # November for both, so both are due 18:00 on Tuesday 10 November.
    late_october = kst(2026, 10, 31, 23, 30)
    early_november = datetime(2026, 10, 31, 15, 10, tzinfo=UTC)  # 1 Nov 00:10 in Seoul
    due = kst(2026, 11, 10, 18)
    assert cal.due(late_october, D7) == cal.due(early_november, D7) == due
    records = [complaint(late_october, due, id=1), complaint(early_november, due, id=2)]
    assert complaint_report(cal, OCTOBER, LATER, records).total.received == 1
    assert complaint_report(cal, NOVEMBER, LATER, records).total.received == 1
    assert records[1].received_at == kst(2026, 11, 1, 0, 10)
    assert records[1].received_at not in OCTOBER


def test_a_month_runs_from_the_first_to_the_next_first_in_seoul() -> None:
    assert (OCTOBER.start, OCTOBER.end) == (kst(2026, 10, 1), kst(2026, 11, 1))
    december = ReportPeriod.month(2026, 12)
    assert (december.start, december.end) == (kst(2026, 12, 1), kst(2027, 1, 1))
    assert kst(2026, 10, 1) in OCTOBER
    assert kst(2026, 11, 1) not in OCTOBER
    assert datetime(2026, 10, 31, 23, 59) in OCTOBER  # naive is Seoul wall time


def test_a_kind_whose_period_changed_mid_year_is_judged_by_the_period_at_receipt(
        cal: BusinessCalendar) -> None:
    # "Other" was 7 working days until June and 3 days (24 working hours) from July. Both
    # complaints are answered four working days after receipt.
    june, july = kst(2026, 6, 9, 10), kst(2026, 7, 7, 10)
    june_due, july_due = cal.due(june, D7), cal.due(july, Period.parse("3d"))
    assert (june_due, july_due) == (kst(2026, 6, 17, 18), kst(2026, 7, 10, 10))
    records = [complaint(june, june_due, kst(2026, 6, 15, 10), id=1, kind="other"),
               complaint(july, july_due, kst(2026, 7, 13, 10), id=2, kind="other")]
    summer = ReportPeriod(kst(2026, 6, 1), kst(2026, 8, 1))
    other = complaint_report(cal, summer, LATER, records).by_kind["other"]
    assert (other.answered_on_time, other.answered_late) == (1, 1)
    assert other.answer_time.median == other.answer_time.p90 == 32 * H


# --- groups -------------------------------------------------------------------------------------


def test_each_complaint_counts_once_in_the_total_and_in_each_grouping(
        cal: BusinessCalendar) -> None:
    records = [
        complaint(CERT_RECEIVED, CERT_DUE, CERT_DUE, id=1, kind="fact_certificate",
                  channel="visit", department=20),
        complaint(CERT_RECEIVED, CERT_DUE, CERT_DUE + MIN, id=2, kind="fact_certificate",
                  channel="letter", department=None),
        complaint(CERT_RECEIVED, CERT_DUE, CERT_DUE, id=3, kind="confirmation",
                  channel="letter", department=3),
    ]
    report = complaint_report(cal, APRIL, LATER, records)
    assert isinstance(report, ComplaintReport)
    assert report.total.received == 3
    assert list(report.by_kind) == ["confirmation", "fact_certificate"]
    assert list(report.by_channel) == ["letter", "visit"]
    assert list(report.by_department) == [3, 20, None]
    assert report.by_kind["fact_certificate"].on_time_rate == Rate(1, 2)
    assert report.by_channel["letter"].answered_late == 1
    assert report.by_department[None].answered_late == 1
    for grouping in (report.by_kind, report.by_channel, report.by_department):
        assert sum(f.received for f in grouping.values()) == 3
        assert sum(f.answered_on_time for f in grouping.values()) == 2


def test_nothing_received_gives_zeros_and_no_rate(cal: BusinessCalendar) -> None:
    report = complaint_report(cal, OCTOBER, LATER, [complaint(CERT_RECEIVED, CERT_DUE)])
    assert report.total.received == 0
    assert report.total.on_time_rate.percent is None
    assert report.total.answer_time == WorkingTimes(0, None, None)
    assert dict(report.by_kind) == {}


# --- medians and percentiles -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hours", "middle", "p90"),
    [
        ([3], 3 * H, 3 * H),
        ([1, 2, 3], 2 * H, 3 * H),  # rank ⌈2.7⌉ = 3
        ([4, 1, 3, 2], 2 * H + 30 * MIN, 4 * H),  # mean of 2 and 3; rank ⌈3.6⌉ = 4
        (list(range(1, 11)), 5 * H + 30 * MIN, 9 * H),  # rank ⌈9⌉ = 9
        (list(range(1, 21)), 10 * H + 30 * MIN, 18 * H),  # rank 18
        ([1, 1, 1, 1, 1, 1, 1, 1, 1, 50], 1 * H, 1 * H),  # rank 9 of 10: the outlier is out
        ([1, 1, 1, 1, 1, 1, 1, 1, 1, 50, 60], 1 * H, 50 * H),  # rank ⌈9.9⌉ = 10 of 11
    ],
)
def test_median_and_nearest_rank_90th_percentile(hours: list[int], middle: timedelta,
                                                  p90: timedelta) -> None:
    times = WorkingTimes.of(h * H for h in hours)
    assert times == WorkingTimes(len(hours), middle, p90)


def test_nearest_rank_is_always_one_of_the_values() -> None:
    ordered = [1 * H, 2 * H, 3 * H, 4 * H]
    assert nearest_rank(ordered, 50) == 2 * H  # where the median takes the mean: 2h30
    assert median(ordered) == 2 * H + 30 * MIN
    assert nearest_rank(ordered, 100) == 4 * H
    assert nearest_rank(ordered, 1) == 1 * H


@pytest.mark.parametrize("percent", [0, 101])
def test_nearest_rank_refuses_a_percent_out_of_range(percent: int) -> None:
    with pytest.raises(ValueError, match="percentile"):
        nearest_rank([H], percent)


def test_median_and_percentile_of_nothing_are_refused() -> None:
    with pytest.raises(ValueError, match="median"):
        median([])
    with pytest.raises(ValueError, match="percentile"):
        nearest_rank([], 90)


def test_a_rate_cannot_hit_more_than_it_counts() -> None:
    assert Rate(1, 3).percent == pytest.approx(33.333, abs=1e-3)
    with pytest.raises(ValueError, match="rate"):
        Rate(2, 1)


# --- phone memos --------------------------------------------------------------------------------

# Called Friday 2 October 16:00: 2 hours on Friday, the weekend and Monday 5 October (the
# substitute for 개천절) closed, 8 on Tuesday, 8 on Wednesday, 6 on Thursday: the callback
# is due Thursday 8 October 16:00, not Saturday 16:00 as 24 clock hours would have it.
MEMO_CALL = kst(2026, 10, 2, 16)
MEMO_DUE = kst(2026, 10, 8, 16)


def test_a_memo_callback_within_24_working_hours_across_a_weekend_and_holiday(
        cal: BusinessCalendar) -> None:
    assert cal.due(MEMO_CALL, Period.parse("24h")) == MEMO_DUE
    records = [
        MemoRecord(MEMO_CALL, MEMO_DUE, MEMO_DUE),  # 24 working hours: in time
        MemoRecord(MEMO_CALL, MEMO_DUE, MEMO_DUE + MIN, escalated=True),  # late
        MemoRecord(MEMO_CALL, MEMO_DUE, kst(2026, 10, 6, 10)),  # 2 h + 1 h
    ]
    figures = memo_figures(cal, OCTOBER, LATER, records)
    assert figures == MemoFigures(
        received=3, called_back=3, called_back_in_time=2, called_back_late=1,
        open_past_due=0, open_within_due=0, callback_rate=Rate(2, 3),
        callback_time=WorkingTimes(3, 24 * H, 24 * H + MIN), escalations=1)


def test_a_memo_not_called_back_is_late_past_its_due_and_in_progress_before(
        cal: BusinessCalendar) -> None:
    memo = MemoRecord(MEMO_CALL, MEMO_DUE)
    late = memo_figures(cal, OCTOBER, MEMO_DUE + MIN, [memo])
    early = memo_figures(cal, OCTOBER, kst(2026, 10, 3, 12), [memo])
    assert (late.open_past_due, late.callback_rate) == (1, Rate(0, 1))
    assert (early.open_within_due, early.callback_rate.percent) == (1, None)
    assert late.callback_time == WorkingTimes(0, None, None)


def test_a_memo_belongs_to_the_month_of_the_call(cal: BusinessCalendar) -> None:
    call = kst(2026, 9, 30, 17)
    memo = MemoRecord(call, cal.due(call, Period.parse("24h")), kst(2026, 10, 1, 9))
    assert memo_figures(cal, OCTOBER, LATER, [memo]).received == 0
    assert memo_figures(cal, ReportPeriod.month(2026, 9), LATER, [memo]).received == 1


# --- appointments and outbound visits ----------------------------------------------------------

STARTS = kst(2026, 10, 14, 14)


def test_host_ready_exactly_5_minutes_before_counts_and_4_minutes_does_not() -> None:
    records = [
        AppointmentRecord(STARTS, STARTS - 5 * MIN),
        AppointmentRecord(STARTS, STARTS - 4 * MIN),
        AppointmentRecord(STARTS),  # never said ready
        AppointmentRecord(kst(2026, 10, 14, 16)),  # later that day: not due yet
    ]
    figures = appointment_figures(OCTOBER, kst(2026, 10, 14, 15), records)
    assert figures == AppointmentFigures(appointments=4, ready_in_time=1, ready_late=1,
                                         not_ready_past_mark=1, not_due_yet=1,
                                         ready_rate=Rate(1, 3))


def test_the_host_ready_lead_is_the_standards() -> None:
    record = AppointmentRecord(STARTS, STARTS - 8 * MIN)
    assert appointment_figures(OCTOBER, LATER, [record], lead=10 * MIN).ready_late == 1


def test_the_call_the_day_before_a_visit_on_time_or_not(cal: BusinessCalendar) -> None:
    # A visit on Tuesday 6 October: Monday 5 October is closed, so the call is due Friday
    # 2 October 18:00.
    due = cal.call_before_visit_due(date(2026, 10, 6))
    assert due == kst(2026, 10, 2, 18)
    records = [
        OutboundVisitRecord(due, due),
        OutboundVisitRecord(due, kst(2026, 10, 5, 10)),  # on the closed Monday: late
        OutboundVisitRecord(due),
        OutboundVisitRecord(kst(2026, 10, 30, 18)),  # due 30 October: not yet on 6 October
    ]
    figures = outbound_visit_figures(OCTOBER, kst(2026, 10, 6, 9), records)
    assert figures == OutboundVisitFigures(visits=4, called_on_time=1, called_late=1,
                                           not_called_past_due=1, not_due_yet=1,
                                           call_rate=Rate(1, 3))


# --- everything at once, the records and the footnotes ------------------------------------------


def test_the_whole_report_is_judged_as_of_one_moment(cal: BusinessCalendar) -> None:
    as_of = datetime(2026, 10, 12, 5, 30, tzinfo=UTC)  # 14:30 in Seoul
    report = compliance_report(
        cal, OCTOBER, as_of,
        complaints=[complaint(OPEN_RECEIVED, OPEN_DUE)],
        memos=[MemoRecord(MEMO_CALL, MEMO_DUE, MEMO_DUE)],
        appointments=[AppointmentRecord(STARTS)],
        outbound_visits=[OutboundVisitRecord(kst(2026, 10, 2, 18))])
    assert report.as_of == kst(2026, 10, 12, 14, 30)
    assert report.complaints.total.open_past_due == 1
    assert report.memos.called_back_in_time == 1
    assert report.appointments.not_due_yet == 1
    assert report.outbound_visits.not_called_past_due == 1


def test_records_keep_their_moments_in_seoul() -> None:
    record = MemoRecord(datetime(2026, 10, 2, 16), datetime(2026, 10, 8, 7, tzinfo=UTC))
    assert record.called_at == MEMO_CALL
    assert record.callback_due_at == MEMO_DUE
    assert record.callback_due_at.tzinfo is SEOUL


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"delay_notices": 3}, "delay notices"),
        ({"delay_notices": 0, "due_at": PROMISED}, "without a delay notice"),
        ({"delay_notices": 1, "due_at": PETITION_DUE - H}, "forward"),
        ({"answered_at": PETITION_RECEIVED - H}, "before it was received"),
        ({"follow_up_called": True}, "follow-up"),
        ({"pauses": -1}, "pauses"),
        ({"legal_due_at": PETITION_RECEIVED - H, "due_at": PETITION_RECEIVED - H},
         "before its receipt"),
    ],
)
def test_a_complaint_record_that_cannot_be_is_refused(changes: dict[str, object],
                                                      words: str) -> None:
    values: dict[str, object] = {
        "id": 7, "kind_code": "petition", "channel": "letter", "department_id": 1,
        "received_at": PETITION_RECEIVED, "legal_due_at": PETITION_DUE,
        "due_at": PETITION_DUE, "answered_at": None, "delay_notices": 0, "pauses": 0,
        "follow_up_called": False,
    }
    with pytest.raises(ValueError, match=words):
        ComplaintRecord(**{**values, **changes})  # type: ignore[arg-type]


def test_a_period_must_end_after_it_starts() -> None:
    with pytest.raises(ValueError, match="end after"):
        ReportPeriod(kst(2026, 10, 1), kst(2026, 10, 1))


FIGURES = {"complaints": ComplaintFigures, "memos": MemoFigures,
           "appointments": AppointmentFigures, "outbound_visits": OutboundVisitFigures}


def test_every_figure_has_a_footnote_and_every_footnote_a_figure() -> None:
    figures = {f"{section}.{f.name}" for section, cls in FIGURES.items() for f in fields(cls)}
    general = ({key for key in FOOTNOTES if key.startswith("report.")}
               | {"complaints.groups", "complaints.by_kind_month"})
    assert set(FOOTNOTES) == figures | general
    assert {"report.period", "report.as_of", "report.on_time", "report.percentiles",
            "report.working_time"} <= general
    assert all(text.strip() and text.endswith(".") for text in FOOTNOTES.values())


# --- periods and the chart's months --------------------------------------------------------


def test_periods_asked_by_days_quarters_and_years_in_seoul() -> None:
    days = ReportPeriod.asked(date(2026, 11, 1), date(2026, 11, 30), date(2026, 11, 28))
    assert days == NOVEMBER
    assert (days.first_day, days.last_day) == (date(2026, 11, 1), date(2026, 11, 30))
    assert ReportPeriod.days(date(2026, 2, 12), date(2026, 2, 12)).end == kst(2026, 2, 13)
    q4 = ReportPeriod.quarter(2026, 4)
    assert (q4.start, q4.end) == (kst(2026, 10, 1), kst(2027, 1, 1))
    assert ReportPeriod.quarter(2026, 1).end == kst(2026, 4, 1)
    assert ReportPeriod.year(2026) == ReportPeriod(kst(2026, 1, 1), kst(2027, 1, 1))
    with pytest.raises(ValueError, match="quarter"):
        ReportPeriod.quarter(2026, 5)


def test_a_reversed_or_impossible_range_is_refused_by_field() -> None:
    with pytest.raises(ValidationError) as reversed_range:
        ReportPeriod.asked(date(2026, 11, 30), date(2026, 11, 1), date(2026, 11, 28))
    assert reversed_range.value.field_errors["last"].key == "report.range_reversed"
    with pytest.raises(ValidationError) as too_early:
        ReportPeriod.asked(date(1999, 12, 31), date(2026, 11, 1), date(2026, 11, 28))
    assert too_early.value.field_errors["first"].key == "date.out_of_range"


def test_the_months_a_period_touches() -> None:
    assert NOVEMBER.months() == (date(2026, 11, 1),)
    assert ReportPeriod.year(2026).months() == tuple(date(2026, m, 1) for m in range(1, 13))
    assert ReportPeriod.days(date(2026, 11, 20), date(2027, 1, 5)).months() == (
        date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1))
    assert month_of(datetime(2026, 10, 31, 15, 30, tzinfo=UTC)) == date(2026, 11, 1)


def test_the_on_time_rate_per_kind_and_month(cal: BusinessCalendar) -> None:
    """Two kinds over October and November: each month's complaints of each kind alone;
    a month without any of a kind is there, with nothing to rate."""
    def answered(kind: str, received: datetime, period: Period, late: bool) -> ComplaintRecord:
        due = cal.due(received, period)
        return ComplaintRecord(1, kind, "visit", None, received, due, due,
                               answered_at=due + (MIN if late else -MIN))
    records = [
        answered("petition", kst(2026, 10, 13, 10), D7, late=False),
        answered("petition", kst(2026, 10, 14, 10), D7, late=True),
        answered("petition", kst(2026, 11, 10, 10), D7, late=False),
        answered("certificate", kst(2026, 11, 11, 10), H3, late=False),
    ]
    both = ReportPeriod.days(date(2026, 10, 1), date(2026, 11, 30))
    report = complaint_report(cal, both, LATER, records)
    months = report.by_kind_month
    assert list(months) == ["certificate", "petition"]
    october, november = date(2026, 10, 1), date(2026, 11, 1)
    assert list(months["petition"]) == [october, november]
    assert months["petition"][october].on_time_rate == Rate(1, 2)
    assert months["petition"][november].on_time_rate.percent == 100
    assert months["certificate"][october].received == 0
    assert months["certificate"][october].on_time_rate.percent is None
    assert months["certificate"][november].answered_on_time == 1


def test_the_readme_prints_every_definition_as_the_domain_words_it() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert markdown() in readme
    for key, text in FOOTNOTES.items():
        assert f"- `{key}`: {text}\n" in readme, key
