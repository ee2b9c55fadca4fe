"""The two backends the calls run on: the demo agency on SQLite and on PostgreSQL, each
with a few records of its own for the calls that change one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.directory import Presence, StaffDraft
from arco_desk.domain.memos import MemoDraft
from arco_desk.domain.outbound_visits import OutboundVisitDraft
from arco_desk.domain.reception import AppointmentDraft, VisitorDraft, WalkInDraft
from arco_desk.services.container import Services
from arco_desk.services.demo_build import build_demo
from arco_desk.store.models import Appointment, Department, Staff
from tests.actors import DESK
from tests.conftest import FIXED_NOW, PostgresServer, fixed_clock
from tests.services.fuzz.harness import Desk, Refs
from tests.signed_in import open_signed_in

PHONE = "010-1234-5678"


def open_desk(name: str, folder: Path, server: PostgresServer | None) -> Desk:
    url = server.create_database() if server is not None else None
    services = open_signed_in(folder, url, clock=fixed_clock)
    build_demo(services)
    return Desk(name, services, _seed(services), folder)


def close(desks: Iterator[Desk] | list[Desk]) -> None:
    for desk in desks:
        desk.services.close()


def _seed(services: Services) -> Refs:
    """The records the calls act on, made the same way on both backends."""
    with services.uow.read() as session:
        departments = tuple(session.scalars(select(Department.id).order_by(Department.id)))
        staff = tuple(session.scalars(
            select(Staff.id).where(Staff.active.is_(True), Staff.presence == Presence.IN.value)
            .order_by(Staff.id)))
    host = staff[0]
    edited = services.directory.create_staff(
        StaffDraft(name="퍼즈대상", department_id=departments[0], position="주임",
                   extension="2199", email="fuzz@arko.or.kr"), actor=DESK).id
    starts = FIXED_NOW + timedelta(hours=3)
    appointment = services.reception.book(AppointmentDraft(
        VisitorDraft("방문예정", "서울문화재단", PHONE), host_id=host, starts_at=starts,
        ends_at=starts + timedelta(hours=1), purpose="공모사업 상담"), actor=DESK)
    visit = services.reception.register_walk_in(WalkInDraft(
        VisitorDraft("방문중", "", "010-2222-3333"), host_id=host, purpose="자료 문의"),
        actor=DESK).visit_id
    memo = services.memos.record(MemoDraft(
        caller_name="홍길동", caller_phone=PHONE, called_at=FIXED_NOW, message="회신 바랍니다",
        target_staff_id=host), actor=DESK).id
    complaint = services.complaints.register(ComplaintDraft(
        channel="letter", kind_code="petition", citizen_name="홍길동", citizen_phone=PHONE,
        citizen_email="hong@example.com", citizen_address="서울 종로구 대학로 57",
        title="공연장 소음 민원", content="저녁 공연 소음"), assignee_id=host, actor=DESK)
    outbound = services.reception.outbound.book(OutboundVisitDraft(
        customer_name="김고객", customer_phone=PHONE, purpose="공연장 점검", staff_id=host,
        visit_date=date(2026, 11, 27)), actor=DESK)
    reason = services.memos.add_reason("퍼즈 사유", actor=DESK).id
    with services.uow.read() as session:
        visitor = session.get(Appointment, appointment).visitor_id  # type: ignore[union-attr]
    return Refs(departments=departments, staff=staff, edited_staff=edited,
                appointment=appointment, visit=visit, memo=memo, complaint=complaint,
                outbound=outbound, visitor=visitor, reason=reason)
