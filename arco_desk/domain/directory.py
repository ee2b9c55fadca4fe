"""The staff directory's value types and rules (clause 1-1 and 1-2 of the standard)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import datetime

from arco_desk.domain.errors import ValidationError
from arco_desk.domain.phone import PhoneNumberInvalid, parse_phone


class Presence(enum.StrEnum):
    """Where a staff member is. Anything but IN means the desk routes to the stand-in."""

    IN = "in"
    AWAY = "away"
    LEAVE = "leave"
    TRIP = "trip"
    TRAINING = "training"

    @property
    def label_ko(self) -> str:
        return _PRESENCE_KO[self]

    @property
    def label_en(self) -> str:
        return _PRESENCE_EN[self]

    @property
    def is_available(self) -> bool:
        return self is Presence.IN


_PRESENCE_KO = {
    Presence.IN: "재실",
    Presence.AWAY: "자리 비움",
    Presence.LEAVE: "휴가",
    Presence.TRIP: "출장",
    Presence.TRAINING: "교육",
}
_PRESENCE_EN = {
    Presence.IN: "In",
    Presence.AWAY: "Away",
    Presence.LEAVE: "On leave",
    Presence.TRIP: "Business trip",
    Presence.TRAINING: "Training",
}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_EXTENSION = re.compile(r"^\d{2,6}$")


def is_email(text: str) -> bool:
    """True for something shaped like an e-mail address (name@host.tld)."""
    return bool(_EMAIL.match(text))


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
    for raw in re.split(r"[,;\n/·]", text):
        word = raw.strip()
        if word and word not in seen:
            seen.append(word)
    return ", ".join(seen)


def validate_staff(draft: StaffDraft) -> StaffDraft:
    """Check a draft and return it cleaned (numbers formatted, duties normalised).

    Raises :class:`ValidationError` naming every wrong field at once.
    """
    errors: dict[str, str] = {}
    name = draft.name.strip()
    if not name:
        errors["name"] = "이름을 입력하세요."
    elif len(name) > 40:
        errors["name"] = "이름은 40자 이내로 입력하세요."
    if draft.department_id is None:
        errors["department_id"] = "부서를 선택하세요."
    extension = draft.extension.strip()
    if extension and not _EXTENSION.match(extension):
        errors["extension"] = "내선번호는 숫자 2~6자리입니다."
    direct_line = draft.direct_line.strip()
    if direct_line:
        try:
            direct_line = parse_phone(direct_line).display
        except PhoneNumberInvalid as exc:
            errors["direct_line"] = str(exc)
    email = draft.email.strip()
    if email and not _EMAIL.match(email):
        errors["email"] = "이메일 주소 형식이 아닙니다."
    if errors:
        raise ValidationError(errors)
    return StaffDraft(
        name=name,
        department_id=draft.department_id,
        position=draft.position.strip(),
        duties=normalise_duties(draft.duties),
        extension=extension,
        direct_line=direct_line,
        email=email,
        floor=draft.floor.strip(),
        room=draft.room.strip(),
        seat=draft.seat.strip(),
        stand_in_id=draft.stand_in_id,
    )


def validate_presence(
    presence: Presence, back_at: datetime | None, now: datetime, staff_id: int,
    stand_in_id: int | None,
) -> None:
    """A presence change: "back at" must not lie in the past; nobody stands in for themself."""
    errors: dict[str, str] = {}
    if presence is not Presence.IN and back_at is not None and back_at < now:
        errors["back_at"] = "복귀 예정 시각이 이미 지났습니다."
    if stand_in_id is not None and stand_in_id == staff_id:
        errors["stand_in_id"] = "본인을 대리자로 지정할 수 없습니다."
    if errors:
        raise ValidationError(errors)
