"""What a reception form opened, for a save over a record another PC may have changed
(docs/architecture.md §9): the booking (appointment form) and the visit record.

Values are keyed by the names the forms give their fields; they are the visit's column
names, and the appointment's except ``ends_at`` (stored as a duration) and the
visitor's ``name``, ``organisation`` and ``phone`` (stored on the visitor row). The
booking also remembers ``visitor_id``, the visitor the form opened with (no field of
its own: a different one chosen shows in the name).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Final

from arco_desk.domain.edits import Opened
from arco_desk.domain.reception import CleanAppointment, VisitDetail, VisitRecordDraft

__all__ = [
    "RECORD_FIELDS",
    "TIME_FIELDS",
    "VISITOR_FIELDS",
    "booking_opened",
    "booking_values",
    "record_opened",
    "record_values",
]

VISITOR_FIELDS: Final = ("name", "organisation", "phone")
TIME_FIELDS: Final = ("starts_at", "ends_at")
RECORD_FIELDS: Final = ("purpose", "requests", "outcome", "follow_up_owner_id")


def booking_values(clean: CleanAppointment) -> dict[str, object]:
    """A checked booking by the appointment form's field names."""
    return {
        "name": clean.visitor.name, "organisation": clean.visitor.organisation,
        "phone": clean.visitor.phone, "host_id": clean.host_id,
        "starts_at": clean.starts_at,
        "ends_at": clean.starts_at + timedelta(minutes=clean.duration_min),
        "companions": clean.companions, "purpose": clean.purpose, "place": clean.place,
        "notes": clean.notes,
    }


def booking_opened(detail: VisitDetail) -> Opened:
    """The booking as the appointment form shows it when it opens ``detail``."""
    if detail.appointment_version is None:
        raise ValueError("a walk-in has no booking to edit")
    e = detail.entry
    return Opened(detail.appointment_version, {
        "visitor_id": detail.visitor_id, "name": detail.visitor_name,
        "organisation": e.organisation, "phone": detail.phone,
        "host_id": e.host_id, "starts_at": e.starts_at, "ends_at": e.ends_at,
        "companions": e.companions, "purpose": e.purpose, "place": e.place,
        "notes": detail.notes,
    })


def record_values(clean: VisitRecordDraft) -> dict[str, object]:
    """A checked visit record by field (the visit's column names)."""
    return {"purpose": clean.purpose, "requests": clean.requests, "outcome": clean.outcome,
            "follow_up_owner_id": clean.follow_up_owner_id}


def record_opened(detail: VisitDetail) -> Opened:
    """The visit record as its form shows it when it opens ``detail``."""
    if detail.visit_version is None:
        raise ValueError("the visitor has not arrived")
    return Opened(detail.visit_version, record_values(VisitRecordDraft(
        detail.entry.purpose, detail.requests, detail.outcome, detail.follow_up_owner_id)))
