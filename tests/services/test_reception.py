"""방문 접수: booking, the preparation alert, check-in, routing, the visit record, check-out.

Every rule and refusal, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.directory import Presence
from arco_desk.domain.edits import Opened
from arco_desk.domain.errors import DomainError, EditConflict, NotFound, ValidationError
from arco_desk.domain.reception import (
    AppointmentDraft,
    VisitorDraft,
    VisitRecordDraft,
    VisitStatus,
    WalkInDraft,
)
from arco_desk.domain.reception_edits import booking_opened, record_opened
from arco_desk.services.container import Services
from arco_desk.services.submissions import new_key
from arco_desk.store.models import Appointment, AuditEntry, Visit, Visitor
from tests.actors import DESK, SYSTEM, acting
from tests.reception_desk import Desk, make_desk, seoul
from tests.words import korean, korean_fields, refused_with

TODAY = date(2026, 11, 24)  # FIXED_NOW is Tuesday 2026-11-24 10:30


@pytest.fixture
def desk(any_services: Services) -> Desk:
    return make_desk(any_services)


def count(desk: Desk, column: object) -> int:
    with desk.services.uow.read() as session:
        return int(session.scalar(select(func.count(column))) or 0)  # type: ignore[call-overload]


# --- booking ---------------------------------------------------------------------------------


def test_book_shows_masked_in_the_timeline_and_full_in_the_detail(desk: Desk) -> None:
    host = desk.staff()
    key = desk.book(seoul(2026, 11, 24, 14, 0), host.id, minutes=90)
    [entry] = desk.reception.timeline(TODAY)
    assert entry.id == key == entry.appointment_id
    assert entry.status is VisitStatus.EXPECTED
    assert entry.visitor_name_masked == "홍*동"
    assert entry.phone_masked == "010-****-5678"
    assert entry.organisation == "서울문화재단"
    assert entry.host_name == host.name and entry.host_department == host.department_name
    assert entry.ends_at == seoul(2026, 11, 24, 15, 30)
    assert entry.companions == 1 and entry.place == "3층 소회의실"
    assert "홍길동" not in repr(entry) and "1234" not in repr(entry)
    detail = desk.reception.detail(key)
    assert detail.visitor_name == "홍길동"
    assert detail.phone == "010-1234-5678"
    assert detail.notes == "주차 1대"
    assert desk.reception.timeline(TODAY + timedelta(days=1)) == []


def test_returning_visitor_is_found_by_name_or_phone_and_prefills(desk: Desk) -> None:
    host = desk.staff()
    desk.book(seoul(2026, 11, 24, 14, 0), host.id)
    by_name = desk.reception.find_visitors(name="길동")
    by_phone = desk.reception.find_visitors(phone="5678")
    assert [m.name_masked for m in by_name] == ["홍*동"]
    assert by_phone == by_name
    assert by_name[0].phone_masked == "010-****-5678"
    assert desk.reception.find_visitors(phone="56") == []  # too few digits to mean anything
    assert desk.reception.find_visitors(name="김%") == []  # LIKE wildcards are literal
    full = desk.reception.visitor(by_name[0].id)
    assert (full.name, full.phone, full.organisation) == ("홍길동", "010-1234-5678",
                                                          "서울문화재단")
    # Booking again with the chosen visitor reuses the row and takes the new number.
    desk.reception.book(AppointmentDraft(
        VisitorDraft("홍길동", "서울문화재단", "010-9999-8888", visitor_id=full.id),
        host.id, seoul(2026, 11, 25, 10, 0), seoul(2026, 11, 25, 11, 0)), actor=DESK)
    assert count(desk, Visitor.id) == 1
    assert desk.reception.visitor(full.id).phone == "010-9999-8888"


def test_same_name_and_number_reuse_the_visitor(desk: Desk) -> None:
    host = desk.staff()
    desk.book(seoul(2026, 11, 24, 14, 0), host.id, phone="01012345678")
    desk.book(seoul(2026, 11, 25, 14, 0), host.id, phone="010 1234 5678")
    desk.book(seoul(2026, 11, 26, 14, 0), host.id, name="홍길동", phone="010-2222-3333")
    assert count(desk, Visitor.id) == 2


def test_booking_refusals_name_every_field_and_save_nothing(desk: Desk) -> None:
    draft = AppointmentDraft(
        VisitorDraft(" ", "", "02-12"), host_id=None,
        starts_at=seoul(2026, 11, 24, 9, 0), ends_at=seoul(2026, 11, 24, 8, 0),
        companions=-1,
    )
    with pytest.raises(ValidationError) as refused:
        desk.reception.book(draft, actor=DESK)
    errors = korean_fields(refused.value)
    assert set(errors) == {"name", "phone", "host_id", "starts_at", "ends_at", "companions"}
    assert "지난" in errors["starts_at"]
    assert "0명 이상" in errors["companions"]
    assert count(desk, Appointment.id) == 0 and count(desk, Visitor.id) == 0


def test_end_before_start_and_unknown_host(desk: Desk) -> None:
    starts = seoul(2026, 11, 24, 15, 0)
    with pytest.raises(ValidationError) as refused:
        desk.reception.book(AppointmentDraft(VisitorDraft("김방문"), 1, starts,
                                             starts - timedelta(minutes=30)), actor=DESK)
    assert set(refused.value.field_errors) == {"ends_at"}
    with pytest.raises(ValidationError) as unknown:
        desk.reception.book(AppointmentDraft(VisitorDraft("김방문"), 99999, starts,
                                             starts + timedelta(hours=1)), actor=DESK)
    assert set(unknown.value.field_errors) == {"host_id"}
    assert count(desk, Appointment.id) == 0 and count(desk, Visitor.id) == 0


def test_moving_an_appointment_asks_the_host_again(desk: Desk) -> None:
    host = desk.staff()
    key = desk.book(seoul(2026, 11, 24, 10, 33), host.id)
    assert desk.reception.preparation_alerts_due(actor=SYSTEM)
    desk.reception.confirm_host_ready(key, actor=DESK)
    later = seoul(2026, 11, 24, 16, 0)
    desk.reception.update_appointment(key, AppointmentDraft(
        VisitorDraft("홍길동", "서울문화재단", "010-1234-5678"), host.id, later,
        later + timedelta(hours=1)), actor=DESK)
    entry = desk.reception.timeline(TODAY)[0]
    assert (entry.status, entry.prep_alerted_at, entry.host_ready_at) == (
        VisitStatus.EXPECTED, None, None)
    assert entry.starts_at == later


# --- preparation alert (T-5, clock time) -----------------------------------------------------


def test_preparation_alert_at_t_minus_5_once_with_the_change_feed(desk: Desk) -> None:
    host = desk.staff()
    assert desk.reception.preparation_lead == timedelta(minutes=5)
    key = desk.book(seoul(2026, 11, 24, 11, 0), host.id)
    assert desk.reception.preparation_alerts_due(seoul(2026, 11, 24, 10, 54, 59),
                                                 actor=SYSTEM) == []
    assert desk.events(ChangeKind.PREPARATION_ALERT) == []
    [alert] = desk.reception.preparation_alerts_due(seoul(2026, 11, 24, 10, 55), actor=SYSTEM)
    assert (alert.appointment_id, alert.host_id) == (key, host.id)
    assert alert.alerted_at == seoul(2026, 11, 24, 10, 55)
    assert alert.visitor_name == "홍길동"
    assert desk.events(ChangeKind.PREPARATION_ALERT) == [(key, host.id)]
    assert desk.reception.preparation_alerts_due(seoul(2026, 11, 24, 10, 56), actor=SYSTEM) == []
    assert desk.events(ChangeKind.PREPARATION_ALERT) == [(key, host.id)]
    assert desk.reception.timeline(TODAY)[0].prep_alerted_at == seoul(2026, 11, 24, 10, 55)
    assert [a.appointment_id for a in desk.reception.preparation_alerts(TODAY)] == [key]


def test_host_confirms_ready(desk: Desk) -> None:
    host = desk.staff()
    key = desk.book(seoul(2026, 11, 24, 10, 35), host.id)
    desk.reception.preparation_alerts_due(actor=SYSTEM)
    assert [a.appointment_id for a in desk.reception.pending_preparations(host.id)] == [key]
    desk.clock.advance(timedelta(minutes=1))
    desk.reception.confirm_host_ready(key, actor=acting(desk.services, host.id))
    entry = desk.reception.timeline(TODAY)[0]
    assert entry.status is VisitStatus.HOST_READY
    assert entry.host_ready_at == seoul(2026, 11, 24, 10, 31)
    assert desk.reception.pending_preparations(host.id) == []
    assert desk.events(ChangeKind.HOST_READY) == [(key, host.id)]
    with refused_with(DomainError, "이미 응대 준비"):
        desk.reception.confirm_host_ready(key, actor=DESK)
    assert desk.events(ChangeKind.HOST_READY) == [(key, host.id)]


def test_no_alert_for_cancelled_ready_or_finished_meetings(desk: Desk) -> None:
    host = desk.staff()
    cancelled = desk.book(seoul(2026, 11, 24, 10, 34), host.id)
    ready = desk.book(seoul(2026, 11, 24, 10, 34), host.id, name="김준비")
    short = desk.book(seoul(2026, 11, 24, 10, 31), host.id, name="이짧음", minutes=10)
    later = desk.book(seoul(2026, 11, 24, 12, 0), host.id, name="박나중")
    desk.reception.cancel(cancelled, actor=DESK)
    desk.reception.confirm_host_ready(ready, actor=DESK)
    desk.clock.set(seoul(2026, 11, 24, 10, 45))  # the 10:31 meeting ended at 10:41
    assert desk.reception.preparation_alerts_due(actor=SYSTEM) == []
    desk.clock.set(seoul(2026, 11, 24, 11, 55))
    sent = desk.reception.preparation_alerts_due(actor=SYSTEM)
    assert [a.appointment_id for a in sent] == [later]
    assert short not in [e for e, _ in desk.events(ChangeKind.PREPARATION_ALERT)]


# --- check-in and routing -------------------------------------------------------------------


def test_check_in_in_one_action_notifies_the_host(desk: Desk) -> None:
    host = desk.staff()
    key = desk.book(seoul(2026, 11, 24, 10, 40), host.id)
    result = desk.reception.check_in(key, actor=DESK)
    assert result.host_id == host.id and result.host_available
    assert not result.routed_to_stand_in and result.receiver_id == host.id
    entry = desk.reception.timeline(TODAY)[0]
    assert entry.status is VisitStatus.ARRIVED
    assert entry.arrived_at == seoul(2026, 11, 24, 10, 30)
    assert entry.visit_id == result.visit_id
    assert desk.events(ChangeKind.VISITOR_ARRIVED) == [(result.visit_id, host.id)]
    assert [a.visit_id for a in desk.reception.waiting_for(host.id)] == [result.visit_id]


def test_double_check_in_is_refused(desk: Desk) -> None:
    key = desk.book(seoul(2026, 11, 24, 10, 40), desk.staff().id)
    desk.reception.check_in(key, actor=DESK)
    with refused_with(DomainError, "이미 도착"):
        desk.reception.check_in(key, actor=DESK)
    assert count(desk, Visit.id) == 1
    assert len(desk.events(ChangeKind.VISITOR_ARRIVED)) == 1


def test_host_away_routes_to_the_stand_in_who_is_recorded(desk: Desk) -> None:
    host = desk.staff(Presence.AWAY)
    assert host.stand_in_id is not None
    key = desk.book(seoul(2026, 11, 24, 10, 40), host.id)
    result = desk.reception.check_in(key, actor=DESK)
    assert not result.host_available and result.routed_to_stand_in
    assert result.host_presence is Presence.AWAY and result.host_back_at is not None
    assert (result.stand_in_id, result.stand_in_name) == (host.stand_in_id, host.stand_in_name)
    assert result.receiver_id == host.stand_in_id
    assert desk.events(ChangeKind.VISITOR_ARRIVED) == [
        (result.visit_id, host.id), (result.visit_id, host.stand_in_id)]
    assert [a.visit_id for a in desk.reception.waiting_for(host.stand_in_id)] == [
        result.visit_id]
    desk.reception.record_received(result.visit_id, host.stand_in_id, actor=DESK)
    entry = desk.reception.timeline(TODAY)[0]
    assert entry.status is VisitStatus.IN_MEETING
    assert entry.routed_to_name == entry.received_by_name == host.stand_in_name
    assert desk.reception.waiting_for(host.stand_in_id) == []
    with pytest.raises(ValidationError) as nobody:
        desk.reception.record_received(result.visit_id, None, actor=DESK)
    assert set(nobody.value.field_errors) == {"received_by_id"}


def test_check_in_of_another_day_or_a_cancelled_booking_is_refused(desk: Desk) -> None:
    host = desk.staff()
    tomorrow = desk.book(seoul(2026, 11, 25, 10, 0), host.id)
    with refused_with(DomainError, "2026-11-25 예약"):
        desk.reception.check_in(tomorrow, actor=DESK)
    cancelled = desk.book(seoul(2026, 11, 24, 11, 0), host.id)
    desk.reception.cancel(cancelled, actor=DESK)
    with refused_with(DomainError, "취소"):
        desk.reception.check_in(cancelled, actor=DESK)
    assert count(desk, Visit.id) == 0
    with pytest.raises(NotFound):
        desk.reception.check_in(99999, actor=DESK)


def test_no_show_only_after_the_time_and_a_late_arrival_still_checks_in(desk: Desk) -> None:
    key = desk.book(seoul(2026, 11, 24, 11, 0), desk.staff().id)
    with refused_with(DomainError, "아직 되지 않아"):
        desk.reception.mark_no_show(key, actor=DESK)
    desk.clock.set(seoul(2026, 11, 24, 11, 30))
    desk.reception.mark_no_show(key, actor=DESK)
    assert desk.reception.timeline(TODAY)[0].status is VisitStatus.NO_SHOW
    desk.clock.set(seoul(2026, 11, 24, 11, 45))
    desk.reception.check_in(key, actor=DESK)
    assert desk.reception.timeline(TODAY)[0].status is VisitStatus.ARRIVED


# --- walk-ins --------------------------------------------------------------------------------


def test_walk_in_found_by_duty(desk: Desk) -> None:
    [budget, *_] = desk.directory.search("예산")
    assert "예산" in budget.duties
    result = desk.reception.register_walk_in(WalkInDraft(
        VisitorDraft("김현장", "", "010-5555-6666"), budget.id, "예산 편성 문의", "7",
        id_checked=True), actor=DESK)
    [entry] = desk.reception.timeline(TODAY)
    assert entry.id == -result.visit_id and entry.is_walk_in
    assert entry.status is VisitStatus.ARRIVED
    assert (entry.host_id, entry.purpose, entry.pass_number) == (budget.id, "예산 편성 문의", "7")
    assert entry.visitor_name_masked == "김*장"
    assert desk.reception.detail(entry.id).id_checked is True
    assert desk.events(ChangeKind.VISITOR_ARRIVED)[0] == (result.visit_id, budget.id)


def test_walk_in_refusals(desk: Desk) -> None:
    with pytest.raises(ValidationError) as refused:
        desk.reception.register_walk_in(WalkInDraft(VisitorDraft("", "", "abc"), None, " "),
                                        actor=DESK)
    assert set(refused.value.field_errors) == {"name", "phone", "host_id", "purpose"}
    with pytest.raises(ValidationError) as unknown:
        desk.reception.register_walk_in(WalkInDraft(VisitorDraft("김현장"), 99999, "문의"),
                                        actor=DESK)
    assert set(unknown.value.field_errors) == {"host_id"}
    assert count(desk, Visit.id) == 0 and count(desk, Visitor.id) == 0


# --- visit record, passes, check-out ------------------------------------------------------------


def test_visit_record_with_follow_up_owner(desk: Desk) -> None:
    host = desk.staff()
    owner = desk.staff(skip=3)
    result = desk.reception.check_in(desk.book(seoul(2026, 11, 24, 10, 40), host.id), actor=DESK)
    desk.reception.save_record(result.visit_id, VisitRecordDraft(
        "공모 상담", "심사 기준 자료 요청", "자료 메일 발송 약속", owner.id), actor=DESK)
    detail = desk.reception.detail(desk.reception.timeline(TODAY)[0].id)
    assert (detail.requests, detail.outcome) == ("심사 기준 자료 요청", "자료 메일 발송 약속")
    assert (detail.follow_up_owner_id, detail.follow_up_owner_name) == (owner.id, owner.name)
    assert detail.entry.purpose == "공모 상담"
    with pytest.raises(ValidationError) as refused:
        desk.reception.save_record(result.visit_id, VisitRecordDraft("", "x", "", 99999),
                                   actor=DESK)
    assert set(refused.value.field_errors) == {"purpose"}
    with pytest.raises(ValidationError) as unknown:
        desk.reception.save_record(result.visit_id, VisitRecordDraft("공모", "x", "", 99999),
                                   actor=DESK)
    assert set(unknown.value.field_errors) == {"follow_up_owner_id"}
    assert desk.reception.detail(detail.entry.id).requests == "심사 기준 자료 요청"


def test_check_out_rules(desk: Desk) -> None:
    host = desk.staff()
    key = desk.book(seoul(2026, 11, 24, 10, 40), host.id)
    with refused_with(DomainError, "아직 도착"):
        desk.reception.check_out_appointment(key, actor=DESK)
    result = desk.reception.check_in(key, pass_number="12", actor=DESK)
    desk.clock.set(seoul(2026, 11, 24, 11, 30))
    with pytest.raises(ValidationError) as early:
        desk.reception.check_out(result.visit_id, seoul(2026, 11, 24, 10, 0), actor=DESK)
    assert "도착 시각(10:30)" in korean(early.value.field_errors["left_at"])
    with pytest.raises(ValidationError) as future:
        desk.reception.check_out(result.visit_id, seoul(2026, 11, 24, 12, 0), actor=DESK)
    assert set(future.value.field_errors) == {"left_at"}
    desk.reception.check_out_appointment(key, seoul(2026, 11, 24, 11, 20), pass_returned=True,
                                         actor=DESK)
    entry = desk.reception.timeline(TODAY)[0]
    assert entry.status is VisitStatus.LEFT
    assert entry.left_at == entry.pass_returned_at == seoul(2026, 11, 24, 11, 20)
    with refused_with(DomainError, "이미 11:20에 퇴실"):
        desk.reception.check_out(result.visit_id, actor=DESK)


def test_pass_numbers_are_tracked_until_returned(desk: Desk) -> None:
    host = desk.staff()
    first = desk.reception.check_in(desk.book(seoul(2026, 11, 24, 10, 40), host.id),
                                     pass_number="5", actor=DESK)
    second = desk.reception.register_walk_in(WalkInDraft(VisitorDraft("이현장"), host.id, "문의"),
                                             actor=DESK)
    with pytest.raises(ValidationError) as taken:
        desk.reception.hand_out_pass(second.visit_id, "5", actor=DESK)
    assert "5번은 아직 반납" in korean(taken.value.field_errors["pass_number"])
    with pytest.raises(ValidationError):
        desk.reception.hand_out_pass(second.visit_id, " ", actor=DESK)
    desk.reception.check_out(first.visit_id, actor=DESK)  # left without giving the pass back
    assert [e.visit_id for e in desk.reception.passes_out()] == [first.visit_id]
    with pytest.raises(ValidationError):
        desk.reception.hand_out_pass(second.visit_id, "5", actor=DESK)
    desk.reception.return_pass(first.visit_id, actor=DESK)
    with refused_with(DomainError, "이미 반납"):
        desk.reception.return_pass(first.visit_id, actor=DESK)
    desk.reception.hand_out_pass(second.visit_id, "5", actor=DESK)
    assert [e.visit_id for e in desk.reception.passes_out()] == [second.visit_id]


def test_visitors_still_inside_at_18(desk: Desk) -> None:
    host = desk.staff()
    gone = desk.reception.check_in(desk.book(seoul(2026, 11, 24, 10, 40), host.id), actor=DESK)
    stays = desk.reception.register_walk_in(WalkInDraft(VisitorDraft("박늦음"), host.id, "면담"),
                                            actor=DESK)
    desk.clock.set(seoul(2026, 11, 24, 17, 0))
    desk.reception.check_out(gone.visit_id, actor=DESK)
    desk.clock.set(seoul(2026, 11, 24, 18, 0))
    inside = desk.reception.still_inside(TODAY)
    assert [e.visit_id for e in inside] == [stays.visit_id]
    assert inside[0].visitor_name_masked == "박*음"


def test_audit_log_holds_no_visitor_names(desk: Desk) -> None:
    host = desk.staff()
    key = desk.book(seoul(2026, 11, 24, 10, 40), host.id)
    visit = desk.reception.check_in(key, actor=DESK).visit_id
    desk.reception.register_walk_in(WalkInDraft(VisitorDraft("김현장", "", "010-5555-6666"),
                                                host.id, "문의"), actor=DESK)
    desk.reception.check_out(visit, actor=DESK)
    with desk.services.uow.read() as session:
        details = " ".join(session.scalars(select(AuditEntry.detail)))
        actions = set(session.scalars(select(AuditEntry.action)))
    assert {"appointment.book", "visit.check_in", "visit.walk_in", "visit.check_out"} <= actions
    for personal in ("홍길동", "김현장", "1234", "5555"):
        assert personal not in details


def test_timeline_search_runs_in_the_database(desk: Desk) -> None:
    host = desk.staff()
    other = desk.staff(skip=4)
    booked = desk.book(seoul(2026, 11, 24, 14, 0), host.id, name="홍길동",
                       organisation="서울문화재단")
    walk_in = desk.reception.register_walk_in(WalkInDraft(
        VisitorDraft("김현장", "부산 100%극단"), other.id, "대관 문의"), actor=DESK)
    assert desk.reception.timeline_ids(TODAY) == [-walk_in.visit_id, booked]
    assert desk.reception.timeline_ids(TODAY, "문화재") == [booked]
    assert desk.reception.timeline_ids(TODAY, "길동 서울") == [booked]
    assert desk.reception.timeline_ids(TODAY, "대관") == [-walk_in.visit_id]
    assert desk.reception.timeline_ids(TODAY, other.name) == [-walk_in.visit_id]
    assert desk.reception.timeline_ids(TODAY, "100%") == [-walk_in.visit_id]
    assert desk.reception.timeline_ids(TODAY, "0%극") == [-walk_in.visit_id]
    assert desk.reception.timeline_ids(TODAY, "%") == [-walk_in.visit_id]
    assert desk.reception.timeline_ids(TODAY, "없는말") == []


def test_a_visit_by_its_id_for_the_complaints_tab(desk: Desk) -> None:
    host = desk.staff()
    booked = desk.reception.check_in(desk.book(seoul(2026, 11, 24, 10, 40), host.id), actor=DESK)
    walk_in = desk.reception.register_walk_in(WalkInDraft(VisitorDraft("김현장"), host.id, "민원"),
                                              actor=DESK)
    desk.reception.save_record(booked.visit_id, VisitRecordDraft("상담", "소음 대책 요구"),
                               actor=DESK)
    detail = desk.reception.visit(booked.visit_id)
    assert detail.entry.appointment_id is not None and detail.entry.visit_id == booked.visit_id
    assert detail.entry.arrived_at == seoul(2026, 11, 24, 10, 30)
    assert (detail.visitor_name, detail.requests) == ("홍길동", "소음 대책 요구")
    assert desk.reception.visit(walk_in.visit_id).visitor_name == "김현장"
    with pytest.raises(NotFound):
        desk.reception.visit(99999)


# --- saved once, and saved over another PC's change (docs/architecture.md §9) -----------------


def test_a_save_again_with_its_key_returns_what_the_first_stored(desk: Desk) -> None:
    host = desk.staff()
    key, walk_in_key = new_key(), new_key()
    draft = AppointmentDraft(VisitorDraft("홍길동"), host.id, seoul(2026, 11, 24, 10, 40),
                             seoul(2026, 11, 24, 11, 40))
    first = desk.reception.book(draft, actor=DESK, key=key)
    desk.clock.set(seoul(2026, 11, 24, 10, 50))  # the start has passed: a new booking would
    assert desk.reception.book(draft, actor=DESK, key=key) == first  # be refused
    assert desk.services.submissions.was_saved(key)
    arrived = WalkInDraft(VisitorDraft("김현장"), host.id, "대관 문의", "7")
    visit = desk.reception.register_walk_in(arrived, actor=DESK, key=walk_in_key)
    again = desk.reception.register_walk_in(arrived, actor=DESK, key=walk_in_key)
    assert again.visit_id == visit.visit_id and again.host_id == host.id
    assert count(desk, Appointment.id) == 1 and count(desk, Visit.id) == 1
    assert len(desk.events(ChangeKind.VISITOR_ARRIVED)) == 1
    other = desk.reception.register_walk_in(WalkInDraft(VisitorDraft("이현장"), host.id, "문의"),
                                            actor=DESK, key=new_key())
    assert other.visit_id != visit.visit_id


def test_a_visit_record_from_a_stale_form_merges_or_names_who_changed_it(desk: Desk) -> None:
    host, colleague = desk.staff(), desk.staff(skip=2)
    visit_id = desk.reception.check_in(desk.book(seoul(2026, 11, 24, 10, 40), host.id),
                                       actor=DESK).visit_id
    stale = record_opened(desk.reception.visit(visit_id))  # this form opened first
    other_pc = acting(desk.services, colleague.id)
    desk.reception.save_record(visit_id, VisitRecordDraft("공모사업 상담", "", "자료 발송"),
                               actor=other_pc, opened=stale)
    with pytest.raises(EditConflict) as refused:
        desk.reception.save_record(visit_id, VisitRecordDraft("공모사업 상담", "", "재방문 예정"),
                                   actor=DESK, opened=stale)
    conflict = refused.value
    assert set(conflict.field_errors) == {"outcome"}
    assert (conflict.changed_by, conflict.current["outcome"]) == (colleague.name, "자료 발송")
    assert colleague.name in korean(conflict)
    assert "자료 발송" in korean(conflict.field_errors["outcome"])
    assert desk.reception.visit(visit_id).outcome == "자료 발송"
    # Saving again from what the form now shows writes the typed outcome on purpose...
    seen = Opened(conflict.version, {**stale.values, **conflict.current})
    desk.reception.save_record(visit_id, VisitRecordDraft("공모사업 상담", "", "재방문 예정"),
                               actor=DESK, opened=seen)
    # ...and a field nobody else touched merges even from the first, stale view.
    desk.reception.save_record(visit_id, VisitRecordDraft("공모사업 상담", "심사 기준 요청", ""),
                               actor=DESK, opened=stale)
    stored = desk.reception.visit(visit_id)
    assert (stored.requests, stored.outcome) == ("심사 기준 요청", "재방문 예정")
    assert stored.visit_version == 4


def _change(desk: Desk, key: int, opened: Opened, actor: Actor, **fields: object) -> None:
    """Save the booking as a form opened at ``opened`` with ``fields`` typed over it (the
    form keeps the visitor it opened with, unless ``visitor_id`` says otherwise)."""
    v = {**opened.values, **fields}
    desk.reception.update_appointment(key, AppointmentDraft(
        VisitorDraft(str(v["name"]), str(v["organisation"]), str(v["phone"]),
                     v["visitor_id"]),  # type: ignore[arg-type]
        v["host_id"], v["starts_at"], v["ends_at"], v["companions"],  # type: ignore[arg-type]
        str(v["purpose"]), str(v["place"]), str(v["notes"])), actor=actor, opened=opened)


def test_a_booking_from_a_stale_form_merges_field_by_field(desk: Desk) -> None:
    host, colleague = desk.staff(), desk.staff(skip=2)
    key = desk.book(seoul(2026, 11, 24, 14, 0), host.id)
    stale = booking_opened(desk.reception.detail(key))
    other_pc = acting(desk.services, colleague.id)
    _change(desk, key, stale, other_pc, phone="010-9999-0000")  # the visitor's row only
    with pytest.raises(EditConflict) as refused:
        _change(desk, key, stale, DESK, phone="010-5555-1111")
    assert set(refused.value.field_errors) == {"phone"}
    assert refused.value.changed_by == colleague.name
    _change(desk, key, booking_opened(desk.reception.detail(key)), other_pc, notes="주차 2대")
    _change(desk, key, stale, DESK, place="2층 대회의실")  # merges
    detail = desk.reception.detail(key)
    assert (detail.notes, detail.phone, detail.entry.place) == (
        "주차 2대", "010-9999-0000", "2층 대회의실")
    with pytest.raises(EditConflict) as refused:
        _change(desk, key, stale, DESK, notes="휠체어 이용")
    assert set(refused.value.field_errors) == {"notes"}
    assert refused.value.changed_by == "안내데스크"  # the last change was the merge
    # Another PC starts the meeting later, this form ends it earlier: each alone is fine,
    # together the meeting would end before it starts.
    _change(desk, key, booking_opened(desk.reception.detail(key)), other_pc,
            starts_at=seoul(2026, 11, 24, 14, 30))
    with pytest.raises(EditConflict) as moved:
        _change(desk, key, stale, DESK, ends_at=seoul(2026, 11, 24, 14, 15))
    assert set(moved.value.field_errors) == {"starts_at", "ends_at"}
    assert moved.value.current["starts_at"] == seoul(2026, 11, 24, 14, 30)
    assert moved.value.changed_by == colleague.name
    entry = desk.reception.detail(key).entry
    assert (entry.starts_at, entry.ends_at) == (seoul(2026, 11, 24, 14, 30),
                                                seoul(2026, 11, 24, 15, 0))


def test_a_stale_form_leaves_the_visitor_another_pc_put_on_the_booking(desk: Desk) -> None:
    key = desk.book(seoul(2026, 11, 24, 14, 0), desk.staff().id)
    stale = booking_opened(desk.reception.detail(key))
    _change(desk, key, stale, DESK, visitor_id=None, name="김대리", phone="010-7777-8888")
    _change(desk, key, stale, DESK, place="2층 대회의실")  # still showing 홍길동
    detail = desk.reception.detail(key)
    assert (detail.visitor_name, detail.phone, detail.entry.place) == (
        "김대리", "010-7777-8888", "2층 대회의실")
