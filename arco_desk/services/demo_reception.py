"""``--demo``: today's reception around ``now`` — appointments in every state, walk-ins, and
outbound visits with their call tasks. Deterministic for a seed; added once, after the
demo directory."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from arco_desk.domain.directory import Presence
from arco_desk.domain.phone import digits_only
from arco_desk.domain.reception import VisitStatus
from arco_desk.services.calendar import CalendarService
from arco_desk.store.models import Appointment, OutboundVisit, Staff, Visit, Visitor
from arco_desk.store.unit_of_work import UnitOfWork

VISITORS: tuple[tuple[str, str], ...] = (
    ("홍길동", "서울문화재단"), ("김예린", "국립극단"), ("박서준", "대학로 소극장 협의회"),
    ("이하늘", "한국출판문화산업진흥원"), ("최민서", "부산문화회관"), ("정우진", "독립 기획자"),
    ("강다인", "광주비엔날레"), ("윤재희", "청년예술가 네트워크"), ("장시우", "전북문화관광재단"),
    ("임소율", "인천아트플랫폼"), ("한도현", "현대무용단 몸짓"), ("오지안", "작가 레지던시 동문회"),
)
CUSTOMERS: tuple[tuple[str, str, str], ...] = (
    ("문정희", "극단 새벽", "공연장 안전 점검 결과 설명"),
    ("송하준", "아트센터 봄", "지원사업 현장 실사"),
    ("배수아", "지역문화협동조합", "예술교육 프로그램 협의"),
    ("노태윤", "갤러리 담", "공공미술 설치 장소 확인"),
)


@dataclass(frozen=True, slots=True)
class _Plan:
    """One appointment of the demo day, its times relative to ``now`` (minutes)."""

    start: int
    minutes: int
    status: VisitStatus
    purpose: str
    place: str = "1층 상담실"
    companions: int = 0
    notes: str = ""


PLANS: tuple[_Plan, ...] = (
    _Plan(-180, 60, VisitStatus.LEFT, "공모사업 신청 상담", "3층 소회의실"),
    _Plan(-120, 30, VisitStatus.NO_SHOW, "정산 서류 문의"),
    _Plan(-50, 90, VisitStatus.IN_MEETING, "창작산실 공동 기획 회의", "5층 회의실", 2),
    _Plan(-5, 60, VisitStatus.ARRIVED, "해외 레지던시 추천서 수령"),
    _Plan(4, 30, VisitStatus.HOST_READY, "대관 계약서 서명", "5층 회의실"),
    _Plan(3, 45, VisitStatus.EXPECTED, "예술교육 강사 협약", "2층 회의실", 1),
    _Plan(90, 60, VisitStatus.EXPECTED, "후원 약정 협의", "3층 소회의실", 2,
          "주차 2대 (차량번호 접수 완료)"),
    _Plan(150, 30, VisitStatus.EXPECTED, "문예지 발간 지원 상담", "4층 상담실", 0,
          "휠체어 이용: 1층 엘리베이터로 안내"),
    _Plan(120, 60, VisitStatus.CANCELLED, "번역 지원 결과 문의"),
)


def has_reception_data(session: Session) -> bool:
    count = session.scalar(select(func.count(Visitor.id)))
    outbound = session.scalar(select(func.count(OutboundVisit.id)))
    return bool(count) or bool(outbound)


def fill_reception(uow: UnitOfWork, calendar: CalendarService, now: datetime,
                   seed: int = 2026) -> int:
    """Add the demo day when there is a directory and no reception data yet; returns the
    number of appointments, walk-ins and outbound visits added."""
    rng = random.Random(seed)
    anchor = now.replace(second=0, microsecond=0)
    cal = calendar.business_calendar()
    standard = calendar.standard
    with uow.write() as session:
        if has_reception_data(session):
            return 0
        staff = list(session.scalars(
            select(Staff).where(Staff.active.is_(True)).order_by(Staff.id)))
        if len(staff) < 4:
            return 0
        present = [s for s in staff if s.presence == Presence.IN.value]
        by_id = {s.id: s for s in staff}
        away = [s for s in staff if s.presence != Presence.IN.value and s.stand_in_id
                and by_id[s.stand_in_id].presence == Presence.IN.value]
        people = list(VISITORS)
        rng.shuffle(people)
        added = 0
        for number, plan in enumerate(PLANS, start=1):
            host = away[0] if plan.status is VisitStatus.ARRIVED and away else rng.choice(present)
            visitor = _visitor(session, rng, *people.pop())
            _appointment(session, plan, anchor, host, visitor, number)
            added += 1
        for arrived, left, purpose in ((-150, -110, "홈페이지 정보공개 청구 방법 문의"),
                                       (-10, None, "대관 가능 일정 문의")):
            name, org = people.pop()
            visitor = _visitor(session, rng, name, org)
            host = rng.choice(present)
            session.add(Visit(
                visitor_id=visitor.id, host_id=host.id, purpose=purpose,
                arrived_at=anchor + timedelta(minutes=arrived),
                left_at=anchor + timedelta(minutes=left) if left is not None else None,
                received_by_id=host.id if left is not None else None,
                pass_number="9" if left is None else "", id_checked=left is None,
            ))
            added += 1
        today = anchor.date()
        visit_days = (
            (today, None),  # the call was forgotten: overdue
            (cal.next_working_day(today), None),  # call due today 18:00
            (cal.working_day_after(today, 5), None),
            (cal.next_working_day(today), anchor - timedelta(minutes=40)),  # already called
        )
        for (customer, org, purpose), (day, called) in zip(CUSTOMERS, visit_days, strict=True):
            member = rng.choice(present)
            session.add(OutboundVisit(
                customer_name=customer, customer_org=org, customer_phone=_phone(rng),
                purpose=purpose, staff_id=member.id, department_id=member.department_id,
                visit_date=day, call_due_at=standard.visit_call_due(cal, day), called_at=called,
                call_note="방문 목적·일시 안내, 고객 확인" if called else "",
            ))
            added += 1
        return added


def _phone(rng: random.Random) -> str:
    return f"010-{rng.randint(2000, 9899):04d}-{rng.randint(1000, 9999):04d}"


def _visitor(session: Session, rng: random.Random, name: str, org: str) -> Visitor:
    phone = _phone(rng)
    visitor = Visitor(name=name, organisation=org, phone=phone, phone_digits=digits_only(phone))
    session.add(visitor)
    session.flush()
    return visitor


def _appointment(session: Session, plan: _Plan, anchor: datetime, host: Staff,
                 visitor: Visitor, number: int) -> None:
    starts = anchor + timedelta(minutes=plan.start)
    appointment = Appointment(
        visitor_id=visitor.id, host_id=host.id, starts_at=starts, duration_min=plan.minutes,
        companions=plan.companions, purpose=plan.purpose, place=plan.place, notes=plan.notes,
        status=plan.status.value,
    )
    status = plan.status
    if status in (VisitStatus.HOST_READY, VisitStatus.ARRIVED, VisitStatus.IN_MEETING,
                  VisitStatus.LEFT):
        appointment.prep_alerted_at = starts - timedelta(minutes=5)
    if status is VisitStatus.HOST_READY:
        appointment.host_ready_at = anchor
    session.add(appointment)
    session.flush()
    if not status.is_inside and status is not VisitStatus.LEFT:
        return
    arrived = min(starts - timedelta(minutes=3), anchor - timedelta(minutes=2))
    visit = Visit(
        visitor_id=visitor.id, appointment_id=appointment.id, host_id=host.id,
        purpose=plan.purpose, arrived_at=arrived, pass_number=str(number), id_checked=True,
    )
    if status is VisitStatus.ARRIVED and host.presence != Presence.IN.value:
        visit.routed_to_id = host.stand_in_id
    if status in (VisitStatus.IN_MEETING, VisitStatus.LEFT):
        visit.received_by_id = host.id
    if status is VisitStatus.LEFT:
        visit.left_at = starts + timedelta(minutes=plan.minutes)
        visit.pass_returned_at = visit.left_at
        visit.requests = "심사 기준과 제출 서류 목록 요청"
        visit.outcome = "안내 자료 전달, 추가 문의는 이메일로 회신하기로 함"
        visit.follow_up_owner_id = host.id
    session.add(visit)
