"""Complaints: intake with the engine's deadline, the lifecycle, delay notices, pauses,
answers in real name, follow-up, lists and counts — on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, func, inspect, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from arco_desk.domain.actor import Actor
from arco_desk.domain.calendar_business import SEOUL
from arco_desk.domain.calendar_overrides import OverrideDraft
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.complaint_steps import StepConflict
from arco_desk.domain.complaints import Channel, ComplaintAction, ComplaintStatus, EventKind
from arco_desk.domain.deadlines import Period, extension_limit
from arco_desk.domain.edits import Opened
from arco_desk.domain.errors import DomainError, EditConflict, NotFound, ValidationError
from arco_desk.domain.roles import Role
from arco_desk.domain.standard import load_standard
from arco_desk.services.complaint_records import (
    ComplaintCounts,
    ComplaintFilter,
    ListScope,
    Urgency,
)
from arco_desk.services.complaints import ComplaintService
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.services.submissions import OutcomeUnknown, new_key
from arco_desk.store.models import (
    ChangeEvent,
    Complaint,
    ComplaintAttachment,
    ComplaintEvent,
    PhoneMemo,
    Staff,
    Visit,
    Visitor,
)
from tests.actors import DESK, acting
from tests.clock import SteppingClock
from tests.conftest import FIXED_NOW
from tests.words import english, korean


def seoul(*args: int) -> datetime:
    return datetime(*args, tzinfo=SEOUL)  # type: ignore[misc]


@pytest.fixture
def desk(any_services: Services) -> Services:
    fill_directory(any_services.uow, FIXED_NOW)
    return any_services


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(FIXED_NOW)


@pytest.fixture
def complaints(desk: Services, basedir: Path, clock: SteppingClock) -> Iterator[ComplaintService]:
    """The complaint service of ``desk`` on a clock the test moves."""
    yield ComplaintService(desk.uow, desk.calendar, basedir / "attachments", clock)


def draft(**changes: object) -> ComplaintDraft:
    values: dict[str, object] = dict(
        channel="letter", kind_code="petition", citizen_name="홍길동",
        citizen_phone="010-1234-5678", citizen_address="서울 종로구 대학로 57",
        title="공연장 소음 민원",
        content="저녁 공연 때 주변 소음이 심합니다. 대책을 알려 주세요.",
    )
    values.update(changes)
    return ComplaintDraft(**values)  # type: ignore[arg-type]


def staff(services: Services, index: int = 0) -> Staff:
    with services.uow.read() as session:
        return session.scalars(select(Staff).order_by(Staff.id)).all()[index]


def events(services: Services, complaint_id: int) -> list[ComplaintEvent]:
    with services.uow.read() as session:
        return list(session.scalars(select(ComplaintEvent)
                                    .where(ComplaintEvent.complaint_id == complaint_id)
                                    .order_by(ComplaintEvent.id)))


def stored(services: Services, complaint_id: int) -> Complaint:
    with services.uow.read() as session:
        complaint = session.get(Complaint, complaint_id)
        assert complaint is not None
        return complaint


def count_complaints(services: Services) -> int:
    with services.uow.read() as session:
        return int(session.scalar(select(func.count(Complaint.id))) or 0)


def in_progress(complaints: ComplaintService, services: Services, **changes: object) -> int:
    complaint_id = complaints.register(draft(**changes), actor=DESK)
    complaints.assign(complaint_id, staff(services).id, actor=DESK)
    complaints.start(complaint_id, actor=DESK)
    return complaint_id


# --- the deadline ---------------------------------------------------------------------------------


RECEIPTS = (
    seoul(2026, 2, 12, 10),  # docs/architecture.md §3: 7 working days over 설날 → 25 Feb 18:00
    seoul(2026, 4, 30, 17),  # docs/architecture.md §3: 3 working hours over 노동절 → 4 May 11:00
    seoul(2026, 11, 23, 18, 30),  # after hours: counting starts the next morning
    seoul(2026, 11, 23, 12, 15),  # lunch
    seoul(2026, 11, 21, 11),  # a Saturday
)


def test_the_deadline_shown_for_each_kind_equals_the_engines(
    desk: Services, complaints: ComplaintService
) -> None:
    cal = desk.calendar.business_calendar()
    kinds = load_standard().complaint_kinds
    assert {k.code for k in complaints.kinds()} == {k.code for k in kinds}
    for kind in kinds:
        for received in RECEIPTS:
            engine = cal.due(received, kind.period)
            shown = complaints.preview_deadline(kind.code, received)
            assert shown.due == engine, (kind.code, received)
            complaint_id = complaints.register(draft(kind_code=kind.code, received_at=received),
                                               actor=DESK)
            assert stored(desk, complaint_id).due_at == engine
            assert stored(desk, complaint_id).period == str(kind.period)
            assert complaints.get(complaint_id).row.deadline == engine


def test_the_rule_in_words(complaints: ComplaintService) -> None:
    petition = complaints.preview_deadline("petition", seoul(2026, 2, 12, 10))
    assert korean(petition.rule) == "7근무일, 첫날 산입 → 2월 25일 18:00"
    assert english(petition.rule) == "7 working days, first day counted → 25 Feb 18:00"
    certificate = complaints.preview_deadline("fact_certificate", seoul(2026, 4, 30, 17))
    assert certificate.due == seoul(2026, 5, 4, 11)
    assert korean(certificate.rule) == "즉시 (3근무시간) → 5월 4일 11:00"


def test_the_deadline_follows_the_agencys_closures(
    desk: Services, complaints: ComplaintService
) -> None:
    desk.calendar.add_override(seoul(2026, 11, 25).date(), "closure", "창립기념일 휴무", actor=DESK)
    shown = complaints.preview_deadline("confirmation", seoul(2026, 11, 24, 17))
    assert shown.due == seoul(2026, 11, 26, 11)  # 1 h Tuesday, Wednesday closed, 2 h Thursday


# --- intake ---------------------------------------------------------------------------------------


def test_register_keeps_everything_and_records_who_and_when(
    desk: Services, complaints: ComplaintService
) -> None:
    operator = staff(desk, 3)
    complaint_id = complaints.register(
        draft(citizen_phone="01012345678", citizen_email="hong@example.kr",
              citizen_address="서울 종로구 대학로 57"), actor=acting(complaints, operator.id))
    detail = complaints.get(complaint_id)
    assert detail.row.status is ComplaintStatus.RECEIVED
    assert detail.row.channel is Channel.LETTER
    assert detail.citizen_phone == "010-1234-5678"  # formatted by domain.phone
    assert detail.citizen_email == "hong@example.kr"
    assert detail.row.received_at == FIXED_NOW
    assert [(e.kind, e.at, e.actor_name) for e in detail.events] == [
        (EventKind.RECEIVED, FIXED_NOW, operator.name)]
    assert detail.events[0].new_due_at == seoul(2026, 12, 2, 18)
    assert korean(detail.rule) == "7근무일, 첫날 산입 → 12월 2일 18:00"


def test_missing_fields_are_named_at_once_and_nothing_is_saved(
    desk: Services, complaints: ComplaintService
) -> None:
    with pytest.raises(ValidationError) as refused:
        complaints.register(ComplaintDraft(), actor=DESK)
    assert set(refused.value.field_errors) == {
        "channel", "kind_code", "citizen_name", "citizen_phone", "title", "content"}
    assert "회신할 방법이 없습니다" in korean(refused.value.field_errors["citizen_phone"])
    assert count_complaints(desk) == 0


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"citizen_phone": "", "citizen_email": "", "citizen_address": ""}, "citizen_phone",
     "회신할 방법"),
    ({"citizen_phone": "010-12"}, "citizen_phone", "전화번호"),
    ({"citizen_email": "hong.example.kr"}, "citizen_email", "이메일"),
    ({"received_at": FIXED_NOW + timedelta(minutes=1)}, "received_at", "미래"),
    ({"kind_code": "refund"}, "kind_code", "service_standard.toml"),
    ({"channel": "fax"}, "channel", "접수 경로"),
    ({"title": "   "}, "title", "제목"),
])
def test_bad_intake_is_refused_next_to_its_field(
    desk: Services, complaints: ComplaintService, changes: dict[str, object], field: str,
    words: str,
) -> None:
    with pytest.raises(ValidationError) as refused:
        complaints.register(draft(**changes), actor=DESK)
    assert list(refused.value.field_errors) == [field]
    assert words in korean(refused.value.field_errors[field])
    assert count_complaints(desk) == 0


def test_a_letter_that_arrived_earlier_counts_from_its_arrival(
    desk: Services, complaints: ComplaintService
) -> None:
    complaint_id = complaints.register(draft(received_at=seoul(2026, 11, 13, 16)), actor=DESK)
    assert stored(desk, complaint_id).due_at == seoul(2026, 11, 23, 18)
    first = events(desk, complaint_id)[0]
    assert first.at == seoul(2026, 11, 13, 16)
    assert "등록" in first.detail  # registered later than received, said in the history


def test_one_way_to_reply_is_enough(desk: Services, complaints: ComplaintService) -> None:
    for contact in ({"citizen_email": "a@b.kr"}, {"citizen_address": "전남 나주시 빛가람로 640"}):
        complaints.register(draft(**{"citizen_phone": "", "citizen_address": "", **contact}),
                            actor=DESK)
    assert count_complaints(desk) == 2


def test_a_broken_standard_file_is_a_message_on_the_kind(
    desk: Services, basedir: Path, clock: SteppingClock
) -> None:
    broken = basedir / "service_standard.toml"
    broken.write_text('default_kind = "other"\n[[complaint_kind]]\ncode = "x"\n', "utf-8")
    service = ComplaintService(desk.uow, desk.calendar, basedir / "attachments", clock,
                               standard=lambda: load_standard(broken))
    with pytest.raises(ValidationError) as refused:
        service.register(draft(), actor=DESK)
    assert "service_standard.toml" in korean(refused.value.field_errors["kind_code"])
    with pytest.raises(ValidationError):
        service.kinds()
    assert count_complaints(desk) == 0


def test_attachments_are_copied_into_the_data_folder_with_their_names(
    desk: Services, complaints: ComplaintService, tmp_path: Path
) -> None:
    scans = tmp_path / "scans"
    (scans / "b").mkdir(parents=True)
    first = scans / "민원서.pdf"
    first.write_bytes(b"%PDF letter")
    second = scans / "b" / "민원서.pdf"
    second.write_bytes(b"%PDF annex")
    complaint_id = complaints.register(draft(attachments=(str(first), str(second))), actor=DESK)
    attachments = complaints.get(complaint_id).attachments
    assert [a.original_name for a in attachments] == ["민원서.pdf", "민원서.pdf"]
    paths = [complaints.attachment_path(a) for a in attachments]
    assert [p.name for p in paths] == ["민원서.pdf", "민원서 (2).pdf"]
    assert [p.read_bytes() for p in paths] == [b"%PDF letter", b"%PDF annex"]
    assert all(complaints.attachments_dir in p.parents for p in paths)
    first.unlink()  # the copy does not depend on the original
    assert paths[0].exists()


def test_an_attachment_copy_is_private_whatever_the_original_s_mode(
    complaints: ComplaintService, tmp_path: Path
) -> None:
    scan = tmp_path / "공개.pdf"
    scan.write_bytes(b"%PDF")
    scan.chmod(0o644)
    old_mask = os.umask(0o077)  # as the app sets it at start
    try:
        complaint_id = complaints.register(draft(attachments=(str(scan),)), actor=DESK)
    finally:
        os.umask(old_mask)
    stored = complaints.attachment_path(complaints.get(complaint_id).attachments[0])
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert stat.S_IMODE(stored.parent.stat().st_mode) == 0o700


def test_a_missing_attachment_saves_nothing(
    desk: Services, complaints: ComplaintService, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError) as refused:
        complaints.register(draft(attachments=(str(tmp_path / "없는파일.hwp"),)), actor=DESK)
    assert "없는파일.hwp" in korean(refused.value.field_errors["attachments"])
    assert count_complaints(desk) == 0
    with desk.uow.read() as session:
        assert session.scalar(select(func.count(ComplaintAttachment.id))) == 0


# --- from a phone memo or a visit -----------------------------------------------------------------


def test_a_complaint_from_a_phone_memo_keeps_the_time_of_the_call(
    desk: Services, complaints: ComplaintService
) -> None:
    target = staff(desk, 5)
    called = seoul(2026, 11, 20, 16, 40)
    with desk.uow.write() as session:
        memo = PhoneMemo(caller_name="박민원", caller_org="OO극단", caller_phone="010-2222-3333",
                         caller_email="park@example.kr", called_at=called,
                         message="대관 신청 결과를 아직 못 받았습니다.\n확인 부탁드립니다.",
                         target_staff_id=target.id, target_department_id=target.department_id)
        session.add(memo)
        session.flush()
        memo_id = memo.id
    prefilled = complaints.draft_from_memo(memo_id)
    assert prefilled.channel == "phone"
    assert prefilled.citizen_name == "박민원"
    assert prefilled.citizen_phone == "010-2222-3333"
    assert prefilled.received_at == called
    assert prefilled.title == "대관 신청 결과를 아직 못 받았습니다."
    assert "확인 부탁드립니다." in prefilled.content and "OO극단" in prefilled.content
    assert prefilled.suggested_assignee_id == target.id
    prefilled.kind_code = "inquiry"
    complaint_id = complaints.register(prefilled, actor=DESK)
    saved = stored(desk, complaint_id)
    assert saved.source_memo_id == memo_id
    assert saved.received_at == called
    assert saved.due_at == desk.calendar.business_calendar().due(called, Period.parse("7d"))


def test_a_complaint_from_a_visit_keeps_the_arrival_time(
    desk: Services, complaints: ComplaintService
) -> None:
    host = staff(desk, 7)
    arrived = seoul(2026, 11, 24, 9, 5)
    with desk.uow.write() as session:
        visitor = Visitor(name="최방문", organisation="OO재단", phone="02-760-4500")
        session.add(visitor)
        session.flush()
        visit = Visit(visitor_id=visitor.id, host_id=host.id, purpose="지원사업 상담",
                      requests="심사 결과에 대한 이의를 제기합니다.", arrived_at=arrived)
        session.add(visit)
        session.flush()
        visit_id = visit.id
    prefilled = complaints.draft_from_visit(visit_id)
    assert (prefilled.channel, prefilled.citizen_name, prefilled.received_at) == (
        "visit", "최방문", arrived)
    assert prefilled.title == "심사 결과에 대한 이의를 제기합니다."
    assert "지원사업 상담" in prefilled.content
    assert prefilled.suggested_assignee_id == host.id
    prefilled.kind_code = "petition"
    assert stored(desk, complaints.register(prefilled, actor=DESK)).source_visit_id == visit_id


def test_drafts_from_missing_records_say_so(complaints: ComplaintService) -> None:
    with pytest.raises(NotFound):
        complaints.draft_from_memo(999)
    with pytest.raises(NotFound):
        complaints.draft_from_visit(999)


def a_memo(services: Services) -> int:
    with services.uow.write() as session:
        memo = PhoneMemo(caller_name="박민원", caller_phone="010-2222-3333",
                         called_at=FIXED_NOW, message="대관 결과를 못 받았습니다.",
                         target_staff_id=staff(services, 5).id)
        session.add(memo)
        session.flush()
        return memo.id


def test_a_memo_or_visit_already_registered_is_refused_naming_its_complaint(
    desk: Services, complaints: ComplaintService
) -> None:
    memo_id = a_memo(desk)
    from_memo = replace(complaints.draft_from_memo(memo_id), kind_code="inquiry")
    first = complaints.register(from_memo, actor=DESK)
    with pytest.raises(DomainError) as again:
        complaints.register(from_memo, actor=DESK)
    assert again.value.msg.key == "complaint.memo_already_registered"
    assert again.value.msg.params["complaint_id"] == first
    with desk.uow.write() as session:
        visitor = Visitor(name="최방문", phone="02-760-4500")
        session.add(visitor)
        session.flush()
        visit = Visit(visitor_id=visitor.id, purpose="상담", requests="이의 신청",
                      arrived_at=FIXED_NOW)
        session.add(visit)
        session.flush()
        visit_id = visit.id
    from_visit = replace(complaints.draft_from_visit(visit_id), kind_code="petition")
    second = complaints.register(from_visit, actor=DESK)
    with pytest.raises(DomainError) as twice:
        complaints.register(from_visit, actor=DESK)
    assert twice.value.msg.key == "complaint.visit_already_registered"
    assert twice.value.msg.params["complaint_id"] == second
    assert count_complaints(desk) == 2


def test_a_registration_saved_again_with_its_key_returns_the_first_complaint(
    desk: Services, complaints: ComplaintService, tmp_path: Path
) -> None:
    scan = tmp_path / "민원서.pdf"
    scan.write_bytes(b"%PDF letter")
    key = new_key()
    memo_id = a_memo(desk)
    form = replace(complaints.draft_from_memo(memo_id), kind_code="inquiry",
                   attachments=(str(scan),))
    first = complaints.register(form, assignee_id=staff(desk, 2).id, actor=DESK, key=key)
    # Saved again with the same key (the form did not learn of the first save): the
    # memo is not "already registered", the first complaint is the answer.
    assert complaints.register(form, assignee_id=staff(desk, 2).id, actor=DESK,
                               key=key) == first
    assert count_complaints(desk) == 1
    assert len(complaints.get(first).attachments) == 1
    assert [p.name for p in (complaints.attachments_dir / str(first)).iterdir()] == [
        "민원서.pdf"]
    assert desk.submissions.was_saved(key)
    assert complaints.register(draft(), actor=DESK, key=new_key()) != first


def test_a_registration_of_unknown_outcome_keeps_its_attachments(
    desk: Services, complaints: ComplaintService, tmp_path: Path
) -> None:
    """The connection dies just after the commit: the operator is told the outcome is
    unknown, the copied files stay (the stored complaint names them), and asking again
    with the key brings back that complaint with its file."""
    scan = tmp_path / "민원서.pdf"
    scan.write_bytes(b"%PDF letter")
    key = new_key()

    def answer_lost(_session: Session) -> None:
        lost = sqlite3.OperationalError("disk I/O error")
        lost.sqlite_errorcode = sqlite3.SQLITE_IOERR  # type: ignore[attr-defined]
        raise sa_exc.OperationalError("COMMIT", {}, lost)

    event.listen(Session, "after_commit", answer_lost)
    try:
        with pytest.raises(OutcomeUnknown):
            complaints.register(draft(attachments=(str(scan),)), actor=DESK, key=key)
    finally:
        event.remove(Session, "after_commit", answer_lost)
    assert desk.submissions.was_saved(key)
    stored_id = complaints.register(draft(attachments=(str(scan),)), actor=DESK, key=key)
    assert count_complaints(desk) == 1
    [attachment] = complaints.get(stored_id).attachments
    assert complaints.attachment_path(attachment).read_bytes() == b"%PDF letter"


# --- assignment -----------------------------------------------------------------------------------


def feed(services: Services) -> list[tuple[str, int, int | None, int | None]]:
    """The assignments of the feed (every step's ``COMPLAINT_CHANGED`` left out)."""
    with services.uow.read() as session:
        return [tuple(r) for r in session.execute(  # type: ignore[misc]
            select(ChangeEvent.kind, ChangeEvent.entity_id, ChangeEvent.staff_id,
                   ChangeEvent.department_id)
            .where(ChangeEvent.kind == ChangeKind.COMPLAINT_ASSIGNED.value)
            .order_by(ChangeEvent.id))]


def test_assign_publishes_to_the_assignee_in_the_same_write(
    desk: Services, complaints: ComplaintService
) -> None:
    person = staff(desk, 2)
    complaint_id = complaints.register(draft(), actor=DESK)
    complaints.assign(complaint_id, person.id, actor=acting(complaints, staff(desk, 0).id))
    row = complaints.get(complaint_id).row
    assert (row.status, row.assignee_id, row.department_id) == (
        ComplaintStatus.ASSIGNED, person.id, person.department_id)
    assert feed(desk) == [(ChangeKind.COMPLAINT_ASSIGNED.value, complaint_id, person.id,
                           person.department_id)]
    assigned = events(desk, complaint_id)[-1]
    assert (assigned.kind, assigned.target_id, assigned.at) == ("assigned", person.id, FIXED_NOW)
    assert person.name in assigned.target_name


def test_assign_to_a_department_and_register_with_an_assignee(
    desk: Services, complaints: ComplaintService
) -> None:
    department = staff(desk, 10).department_id
    first = complaints.register(draft(), actor=DESK)
    complaints.assign(first, None, department, actor=DESK)
    assert complaints.get(first).row.assignee_id is None
    assert complaints.get(first).row.department_id == department
    person = staff(desk, 4)
    second = complaints.register(draft(), assignee_id=person.id, actor=DESK)
    assert complaints.get(second).row.status is ComplaintStatus.ASSIGNED
    assert [e.kind for e in events(desk, second)] == ["received", "assigned"]
    assert [f[1] for f in feed(desk)] == [first, second]


def test_assignment_refusals(desk: Services, complaints: ComplaintService) -> None:
    complaint_id = complaints.register(draft(), actor=DESK)
    with pytest.raises(ValidationError) as nobody:
        complaints.assign(complaint_id, None, None, actor=DESK)
    assert "assignee_id" in nobody.value.field_errors
    with pytest.raises(ValidationError) as unknown:
        complaints.assign(complaint_id, 99_999, actor=DESK)
    assert "assignee_id" in unknown.value.field_errors
    with pytest.raises(DomainError) as not_yet:
        complaints.reassign(complaint_id, staff(desk).id, None, "부서 이동", actor=DESK)
    assert "접수" in korean(not_yet.value.msg)
    assert complaints.get(complaint_id).row.status is ComplaintStatus.RECEIVED
    assert feed(desk) == []


def test_reassign_needs_a_reason_and_another_person(
    desk: Services, complaints: ComplaintService
) -> None:
    first, second = staff(desk, 1), staff(desk, 20)
    complaint_id = complaints.register(draft(), assignee_id=first.id, actor=DESK)
    with pytest.raises(ValidationError) as no_reason:
        complaints.reassign(complaint_id, second.id, None, "  ", actor=DESK)
    assert "사유" in korean(no_reason.value.field_errors["reason"])
    with pytest.raises(ValidationError) as same:
        complaints.reassign(complaint_id, first.id, None, "확인", actor=DESK)
    assert "같은 담당" in korean(same.value.field_errors["assignee_id"])
    complaints.start(complaint_id, actor=DESK)
    complaints.reassign(complaint_id, second.id, None, "담당 업무가 공연장 대관이라서", actor=DESK)
    row = complaints.get(complaint_id).row
    assert (row.assignee_id, row.status) == (second.id, ComplaintStatus.ASSIGNED)
    last = events(desk, complaint_id)[-1]
    assert (last.kind, last.detail) == ("reassigned", "담당 업무가 공연장 대관이라서")
    assert [f[2] for f in feed(desk)] == [first.id, second.id]


def test_an_assignment_from_a_stale_view_says_who_gave_it_to_whom(
    desk: Services, complaints: ComplaintService
) -> None:
    first, mover, second, third = (staff(desk, i) for i in (1, 0, 20, 21))
    complaint_id = complaints.register(draft(), assignee_id=first.id, actor=DESK)
    shown = complaints.get(complaint_id)
    seen = Opened(shown.version, {"assignee_id": first.id, "department_id": first.department_id})
    complaints.reassign(complaint_id, second.id, None, "업무 조정",
                        actor=acting(complaints, mover.id), opened=seen)
    with pytest.raises(EditConflict) as stale:
        complaints.reassign(complaint_id, third.id, None, "담당 변경", actor=DESK, opened=seen)
    words = korean(stale.value.msg)
    assert mover.name in words and second.name in words
    assert stale.value.current == {"assignee_id": second.id,
                                   "department_id": second.department_id}
    assert complaints.get(complaint_id).row.assignee_id == second.id
    # Seen as it is now, the reassignment is made on purpose.
    complaints.reassign(complaint_id, third.id, None, "담당 변경", actor=DESK,
                        opened=Opened(stale.value.version, stale.value.current))
    assert complaints.get(complaint_id).row.assignee_id == third.id
    assert [e.kind for e in events(desk, complaint_id)].count("reassigned") == 2


def test_a_step_from_a_stale_view_is_refused_with_the_step_taken_meanwhile(
    desk: Services, complaints: ComplaintService
) -> None:
    handler = staff(desk, 3)
    complaint_id = in_progress(complaints, desk)
    seen = complaints.get(complaint_id).version
    limit = complaints.delay_notice_terms(complaint_id).limit
    complaints.delay_notice(complaint_id, "외부 자문", limit, "phone",
                            actor=acting(complaints, handler.id), seen=seen)
    with pytest.raises(StepConflict) as stale:
        complaints.answer(complaint_id, "답변", "letter", None, handler.id, actor=DESK,
                          seen=seen)
    assert stale.value.msg.params["step"] is EventKind.DELAY_NOTICE
    assert handler.name in korean(stale.value.msg)
    assert complaints.get(complaint_id).row.status is ComplaintStatus.IN_PROGRESS
    complaints.answer(complaint_id, "답변", "letter", None, handler.id, actor=DESK,
                      seen=stale.value.version)
    assert complaints.get(complaint_id).row.status is ComplaintStatus.ANSWERED


# --- the lifecycle --------------------------------------------------------------------------------


def test_the_whole_lifecycle_leaves_an_event_for_every_step(
    desk: Services, complaints: ComplaintService, clock: SteppingClock
) -> None:
    operator, handler = staff(desk, 0), staff(desk, 8)
    complaint_id = complaints.register(draft(), actor=acting(complaints, operator.id))
    complaints.assign(complaint_id, handler.id, actor=acting(complaints, operator.id))
    clock.advance(timedelta(hours=1))
    complaints.start(complaint_id, actor=acting(complaints, handler.id))
    clock.advance(timedelta(days=1))
    complaints.answer(complaint_id, "소음 저감 조치를 하겠습니다.", "letter", None, handler.id,
                      actor=acting(complaints, handler.id))
    with pytest.raises(DomainError):
        complaints.close(complaint_id, actor=DESK)  # the follow-up call comes first
    clock.advance(timedelta(days=1))
    complaints.follow_up(complaint_id, "no_further_questions", "결과에 만족",
                         actor=acting(complaints, handler.id))
    clock.advance(timedelta(hours=2))
    complaints.close(complaint_id, actor=acting(complaints, operator.id))
    detail = complaints.get(complaint_id)
    assert detail.row.status is ComplaintStatus.CLOSED
    assert detail.row.closed_at == FIXED_NOW + timedelta(days=2, hours=3)
    assert [(e.kind.value, e.actor_name) for e in detail.events] == [
        ("received", operator.name), ("assigned", operator.name), ("started", handler.name),
        ("answered", handler.name), ("follow_up", handler.name), ("closed", operator.name)]
    assert [e.at - FIXED_NOW for e in detail.events] == [
        timedelta(0), timedelta(0), timedelta(hours=1), timedelta(days=1, hours=1),
        timedelta(days=2, hours=1), timedelta(days=2, hours=3)]
    assert detail.allowed == frozenset()


@pytest.mark.parametrize(("steps", "refused", "words"), [
    ((), "start", "‘접수’ 상태"),
    ((), "answer", "‘접수’ 상태"),
    (("assign",), "answer", "‘배정’ 상태"),
    (("assign", "start"), "follow_up", "‘처리 중’ 상태"),
    (("assign", "start"), "close", "‘처리 중’ 상태"),
    (("assign", "start"), "assign", "‘처리 중’ 상태"),
])
def test_steps_out_of_order_are_refused_with_the_reason(
    desk: Services, complaints: ComplaintService, steps: tuple[str, ...], refused: str,
    words: str,
) -> None:
    person = staff(desk, 3)
    complaint_id = complaints.register(draft(), actor=DESK)
    do = {
        "assign": lambda: complaints.assign(complaint_id, person.id, actor=DESK),
        "start": lambda: complaints.start(complaint_id, actor=DESK),
        "answer": lambda: complaints.answer(complaint_id, "답변", "letter", None, person.id,
                                            actor=DESK),
        "follow_up": lambda: complaints.follow_up(complaint_id, "unreachable", actor=DESK),
        "close": lambda: complaints.close(complaint_id, actor=DESK),
    }
    for step in steps:
        do[step]()
    before = len(events(desk, complaint_id))
    with pytest.raises(DomainError) as error:
        do[refused]()
    assert words in korean(error.value.msg)
    assert len(events(desk, complaint_id)) == before


def test_the_answer_bears_the_responders_real_name(
    desk: Services, complaints: ComplaintService, clock: SteppingClock
) -> None:
    responder = staff(desk, 12)
    complaint_id = in_progress(complaints, desk)
    clock.advance(timedelta(days=2))
    answered = FIXED_NOW + timedelta(days=1, hours=4)
    complaints.answer(complaint_id, "  답변드립니다.  ", "phone", answered, responder.id,
                      actor=DESK)
    last = complaints.get(complaint_id).events[-1]
    assert (last.kind, last.target_name, last.detail, last.code, last.at) == (
        EventKind.ANSWERED, responder.name, "답변드립니다.", "phone", answered)
    row = complaints.get(complaint_id).row
    assert (row.status, row.answered_at) == (ComplaintStatus.ANSWERED, answered)
    assert korean(complaints.badge(row).words) == "기한 내 답변"


@pytest.mark.parametrize(("args", "field", "words"), [
    (("", "letter", None, "me"), "text", "답변 내용"),
    (("답변", "", None, "me"), "channel", "방법"),
    (("답변", "email", None, "me"), "channel", "이메일 주소"),
    (("답변", "letter", None, None), "responder_id", "실명"),
    (("답변", "letter", FIXED_NOW + timedelta(hours=1), "me"), "answered_at", "미래"),
    (("답변", "letter", FIXED_NOW - timedelta(days=1), "me"), "answered_at", "접수 시각"),
])
def test_answer_refusals_sit_next_to_their_field(
    desk: Services, complaints: ComplaintService, args: tuple[object, ...], field: str,
    words: str,
) -> None:
    complaint_id = in_progress(complaints, desk)
    text, channel, at, who = args
    responder = staff(desk, 1).id if who == "me" else None
    with pytest.raises(ValidationError) as refused:
        complaints.answer(complaint_id, text, channel, at, responder,
                          actor=DESK)  # type: ignore[arg-type]
    assert words in korean(refused.value.field_errors[field])
    assert complaints.get(complaint_id).row.status is ComplaintStatus.IN_PROGRESS


def test_follow_up_needs_an_outcome_and_further_questions_need_words(
    desk: Services, complaints: ComplaintService
) -> None:
    complaint_id = in_progress(complaints, desk)
    complaints.answer(complaint_id, "답변", "letter", None, staff(desk).id, actor=DESK)
    with pytest.raises(ValidationError) as none:
        complaints.follow_up(complaint_id, "", actor=DESK)
    assert "outcome" in none.value.field_errors
    with pytest.raises(ValidationError) as silent:
        complaints.follow_up(complaint_id, "further_questions", " ", actor=DESK)
    assert "추가 문의" in korean(silent.value.field_errors["note"])
    complaints.follow_up(complaint_id, "further_questions", "대관료 환불 절차 문의", actor=DESK)
    last = complaints.get(complaint_id).events[-1]
    assert (last.code, last.detail) == ("further_questions", "대관료 환불 절차 문의")


# --- pause for supplementation --------------------------------------------------------------------


def test_a_pause_moves_the_deadline_by_its_working_time(
    desk: Services, complaints: ComplaintService, clock: SteppingClock
) -> None:
    cal = desk.calendar.business_calendar()
    handler = staff(desk, 6)
    complaint_id = in_progress(complaints, desk)
    assert stored(desk, complaint_id).due_at == seoul(2026, 12, 2, 18)
    complaints.pause(complaint_id, "신분증 사본과 공연 일정표를 보내 주세요.",
                     actor=acting(complaints, handler.id))
    assert complaints.get(complaint_id).row.paused
    assert "보완 대기" in korean(complaints.badge(complaints.get(complaint_id).row).words)
    clock.set(seoul(2026, 11, 26, 14))  # Thursday 14:00: 6.5 + 8 + 4 working hours later
    preview = complaints.resume_preview(complaint_id)
    assert preview.paused_working_time == timedelta(hours=18, minutes=30)
    moved = complaints.resume(complaint_id, "서류 도착", actor=acting(complaints, handler.id))
    assert moved == preview
    expected = cal.due(FIXED_NOW, Period.parse("7d"), [(FIXED_NOW, seoul(2026, 11, 26, 14))])
    assert moved.new_deadline == expected == stored(desk, complaint_id).due_at
    assert moved.old_deadline == seoul(2026, 12, 2, 18)
    detail = complaints.get(complaint_id)
    assert not detail.row.paused
    pause, resumed = detail.events[-2:]
    assert (pause.kind, pause.at, pause.ends_at, pause.detail) == (
        EventKind.PAUSED, FIXED_NOW, seoul(2026, 11, 26, 14),
        "신분증 사본과 공연 일정표를 보내 주세요.")
    assert pause.paused_working_time == timedelta(hours=18, minutes=30)
    assert (resumed.kind, resumed.old_due_at, resumed.new_due_at, resumed.actor_name) == (
        EventKind.RESUMED, seoul(2026, 12, 2, 18), expected, handler.name)
    assert resumed.paused_working_time == timedelta(hours=18, minutes=30)
    assert expected == seoul(2026, 12, 7, 11, 30)
    # The calendar service reads the same pause rows: a closure moves it by one day only.
    change = desk.calendar.preview_change(OverrideDraft(date(2026, 12, 3), "closure", "휴무"))
    assert [(c.item_id, c.old_due, c.new_due) for c in change] == [
        (complaint_id, expected, seoul(2026, 12, 8, 11, 30))]


def test_pause_refusals(desk: Services, complaints: ComplaintService,
                        clock: SteppingClock) -> None:
    complaint_id = in_progress(complaints, desk)
    with pytest.raises(ValidationError) as empty:
        complaints.pause(complaint_id, "  ", actor=DESK)
    assert "보완 내용" in korean(empty.value.field_errors["request"])
    with pytest.raises(DomainError) as not_paused:
        complaints.resume(complaint_id, actor=DESK)
    assert "보완 요구 중인 민원이 아닙니다" in korean(not_paused.value.msg)
    complaints.pause(complaint_id, "주민등록등본", actor=DESK)
    with pytest.raises(DomainError):
        complaints.pause(complaint_id, "또", actor=DESK)
    with pytest.raises(DomainError) as answering:
        complaints.answer(complaint_id, "답변", "letter", None, staff(desk).id, actor=DESK)
    assert "보완 완료" in korean(answering.value.msg)
    with pytest.raises(ValidationError) as early:
        complaints.resume(complaint_id, ended_at=FIXED_NOW - timedelta(hours=1), actor=DESK)
    assert "이후여야" in korean(early.value.field_errors["ended_at"])
    clock.advance(timedelta(hours=1))
    with pytest.raises(ValidationError) as future:
        complaints.resume(complaint_id, ended_at=clock() + timedelta(hours=1), actor=DESK)
    assert "미래" in korean(future.value.field_errors["ended_at"])
    assert complaints.get(complaint_id).row.paused


def test_a_paused_complaint_is_neither_overdue_nor_counted(
    desk: Services, complaints: ComplaintService, clock: SteppingClock
) -> None:
    complaint_id = in_progress(complaints, desk, kind_code="confirmation")  # due 14:30
    complaints.pause(complaint_id, "위임장", actor=DESK)
    clock.set(seoul(2026, 11, 24, 16))
    assert complaints.counts().overdue == 0
    assert complaints.list_ids(ComplaintFilter(urgency=Urgency.OVERDUE)) == []
    complaints.resume(complaint_id, actor=DESK)
    # 10:30–16:00 paused = 4.5 working hours: due 14:30 + 4.5 h = Wednesday 10:00.
    assert complaints.get(complaint_id).row.deadline == seoul(2026, 11, 25, 10)


# --- delay notice ---------------------------------------------------------------------------------


def test_a_delay_notice_before_the_deadline_up_to_the_engines_limit(
    desk: Services, complaints: ComplaintService, clock: SteppingClock
) -> None:
    cal = desk.calendar.business_calendar()
    complaint_id = in_progress(complaints, desk)
    due = seoul(2026, 12, 2, 18)
    terms = complaints.delay_notice_terms(complaint_id)
    limit = extension_limit(cal, due, Period.parse("7d"))
    assert (terms.deadline, terms.limit, terms.number, terms.needs_consent, terms.refusal) == (
        due, limit, 1, False, None)
    assert limit == seoul(2026, 12, 11, 18)
    clock.set(seoul(2026, 12, 1, 15))
    with pytest.raises(ValidationError) as too_far:
        complaints.delay_notice(complaint_id, "현장 확인 필요", limit + timedelta(minutes=1),
                                "phone", actor=DESK)
    assert "12월 11일 18:00까지만" in korean(too_far.value.field_errors["new_due"])
    with pytest.raises(ValidationError) as earlier:
        complaints.delay_notice(complaint_id, "현장 확인 필요", due, "phone", actor=DESK)
    assert "뒤여야" in korean(earlier.value.field_errors["new_due"])
    with pytest.raises(ValidationError) as blank:
        complaints.delay_notice(complaint_id, "", seoul(2026, 12, 9, 18), "", actor=DESK)
    assert set(blank.value.field_errors) == {"reason", "method"}
    complaints.delay_notice(complaint_id, "현장 확인 필요", seoul(2026, 12, 9, 18), "phone",
                            actor=acting(complaints, staff(desk, 2).id))
    row = complaints.get(complaint_id).row
    assert (row.deadline, row.due_at, row.extended) == (seoul(2026, 12, 9, 18), due, True)
    notice = complaints.get(complaint_id).events[-1]
    assert (notice.kind, notice.old_due_at, notice.new_due_at, notice.code, notice.detail,
            notice.at) == (EventKind.DELAY_NOTICE, due, seoul(2026, 12, 9, 18), "phone",
                           "현장 확인 필요", seoul(2026, 12, 1, 15))


def test_a_second_notice_needs_consent_and_a_third_is_refused(
    desk: Services, complaints: ComplaintService, clock: SteppingClock
) -> None:
    cal = desk.calendar.business_calendar()
    complaint_id = in_progress(complaints, desk)
    complaints.delay_notice(complaint_id, "현장 확인", seoul(2026, 12, 9, 18), "letter", actor=DESK)
    clock.set(seoul(2026, 12, 8, 10))
    terms = complaints.delay_notice_terms(complaint_id)
    assert (terms.number, terms.needs_consent) == (2, True)
    assert terms.limit == extension_limit(cal, seoul(2026, 12, 9, 18), Period.parse("7d"))
    with pytest.raises(ValidationError) as no_consent:
        complaints.delay_notice(complaint_id, "외부 자문", seoul(2026, 12, 15, 18), "email",
                                actor=DESK)
    assert "동의" in korean(no_consent.value.field_errors["consent"])
    complaints.delay_notice(complaint_id, "외부 자문", seoul(2026, 12, 15, 18), "email",
                            consent=True, actor=DESK)
    assert complaints.get(complaint_id).events[-1].consent is True
    third = complaints.delay_notice_terms(complaint_id)
    assert third.refusal is not None and "두 번까지" in korean(third.refusal)
    with pytest.raises(ValidationError) as refused:
        complaints.delay_notice(complaint_id, "또", seoul(2026, 12, 16, 18), "phone", True,
                                actor=DESK)
    assert "두 번까지" in korean(refused.value.field_errors["new_due"])


def test_no_notice_after_the_deadline_and_it_stays_overdue(
    desk: Services, complaints: ComplaintService, clock: SteppingClock
) -> None:
    complaint_id = in_progress(complaints, desk)
    clock.set(seoul(2026, 12, 3, 9))
    terms = complaints.delay_notice_terms(complaint_id)
    assert terms.refusal is not None
    assert terms.refusal is not None
    assert "12월 2일 18:00" in korean(terms.refusal) and "기한 초과로 기록" in korean(terms.refusal)
    with pytest.raises(ValidationError) as refused:
        complaints.delay_notice(complaint_id, "늦었지만", seoul(2026, 12, 9, 18), "phone",
                                actor=DESK)
    assert refused.value.field_errors["new_due"] == terms.refusal
    row = complaints.get(complaint_id).row
    assert not row.extended
    assert korean(complaints.badge(row).words) == "기한 초과"
    assert complaints.counts().overdue == 1
    assert complaints.list_ids(ComplaintFilter(urgency=Urgency.OVERDUE)) == [complaint_id]
    clock.set(seoul(2026, 12, 4, 9))
    complaints.answer(complaint_id, "답변", "letter", None, staff(desk).id, actor=DESK)
    assert korean(complaints.badge(complaints.get(complaint_id).row).words) == "답변 1일 초과"


# --- lists, search and counts ---------------------------------------------------------------------


def test_lists_filter_sort_by_deadline_and_count(
    desk: Services, complaints: ComplaintService, clock: SteppingClock
) -> None:
    a, b = staff(desk, 2), staff(desk, 30)
    old = complaints.register(draft(title="지난달 대관 민원", received_at=seoul(2026, 11, 2, 10)),
                              assignee_id=a.id, actor=DESK)  # overdue since 10 November
    today = complaints.register(draft(kind_code="inquiry", channel="homepage",
                                      received_at=seoul(2026, 11, 16, 9), citizen_name="김예술"),
                                assignee_id=b.id, actor=DESK)  # due today 18:00
    soon = complaints.register(draft(kind_code="confirmation", channel="visit",
                                     content="공연예술 지원 확인서 발급"), actor=DESK)  # due 14:30
    later = complaints.register(draft(content="무대 조명 안전 점검 요청"),
                                actor=DESK)  # due 2 December
    answered = in_progress(complaints, desk, title="답변한 민원")
    complaints.answer(answered, "답변", "letter", None, a.id, actor=DESK)

    assert complaints.list_ids() == [old, soon, today, later]
    assert complaints.list_ids(ComplaintFilter(urgency=Urgency.OVERDUE)) == [old]
    assert complaints.list_ids(ComplaintFilter(urgency=Urgency.DUE_TODAY)) == [soon, today]
    # Under a quarter of its period left: 6.5 of 56 working hours.
    assert complaints.list_ids(ComplaintFilter(urgency=Urgency.DUE_SOON)) == [today]
    assert complaints.counts() == ComplaintCounts(overdue=1, due_today=2)
    clock.set(seoul(2026, 11, 24, 13, 45))  # 45 working minutes left on the confirmation
    assert complaints.list_ids(ComplaintFilter(urgency=Urgency.DUE_SOON)) == [soon, today]
    assert complaints.list_ids(ComplaintFilter(kind_code="inquiry")) == [today]
    assert complaints.list_ids(ComplaintFilter(channel=Channel.VISIT)) == [soon]
    assert complaints.list_ids(ComplaintFilter(assignee_id=b.id)) == [today]
    assert complaints.list_ids(ComplaintFilter(department_id=a.department_id)) == [old]
    assert complaints.list_ids(ComplaintFilter(scope=ListScope.AWAITING_FOLLOW_UP)) == [answered]
    assert set(complaints.list_ids(ComplaintFilter(scope=ListScope.ALL))) == {
        old, today, soon, later, answered}
    # Korean substrings in title, content and citizen name, matched by the database.
    assert complaints.list_ids(ComplaintFilter(text="대관")) == [old]
    assert complaints.list_ids(ComplaintFilter(text="조명")) == [later]
    assert complaints.list_ids(ComplaintFilter(text="예술")) == [soon, today]
    assert complaints.list_ids(ComplaintFilter(text="예술 김")) == [today]
    assert complaints.list_ids(ComplaintFilter(text="100%")) == []
    rows = complaints.rows([today, old])
    assert [r.id for r in rows] == [today, old]
    assert rows[0].assignee_name == b.name and rows[0].kind_name_ko == "질의 및 청원"
    assert rows[1].department_name


def test_counts_follow_the_clock(desk: Services, complaints: ComplaintService,
                                 clock: SteppingClock) -> None:
    complaints.register(draft(kind_code="confirmation"), actor=DESK)  # due 14:30 today
    assert complaints.counts() == ComplaintCounts(overdue=0, due_today=1)
    clock.set(seoul(2026, 11, 24, 14, 30))
    assert complaints.counts() == ComplaintCounts(overdue=1, due_today=0)


def test_a_kind_no_longer_in_the_standard_still_lists_with_its_stored_period(
    desk: Services, complaints: ComplaintService
) -> None:
    complaint_id = complaints.register(draft(), actor=DESK)
    with desk.uow.write() as session:
        complaint = session.get(Complaint, complaint_id)
        assert complaint is not None
        complaint.kind_code = "retired_kind"
    row = complaints.rows([complaint_id])[0]
    assert row.kind_name_ko == "retired_kind (기준표에 없음)"
    assert row.period == Period.parse("7d")
    assert complaints.get(complaint_id).allowed == {
        ComplaintAction.ASSIGN, ComplaintAction.PAUSE, ComplaintAction.DELAY_NOTICE}


def test_search_of_three_characters_or_more_stays_in_step_with_the_records(
    desk: Services, complaints: ComplaintService
) -> None:
    first = complaints.register(draft(title="지원사업 확인서 발급"), actor=DESK)
    second = complaints.register(draft(citizen_name="남궁예술",
                                       content="무대 조명 안전 점검 요청, 할인율 100%"), actor=DESK)
    assert complaints.list_ids(ComplaintFilter(text="확인서")) == [first]
    assert complaints.list_ids(ComplaintFilter(text="남궁예")) == [second]
    assert complaints.list_ids(ComplaintFilter(text="안전 점검 요청")) == [second]
    assert complaints.list_ids(ComplaintFilter(text="100%")) == [second]
    assert complaints.list_ids(ComplaintFilter(text="율 100")) == [second]
    assert complaints.list_ids(ComplaintFilter(text='조명 "안전')) == []  # a quote is a letter
    assert complaints.list_ids(ComplaintFilter(text="확인서 남궁예")) == []
    with desk.uow.write() as session:
        complaint = session.get(Complaint, first)
        assert complaint is not None
        complaint.title = "대관료 환불 요청"
    assert complaints.list_ids(ComplaintFilter(text="확인서")) == []
    assert complaints.list_ids(ComplaintFilter(text="대관료 환불")) == [first]
    with desk.uow.write() as session:
        session.delete(session.get(Complaint, second))
    assert complaints.list_ids(ComplaintFilter(text="남궁예")) == []
    if desk.engine.dialect.name == "sqlite":
        assert complaints._has_fts()
    else:
        names = {i["name"] for i in inspect(desk.engine).get_indexes("complaint")}
        assert {"ix_complaint_title_trgm", "ix_complaint_content_trgm",
                "ix_complaint_citizen_name_trgm"} <= names


def test_the_trigram_index_finds_exactly_what_like_finds(services: Services) -> None:
    from tests.benchmarks.bench_complaints import VOCABULARY, fill

    fill(services, count=400)
    indexed = services.complaints
    plain = ComplaintService(services.uow, services.calendar, indexed.attachments_dir,
                             services.clock)
    plain._fts = False
    assert indexed._has_fts()
    hits = 0
    for text in ("접근성개선", "성개선", "김민준", "대관 심사결과", "없는말입니다",
                 *VOCABULARY[::97]):
        wanted = ComplaintFilter(scope=ListScope.ALL, text=text)
        found = indexed.list_ids(wanted)
        assert found == plain.list_ids(wanted), text
        hits += len(found)
    assert hits > 100


# --- the answer's real name (issue 15) -----------------------------------------------------------


def test_a_member_of_staff_answers_in_their_own_name(
    desk: Services, complaints: ComplaintService
) -> None:
    complaint_id = in_progress(complaints, desk)
    colleague, answerer = staff(desk, 0), staff(desk, 1)
    signed_in = Actor(f"staff:{answerer.id}", answerer.id, answerer.name,
                      frozenset({Role.STAFF}))
    with pytest.raises(ValidationError) as refused:
        complaints.answer(complaint_id, "답변", "letter", None, colleague.id, actor=signed_in)
    assert refused.value.field_errors["responder_id"].key == "complaint.answer_in_own_name"
    complaints.answer(complaint_id, "답변", "letter", None, answerer.id, actor=signed_in)
    assert events(desk, complaint_id)[-1].target_id == answerer.id


def test_a_team_lead_records_a_colleague_s_answer_and_both_are_named(
    desk: Services, complaints: ComplaintService
) -> None:
    complaint_id = in_progress(complaints, desk)
    colleague, lead = staff(desk, 0), staff(desk, 1)
    acting_lead = Actor(f"staff:{lead.id}", lead.id, lead.name, frozenset({Role.LEAD}))
    complaints.answer(complaint_id, "답변", "letter", None, colleague.id, actor=acting_lead)
    answered = events(desk, complaint_id)[-1]
    assert (answered.actor_name, answered.target_id) == (lead.name, colleague.id)
