"""The service standard as the agency edits it: versions, the one in force at a moment,
and the rules an edit meets (docs/architecture.md §13).

A version applies to complaints received at or after its ``effective_from``; a moment
before the first version is under the standard shipped with the program."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Final

from arco_desk.domain.deadlines import Period
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import Message, msg
from arco_desk.domain.standard import ComplaintKind, ServiceStandard, StandardError
from arco_desk.domain.text import TextKind, clean_into, tidy

__all__ = [
    "CODE_LIMIT",
    "KindDraft",
    "StandardDraft",
    "StandardVersion",
    "in_force",
    "parse_period",
    "validate_kind",
    "validate_standard",
]

# complaint.kind_code is String(30).
CODE_LIMIT: Final = 30
_CODE: Final = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True, slots=True)
class StandardVersion:
    """A saved version: its number, from when it applies, who saved it and when."""

    version: int
    effective_from: datetime
    standard: ServiceStandard
    saved_by_name: str
    saved_at: datetime


def in_force(versions: Sequence[StandardVersion], at: datetime,
             shipped: ServiceStandard) -> ServiceStandard:
    """The standard for something received at ``at``: the newest version in effect then,
    or the shipped standard before the first."""
    found: StandardVersion | None = None
    for version in versions:
        if version.effective_from <= at and (found is None or version.version > found.version):
            found = version
    return found.standard if found is not None else shipped


def parse_period(field: str, text: str) -> Period:
    """A period as typed ("3h", "7d", "즉시"); ValidationError on ``field`` otherwise."""
    try:
        return Period.parse(tidy(text))
    except ValueError:
        raise ValidationError({field: msg("standard.period_invalid", period=tidy(text)[:20])}) \
            from None


def _period_into(errors: dict[str, Message], field: str, text: str) -> Period | None:
    """:func:`parse_period`, its refusal added to ``errors`` (as ``clean_into`` does)."""
    try:
        return parse_period(field, text)
    except ValidationError as refusal:
        errors.update(refusal.field_errors)
        return None


@dataclass(frozen=True, slots=True)
class KindDraft:
    """A complaint kind as the editor's fields give it."""

    code: str = ""
    name_ko: str = ""
    name_en: str = ""
    period: str = ""


def validate_kind(draft: KindDraft, *, taken: Collection[str] = (),
                  names_taken: Collection[str] = ()) -> ComplaintKind:
    """Check one kind; ``taken`` are the codes of the other kinds, ``names_taken`` their
    Korean and English names (two kinds of one name could not be told apart in the kind
    picker or the report). ValidationError names every wrong field (``code``,
    ``name_ko``, ``name_en``, ``period``) at once."""
    errors: dict[str, Message] = {}
    code = tidy(draft.code)
    if not code:
        errors["code"] = msg("standard.kind.code_required")
    elif len(code) > CODE_LIMIT or not _CODE.fullmatch(code):
        errors["code"] = msg("standard.kind.code_invalid", limit=CODE_LIMIT)
    elif code in taken:
        errors["code"] = msg("standard.kind.code_taken", code=code)
    name_ko = clean_into(errors, TextKind.SHORT_LINE, "name_ko", draft.name_ko,
                         required=msg("standard.kind.name_required"))
    name_en = clean_into(errors, TextKind.SHORT_LINE, "name_en", draft.name_en,
                         required=msg("standard.kind.name_required"))
    others = {name.casefold() for name in names_taken}
    for field, name in (("name_ko", name_ko), ("name_en", name_en)):
        if field not in errors and name.casefold() in others:
            errors[field] = msg("standard.kind.name_taken", name=name)
    period = _period_into(errors, "period", draft.period)
    if errors:
        raise ValidationError(errors)
    assert period is not None
    return ComplaintKind(code=code, name_ko=name_ko, name_en=name_en, period=period)


@dataclass(frozen=True, slots=True)
class StandardDraft:
    """What the editor saves: the kinds (each checked by :func:`validate_kind`), the
    default kind (기타) and the phone callback period."""

    kinds: tuple[ComplaintKind, ...]
    default_kind_code: str
    phone_callback: str


def validate_standard(draft: StandardDraft, base: ServiceStandard) -> ServiceStandard:
    """The standard the draft makes, keeping what the editor does not show (the written
    petition's reply, the appointment preparation, the call before a visit) from
    ``base``. ValidationError on ``kinds``, ``default_kind`` or ``phone_callback``."""
    errors: dict[str, Message] = {}
    codes = [kind.code for kind in draft.kinds]
    if not draft.kinds:
        errors["kinds"] = msg("standard.no_kinds")
    elif len(set(codes)) != len(codes):
        duplicate = next(code for code in codes if codes.count(code) > 1)
        errors["kinds"] = msg("standard.kind.code_taken", code=duplicate)
    names = [name.casefold() for kind in draft.kinds for name in {kind.name_ko, kind.name_en}]
    if "kinds" not in errors and len(set(names)) != len(names):
        duplicate = next(kind.name_ko for kind in draft.kinds
                         if names.count(kind.name_ko.casefold()) > 1
                         or names.count(kind.name_en.casefold()) > 1)
        errors["kinds"] = msg("standard.kind.name_taken", name=duplicate)
    if draft.kinds and draft.default_kind_code not in codes:
        errors["default_kind"] = msg("standard.default_kind_unknown")
    callback = _period_into(errors, "phone_callback", draft.phone_callback)
    if errors:
        raise ValidationError(errors)
    assert callback is not None
    try:
        return replace(base, complaint_kinds=tuple(draft.kinds),
                       default_kind_code=draft.default_kind_code, phone_callback=callback)
    except StandardError:  # pragma: no cover - every rule of ServiceStandard checked above
        raise ValidationError({"kinds": msg("standard.no_kinds")}) from None
