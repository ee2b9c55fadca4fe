"""How complaints read on screen: labels in the UI's language, badges in colour *and* text,
and moments between Qt's date-time editors and aware Seoul datetimes."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit

from arco_desk.domain.calendar_business import SEOUL, to_seoul
from arco_desk.ui.common.messages import moment_text as seoul_moment_text
from arco_desk.ui.common.messages import working_time_text as working_time_words
from arco_desk.ui.common.seoul_time import bound_to_entry_range


def moment_text(moment: datetime | None, now: datetime) -> str:
    """"11월 24일 10:30" (Korean UI) or "24 Nov 10:30"; with the year when it is not
    the year of ``now``."""
    if moment is None:
        return ""
    return seoul_moment_text(moment, with_year=to_seoul(moment).year != to_seoul(now).year)


def short_moment(moment: datetime | None, now: datetime) -> str:
    """"11/24 10:30" for table cells; "2025-11-24 10:30" in another year than ``now``'s."""
    if moment is None:
        return ""
    t = to_seoul(moment)
    return f"{t:%m/%d %H:%M}" if t.year == to_seoul(now).year else f"{t:%Y-%m-%d %H:%M}"


def working_time_text(amount: timedelta) -> str:
    return working_time_words(amount)


# --- date-time editors --------------------------------------------------------------------------


def make_moment_edit(moment: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    bound_to_entry_range(edit, moment.astimezone(SEOUL).date())
    set_moment(edit, moment)
    return edit


def set_moment(edit: QDateTimeEdit, moment: datetime) -> None:
    t = to_seoul(moment)
    edit.setDateTime(QDateTime(QDate(t.year, t.month, t.day),
                               QTime(t.hour, t.minute, t.second)))


def moment_of(edit: QDateTimeEdit) -> datetime:
    """The edit's date and time as an aware Seoul datetime (seconds kept)."""
    value = edit.dateTime()
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(),
                    tzinfo=SEOUL)
