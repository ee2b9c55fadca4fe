"""Every message the domain says that a test can make it say: its refusals (driven through
the real rules with ASCII input), notices, periods, countdowns and badges in every state.
tests/ui/common/test_messages.py checks them against the catalogue; test_english.py words
them in English."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta

from arco_desk.domain.access_records import parse_retention_days as parse_access_retention_days
from arco_desk.domain.accounts import SignInRefused, check_login
from arco_desk.domain.calendar_business import SEOUL, BusinessCalendar
from arco_desk.domain.calendar_overrides import OverrideDraft, OverrideKind, validate_override
from arco_desk.domain.complaint_deadline import badge, deadline_rule, delay_notice_terms
from arco_desk.domain.complaint_intake import ComplaintDraft, validate_intake
from arco_desk.domain.complaint_steps import (
    Contact,
    validate_answer,
    validate_assignment,
    validate_delay_notice,
    validate_follow_up,
    validate_pause_end,
    validate_pause_request,
)
from arco_desk.domain.complaints import ComplaintAction, ComplaintStatus, check_action
from arco_desk.domain.compliance_records import ReportPeriod
from arco_desk.domain.dates import check_date
from arco_desk.domain.deadlines import Period, countdown
from arco_desk.domain.directory import (
    Presence,
    StaffDraft,
    validate_department,
    validate_presence,
    validate_staff,
)
from arco_desk.domain.errors import DomainError, EditConflict, ValidationError
from arco_desk.domain.memos import (
    MemoDraft,
    validate_forward_reason,
    validate_memo,
    validate_outcome,
    validate_reason_label,
)
from arco_desk.domain.messages import Message
from arco_desk.domain.notifications import (
    arrival_notice,
    complaint_notice,
    memo_notice,
    preparation_notice,
)
from arco_desk.domain.outbound_visits import (
    OutboundVisitDraft,
    call_script,
    validate_outbound_visit,
)
from arco_desk.domain.passwords import password_refusal
from arco_desk.domain.phone import PhoneNumberInvalid, parse_phone
from arco_desk.domain.reception import (
    AppointmentDraft,
    VisitorDraft,
    VisitRecordDraft,
    VisitStatus,
    WalkInDraft,
    check_transition,
    validate_appointment,
    validate_check_out_time,
    validate_pass_number,
    validate_visit_record,
    validate_walk_in,
)
from arco_desk.domain.standard import load_standard
from arco_desk.domain.standard_versions import (
    KindDraft,
    StandardDraft,
    validate_kind,
    validate_standard,
)
from arco_desk.domain.text import TextKind, clean
from arco_desk.domain.visitor_privacy import parse_retention_days

NOW = datetime(2026, 11, 24, 10, 30, tzinfo=SEOUL)  # a Tuesday
CAL = BusinessCalendar.korea()
H3, D7 = Period.parse("3h"), Period.parse("7d")


def _refused(call: Callable[[], object]) -> list[Message]:
    try:
        call()
    except ValidationError as error:
        return list(error.field_errors.values()) or [error.msg]
    except DomainError as error:
        return [error.msg]
    raise AssertionError(f"{call} was not refused")


def _raise(error: DomainError) -> None:
    raise error


def _refuse_password(password: str) -> None:
    refusal = password_refusal(password, "kim")
    if refusal is not None:
        raise DomainError(refusal)


def refusals() -> list[Message]:
    """The domain's refusals, each rule driven into each of its refusals."""
    standard = load_standard()
    terms = delay_notice_terms(CAL, D7, NOW + timedelta(days=3), 0, NOW, paused=False)
    second = delay_notice_terms(CAL, D7, NOW + timedelta(days=3), 1, NOW, paused=False)
    contact = Contact(phone="", email="", address="")
    overrides = {date(2026, 11, 26): OverrideDraft(date(2026, 11, 26), OverrideKind.CLOSURE,
                                                    "Foundation day"),
                 date(2026, 11, 27): OverrideDraft(date(2026, 11, 27), OverrideKind.CLOSURE)}
    calls: list[Callable[[], object]] = [
        lambda: clean(TextKind.PERSON_NAME, "f", "x" * 41),
        lambda: clean(TextKind.EMAIL, "f", "kim@"),
        lambda: clean(TextKind.SEARCH, "f", "a " * 9),
        lambda: clean(TextKind.PHONE, "f", "12"),
        lambda: clean(TextKind.PHONE, "f", "010-12OO-5678"),
        lambda: clean(TextKind.PHONE, "f", "+82 99"),
        lambda: clean(TextKind.PHONE, "f", "Tel."),
        lambda: validate_staff(StaffDraft(name=" ", extension="1")),
        lambda: validate_department(" "),
        lambda: validate_presence(Presence.AWAY, NOW - timedelta(hours=1), NOW, 1, 1),
        lambda: validate_memo(MemoDraft(route="nowhere"), NOW),  # type: ignore[arg-type]
        lambda: validate_memo(MemoDraft(called_at=datetime(2026, 11, 24, 10)), NOW),
        lambda: validate_memo(MemoDraft(called_at=NOW + timedelta(hours=1)), NOW),
        lambda: validate_outcome(" "),
        lambda: ReportPeriod.asked(date(2026, 11, 30), date(2026, 11, 1), date(2026, 11, 30)),
        lambda: validate_forward_reason(" "),
        lambda: validate_reason_label(" ", ""),
        *(lambda current=current, target=target: check_transition(current, target)
          for current, target in ((VisitStatus.ARRIVED, VisitStatus.ARRIVED),
                                  (VisitStatus.LEFT, VisitStatus.LEFT),
                                  (VisitStatus.CANCELLED, VisitStatus.ARRIVED),
                                  (VisitStatus.EXPECTED, VisitStatus.LEFT),
                                  (VisitStatus.HOST_READY, VisitStatus.HOST_READY),
                                  (VisitStatus.ARRIVED, VisitStatus.CANCELLED))),
        lambda: validate_appointment(AppointmentDraft(VisitorDraft(), companions=-1), NOW),
        lambda: validate_appointment(AppointmentDraft(
            VisitorDraft("Kim"), 1, NOW - timedelta(hours=1), NOW - timedelta(hours=2),
            companions=51), NOW),
        lambda: validate_appointment(AppointmentDraft(
            VisitorDraft("Kim"), 1, NOW + timedelta(days=400), NOW + timedelta(days=401)), NOW),
        lambda: validate_appointment(AppointmentDraft(
            VisitorDraft("Kim"), 1, NOW + timedelta(hours=1), NOW + timedelta(hours=12)), NOW),
        lambda: validate_walk_in(WalkInDraft(VisitorDraft("Kim"))),
        lambda: validate_visit_record(VisitRecordDraft()),
        lambda: validate_pass_number(" "),
        lambda: validate_check_out_time(NOW - timedelta(hours=2), NOW - timedelta(hours=1), NOW),
        lambda: validate_check_out_time(NOW + timedelta(hours=1), NOW - timedelta(hours=1), NOW),
        lambda: check_action(ComplaintStatus.RECEIVED, ComplaintAction.ANSWER, paused=False),
        lambda: check_action(ComplaintStatus.RECEIVED, ComplaintAction.REASSIGN, paused=False),
        lambda: check_action(ComplaintStatus.ASSIGNED, ComplaintAction.RESUME, paused=False),
        lambda: check_action(ComplaintStatus.ASSIGNED, ComplaintAction.PAUSE, paused=True),
        lambda: validate_intake(ComplaintDraft(citizen_phone="", kind_code="nonsense"),
                                standard, NOW),
        lambda: validate_intake(ComplaintDraft(received_at=NOW + timedelta(days=1)),
                                standard, NOW),
        lambda: validate_intake(ComplaintDraft(kind_code="other", period="2d"), standard, NOW),
        lambda: validate_intake(ComplaintDraft(kind_code="petition", period="2d"), standard,
                                NOW),
        lambda: validate_kind(KindDraft("", "", "", "soon")),
        lambda: validate_kind(KindDraft("Bad code", "a", "b", "1h")),
        lambda: validate_kind(KindDraft("other", "a", "b", "1h"), taken=["other"]),
        lambda: validate_kind(KindDraft("dup", "a", "Other", "1h"), names_taken=["other"]),
        lambda: validate_standard(StandardDraft((), "other", "24h"), standard),
        lambda: validate_standard(StandardDraft(standard.complaint_kinds, "gone", "24h"),
                                  standard),
        lambda: validate_assignment(None, None, " "),
        lambda: validate_assignment(1, None, "again", current=(1, None)),
        lambda: validate_pause_request(" "),
        lambda: validate_pause_end(NOW, NOW + timedelta(hours=1), NOW),
        lambda: validate_pause_end(NOW, NOW - timedelta(hours=1), NOW),
        lambda: validate_delay_notice(terms, " ", None, "", consent=False),
        lambda: validate_delay_notice(second, "why", NOW, "phone", consent=False),
        lambda: validate_delay_notice(terms, "why", NOW + timedelta(days=90), "phone", False),
        *(lambda t=t: validate_delay_notice(t, "why", None, "phone", False) for t in (
            delay_notice_terms(CAL, D7, NOW, 0, NOW, paused=True),
            delay_notice_terms(CAL, D7, NOW, 2, NOW, paused=False),
            delay_notice_terms(CAL, D7, NOW - timedelta(hours=1), 0, NOW, paused=False))),
        lambda: validate_answer(" ", "", None, None, NOW, contact, NOW),
        *(lambda channel=channel: validate_answer("ok", channel, NOW + timedelta(hours=1), 1,
                                                  NOW, contact, NOW)
          for channel in ("email", "letter", "phone")),
        lambda: validate_answer("ok", "in_person", NOW - timedelta(days=1), 1, NOW, contact,
                                NOW),
        lambda: validate_follow_up("", ""),
        lambda: validate_follow_up("further_questions", " "),
        lambda: validate_override(OverrideDraft(date(2026, 11, 26), "nonsense"), {}, CAL,
                                  today=NOW.date()),
        lambda: validate_override(OverrideDraft(NOW, OverrideKind.CLOSURE), {}, CAL,  # type: ignore[arg-type]
                                  today=NOW.date()),
        lambda: validate_override(OverrideDraft(date(2026, 11, 26), OverrideKind.CLOSURE),
                                  overrides, CAL, today=NOW.date()),
        lambda: validate_override(OverrideDraft(date(2026, 11, 27), OverrideKind.CLOSURE, "x"),
                                  overrides, CAL, today=NOW.date()),
        lambda: validate_override(OverrideDraft(date(2026, 12, 25), OverrideKind.CLOSURE, "x"),
                                  {}, CAL, today=NOW.date()),
        lambda: validate_override(OverrideDraft(date(2026, 11, 28), OverrideKind.CLOSURE, "x"),
                                  {}, CAL, today=NOW.date()),
        lambda: validate_override(OverrideDraft(date(2026, 11, 25), OverrideKind.EXTRA_WORKDAY),
                                  {}, CAL, today=NOW.date()),
        lambda: validate_outbound_visit(OutboundVisitDraft(), date(2026, 11, 24)),
        lambda: validate_outbound_visit(OutboundVisitDraft(visit_date=date(2026, 11, 1)),
                                        date(2026, 11, 24)),
        lambda: parse_retention_days("many"),
        lambda: parse_retention_days(0),
        lambda: parse_access_retention_days("many"),
        lambda: parse_access_retention_days(365),
        lambda: check_date("day", date(9999, 12, 31), NOW.date()),
        lambda: _raise(ValidationError({})),
        *(lambda password=password: _refuse_password(password)
          for password in ("short", "x1" * 65, "abcde\x0012345", "xkim2026!!")),
        lambda: check_login("login", "1x"),
        lambda: _raise(SignInRefused.wrong()),
        lambda: _raise(SignInRefused.locked(NOW)),
        lambda: _raise(SignInRefused.disabled()),
    ]
    try:
        parse_phone(" ")
    except PhoneNumberInvalid as empty:
        phone = [empty.msg]
    return [message for call in calls for message in _refused(call)] + phone


def sayings() -> list[Message]:
    """What the domain says besides refusals: notices, periods, countdowns, badges."""
    later = NOW + timedelta(days=1)
    notices = [memo_notice(1, "Kim", "Org", ["Call back"], "About the grant", later,
                           reasons_en=["Call back"]),
               memo_notice(2, "", "", [], "", None, escalated=True),
               memo_notice(3, "", "Org", [], "", None),
               arrival_notice(4, "Lee", "", 2, "Consultation", NOW),
               arrival_notice(5, "Lee", "Org", 0, "", NOW),
               preparation_notice(6, "Park", "Org", NOW, "Room 3"),
               preparation_notice(7, "Park", "", NOW, ""),
               complaint_notice(8, "Refund", later)]
    words = [m for n in notices for m in (n.title, *n.lines)]
    words += [Period.parse(text).words for text in ("1h", "3h", "1d", "5d", "7d", "즉시")]
    due = datetime(2026, 11, 24, 18, tzinfo=SEOUL)
    for now in (datetime(2026, 11, 16, 9, tzinfo=SEOUL), datetime(2026, 11, 24, 9, tzinfo=SEOUL),
                datetime(2026, 11, 24, 17, 59, 30, tzinfo=SEOUL),
                datetime(2026, 11, 24, 17, 30, tzinfo=SEOUL),
                datetime(2026, 11, 24, 18, 30, tzinfo=SEOUL),
                datetime(2026, 11, 25, 11, tzinfo=SEOUL), datetime(2026, 11, 26, 11, tzinfo=SEOUL),
                datetime(2026, 11, 30, 11, tzinfo=SEOUL)):
        words.append(countdown(CAL, due, now, D7).words)
        words.append(countdown(CAL, due, now, H3).words)
    words.append(countdown(CAL, due, datetime(2026, 11, 23, 15, tzinfo=SEOUL), H3).words)
    for kwargs in ({}, {"paused_at": NOW}, {"paused_at": due + timedelta(days=1)},
                   {"answered_at": NOW}, {"answered_at": due + timedelta(days=2)}):
        status = ComplaintStatus.ANSWERED if "answered_at" in kwargs else ComplaintStatus.ASSIGNED
        words.append(badge(CAL, status, due, D7, NOW, **kwargs).words)
    words.append(call_script("Kim", "Planning", "Lee", date(2026, 12, 28), "Safety check"))
    words.append(deadline_rule(D7, due))
    for who in ("Kim", ""):  # a stale save names who changed the record, or "someone"
        words.append(EditConflict({}, changed_by=who, changed_at=NOW, current={},
                                  version=2).msg)
    return words


def everything() -> list[Message]:
    return refusals() + sayings()


def nested(messages: list[Message]) -> Iterator[Message]:
    """``messages`` and every message inside their parameters."""
    for message in messages:
        yield message
        yield from nested([p for p in message.params.values() if isinstance(p, Message)])
