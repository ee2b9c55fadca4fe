"""The one rule set for text a user types: names, numbers, addresses, lines and notes.

Every kind of field is cleaned the same way, in this order:

1. control characters (Unicode category Cc: NUL, the rest of C0, DEL, C1) and lone
   surrogates are dropped. Tabs become spaces. In multi-line kinds ``\\r\\n`` and ``\\r``
   become ``\\n`` and line breaks stay; in single-line kinds every run of white space
   (line breaks included) becomes one space;
2. NFC normalisation, so Hangul typed as separate jamo is stored, counted and searched
   as the composed syllables;
3. leading and trailing white space is trimmed;
4. the length is counted in characters after NFC (what PostgreSQL's ``varchar(n)``
   counts) and checked against the kind's limit. Phone numbers and e-mail addresses
   must also have their shape.

Whether a field may be empty is the caller's rule: pass ``required=`` with the message.
Refusals are :class:`~arco_desk.domain.messages.Message` s keyed ``text.*``.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from typing import Final

from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import Message, msg
from arco_desk.domain.phone import PhoneNumberInvalid, parse_phone

__all__ = [
    "MAX_SEARCH_WORDS",
    "RULES",
    "SearchText",
    "TextKind",
    "TextRule",
    "clean",
    "clean_into",
    "is_email",
    "narrow_search",
    "search_words",
    "tidy",
]

class TextKind(enum.Enum):
    """What a field holds; the kind decides its limit and whether line breaks stay."""

    PERSON_NAME = "person_name"  # a citizen, caller, visitor, customer or staff member
    ORGANISATION = "organisation"  # the company or body a person belongs to
    LABEL = "label"  # a short name: department, position, room, seat, place, memo reason
    CODE = "code"  # a few characters: floor, pass number, extension
    PHONE = "phone"
    EMAIL = "email"
    SHORT_LINE = "short_line"  # titles, purposes, reasons, presence notes, addresses
    FREE_TEXT = "free_text"  # memo message, requests, outcomes, notes
    LONG_TEXT = "long_text"  # a complaint's content and its answer (a letter)
    SEARCH = "search"  # what is typed in a search box


@dataclass(frozen=True, slots=True)
class TextRule:
    limit: int
    multiline: bool = False


# The limits, in characters after NFC. Each is at most the narrowest String(n) column
# the kind is stored in (tests/store/test_text_columns.py checks this).
RULES: Final[Mapping[TextKind, TextRule]] = {
    TextKind.PERSON_NAME: TextRule(40),  # staff.name, visitor.name: String(40)
    TextKind.ORGANISATION: TextRule(120),  # visitor.organisation, caller_org: String(120)
    TextKind.LABEL: TextRule(40),  # staff.position, room, seat, memo_reason.label_*: 40
    TextKind.CODE: TextRule(10),  # staff.extension: String(10); floor, pass_number: 20
    TextKind.PHONE: TextRule(40),  # the number as typed and as stored: String(40)
    TextKind.EMAIL: TextRule(120),  # staff.email, caller_email, citizen_email: String(120)
    TextKind.SHORT_LINE: TextRule(200),  # complaint.title, calendar_override.reason: 200
    # A phone slip holds a few sentences; 2,000 characters is about a printed page.
    TextKind.FREE_TEXT: TextRule(2_000, multiline=True),
    TextKind.LONG_TEXT: TextRule(20_000, multiline=True),
    TextKind.SEARCH: TextRule(100),
}
MAX_SEARCH_WORDS: Final = 8

_EMAIL: Final = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LINE_BREAK: Final = re.compile(r"\r\n?")
# Control characters (category Cc: U+0000-U+001F, U+007F-U+009F) that are white space
# become a space (a line break stays in multi-line kinds); the other control characters
# and lone surrogates (category Cs) are dropped. Regular expressions rather than a loop
# over the characters: a pasted page is cleaned in well under a millisecond.
_SPACING_CONTROLS: Final = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f\x85]")
_SPACING_CONTROLS_BUT_NEWLINE: Final = re.compile("[\t\x0b\x0c\r\x1c-\x1f\x85]")
_DROPPED: Final = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff]")


def tidy(value: str | None, *, multiline: bool = False) -> str:
    """``value`` without control characters, in NFC, trimmed (no limit is checked)."""
    text = _LINE_BREAK.sub("\n", value or "") if multiline else value or ""
    spacing = _SPACING_CONTROLS_BUT_NEWLINE if multiline else _SPACING_CONTROLS
    text = _DROPPED.sub("", spacing.sub(" ", text))
    text = unicodedata.normalize("NFC", text)
    if not multiline:
        return " ".join(text.split())
    return text.strip()


def is_email(text: str) -> bool:
    """True for something shaped like an e-mail address (name@host.tld) that fits."""
    return len(text) <= RULES[TextKind.EMAIL].limit and bool(_EMAIL.match(text))


def clean(kind: TextKind, field: str, value: str | None, *,
          required: Message | None = None) -> str:
    """``value`` cleaned for a field of ``kind``; ValidationError({field: message}) when it
    does not fit, is not a number or address of the right shape, or is empty and
    ``required`` (the message to show) is given. Phone numbers come back formatted."""
    rule = RULES[kind]
    text = tidy(value, multiline=rule.multiline)
    if not text:
        if required is not None:
            raise ValidationError({field: required})
        return ""
    if len(text) > rule.limit:
        raise _refusal(field, "text.too_long", rule.limit, length=len(text))
    if kind is TextKind.PHONE:
        return _phone(field, text, rule.limit)
    if kind is TextKind.EMAIL and not is_email(text):
        raise _refusal(field, "text.email", rule.limit)
    if kind is TextKind.SEARCH and len(text.split()) > MAX_SEARCH_WORDS:
        raise _refusal(field, "text.too_many_words", MAX_SEARCH_WORDS)
    return text


@dataclass(frozen=True, slots=True)
class SearchText:
    """What a search box's text is matched by: its ``words``, and whether the text was
    ``narrowed`` (cut to the SEARCH limit or to its first MAX_SEARCH_WORDS words) so the
    screen can say the search was shortened."""

    words: tuple[str, ...]
    narrowed: bool


def narrow_search(text: str | None) -> SearchText:
    """The words a search box's ``text`` is matched by: tidied (no NUL or other control
    character, NFC), cut to the SEARCH limit and to its first MAX_SEARCH_WORDS words.

    Searches run as the operator types, so an over-long paste is narrowed rather than
    refused: the database never sees a pattern or a word list it cannot handle (the
    boxes themselves take at most the limit, see ``ui.common.record_list``)."""
    tidied = tidy(text)
    limit = RULES[TextKind.SEARCH].limit
    words = tidied[:limit].split()
    narrowed = len(tidied) > limit or len(words) > MAX_SEARCH_WORDS
    return SearchText(tuple(words[:MAX_SEARCH_WORDS]), narrowed)


def search_words(text: str | None) -> list[str]:
    """The words of :func:`narrow_search` (without saying whether it narrowed them)."""
    return list(narrow_search(text).words)


def clean_into(errors: MutableMapping[str, Message], kind: TextKind, field: str,
               value: str | None, *, required: Message | None = None) -> str:
    """:func:`clean`, recording a refusal in ``errors`` (and returning "") instead of
    raising, so a form can name every wrong field at once."""
    try:
        return clean(kind, field, value, required=required)
    except ValidationError as refusal:
        errors.update(refusal.field_errors)
        return ""


def _phone(field: str, text: str, limit: int) -> str:
    try:
        display = parse_phone(text).display
    except PhoneNumberInvalid as error:
        raise _refusal(field, "text.phone", limit, reason=error.msg) from error
    if len(display) > limit:
        raise _refusal(field, "text.too_long", limit, length=len(display))
    return display


def _refusal(field: str, key: str, limit: int, **values: int | Message) -> ValidationError:
    """Every refusal of a text rule names the kind's ``limit``."""
    return ValidationError({field: msg(key, limit=limit, **values)})
