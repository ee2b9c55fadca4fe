"""전화 메모: the list and its search, a memo taken and read back, the callback deadline, the
caller's earlier memos, closing and forwarding, slip reasons, transfers, desk settings."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st
from sqlalchemy import select

from arco_desk.domain.memos import (
    MemoDraft,
    MemoFilter,
    MemoStatus,
    Route,
    validate_forward_reason,
    validate_memo,
    validate_outcome,
    validate_reason_label,
)
from arco_desk.domain.text import TextKind, clean, tidy
from arco_desk.services.korean_records import email_outcome
from arco_desk.store.models import MemoReason, PhoneMemo, PhoneMemoEvent, Setting, TransferLog
from tests.actors import DESK, acting
from tests.conftest import FIXED_NOW
from tests.services.fuzz.calls_directory import departments, staff
from tests.services.fuzz.harness import Call, Desk, Ref, pairs, row, within_range
from tests.services.fuzz.inputs import (
    absent_ids,
    choice,
    form,
    hostile_text,
    moments,
    numbers,
    search_text,
    typed,
)

statuses = st.one_of(st.none(), choice(list(MemoStatus)))


def _search(desk: Desk, a: dict[str, Any]) -> object:
    return desk.services.memos.search_ids(MemoFilter(
        a["text"], desk.id(a["staff_id"]), desk.id(a["department_id"]), a["status"],
        a["include_closed"]))


SEARCH = Call(
    "memos.search_ids", ("memos.search_ids",),
    st.fixed_dictionaries({"text": search_text(), "staff_id": st.one_of(st.none(), staff),
                           "department_id": departments, "status": statuses,
                           "include_closed": st.booleans()}),
    _search, examples=500)

memo_drafts = form({
    "caller_name": ("홍길동", typed(TextKind.PERSON_NAME)),
    "caller_org": ("", typed(TextKind.ORGANISATION)),
    "caller_phone": ("010-1234-5678", typed(TextKind.PHONE)),
    "caller_email": ("", typed(TextKind.EMAIL)),
    "called_at": (FIXED_NOW, st.one_of(st.none(), moments)),
    "message": ("회신 바랍니다", typed(TextKind.FREE_TEXT)),
    "target_staff_id": (Ref("staff"), st.one_of(st.none(), staff)),
    "route": (Route.TARGET, st.one_of(choice(list(Route)), hostile_text)),
    "reason_ids": ((), st.lists(st.one_of(st.builds(Ref, st.just("reason")), absent_ids),
                                max_size=3).map(tuple)),
    "preview": (False, st.booleans())})


def _memo(desk: Desk, a: dict[str, Any]) -> MemoDraft:
    return MemoDraft(
        a["caller_name"], a["caller_org"], a["caller_phone"], a["caller_email"], a["called_at"],
        a["message"], desk.id(a["target_staff_id"]), a["route"],
        tuple(desk.id(reason) for reason in a["reason_ids"]))


def _record(desk: Desk, a: dict[str, Any]) -> object:
    memos = desk.services.memos
    if a["preview"]:
        return memos.preview(_memo(desk, a))
    return memos.record(_memo(desk, a), actor=DESK).id


MEMO_TEXT = ("caller_name", "caller_org", "caller_phone", "caller_email", "message",
             "called_at")


def _memo_stored(desk: Desk, a: dict[str, Any], memo_id: object) -> list[Any]:
    if a["preview"]:
        return []
    clean = validate_memo(_memo(desk, a), FIXED_NOW)
    with desk.read() as session:
        stored = row(session, PhoneMemo, memo_id, *MEMO_TEXT)
    return [*pairs(MEMO_TEXT, (getattr(clean, name) for name in MEMO_TEXT), stored),
            within_range("called_at", stored[-1])]  # type: ignore[arg-type]


RECORD = Call(
    "memos.record", ("memos.record", "memos.preview"), memo_drafts, _record, examples=400,
    stored=_memo_stored)


def _deadlines(desk: Desk, a: dict[str, Any]) -> object:
    memos = desk.services.memos
    if a["badge"]:
        return memos.badge(a["due"], a["now"])
    return memos.callback_due(a["due"])


DEADLINES = Call(
    "memos.deadlines", ("memos.callback_due", "memos.badge"),
    st.fixed_dictionaries({"due": moments, "now": st.one_of(st.none(), moments),
                           "badge": st.booleans()}),
    _deadlines, examples=300)

HISTORY = Call(
    "memos.caller_history", ("memos.caller_history",),
    st.fixed_dictionaries({"phone": typed(TextKind.PHONE), "name": typed(TextKind.PERSON_NAME),
                           "exclude_id": st.one_of(st.none(), absent_ids), "limit": numbers}),
    lambda desk, a: desk.services.memos.caller_history(a["phone"], a["name"], a["exclude_id"],
                                                      a["limit"]),
    examples=300)


def _step(desk: Desk, a: dict[str, Any]) -> int:
    memos = desk.services.memos
    holder = desk.refs.staff[3]
    memo = memos.record(MemoDraft("홍길동", "", "010-1234-5678", "", FIXED_NOW, "회신 바랍니다",
                                  holder), actor=DESK).id
    actor = acting(desk.services, holder)
    if a["step"] == "called_back":
        memos.called_back(memo, a["text"], actor=actor)
    elif a["step"] == "emailed":
        memos.replied_by_email(memo, a["text"], a["email"], actor=actor)
    else:
        memos.forward(memo, desk.id(a["to_staff_id"]), a["text"], actor=actor)
    return memo


def _step_stored(desk: Desk, a: dict[str, Any], memo_id: object) -> list[Any]:
    with desk.read() as session:
        if a["step"] == "forwarded":
            detail = session.scalars(select(PhoneMemoEvent.detail).where(
                PhoneMemoEvent.memo_id == memo_id, PhoneMemoEvent.kind == "forwarded")).one()
            return [("forward reason", validate_forward_reason(a["text"]), detail)]
        outcome = validate_outcome(a["text"], required=a["step"] == "called_back")
        if a["step"] == "emailed":
            outcome = email_outcome(tidy(a["email"] or ""), outcome)
        return pairs(("outcome",), (outcome,), row(session, PhoneMemo, memo_id, "outcome"))


STEPS = Call(
    "memos.steps", ("memos.called_back", "memos.replied_by_email", "memos.forward"),
    st.fixed_dictionaries({"step": choice(["called_back", "emailed", "forwarded"]),
                           "text": typed(TextKind.FREE_TEXT),
                           "email": st.one_of(st.none(), typed(TextKind.EMAIL)),
                           "to_staff_id": st.one_of(st.none(), staff)}),
    _step, examples=150, stored=_step_stored)


def _reason_stored(desk: Desk, a: dict[str, Any], record: Any) -> list[Any]:
    names = ("label_ko", "label_en")
    with desk.read() as session:
        return pairs(names, validate_reason_label(a["label_ko"], a["label_en"]),
                     row(session, MemoReason, record.id, *names))


ADD_REASON = Call(
    "memos.add_reason", ("memos.add_reason",),
    st.fixed_dictionaries({"label_ko": typed(TextKind.LABEL), "label_en": typed(TextKind.LABEL)}),
    lambda desk, a: desk.services.memos.add_reason(a["label_ko"], a["label_en"], actor=DESK),
    examples=300, stored=_reason_stored)


def _transfer(desk: Desk, a: dict[str, Any]) -> object:
    memos = desk.services.memos
    if a["list"]:
        return memos.recent_transfers(a["limit"])
    return memos.log_transfer(desk.id(a["staff_id"]), a["caller_name"], actor=DESK)


def _transfer_stored(desk: Desk, a: dict[str, Any], record: Any) -> list[Any]:
    if a["list"]:
        return []
    with desk.read() as session:
        return pairs(("caller_name",),
                     (clean(TextKind.PERSON_NAME, "caller_name", a["caller_name"]),),
                     row(session, TransferLog, record.id, "caller_name"))


TRANSFERS = Call(
    "memos.transfers", ("memos.log_transfer", "memos.recent_transfers"),
    st.fixed_dictionaries({"staff_id": staff, "caller_name": typed(TextKind.PERSON_NAME),
                           "limit": numbers, "list": st.booleans()}),
    _transfer, examples=300, stored=_transfer_stored)


def _settings(desk: Desk, a: dict[str, Any]) -> object:
    memos = desk.services.memos
    if a["greeting_for"] is not False:
        return memos.greeting(desk.id(a["greeting_for"]))
    memos.save_desk_settings(a["greeting"], a["minutes"], actor=DESK)
    return None


def _settings_stored(desk: Desk, a: dict[str, Any], answer: object) -> list[Any]:
    if a["greeting_for"] is not False:
        return []
    found = []
    with desk.read() as session:
        if a["greeting"] is not None:
            found += pairs(("greeting",), (" ".join(tidy(a["greeting"]).split()),),
                           row(session, Setting, "greeting_script", "value"))
        if a["minutes"] is not None:
            found += pairs(("minutes",), (str(a["minutes"]),),
                           row(session, Setting, "memo_escalation_minutes", "value"))
    return found


DESK_SETTINGS = Call(
    "memos.desk_settings", ("memos.save_desk_settings", "memos.greeting"),
    st.fixed_dictionaries({
        "greeting": st.one_of(st.none(), hostile_text,
                              st.just("안녕하십니까 {agency} {department} {name}입니다")),
        "minutes": st.one_of(st.none(), numbers),
        "greeting_for": st.one_of(st.just(False), st.none(), staff)}),
    _settings, examples=250, stored=_settings_stored)

CALLS = (SEARCH, RECORD, DEADLINES, HISTORY, STEPS, ADD_REASON, TRANSFERS, DESK_SETTINGS)
