"""A stale form's save: only changed fields are written, others' changes merge, the same
field changed by both is a conflict (docs/architecture.md §9)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from arco_desk.domain.edits import Opened, plan_edit

FIELDS = ("direct_line", "duties", "room")
OPENED = {"direct_line": "02-760-4500", "duties": "대관", "room": "301호"}


def test_nothing_moved_writes_only_what_was_changed() -> None:
    typed = {**OPENED, "duties": "대관, 홍보"}
    plan = plan_edit(Opened(3, OPENED), typed, OPENED, 3)
    assert plan.changes == {"duties": "대관, 홍보"} and plan.conflicts == ()


def test_another_field_changed_meanwhile_is_kept() -> None:
    current = {**OPENED, "direct_line": "02-760-4511"}  # A changed the direct line
    typed = {**OPENED, "duties": "대관, 홍보"}  # B, who opened earlier, saves duties
    plan = plan_edit(Opened(3, OPENED), typed, current, 4)
    assert plan.changes == {"duties": "대관, 홍보"} and plan.conflicts == ()


def test_the_same_field_changed_by_both_is_a_conflict() -> None:
    current = {**OPENED, "duties": "홍보"}
    typed = {**OPENED, "duties": "대관, 홍보"}
    plan = plan_edit(Opened(3, OPENED), typed, current, 4)
    assert plan.conflicts == ("duties",)


def test_both_typing_the_same_value_is_no_conflict_and_no_write() -> None:
    current = {**OPENED, "room": "302호"}
    plan = plan_edit(Opened(3, OPENED), {**OPENED, "room": "302호"}, current, 4)
    assert plan.changes == {} and plan.conflicts == ()


def test_a_field_the_form_did_not_remember_counts_as_changed() -> None:
    plan = plan_edit(Opened(3, {}), {"room": "401호"}, {"room": "302호"}, 4)
    assert plan.conflicts == ("room",)
    plan = plan_edit(Opened(4, {}), {"room": "401호"}, {"room": "302호"}, 4)
    assert plan.changes == {"room": "401호"} and plan.conflicts == ()


values = st.sampled_from(["", "a", "b", "c"])
records = st.fixed_dictionaries({name: values for name in FIELDS})


@given(opened=records, typed=records, current=records)
def test_no_change_is_lost(opened: dict[str, str], typed: dict[str, str],
                           current: dict[str, str]) -> None:
    """After the planned writes, each field holds the typed change, or the other PC's
    value when the person left the field alone; a field both changed differently is
    named a conflict instead of written."""
    moved = opened != current
    plan = plan_edit(Opened(1, opened), typed, current, 2 if moved else 1)
    saved = {**current, **plan.changes}
    for name in FIELDS:
        if name in plan.conflicts:
            assert typed[name] != opened[name] and current[name] not in (opened[name], typed[name])
        elif typed[name] != opened[name]:
            assert saved[name] == typed[name]
        else:
            assert saved[name] == current[name]
