"""The overdue board and the hand-over on a PC whose window uses the person's own
PostgreSQL login (row security, docs/architecture.md §11): a lead's work within their
department, and an administrator's across the agency, memos included although their
login reads no memo (the board runs on the PC's own connection, §14)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from arco_desk.domain.actor import Actor
from arco_desk.domain.overdue import WorkKind
from arco_desk.services.container import Services
from arco_desk.services.demo_accounts import DEMO_PASSWORD
from tests.conftest import fixed_clock
from tests.secured_database import PASSWORD, Agency
from tests.signed_in import open_signed_in

postgres = pytest.mark.postgres


@pytest.fixture
def pc(agency: Agency, tmp_path: Path) -> Iterator[Services]:
    services = open_signed_in(tmp_path, agency.url, clock=fixed_clock)
    try:
        yield services
    finally:
        services.close()


def _as(agency: Agency, pc: Services, who: str) -> Actor:
    login = agency.people[who].login
    actor = pc.accounts.sign_in(login, DEMO_PASSWORD).actor
    assert pc.connect_as(login, PASSWORD)
    pc.gate.sign_in(actor)
    return actor


@postgres
def test_a_lead_hands_a_colleagues_work_over_through_their_login(
        agency: Agency, pc: Services) -> None:
    lead = _as(agency, pc, "lead")
    board = pc.overdue.board(actor=lead)
    assert {g.department_id for g in board.groups} <= {agency.people["lead"].department_id}
    staff, spare = agency.people["staff"], agency.people["spare"]
    work = pc.overdue.open_work(staff.staff_id)
    assert agency.memos["staff"] in work.memo_ids
    assert agency.complaints["staff"] in work.complaint_ids
    done = pc.overdue.reassign_work(staff.staff_id, spare.staff_id, work.memo_ids,
                                    work.complaint_ids, actor=lead)
    assert (done.memos_moved, done.complaints_moved) == (len(work.memo_ids),
                                                         len(work.complaint_ids))
    assert pc.overdue.open_work(staff.staff_id).empty


@postgres
def test_an_administrator_hands_memos_over_too_without_reading_them(
        agency: Agency, pc: Services) -> None:
    admin = _as(agency, pc, "admin")
    other = agency.people["other"]
    work = pc.overdue.open_work(other.staff_id)
    assert agency.memos["other"] in work.memo_ids
    assert agency.complaints["other"] in work.complaint_ids
    board = pc.overdue.board(actor=admin)
    memos = [item for group in board.groups for item in group.items
             if item.kind is WorkKind.MEMO_CALLBACK]
    assert memos
    assert all(item.hidden and not item.who for item in memos)  # the kind and due only
    done = pc.overdue.reassign_work(other.staff_id, None, work.memo_ids, work.complaint_ids,
                                    actor=admin)
    assert (done.memos_moved, done.complaints_moved) == (len(work.memo_ids),
                                                         len(work.complaint_ids))
    assert pc.overdue.open_work(other.staff_id).empty
