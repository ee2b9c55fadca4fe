"""Outbound visits (standard clause 1-5): a staff member visiting a customer calls the day
before to tell the purpose, the visitor's name and department.

The call is due 18:00 on the last working day strictly before the visit
(:meth:`ServiceStandard.visit_call_due`); the call task shows a countdown
badge until it is done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from arco_desk.domain.dates import date_refusal
from arco_desk.domain.deadlines import Countdown, Period
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import Message, msg
from arco_desk.domain.text import TextKind, clean, clean_into

__all__ = [
    "CALL_PERIOD",
    "CleanOutboundVisit",
    "OutboundVisitDetail",
    "OutboundVisitDraft",
    "OutboundVisitRow",
    "call_script",
    "validate_call_note",
    "validate_outbound_visit",
]

# The nominal period of the call task for its badge: one working day before the deadline.
CALL_PERIOD: Final = Period.working_hours(8)


@dataclass(slots=True)
class OutboundVisitDraft:
    customer_name: str = ""
    customer_org: str = ""
    customer_phone: str = ""
    purpose: str = ""
    staff_id: int | None = None
    visit_date: date | None = None


@dataclass(frozen=True, slots=True)
class CleanOutboundVisit:
    customer_name: str
    customer_org: str
    customer_phone: str
    purpose: str
    staff_id: int
    visit_date: date


def validate_outbound_visit(draft: OutboundVisitDraft, today: date) -> CleanOutboundVisit:
    """Customer, a phone number to call, the purpose, the staff member, a date not past."""
    errors: dict[str, Message] = {}
    name = clean_into(errors, TextKind.PERSON_NAME, "customer_name", draft.customer_name,
                      required=msg("outbound.customer_name_required"))
    org = clean_into(errors, TextKind.ORGANISATION, "customer_org", draft.customer_org)
    phone = clean_into(errors, TextKind.PHONE, "customer_phone", draft.customer_phone,
                       required=msg("outbound.customer_phone_required"))
    purpose = clean_into(errors, TextKind.SHORT_LINE, "purpose", draft.purpose,
                         required=msg("outbound.purpose_required"))
    if draft.staff_id is None:
        errors["staff_id"] = msg("outbound.staff_required")
    if draft.visit_date is None:
        errors["visit_date"] = msg("outbound.visit_date_required")
    elif draft.visit_date < today:
        errors["visit_date"] = msg("outbound.visit_date_past")
    elif (out_of_range := date_refusal(draft.visit_date, today)) is not None:
        errors["visit_date"] = out_of_range
    if errors:
        raise ValidationError(errors)
    assert draft.staff_id is not None and draft.visit_date is not None
    return CleanOutboundVisit(name, org, phone, purpose, draft.staff_id, draft.visit_date)


def validate_call_note(note: str) -> str:
    """What the customer said on the call (optional)."""
    return clean(TextKind.FREE_TEXT, "note", note)


@dataclass(frozen=True, slots=True)
class OutboundVisitRow:
    """A call task as the list shows it (customer masked). ``countdown`` is None once called."""

    id: int
    customer_name_masked: str
    customer_org: str
    customer_phone_masked: str
    purpose: str
    staff_id: int
    staff_name: str
    department_name: str
    visit_date: date
    call_due_at: datetime
    called_at: datetime | None
    countdown: Countdown | None


@dataclass(frozen=True, slots=True)
class OutboundVisitDetail:
    row: OutboundVisitRow
    customer_name: str
    customer_phone: str
    call_note: str

    @property
    def call_script(self) -> Message:
        return call_script(self.customer_name, self.row.department_name, self.row.staff_name,
                           self.row.visit_date, self.row.purpose)


def call_script(customer: str, department: str, staff: str, visit_date: date,
                purpose: str) -> Message:
    """What the caller says (clause 1-5: purpose, the visitor's name and department)."""
    return msg("outbound.call_script", customer=customer, department=department, staff=staff,
               visit_date=visit_date, purpose=purpose)
