"""``--demo``: complaints of every kind, channel and state, relative to ``now``.

Overdue, due today, due soon, paused, resumed, extended (once, and twice with consent),
answered and awaiting the follow-up call, follow-up done, closed in time and late. They
are made through :class:`ComplaintService` on a clock moved along each story, so every
rule holds and every step has its event, with who and when.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select

from arco_desk.domain.actor import Actor
from arco_desk.domain.calendar_business import SEOUL, BusinessCalendar, to_seoul
from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.services.calendar import CalendarService
from arco_desk.services.complaints import ComplaintService
from arco_desk.store.models import Complaint, Department, Staff
from arco_desk.store.unit_of_work import UnitOfWork

__all__ = ["fill_complaints"]

CITIZENS = ("김하늘", "이서준", "박지우", "최민서", "정유나", "강도현", "조은비", "윤태양",
            "장서윤", "임재현", "한소율", "오지안", "서하람", "신우진", "권나래", "황보민")
STORIES = (
    # (kind, channel, title, content)
    ("petition", "letter", "공연장 주변 야간 소음",
     "아르코예술극장 저녁 공연이 끝난 뒤 관객 대기 소음이 심합니다. 대책을 알려 주세요."),
    ("inquiry", "homepage", "창작산실 지원 자격 문의",
     "올해 창작산실 공모에 개인 예술가도 지원할 수 있는지 알고 싶습니다."),
    ("fact_certificate", "visit", "지원금 수령 사실증명 발급",
     "2025년 문학창작 지원금 수령 사실을 증명하는 서류가 필요합니다."),
    ("confirmation", "phone", "대관 예약 확인",
     "다음 달 소극장 대관 예약이 확정되었는지 확인 부탁드립니다."),
    ("performance_certificate", "email", "용역 실적증명서 발급 요청",
     "2024년 공연 홍보 용역 수행 실적증명서를 발급해 주세요."),
    ("other", "letter", "정보공개 처리 절차 문의",
     "심사위원 명단 공개 절차와 기간을 알려 주시기 바랍니다."),
    ("petition", "sns", "홈페이지 접근성 개선 건의",
     "시각장애인용 화면낭독기로 공모 안내 페이지를 읽을 수 없습니다."),
    ("inquiry", "call_centre", "국제교류 지원사업 정산 문의",
     "해외 레지던시 지원금 정산 서류 양식을 어디서 받을 수 있나요?"),
    ("petition", "letter", "심사 결과 재검토 요청",
     "시각예술 창작 지원 심사 결과에 이의가 있어 재검토를 요청합니다."),
    ("inquiry", "email", "예술교육 강사 모집 일정",
     "지역 예술교육 강사 모집 일정과 제출 서류를 알려 주세요."),
    ("confirmation", "visit", "지원 확정 여부 확인",
     "청년예술가 지원사업 선정 여부를 확인하고 싶습니다."),
    ("petition", "homepage", "주차장 이용 불편",
     "대학로 공연 관람 시 주차 안내가 부족합니다."),
    ("other", "call_centre", "후원금 기부영수증 재발급",
     "작년 문화예술 후원 기부영수증을 분실했습니다."),
    ("petition", "phone", "무대 안전 점검 요청",
     "소극장 무대 조명 고정 장치가 느슨해 보입니다. 점검을 요청합니다."),
    ("fact_certificate", "letter", "지원사업 참여 사실증명",
     "공공미술 프로젝트 참여 사실을 증명하는 서류를 우편으로 받고 싶습니다."),
)
REPLIES = {
    "letter": "letter", "homepage": "homepage", "email": "email", "phone": "phone",
    "call_centre": "phone", "visit": "in_person", "sns": "email",
}


@dataclass(slots=True)
class _Clock:
    moment: datetime

    def __call__(self) -> datetime:
        return self.moment


def fill_complaints(uow: UnitOfWork, calendar: CalendarService, attachments_dir: Path,
                    now: datetime, seed: int = 2026) -> int:
    """Add the demo complaints when there are none (and the directory exists); returns how
    many were added."""
    now = to_seoul(now)
    with uow.read() as session:
        if session.scalar(select(func.count(Complaint.id))):
            return 0
        staff = [(s.id, s.name, d.name) for s, d in session.execute(
            select(Staff, Department).join(Department, Staff.department_id == Department.id)
            .where(Staff.active.is_(True)).order_by(Staff.id))]
    if not staff:
        return 0
    rng = random.Random(seed)
    clock = _Clock(now)
    service = ComplaintService(uow, calendar, attachments_dir, clock)
    cal = calendar.business_calendar()
    # Every step is taken by a demo staff member: the desk's complaints officer registers
    # and closes, the assignee does the rest.
    people = {sid: Actor.for_staff(sid, name) for sid, name, _ in staff}
    desk = next((sid for sid, _, dept in staff if dept == "고객소통팀"), staff[0][0])
    story = _Stories(service, cal, clock, now, rng, desk, people)
    story.all()
    return story.count


class _Stories:
    def __init__(self, service: ComplaintService, cal: BusinessCalendar, clock: _Clock,
                 now: datetime, rng: random.Random, desk: int,
                 people: dict[int, Actor]) -> None:
        self.service = service
        self.cal = cal
        self.clock = clock
        self.now = now
        self.rng = rng
        self.desk = people[desk]
        self.people = people
        self.count = 0
        self.index = 0

    # --- time helpers -------------------------------------------------------------------------

    def days_back(self, n: int, at: time = time(10)) -> datetime:
        """``at`` on the n-th working day before today (0: today, or the last working day)."""
        day = self.now.date()
        if not self.cal.is_working_day(day):
            day = self.cal.previous_working_day(day)
        for _ in range(n):
            day = self.cal.previous_working_day(day)
        return _at(day, at)

    def day_after(self, moment: datetime, n: int, at: time = time(10)) -> datetime:
        return _at(self.cal.working_day_after(moment.date(), n), at)

    def hours_back(self, amount: timedelta) -> datetime:
        """The moment ``amount`` of working time before now (to the minute)."""
        low, high = self.now - timedelta(days=40), self.now
        for _ in range(40):
            middle = low + (high - low) / 2
            if self.cal.working_time_between(middle, self.now) > amount:
                low = middle
            else:
                high = middle
        return high.replace(second=0, microsecond=0)

    def at(self, moment: datetime) -> None:
        """Move the story's clock (never past the real now)."""
        self.clock.moment = min(moment, self.now)

    # --- the stories ----------------------------------------------------------------------------

    def new(self, received: datetime, *, assign: bool = True) -> int:
        kind, channel, title, content = STORIES[self.index % len(STORIES)]
        self.index += 1
        name = CITIZENS[self.rng.randrange(len(CITIZENS))]
        phone = f"010-{self.rng.randrange(2000, 9999)}-{self.rng.randrange(1000, 9999)}"
        draft = ComplaintDraft(
            channel=channel, kind_code=kind, citizen_name=name, citizen_phone=phone,
            citizen_email=f"citizen{self.index}@example.kr" if channel in ("email", "homepage",
                                                                           "sns") else "",
            citizen_address="서울 종로구 대학로 57" if channel == "letter" else "",
            title=title, content=content, received_at=received)
        self.at(received + timedelta(minutes=2))  # registered as it came in
        complaint_id = self.service.register(draft, actor=self.desk)
        self.count += 1
        if assign:
            self.at(received + timedelta(minutes=20))
            self.service.assign(complaint_id, self.rng.choice(list(self.people)),
                                actor=self.desk)
        return complaint_id

    def start(self, complaint_id: int, moment: datetime) -> None:
        self.at(moment)
        self.service.start(complaint_id, actor=self._assignee(complaint_id))

    def answer(self, complaint_id: int, moment: datetime) -> None:
        self.at(moment)
        row = self.service.get(complaint_id).row
        who = self._assignee(complaint_id)
        channel = REPLIES[row.channel.value]
        self.service.answer(complaint_id, "검토 결과를 안내드립니다. 자세한 내용은 아래와 "
                            "같습니다.", channel, self.clock(), who.staff_id, actor=who)

    def _assignee(self, complaint_id: int) -> Actor:
        row = self.service.get(complaint_id).row
        if row.assignee_id is None:
            return self.desk
        return self.people.get(row.assignee_id, self.desk)

    def all(self) -> None:
        steps: tuple[Callable[[], None], ...] = (
            self.overdue, self.due_today, self.due_soon, self.overdue_by_hours,
            self.just_received, self.paused, self.extended_once, self.extended_twice,
            self.awaiting_follow_up, self.follow_up_done, self.closed_in_time,
            self.closed_late, self.unassigned, self.resumed, self.closed_certificate,
        )
        for make in steps:
            make()
        for _ in range(15):  # a fuller list: older complaints, most of them closed
            self.archive()

    def overdue(self) -> None:
        received = self.days_back(10, time(11))
        complaint_id = self.new(received)
        self.start(complaint_id, received + timedelta(hours=2))

    def due_today(self) -> None:
        self.new(self.days_back(6, time(9, 30)))  # working day 7 is today

    def due_soon(self) -> None:
        self.new(self.hours_back(timedelta(hours=2, minutes=20)), assign=False)

    def overdue_by_hours(self) -> None:
        received = self.hours_back(timedelta(hours=5))
        complaint_id = self.new(received)
        self.start(complaint_id, received + timedelta(minutes=40))

    def just_received(self) -> None:
        self.new(self.hours_back(timedelta(minutes=50)), assign=False)

    def paused(self) -> None:
        received = self.days_back(3, time(14))
        complaint_id = self.new(received)
        self.start(complaint_id, received + timedelta(hours=1))
        self.at(self.days_back(1, time(10, 15)))
        self.service.pause(complaint_id, "정보공개 청구서 서명본과 신분증 사본을 보내 주세요.",
                           actor=self._assignee(complaint_id))

    def extended_once(self) -> None:
        received = self.days_back(5, time(10))
        complaint_id = self.new(received)
        self.start(complaint_id, received + timedelta(hours=3))
        self.at(self.days_back(1, time(16)))
        due = self.service.get(complaint_id).row.deadline
        self.service.delay_notice(
            complaint_id, "접근성 전문기관의 점검 결과를 받아 답변드리겠습니다.",
            self.cal.closing_time(self.cal.working_day_after(due.date(), 4)), "phone",
            actor=self._assignee(complaint_id))

    def extended_twice(self) -> None:
        received = self.days_back(9, time(9, 10))
        complaint_id = self.new(received)
        self.start(complaint_id, received + timedelta(hours=1))
        due = self.service.get(complaint_id).row.deadline
        self.at(self.day_after(received, 4, time(15)))
        first = self.cal.closing_time(self.cal.working_day_after(due.date(), 3))
        who = self._assignee(complaint_id)
        self.service.delay_notice(complaint_id, "해외 기관의 정산 기준 회신을 기다리고 있습니다.",
                                  first, "email", actor=who)
        self.at(self.days_back(0, time(9, 20)) if self.now.time() > time(9, 20)
                else self.days_back(1, time(17)))
        if self.clock() < first:
            self.service.delay_notice(
                complaint_id, "해외 기관 회신이 늦어져 민원인 동의를 받아 한 번 더 연장합니다.",
                self.cal.closing_time(self.cal.working_day_after(first.date(), 4)), "phone",
                consent=True, actor=who)

    def awaiting_follow_up(self) -> None:
        received = self.days_back(4, time(10, 40))
        complaint_id = self.new(received)
        self.start(complaint_id, received + timedelta(hours=1))
        self.answer(complaint_id, self.days_back(1, time(15, 30)))

    def follow_up_done(self) -> None:
        received = self.days_back(6, time(13, 20))
        complaint_id = self.new(received)
        self.start(complaint_id, received + timedelta(hours=2))
        self.answer(complaint_id, self.days_back(3, time(11)))
        self.at(self.days_back(1, time(14)))
        self.service.follow_up(complaint_id, "further_questions",
                               "제출 서류 원본 제출 여부를 추가로 물어 보셔서 안내함",
                               actor=self._assignee(complaint_id))

    def closed_in_time(self) -> None:
        received = self.days_back(8, time(9, 40))
        complaint_id = self.new(received)
        self.start(complaint_id, received + timedelta(minutes=30))
        self.answer(complaint_id, received + timedelta(hours=2))
        self.at(self.day_after(received, 1, time(10)))
        self.service.follow_up(complaint_id, "no_further_questions",
                               actor=self._assignee(complaint_id))
        self.at(self.day_after(received, 1, time(10, 30)))
        self.service.close(complaint_id, actor=self.desk)

    def closed_late(self) -> None:
        received = self.days_back(16, time(16))
        complaint_id = self.new(received)
        self.start(complaint_id, received + timedelta(hours=1))
        self.answer(complaint_id, self.day_after(received, 8, time(11)))
        self.at(self.day_after(received, 9, time(10)))
        self.service.follow_up(complaint_id, "unreachable", "세 번 전화했으나 받지 않음",
                               actor=self._assignee(complaint_id))
        self.at(self.day_after(received, 9, time(11)))
        self.service.close(complaint_id, "연락 두절로 종결", actor=self.desk)

    def unassigned(self) -> None:
        self.new(self.hours_back(timedelta(hours=1, minutes=30)), assign=False)

    def resumed(self) -> None:
        received = self.days_back(5, time(15))
        complaint_id = self.new(received)
        who = self._assignee(complaint_id)
        self.start(complaint_id, received + timedelta(minutes=30))
        self.at(self.days_back(4, time(10)))
        self.service.pause(complaint_id, "점검 위치 사진을 보내 주세요.", actor=who)
        self.at(self.days_back(2, time(11)))
        self.service.resume(complaint_id, "사진 3장 이메일로 도착", actor=who)

    def closed_certificate(self) -> None:
        received = self.days_back(2, time(9, 20))
        complaint_id = self.new(received)
        self.start(complaint_id, received + timedelta(minutes=10))
        self.answer(complaint_id, received + timedelta(hours=1, minutes=30))
        self.at(received + timedelta(hours=3))
        self.service.follow_up(complaint_id, "no_further_questions",
                               actor=self._assignee(complaint_id))
        self.service.close(complaint_id, actor=self.desk)

    def archive(self) -> None:
        received = self.days_back(self.rng.randrange(20, 120), time(self.rng.randrange(9, 17)))
        complaint_id = self.new(received)
        who = self._assignee(complaint_id)
        self.start(complaint_id, received + timedelta(hours=1))
        answered = self.day_after(received, self.rng.randrange(1, 6), time(14))
        self.answer(complaint_id, answered)
        self.at(self.day_after(answered, 1, time(10)))
        self.service.follow_up(complaint_id, "no_further_questions", actor=who)
        self.service.close(complaint_id, actor=self.desk)


def _at(day: date, at: time) -> datetime:
    return datetime.combine(day, at, SEOUL)
