"""The staff directory's value types and rules (clause 1-1 and 1-2 of the standard)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import datetime

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.dates import in_seoul, moment_refusal
from arco_desk.domain.edits import Opened
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import Message, msg
from arco_desk.domain.text import TextKind, clean_into, is_email, tidy

__all__ = [
    "PRESENCE_FIELDS",
    "STAFF_FIELDS",
    "CleanDepartment",
    "DepartmentRecord",
    "Presence",
    "StaffDraft",
    "StaffRecord",
    "is_email",
    "normalise_duties",
    "presence_opened",
    "staff_opened",
    "validate_department",
    "validate_presence",
    "validate_staff",
]


class Presence(enum.StrEnum):
    """Where a staff member is. Anything but IN means the desk routes to the stand-in."""

    IN = "in"
    AWAY = "away"
    LEAVE = "leave"
    TRIP = "trip"
    TRAINING = "training"

    @property
    def is_available(self) -> bool:
        return self is Presence.IN


_EXTENSION = re.compile(r"^\d{2,6}$")


@dataclass(frozen=True, slots=True)
class DepartmentRecord:
    id: int
    name: str
    parent_id: int | None
    floor: str
    main_phone: str
    staff_count: int = 0


@dataclass(frozen=True, slots=True)
class StaffRecord:
    """A row of the directory as the desk sees it."""

    id: int
    name: str
    department_id: int
    department_name: str
    position: str
    duties: str
    extension: str
    direct_line: str
    email: str
    floor: str
    room: str
    seat: str
    presence: Presence
    presence_note: str
    back_at: datetime | None
    stand_in_id: int | None
    stand_in_name: str | None
    # The row's version when read: a form opened on this record passes it back
    # (docs/architecture.md §9).
    version: int = 0


# The fields of a staff member an edit form writes, and those a presence change writes:
# the staff table's column names, which are also the forms' field names.
STAFF_FIELDS: tuple[str, ...] = (
    "name", "department_id", "position", "duties", "extension", "direct_line", "email",
    "floor", "room", "seat", "stand_in_id",
)
PRESENCE_FIELDS: tuple[str, ...] = ("presence", "back_at", "presence_note", "stand_in_id")


def staff_opened(record: StaffRecord) -> Opened:
    """What an edit form showed of ``record`` (its version and :data:`STAFF_FIELDS`)."""
    return Opened(record.version, {name: getattr(record, name) for name in STAFF_FIELDS})


def presence_opened(record: StaffRecord) -> Opened:
    """What a presence form showed of ``record`` (its version and :data:`PRESENCE_FIELDS`;
    the presence as its stored text)."""
    return Opened(record.version, {
        "presence": record.presence.value, "back_at": record.back_at,
        "presence_note": record.presence_note, "stand_in_id": record.stand_in_id,
    })


@dataclass(slots=True)
class StaffDraft:
    """What a form or an import row supplies to create or edit a staff member."""

    name: str = ""
    department_id: int | None = None
    position: str = ""
    duties: str = ""
    extension: str = ""
    direct_line: str = ""
    email: str = ""
    floor: str = ""
    room: str = ""
    seat: str = ""
    stand_in_id: int | None = None


def normalise_duties(text: str) -> str:
    """Duty keywords (업무분장) as one comma-separated line without blanks or repeats."""
    seen: list[str] = []
    for raw in re.split(r"[,;\n/·]", tidy(text, multiline=True)):
        word = raw.strip()
        if word and word not in seen:
            seen.append(word)
    return ", ".join(seen)


def validate_staff(draft: StaffDraft) -> StaffDraft:
    """Check a draft and return it cleaned (numbers formatted, duties normalised).

    Raises :class:`ValidationError` naming every wrong field at once.
    """
    errors: dict[str, Message] = {}
    name = clean_into(errors, TextKind.PERSON_NAME, "name", draft.name,
                      required=msg("staff.name_required"))
    if draft.department_id is None:
        errors["department_id"] = msg("staff.department_required")
    extension = clean_into(errors, TextKind.CODE, "extension", draft.extension)
    if extension and not _EXTENSION.match(extension):
        errors["extension"] = msg("staff.extension_digits")
    duties = normalise_duties(clean_into(errors, TextKind.FREE_TEXT, "duties", draft.duties))
    cleaned = StaffDraft(
        name=name,
        department_id=draft.department_id,
        position=clean_into(errors, TextKind.LABEL, "position", draft.position),
        duties=duties,
        extension=extension,
        direct_line=clean_into(errors, TextKind.PHONE, "direct_line", draft.direct_line),
        email=clean_into(errors, TextKind.EMAIL, "email", draft.email),
        floor=clean_into(errors, TextKind.CODE, "floor", draft.floor),
        room=clean_into(errors, TextKind.LABEL, "room", draft.room),
        seat=clean_into(errors, TextKind.LABEL, "seat", draft.seat),
        stand_in_id=draft.stand_in_id,
    )
    if errors:
        raise ValidationError(errors)
    return cleaned


@dataclass(frozen=True, slots=True)
class CleanDepartment:
    name: str
    floor: str
    main_phone: str


def validate_department(name: str, floor: str = "", main_phone: str = "") -> CleanDepartment:
    """A new department: its name (required), floor and main number."""
    errors: dict[str, Message] = {}
    department = CleanDepartment(
        name=clean_into(errors, TextKind.LABEL, "name", name,
                        required=msg("department.name_required")),
        floor=clean_into(errors, TextKind.CODE, "floor", floor),
        main_phone=clean_into(errors, TextKind.PHONE, "main_phone", main_phone),
    )
    if errors:
        raise ValidationError(errors)
    return department


def validate_presence(
    presence: Presence, back_at: datetime | None, now: datetime, staff_id: int,
    stand_in_id: int | None, note: str = "",
) -> str:
    """A presence change: "back at" must not lie in the past; nobody stands in for themself.

    Returns the cleaned note ("" when the person is in)."""
    errors: dict[str, Message] = {}
    if presence is Presence.IN:
        note = ""
    cleaned_note = clean_into(errors, TextKind.SHORT_LINE, "note", note)
    if presence is not Presence.IN and back_at is not None:
        local = in_seoul(back_at)  # a naive "back at" is Seoul wall time
        if local is not None and local < now:
            errors["back_at"] = msg("presence.back_at_past")
        else:
            out_of_range = moment_refusal(back_at, now.astimezone(SEOUL).date())
            if out_of_range is not None:
                errors["back_at"] = out_of_range
    if stand_in_id is not None and stand_in_id == staff_id:
        errors["stand_in_id"] = msg("presence.own_stand_in")
    if errors:
        raise ValidationError(errors)
    return cleaned_note
