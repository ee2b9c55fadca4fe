"""Qt date/time widgets ⇄ aware Asia/Seoul datetimes (the services' clock, not the PC's)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime

from arco_desk.domain.clock import SEOUL


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
