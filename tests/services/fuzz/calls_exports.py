"""목록 내보내기 (issue 16): each tab's list of a typed filter to CSV or XLSX, with a reason
as anyone may type it; the rows hold whatever the other calls stored (hostile names, text
that looks like a formula, control characters)."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

from hypothesis import strategies as st

from arco_desk.domain.memos import MemoFilter
from arco_desk.domain.text import TextKind
from arco_desk.services.complaint_records import ComplaintFilter, ListScope
from arco_desk.services.list_export import Cell, ListLayout
from tests.actors import DESK
from tests.conftest import FIXED_NOW
from tests.services.fuzz.harness import Call, Desk
from tests.services.fuzz.inputs import hostile_text, search_text, typed


def _cells(row: Any) -> list[Cell]:
    """Every field of the row, as the cells a tab would make of it."""
    values = (getattr(row, field.name) for field in dataclasses.fields(row))
    return [value if isinstance(value, str | int | datetime) or value is None else str(value)
            for value in values]


LAYOUT: ListLayout[Any] = ListLayout("목록 =A1", ("번호", "=SUM(A:A)", "내용"), _cells)


def _export(desk: Desk, a: dict[str, Any]) -> int:
    exports = desk.services.exports
    target = desk.folder / f"list.{'xlsx' if a['xlsx'] else 'csv'}"
    which, text, reason = a["which"], a["text"], a["reason"]
    if which == "memos":
        done = exports.memos(MemoFilter(text, include_closed=True), target, LAYOUT, reason,
                             actor=DESK)
    elif which == "complaints":
        done = exports.complaints(ComplaintFilter(scope=ListScope.ALL, text=text), target,
                                  LAYOUT, reason, actor=DESK)
    elif which == "visits":
        done = exports.visits(FIXED_NOW.date(), text, target, LAYOUT, reason, actor=DESK)
    elif which == "outbound":
        done = exports.outbound_visits(bool(text), target, LAYOUT, reason, actor=DESK)
    else:
        done = exports.directory(text, None, None, target, LAYOUT)
    assert target.exists()
    return done.rows


EXPORT = Call(
    "exports", ("exports.memos", "exports.complaints", "exports.visits",
                "exports.outbound_visits", "exports.directory"),
    st.fixed_dictionaries({
        "which": st.sampled_from(["memos", "complaints", "visits", "outbound", "directory"]),
        "text": search_text(), "xlsx": st.booleans(),
        "reason": st.one_of(st.just("월간 보고"), typed(TextKind.SHORT_LINE), hostile_text)}),
    _export, examples=80)

CALLS = (EXPORT,)
