"""Qt date/time widgets ⇄ aware Asia/Seoul datetimes (the services' clock, not the PC's)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.dates import EARLIEST_DATE, latest_date


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def to_qtime(moment: datetime) -> QTime:
    local = moment.astimezone(SEOUL)
    return QTime(local.hour, local.minute)


def to_qdatetime(moment: datetime) -> QDateTime:
    local = moment.astimezone(SEOUL)
    return QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute))


def seoul_moment(day: QDate, time: QTime) -> datetime:
    """The wall-clock moment ``day`` ``time`` in Seoul (seconds dropped)."""
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=SEOUL)


def from_qdatetime(moment: QDateTime) -> datetime:
    return seoul_moment(moment.date(), moment.time())


def bound_to_entry_range(edit: QDateTimeEdit, today: date) -> None:
    """Let ``edit`` (a date or date-time picker) offer only the dates the services accept
    (:mod:`arco_desk.domain.dates`): from 2000-01-01 to ``today`` plus five years."""
    edit.setMinimumDate(to_qdate(EARLIEST_DATE))
    edit.setMaximumDate(to_qdate(latest_date(today)))
