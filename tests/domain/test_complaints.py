"""The complaint rules without a database: lifecycle, intake, delay notices, badges."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from arco_desk.domain.calendar_business import SEOUL, BusinessCalendar
from arco_desk.domain.complaint_deadline import (
    BadgeState,
    badge,
    deadline_rule,
    delay_notice_terms,
)
from arco_desk.domain.complaint_intake import ComplaintDraft, title_from_text, validate_intake
from arco_desk.domain.complaint_steps import validate_delay_notice
from arco_desk.domain.complaints import (
    Channel,
    ComplaintAction,
    ComplaintStatus,
    allowed_actions,
    check_action,
)
from arco_desk.domain.deadlines import Period
from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.standard import load_standard
from arco_desk.ui.common.labels import label
from arco_desk.ui.common.messages import working_time_text
from tests.words import english, korean, language

CAL = BusinessCalendar.korea()
NOW = datetime(2026, 11, 24, 10, 30, tzinfo=SEOUL)
SEVEN = Period.parse("7d")
S = ComplaintStatus
A = ComplaintAction


def test_the_channels_of_the_standard() -> None:
    with language("ko"):
        assert [label(c) for c in Channel] == [
            "방문", "전화", "서면·우편", "홈페이지", "SNS", "이메일", "콜센터"]


def test_the_lifecycle_in_order() -> None:
    status = S.RECEIVED
    for action, after in ((A.ASSIGN, S.ASSIGNED), (A.START, S.IN_PROGRESS),
                          (A.ANSWER, S.ANSWERED), (A.FOLLOW_UP, S.FOLLOWED_UP),
                          (A.CLOSE, S.CLOSED)):
        status = check_action(status, action, paused=False)
        assert status is after
    assert allowed_actions(S.CLOSED, False) == frozenset()


def test_what_each_status_allows() -> None:
    assert allowed_actions(S.RECEIVED, False) == {A.ASSIGN, A.PAUSE, A.DELAY_NOTICE}
    assert allowed_actions(S.IN_PROGRESS, False) == {
        A.REASSIGN, A.PAUSE, A.DELAY_NOTICE, A.ANSWER}
    assert allowed_actions(S.IN_PROGRESS, True) == {A.REASSIGN, A.RESUME}
    assert allowed_actions(S.ANSWERED, False) == {A.FOLLOW_UP}
    assert check_action(S.IN_PROGRESS, A.REASSIGN, False) is S.ASSIGNED
    assert check_action(S.IN_PROGRESS, A.PAUSE, False) is S.IN_PROGRESS


def test_a_refusal_says_what_state_it_needs() -> None:
    with pytest.raises(DomainError) as error:
        check_action(S.RECEIVED, A.ANSWER, False)
    assert korean(error.value.msg) == ("‘접수’ 상태의 민원에는 ‘답변’ 단계를 진행할 수 "
                                   "없습니다(처리 중 상태에서 가능).")


def test_the_rule_in_words() -> None:
    due = CAL.due(datetime(2026, 2, 12, 10, tzinfo=SEOUL), SEVEN)
    assert korean(deadline_rule(SEVEN, due)) == "7근무일, 첫날 산입 → 2월 25일 18:00"
    assert english(deadline_rule(SEVEN, due)) == "7 working days, first day counted → 25 Feb 18:00"
    five = Period.parse("5d")
    assert korean(deadline_rule(five, due)) == "5근무일(40근무시간) → 2월 25일 18:00"


def test_intake_trims_and_formats() -> None:
    clean = validate_intake(ComplaintDraft(
        channel="sns", kind_code="confirmation", citizen_name="  김  민원 ",
        citizen_phone="02 760 4500", title="  확인   요청 ", content=" 내용 "),
        load_standard(), NOW)
    assert (clean.citizen_name, clean.citizen_phone, clean.title, clean.content) == (
        "김 민원", "02-760-4500", "확인 요청", "내용")
    assert clean.received_at == NOW and clean.kind.period == Period.parse("3h")


def test_received_at_now_is_fine_a_minute_later_is_not() -> None:
    base = ComplaintDraft(channel="phone", kind_code="other", citizen_name="가",
                          citizen_email="a@b.kr", title="t", content="c")
    base.received_at = NOW
    assert validate_intake(base, load_standard(), NOW).received_at == NOW
    base.received_at = NOW + timedelta(minutes=1)
    with pytest.raises(ValidationError) as refused:
        validate_intake(base, load_standard(), NOW)
    assert list(refused.value.field_errors) == ["received_at"]


def test_title_from_text() -> None:
    assert title_from_text("\n  첫 줄   입니다 \n둘째 줄") == "첫 줄 입니다"
    long = "가" * 60
    assert title_from_text(long) == "가" * 39 + "…"
    assert title_from_text("   ") == ""


def test_working_time_in_words() -> None:
    with language("ko"):
        assert working_time_text(timedelta(hours=19, minutes=5)) == "2일 3시간"
        assert working_time_text(timedelta(hours=3, minutes=20)) == "3시간 20분"
        assert working_time_text(timedelta(minutes=45)) == "45분"


def test_delay_notice_terms_and_refusals() -> None:
    due = datetime(2026, 12, 2, 18, tzinfo=SEOUL)
    terms = delay_notice_terms(CAL, SEVEN, due, 0, NOW, paused=False)
    assert terms.limit == datetime(2026, 12, 11, 18, tzinfo=SEOUL)
    assert terms.refusal is None and not terms.needs_consent
    ok = validate_delay_notice(terms, " 자문 ", terms.limit, "email", False)
    assert (ok.reason, ok.new_due) == ("자문", terms.limit)
    late = delay_notice_terms(CAL, SEVEN, due, 0, due, paused=False)
    assert late.refusal is not None and "이미 지났습니다" in korean(late.refusal)
    paused = delay_notice_terms(CAL, SEVEN, due, 0, NOW, paused=True)
    assert paused.refusal is not None and "보완" in korean(paused.refusal)
    second = delay_notice_terms(CAL, SEVEN, due, 1, NOW, paused=False)
    assert second.needs_consent and second.number == 2
    third = delay_notice_terms(CAL, SEVEN, due, 2, NOW, paused=False)
    assert third.refusal is not None and "두 번까지" in korean(third.refusal)


def test_badges() -> None:
    due = datetime(2026, 11, 24, 14, 30, tzinfo=SEOUL)
    three = Period.parse("3h")
    running = badge(CAL, S.IN_PROGRESS, due, three, NOW)
    assert running.state is BadgeState.DUE_TODAY and korean(running.words) == "오늘 14:30"
    assert running.countdown is not None
    paused = badge(CAL, S.IN_PROGRESS, due, three, NOW + timedelta(days=3), paused_at=NOW)
    assert (paused.state, korean(paused.words)) == (BadgeState.PAUSED, "보완 대기 · 3시간 남음")
    on_time = badge(CAL, S.ANSWERED, due, three, NOW, answered_at=due)
    assert on_time.state is BadgeState.ANSWERED_IN_TIME
    late = badge(CAL, S.CLOSED, due, three, NOW, answered_at=due + timedelta(hours=2))
    assert (late.state, korean(late.words)) == (BadgeState.ANSWERED_LATE, "답변 2시간 초과")


def test_moments_at_the_end_of_the_calendar_are_refused_not_overflowed() -> None:
    # Found by the fuzz test: 9999-12-31 23:59 UTC (and 0001-01-01 east of Seoul) raised
    # OverflowError on the way to Seoul time in intake, resume, answer and delay notice.
    from datetime import UTC, timezone

    from arco_desk.domain.complaint_steps import Contact, validate_answer, validate_pause_end
    end = datetime.max.replace(tzinfo=UTC)
    start = datetime.min.replace(tzinfo=timezone(timedelta(hours=14)))
    base = ComplaintDraft(channel="phone", kind_code="other", citizen_name="가",
                          citizen_phone="010-1234-5678", title="t", content="c")
    for edge in (end, start):
        base.received_at = edge
        with pytest.raises(ValidationError) as refused:
            validate_intake(base, load_standard(), NOW)
        assert refused.value.field_errors["received_at"].key == "date.out_of_range"
        with pytest.raises(ValidationError) as refused:
            validate_pause_end(NOW - timedelta(days=1), edge, NOW)
        assert refused.value.field_errors["ended_at"].key == "date.out_of_range"
        with pytest.raises(ValidationError) as refused:
            validate_answer("답변", "phone", edge, 1, NOW - timedelta(days=1),
                            Contact("010-1234-5678", "", ""), NOW)
        assert refused.value.field_errors["answered_at"].key == "date.out_of_range"
    terms = delay_notice_terms(CAL, SEVEN, datetime(2026, 12, 2, 18, tzinfo=SEOUL), 0, NOW,
                               paused=False)
    with pytest.raises(ValidationError) as refused:
        validate_delay_notice(terms, "자문", end, "email", False)
    assert refused.value.field_errors["new_due"].key == "complaint.delay_notice.beyond_limit"
    naive_limit = terms.limit.replace(tzinfo=None)  # Seoul wall time
    assert validate_delay_notice(terms, "자문", naive_limit, "email", False).new_due == terms.limit


def test_an_attachment_keeps_its_name_as_text_the_store_can_hold() -> None:
    # Found by the fuzz test: a file name read from the disk with a lone surrogate (an
    # undecodable byte) or a control character could not be stored.
    from arco_desk.domain.complaint_intake import ATTACHMENT_NAME_LIMIT, attachment_name
    assert attachment_name("민원\udcff서류\x01.pdf") == "민원서류.pdf"
    assert attachment_name("\u1112\u1161\u11ab.hwp") == "한.hwp"
    assert len(attachment_name("가" * 300)) == ATTACHMENT_NAME_LIMIT
    assert attachment_name("\x01") == ""
