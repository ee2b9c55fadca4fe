from __future__ import annotations

from datetime import datetime

from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.clock import SEOUL
from arco_desk.domain.notifications import (
    arrival_notice,
    complaint_notice,
    memo_notice,
    preparation_notice,
)
from tests.words import korean_notice

AT = datetime(2026, 11, 24, 14, 5, tzinfo=SEOUL)


def test_a_memo_notice_names_the_caller_reasons_excerpt_and_deadline() -> None:
    notice = memo_notice(3, "홍길동", "문화재단", ["회신 요망", "긴급"], "공모 " * 60, AT)
    title, text = korean_notice(notice)
    assert title == "전화 메모: 홍길동(문화재단)"
    reasons, excerpt, due = text.split("\n")
    assert reasons == "회신 요망 · 긴급"
    assert len(excerpt) == 80 and excerpt.endswith("…")
    assert due == "회신 기한 11월 24일 14:05"
    assert (notice.kind, notice.entity_id) == (ChangeKind.MEMO_FORWARDED, 3)


def test_an_escalated_memo_says_so_and_a_nameless_caller_reads_plainly() -> None:
    notice = memo_notice(4, "", "", [], "", None, escalated=True)
    assert korean_notice(notice) == ("[미확인 메모] 전화 메모: 이름 미상", "")
    assert notice.kind is ChangeKind.MEMO_ESCALATED


def test_arrival_preparation_and_complaint_notices() -> None:
    arrival = arrival_notice(7, "김영희", "", 2, "지원사업 상담", AT)
    assert korean_notice(arrival) == ("방문객 도착: 김영희 외 2명",
                                      "14:05 안내데스크 도착\n지원사업 상담")
    prep = preparation_notice(8, "박민수", "극단 해오름", AT, "3층 소회의실")
    title, text = korean_notice(prep)
    assert title == "곧 방문 예정: 박민수(극단 해오름)"
    assert text.startswith("14:05 약속, 3층 소회의실.")
    complaint = complaint_notice(9, "공연장 대관 환불 문의", AT)
    assert korean_notice(complaint) == ("민원 배정: 공연장 대관 환불 문의",
                                        "처리 기한 11월 24일 14:05")


def test_an_event_concerns_its_staff_member_or_a_whole_department() -> None:
    from arco_desk.domain.change_feed import ChangeRecord

    personal = ChangeRecord(1, "memo_forwarded", 5, staff_id=7, department_id=2, at=AT)
    assert personal.concerns(7, 2)
    assert not personal.concerns(8, 2)  # a colleague in the same department
    everyone = ChangeRecord(2, "memo_forwarded", 6, staff_id=None, department_id=2, at=AT)
    assert everyone.concerns(8, 2) and not everyone.concerns(8, 3)
    assert not everyone.concerns(8, None)
