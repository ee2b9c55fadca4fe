"""Complaint intake (접수): what the intake form, a memo or a visit record supplies and the
rules it must meet (clauses 1-3, 1-4 and 2 of the standard)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.complaints import Channel, enum_or_none
from arco_desk.domain.dates import in_seoul, moment_refusal, out_of_range
from arco_desk.domain.deadlines import Period
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import Message, msg
from arco_desk.domain.standard import ComplaintKind, ServiceStandard
from arco_desk.domain.text import TextKind, clean_into, tidy

__all__ = [
    "ATTACHMENT_NAME_LIMIT",
    "TITLE_FROM_TEXT",
    "CleanComplaint",
    "ComplaintDraft",
    "attachment_name",
    "case_period",
    "title_from_text",
    "validate_intake",
]

TITLE_FROM_TEXT: Final = 40
# complaint_attachment.original_name is String(255).
ATTACHMENT_NAME_LIMIT: Final = 255


@dataclass(slots=True)
class ComplaintDraft:
    """What the intake form (or a memo or visit record) supplies."""

    channel: str = ""
    kind_code: str = ""
    citizen_name: str = ""
    citizen_phone: str = ""
    citizen_email: str = ""
    citizen_address: str = ""
    title: str = ""
    content: str = ""
    received_at: datetime | None = None
    attachments: tuple[str, ...] = ()
    source_memo_id: int | None = None
    source_visit_id: int | None = None
    suggested_assignee_id: int | None = None
    suggested_department_id: int | None = None
    # The default kind (기타) only: a period of this case's own ("" = the kind's) and,
    # when it differs from the kind's, its legal basis.
    period: str = ""
    period_basis: str = ""


@dataclass(frozen=True, slots=True)
class CleanComplaint:
    channel: Channel
    kind: ComplaintKind
    citizen_name: str
    citizen_phone: str
    citizen_email: str
    citizen_address: str
    title: str
    content: str
    received_at: datetime
    attachments: tuple[str, ...] = field(default=())
    source_memo_id: int | None = None
    source_visit_id: int | None = None
    # The period the deadline is counted with: the kind's, or 기타's own for this case.
    period: Period | None = None
    period_basis: str = ""

    @property
    def deadline_period(self) -> Period:
        return self.period if self.period is not None else self.kind.period


def case_period(errors: dict[str, Message], standard: ServiceStandard, kind: ComplaintKind,
                period: str, basis: str) -> tuple[Period, str]:
    """The period of one complaint of ``kind`` and the basis kept with it. Only the
    default kind (기타, set per case by the government's civil-petition rules) may have a
    period of its own, and one other than the kind's needs its legal basis. Refusals go
    into ``errors`` (``period``, ``period_basis``); the kind's period is returned then."""
    if not tidy(period):
        return kind.period, ""
    if kind.code != standard.default_kind_code:
        errors["period"] = msg("complaint.intake.period_default_kind_only")
        return kind.period, ""
    try:
        chosen = Period.parse(tidy(period))
    except ValueError:
        errors["period"] = msg("standard.period_invalid", period=tidy(period)[:20])
        return kind.period, ""
    same = chosen == kind.period and chosen.immediate == kind.period.immediate
    text = clean_into(errors, TextKind.SHORT_LINE, "period_basis", basis,
                      required=None if same else msg("complaint.intake.period_basis_required"))
    return chosen, text


def validate_intake(draft: ComplaintDraft, standard: ServiceStandard,
                    now: datetime) -> CleanComplaint:
    """Check an intake draft; ValidationError names every wrong field at once.

    Required: channel, kind (one of the standard's), the citizen's name, a
    title, the content and at least one way to reply (phone, e-mail or postal
    address). The phone must be a Korean or international number, the e-mail
    look like one, and the receipt time may not lie in the future.
    """
    errors: dict[str, Message] = {}
    channel = enum_or_none(Channel, draft.channel)
    if channel is None:
        errors["channel"] = msg("complaint.intake.channel_required")
    kind: ComplaintKind | None = None
    if not draft.kind_code.strip():
        errors["kind_code"] = msg("complaint.intake.kind_required")
    else:
        try:
            kind = standard.kind(draft.kind_code.strip())
        except KeyError:
            known = ", ".join(k.code for k in standard.complaint_kinds)
            errors["kind_code"] = msg("complaint.intake.unknown_kind", code=draft.kind_code,
                                      known=known)
    period: Period | None = None
    basis = ""
    if kind is not None:
        period, basis = case_period(errors, standard, kind, draft.period, draft.period_basis)
    name = clean_into(errors, TextKind.PERSON_NAME, "citizen_name", draft.citizen_name,
                      required=msg("complaint.intake.citizen_name_required"))
    phone = clean_into(errors, TextKind.PHONE, "citizen_phone", draft.citizen_phone)
    email = clean_into(errors, TextKind.EMAIL, "citizen_email", draft.citizen_email)
    address = clean_into(errors, TextKind.SHORT_LINE, "citizen_address", draft.citizen_address)
    if not any(tidy(value) for value in (draft.citizen_phone, draft.citizen_email,
                                         draft.citizen_address)):
        errors["citizen_phone"] = msg("complaint.intake.no_reply_contact")
    title = clean_into(errors, TextKind.SHORT_LINE, "title", draft.title,
                       required=msg("complaint.intake.title_required"))
    content = clean_into(errors, TextKind.LONG_TEXT, "content", draft.content,
                         required=msg("complaint.intake.content_required"))
    received_at = in_seoul(draft.received_at) if draft.received_at is not None else now
    if received_at is None:  # past what Seoul's clock can show
        errors["received_at"] = out_of_range(now.astimezone(SEOUL).date())
    elif received_at > now:
        errors["received_at"] = msg("complaint.intake.received_in_future",
                                    received_at=received_at)
    elif (outside := moment_refusal(received_at, now.astimezone(SEOUL).date())) is not None:
        errors["received_at"] = outside
    if errors:
        raise ValidationError(errors)
    assert channel is not None and kind is not None and received_at is not None
    return CleanComplaint(
        channel=channel, kind=kind, citizen_name=name, citizen_phone=phone,
        citizen_email=email, citizen_address=address, title=title, content=content,
        received_at=received_at, attachments=tuple(draft.attachments),
        source_memo_id=draft.source_memo_id, source_visit_id=draft.source_visit_id,
        period=period, period_basis=basis,
    )


def title_from_text(text: str, limit: int = TITLE_FROM_TEXT) -> str:
    """A title from the first line of a memo or a visit's request."""
    for line in tidy(text, multiline=True).splitlines():
        words = tidy(line)
        if words:
            return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"
    return ""


def attachment_name(name: str) -> str:
    """An attached file's name as the complaint keeps and shows it: tidied like typed text
    (a name read from the disk may hold control characters or, undecodable, lone
    surrogates) and at most ATTACHMENT_NAME_LIMIT characters."""
    return tidy(name)[:ATTACHMENT_NAME_LIMIT].strip()
