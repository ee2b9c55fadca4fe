"""민원: the list with its filters and search, intake with the deadline preview, and every
step of a complaint's life with its typed text, times and choices."""

from __future__ import annotations

import contextlib
import os
from datetime import timedelta
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from sqlalchemy import select

from arco_desk.domain.complaint_intake import ComplaintDraft, attachment_name, validate_intake
from arco_desk.domain.complaint_steps import (
    validate_assignment,
    validate_follow_up,
    validate_pause_request,
    validate_step_note,
)
from arco_desk.domain.complaints import (
    Channel,
    EventKind,
    FollowUpOutcome,
    NoticeMethod,
    ReplyChannel,
)
from arco_desk.domain.dates import in_seoul
from arco_desk.domain.text import TextKind, clean
from arco_desk.services.complaint_records import ComplaintFilter, ListScope, Urgency
from arco_desk.store.models import Complaint, ComplaintAttachment, ComplaintEvent
from tests.actors import DESK
from tests.conftest import FIXED_NOW
from tests.services.fuzz.calls_directory import departments, staff
from tests.services.fuzz.harness import Call, Desk, Ref, pairs, row, within_range
from tests.services.fuzz.inputs import (
    absent_ids,
    choice,
    form,
    hostile_text,
    moments,
    search_text,
    short_text,
    typed,
)

# Names of files to attach: plain, hostile, long (83 syllables and ".pdf" are 253 bytes),
# with undecodable bytes (as Linux reads them: lone surrogates), sometimes twice.
file_names = st.builds(
    lambda stem, suffix: stem + suffix,
    st.one_of(short_text, st.sampled_from([
        "민원", "가" * 83, "가" * 84, "a" * 250, "\x01", " ", "é", "\u1112\u1161\u11ab",
        os.fsdecode(b"caf\xe9"), os.fsdecode(b"\xbf\xf8\xbf\xf8")])),
    st.sampled_from(["", ".pdf", ".hwp", ".tar.gz", "." + "x" * 20]))
attachments = st.lists(file_names, min_size=1, max_size=2).flatmap(
    lambda names: st.sampled_from([names, [*names, names[0]]])).map(tuple)
KINDS = ("petition", "inquiry", "fact_certificate", "confirmation", "performance_certificate",
         "other")
kind_codes = st.one_of(choice(KINDS), hostile_text)
# 기타's own period at intake: the editor's units, "즉시", and anything typed.
periods = st.one_of(choice(["", "3h", "즉시", "7d", "10d", "0h"]), hostile_text)
assignees = st.one_of(st.none(), staff)


def _filter(desk: Desk, a: dict[str, Any]) -> ComplaintFilter:
    return ComplaintFilter(a["scope"], a["urgency"], a["kind_code"], a["channel"],
                           desk.id(a["department_id"]), desk.id(a["assignee_id"]), a["text"])


LIST = Call(
    "complaints.list_ids", ("complaints.list_ids",),
    st.fixed_dictionaries({
        "scope": choice(list(ListScope)), "urgency": st.one_of(st.none(), choice(list(Urgency))),
        "kind_code": st.one_of(st.none(), kind_codes),
        "channel": st.one_of(st.none(), choice(list(Channel))), "department_id": departments,
        "assignee_id": assignees, "text": search_text()}),
    lambda desk, a: desk.services.complaints.list_ids(_filter(desk, a)), examples=450)

PREVIEW_DEADLINE = Call(
    "complaints.preview_deadline", ("complaints.preview_deadline",),
    st.fixed_dictionaries({"kind_code": kind_codes, "received_at": st.one_of(st.none(), moments),
                           "period": periods, "period_basis": typed(TextKind.SHORT_LINE)}),
    lambda desk, a: desk.services.complaints.preview_deadline(
        a["kind_code"], a["received_at"], a["period"], a["period_basis"]),
    examples=300)

INTAKE = {
    "channel": ("letter", st.one_of(choice([c.value for c in Channel]), hostile_text)),
    "kind_code": ("petition", kind_codes),
    "citizen_name": ("홍길동", typed(TextKind.PERSON_NAME)),
    "citizen_phone": ("010-1234-5678", typed(TextKind.PHONE)),
    "citizen_email": ("", typed(TextKind.EMAIL)),
    "citizen_address": ("서울 종로구 대학로 57", typed(TextKind.SHORT_LINE)),
    "title": ("공연장 소음 민원", typed(TextKind.SHORT_LINE)),
    "content": ("저녁 공연 때 소음이 심합니다.", typed(TextKind.LONG_TEXT)),
    "received_at": (None, st.one_of(st.none(), moments)),
    "period": ("", periods),
    "period_basis": ("", typed(TextKind.SHORT_LINE)),
    "attachments": ((), st.one_of(attachments, st.lists(hostile_text, max_size=2).map(tuple))),
    "source_memo_id": (None, st.one_of(st.none(), absent_ids)),
    "source_visit_id": (None, st.one_of(st.none(), absent_ids)),
    "assignee_id": (Ref("staff"), assignees),
    "department_id": (None, departments),
}
DRAFT_FIELDS = [name for name in INTAKE if name not in ("assignee_id", "department_id")]


def _draft(a: dict[str, Any]) -> ComplaintDraft:
    return ComplaintDraft(**{name: a[name] for name in DRAFT_FIELDS})


def _attached(desk: Desk, names: tuple[str, ...]) -> tuple[str, ...]:
    """The paths of ``names`` in a folder of the desk, each made a file when the file
    system takes the name (a name that is a path of its own is never made)."""
    folder = desk.folder / "incoming"
    folder.mkdir(exist_ok=True)
    paths = []
    for name in names:
        path = folder / name
        if "/" not in name and name not in ("", ".", "..") and "\x00" not in name:
            with contextlib.suppress(OSError, ValueError, UnicodeError):
                path.write_bytes(b"%PDF-1.4")
        paths.append(str(path))
    return tuple(paths)


def _register(desk: Desk, a: dict[str, Any]) -> int:
    a = a | {"attachments": _attached(desk, a["attachments"])}
    return desk.services.complaints.register(
        _draft(a), assignee_id=desk.id(a["assignee_id"]),
        department_id=desk.id(a["department_id"]), actor=DESK)


STORED_INTAKE = ("citizen_name", "citizen_phone", "citizen_email", "citizen_address", "title",
                 "content", "received_at")


def _register_stored(desk: Desk, a: dict[str, Any], complaint_id: object) -> list[Any]:
    clean_draft = validate_intake(_draft(a), desk.services.complaints.standard(), FIXED_NOW)
    with desk.read() as session:
        stored = row(session, Complaint, complaint_id, *STORED_INTAKE)
        files = session.execute(
            select(ComplaintAttachment.original_name, ComplaintAttachment.stored_path)
            .where(ComplaintAttachment.complaint_id == complaint_id)
            .order_by(ComplaintAttachment.id)).all()
    # The name as the text rules leave it; one they leave empty is kept as the copy's.
    shown = [attachment_name(Path(name).name) for name in a["attachments"]]
    kept = [name if shown_as else "" for (name, _), shown_as in zip(files, shown, strict=True)]
    copies = desk.services.complaints.attachments_dir
    return [*pairs(STORED_INTAKE, (getattr(clean_draft, name) for name in STORED_INTAKE),
                   stored), within_range("received_at", stored[-1]),  # type: ignore[arg-type]
            ("attachment names", shown, kept),
            ("attachment copies", True, all((copies / path).is_file() for _, path in files))]


REGISTER = Call(
    "complaints.register", ("complaints.register",), form(INTAKE), _register, examples=250,
    stored=_register_stored)
ATTACH = Call(
    "complaints.register_attachments", ("complaints.register",),
    st.fixed_dictionaries({"attachments": attachments}).map(
        lambda a: {name: ordinary for name, (ordinary, _) in INTAKE.items()} | a),
    _register, examples=80, stored=_register_stored)

# --- the steps ------------------------------------------------------------------------------------

# The steps taken before the fuzzed one, from a complaint just assigned to staff 0.
BEFORE = {"assign": (), "reassign": (), "start": (), "pause": (), "resume": ("pause",),
          "resume_preview": ("pause",), "delay_notice": (), "answer": ("start",),
          "follow_up": ("start", "answer"), "close": ("start", "answer", "follow_up")}
STEP_EVENT = {"reassign": EventKind.REASSIGNED, "pause": EventKind.PAUSED,
              "resume": EventKind.RESUMED, "delay_notice": EventKind.DELAY_NOTICE,
              "answer": EventKind.ANSWERED, "follow_up": EventKind.FOLLOW_UP,
              "close": EventKind.CLOSED}


def _take(desk: Desk, complaint: int, step: str) -> None:
    complaints = desk.services.complaints
    if step == "start":
        complaints.start(complaint, actor=DESK)
    elif step == "pause":
        complaints.pause(complaint, "주민등록등본 보완", actor=DESK)
    elif step == "answer":
        complaints.answer(complaint, "답변 드립니다.", "letter", None, desk.refs.staff[0],
                          actor=DESK)
    elif step == "follow_up":
        complaints.follow_up(complaint, "no_further_questions", "", actor=DESK)


def _step(desk: Desk, a: dict[str, Any]) -> int:
    complaints = desk.services.complaints
    step = a["step"]
    complaint = complaints.register(ComplaintDraft(
        "phone", "petition", "홍길동", "010-1234-5678", "hong@example.com", "서울 종로구 대학로 57",
        "공연장 소음 민원", "저녁 공연 소음"),
        assignee_id=None if step == "assign" else desk.refs.staff[0], actor=DESK)
    for before in BEFORE[step]:
        _take(desk, complaint, before)
    text, moment = a["text"], a["moment"]
    if step == "assign":
        complaints.assign(complaint, desk.id(a["assignee_id"]), desk.id(a["department_id"]),
                          actor=DESK)
    elif step == "reassign":
        complaints.reassign(complaint, desk.id(a["assignee_id"]), desk.id(a["department_id"]),
                            text, actor=DESK)
    elif step == "start":
        complaints.start(complaint, actor=DESK, seen=a["seen"])
    elif step == "pause":
        complaints.pause(complaint, text, actor=DESK)
    elif step == "resume":
        complaints.resume(complaint, text, moment, actor=DESK)
    elif step == "resume_preview":
        complaints.resume_preview(complaint, moment)
    elif step == "delay_notice":
        if a["promise_the_limit"]:
            moment = complaints.delay_notice_terms(complaint).limit
        complaints.delay_notice(complaint, text, moment, a["choice"], a["consent"], actor=DESK)
    elif step == "answer":
        complaints.answer(complaint, text, a["choice"], moment, desk.id(a["responder_id"]),
                          actor=DESK)
    elif step == "follow_up":
        complaints.follow_up(complaint, a["choice"], text, actor=DESK)
    else:
        complaints.close(complaint, text, actor=DESK)
    return complaint


def _expected_detail(a: dict[str, Any]) -> str:
    step, text = a["step"], a["text"]
    if step == "reassign":
        return validate_assignment(1, None, text)
    if step == "pause":
        return validate_pause_request(text)
    if step in ("resume", "close"):
        return validate_step_note(text)
    if step == "delay_notice":
        return clean(TextKind.FREE_TEXT, "reason", text)
    if step == "answer":
        return clean(TextKind.LONG_TEXT, "text", text)
    return validate_follow_up(a["choice"], text).note


def _step_stored(desk: Desk, a: dict[str, Any], complaint_id: object) -> list[Any]:
    event = STEP_EVENT.get(a["step"])
    if event is None:
        return []
    with desk.read() as session:
        stored = session.execute(
            select(ComplaintEvent.detail, ComplaintEvent.ends_at).where(
                ComplaintEvent.complaint_id == complaint_id, ComplaintEvent.kind == event.value)
            .order_by(ComplaintEvent.id.desc())).first()
    assert stored is not None
    found = [("detail", _expected_detail(a), stored.detail)]
    if a["step"] == "answer" and a["moment"] is not None:
        with desk.read() as session:
            stored_at = row(session, Complaint, complaint_id, "answered_at")
        found += [*pairs(("answered_at",), (in_seoul(a["moment"]),), stored_at),
                  within_range("answered_at", stored_at[0])]  # type: ignore[arg-type]
    return found


STEP_CHOICES = sorted({*(m.value for m in NoticeMethod), *(c.value for c in ReplyChannel),
                       *(o.value for o in FollowUpOutcome)})
STEPS = Call(
    "complaints.steps",
    tuple(f"complaints.{name}" for name in (
        "assign", "reassign", "start", "pause", "resume", "resume_preview", "delay_notice",
        "answer", "follow_up", "close")),
    st.fixed_dictionaries({
        "step": choice(list(BEFORE)), "text": typed(TextKind.LONG_TEXT),
        "moment": st.one_of(st.none(), moments,
                            st.integers(-600, 10 * 24 * 60).map(
                                lambda m: FIXED_NOW + timedelta(minutes=m))),
        "choice": st.one_of(choice(STEP_CHOICES), hostile_text),
        "consent": st.booleans(), "promise_the_limit": st.booleans(),
        "assignee_id": assignees, "department_id": departments,
        "responder_id": st.one_of(st.none(), staff), "seen": st.one_of(st.none(), absent_ids)}),
    _step, examples=220, stored=_step_stored)

CALLS = (LIST, PREVIEW_DEADLINE, REGISTER, ATTACH, STEPS)
