"""Directory value types and rules: staff validation, duties, presence."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.directory import (
    Presence,
    StaffDraft,
    normalise_duties,
    validate_presence,
    validate_staff,
)
from arco_desk.domain.errors import DomainError, NotFound, ValidationError
from arco_desk.domain.messages import msg
from tests.words import korean, korean_fields

NOW = datetime(2026, 11, 24, 10, 30, tzinfo=SEOUL)


def test_validate_staff_cleans_every_field() -> None:
    clean = validate_staff(StaffDraft(
        name="  홍길동 ", department_id=3, position=" 주임 ", duties="민원;정보공개 / 민원",
        extension=" 2130 ", direct_line="0276045000", email=" hong@arko.or.kr ",
        floor=" 1층 ", room=" 101호 ", seat=" A-1 ", stand_in_id=7))
    assert clean == StaffDraft(
        name="홍길동", department_id=3, position="주임", duties="민원, 정보공개",
        extension="2130", direct_line="02-7604-5000", email="hong@arko.or.kr",
        floor="1층", room="101호", seat="A-1", stand_in_id=7)


def test_validate_staff_leaves_the_draft_alone() -> None:
    draft = StaffDraft(name=" 홍길동 ", department_id=1)
    validate_staff(draft)
    assert draft.name == " 홍길동 "


def test_optional_fields_may_be_empty() -> None:
    clean = validate_staff(StaffDraft(name="홍길동", department_id=1))
    assert (clean.extension, clean.direct_line, clean.email, clean.duties) == ("", "", "", "")


def test_every_wrong_field_is_named_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_staff(StaffDraft(name=" ", department_id=None, extension="1",
                                  direct_line="12-34", email="a@b"))
    errors = korean_fields(caught.value)
    assert set(errors) == {"name", "department_id", "extension", "direct_line", "email"}
    assert all(errors.values())
    assert korean(caught.value.msg) == errors["name"]


def test_a_long_name_is_refused() -> None:
    assert validate_staff(StaffDraft(name="가" * 40, department_id=1)).name == "가" * 40
    with pytest.raises(ValidationError) as caught:
        validate_staff(StaffDraft(name="가" * 41, department_id=1))
    assert "40자" in korean(caught.value.field_errors["name"])


@pytest.mark.parametrize("extension", ["12", "2130", "123456"])
def test_good_extensions(extension: str) -> None:
    assert validate_staff(StaffDraft(name="a", department_id=1, extension=extension)).extension \
        == extension


@pytest.mark.parametrize("extension", ["1", "1234567", "12a", "12 3", "내선12", "-123"])
def test_bad_extensions(extension: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_staff(StaffDraft(name="a", department_id=1, extension=extension))
    assert set(caught.value.field_errors) == {"extension"}


@pytest.mark.parametrize("email", ["hong@arko.or.kr", "a.b+c@x.co", "홍길동@예술.한국"])
def test_good_emails(email: str) -> None:
    assert validate_staff(StaffDraft(name="a", department_id=1, email=email)).email == email


@pytest.mark.parametrize("email", ["hong", "hong@arko", "@arko.or.kr", "hong @arko.or.kr",
                                   "a@@b.kr"])
def test_bad_emails(email: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_staff(StaffDraft(name="a", department_id=1, email=email))
    assert set(caught.value.field_errors) == {"email"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("민원, 고객만족", "민원, 고객만족"),
        ("민원; 고객만족 / 민원\n정보공개·SNS 홍보", "민원, 고객만족, 정보공개, SNS 홍보"),
        (" , ;; ", ""),
        ("", ""),
        ("예산,예산,예산", "예산"),
    ],
)
def test_normalise_duties(text: str, expected: str) -> None:
    assert normalise_duties(text) == expected


def test_presence_labels_and_availability() -> None:
    assert [p.value for p in Presence] == ["in", "away", "leave", "trip", "training"]
    assert Presence("away") is Presence.AWAY
    assert [p for p in Presence if p.is_available] == [Presence.IN]


def test_presence_in_the_future_is_fine() -> None:
    validate_presence(Presence.AWAY, NOW + timedelta(minutes=1), NOW, 1, 2)
    validate_presence(Presence.AWAY, NOW, NOW, 1, None)
    validate_presence(Presence.LEAVE, None, NOW, 1, None)


def test_back_at_in_the_past_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_presence(Presence.TRIP, NOW - timedelta(seconds=1), NOW, 1, None)
    assert set(caught.value.field_errors) == {"back_at"}


def test_back_at_is_ignored_when_in() -> None:
    validate_presence(Presence.IN, NOW - timedelta(days=1), NOW, 1, None)


def test_nobody_stands_in_for_themself() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_presence(Presence.IN, None, NOW, 5, 5)
    assert set(caught.value.field_errors) == {"stand_in_id"}


def test_both_presence_errors_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_presence(Presence.AWAY, NOW - timedelta(hours=1), NOW, 5, 5)
    assert set(caught.value.field_errors) == {"back_at", "stand_in_id"}


def test_error_types() -> None:
    error = ValidationError({"name": msg("staff.name_required", who="홍길동")})
    assert isinstance(error, DomainError)
    assert str(error) == "name: staff.name_required" and "홍길동" not in repr(error)
    assert issubclass(NotFound, DomainError)
    refusal = NotFound(msg("visit.cancelled"))
    assert refusal.msg.key == str(refusal) == "visit.cancelled"


def test_a_naive_back_at_is_seoul_wall_time() -> None:
    # Found by the fuzz test: a naive "back at" raised TypeError against the aware clock.
    assert validate_presence(Presence.AWAY, datetime(2026, 11, 24, 15, 0), NOW, 1, None,
                             "회의") == "회의"
    with pytest.raises(ValidationError) as refused:
        validate_presence(Presence.AWAY, datetime(1, 1, 1), NOW, 1, None)
    assert refused.value.field_errors["back_at"].key == "presence.back_at_past"
    with pytest.raises(ValidationError) as refused:
        validate_presence(Presence.AWAY, datetime.max, NOW, 1, None)
    assert refused.value.field_errors["back_at"].key == "date.out_of_range"
