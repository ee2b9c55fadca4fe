"""The agency's background work runs once for the agency: on the PC holding the lease,
whatever windows are open, and hands over when that PC goes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from arco_desk.domain.memos import MemoStatus
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from tests.actors import DESK, acting
from tests.clock import SteppingClock
from tests.conftest import FIXED_NOW
from tests.services.test_memos import draft, feed, pick
from tests.signed_in import open_signed_in


@pytest.fixture
def two_pcs(pg_url: str, tmp_path: Path,
            stepping_clock: SteppingClock) -> Iterator[tuple[Services, Services]]:
    """Two PCs on one PostgreSQL database, on the same clock."""
    first = open_signed_in(tmp_path / "pc1", pg_url, clock=stepping_clock)
    second = open_signed_in(tmp_path / "pc2", pg_url, clock=stepping_clock)
    fill_directory(first.uow, FIXED_NOW)
    yield first, second
    first.close()
    second.close()


@pytest.mark.postgres
def test_one_pc_escalates_and_the_other_hands_over_when_it_goes(
    two_pcs: tuple[Services, Services], stepping_clock: SteppingClock
) -> None:
    first, second = two_pcs
    person, stand_in = pick(first)
    memo = first.memos.record(draft(person.id), actor=DESK)
    stepping_clock.advance(timedelta(minutes=30))
    run = first.scheduler.run_due()
    assert run.held and run.escalated == [memo.id]
    assert second.scheduler.run_due().held is False  # the work is the first PC's
    later = first.memos.record(draft(person.id, caller_name="박철수"), actor=DESK)
    stepping_clock.advance(timedelta(minutes=30))
    first.scheduler.stop()  # the first PC quits
    run = second.scheduler.run_due()
    assert run.held and run.escalated == [later.id]
    assert first.memos.get_row(later.id).status is MemoStatus.ESCALATED
    assert [e for e in feed(first) if e[0] == "memo_escalated"] == [
        ("memo_escalated", memo.id, stand_in.id, person.department_id),
        ("memo_escalated", later.id, stand_in.id, person.department_id)]


def test_delivery_is_a_change_the_desk_hears_about(
    clocked_services: Services,
) -> None:
    services = clocked_services
    person, _ = pick(services)
    memo = services.memos.record(draft(person.id), actor=DESK)
    assert services.memos.mark_delivered([memo.id], actor=acting(services, person.id)) == 1
    assert feed(services)[-1] == ("memo_delivered", memo.id, person.id, person.department_id)
    assert services.memos.mark_delivered([memo.id], actor=acting(services, person.id)) == 0
    assert [e[0] for e in feed(services)].count("memo_delivered") == 1


def test_on_sqlite_every_process_may_run_the_round(clocked_services: Services,
                                                  stepping_clock: SteppingClock) -> None:
    services = clocked_services
    person, _ = pick(services)
    memo = services.memos.record(draft(person.id), actor=DESK)
    stepping_clock.advance(timedelta(minutes=30))
    assert services.scheduler.run_due().escalated == [memo.id]
    assert services.scheduler.run_due().escalated == []  # a second round changes nothing
