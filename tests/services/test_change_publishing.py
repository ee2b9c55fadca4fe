"""Every write use case publishes what it changed, in its own transaction, ids only.

The write methods are the ones ``test_actor_required`` finds (every public method not
listed as read-only); each has a case here that makes the write happen, so a new write
use case without a case, or a case that publishes nothing, fails.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select

from arco_desk.domain.actor import Actor
from arco_desk.domain.calendar_overrides import OverrideDraft, OverrideKind
from arco_desk.domain.change_feed import ChangeKind, ChangeRecord
from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.directory import Presence, StaffDraft, StaffRecord
from arco_desk.domain.errors import DomainError
from arco_desk.domain.memos import MemoDraft, Route
from arco_desk.domain.outbound_visits import OutboundVisitDraft
from arco_desk.domain.reception import (
    AppointmentDraft,
    VisitorDraft,
    VisitRecordDraft,
    WalkInDraft,
)
from arco_desk.domain.roles import Role
from arco_desk.domain.standard import load_standard
from arco_desk.domain.standard_versions import StandardDraft
from arco_desk.domain.visitor_privacy import PurgeMethod
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.store.models import ChangeEvent
from tests.actors import DESK, SYSTEM, acting
from tests.clock import SteppingClock
from tests.conftest import FIXED_NOW
from tests.reception_desk import seoul
from tests.services.test_actor_required import READ_ONLY, SERVICES, _public_methods
from tests.signed_in import open_signed_in
from tests.words import refused_with

Write = Callable[[], object]


@dataclass
class World:
    """The demo agency at FIXED_NOW, on a clock a case may move before its write."""

    services: Services
    clock: SteppingClock
    tmp: Path
    people: tuple[StaffRecord, StaffRecord] | None = None

    def pair(self) -> tuple[StaffRecord, StaffRecord]:
        """A staff member who is in, and their stand-in in the same department (set up
        once, before any case's write)."""
        if self.people is None:
            department = self.services.directory.departments()[0]
            members = self.services.directory.search("", department.id)
            person = self.services.directory.set_presence(
                members[1].id, Presence.IN, stand_in_id=members[2].id, actor=DESK)
            self.people = (person, members[2])
        return self.people

    def memo(self, route: Route = Route.TARGET) -> tuple[int, StaffRecord]:
        person, _ = self.pair()
        row = self.services.memos.record(MemoDraft(
            caller_name="김영희", caller_phone="010-1234-5678", caller_email="kim@example.com",
            called_at=self.clock() - timedelta(minutes=5), message="회신 바람",
            target_staff_id=person.id, route=route), actor=DESK)
        return row.id, person

    def complaint(self, *steps: str) -> int:
        complaints = self.services.complaints
        handler, _ = self.pair()
        complaint_id = complaints.register(ComplaintDraft(
            channel="letter", kind_code="petition", citizen_name="홍길동",
            citizen_phone="010-1234-5678", citizen_address="서울 종로구 대학로 57",
            title="공연장 소음 민원", content="저녁 공연 때 소음이 심합니다."), actor=DESK)
        do: dict[str, Write] = {
            "assign": lambda: complaints.assign(complaint_id, handler.id, actor=DESK),
            "start": lambda: complaints.start(complaint_id, actor=DESK),
            "pause": lambda: complaints.pause(complaint_id, "서류 보완", actor=DESK),
            "answer": lambda: complaints.answer(complaint_id, "답변", "letter", None, handler.id,
                                                actor=DESK),
            "follow_up": lambda: complaints.follow_up(complaint_id, "unreachable", actor=DESK),
        }
        for step in steps:
            do[step]()
        return complaint_id

    def appointment(self, starts_in: timedelta = timedelta(hours=1)) -> int:
        host, _ = self.pair()
        return self.services.reception.book(self.booking(host.id, self.clock() + starts_in),
                                            actor=DESK)

    @staticmethod
    def booking(host_id: int, starts: object) -> AppointmentDraft:
        return AppointmentDraft(
            visitor=VisitorDraft("홍길동", "서울문화재단", "010-1234-5678"), host_id=host_id,
            starts_at=starts, ends_at=starts + timedelta(hours=1),  # type: ignore[operator]
            purpose="공모사업 상담", place="3층 소회의실")

    def visit(self, pass_number: str = "") -> int:
        host, _ = self.pair()
        return self.services.reception.register_walk_in(WalkInDraft(
            VisitorDraft("홍길동", "", "010-1234-5678"), host.id, "상담", pass_number),
            actor=DESK).visit_id

    def checked_in(self) -> int:
        appointment_id = self.appointment(timedelta(minutes=10))
        self.services.reception.check_in(appointment_id, actor=DESK)
        return appointment_id

    def outbound(self) -> int:
        host, _ = self.pair()
        return self.services.reception.outbound.book(OutboundVisitDraft(
            "새고객", "", "02-760-4501", "점검", host.id, date(2026, 12, 1)), actor=DESK)


def _calendar_remove(w: World) -> Write:
    added = w.services.calendar.add_override(date(2026, 12, 4), OverrideKind.CLOSURE, "창립",
                                             actor=DESK)
    return lambda: w.services.calendar.remove_override(added.id, actor=DESK)


def _escalation(w: World) -> Write:
    w.memo()
    w.clock.advance(timedelta(minutes=30))
    return lambda: w.services.memos.escalate_due(actor=SYSTEM)


def _handover(w: World) -> Write:
    memo_id, person = w.memo()
    complaint_id = w.complaint("assign")
    _, stand_in = w.pair()
    return lambda: w.services.overdue.reassign_work(person.id, stand_in.id, [memo_id],
                                                    [complaint_id], actor=DESK)


def _claim(w: World) -> Write:
    memo_id, person = w.memo(Route.DEPARTMENT)
    return lambda: w.services.memos.claim(memo_id, actor=acting(w.services, person.id))


def _open(w: World) -> Write:
    memo_id, person = w.memo()
    return lambda: w.services.memos.open_memo(memo_id, actor=acting(w.services, person.id))


def _delivered(w: World) -> Write:
    memo_id, person = w.memo()
    return lambda: w.services.memos.mark_delivered([memo_id],
                                                   actor=acting(w.services, person.id))


def _memo_step(step: str) -> Callable[[World], Write]:
    def case(w: World) -> Write:
        memo_id, person = w.memo()
        memos, actor = w.services.memos, acting(w.services, person.id)
        other = w.pair()[1]
        return {
            "called_back": lambda: memos.called_back(memo_id, "통화함", actor=actor),
            "replied_by_email": lambda: memos.replied_by_email(memo_id, actor=actor),
            "forward": lambda: memos.forward(memo_id, other.id, "담당자", actor=actor),
        }[step]
    return case


def _reason_hidden(w: World) -> Write:
    reason = w.services.memos.reasons()[0]
    return lambda: w.services.memos.set_reason_active(reason.id, False, actor=DESK)


def _complaint_step(step: str, *before: str) -> Callable[[World], Write]:
    def case(w: World) -> Write:
        complaint_id = w.complaint(*before)
        complaints = w.services.complaints
        other = w.pair()[1]
        return {
            "assign": lambda: complaints.assign(complaint_id, other.id, actor=DESK),
            "reassign": lambda: complaints.reassign(complaint_id, other.id, None, "업무 조정",
                                                    actor=DESK),
            "start": lambda: complaints.start(complaint_id, actor=DESK),
            "pause": lambda: complaints.pause(complaint_id, "서류 보완", actor=DESK),
            "resume": lambda: complaints.resume(complaint_id, "도착", actor=DESK),
            "delay_notice": lambda: complaints.delay_notice(
                complaint_id, "현장 확인 필요", seoul(2026, 12, 9, 18), "phone", actor=DESK),
            "answer": lambda: complaints.answer(complaint_id, "답변", "letter", None, other.id,
                                                actor=DESK),
            "follow_up": lambda: complaints.follow_up(complaint_id, "unreachable", actor=DESK),
            "close": lambda: complaints.close(complaint_id, actor=DESK),
        }[step]
    return case


def _staff_edit(step: str) -> Callable[[World], Write]:
    def case(w: World) -> Write:
        person, _ = w.pair()
        directory = w.services.directory
        draft = StaffDraft(name="새직원", department_id=person.department_id, position="주임")
        return {
            "create_staff": lambda: directory.create_staff(draft, actor=DESK),
            "update_staff": lambda: directory.update_staff(person.id, draft, actor=DESK),
            "deactivate_staff": lambda: directory.deactivate_staff(person.id, actor=DESK),
            "set_presence": lambda: directory.set_presence(
                person.id, Presence.AWAY, w.clock() + timedelta(hours=1), actor=DESK),
        }[step]
    return case


def _staff_import(w: World) -> Write:
    path = w.tmp / "직원명단.csv"
    path.write_text("이름,부서,직위\n홍길동,고객소통팀,주임\n", encoding="utf-8-sig")
    preview = w.services.staff_import.preview(path)
    assert preview.good
    return lambda: w.services.staff_import.commit(preview, actor=DESK)


def _reception(step: str) -> Callable[[World], Write]:
    def case(w: World) -> Write:
        reception = w.services.reception
        if step in ("update_appointment", "cancel", "confirm_host_ready", "check_in"):
            appointment_id = w.appointment(timedelta(minutes=10))
            host = w.pair()[1]
            return {
                "update_appointment": lambda: reception.update_appointment(
                    appointment_id, w.booking(host.id, w.clock() + timedelta(hours=2)),
                    actor=DESK),
                "cancel": lambda: reception.cancel(appointment_id, actor=DESK),
                "confirm_host_ready": lambda: reception.confirm_host_ready(appointment_id,
                                                                           actor=DESK),
                "check_in": lambda: reception.check_in(appointment_id, actor=DESK),
            }[step]
        if step == "mark_no_show":
            appointment_id = w.appointment(timedelta(minutes=10))
            w.clock.advance(timedelta(minutes=20))
            return lambda: reception.mark_no_show(appointment_id, actor=DESK)
        if step == "preparation_alerts_due":
            w.appointment(timedelta(minutes=4))
            return lambda: reception.preparation_alerts_due(actor=SYSTEM)
        if step == "check_out_appointment":
            appointment_id = w.checked_in()
            return lambda: reception.check_out_appointment(appointment_id, actor=DESK)
        visit_id = w.visit("7" if step == "return_pass" else "")
        helper = w.pair()[1]
        return {
            "check_out": lambda: reception.check_out(visit_id, actor=DESK),
            "hand_out_pass": lambda: reception.hand_out_pass(visit_id, "12", actor=DESK),
            "return_pass": lambda: reception.return_pass(visit_id, actor=DESK),
            "record_received": lambda: reception.record_received(visit_id, helper.id,
                                                                 actor=DESK),
            "save_record": lambda: reception.save_record(
                visit_id, VisitRecordDraft("상담", "자료 요청", "안내함"), actor=DESK),
        }[step]
    return case


def _outbound(step: str) -> Callable[[World], Write]:
    def case(w: World) -> Write:
        visit_id = w.outbound()
        outbound = w.services.reception.outbound
        if step == "record_call":
            return lambda: outbound.record_call(visit_id, "통화함", actor=DESK)
        return lambda: outbound.cancel(visit_id, actor=DESK)
    return case


def _purge(w: World) -> Write:
    host, _ = w.pair()
    w.clock.set(seoul(2025, 6, 2, 9, 0))  # over a year before FIXED_NOW
    w.services.reception.book(w.booking(host.id, seoul(2025, 6, 2, 10, 0)), actor=DESK)
    w.clock.set(FIXED_NOW)
    return lambda: w.services.reception.privacy.purge(PurgeMethod.DELETE, actor=DESK)


ADMIN_PASSWORD, OTHER_PASSWORD = "Admin-2026-pw", "Other-2026-pw"


def _accounts(w: World) -> Actor:
    """An administrator ("kim.admin") and a colleague's account ("lee"), made before the
    case's write; the administrator."""
    person, colleague = w.pair()
    accounts = w.services.accounts
    admin = accounts.create_first_admin(person.id, "kim.admin", ADMIN_PASSWORD)
    accounts.create(colleague.id, "lee", OTHER_PASSWORD, [Role.STAFF], actor=admin)
    return admin


def _create_account(w: World) -> Write:
    person, colleague = w.pair()
    admin = w.services.accounts.create_first_admin(person.id, "kim.admin", ADMIN_PASSWORD)
    return lambda: w.services.accounts.create(colleague.id, "lee", OTHER_PASSWORD,
                                              [Role.STAFF], actor=admin)


def _account_case(write: Callable[[World, Actor], object]) -> Callable[[World], Write]:
    def case(w: World) -> Write:
        admin = _accounts(w)
        return lambda: write(w, admin)
    return case


CASES: dict[str, Callable[[World], Write]] = {
    "AccountService.create_first_admin": lambda w: lambda: (
        w.services.accounts.create_first_admin(w.pair()[0].id, "kim.admin", ADMIN_PASSWORD)),
    "AccountService.create": lambda w: _create_account(w),
    "AccountService.sign_in": _account_case(
        lambda w, _admin: w.services.accounts.sign_in("lee", OTHER_PASSWORD)),
    "AccountService.change_password": _account_case(
        lambda w, admin: w.services.accounts.change_password(
            ADMIN_PASSWORD, "Changed-2026-pw", actor=admin)),
    "AccountService.reset_password": _account_case(
        lambda w, admin: w.services.accounts.reset_password(
            "lee", "Reset-2026-pw", actor=admin)),
    "AccountService.set_active": _account_case(
        lambda w, admin: w.services.accounts.set_active("lee", False, actor=admin)),
    "AccountService.set_roles": _account_case(
        lambda w, admin: w.services.accounts.set_roles("lee", [Role.LEAD], actor=admin)),
    "AccessRecordService.set_retention_days": _account_case(
        lambda w, admin: w.services.access_records.set_retention_days(800, actor=admin)),
    "AccountService.set_idle_lock_minutes": _account_case(
        lambda w, admin: w.services.accounts.set_idle_lock_minutes(5, actor=admin)),
    "AccountService.unlock": _account_case(
        lambda w, admin: w.services.accounts.unlock("lee", actor=admin)),
    "CalendarService.add_override": lambda w: lambda: w.services.calendar.add_override(
        date(2026, 12, 4), OverrideKind.CLOSURE, "창립기념일", actor=DESK),
    "CalendarService.apply_change": lambda w: lambda: w.services.calendar.apply_change(
        add=OverrideDraft(date(2026, 12, 4), OverrideKind.CLOSURE, "창립기념일"), actor=DESK),
    "CalendarService.remove_override": _calendar_remove,
    "ServiceStandardService.save": lambda w: lambda: w.services.standards.save(
        StandardDraft(load_standard().complaint_kinds, "other", "24h"), based_on=0,
        actor=DESK),
    "ComplaintService.register": lambda w: lambda: w.complaint(),
    "ComplaintService.assign": _complaint_step("assign"),
    "ComplaintService.reassign": _complaint_step("reassign", "assign"),
    "ComplaintService.start": _complaint_step("start", "assign"),
    "ComplaintService.pause": _complaint_step("pause", "assign", "start"),
    "ComplaintService.resume": _complaint_step("resume", "assign", "start", "pause"),
    "ComplaintService.delay_notice": _complaint_step("delay_notice", "assign", "start"),
    "ComplaintService.answer": _complaint_step("answer", "assign", "start"),
    "ComplaintService.follow_up": _complaint_step("follow_up", "assign", "start", "answer"),
    "ComplaintService.close": _complaint_step("close", "assign", "start", "answer",
                                              "follow_up"),
    "DirectoryService.add_department": lambda w: lambda: w.services.directory.add_department(
        "신설팀", actor=DESK),
    "DirectoryService.create_staff": _staff_edit("create_staff"),
    "DirectoryService.update_staff": _staff_edit("update_staff"),
    "DirectoryService.deactivate_staff": _staff_edit("deactivate_staff"),
    "DirectoryService.set_presence": _staff_edit("set_presence"),
    "MemoService.add_reason": lambda w: lambda: w.services.memos.add_reason("자료 요청",
                                                                            actor=DESK),
    "MemoService.set_reason_active": _reason_hidden,
    "MemoService.record": lambda w: lambda: w.memo(),
    "MemoService.claim": _claim,
    "MemoService.open_memo": _open,
    "MemoService.mark_delivered": _delivered,
    "MemoService.called_back": _memo_step("called_back"),
    "MemoService.replied_by_email": _memo_step("replied_by_email"),
    "MemoService.forward": _memo_step("forward"),
    "MemoService.escalate_due": _escalation,
    "MemoService.log_transfer": lambda w: lambda: w.services.memos.log_transfer(
        w.pair()[0].id, "김영희", actor=DESK),
    "MemoService.save_desk_settings": lambda w: lambda: w.services.memos.save_desk_settings(
        escalation_minutes=20, actor=DESK),
    "OverdueBoardService.reassign_work": _handover,
    "OutboundVisitService.book": lambda w: w.outbound,
    "OutboundVisitService.record_call": _outbound("record_call"),
    "OutboundVisitService.cancel": _outbound("cancel"),
    "ReceptionService.book": lambda w: w.appointment,
    "ReceptionService.register_walk_in": lambda w: w.visit,
    **{f"ReceptionService.{step}": _reception(step) for step in (
        "update_appointment", "cancel", "mark_no_show", "confirm_host_ready",
        "preparation_alerts_due", "check_in", "check_out", "check_out_appointment",
        "hand_out_pass", "return_pass", "record_received", "save_record")},
    "SettingsService.set": lambda w: lambda: w.services.settings.set("agency_name", "기관",
                                                                     actor=DESK),
    "SettingsService.set_many": lambda w: lambda: w.services.settings.set_many(
        {"agency_name": "기관", "memo_escalation_minutes": "20"}, actor=DESK),
    "StaffImportService.commit": _staff_import,
    "BackupService.set_keep_count":
        lambda w: lambda: w.services.daily_backups.set_keep_count(30, actor=DESK),
    "VisitorPrivacyService.set_retention_days":
        lambda w: lambda: w.services.reception.privacy.set_retention_days(400, actor=DESK),
    "VisitorPrivacyService.purge": _purge,
}


def _write_use_cases() -> set[str]:
    return {f"{name}.{method}" for name, cls in SERVICES.items()
            for method in _public_methods(cls) if method not in READ_ONLY[name]}


# Writes that publish nothing, and why.
NOT_PUBLISHED: dict[str, str] = {
    # Access records are the log of who looked: no screen but the officer's review shows
    # them, and a change record per look would flood every PC's feed.
    "AccessRecordService.export_xlsx": "an access record, read only by the review",
    "AccessRecordService.record_output": "an access record, read only by the review",
    "AccessRecordService.remove_expired": "access records, read only by the review",
    "ListExportService.memos": "a file and its access record, read only by the review",
    "ListExportService.complaints": "a file and its access record, read only by the review",
    "ListExportService.visits": "a file and its access record, read only by the review",
    "ListExportService.outbound_visits": "a file and its access record, read only by the "
                                         "review",
}


def test_every_write_use_case_has_a_case() -> None:
    assert set(CASES) | set(NOT_PUBLISHED) == _write_use_cases()
    assert not set(CASES) & set(NOT_PUBLISHED)


def test_the_feed_holds_ids_only() -> None:
    columns = {c.key for c in sa_inspect(ChangeEvent).columns}
    assert columns == {"id", "at", "kind", "entity_id", "staff_id", "department_id"}


@pytest.fixture
def world(basedir: Path, stepping_clock: SteppingClock, tmp_path: Path) -> Iterator[World]:
    services = open_signed_in(basedir, clock=stepping_clock)
    fill_directory(services.uow, FIXED_NOW)
    world = World(services, stepping_clock, tmp_path)
    world.pair()
    yield world
    services.close()


@pytest.mark.parametrize("use_case", sorted(CASES))
def test_every_write_use_case_publishes_what_it_changed(world: World, use_case: str) -> None:
    write = CASES[use_case](world)
    before = world.services.change_feed.latest_id()
    write()
    published: list[ChangeRecord] = world.services.change_feed.since(before)
    assert published, f"{use_case} published nothing"
    known = {kind.value for kind in ChangeKind}
    for record in published:
        assert record.kind in known
        assert isinstance(record.entity_id, int)
        assert record.staff_id is None or isinstance(record.staff_id, int)
        assert record.department_id is None or isinstance(record.department_id, int)


def test_a_refused_write_publishes_nothing(world: World) -> None:
    complaint_id = world.complaint()
    before = world.services.change_feed.latest_id()
    with refused_with(DomainError, "상태"):
        world.services.complaints.close(complaint_id, actor=DESK)
    assert world.services.change_feed.since(before) == []
    with world.services.uow.read() as session:
        assert session.scalar(select(ChangeEvent.id).where(ChangeEvent.id > before)) is None
