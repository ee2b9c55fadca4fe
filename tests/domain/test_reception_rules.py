"""The pure rules of reception: status transitions, the booking form, masking, retention."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.outbound_visits import call_script
from arco_desk.domain.reception import (
    ALLOWED,
    AppointmentDraft,
    VisitorDraft,
    VisitStatus,
    check_transition,
    day_bounds,
    timeline_key,
    validate_appointment,
    validate_check_out_time,
    validate_visitor,
)
from arco_desk.domain.visitor_privacy import (
    ANONYMOUS_NAME,
    PurgePreview,
    masked_name,
    masked_phone,
    parse_retention_days,
    retention_cutoff,
)
from tests.words import korean

NOW = datetime(2026, 11, 24, 10, 30, tzinfo=SEOUL)
S = VisitStatus


def draft(**changes: object) -> AppointmentDraft:
    values: dict[str, object] = {
        "visitor": VisitorDraft("  홍길동 ", " 서울문화재단 ", "01012345678"),
        "host_id": 7,
        "starts_at": NOW + timedelta(hours=1),
        "ends_at": NOW + timedelta(hours=2, minutes=30),
        "companions": 2,
    }
    values.update(changes)
    return AppointmentDraft(**values)  # type: ignore[arg-type]


# --- transitions ----------------------------------------------------------------------------


@pytest.mark.parametrize(("current", "target"), [
    (S.EXPECTED, S.HOST_READY), (S.EXPECTED, S.ARRIVED), (S.EXPECTED, S.NO_SHOW),
    (S.EXPECTED, S.CANCELLED), (S.HOST_READY, S.ARRIVED), (S.HOST_READY, S.CANCELLED),
    (S.ARRIVED, S.IN_MEETING), (S.ARRIVED, S.LEFT), (S.IN_MEETING, S.LEFT),
    (S.NO_SHOW, S.ARRIVED),
])
def test_allowed_transitions(current: VisitStatus, target: VisitStatus) -> None:
    check_transition(current, target)


@pytest.mark.parametrize(("current", "target", "message"), [
    (S.ARRIVED, S.ARRIVED, "이미 도착"),
    (S.IN_MEETING, S.ARRIVED, "이미 도착"),
    (S.EXPECTED, S.LEFT, "아직 도착"),
    (S.HOST_READY, S.LEFT, "아직 도착"),
    (S.NO_SHOW, S.LEFT, "아직 도착"),
    (S.EXPECTED, S.IN_MEETING, "아직 도착"),
    (S.LEFT, S.LEFT, "이미 퇴실"),
    (S.LEFT, S.ARRIVED, "이미 퇴실"),
    (S.CANCELLED, S.ARRIVED, "취소된"),
    (S.HOST_READY, S.HOST_READY, "이미 응대 준비"),
    (S.ARRIVED, S.CANCELLED, "바꿀 수 없습니다"),
])
def test_refused_transitions_say_why(current: VisitStatus, target: VisitStatus,
                                     message: str) -> None:
    with pytest.raises(DomainError) as refused:
        check_transition(current, target)
    assert message in korean(refused.value)


def test_final_states_lead_nowhere_and_every_status_has_labels() -> None:
    assert ALLOWED[S.LEFT] == ALLOWED[S.CANCELLED] == frozenset()
    assert {s for s in S if s.is_waiting} == {S.EXPECTED, S.HOST_READY}
    assert {s for s in S if s.is_inside} == {S.ARRIVED, S.IN_MEETING}


# --- the booking form -----------------------------------------------------------------------


def test_a_good_booking_is_cleaned() -> None:
    clean = validate_appointment(draft(), NOW)
    assert clean.visitor.name == "홍길동" and clean.visitor.organisation == "서울문화재단"
    assert clean.visitor.phone == "010-1234-5678"
    assert clean.visitor.phone_digits == "01012345678"
    assert clean.duration_min == 90 and clean.companions == 2


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"starts_at": NOW - timedelta(minutes=1)}, "starts_at", "이미 지난"),
    ({"starts_at": None}, "starts_at", "입력"),
    ({"starts_at": NOW + timedelta(days=400), "ends_at": NOW + timedelta(days=400, hours=1)},
     "starts_at", "1년"),
    ({"ends_at": NOW + timedelta(hours=1)}, "ends_at", "같습니다"),
    ({"ends_at": NOW + timedelta(minutes=30)}, "ends_at", "빠르거나"),
    ({"ends_at": NOW + timedelta(hours=12)}, "ends_at", "10시간"),
    ({"host_id": None}, "host_id", "담당자"),
    ({"companions": -1}, "companions", "0명 이상"),
    ({"companions": 51}, "companions", "50명"),
    ({"visitor": VisitorDraft("", "", "")}, "name", "이름"),
    ({"visitor": VisitorDraft("김" * 41)}, "name", "40자"),
    ({"visitor": VisitorDraft("홍길동", "", "010-12")}, "phone", "전화번호"),
    ({"visitor": VisitorDraft("홍길동", "", "O1O-1234-5678")}, "phone", "숫자가 아닌"),
])
def test_booking_refusals(changes: dict[str, object], field: str, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_appointment(draft(**changes), NOW)
    assert field in refused.value.field_errors
    assert message in korean(refused.value.field_errors[field])


def test_visitor_phone_is_optional() -> None:
    errors: dict[str, str] = {}
    clean = validate_visitor(VisitorDraft("홍길동"), errors)
    assert errors == {} and clean.phone == "" and clean.phone_digits == ""


def test_check_out_time_between_arrival_and_now() -> None:
    arrived = NOW - timedelta(hours=1)
    validate_check_out_time(NOW, arrived, NOW)
    validate_check_out_time(arrived, arrived, NOW)
    with pytest.raises(ValidationError) as early:
        validate_check_out_time(arrived - timedelta(minutes=1), arrived, NOW)
    assert "도착 시각(09:30)" in korean(early.value)
    with pytest.raises(ValidationError) as future:
        validate_check_out_time(NOW + timedelta(minutes=5), arrived, NOW)
    assert "아직 오지" in korean(future.value)


def test_timeline_keys_and_day_bounds() -> None:
    assert timeline_key(12, None) == timeline_key(12, 40) == 12
    assert timeline_key(None, 40) == -40
    with pytest.raises(ValueError):
        timeline_key(None, None)
    start, end = day_bounds(date(2026, 11, 24))
    assert start == datetime(2026, 11, 24, tzinfo=SEOUL) and end - start == timedelta(days=1)


# --- privacy ----------------------------------------------------------------------------------


def test_masking_for_lists() -> None:
    assert masked_name("홍길동") == "홍*동"
    assert masked_name("남궁민수") == "남**수"
    assert masked_name(ANONYMOUS_NAME) == ANONYMOUS_NAME
    assert masked_phone("010-1234-5678") == "010-****-5678"
    assert masked_phone("") == ""


def test_retention_days_and_cutoff() -> None:
    assert parse_retention_days("365") == 365
    for bad in ("", "x", "0", "3651", "-5"):
        with pytest.raises(ValidationError):
            parse_retention_days(bad)
    assert retention_cutoff(NOW, 365) == datetime(2025, 11, 24, tzinfo=SEOUL)
    # 16:00 UTC is already 01:00 the next day in Seoul: days are counted in Seoul.
    late_evening_utc = datetime(2026, 11, 24, 16, 0, tzinfo=UTC)
    assert retention_cutoff(late_evening_utc, 1) == datetime(2026, 11, 24, tzinfo=SEOUL)


def test_purge_counts_visits_appointments_and_outbound_visits() -> None:
    preview = PurgePreview(datetime(2025, 11, 24, tzinfo=SEOUL), 365, 3, 1, 2, 4)
    assert preview.records == 6


def test_call_script_tells_purpose_name_and_department() -> None:
    text = korean(call_script("박고객", "공연예술부", "김민준", date(2026, 12, 28), "안전 점검"))
    assert text.startswith("박고객 님")
    assert "공연예술부 김민준" in text and "12월 28일(월)" in text and "안전 점검" in text


def test_naive_and_far_times_are_judged_not_compared_raw() -> None:
    # Found by the fuzz test: a naive start or check-out time raised TypeError against the
    # aware clock; a start at 9999-12-31 23:59 UTC overflowed on its way to Seoul.
    naive = datetime(2026, 11, 24, 12, 0)
    clean = validate_appointment(draft(starts_at=naive, ends_at=naive + timedelta(hours=1)),
                                 NOW)
    assert clean.starts_at == datetime(2026, 11, 24, 12, 0, tzinfo=SEOUL)
    assert clean.duration_min == 60
    far = datetime.max.replace(tzinfo=UTC)
    with pytest.raises(ValidationError) as refused:
        validate_appointment(draft(starts_at=far, ends_at=far), NOW)
    assert {refused.value.field_errors[f].key for f in ("starts_at", "ends_at")} == {
        "date.out_of_range"}
    validate_check_out_time(datetime(2026, 11, 24, 10, 0), NOW - timedelta(hours=1), NOW)
    with pytest.raises(ValidationError) as refused:
        validate_check_out_time(datetime(2026, 11, 24, 9, 0), NOW - timedelta(hours=1), NOW)
    assert refused.value.field_errors["left_at"].key == "visit.left_before_arrival"
    with pytest.raises(ValidationError) as refused:
        validate_check_out_time(far, NOW - timedelta(hours=1), NOW)
    assert refused.value.field_errors["left_at"].key == "date.out_of_range"
