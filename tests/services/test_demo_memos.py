"""``--demo``: a working day of memos in every state, consistent with the rules."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.memos import MemoFilter, MemoStatus, escalation_moment
from arco_desk.services.container import Services
from arco_desk.services.demo_memos import STORIES, fill_memos, working_minutes_before
from tests.actors import SYSTEM
from tests.conftest import FIXED_NOW


def test_every_state_on_a_working_day(demo_services: Services) -> None:
    assert fill_memos(demo_services.uow, demo_services.calendar, FIXED_NOW) == len(STORIES)
    memos = demo_services.memos
    rows = memos.rows(memos.search_ids(MemoFilter(include_closed=True)))
    assert len(rows) == len(STORIES)
    assert set(Counter(r.status for r in rows)) == set(MemoStatus)
    assert any(r.for_whole_department for r in rows)
    assert any(r.asked_for_id != r.target_staff_id and r.target_staff_id for r in rows)
    assert {r.done_via for r in rows if r.status is MemoStatus.DONE} == {"call", "email"}
    cal = demo_services.calendar.business_calendar()
    for row in rows:
        assert row.called_at <= FIXED_NOW
        assert row.callback_due_at == memos.callback_due(row.called_at)
        if row.status is MemoStatus.ESCALATED:
            assert row.forwarded_at is not None and row.escalated_at is not None
            assert row.escalated_at == escalation_moment(cal, row.forwarded_at, 30)
            assert row.escalated_at <= FIXED_NOW
    # Nothing the heartbeat would escalate at once: the demo is already consistent.
    assert memos.escalate_due(actor=SYSTEM) == []
    badges = {memos.badge(r.callback_due_at).state for r in rows
              if r.is_open and r.callback_due_at is not None}
    assert len(badges) >= 3  # on track, due soon, overdue
    assert memos.caller_history(phone="010-2345-6789")  # a repeat caller
    assert len(memos.recent_transfers()) == 3


def test_a_second_fill_adds_nothing(demo_services: Services) -> None:
    fill_memos(demo_services.uow, demo_services.calendar, FIXED_NOW)
    assert fill_memos(demo_services.uow, demo_services.calendar, FIXED_NOW) == 0


def test_no_memos_without_staff(services: Services) -> None:
    assert fill_memos(services.uow, services.calendar, FIXED_NOW) == 0


def test_a_demo_started_on_sunday_evening_uses_friday(demo_services: Services) -> None:
    cal = demo_services.calendar.business_calendar()
    sunday = datetime(2026, 11, 29, 20, 0, tzinfo=SEOUL)
    assert working_minutes_before(cal, sunday, 30) == datetime(2026, 11, 27, 17, 30,
                                                               tzinfo=SEOUL)
    fill_memos(demo_services.uow, demo_services.calendar, sunday)
    assert demo_services.memos.escalate_due(sunday, actor=SYSTEM) == []
