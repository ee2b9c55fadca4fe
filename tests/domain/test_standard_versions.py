"""The standard as the agency edits it: the version in force at a moment, a kind's and
the standard's checks, 기타's own period at intake, and the immediate period in words."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from arco_desk.domain.calendar_business import SEOUL
from arco_desk.domain.complaint_intake import ComplaintDraft, validate_intake
from arco_desk.domain.deadlines import Period
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.standard import ComplaintKind, load_standard, parse_standard
from arco_desk.domain.standard_versions import (
    KindDraft,
    StandardDraft,
    StandardVersion,
    in_force,
    validate_kind,
    validate_standard,
)

SHIPPED = load_standard()
NOW = datetime(2026, 11, 24, 10, 30, tzinfo=SEOUL)


def keys(error: ValidationError) -> dict[str, str]:
    return {name: message.key for name, message in error.field_errors.items()}


def test_immediately_is_three_hours_written_and_said_as_such() -> None:
    now = Period.parse("즉시")
    assert (now, now.hours, str(now), now.immediate) == (Period.parse("3h"), 3, "즉시", True)
    assert now.words.key == "period.immediately" and now.words.params == {"hours": 3}
    assert Period.parse("3h").words.key == "period.working_hours"
    assert Period.immediately() == now and Period.immediately().immediate
    assert SHIPPED.kind("fact_certificate").period.immediate
    assert parse_standard(SHIPPED.to_toml()) == SHIPPED
    assert parse_standard(SHIPPED.to_toml()).kind("fact_certificate").period.immediate
    with pytest.raises(ValueError, match="immediate"):
        Period(4, Period.parse("4h").unit, immediate=True)


def test_the_version_in_force_at_a_moment() -> None:
    july = datetime(2026, 7, 1, 10, tzinfo=SEOUL)
    changed = replace(SHIPPED, default_kind_code="inquiry")
    versions = [StandardVersion(1, july, changed, "관리자", july)]
    assert in_force([], july, SHIPPED) is SHIPPED
    assert in_force(versions, july, SHIPPED) is changed  # at the moment itself: the new one
    assert in_force(versions, datetime(2026, 6, 30, 18, tzinfo=SEOUL), SHIPPED) is SHIPPED
    later = replace(SHIPPED, default_kind_code="petition")
    versions.append(StandardVersion(2, july, later, "관리자", july))
    assert in_force(versions, NOW, SHIPPED) is later


def test_a_kind_s_fields_are_checked_at_once() -> None:
    kind = validate_kind(KindDraft(" permit ", "허가", "Permit", "즉시"), taken=["other"])
    assert (kind.code, kind.period) == ("permit", Period.parse("3h"))
    with pytest.raises(ValidationError) as refused:
        validate_kind(KindDraft("Permit-1", "", " ", "soon"))
    assert keys(refused.value) == {
        "code": "standard.kind.code_invalid", "name_ko": "standard.kind.name_required",
        "name_en": "standard.kind.name_required", "period": "standard.period_invalid"}
    with pytest.raises(ValidationError) as taken:
        validate_kind(KindDraft("other", "기타", "Other", "7d"), taken=["other"])
    assert keys(taken.value) == {"code": "standard.kind.code_taken"}
    with pytest.raises(ValidationError) as empty:
        validate_kind(KindDraft("", "기타", "Other", "7d"))
    assert keys(empty.value) == {"code": "standard.kind.code_required"}
    with pytest.raises(ValidationError):
        validate_kind(KindDraft("a" * 31, "기타", "Other", "7d"))


def test_the_standard_s_own_fields() -> None:
    draft = StandardDraft(SHIPPED.complaint_kinds, "inquiry", "16h")
    made = validate_standard(draft, SHIPPED)
    assert (made.default_kind_code, made.phone_callback) == ("inquiry", Period.parse("16h"))
    assert made.appointment_prep == SHIPPED.appointment_prep  # kept from the base
    with pytest.raises(ValidationError) as refused:
        validate_standard(StandardDraft((), "other", "x"), SHIPPED)
    assert keys(refused.value) == {"kinds": "standard.no_kinds",
                                   "phone_callback": "standard.period_invalid"}
    with pytest.raises(ValidationError) as unknown:
        validate_standard(StandardDraft(SHIPPED.complaint_kinds, "gone", "24h"), SHIPPED)
    assert keys(unknown.value) == {"default_kind": "standard.default_kind_unknown"}
    twice = (*SHIPPED.complaint_kinds, SHIPPED.complaint_kinds[0])
    with pytest.raises(ValidationError) as duplicate:
        validate_standard(StandardDraft(twice, "other", "24h"), SHIPPED)
    assert keys(duplicate.value) == {"kinds": "standard.kind.code_taken"}


def _draft(**fields: str) -> ComplaintDraft:
    return ComplaintDraft(channel="letter", citizen_name="홍길동", citizen_phone="010-1234-5678",
                          title="문의", content="내용", received_at=NOW, **fields)


def test_other_s_own_period_needs_its_legal_basis() -> None:
    own = validate_intake(_draft(kind_code="other", period="2d",
                                 period_basis="  민원처리법 시행령 별표 1\x07 "), SHIPPED, NOW)
    assert (own.deadline_period, own.period_basis) == (Period.parse("2d"),
                                                       "민원처리법 시행령 별표 1")
    same = validate_intake(_draft(kind_code="other", period="7d"), SHIPPED, NOW)
    assert (same.deadline_period, same.period_basis) == (Period.parse("7d"), "")
    kinds_own = validate_intake(_draft(kind_code="other"), SHIPPED, NOW)
    assert kinds_own.deadline_period == Period.parse("7d")
    with pytest.raises(ValidationError) as missing:
        validate_intake(_draft(kind_code="other", period="즉시"), SHIPPED, NOW)
    assert keys(missing.value) == {"period_basis": "complaint.intake.period_basis_required"}
    with pytest.raises(ValidationError) as not_other:
        validate_intake(_draft(kind_code="petition", period="2d", period_basis="근거"),
                        SHIPPED, NOW)
    assert keys(not_other.value) == {"period": "complaint.intake.period_default_kind_only"}
    with pytest.raises(ValidationError) as bad:
        validate_intake(_draft(kind_code="other", period="soon"), SHIPPED, NOW)
    assert keys(bad.value) == {"period": "standard.period_invalid"}
    with pytest.raises(ValidationError) as long_basis:
        validate_intake(_draft(kind_code="other", period="2d", period_basis="가" * 201),
                        SHIPPED, NOW)
    assert set(long_basis.value.field_errors) == {"period_basis"}


def test_two_kinds_of_one_name_are_refused_in_either_language() -> None:
    with pytest.raises(ValidationError) as refused:
        validate_kind(KindDraft("dup", "기타", "other", "7d"), names_taken=["기타", "Other"])
    assert set(refused.value.field_errors) == {"name_ko", "name_en"}
    shipped = load_standard()
    twin = ComplaintKind("dup", "기타", "Twin", shipped.default_kind.period)
    with pytest.raises(ValidationError) as refused:
        validate_standard(StandardDraft((*shipped.complaint_kinds, twin), "other", "24h"),
                          shipped)
    assert refused.value.field_errors["kinds"].key == "standard.kind.name_taken"
