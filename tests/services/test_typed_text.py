"""Hostile text into every typed field of every service write, on SQLite and PostgreSQL.

Each field gets NUL, other C0/C1 control characters, Hangul typed as separate jamo
(NFD) and text over its limit. The write either refuses with a ValidationError naming
the field, or stores exactly the cleaned text; a driver error (PostgreSQL refuses NUL
and over-long varchar) is never an answer.
"""

from __future__ import annotations

import csv
import itertools
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.directory import Presence, StaffDraft
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.memos import MemoDraft
from arco_desk.domain.outbound_visits import OutboundVisitDraft
from arco_desk.domain.reception import (
    AppointmentDraft,
    VisitorDraft,
    VisitRecordDraft,
    WalkInDraft,
)
from arco_desk.domain.text import RULES, TextKind
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.store.models import (
    Appointment,
    CalendarOverride,
    Complaint,
    ComplaintEvent,
    Department,
    MemoReason,
    OutboundVisit,
    PhoneMemo,
    PhoneMemoEvent,
    Setting,
    Staff,
    TransferLog,
    Visit,
    Visitor,
)
from tests.actors import DESK, acting
from tests.conftest import FIXED_NOW, PostgresServer, fixed_clock
from tests.signed_in import open_signed_in
from tests.words import korean

Reader = Callable[[Session], str]
Write = Callable[[Services, str], Reader]

_serial = itertools.count(1)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def desk(request: pytest.FixtureRequest,
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """One demo agency per database for the whole module: every write adds its own rows."""
    url = None
    if request.param == "postgresql":
        server: PostgresServer = request.getfixturevalue("pg_server")
        url = server.create_database()
    services = open_signed_in(tmp_path_factory.mktemp("typed-text"), url, clock=fixed_clock)
    fill_directory(services.uow, FIXED_NOW)
    yield services
    services.close()


def _unique(text: str) -> str:
    return f"{text}{next(_serial)}"


# --- what each write stores where -------------------------------------------------------------


def _column(model: type, column: str, row_id: int) -> Reader:
    return lambda session: str(getattr(session.get(model, row_id), column))


def _event_detail(model: type, owner: str, owner_id: int, kind: str) -> Reader:
    def read(session: Session) -> str:
        owner_column = getattr(model, owner)
        return str(session.scalars(
            select(model.detail).where(owner_column == owner_id, model.kind == kind)  # type: ignore[attr-defined]
            .order_by(model.id.desc())).first())  # type: ignore[attr-defined]
    return read


def _staff(services: Services, index: int = 0) -> int:
    with services.uow.read() as session:
        ids = session.scalars(select(Staff.id).where(Staff.active.is_(True), Staff.presence == "in")
                              .order_by(Staff.id)).all()
    return ids[index]


def _memo(services: Services, **fields: str) -> int:
    values: dict[str, object] = dict(caller_name="홍길동", caller_phone="010-1234-5678",
                                     called_at=FIXED_NOW, message="회신 바랍니다",
                                     target_staff_id=_staff(services))
    values.update(fields)
    return services.memos.record(MemoDraft(**values), actor=DESK).id  # type: ignore[arg-type]


def _memo_field(field: str) -> Write:
    def write(services: Services, value: str) -> Reader:
        return _column(PhoneMemo, field, _memo(services, **{field: value}))
    return write


def _called_back(services: Services, value: str) -> Reader:
    memo_id = _memo(services)
    services.memos.called_back(memo_id, value, actor=acting(services, _staff(services)))
    return _column(PhoneMemo, "outcome", memo_id)


def _forwarded(services: Services, value: str) -> Reader:
    memo_id = _memo(services)
    services.memos.forward(memo_id, _staff(services, 1), value,
                           actor=acting(services, _staff(services)))
    return _event_detail(PhoneMemoEvent, "memo_id", memo_id, "forwarded")


def _memo_reason(field: str) -> Write:
    def write(services: Services, value: str) -> Reader:
        labels = {"label_ko": _unique("자료 요청"), "label_en": "Documents"} | {field: value}
        return _column(MemoReason, field, services.memos.add_reason(**labels, actor=DESK).id)
    return write


def _transfer(services: Services, value: str) -> Reader:
    return _column(TransferLog, "caller_name", services.memos.log_transfer(_staff(services),
                                                                            value, actor=DESK).id)


def _greeting(services: Services, value: str) -> Reader:
    services.memos.save_desk_settings(greeting=value, actor=DESK)
    return lambda session: str(session.get(Setting, "greeting_script").value)  # type: ignore[union-attr]


def _complaint(services: Services, **fields: str) -> int:
    values: dict[str, object] = dict(
        channel="letter", kind_code="petition", citizen_name="홍길동",
        citizen_phone="010-1234-5678", citizen_address="서울 종로구 대학로 57",
        title="공연장 소음 민원", content="저녁 공연 때 소음이 심합니다.")
    values.update(fields)
    return services.complaints.register(ComplaintDraft(**values),  # type: ignore[arg-type]
                                        assignee_id=_staff(services), actor=DESK)


def _complaint_field(field: str) -> Write:
    def write(services: Services, value: str) -> Reader:
        return _column(Complaint, field, _complaint(services, **{field: value}))
    return write


def _complaint_step(kind: str, step: Callable[[Services, int, str], None]) -> Write:
    def write(services: Services, value: str) -> Reader:
        complaint_id = _complaint(services)
        step(services, complaint_id, value)
        return _event_detail(ComplaintEvent, "complaint_id", complaint_id, kind)
    return write


def _reassign(services: Services, complaint_id: int, value: str) -> None:
    services.complaints.reassign(complaint_id, _staff(services, 1), None, value, actor=DESK)


def _pause(services: Services, complaint_id: int, value: str) -> None:
    services.complaints.pause(complaint_id, value, actor=DESK)


def _resume(services: Services, complaint_id: int, value: str) -> None:
    services.complaints.pause(complaint_id, "주민등록등본 보완", actor=DESK)
    services.complaints.resume(complaint_id, value, actor=DESK)


def _delay(services: Services, complaint_id: int, value: str) -> None:
    terms = services.complaints.delay_notice_terms(complaint_id)
    services.complaints.delay_notice(complaint_id, value, terms.limit, "phone", actor=DESK)


def _answer(services: Services, complaint_id: int, value: str) -> None:
    services.complaints.start(complaint_id, actor=DESK)
    services.complaints.answer(complaint_id, value, "letter", None, _staff(services), actor=DESK)


def _follow_up(services: Services, complaint_id: int, value: str) -> None:
    _answer(services, complaint_id, "답변 드립니다.")
    services.complaints.follow_up(complaint_id, "no_further_questions", value, actor=DESK)


def _close(services: Services, complaint_id: int, value: str) -> None:
    _follow_up(services, complaint_id, "")
    services.complaints.close(complaint_id, value, actor=DESK)


_Draft = TypeVar("_Draft")


def _with(draft: _Draft, field: str, value: str) -> _Draft:
    """``draft`` (a fresh, mutable form draft) with ``value`` typed into ``field``."""
    if field:
        setattr(draft, field, value)
    return draft


def _visitor(field: str = "", value: str = "") -> VisitorDraft:
    return _with(VisitorDraft("홍길동", "서울문화재단", "010-1234-5678"), field, value)


def _book(services: Services, visitor: VisitorDraft | None = None, field: str = "",
          value: str = "") -> int:
    starts = FIXED_NOW + timedelta(hours=1)
    draft = AppointmentDraft(
        visitor=visitor or _visitor(), host_id=_staff(services), starts_at=starts,
        ends_at=starts + timedelta(hours=1), purpose="공모사업 상담", place="3층 소회의실",
        notes="주차 1대")
    return services.reception.book(_with(draft, field, value), actor=DESK)


def _booked_visitor(field: str) -> Write:
    def write(services: Services, value: str) -> Reader:
        appointment_id = _book(services, _visitor(field, value))
        with services.uow.read() as session:
            appointment = session.get(Appointment, appointment_id)
            assert appointment is not None
            return _column(Visitor, field, appointment.visitor_id)
    return write


def _appointment_field(field: str) -> Write:
    def write(services: Services, value: str) -> Reader:
        return _column(Appointment, field, _book(services, None, field, value))
    return write


def _walk_in(services: Services, visitor: VisitorDraft | None = None, field: str = "",
             value: str = "") -> int:
    draft = WalkInDraft(visitor=visitor or _visitor(), host_id=_staff(services),
                        purpose="자료 문의")
    return services.reception.register_walk_in(_with(draft, field, value), actor=DESK).visit_id


def _walk_in_visitor(field: str) -> Write:
    def write(services: Services, value: str) -> Reader:
        visit_id = _walk_in(services, _visitor(field, value))
        with services.uow.read() as session:
            visit = session.get(Visit, visit_id)
            assert visit is not None
            return _column(Visitor, field, visit.visitor_id)
    return write


def _walk_in_field(field: str) -> Write:
    def write(services: Services, value: str) -> Reader:
        return _column(Visit, field, _walk_in(services, None, field, value))
    return write


def _check_in_pass(services: Services, value: str) -> Reader:
    result = services.reception.check_in(_book(services), pass_number=value, actor=DESK)
    return _column(Visit, "pass_number", result.visit_id)


def _visit_record(field: str) -> Write:
    def write(services: Services, value: str) -> Reader:
        visit_id = _walk_in(services)
        services.reception.save_record(
            visit_id, _with(VisitRecordDraft(purpose="자료 문의"), field, value), actor=DESK)
        return _column(Visit, field, visit_id)
    return write


def _hand_out_pass(services: Services, value: str) -> Reader:
    visit_id = _walk_in(services)
    services.reception.hand_out_pass(visit_id, value, actor=DESK)
    return _column(Visit, "pass_number", visit_id)


def _outbound(services: Services, **fields: str) -> int:
    values: dict[str, object] = dict(customer_name="김고객", customer_org="대학로극장",
                                     customer_phone="010-1234-5678", purpose="공연장 점검",
                                     staff_id=_staff(services), visit_date=date(2026, 11, 27))
    values.update(fields)
    return services.reception.outbound.book(OutboundVisitDraft(**values), actor=DESK)  # type: ignore[arg-type]


def _outbound_field(field: str) -> Write:
    def write(services: Services, value: str) -> Reader:
        return _column(OutboundVisit, field, _outbound(services, **{field: value}))
    return write


def _outbound_call(services: Services, value: str) -> Reader:
    visit_id = _outbound(services)
    services.reception.outbound.record_call(visit_id, value, actor=DESK)
    return _column(OutboundVisit, "call_note", visit_id)


def _staff_field(field: str) -> Write:
    def write(services: Services, value: str) -> Reader:
        department_id = services.directory.departments()[0].id
        draft = _with(StaffDraft(name="신입직원", department_id=department_id), field, value)
        return _column(Staff, field, services.directory.create_staff(draft, actor=DESK).id)
    return write


def _department_field(field: str) -> Write:
    def write(services: Services, value: str) -> Reader:
        values = {"name": _unique("신설부"), "floor": "3층", "main_phone": "02-760-4500"}
        values[field] = value
        return _column(Department, field, services.directory.add_department(**values, actor=DESK))
    return write


def _presence_note(services: Services, value: str) -> Reader:
    staff_id = _staff(services)
    services.directory.set_presence(staff_id, Presence.AWAY, FIXED_NOW + timedelta(hours=1),
                                    value, actor=DESK)
    return _column(Staff, "presence_note", staff_id)


def _calendar_reason(services: Services, value: str) -> Reader:
    day = services.calendar.business_calendar().working_day_after(date(2026, 12, 1),
                                                                  next(_serial))
    record = services.calendar.add_override(day, "closure", value, actor=DESK)
    return _column(CalendarOverride, "reason", record.id)


# --- the fields -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """A typed field: how to write ``base`` into it and what is stored for ``base``."""

    name: str
    error: str  # the key of the field in a ValidationError
    kind: TextKind | None
    base: str
    write: Write
    stored: str = ""  # what ``base`` is stored as, when not as typed
    limit: int = 0  # for a field without a kind
    unique: bool = False  # the stored value must differ from every earlier one

    @property
    def max_length(self) -> int:
        return RULES[self.kind].limit if self.kind is not None else self.limit


PHONE = "02-760-4500 내선 123"
PHONE_STORED = "02-760-4500 (내선 123)"

FIELDS = [
    Field("memo.caller_name", "caller_name", TextKind.PERSON_NAME, "홍길동",
          _memo_field("caller_name")),
    Field("memo.caller_org", "caller_org", TextKind.ORGANISATION, "서울문화재단",
          _memo_field("caller_org")),
    Field("memo.caller_phone", "caller_phone", TextKind.PHONE, PHONE,
          _memo_field("caller_phone"), PHONE_STORED),
    Field("memo.caller_email", "caller_email", TextKind.EMAIL, "kim@example.com",
          _memo_field("caller_email")),
    Field("memo.message", "message", TextKind.FREE_TEXT, "회신 바랍니다\n내일 오전",
          _memo_field("message")),
    Field("memo.outcome", "outcome", TextKind.FREE_TEXT, "일정 안내함", _called_back),
    Field("memo.forward_reason", "reason", TextKind.SHORT_LINE, "담당 업무가 아님", _forwarded),
    Field("memo_reason.label_ko", "label_ko", TextKind.LABEL, "자료 요청",
          _memo_reason("label_ko"), unique=True),
    Field("memo_reason.label_en", "label_en", TextKind.LABEL, "문서 요청",
          _memo_reason("label_en")),
    Field("transfer.caller_name", "caller_name", TextKind.PERSON_NAME, "홍길동", _transfer),
    Field("settings.greeting", "greeting_script", None, "안녕하십니까 {agency} {name}입니다",
          _greeting, limit=300),
    Field("complaint.citizen_name", "citizen_name", TextKind.PERSON_NAME, "홍길동",
          _complaint_field("citizen_name")),
    Field("complaint.citizen_phone", "citizen_phone", TextKind.PHONE, PHONE,
          _complaint_field("citizen_phone"), PHONE_STORED),
    Field("complaint.citizen_email", "citizen_email", TextKind.EMAIL, "kim@example.com",
          _complaint_field("citizen_email")),
    Field("complaint.citizen_address", "citizen_address", TextKind.SHORT_LINE,
          "서울 종로구 대학로 57", _complaint_field("citizen_address")),
    Field("complaint.title", "title", TextKind.SHORT_LINE, "공연장 소음 민원",
          _complaint_field("title")),
    Field("complaint.content", "content", TextKind.LONG_TEXT, "소음이 심합니다.\n대책을 주세요.",
          _complaint_field("content")),
    Field("complaint.reassign_reason", "reason", TextKind.SHORT_LINE, "업무 조정",
          _complaint_step("reassigned", _reassign)),
    Field("complaint.pause_request", "request", TextKind.FREE_TEXT, "주민등록등본 보완",
          _complaint_step("pause", _pause)),
    Field("complaint.resume_note", "note", TextKind.FREE_TEXT, "등본 도착",
          _complaint_step("resumed", _resume)),
    Field("complaint.delay_reason", "reason", TextKind.FREE_TEXT, "현장 확인 필요",
          _complaint_step("delay_notice", _delay)),
    Field("complaint.answer", "text", TextKind.LONG_TEXT, "답변 드립니다.\n감사합니다.",
          _complaint_step("answered", _answer)),
    Field("complaint.follow_up_note", "note", TextKind.FREE_TEXT, "추가 문의 없음",
          _complaint_step("follow_up", _follow_up)),
    Field("complaint.close_note", "note", TextKind.FREE_TEXT, "종결 처리",
          _complaint_step("closed", _close)),
    Field("appointment.visitor_name", "name", TextKind.PERSON_NAME, "홍길동",
          _booked_visitor("name")),
    Field("appointment.visitor_organisation", "organisation", TextKind.ORGANISATION,
          "서울문화재단", _booked_visitor("organisation")),
    Field("appointment.visitor_phone", "phone", TextKind.PHONE, PHONE, _booked_visitor("phone"),
          PHONE_STORED),
    Field("appointment.purpose", "purpose", TextKind.SHORT_LINE, "공모사업 상담",
          _appointment_field("purpose")),
    Field("appointment.place", "place", TextKind.LABEL, "3층 소회의실",
          _appointment_field("place")),
    Field("appointment.notes", "notes", TextKind.FREE_TEXT, "주차 1대\n휠체어",
          _appointment_field("notes")),
    Field("walk_in.visitor_name", "name", TextKind.PERSON_NAME, "홍길동",
          _walk_in_visitor("name")),
    Field("walk_in.purpose", "purpose", TextKind.SHORT_LINE, "자료 문의",
          _walk_in_field("purpose")),
    Field("walk_in.pass_number", "pass_number", TextKind.CODE, "가12",
          _walk_in_field("pass_number"), unique=True),
    Field("check_in.pass_number", "pass_number", TextKind.CODE, "가13", _check_in_pass,
          unique=True),
    Field("visit.purpose", "purpose", TextKind.SHORT_LINE, "자료 문의", _visit_record("purpose")),
    Field("visit.requests", "requests", TextKind.FREE_TEXT, "자료 송부\n요청",
          _visit_record("requests")),
    Field("visit.outcome", "outcome", TextKind.FREE_TEXT, "메일 발송 예정",
          _visit_record("outcome")),
    Field("visit.pass_out", "pass_number", TextKind.CODE, "나7", _hand_out_pass, unique=True),
    Field("outbound.customer_name", "customer_name", TextKind.PERSON_NAME, "김고객",
          _outbound_field("customer_name")),
    Field("outbound.customer_org", "customer_org", TextKind.ORGANISATION, "대학로극장",
          _outbound_field("customer_org")),
    Field("outbound.customer_phone", "customer_phone", TextKind.PHONE, PHONE,
          _outbound_field("customer_phone"), PHONE_STORED),
    Field("outbound.purpose", "purpose", TextKind.SHORT_LINE, "공연장 점검",
          _outbound_field("purpose")),
    Field("outbound.call_note", "note", TextKind.FREE_TEXT, "통화 완료\n일정 확인",
          _outbound_call),
    *(Field(f"staff.{name}", name, kind, base, _staff_field(name), stored)
      for name, kind, base, stored in (
          ("name", TextKind.PERSON_NAME, "신입직원", ""),
          ("position", TextKind.LABEL, "주임", ""),
          ("duties", TextKind.FREE_TEXT, "민원 안내, 정보공개", ""),
          ("extension", TextKind.CODE, "2199", ""),
          ("direct_line", TextKind.PHONE, PHONE, PHONE_STORED),
          ("email", TextKind.EMAIL, "new@arko.or.kr", ""),
          ("floor", TextKind.CODE, "3층", ""),
          ("room", TextKind.LABEL, "301호", ""),
          ("seat", TextKind.LABEL, "창가 두번째", ""),
      )),
    Field("staff.presence_note", "note", TextKind.SHORT_LINE, "외부 회의", _presence_note),
    Field("department.name", "name", TextKind.LABEL, "신설부", _department_field("name"),
          unique=True),
    Field("department.floor", "floor", TextKind.CODE, "3층", _department_field("floor")),
    Field("department.main_phone", "main_phone", TextKind.PHONE, PHONE,
          _department_field("main_phone"), PHONE_STORED),
    Field("calendar.reason", "reason", TextKind.SHORT_LINE, "창립기념일", _calendar_reason),
]

# The hostile variants of a field's base text.
C0_C1 = "\x01\x07\x1b\x7f\x80\x9b\x9f"


def _variants(field: Field, base: str) -> dict[str, str]:
    return {
        "nul": base[:1] + "\x00" + base[1:] + "\x00",
        "controls": C0_C1 + base[:1] + C0_C1 + base[1:] + C0_C1,
        "nfd_hangul": unicodedata.normalize("NFD", base),
        "over_long": base + "가" * field.max_length,
    }


CASES = [
    pytest.param(field, variant, id=f"{field.name}-{variant}")
    for field in FIELDS
    for variant in ("nul", "controls", "nfd_hangul", "over_long")
]


@pytest.mark.parametrize(("field", "variant"), CASES)
def test_hostile_text_is_refused_by_field_or_stored_clean(
    desk: Services, field: Field, variant: str
) -> None:
    base = _unique(field.base) if field.unique else field.base
    typed = _variants(field, base)[variant]
    assert unicodedata.is_normalized("NFC", base)
    try:
        read = field.write(desk, typed)
    except ValidationError as refusal:
        assert field.error in refusal.field_errors, refusal.field_errors
        if variant == "over_long":
            assert f"{field.max_length:,}" in korean(refusal.field_errors[field.error])
        return
    assert variant != "over_long", f"{field.name}: {len(typed)} characters were stored"
    with desk.uow.read() as session:
        assert read(session) == (field.stored or base)


def test_an_nfd_name_counts_its_syllables_not_its_jamo(desk: Services) -> None:
    typed = unicodedata.normalize("NFD", "한" * 40)  # 120 jamo, 40 syllables
    memo_id = _memo(desk, caller_name=typed)
    with desk.uow.read() as session:
        assert session.get(PhoneMemo, memo_id).caller_name == "한" * 40  # type: ignore[union-attr]


# --- the staff import ---------------------------------------------------------------------------

IMPORT_COLUMNS = {"name": "이름", "position": "직위", "duties": "담당업무", "extension": "내선",
                  "direct_line": "직통번호", "email": "이메일", "floor": "층", "room": "호실",
                  "seat": "좌석"}
IMPORT_FIELDS = [f for f in FIELDS if f.name.startswith("staff.") and f.error in IMPORT_COLUMNS]


@pytest.mark.parametrize("variant", ["nul", "controls", "nfd_hangul", "over_long"])
@pytest.mark.parametrize("field", IMPORT_FIELDS, ids=lambda f: f.name)
def test_a_hostile_csv_field_is_a_bad_row_or_imported_clean(
    desk: Services, tmp_path: Path, field: Field, variant: str
) -> None:
    department = desk.directory.departments()[0].name
    base = _unique(field.base) if field.error in ("name", "email") else field.base
    values = {"name": _unique("신입직원")} | {field.error: _variants(field, base)[variant]}
    path = tmp_path / "staff.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["부서", *(IMPORT_COLUMNS[k] for k in values)])
        writer.writerow([department, *values.values()])
        writer.writerow([department, _unique("둘째직원")])
    preview = desk.staff_import.preview(path)
    assert len(preview.rows) == 2 and preview.rows[1].ok
    row = preview.rows[0]
    result = desk.staff_import.commit(preview, actor=DESK)
    if not row.ok:
        assert row.line == 2
        assert any(korean(error).startswith(IMPORT_COLUMNS[field.error])
                   for error in row.errors)
        assert result.inserted == 1
        return
    assert variant != "over_long"
    assert result.inserted == 2
    with desk.uow.read() as session:
        name = values["name"] if field.error != "name" else base
        stored = session.scalars(select(getattr(Staff, field.error))
                                 .where(Staff.name == name)).one()
    assert stored == (field.stored or base)
