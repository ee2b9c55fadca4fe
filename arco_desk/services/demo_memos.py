"""``--demo``: a working day at the phone desk — memos in every state, relative to ``now``.

Written straight into the store in one transaction (a start-up must stay quick);
deadlines come from the agency's calendar and the service standard, escalations
from the same rule :meth:`MemoService.escalate_due` applies.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from arco_desk.domain.calendar_business import BusinessCalendar
from arco_desk.domain.deadlines import Period
from arco_desk.domain.directory import Presence
from arco_desk.domain.memos import (
    DoneVia,
    MemoEventKind,
    MemoStatus,
    escalation_moment,
    number_to_give,
    phone_digits,
)
from arco_desk.domain.phone import parse_phone
from arco_desk.services.calendar import CalendarService
from arco_desk.store.models import (
    MemoReason,
    PhoneMemo,
    PhoneMemoEvent,
    PhoneMemoReason,
    Staff,
    TransferLog,
)
from arco_desk.store.unit_of_work import UnitOfWork

ESCALATION_MINUTES = 30


@dataclass(frozen=True, slots=True)
class Story:
    """One call: how long ago (working minutes), who, and what became of it."""

    ago: int
    caller: str
    org: str
    phone: str
    email: str
    message: str
    reasons: tuple[str, ...]
    status: MemoStatus
    route: str = "target"  # target | stand_in | department
    outcome: str = ""
    via: DoneVia | None = None


STORIES: tuple[Story, ...] = (
    Story(8, "김영희", "한빛출판사", "010-2345-6789", "",
          "2027 문학창작기금 신청서의 예산 항목 작성 방법을 묻습니다. 오늘 중 회신 바랍니다.",
          ("please_call",), MemoStatus.NEW),
    Story(14, "박준호", "극단 해오름", "02-745-3021", "",
          "아르코예술극장 대관 일정을 3월 둘째 주로 바꿀 수 있는지 문의.",
          ("please_call", "urgent"), MemoStatus.NEW, route="department"),
    Story(22, "Sarah Kim", "Seoul Arts Network", "+1 212-555-0142", "sarah.kim@example.org",
          "Asking about the international residency (해외 레지던시) results date. "
          "Prefers e-mail. 감사합니다 🙏", ("called",), MemoStatus.DELIVERED),
    Story(48, "이서준", "", "010-8812-4471", "",
          "지원금 정산 서류 보완 요청을 받았는데 어떤 영수증이 필요한지 궁금합니다.",
          ("please_call",), MemoStatus.ESCALATED),
    Story(75, "최민지", "서울시립미술관", "02-2124-8800 내선 231", "minji.choi@example.kr",
          "공공미술 협력 사업 회의 일정 조율. 다음 주 화·수 오후 가능.",
          ("wants_visit",), MemoStatus.ESCALATED, route="stand_in"),
    Story(110, "정하늘", "청년예술가 모임 '봄'", "010-3004-1188", "",
          "청년예술가 지원 사업 설명회 자료를 받을 수 있는지 문의.",
          ("will_call_again",), MemoStatus.READ),
    Story(150, "한도윤", "", "010-7720-3345", "",
          "기부금 영수증 재발급 요청. 주소가 바뀌었다고 함.",
          ("please_call",), MemoStatus.DONE, outcome="새 주소로 재발급 안내, 우편 발송 예정",
          via=DoneVia.CALL),
    Story(230, "오세영", "한국일보 문화부", "02-724-2114", "seyoung.oh@example.com",
          "아르코미술관 신규 전시 관련 인터뷰 요청. 보도자료 받을 수 있는지.",
          ("returned_call",), MemoStatus.DONE, outcome="보도자료와 담당자 연락처 메일 발송",
          via=DoneVia.EMAIL),
    Story(330, "김영희", "한빛출판사", "010-2345-6789", "",
          "번역 지원 사업 공모 일정 문의 (지난주 문의 후속).",
          ("called",), MemoStatus.DONE, outcome="공모 일정(4월 공고) 안내함", via=DoneVia.CALL),
    Story(540, "윤재석", "재즈 트리오 '새벽'", "010-5521-9083", "",
          "음악 지원 사업 결과 발표일과 이의 신청 절차 문의.",
          ("please_call",), MemoStatus.READ, route="stand_in"),
    Story(1150, "서지안", "", "031-8022-1540", "",
          "지역문화 지원 사업 중간보고서 제출 기한 연장 가능 여부. 사정 설명하고 싶다고 함.",
          ("please_call", "urgent"), MemoStatus.READ),
    Story(1680, "장민석", "문예지 '새봄'", "010-6634-2209", "",
          "문예지 발간 지원금 2차 지급 일정 문의. 인쇄소 대금 때문에 급하다고 함.",
          ("please_call",), MemoStatus.READ),
)
TRANSFERS = (("김영희", 35), ("익명", 95), ("박준호", 200))
OUTCOME_NOTE = {DoneVia.CALL: MemoEventKind.CALLED_BACK, DoneVia.EMAIL: MemoEventKind.EMAILED}


def has_memos(uow: UnitOfWork) -> bool:
    with uow.read() as session:
        return bool(session.scalar(select(func.count(PhoneMemo.id))))


def fill_memos(uow: UnitOfWork, calendar: CalendarService, now: datetime,
               seed: int = 2026) -> int:
    """Add the demo memos when the directory has staff and there are no memos yet;
    returns how many were added."""
    if has_memos(uow):
        return 0
    cal = calendar.business_calendar()
    period = calendar.standard.phone_callback
    rng = random.Random(seed)
    with uow.write() as session:
        staff = list(session.scalars(select(Staff).where(Staff.active.is_(True))
                                     .order_by(Staff.id)))
        if not staff:
            return 0
        reasons = {r.code: r.id for r in session.scalars(select(MemoReason))}
        operator = next((s for s in staff if s.department.name == "고객소통팀"), staff[0])
        for story in STORIES:
            _add(session, story, rng, staff, operator, reasons, cal, period, now)
        for caller, ago in TRANSFERS:
            target = rng.choice([s for s in staff if s.presence == Presence.IN.value])
            number = number_to_give(target.direct_line, target.extension,
                                    target.department.main_phone)
            session.add(TransferLog(at=working_minutes_before(cal, now, ago), staff_id=target.id,
                                    number_given=number, caller_name=caller))
    return len(STORIES)


def working_minutes_before(cal: BusinessCalendar, now: datetime, minutes: int) -> datetime:
    """The moment ``minutes`` of working time before ``now`` (on whole 5-minute steps)."""
    step = timedelta(minutes=5)
    moment = now.replace(second=0, microsecond=0)
    moment -= timedelta(minutes=moment.minute % 5)
    left = minutes
    while left > 0:
        moment -= step
        if cal.is_working_time(moment):
            left -= 5
    return moment


def _add(session: Session, story: Story, rng: random.Random, staff: list[Staff],
         operator: Staff, reasons: dict[str, int], cal: BusinessCalendar,
         period: Period, now: datetime) -> None:
    called_at = working_minutes_before(cal, now, story.ago)
    forwarded_at = called_at + timedelta(minutes=rng.choice((2, 3, 4)))
    forwarded_at = min(forwarded_at, now)
    asked = rng.choice([s for s in staff if s.id != operator.id and s.stand_in_id is not None])
    target: Staff | None = asked
    if story.route == "stand_in" and asked.stand_in is not None:
        target = asked.stand_in
    elif story.route == "department":
        target = None
    phone = parse_phone(story.phone).display
    memo = PhoneMemo(
        caller_name=story.caller, caller_org=story.org, caller_phone=phone,
        caller_phone_digits=phone_digits(phone), caller_email=story.email,
        called_at=called_at, message=story.message,
        target_staff_id=target.id if target is not None else None,
        target_department_id=(target or asked).department_id, asked_for_id=asked.id,
        taken_by_id=operator.id, status=story.status.value,
        callback_due_at=cal.due(called_at, period), forwarded_at=forwarded_at,
        created_at=forwarded_at, updated_at=forwarded_at,
    )
    session.add(memo)
    session.flush()
    for code in story.reasons:
        session.add(PhoneMemoReason(memo_id=memo.id, reason_id=reasons[code]))
    events: list[tuple[datetime, MemoEventKind, int | None, int | None, str]] = [
        (forwarded_at, MemoEventKind.RECORDED, operator.id,
         target.id if target is not None else None, "")]
    if story.status is not MemoStatus.NEW:
        memo.delivered_at = min(forwarded_at + timedelta(minutes=1), now)
        events.append((memo.delivered_at, MemoEventKind.DELIVERED, None, memo.target_staff_id,
                       ""))
    if story.status is MemoStatus.ESCALATED:
        memo.escalated_at = escalation_moment(cal, forwarded_at, ESCALATION_MINUTES)
        stand_in = target.stand_in if target is not None else None
        memo.escalated_to_id = stand_in.id if stand_in is not None else None
        events.append((memo.escalated_at, MemoEventKind.ESCALATED, None, memo.escalated_to_id,
                       f"{ESCALATION_MINUTES}분 동안 읽지 않음"))
    if story.status in (MemoStatus.READ, MemoStatus.DONE):
        memo.read_at = min(forwarded_at + timedelta(minutes=rng.choice((6, 12, 20))), now)
        events.append((memo.read_at, MemoEventKind.READ, memo.target_staff_id, None, ""))
    if story.status is MemoStatus.DONE and story.via is not None:
        assert memo.read_at is not None
        memo.done_at = min(memo.read_at + timedelta(minutes=rng.choice((15, 25, 40))), now)
        memo.done_via = story.via.value
        memo.outcome = (f"이메일 회신: {story.email} — {story.outcome}"
                        if story.via is DoneVia.EMAIL else story.outcome)
        events.append((memo.done_at, OUTCOME_NOTE[story.via], memo.target_staff_id, None,
                       memo.outcome))
    for at, kind, actor, to, detail in events:
        session.add(PhoneMemoEvent(memo_id=memo.id, kind=kind.value, at=at, actor_id=actor,
                                   to_staff_id=to, detail=detail))
