"""What a staff PC's desktop notification says about a change addressed to them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from arco_desk.domain.change_feed import ChangeKind

EXCERPT = 80


@dataclass(frozen=True, slots=True)
class Notice:
    kind: ChangeKind
    entity_id: int
    title: str
    text: str


def _who(name: str, organisation: str) -> str:
    name = name or "이름 미상"
    return f"{name}({organisation})" if organisation else name


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT else flat[: EXCERPT - 1] + "…"


def memo_notice(memo_id: int, caller: str, organisation: str, reasons: Sequence[str],
                message: str, callback_due: datetime | None, escalated: bool = False) -> Notice:
    title = f"{'[미확인 메모] ' if escalated else ''}전화 메모: {_who(caller, organisation)}"
    lines = []
    if reasons:
        lines.append(" · ".join(reasons))
    if message:
        lines.append(_excerpt(message))
    if callback_due is not None:
        lines.append(f"회신 기한 {callback_due:%m월 %d일 %H:%M}")
    kind = ChangeKind.MEMO_ESCALATED if escalated else ChangeKind.MEMO_FORWARDED
    return Notice(kind, memo_id, title, "\n".join(lines))


def arrival_notice(visit_id: int, visitor: str, organisation: str, companions: int,
                   purpose: str, arrived_at: datetime) -> Notice:
    party = f" 외 {companions}명" if companions > 0 else ""
    lines = [f"{arrived_at:%H:%M} 안내데스크 도착"]
    if purpose:
        lines.append(_excerpt(purpose))
    return Notice(ChangeKind.VISITOR_ARRIVED, visit_id,
                  f"방문객 도착: {_who(visitor, organisation)}{party}", "\n".join(lines))


def preparation_notice(appointment_id: int, visitor: str, organisation: str,
                       starts_at: datetime, place: str) -> Notice:
    where = f", {place}" if place else ""
    return Notice(ChangeKind.PREPARATION_ALERT, appointment_id,
                  f"곧 방문 예정: {_who(visitor, organisation)}",
                  f"{starts_at:%H:%M} 약속{where}. 맞을 준비가 되면 '준비 완료'를 누르세요.")


def complaint_notice(complaint_id: int, title: str, due_at: datetime) -> Notice:
    return Notice(ChangeKind.COMPLAINT_ASSIGNED, complaint_id, f"민원 배정: {_excerpt(title)}",
                  f"처리 기한 {due_at:%m월 %d일 %H:%M}")
