"""What a staff PC's desktop notification says about a change addressed to them: a title
and body lines, each a message the UI words (keys ``notice.*``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.messages import Message, msg

EXCERPT = 80


@dataclass(frozen=True, slots=True)
class Notice:
    kind: ChangeKind
    entity_id: int
    title: Message
    lines: tuple[Message, ...]


def _who(name: str, organisation: str) -> Message:
    if not name:
        return (msg("notice.unknown_name_of", organisation=organisation) if organisation
                else msg("notice.unknown_name"))
    return (msg("notice.name_of", name=name, organisation=organisation) if organisation
            else msg("notice.name", name=name))


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT else flat[: EXCERPT - 1] + "…"


def memo_notice(memo_id: int, caller: str, organisation: str, reasons: Sequence[str],
                message: str, callback_due: datetime | None, escalated: bool = False,
                reasons_en: Sequence[str] = ()) -> Notice:
    """``reasons`` are the agency's Korean reason names, ``reasons_en`` their English names
    (each falls back to its Korean name when the agency gave none)."""
    key = "notice.memo_unread" if escalated else "notice.memo"
    title = msg(key, who=_who(caller, organisation))
    lines: list[Message] = []
    if reasons:
        named = [*reasons_en, *[""] * len(reasons)][:len(reasons)]
        english = [en or ko for ko, en in zip(reasons, named, strict=True)]
        lines.append(msg("notice.reasons", ko=" · ".join(reasons), en=" · ".join(english)))
    if message:
        lines.append(msg("notice.text", text=_excerpt(message)))
    if callback_due is not None:
        lines.append(msg("notice.callback_due", due=callback_due))
    kind = ChangeKind.MEMO_ESCALATED if escalated else ChangeKind.MEMO_FORWARDED
    return Notice(kind, memo_id, title, tuple(lines))


def arrival_notice(visit_id: int, visitor: str, organisation: str, companions: int,
                   purpose: str, arrived_at: datetime) -> Notice:
    who = _who(visitor, organisation)
    title = (msg("notice.arrival_party", who=who, companions=companions) if companions > 0
             else msg("notice.arrival", who=who))
    lines = [msg("notice.arrived_at", at=arrived_at)]
    if purpose:
        lines.append(msg("notice.text", text=_excerpt(purpose)))
    return Notice(ChangeKind.VISITOR_ARRIVED, visit_id, title, tuple(lines))


def preparation_notice(appointment_id: int, visitor: str, organisation: str,
                       starts_at: datetime, place: str) -> Notice:
    body = (msg("notice.preparation_at", starts_at=starts_at, place=place) if place
            else msg("notice.preparation", starts_at=starts_at))
    return Notice(ChangeKind.PREPARATION_ALERT, appointment_id,
                  msg("notice.coming_soon", who=_who(visitor, organisation)), (body,))


def complaint_notice(complaint_id: int, title: str, due_at: datetime) -> Notice:
    return Notice(ChangeKind.COMPLAINT_ASSIGNED, complaint_id,
                  msg("notice.complaint", title=_excerpt(title)),
                  (msg("notice.complaint_due", due=due_at),))
