"""Korean phone numbers: parsing, formatting and masking (phonenumbers, region KR)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from arco_desk.domain.messages import Message, msg


class PhoneNumberInvalid(ValueError):
    """The text is not a Korean (or international) phone number; ``msg`` says why."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.key)
        self.msg = message


# An extension marker followed by its digits ("ext 12", "x12"); any other letter inside a
# number is a typo (I for 1, O for 0) that libphonenumber would silently drop or read as a
# keypad letter, giving a different, "valid" number.
_EXTENSION_MARK = re.compile(r"(?i)(?:extension|ext\.?|x)(?=\s*\d)")
_NUMBER_START = re.compile(r"[+\d]")


@dataclass(frozen=True, slots=True)
class PhoneNumber:
    """A parsed number. ``display`` is what the desk reads out and stores."""

    e164: str
    display: str
    extension: str | None
    is_mobile: bool


def parse_phone(text: str, region: str = "KR") -> PhoneNumber:
    """Parse ``text`` such as ``010-1234-5678``, ``02 760 4500 내선 123`` or ``+82 2 760 4500``.

    Raises :class:`PhoneNumberInvalid` (keys ``phone.*``) when it is not a number.
    """
    cleaned = text.strip()
    if not cleaned:
        raise PhoneNumberInvalid(msg("phone.empty"))
    # Korean extension markers are not understood by libphonenumber.
    for marker in ("내선", "(내)", "ext.", "EXT"):
        cleaned = cleaned.replace(marker, " ext ")
    start = _NUMBER_START.search(cleaned)  # a label before the number ("Tel.") is fine
    if start and any(ch.isalpha() for ch in _EXTENSION_MARK.sub(" ", cleaned[start.start() :])):
        raise PhoneNumberInvalid(msg("phone.letters", text=text))
    try:
        number = phonenumbers.parse(cleaned, region)
    except phonenumbers.NumberParseException as exc:
        raise PhoneNumberInvalid(msg("phone.unreadable", text=text)) from exc
    if not phonenumbers.is_valid_number(number):
        raise PhoneNumberInvalid(msg("phone.invalid", text=text))
    national = number.country_code == phonenumbers.country_code_for_region(region)
    fmt = PhoneNumberFormat.NATIONAL if national else PhoneNumberFormat.INTERNATIONAL
    extension = number.extension or None
    number_without_ext = phonenumbers.PhoneNumber(
        country_code=number.country_code, national_number=number.national_number
    )
    display = phonenumbers.format_number(number_without_ext, fmt)
    if extension:
        display = f"{display} (내선 {extension})"
    kind = phonenumbers.number_type(number)
    return PhoneNumber(
        e164=phonenumbers.format_number(number_without_ext, PhoneNumberFormat.E164),
        display=display,
        extension=extension,
        is_mobile=kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE),
    )


def digits_only(text: str) -> str:
    """The digits of ``text``; used to search numbers however they were typed."""
    return "".join(ch for ch in text if ch.isdigit())


def mask_phone(display: str) -> str:
    """``010-1234-5678`` → ``010-****-5678`` (privacy masking for lists)."""
    parts = display.split("-")
    if len(parts) == 3:
        return f"{parts[0]}-{'*' * len(parts[1])}-{parts[2]}"
    digits = digits_only(display)
    if len(digits) <= 4:
        return "*" * len(digits)
    return "*" * (len(digits) - 4) + digits[-4:]


def mask_name(name: str) -> str:
    """``홍길동`` → ``홍*동``, ``김철`` → ``김*``."""
    name = name.strip()
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
