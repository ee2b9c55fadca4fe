"""``--demo`` complaints: every kind, channel and state, relative to now, whatever the day."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from arco_desk.domain.calendar_business import SEOUL
from arco_desk.domain.complaint_deadline import BadgeState
from arco_desk.domain.complaints import Channel, ComplaintStatus, EventKind
from arco_desk.domain.standard import load_standard
from arco_desk.services.complaint_records import ComplaintFilter, ListScope, Urgency
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.services.demo_complaints import fill_complaints
from arco_desk.store.models import ComplaintEvent
from tests.conftest import FIXED_NOW
from tests.signed_in import open_signed_in


def _fill(services: Services, now: datetime) -> int:
    return fill_complaints(services.uow, services.calendar,
                           services.complaints.attachments_dir, now)


def test_every_kind_channel_and_state(demo_services: Services) -> None:
    complaints = demo_services.complaints
    assert fill_complaints(demo_services.uow, demo_services.calendar,
                           complaints.attachments_dir, FIXED_NOW) == 30
    rows = complaints.rows(complaints.list_ids(ComplaintFilter(scope=ListScope.ALL)))
    assert {r.kind_code for r in rows} == {k.code for k in load_standard().complaint_kinds}
    assert {r.channel for r in rows} == set(Channel)
    assert {r.status for r in rows} == set(ComplaintStatus)
    badges = Counter(complaints.badge(r).state for r in rows)
    assert set(badges) == set(BadgeState)
    assert complaints.counts().overdue >= 2 and complaints.counts().due_today >= 1
    assert complaints.list_ids(ComplaintFilter(urgency=Urgency.DUE_SOON))
    extended = [r for r in rows if r.extended and r.status.is_open]
    assert len(extended) == 2
    with demo_services.uow.read() as session:
        kinds = Counter(session.scalars(select(ComplaintEvent.kind)))
    assert kinds[EventKind.DELAY_NOTICE.value] == 3
    assert kinds[EventKind.RESUMED.value] == 1
    assert all(e.actor_name for e in complaints.get(rows[0].id).events)


def test_only_once_and_only_with_a_directory(services: Services) -> None:
    assert _fill(services, FIXED_NOW) == 0  # no staff to assign
    fill_directory(services.uow, FIXED_NOW)
    assert _fill(services, FIXED_NOW) == 30
    assert _fill(services, FIXED_NOW) == 0


@pytest.mark.parametrize("now", [
    datetime(2026, 11, 28, 15, tzinfo=SEOUL),  # Saturday
    datetime(2026, 11, 27, 19, 5, tzinfo=SEOUL),  # Friday evening
    datetime(2026, 11, 30, 8, tzinfo=SEOUL),  # Monday before opening
    datetime(2026, 9, 25, 11, tzinfo=SEOUL),  # 추석
    datetime(2026, 11, 25, 12, 30, tzinfo=SEOUL),  # lunch
])
def test_any_moment_gives_a_valid_demo(basedir: Path, now: datetime) -> None:
    services = open_signed_in(basedir, clock=lambda: now)
    try:
        fill_directory(services.uow, now)
        assert _fill(services, now) == 30
        rows = services.complaints.rows(
            services.complaints.list_ids(ComplaintFilter(scope=ListScope.ALL)))
        states = {services.complaints.badge(r).state for r in rows}
        assert {BadgeState.OVERDUE, BadgeState.PAUSED, BadgeState.ANSWERED_IN_TIME,
                BadgeState.ANSWERED_LATE} <= states
        assert all(r.received_at <= now for r in rows)
    finally:
        services.close()
