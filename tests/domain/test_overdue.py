"""The overdue board's rules (domain/overdue.py): the cutoff in Seoul, the grouping (the
shared queue before people), the order inside a group and the counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from arco_desk.domain.calendar_business import SEOUL
from arco_desk.domain.complaint_deadline import Badge, BadgeState
from arco_desk.domain.deadlines import Countdown, CountdownState
from arco_desk.domain.messages import msg
from arco_desk.domain.overdue import BoardItem, Urgency, WorkKind, board_cutoff, group_items

NOW = datetime(2026, 11, 24, 10, 30, tzinfo=SEOUL)


def _item(kind: WorkKind, item_id: int, state: CountdownState | BadgeState, hours: int,
          department: int | None, staff: int | None, staff_name: str = "") -> BoardItem:
    badge = (Countdown(state, timedelta(hours=-hours), msg("countdown.overdue"))
             if isinstance(state, CountdownState) else Badge(state, msg("badge.paused")))
    return BoardItem(kind, item_id, NOW + timedelta(hours=hours), badge, department,
                     f"부서{department}", staff, staff_name)


def test_the_cutoff_is_the_start_of_tomorrow_in_seoul() -> None:
    assert board_cutoff(NOW) == datetime(2026, 11, 25, tzinfo=SEOUL)
    assert board_cutoff(datetime(2026, 11, 24, 23, 59, tzinfo=SEOUL)) == datetime(
        2026, 11, 25, tzinfo=SEOUL)
    # 23:30 on the 24th in UTC is already the 25th in Seoul.
    assert board_cutoff(datetime(2026, 11, 24, 23, 30, tzinfo=UTC)) == datetime(
        2026, 11, 26, tzinfo=SEOUL)


def test_items_group_by_department_then_queue_then_people() -> None:
    items = [
        _item(WorkKind.COMPLAINT, 1, CountdownState.DUE_TODAY, 5, 2, 20, "나"),
        _item(WorkKind.MEMO_CALLBACK, 2, CountdownState.OVERDUE, -3, 2, 20, "나"),
        _item(WorkKind.MEMO_CALLBACK, 3, CountdownState.DUE_SOON, 1, 2, None),
        _item(WorkKind.COMPLAINT, 4, BadgeState.PAUSED, -30, 1, 10, "가"),
        _item(WorkKind.VISIT_CALL, 5, CountdownState.OVERDUE, -1, 2, 20, "나"),
    ]
    board = group_items(items, NOW, {1: 0, 2: 1})
    assert [(g.department_id, g.staff_id) for g in board.groups] == [(1, 10), (2, None),
                                                                      (2, 20)]
    mine = board.groups[2]
    assert [i.id for i in mine.items] == [2, 5, 1]  # overdue first, then by due
    assert mine.by_kind == {WorkKind.COMPLAINT: 1, WorkKind.MEMO_CALLBACK: 1,
                            WorkKind.VISIT_CALL: 1}
    assert board.by_urgency == {Urgency.OVERDUE: 2, Urgency.DUE_TODAY: 2, Urgency.PAUSED: 1}
    assert board.count == 5 and board.groups[0].items[0].urgency is Urgency.PAUSED
