"""The actor reaches the records: audit rows keep the account and the name at the time,
complaint steps the staff id and name, memos who took the call."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.directory import Presence
from arco_desk.domain.memos import MemoDraft
from arco_desk.services.container import Services
from arco_desk.store.models import AuditEntry, Staff
from tests.actors import DESK, SYSTEM, acting
from tests.conftest import FIXED_NOW


def audit(services: Services) -> list[tuple[str, str, str]]:
    with services.uow.read() as session:
        return [(a, who, name) for a, who, name in session.execute(
            select(AuditEntry.action, AuditEntry.actor, AuditEntry.actor_name)
            .order_by(AuditEntry.id))]


def test_audit_rows_carry_the_account_and_the_name(demo_services: Services) -> None:
    first, second = demo_services.directory.search("")[:2]
    demo_services.directory.set_presence(first.id, Presence.AWAY, FIXED_NOW + timedelta(hours=1),
                                         actor=acting(demo_services, first.id))
    demo_services.settings.set("agency_name", "한국문화예술위원회", actor=DESK)
    demo_services.directory.deactivate_staff(second.id, actor=SYSTEM)
    assert audit(demo_services) == [
        ("staff.presence", f"staff:{first.id}", first.name),
        ("setting.set", "desk", "안내데스크"),
        ("staff.deactivate", "system", "테스트 작업"),
    ]


def test_a_renamed_actor_keeps_the_name_of_the_time(demo_services: Services) -> None:
    person = demo_services.directory.search("")[0]
    before = acting(demo_services, person.id)
    demo_services.settings.set("agency_name", "기관", actor=before)
    with demo_services.uow.write() as session:
        staff = session.get(Staff, person.id)
        assert staff is not None
        staff.name = "새이름"
    demo_services.settings.set("agency_name", "기관", actor=acting(demo_services, person.id))
    assert [name for *_, name in audit(demo_services)] == [person.name, "새이름"]


def test_complaint_steps_and_memos_name_the_actor(demo_services: Services) -> None:
    clerk, handler = demo_services.directory.search("")[:2]
    complaint_id = demo_services.complaints.register(
        ComplaintDraft(channel="letter", kind_code="petition", citizen_name="김하늘",
                       citizen_address="서울 종로구 대학로 57", title="소음", content="야간 소음",
                       received_at=FIXED_NOW - timedelta(minutes=1)),
        actor=acting(demo_services, clerk.id))
    demo_services.complaints.assign(complaint_id, handler.id, actor=DESK)
    events = demo_services.complaints.get(complaint_id).events
    assert [(e.actor_id, e.actor_name) for e in events] == [
        (clerk.id, clerk.name), (None, "안내데스크")]
    assert audit(demo_services) == [("complaint.register", f"staff:{clerk.id}", clerk.name)]

    memo = MemoDraft(caller_name="김영희", caller_phone="010-1234-5678",
                     called_at=FIXED_NOW - timedelta(minutes=5), message="회신 바람",
                     target_staff_id=handler.id)
    by_clerk = demo_services.memos.record(memo, actor=acting(demo_services, clerk.id))
    by_desk = demo_services.memos.record(memo, actor=DESK)
    assert (by_clerk.taken_by_name, by_desk.taken_by_name) == (clerk.name, None)
