"""Transitional: the Korean words services still read from the domain.

Services word some refusals, ledger lines and export columns themselves (in Korean).
Until they pass message keys too, the few labels and date formats they read live here,
in one place, and nowhere else in the domain. The UI never uses this module: it words
every enum through ``arco_desk.ui.common.labels``.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Final

from arco_desk.domain.calendar_business import to_seoul
from arco_desk.domain.deadlines import Period, PeriodUnit

__all__ = ["KoreanLabel", "date_time_ko", "deadline_rule", "purge_description"]

_LABELS_KO: Final[dict[tuple[str, str], str]] = {
    ("VisitStatus", "expected"): "방문 예정",
    ("VisitStatus", "host_ready"): "응대 준비 완료",
    ("VisitStatus", "arrived"): "도착",
    ("VisitStatus", "in_meeting"): "면담 중",
    ("VisitStatus", "left"): "퇴실",
    ("VisitStatus", "no_show"): "미방문",
    ("VisitStatus", "cancelled"): "취소",
    ("Presence", "in"): "재실",
    ("Presence", "away"): "자리 비움",
    ("Presence", "leave"): "휴가",
    ("Presence", "trip"): "출장",
    ("Presence", "training"): "교육",
    ("OverrideKind", "closure"): "기관 휴무",
    ("OverrideKind", "temporary_holiday"): "임시공휴일",
    ("OverrideKind", "extra_workday"): "추가 근무일",
    ("PurgeMethod", "delete"): "삭제",
    ("PurgeMethod", "anonymise"): "익명화",
}


class KoreanLabel(enum.Enum):
    """Transitional mixin: ``label_ko`` for the enums services still word themselves."""

    @property
    def label_ko(self) -> str:
        return _LABELS_KO[(type(self).__name__, str(self.value))]


def date_time_ko(moment: datetime) -> str:
    """"2월 25일 18:00" (services' own Korean texts)."""
    t = to_seoul(moment)
    return f"{t.month}월 {t.day}일 {t:%H:%M}"


def deadline_rule(period: Period, due: datetime, language: str = "ko") -> str:
    """The rule in words: "7근무일, 첫날 산입 → 2월 25일 18:00" (services' previews)."""
    if language.startswith("en"):
        t = to_seoul(due)
        return f"{_period_en(period)} → {t.day} {t:%b} {t:%H:%M}"
    return f"{_period_ko(period)} → {date_time_ko(due)}"


def _period_ko(period: Period) -> str:
    if period.unit is PeriodUnit.HOURS:
        return f"{period.amount}근무시간"
    if period.in_hours:
        return f"{period.amount}근무일({period.hours}근무시간)"
    return f"{period.amount}근무일, 첫날 산입"


def _period_en(period: Period) -> str:
    if period.unit is PeriodUnit.HOURS:
        return _plural(period.amount, "working hour")
    if period.in_hours:
        return f"{_plural(period.amount, 'working day')} ({period.hours} working hours)"
    return f"{_plural(period.amount, 'working day')}, first day counted"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def purge_description(cutoff: datetime, visits: int, appointments: int,
                      outbound_visits: int) -> str:
    """The destruction ledger's "what" (stored as written)."""
    return (f"방문객 개인정보 ({cutoff:%Y-%m-%d} 이전): 방문 {visits}건, "
            f"예약 {appointments}건, 외부 방문 {outbound_visits}건")
