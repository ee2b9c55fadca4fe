"""The one place a domain :class:`~arco_desk.domain.messages.Message` becomes text.

The template of ``message.key`` (:data:`CATALOGUE`, English) is translated in the
``Message`` context and its placeholders are filled in for the UI's language:

* a ``datetime`` is a moment in Asia/Seoul: ``2월 25일 18:00`` / ``25 Feb 18:00``; a
  format spec with ``%`` (``{at:%H:%M}``) is a ``strftime`` pattern;
* a ``date`` is ``2026-02-25(수)`` / ``Wed 2026-02-25``; ``{day:md}`` is
  ``2월 25일(수)`` / ``Wed 25 Feb``; ``{day:weekday}`` is ``토요일`` / ``Saturday``;
* a ``timedelta`` is working time: ``2일 3시간``, ``3시간 20분`` / ``2d 3h``, ``3h 20m``;
  ``{left:largest}`` keeps the largest unit only, ``{left:hm}`` counts hours and
  minutes (``12시간 5분`` / ``12h 5m``);
* an enum member is its label (:func:`arco_desk.ui.common.labels.label`);
* a nested ``Message`` is rendered the same way; ``str`` and ``int`` as they are
  (an ``int`` takes a format spec such as ``{count:,}``).
"""

from __future__ import annotations

import enum
import string
from datetime import date, datetime, timedelta
from typing import Any, Final

from PySide6.QtCore import QCoreApplication

from arco_desk.domain.calendar_business import to_seoul
from arco_desk.domain.messages import Message
from arco_desk.domain.notifications import Notice
from arco_desk.ui.common.labels import label
from arco_desk.ui.common.language import ui_language
from arco_desk.ui.common.message_catalogue import CATALOGUE

__all__ = ["CATALOGUE", "date_text", "moment_text", "notice_words", "render", "working_time_text"]

_WEEKDAYS_KO: Final = "월화수목금토일"
_WEEKDAYS_EN: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_WEEKDAY_NAMES_EN: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                             "Saturday", "Sunday")
_MONTHS_EN: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                     "Nov", "Dec")


def render(message: Message) -> str:
    """``message`` in the UI's language."""
    template = QCoreApplication.translate("Message", CATALOGUE[message.key])
    return _Words(message).format(template)


def notice_words(notice: Notice) -> tuple[str, str]:
    """A desktop notification's title and body (one line per body message)."""
    return render(notice.title), "\n".join(render(line) for line in notice.lines)


class _Words(string.Formatter):
    def __init__(self, message: Message) -> None:
        super().__init__()
        self.message = message

    def format(self, template: str, /, *args: Any, **kwargs: Any) -> str:
        return self.vformat(template, (), dict(self.message.params))

    def format_field(self, value: Any, format_spec: str) -> str:
        return param_text(value, format_spec)


def param_text(value: object, spec: str = "") -> str:
    """One parameter in the UI's language (see the module docstring)."""
    if isinstance(value, Message):
        return render(value)
    if isinstance(value, enum.Enum):
        return label(value)
    if isinstance(value, datetime):
        return to_seoul(value).strftime(spec) if "%" in spec else moment_text(value)
    if isinstance(value, date):
        if spec == "weekday":
            return weekday_name(value)
        return date_text(value, month_day=spec == "md")
    if isinstance(value, timedelta):
        if spec == "hm":
            return hours_minutes_text(value)
        return working_time_text(value, largest_unit_only=spec == "largest")
    if isinstance(value, int):
        return format(value, spec)
    return str(value)


def moment_text(moment: datetime, *, with_year: bool = False) -> str:
    """``2월 25일 18:00`` / ``25 Feb 18:00`` (Asia/Seoul); the year first when asked."""
    t = to_seoul(moment)
    if ui_language() == "en":
        year = f" {t.year}" if with_year else ""
        return f"{t.day} {_MONTHS_EN[t.month - 1]}{year} {t:%H:%M}"
    year = f"{t.year}년 " if with_year else ""
    return f"{year}{t.month}월 {t.day}일 {t:%H:%M}"


def date_text(day: date, *, month_day: bool = False) -> str:
    """``2026-02-25(수)`` / ``Wed 2026-02-25``; ``2월 25일(수)`` / ``Wed 25 Feb``."""
    if ui_language() == "en":
        weekday = _WEEKDAYS_EN[day.weekday()]
        if month_day:
            return f"{weekday} {day.day} {_MONTHS_EN[day.month - 1]}"
        return f"{weekday} {day.isoformat()}"
    weekday = _WEEKDAYS_KO[day.weekday()]
    if month_day:
        return f"{day.month}월 {day.day}일({weekday})"
    return f"{day.isoformat()}({weekday})"


def weekday_name(day: date) -> str:
    """``토요일`` / ``Saturday``."""
    if ui_language() == "en":
        return _WEEKDAY_NAMES_EN[day.weekday()]
    return f"{_WEEKDAYS_KO[day.weekday()]}요일"


def hours_minutes_text(amount: timedelta) -> str:
    """``3시간 20분``, ``45분``, ``2시간`` / ``3h 20m``, ``45m``, ``2h`` (minutes rounded down)."""
    hours, minutes = divmod(max(0, amount // timedelta(minutes=1)), 60)
    units = ("h", "m") if ui_language() == "en" else ("시간", "분")
    parts = [f"{hours}{units[0]}"] if hours else []
    if minutes or not hours:
        parts.append(f"{minutes}{units[1]}")
    return " ".join(parts)


def working_time_text(amount: timedelta, *, largest_unit_only: bool = False) -> str:
    """Working time (8 h = 1 day): ``2일 3시간``, ``3시간 20분``, ``45분`` / ``2d 3h``,
    ``3h 20m``, ``45m``; minutes only under one day."""
    minutes = max(0, amount // timedelta(minutes=1))
    days, minutes = divmod(minutes, 8 * 60)
    hours, minutes = divmod(minutes, 60)
    units = ("d", "h", "m") if ui_language() == "en" else ("일", "시간", "분")
    parts = [f"{days}{units[0]}"] if days else []
    if hours:
        parts.append(f"{hours}{units[1]}")
    if minutes and not days:
        parts.append(f"{minutes}{units[2]}")
    if not parts:
        parts.append(f"0{units[2]}")
    return parts[0] if largest_unit_only else " ".join(parts)
