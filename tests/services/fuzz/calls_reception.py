"""방문 접수: the day's timeline and its search, visitor lookups, bookings, walk-ins, the
visit record, passes, check-in and check-out; outbound visits; the retention period."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from hypothesis import strategies as st

from arco_desk.domain.dates import in_seoul
from arco_desk.domain.outbound_visits import (
    OutboundVisitDraft,
    validate_call_note,
    validate_outbound_visit,
)
from arco_desk.domain.reception import (
    AppointmentDraft,
    VisitorDraft,
    VisitRecordDraft,
    WalkInDraft,
    validate_appointment,
    validate_pass_number,
    validate_visit_record,
    validate_walk_in,
)
from arco_desk.domain.text import TextKind
from arco_desk.domain.visitor_privacy import PurgeMethod, parse_retention_days
from arco_desk.services.visitor_privacy import RETENTION_KEY
from arco_desk.store.models import Appointment, OutboundVisit, Setting, Visit, Visitor
from tests.actors import DESK
from tests.conftest import FIXED_NOW
from tests.services.fuzz.calls_directory import staff
from tests.services.fuzz.harness import Call, Desk, Ref, pairs, row, within_range
from tests.services.fuzz.inputs import (
    Field,
    choice,
    dates,
    form,
    hostile_text,
    moments,
    numbers,
    numeric_text,
    search_text,
    typed,
)

VISITOR: dict[str, Field] = {
    "name": ("홍길동", typed(TextKind.PERSON_NAME)),
    "organisation": ("서울문화재단", typed(TextKind.ORGANISATION)),
    "phone": ("010-1234-5678", typed(TextKind.PHONE))}


def _visitor(a: dict[str, Any]) -> VisitorDraft:
    return VisitorDraft(a["name"], a["organisation"], a["phone"])


def _timeline(desk: Desk, a: dict[str, Any]) -> object:
    reception = desk.services.reception
    if a["rows"]:
        return reception.timeline(a["day"])
    return reception.timeline_ids(a["day"], a["text"])


TIMELINE = Call(
    "reception.timeline", ("reception.timeline_ids", "reception.timeline"),
    st.fixed_dictionaries({"day": dates, "text": search_text(), "rows": st.booleans()}),
    _timeline, examples=500)


def _day_lists(desk: Desk, a: dict[str, Any]) -> object:
    reception = desk.services.reception
    if a["alerts"]:
        return reception.preparation_alerts(a["day"])
    return reception.still_inside(a["day"])


DAY_LISTS = Call(
    "reception.day_lists", ("reception.still_inside", "reception.preparation_alerts"),
    st.fixed_dictionaries({"day": dates, "alerts": st.booleans()}), _day_lists, examples=300)

FIND_VISITORS = Call(
    "reception.find_visitors", ("reception.find_visitors",),
    st.fixed_dictionaries({"name": search_text(), "phone": typed(TextKind.PHONE)}),
    lambda desk, a: desk.services.reception.find_visitors(a["name"], a["phone"]),
    examples=400)

bookings = form(VISITOR | {
    "host_id": (Ref("staff"), st.one_of(staff, st.none())),
    "starts_at": (FIXED_NOW + timedelta(hours=1), st.one_of(moments, st.none())),
    "minutes": (60, st.one_of(st.integers(-30, 11 * 60), st.sampled_from([0, 1, 600, 601,
                                                                          10**6]))),
    "companions": (0, numbers), "purpose": ("공모사업 상담", typed(TextKind.SHORT_LINE)),
    "place": ("3층 소회의실", typed(TextKind.LABEL)),
    "notes": ("주차 1대", typed(TextKind.FREE_TEXT))})


def _booking(desk: Desk, a: dict[str, Any]) -> AppointmentDraft:
    starts = a["starts_at"]
    try:
        ends = starts + timedelta(minutes=a["minutes"]) if starts is not None else None
    except OverflowError:
        ends = starts
    return AppointmentDraft(
        _visitor(a), host_id=desk.id(a["host_id"]), starts_at=starts, ends_at=ends,
        companions=a["companions"], purpose=a["purpose"], place=a["place"], notes=a["notes"])


def _booking_stored(desk: Desk, a: dict[str, Any], appointment_id: object) -> list[Any]:
    clean = validate_appointment(_booking(desk, a), FIXED_NOW - timedelta(days=1))
    names = ("starts_at", "duration_min", "companions", "purpose", "place", "notes")
    with desk.read() as session:
        stored = row(session, Appointment, appointment_id, *names, "visitor_id")
        visitor = row(session, Visitor, stored[-1], "name", "phone", "organisation")
    expected = (in_seoul(clean.starts_at), clean.duration_min, clean.companions, clean.purpose,
                clean.place, clean.notes, clean.visitor.name, clean.visitor.phone)
    found = [*pairs((*names, "visitor.name", "visitor.phone"), expected,
                    (*stored[:-1], *visitor[:2])), within_range("starts_at", stored[0])]
    if clean.visitor.organisation:  # an empty one keeps the returning visitor's
        found.append(("visitor.organisation", clean.visitor.organisation, visitor[2]))
    return found


BOOK = Call(
    "reception.book", ("reception.book",), bookings,
    lambda desk, a: desk.services.reception.book(_booking(desk, a), actor=DESK),
    examples=350, stored=_booking_stored)


def _update(desk: Desk, a: dict[str, Any]) -> int:
    appointment = desk.refs.appointment
    desk.services.reception.update_appointment(appointment, _booking(desk, a), actor=DESK)
    return appointment


UPDATE_APPOINTMENT = Call(
    "reception.update_appointment", ("reception.update_appointment",), bookings, _update,
    examples=250, stored=_booking_stored)

walk_ins = form(VISITOR | {
    "host_id": (Ref("staff"), st.one_of(staff, st.none())),
    "purpose": ("자료 문의", typed(TextKind.SHORT_LINE)),
    "pass_number": ("", typed(TextKind.CODE)), "id_checked": (False, st.booleans())})


def _walk_in(desk: Desk, a: dict[str, Any]) -> int:
    return desk.services.reception.register_walk_in(WalkInDraft(
        _visitor(a), desk.id(a["host_id"]), a["purpose"], a["pass_number"],
        a["id_checked"]), actor=DESK).visit_id


def _walk_in_stored(desk: Desk, a: dict[str, Any], visit_id: object) -> list[Any]:
    visitor, _, purpose, number = validate_walk_in(WalkInDraft(
        _visitor(a), desk.id(a["host_id"]), a["purpose"], a["pass_number"]))
    with desk.read() as session:
        stored = row(session, Visit, visit_id, "purpose", "pass_number", "visitor_id")
        person = row(session, Visitor, stored[-1], "name", "phone")
    return pairs(("purpose", "pass_number", "visitor.name", "visitor.phone"),
                 (purpose, number, visitor.name, visitor.phone), (*stored[:-1], *person))


WALK_IN = Call(
    "reception.register_walk_in", ("reception.register_walk_in",), walk_ins, _walk_in,
    examples=300, stored=_walk_in_stored)


def _check_in(desk: Desk, a: dict[str, Any]) -> int:
    reception = desk.services.reception
    starts = FIXED_NOW + timedelta(hours=1)
    booked = reception.book(AppointmentDraft(
        VisitorDraft("체크인", "", "010-3333-4444"), host_id=desk.refs.staff[0],
        starts_at=starts, ends_at=starts + timedelta(hours=1)), actor=DESK)
    return reception.check_in(booked, a["pass_number"], a["id_checked"], actor=DESK).visit_id


def _check_in_stored(desk: Desk, a: dict[str, Any], visit_id: object) -> list[Any]:
    with desk.read() as session:
        return pairs(("pass_number",), (validate_pass_number(a["pass_number"], required=False),),
                     row(session, Visit, visit_id, "pass_number"))


CHECK_IN = Call(
    "reception.check_in", ("reception.check_in",),
    st.fixed_dictionaries({"pass_number": typed(TextKind.CODE), "id_checked": st.booleans()}),
    _check_in, examples=120, stored=_check_in_stored)

records = form({
    "purpose": ("자료 문의", typed(TextKind.SHORT_LINE)),
    "requests": ("자료 송부\n요청", typed(TextKind.FREE_TEXT)),
    "outcome": ("메일 발송 예정", typed(TextKind.FREE_TEXT)),
    "follow_up_owner_id": (None, st.one_of(st.none(), staff))})


def _record_draft(desk: Desk, a: dict[str, Any]) -> VisitRecordDraft:
    return VisitRecordDraft(a["purpose"], a["requests"], a["outcome"],
                            desk.id(a["follow_up_owner_id"]))


def _save_record(desk: Desk, a: dict[str, Any]) -> int:
    desk.services.reception.save_record(desk.refs.visit, _record_draft(desk, a), actor=DESK)
    return desk.refs.visit


def _record_stored(desk: Desk, a: dict[str, Any], visit_id: object) -> list[Any]:
    clean = validate_visit_record(_record_draft(desk, a))
    names = ("purpose", "requests", "outcome", "follow_up_owner_id")
    with desk.read() as session:
        return pairs(names, (getattr(clean, name) for name in names),
                     row(session, Visit, visit_id, *names))


SAVE_RECORD = Call(
    "reception.save_record", ("reception.save_record",), records, _save_record,
    examples=300, stored=_record_stored)


def _hand_out(desk: Desk, a: dict[str, Any]) -> int:
    reception = desk.services.reception
    reception.hand_out_pass(desk.refs.visit, a["number"], actor=DESK)
    reception.return_pass(desk.refs.visit, actor=DESK)  # ready for the next number
    return desk.refs.visit


def _pass_stored(desk: Desk, a: dict[str, Any], visit_id: object) -> list[Any]:
    with desk.read() as session:
        return pairs(("pass_number",), (validate_pass_number(a["number"]),),
                     row(session, Visit, visit_id, "pass_number"))


HAND_OUT_PASS = Call(
    "reception.hand_out_pass", ("reception.hand_out_pass", "reception.return_pass"),
    st.fixed_dictionaries({"number": typed(TextKind.CODE)}), _hand_out, examples=250,
    stored=_pass_stored)


def _check_out(desk: Desk, a: dict[str, Any]) -> int:
    reception = desk.services.reception
    if a["booked"]:
        starts = FIXED_NOW + timedelta(minutes=30)
        booked = reception.book(AppointmentDraft(
            VisitorDraft("퇴실", "", "010-5555-6666"), host_id=desk.refs.staff[1],
            starts_at=starts, ends_at=starts + timedelta(hours=1)), actor=DESK)
        visit = reception.check_in(booked, actor=DESK).visit_id
        reception.check_out_appointment(booked, a["left_at"], a["pass_returned"], actor=DESK)
        return visit
    visit = reception.register_walk_in(WalkInDraft(
        VisitorDraft("퇴실", "", "010-5555-6666"), desk.refs.staff[1], "자료 문의"),
        actor=DESK).visit_id
    if a["received"]:
        reception.record_received(visit, desk.id(a["received_by"]), actor=DESK)
    reception.check_out(visit, a["left_at"], a["pass_returned"], actor=DESK)
    return visit


def _left_stored(desk: Desk, a: dict[str, Any], visit_id: object) -> list[Any]:
    left_at = FIXED_NOW if a["left_at"] is None else in_seoul(a["left_at"])
    with desk.read() as session:
        stored = row(session, Visit, visit_id, "left_at")
    return [*pairs(("left_at",), (left_at,), stored), within_range("left_at", stored[0])]


CHECK_OUT = Call(
    "reception.check_out", ("reception.check_out", "reception.check_out_appointment",
                            "reception.record_received"),
    st.fixed_dictionaries({"left_at": st.one_of(st.none(), moments),
                           "pass_returned": st.booleans(), "booked": st.booleans(),
                           "received": st.booleans(),
                           "received_by": st.one_of(st.none(), staff)}),
    _check_out, examples=120, stored=_left_stored)

outbound_drafts = form({
    "customer_name": ("김고객", typed(TextKind.PERSON_NAME)),
    "customer_org": ("대학로극장", typed(TextKind.ORGANISATION)),
    "customer_phone": ("010-1234-5678", typed(TextKind.PHONE)),
    "purpose": ("공연장 점검", typed(TextKind.SHORT_LINE)),
    "staff_id": (Ref("staff"), st.one_of(st.none(), staff)),
    "visit_date": (FIXED_NOW.date() + timedelta(days=3), st.one_of(st.none(), dates))})


def _outbound(desk: Desk, a: dict[str, Any]) -> OutboundVisitDraft:
    return OutboundVisitDraft(**{**a, "staff_id": desk.id(a["staff_id"])})


def _outbound_stored(desk: Desk, a: dict[str, Any], visit_id: object) -> list[Any]:
    clean = validate_outbound_visit(_outbound(desk, a), FIXED_NOW.date())
    names = ("customer_name", "customer_org", "customer_phone", "purpose", "visit_date")
    with desk.read() as session:
        stored = row(session, OutboundVisit, visit_id, *names)
    return [*pairs(names, (getattr(clean, name) for name in names), stored),
            within_range("visit_date", stored[-1])]


BOOK_OUTBOUND = Call(
    "outbound.book", ("reception.outbound.book",), outbound_drafts,
    lambda desk, a: desk.services.reception.outbound.book(_outbound(desk, a), actor=DESK),
    examples=300, stored=_outbound_stored)


def _record_call(desk: Desk, a: dict[str, Any]) -> int:
    outbound = desk.services.reception.outbound
    visit = outbound.book(OutboundVisitDraft(
        "김고객", "", "010-1234-5678", "공연장 점검", desk.refs.staff[2],
        FIXED_NOW.date() + timedelta(days=3)), actor=DESK)
    outbound.record_call(visit, a["note"], actor=DESK)
    return visit


def _call_stored(desk: Desk, a: dict[str, Any], visit_id: object) -> list[Any]:
    with desk.read() as session:
        return pairs(("call_note",), (validate_call_note(a["note"]),),
                     row(session, OutboundVisit, visit_id, "call_note"))


RECORD_CALL = Call(
    "outbound.record_call", ("reception.outbound.record_call",),
    st.fixed_dictionaries({"note": typed(TextKind.FREE_TEXT)}), _record_call,
    examples=100, stored=_call_stored)

CALL_DUE = Call(
    "outbound.call_due", ("reception.outbound.call_due",), dates,
    lambda desk, day: desk.services.reception.outbound.call_due(day), examples=250)


def _retention_stored(desk: Desk, days: object, answer: object) -> list[Any]:
    with desk.read() as session:
        return pairs(("visitor_retention_days",), (str(parse_retention_days(days)),),  # type: ignore[arg-type]
                     row(session, Setting, RETENTION_KEY, "value"))


RETENTION = Call(
    "privacy.set_retention_days", ("reception.privacy.set_retention_days",),
    st.one_of(numbers, numeric_text()),
    lambda desk, days: desk.services.reception.privacy.set_retention_days(days, actor=DESK),
    examples=250, stored=_retention_stored)

PURGE = Call(
    "privacy.purge", ("reception.privacy.purge",),
    st.one_of(choice([m.value for m in PurgeMethod]), hostile_text),
    lambda desk, method: desk.services.reception.privacy.purge(method, actor=DESK),
    examples=100, answers=False)  # nothing is past retention in the seeded agency

CALLS = (TIMELINE, DAY_LISTS, FIND_VISITORS, BOOK, UPDATE_APPOINTMENT, WALK_IN, CHECK_IN,
         SAVE_RECORD, HAND_OUT_PASS, CHECK_OUT, BOOK_OUTBOUND, RECORD_CALL, CALL_DUE,
         RETENTION, PURGE)
