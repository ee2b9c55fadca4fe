"""Everything asked for by a record's id: the reads with a seeded record or one that isn't
there, the writes with one that isn't there (a seeded record must stay as it is), and the
complaint badge at any moment."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from tests.actors import DESK, acting
from tests.services.fuzz.harness import Call, Desk, Ref
from tests.services.fuzz.inputs import absent_ids, choice, moments

ById = Callable[[Desk, Any], object]


def _staff_actor(desk: Desk) -> Any:
    return acting(desk.services, desk.refs.staff[3])


# Reads, with the kind of seeded record each may be given.
READS: dict[str, tuple[str, ById]] = {
    "directory.get_staff": ("staff", lambda d, i: d.services.directory.get_staff(i)),
    "directory.staff_rows": ("staff", lambda d, i: d.services.directory.staff_rows([i, i])),
    "memos.get": ("memo", lambda d, i: d.services.memos.get(i)),
    "memos.get_row": ("memo", lambda d, i: d.services.memos.get_row(i)),
    "memos.rows": ("memo", lambda d, i: d.services.memos.rows([i])),
    "memos.inbox_ids": ("staff", lambda d, i: d.services.memos.inbox_ids(i)),
    "memos.unread_count": ("staff", lambda d, i: d.services.memos.unread_count(i)),
    "memos.transfer_number": ("staff", lambda d, i: d.services.memos.transfer_number(i)),
    "memos.open_memo": ("memo", lambda d, i: d.services.memos.open_memo(i, actor=DESK)),
    "complaints.get": ("complaint", lambda d, i: d.services.complaints.get(i)),
    "complaints.rows": ("complaint", lambda d, i: d.services.complaints.rows([i])),
    "complaints.delay_notice_terms": (
        "complaint", lambda d, i: d.services.complaints.delay_notice_terms(i)),
    "complaints.draft_from_memo": ("memo", lambda d, i: d.services.complaints.draft_from_memo(i)),
    "complaints.draft_from_visit": (
        "visit", lambda d, i: d.services.complaints.draft_from_visit(i)),
    "reception.detail": ("appointment", lambda d, i: d.services.reception.detail(i)),
    "reception.visit": ("visit", lambda d, i: d.services.reception.visit(i)),
    "reception.visitor": ("visitor", lambda d, i: d.services.reception.visitor(i)),
    "reception.timeline_rows": (
        "appointment", lambda d, i: d.services.reception.timeline_rows([i])),
    "reception.waiting_for": ("staff", lambda d, i: d.services.reception.waiting_for(i)),
    "reception.pending_preparations": (
        "staff", lambda d, i: d.services.reception.pending_preparations(i)),
    "reception.outbound.detail": (
        "outbound", lambda d, i: d.services.reception.outbound.detail(i)),
    "reception.outbound.rows": ("outbound", lambda d, i: d.services.reception.outbound.rows([i])),
    "overdue.open_work": ("staff", lambda d, i: d.services.overdue.open_work(i)),
    "change_feed.since": ("memo", lambda d, i: d.services.change_feed.since(max(i, 2**31 - 100))),
}

# Writes: only ids no record has.
WRITES: dict[str, ById] = {
    "directory.deactivate_staff": lambda d, i: d.services.directory.deactivate_staff(
        i, actor=DESK),
    "memos.claim": lambda d, i: d.services.memos.claim(i, actor=_staff_actor(d)),
    "memos.mark_delivered": lambda d, i: d.services.memos.mark_delivered(
        [i], actor=_staff_actor(d)),
    "memos.set_reason_active": lambda d, i: d.services.memos.set_reason_active(
        i, False, actor=DESK),
    "reception.cancel": lambda d, i: d.services.reception.cancel(i, actor=DESK),
    "reception.mark_no_show": lambda d, i: d.services.reception.mark_no_show(i, actor=DESK),
    "reception.confirm_host_ready": lambda d, i: d.services.reception.confirm_host_ready(
        i, actor=DESK),
    "reception.outbound.cancel": lambda d, i: d.services.reception.outbound.cancel(
        i, actor=DESK),
    "overdue.reassign_work": lambda d, i: d.services.overdue.reassign_work(
        i, None, [i], [i], actor=DESK),
}


def _by_id(desk: Desk, a: dict[str, Any]) -> object:
    method = a["method"]
    if method in WRITES:
        return WRITES[method](desk, a["id"])
    return READS[method][1](desk, desk.id(a["id"]) if a["seeded"] else a["id"])


def _arguments() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({
        "method": choice(sorted([*READS, *WRITES])), "id": absent_ids,
        "seeded": st.booleans()}).map(
            lambda a: a | {"id": Ref(READS[a["method"]][0]) if a["seeded"] and a["method"]
                           in READS else a["id"]})


BY_ID = Call("by_id", tuple(sorted([*READS, *WRITES])), _arguments(), _by_id, examples=700)


def _badge(desk: Desk, a: dict[str, Any]) -> object:
    complaints = desk.services.complaints
    [row] = complaints.rows([desk.refs.complaint])
    return complaints.badge(row, a["now"])


BADGE = Call("complaints.badge", ("complaints.badge",),
             st.fixed_dictionaries({"now": st.one_of(st.none(), moments)}), _badge, examples=200)

CALLS = (BY_ID, BADGE)
