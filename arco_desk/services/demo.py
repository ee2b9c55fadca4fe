"""``--demo``: fill an empty database with a realistic agency (8 departments, 60 staff)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from arco_desk.domain.directory import Presence
from arco_desk.store.models import Department, Staff
from arco_desk.store.unit_of_work import UnitOfWork

# (department, floor, main phone, duty keywords)
DEPARTMENTS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("경영기획부", "3층", "061-900-2110",
     ("예산", "경영평가", "이사회", "규정 관리", "중장기 전략", "국회 대응")),
    ("인사총무부", "3층", "061-900-2120",
     ("채용", "급여", "복무 관리", "교육훈련", "시설 관리", "계약", "물품 구매")),
    ("고객소통팀", "1층", "061-900-2130",
     ("민원", "고객만족", "홈페이지", "정보공개", "SNS 홍보", "보도자료")),
    ("문학지원부", "4층", "061-900-2140",
     ("문학창작 지원", "출판 지원", "문예지 발간", "작가 레지던시", "번역 지원")),
    ("시각예술부", "4층", "061-900-2150",
     ("미술 전시 지원", "공공미술", "작가 스튜디오", "아르코미술관 협력")),
    ("공연예술부", "5층", "061-900-2160",
     ("연극 지원", "무용 지원", "음악 지원", "공연장 대관", "창작산실")),
    ("국제교류부", "5층", "061-900-2170",
     ("해외 레지던시", "국제 협력", "해외 아트마켓", "국제 공동제작")),
    ("지역협력부", "2층", "061-900-2180",
     ("지역문화 지원", "예술교육", "청년예술가 지원", "문화예술 후원", "기부금")),
)
POSITIONS = ("부장", "팀장", "차장", "과장", "대리", "주임", "사원")
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = (
    ("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihun"), ("수빈", "subin"),
    ("현우", "hyeonu"), ("지민", "jimin"), ("도윤", "doyun"), ("하은", "haeun"),
    ("예준", "yejun"), ("유진", "yujin"), ("승현", "seunghyeon"), ("다은", "daeun"),
    ("정호", "jeongho"), ("혜진", "hyejin"), ("성민", "seongmin"), ("은지", "eunji"),
    ("재원", "jaewon"), ("소영", "soyoung"), ("태희", "taehui"), ("경수", "gyeongsu"),
    ("미경", "mikyeong"), ("상훈", "sanghun"), ("나연", "nayeon"), ("준서", "junseo"),
)
ROMAN_SURNAMES = dict(zip(SURNAMES, (
    "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh",
    "seo", "shin", "kwon", "hwang", "ahn", "song", "ryu", "hong"), strict=True))
STAFF_PER_DEPARTMENT = (8, 8, 7, 7, 8, 8, 7, 7)  # 60 in all


def is_empty(uow: UnitOfWork) -> bool:
    with uow.read() as session:
        return not session.scalar(select(func.count(Department.id)))


def fill_directory(uow: UnitOfWork, now: datetime, seed: int = 2026) -> int:
    """Add the demo agency when the directory is empty; returns the staff count added."""
    if not is_empty(uow):
        return 0
    rng = random.Random(seed)
    with uow.write() as session:
        return _fill(session, rng, now)


def _fill(session: Session, rng: random.Random, now: datetime) -> int:
    used_names: set[str] = set()
    used_emails: set[str] = set()
    added = 0
    for order, ((dept_name, floor, main_phone, duties), size) in enumerate(
        zip(DEPARTMENTS, STAFF_PER_DEPARTMENT, strict=True), start=1
    ):
        department = Department(name=dept_name, floor=floor, main_phone=main_phone,
                                sort_order=order)
        session.add(department)
        session.flush()
        members: list[Staff] = []
        for index in range(size):
            surname = rng.choice(SURNAMES)
            given, roman = rng.choice(GIVEN)
            while surname + given in used_names:
                surname = rng.choice(SURNAMES)
                given, roman = rng.choice(GIVEN)
            used_names.add(surname + given)
            email = f"{roman}.{ROMAN_SURNAMES[surname]}"
            suffix = 1
            while email in used_emails:
                suffix += 1
                email = f"{roman}.{ROMAN_SURNAMES[surname]}{suffix}"
            used_emails.add(email)
            position = POSITIONS[0] if index == 0 else POSITIONS[min(1 + index // 2, 6)]
            own = rng.sample(duties, k=min(len(duties), rng.choice((1, 2, 2, 3))))
            extension = f"{2100 + order * 10 + index:04d}"
            staff = Staff(
                name=surname + given, department_id=department.id, position=position,
                duties=", ".join(own), extension=extension,
                direct_line=f"061-900-{extension}", email=f"{email}@arko.or.kr",
                floor=floor, room=f"{floor[0]}{order:02d}호",
                seat=f"{chr(65 + index // 4)}-{index % 4 + 1}",
            )
            session.add(staff)
            members.append(staff)
            added += 1
        session.flush()
        _set_presence(members, rng, now)
    return added


def _set_presence(members: list[Staff], rng: random.Random, now: datetime) -> None:
    """A realistic morning: most are in, some away, on leave, on a trip or in training."""
    for staff in members:
        others = [m for m in members if m is not staff]
        staff.stand_in_id = rng.choice(others).id
        roll = rng.random()
        if roll < 0.62:
            continue
        if roll < 0.76:
            staff.presence = Presence.AWAY.value
            staff.presence_note = rng.choice(("회의 중", "외근", "점심 약속", "타 부서 협의"))
            staff.back_at = (now + timedelta(minutes=rng.choice((30, 60, 90, 120)))).replace(
                second=0, microsecond=0)
        elif roll < 0.86:
            staff.presence = Presence.LEAVE.value
            staff.presence_note = rng.choice(("연차", "반차", "병가"))
            staff.back_at = (now + timedelta(days=rng.choice((1, 2, 3)))).replace(
                hour=9, minute=0, second=0, microsecond=0)
        elif roll < 0.94:
            staff.presence = Presence.TRIP.value
            staff.presence_note = rng.choice(("서울사무소", "지역 현장 점검", "해외 출장"))
            staff.back_at = (now + timedelta(days=1)).replace(
                hour=13, minute=0, second=0, microsecond=0)
        else:
            staff.presence = Presence.TRAINING.value
            staff.presence_note = "직무 교육"
            staff.back_at = now.replace(hour=18, minute=0, second=0, microsecond=0)
            if staff.back_at < now:
                staff.back_at += timedelta(days=1)
