"""Korean phone numbers: parsing, formatting and masking."""

from __future__ import annotations

import pytest

from arco_desk.domain.phone import (
    PhoneNumberInvalid,
    digits_only,
    mask_name,
    mask_phone,
    parse_phone,
)


@pytest.mark.parametrize(
    ("text", "display", "e164", "is_mobile"),
    [
        ("01012345678", "010-1234-5678", "+821012345678", True),
        ("010-1234-5678", "010-1234-5678", "+821012345678", True),
        (" 010 1234 5678 ", "010-1234-5678", "+821012345678", True),
        ("+82 10-1234-5678", "010-1234-5678", "+821012345678", True),
        ("0276045000", "02-7604-5000", "+82276045000", False),
        ("02 760 4500", "02-760-4500", "+8227604500", False),
        ("+82 2 760 4500", "02-760-4500", "+8227604500", False),
        ("061-900-2110", "061-900-2110", "+82619002110", False),
        ("031-123-4567", "031-123-4567", "+82311234567", False),
        ("070-1234-5678", "070-1234-5678", "+827012345678", False),
        ("1588-1234", "1588-1234", "+8215881234", False),
        ("+1 650 253 0000", "+1 650-253-0000", "+16502530000", True),
        ("+44 20 7946 0958", "+44 20 7946 0958", "+442079460958", False),
        ("Tel. 02-760-4500", "02-760-4500", "+8227604500", False),
    ],
)
def test_parse_and_format(text: str, display: str, e164: str, is_mobile: bool) -> None:
    number = parse_phone(text)
    assert number.display == display
    assert number.e164 == e164
    assert number.extension is None
    assert number.is_mobile is is_mobile


@pytest.mark.parametrize(
    ("text", "extension"),
    [
        ("02 760 4500 내선 123", "123"),
        ("02-760-4500 내선123", "123"),
        ("02-760-4500(내)7", "7"),
        ("02-760-4500 ext. 12", "12"),
        ("02-760-4500 EXT 12", "12"),
        ("02-760-4500 x12", "12"),
    ],
)
def test_extensions(text: str, extension: str) -> None:
    number = parse_phone(text)
    assert number.extension == extension
    assert number.e164 == "+8227604500"  # the extension is not part of the number
    assert number.display == f"02-760-4500 (내선 {extension})"


def test_display_parses_back_to_itself() -> None:
    for text in ("02 760 4500 내선 123", "+1 650 253 0000", "01012345678", "0276045000"):
        display = parse_phone(text).display
        assert parse_phone(display).display == display  # editing a saved number keeps it


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "12-34",
        "010-1234",
        "010 1234 56789",
        "02-7604-50000",
        "abc",
        "++82",
        "전화번호",
        "010-I234-5678",  # I for 1: would silently become 010-234-5678
        "010-l234-5678",
        "02-76O-4500",
        "010-CALL-ARKO",  # keypad letters are not Korean practice
        "02-760-4500 김과장",
        "010-1234-5678 a",
    ],
)
def test_invalid_numbers_are_refused(text: str) -> None:
    with pytest.raises(PhoneNumberInvalid) as caught:
        parse_phone(text)
    assert str(caught.value)  # a message for the operator
    assert isinstance(caught.value, ValueError)


def test_digits_only() -> None:
    assert digits_only("010-1234-5678") == "01012345678"
    assert digits_only("+82 (2) 760 4500") == "8227604500"
    assert digits_only("없음") == ""


@pytest.mark.parametrize(
    ("display", "masked"),
    [
        ("010-1234-5678", "010-****-5678"),
        ("02-760-4500", "02-***-4500"),
        ("1588-1234", "****1234"),
        ("01012345678", "*******5678"),
        ("123", "***"),
        ("", ""),
    ],
)
def test_mask_phone(display: str, masked: str) -> None:
    assert mask_phone(display) == masked


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("홍길동", "홍*동"),
        (" 홍길동 ", "홍*동"),
        ("김철", "김*"),
        ("남궁민수", "남**수"),
        ("이", "이"),
        ("", ""),
        ("John Smith", "J********h"),
    ],
)
def test_mask_name(name: str, masked: str) -> None:
    assert mask_name(name) == masked
