"""The records the agency keeps in Korean read as they always have, whatever language a
window runs in."""

from __future__ import annotations

from datetime import UTC, datetime

from arco_desk.domain.calendar_business import SEOUL
from arco_desk.domain.calendar_overrides import OverrideKind
from arco_desk.domain.directory import Presence
from arco_desk.domain.visitor_privacy import PurgeMethod, PurgePreview
from arco_desk.services import korean_records as records


def test_ledger_description_and_method() -> None:
    preview = PurgePreview(datetime(2025, 11, 24, tzinfo=SEOUL), 365, 3, 1, 2, 4)
    assert records.purge_description(preview) == (
        "방문객 개인정보 (2025-11-24 이전): 방문 3건, 예약 1건, 외부 방문 2건")
    assert [records.purge_method_name(m) for m in PurgeMethod] == ["삭제", "익명화"]


def test_every_member_has_its_record_word() -> None:
    assert [records.presence_name(p) for p in Presence] == ["재실", "자리 비움", "휴가", "출장",
                                                             "교육"]
    assert records.override_text("2026-05-01", OverrideKind.CLOSURE, "창립기념일") == (
        "2026-05-01 기관 휴무 창립기념일")
    assert {records.override_text("d", kind, "") for kind in OverrideKind} == {
        "d 기관 휴무", "d 임시공휴일", "d 추가 근무일"}


def test_histories_and_outcomes() -> None:
    # 09:05 UTC is 18:05 in Seoul
    assert records.registered_late(datetime(2026, 2, 25, 9, 5, tzinfo=UTC)) == "2월 25일 18:05 등록"
    assert records.route_detail("김", None, None) == "김님에게 전달"
    assert records.route_detail("김", "이", None) == "김님 부재, 대리자 이님에게 전달"
    assert records.route_detail("김", None, "기획팀") == "김님 부재, 기획팀 전체에 전달"
    assert records.email_outcome("a@b.kr", "") == "이메일 회신: a@b.kr"
    assert records.email_outcome("a@b.kr", "첨부함") == "이메일 회신: a@b.kr — 첨부함"
    assert records.complaint_outcome(7) == "민원 #7(으)로 접수함"
    assert records.unread_detail(30) == "30분 동안 읽지 않음"
    assert records.visit_draft_content("", "상담", "기관") == "방문 목적: 상담\n\n소속: 기관"
    assert records.memo_draft_content("문의", "") == "문의"
