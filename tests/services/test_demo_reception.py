"""``--demo`` reception: today's appointments in every state, walk-ins, outbound visits with
their call tasks — around ``now``, once, the same for the same seed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from arco_desk.domain.deadlines import CountdownState
from arco_desk.domain.reception import VisitStatus
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.services.demo_reception import fill_reception
from tests.actors import SYSTEM
from tests.conftest import FIXED_NOW, fixed_clock
from tests.signed_in import open_signed_in

TODAY = FIXED_NOW.date()


def test_today_in_every_state_with_walk_ins(demo_services: Services) -> None:
    assert fill_reception(demo_services.uow, demo_services.calendar, FIXED_NOW) == 15
    timeline = demo_services.reception.timeline(TODAY)
    assert {e.status for e in timeline} == set(VisitStatus)
    walk_ins = [e for e in timeline if e.is_walk_in]
    assert len(walk_ins) == 2
    assert {e.status for e in walk_ins} == {VisitStatus.LEFT, VisitStatus.ARRIVED}
    routed = [e for e in timeline if e.routed_to_name]
    assert len(routed) == 1 and routed[0].status is VisitStatus.ARRIVED
    assert all(e.visitor_name_masked.count("*") == 1 for e in timeline)
    # The statuses fit the clock: who is inside arrived before now, who is expected is due.
    for entry in timeline:
        if entry.arrived_at is not None:
            assert entry.arrived_at <= FIXED_NOW
        if entry.status is VisitStatus.EXPECTED:
            assert entry.starts_at > FIXED_NOW
    # One appointment is due within the preparation lead: the first tick alerts its host.
    [alert] = demo_services.reception.preparation_alerts_due(actor=SYSTEM)
    assert alert.starts_at - FIXED_NOW <= timedelta(minutes=5)
    assert demo_services.reception.still_inside(TODAY)


def test_outbound_visits_with_their_call_tasks(demo_services: Services) -> None:
    fill_reception(demo_services.uow, demo_services.calendar, FIXED_NOW)
    outbound = demo_services.reception.outbound
    assert outbound.open_count() == 3
    rows = outbound.rows(outbound.task_ids(include_done=True))
    assert len(rows) == 4
    states = {r.countdown.state for r in rows if r.countdown is not None}
    assert {CountdownState.OVERDUE, CountdownState.DUE_TODAY, CountdownState.ON_TRACK} <= states
    cal = demo_services.calendar.business_calendar()
    for row in rows:
        assert row.call_due_at == cal.call_before_visit_due(row.visit_date)
    assert sum(r.called_at is not None for r in rows) == 1


def test_added_once_and_only_with_a_directory(services: Services, tmp_path: Path) -> None:
    assert fill_reception(services.uow, services.calendar, FIXED_NOW) == 0  # no staff yet
    fill_directory(services.uow, FIXED_NOW)
    assert fill_reception(services.uow, services.calendar, FIXED_NOW) == 15
    assert fill_reception(services.uow, services.calendar, FIXED_NOW) == 0
    assert len(services.reception.timeline(TODAY)) == 11
    other = open_signed_in(tmp_path, clock=fixed_clock)
    try:
        fill_directory(other.uow, FIXED_NOW)
        fill_reception(other.uow, other.calendar, FIXED_NOW)
        mine = [(e.visitor_name_masked, e.status, e.host_name, e.starts_at)
                for e in services.reception.timeline(TODAY)]
        theirs = [(e.visitor_name_masked, e.status, e.host_name, e.starts_at)
                  for e in other.reception.timeline(TODAY)]
    finally:
        other.close()
    assert mine == theirs
