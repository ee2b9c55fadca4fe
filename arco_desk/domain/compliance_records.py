"""What the compliance report (issue 16) is computed from: the period it covers and one
plain record per complaint, phone memo, appointment and outbound visit.

The records carry the deadlines as the desk set them at the time (the deadline in force
of a complaint, a memo's callback due, a visit call's due): the report judges against
them and never recounts a period, so a kind whose period changed mid-year is judged by
the period in force when each complaint came in.

Datetimes may be naive (Asia/Seoul wall time) or aware; every record keeps them aware in
Asia/Seoul, so a month is a Seoul month whatever zone the store answered in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

from arco_desk.domain.calendar_business import SEOUL, to_seoul
from arco_desk.domain.complaint_deadline import MAX_DELAY_NOTICES
from arco_desk.domain.dates import check_date
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import msg

__all__ = [
    "AppointmentRecord",
    "ComplaintRecord",
    "MemoRecord",
    "OutboundVisitRecord",
    "ReportPeriod",
    "month_of",
]

_DECEMBER: Final = 12
_QUARTERS: Final = 4


def month_of(moment: datetime) -> date:
    """The first day of the Asia/Seoul month ``moment`` falls in."""
    seoul = to_seoul(moment)
    return date(seoul.year, seoul.month, 1)


def _next_month(first: date) -> date:
    if first.month == _DECEMBER:
        return date(first.year + 1, 1, 1)
    return date(first.year, first.month + 1, 1)


def _seoul_fields(record: object, *names: str) -> None:
    """Store the named datetime fields of a frozen ``record`` in Asia/Seoul (None stays)."""
    for name in names:
        value = getattr(record, name)
        if value is not None and value.tzinfo is not SEOUL:
            object.__setattr__(record, name, to_seoul(value))



@dataclass(frozen=True, slots=True)
class ReportPeriod:
    """The half-open interval ``[start, end)`` the report covers, in Asia/Seoul."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        _seoul_fields(self, "start", "end")
        if self.end <= self.start:
            raise ValueError(f"a report period must end after it starts: {self.start} – {self.end}")

    @classmethod
    def days(cls, first: date, last: date) -> ReportPeriod:
        """From ``first`` 00:00 to the end of ``last`` (both days included), in Asia/Seoul."""
        return cls(datetime(first.year, first.month, first.day, tzinfo=SEOUL),
                   datetime(last.year, last.month, last.day, tzinfo=SEOUL) + timedelta(days=1))

    @classmethod
    def asked(cls, first: date, last: date, today: date) -> ReportPeriod:
        """The days a person asked for, ``first`` to ``last`` included: each within the
        dates the app accepts (domain/dates.py), and ``last`` not before ``first``
        (ValidationError naming the field)."""
        check_date("first", first, today)
        check_date("last", last, today)
        if last < first:
            raise ValidationError({"last": msg("report.range_reversed", first=first,
                                               last=last)})
        return cls.days(first, last)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> ReportPeriod:
        """Quarter 1–4 of ``year`` in Asia/Seoul."""
        if not 1 <= quarter <= _QUARTERS:
            raise ValueError(f"a quarter is 1 to 4, not {quarter}")
        first_month = 3 * (quarter - 1) + 1
        start = date(year, first_month, 1)
        end = _next_month(_next_month(_next_month(start)))
        return cls(datetime(start.year, start.month, 1, tzinfo=SEOUL),
                   datetime(end.year, end.month, 1, tzinfo=SEOUL))

    @classmethod
    def year(cls, year: int) -> ReportPeriod:
        return cls(datetime(year, 1, 1, tzinfo=SEOUL), datetime(year + 1, 1, 1, tzinfo=SEOUL))

    @property
    def first_day(self) -> date:
        return self.start.date()

    @property
    def last_day(self) -> date:
        """The last day the period covers (its end is the next day's 00:00, or within it)."""
        return (self.end - timedelta(microseconds=1)).date()

    def months(self) -> tuple[date, ...]:
        """The first day of every Asia/Seoul month the period touches, in order."""
        months = [month_of(self.start)]
        last = month_of(self.end - timedelta(microseconds=1))
        while months[-1] < last:
            months.append(_next_month(months[-1]))
        return tuple(months)

    @classmethod
    def month(cls, year: int, month: int) -> ReportPeriod:
        """A calendar month in Asia/Seoul: from the 1st 00:00 to the next 1st 00:00."""
        start = datetime(year, month, 1, tzinfo=SEOUL)
        if month == _DECEMBER:
            return cls(start, datetime(year + 1, 1, 1, tzinfo=SEOUL))
        return cls(start, datetime(year, month + 1, 1, tzinfo=SEOUL))

    def __contains__(self, moment: object) -> bool:
        if not isinstance(moment, datetime):
            return False
        return self.start <= to_seoul(moment) < self.end


@dataclass(frozen=True, slots=True)
class ComplaintRecord:
    """One complaint as the report needs it.

    ``legal_due_at`` is the engine's deadline for the kind's period at receipt, pauses for
    supplementation included; ``due_at`` is the deadline in force: the date promised by the
    last delay notice made in time, else ``legal_due_at``. ``channel`` is a
    :class:`~arco_desk.domain.complaints.Channel` code, ``kind_code`` a code of the service
    standard; ``department_id`` is None while no department handles it.
    """

    id: int
    kind_code: str
    channel: str
    department_id: int | None
    received_at: datetime
    legal_due_at: datetime
    due_at: datetime
    answered_at: datetime | None = None
    delay_notices: int = 0
    pauses: int = 0
    follow_up_called: bool = False

    def __post_init__(self) -> None:
        if (self.received_at.tzinfo is not SEOUL or self.legal_due_at.tzinfo is not SEOUL
                or self.due_at.tzinfo is not SEOUL
                or (self.answered_at is not None and self.answered_at.tzinfo is not SEOUL)):
            _seoul_fields(self, "received_at", "legal_due_at", "due_at", "answered_at")
        if self.legal_due_at < self.received_at:
            raise ValueError(f"complaint {self.id}: the legal deadline is before its receipt")
        if not 0 <= self.delay_notices <= MAX_DELAY_NOTICES:
            raise ValueError(f"complaint {self.id}: {self.delay_notices} delay notices "
                             f"(0–{MAX_DELAY_NOTICES} possible)")
        if self.delay_notices == 0 and self.due_at != self.legal_due_at:
            raise ValueError(f"complaint {self.id}: without a delay notice the deadline in "
                             "force is the legal one")
        if self.due_at < self.legal_due_at:
            raise ValueError(f"complaint {self.id}: a delay notice cannot bring the deadline "
                             "forward")
        if self.pauses < 0:
            raise ValueError(f"complaint {self.id}: {self.pauses} pauses")
        if self.answered_at is not None and self.answered_at < self.received_at:
            raise ValueError(f"complaint {self.id}: answered before it was received")
        if self.follow_up_called and self.answered_at is None:
            raise ValueError(f"complaint {self.id}: a follow-up call comes after the answer")


@dataclass(frozen=True, slots=True)
class MemoRecord:
    """One phone memo: when the call came in, when the callback was due (24 working hours
    by the standard), when the caller was called back or answered by e-mail, and whether
    the memo was escalated to a stand-in for being left unread."""

    called_at: datetime
    callback_due_at: datetime
    called_back_at: datetime | None = None
    escalated: bool = False

    def __post_init__(self) -> None:
        if (self.called_at.tzinfo is not SEOUL or self.callback_due_at.tzinfo is not SEOUL
                or (self.called_back_at is not None and self.called_back_at.tzinfo is not SEOUL)):
            _seoul_fields(self, "called_at", "callback_due_at", "called_back_at")
        if self.callback_due_at < self.called_at:
            raise ValueError("a memo's callback cannot be due before the call")
        if self.called_back_at is not None and self.called_back_at < self.called_at:
            raise ValueError("a memo cannot be called back before the call")


@dataclass(frozen=True, slots=True)
class AppointmentRecord:
    """One pre-arranged visit: when it starts and when its host said they were ready."""

    starts_at: datetime
    host_ready_at: datetime | None = None

    def __post_init__(self) -> None:
        _seoul_fields(self, "starts_at", "host_ready_at")


@dataclass(frozen=True, slots=True)
class OutboundVisitRecord:
    """One visit by staff to a customer: when the call the day before was due (18:00 on
    the last working day before the visit) and when it was made."""

    call_due_at: datetime
    called_at: datetime | None = None

    def __post_init__(self) -> None:
        _seoul_fields(self, "call_due_at", "called_at")
