"""The rules of a phone memo (clause 1-2): what the desk must note, and what it refuses."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.deadlines import BusinessCalendar
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.memos import (
    MAX_MESSAGE_LENGTH,
    MemoDraft,
    MemoStatus,
    Route,
    escalation_moment,
    number_to_give,
    render_greeting,
    validate_forward_reason,
    validate_memo,
    validate_outcome,
    validate_reason_label,
)
from tests.words import korean_fields

NOW = datetime(2026, 11, 24, 10, 30, tzinfo=SEOUL)


def draft(**changes: object) -> MemoDraft:
    values: dict[str, object] = {
        "caller_name": "김영희", "caller_org": "한빛출판사", "caller_phone": "010 1234 5678",
        "called_at": NOW - timedelta(minutes=3), "message": "지원사업 서류 문의, 회신 바람",
        "target_staff_id": 7,
    }
    values.update(changes)
    return MemoDraft(**values)  # type: ignore[arg-type]


def errors_of(d: MemoDraft) -> dict[str, str]:
    """Each wrong field's refusal, in Korean."""
    with pytest.raises(ValidationError) as caught:
        validate_memo(d, NOW)
    return korean_fields(caught.value)


def test_a_good_draft_is_cleaned_and_the_number_formatted() -> None:
    clean = validate_memo(draft(caller_name="  김영희 ", caller_phone="02 760 4500 내선 123",
                                reason_ids=(3, 1, 3)), NOW)
    assert clean.caller_name == "김영희"
    assert clean.caller_phone == "02-760-4500 (내선 123)"
    assert clean.caller_phone_digits == "027604500"  # without the extension
    assert clean.reason_ids == (3, 1)
    assert clean.route is Route.TARGET
    assert clean.called_at == NOW - timedelta(minutes=3)


def test_missing_target_and_message_are_named_together() -> None:
    errors = errors_of(draft(target_staff_id=None, message="   "))
    assert set(errors) == {"target_staff_id", "message"}
    assert "직원" in errors["target_staff_id"]
    assert "용건" in errors["message"]


@pytest.mark.parametrize("number", ["12345", "010-12OO-5678", "전화번호", "02-760"])
def test_an_unparseable_number_is_refused_with_an_example(number: str) -> None:
    message = errors_of(draft(caller_phone=number))["caller_phone"]
    assert "010-1234-5678" in message


def test_a_way_to_answer_is_required_phone_or_email() -> None:
    assert "연락처" in errors_of(draft(caller_phone=""))["caller_phone"]
    clean = validate_memo(draft(caller_phone="", caller_email="kim@example.com"), NOW)
    assert clean.caller_phone == "" and clean.caller_email == "kim@example.com"
    assert "이메일" in errors_of(draft(caller_email="kim@"))["caller_email"]


def test_the_caller_name_is_required_and_bounded() -> None:
    assert "익명" in errors_of(draft(caller_name=" "))["caller_name"]
    assert "40자" in errors_of(draft(caller_name="가" * 41))["caller_name"]


def test_a_call_time_in_the_future_is_refused_but_clock_drift_is_not() -> None:
    message = errors_of(draft(called_at=NOW + timedelta(minutes=10)))["called_at"]
    assert "미래" in message and "10:40" in message
    assert validate_memo(draft(called_at=NOW + timedelta(seconds=50)), NOW)
    assert "시간대" in errors_of(draft(called_at=datetime(2026, 11, 24, 10, 0)))["called_at"]
    assert "called_at" in errors_of(draft(called_at=None))


def test_a_ten_thousand_character_message_is_refused_with_the_limit() -> None:
    message = errors_of(draft(message="가" * 10_000))["message"]
    assert "10,000자" in message and f"{MAX_MESSAGE_LENGTH:,}자" in message
    assert validate_memo(draft(message="가" * MAX_MESSAGE_LENGTH), NOW)


def test_emoji_and_mixed_scripts_are_kept_as_typed() -> None:
    text = "회신 부탁 🙏🏽 Thanks! 謝謝 — ｆｕｌｌ width, ñ, 👨‍👩‍👧\n둘째 줄"
    clean = validate_memo(draft(message=text, caller_name="Kim 영희 😀"), NOW)
    assert clean.message == text
    assert clean.caller_name == "Kim 영희 😀"


def test_control_characters_are_dropped_and_a_tab_is_a_space() -> None:
    clean = validate_memo(draft(message="회신\x00 바람\x07\t끝"), NOW)
    assert clean.message == "회신 바람 끝"


def test_an_unknown_route_is_refused() -> None:
    assert "route" in errors_of(draft(route="fax"))


def test_outcome_forward_reason_and_reason_labels() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_outcome("  ")
    assert "outcome" in caught.value.field_errors
    assert validate_outcome("", required=False) == ""
    with pytest.raises(ValidationError):
        validate_outcome("가" * 2001)
    with pytest.raises(ValidationError) as caught:
        validate_forward_reason("")
    assert "reason" in caught.value.field_errors
    assert validate_reason_label("  자료  요청 ", "") == ("자료 요청", "자료 요청")
    with pytest.raises(ValidationError) as caught:
        validate_reason_label("", "x" * 41)
    assert set(caught.value.field_errors) == {"label_ko", "label_en"}


def test_escalation_counts_working_minutes_not_the_night() -> None:
    cal = BusinessCalendar.korea()
    assert escalation_moment(cal, NOW, 30) == NOW + timedelta(minutes=30)
    evening = datetime(2026, 11, 24, 17, 50, tzinfo=SEOUL)
    assert escalation_moment(cal, evening, 30) == datetime(2026, 11, 25, 9, 20, tzinfo=SEOUL)
    lunch = datetime(2026, 11, 24, 11, 45, tzinfo=SEOUL)
    assert escalation_moment(cal, lunch, 30) == datetime(2026, 11, 24, 13, 15, tzinfo=SEOUL)


def test_the_greeting_is_filled_in_and_odd_braces_do_not_break_it() -> None:
    text = render_greeting("감사합니다. {agency} {department} {name}입니다. {other}",
                           agency="아르코", department="고객소통팀", name="김민준")
    assert text == "감사합니다. 아르코 고객소통팀 김민준입니다. {other}"


def test_the_number_to_give_when_transferring() -> None:
    assert number_to_give("061-900-2131", "2131", "061-900-2130") == "061-900-2131"
    assert number_to_give("", "2131", "061-900-2130") == "061-900-2130 (내선 2131)"
    assert number_to_give("", "2131", "") == "내선 2131"
    assert number_to_give(" ", "", "061-900-2130") == ""


def test_statuses_have_labels_and_know_when_they_are_open() -> None:
    assert [s.value for s in MemoStatus] == ["new", "delivered", "read", "escalated", "done"]
    assert not MemoStatus.DONE.is_open and MemoStatus.ESCALATED.is_open
    assert MemoStatus.ESCALATED.is_unread and not MemoStatus.READ.is_unread


@pytest.mark.parametrize("called_at", [datetime(1, 1, 1, tzinfo=SEOUL),
                                       datetime(1999, 12, 31, 23, 59, tzinfo=SEOUL)])
def test_a_call_before_the_date_range_is_refused(called_at: datetime) -> None:
    # Found by the fuzz test: a call at 0001-01-01 was accepted and overflowed the store.
    with pytest.raises(ValidationError) as refused:
        validate_memo(draft(called_at=called_at), NOW)
    assert refused.value.field_errors["called_at"].key == "date.out_of_range"
