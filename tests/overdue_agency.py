"""An agency with work due for the overdue board's tests (services, races, UI): the demo
directory at FIXED_NOW (Tuesday 2026-11-24 10:30, Seoul) and items placed around today.

Two departments: A (a holder and a colleague) and B (one member). What is made:

===========================  =============  ==================  ============
item                         owner          due                 on the board
===========================  =============  ==================  ============
memo (called Thu 19 09:00)   holder         Mon 23 18:00        overdue
memo (called Thu 19 14:00)   A's queue      Tue 24 14:00        due today
memo (called today 10:00)    holder         Thu 26              no
memo overdue, answered       holder         —                   no
complaint (Thu 12 10:00)     holder         Fri 20 18:00        overdue
complaint (Mon 16 09:00)     colleague      Tue 24 18:00        due today
complaint (Thu 12), paused   colleague      (stopped)           paused
complaint (today)            holder         Thu 3 Dec           no
complaint overdue            B's member     Fri 20 18:00        overdue
D-1 call, visit Wed 25       holder         Tue 24 18:00        due today
D-1 call, visit Thu 26       holder         Wed 25 18:00        no
===========================  =============  ==================  ============
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from arco_desk.domain.actor import Actor
from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.directory import StaffRecord
from arco_desk.domain.memos import MemoDraft, Route
from arco_desk.domain.outbound_visits import OutboundVisitDraft
from arco_desk.domain.roles import Role
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.services.gate import the_agency
from arco_desk.store.models import Department
from tests.actors import DESK
from tests.conftest import FIXED_NOW
from tests.reception_desk import seoul

AGENCY = the_agency("테스트 기관")


def lead_of(staff: StaffRecord) -> Actor:
    return Actor(f"lead:{staff.id}", staff.id, staff.name,
                 frozenset({Role.STAFF.value, Role.LEAD.value}))


ADMIN = Actor("admin:test", None, "관리자", frozenset({Role.ADMIN.value}))


@dataclass
class Work:
    services: Services
    holder: StaffRecord
    colleague: StaffRecord
    other: StaffRecord  # in department B
    department_a: Department
    department_b: Department
    memos: dict[str, int] = field(default_factory=dict)
    complaints: dict[str, int] = field(default_factory=dict)
    calls: dict[str, int] = field(default_factory=dict)


def _memo(services: Services, staff_id: int, called: datetime,
          route: Route = Route.TARGET) -> int:
    return services.memos.record(MemoDraft(
        caller_name="김영희", caller_org="한빛극단", caller_phone="010-1234-5678",
        called_at=called, message="대관 서류 보완 문의", target_staff_id=staff_id,
        route=route), actor=DESK).id


def _complaint(services: Services, received: datetime, assignee_id: int,
               title: str) -> int:
    return services.complaints.register(ComplaintDraft(
        channel="letter", kind_code="petition", citizen_name="홍길동",
        citizen_phone="010-2222-3333", title=title, content="내용", received_at=received),
        assignee_id=assignee_id, actor=DESK)


def make_work(services: Services) -> Work:
    fill_directory(services.uow, FIXED_NOW)
    departments = services.directory.departments()
    members_a = services.directory.search("", departments[0].id)
    members_b = services.directory.search("", departments[1].id)
    with services.uow.read() as session:
        a = session.get(Department, departments[0].id)
        b = session.get(Department, departments[1].id)
        assert a is not None and b is not None
        session.expunge_all()
    work = Work(services, members_a[1], members_a[2], members_b[1], a, b)
    holder, colleague = work.holder.id, work.colleague.id
    work.memos["overdue"] = _memo(services, holder, seoul(2026, 11, 19, 9))
    work.memos["queue"] = _memo(services, holder, seoul(2026, 11, 19, 14), Route.DEPARTMENT)
    work.memos["later"] = _memo(services, holder, seoul(2026, 11, 24, 10))
    answered = _memo(services, holder, seoul(2026, 11, 20, 9))
    services.memos.called_back(answered, "통화함", actor=Actor.for_staff(holder, "담당"))
    work.memos["answered"] = answered
    work.complaints["overdue"] = _complaint(services, seoul(2026, 11, 12, 10), holder,
                                            "공연장 소음")
    work.complaints["today"] = _complaint(services, seoul(2026, 11, 16, 9), colleague,
                                          "대관료 환불")
    paused = _complaint(services, seoul(2026, 11, 12, 10), colleague, "서류 보완")
    services.complaints.start(paused, actor=AGENCY)
    services.complaints.pause(paused, "등본 제출 요청", actor=AGENCY)
    work.complaints["paused"] = paused
    work.complaints["later"] = _complaint(services, seoul(2026, 11, 24, 9), holder, "주차")
    work.complaints["other"] = _complaint(services, seoul(2026, 11, 12, 10), work.other.id,
                                          "객석 안내")
    outbound = services.reception.outbound
    for name, day in (("today", date(2026, 11, 25)), ("later", date(2026, 11, 26))):
        work.calls[name] = outbound.book(OutboundVisitDraft(
            customer_name="박고객", customer_org="문화재단", customer_phone="010-5555-6666",
            purpose="협약 설명", staff_id=holder, visit_date=day), actor=DESK)
    return work
