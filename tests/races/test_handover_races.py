"""Two PCs, one person's work (docs/architecture.md §9): a hand-over while the person
answers a memo on another PC, and the same hand-over made from two PCs at once. On SQLite
and on the real PostgreSQL server: each item moves once, an answered memo stays answered
and unmoved, and the history and the feed say exactly what happened."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from arco_desk.domain.actor import Actor
from arco_desk.domain.complaints import EventKind
from arco_desk.domain.memos import MemoEventKind, MemoStatus
from arco_desk.domain.overdue import HandOver
from arco_desk.services.submissions import new_key
from arco_desk.store.models import AuditEntry, ComplaintEvent, PhoneMemo, PhoneMemoEvent
from tests.overdue_agency import AGENCY, Work, make_work
from tests.races.conftest import TwoPcs, race

TRIALS = 5


@pytest.fixture
def work(two_pcs: TwoPcs) -> Work:
    return make_work(two_pcs.a)


def _forwarded(work: Work, memo_ids: tuple[int, ...]) -> int:
    with work.services.uow.read() as session:
        return int(session.scalar(select(func.count()).select_from(PhoneMemoEvent).where(
            PhoneMemoEvent.memo_id.in_(memo_ids),
            PhoneMemoEvent.kind == MemoEventKind.FORWARDED.value)) or 0)


def test_a_memo_answered_while_the_work_is_handed_over_is_not_moved(
        two_pcs: TwoPcs, work: Work) -> None:
    holder, colleague = work.holder, work.colleague
    as_holder = Actor.for_staff(holder.id, holder.name)
    for trial in range(TRIALS):
        # Each trial: the colleague's memos back to the holder, through the same path.
        found = two_pcs.a.overdue.open_work(holder.id)
        answered_id = found.memo_ids[0]
        before = _forwarded(work, (answered_id,))
        answering, moving = race(
            lambda i=answered_id: two_pcs.b.memos.called_back(i, "통화함", actor=as_holder),
            lambda f=found: two_pcs.a.overdue.reassign_work(
                holder.id, colleague.id, f.memo_ids, f.complaint_ids, actor=AGENCY))
        moved = moving.value
        assert isinstance(moved, HandOver)
        with two_pcs.a.uow.read() as session:
            memo = session.get(PhoneMemo, answered_id)
            assert memo is not None
        if answering.won:  # answered first: it stays the holder's, answered, unmoved
            assert (memo.status, memo.target_staff_id) == (MemoStatus.DONE.value, holder.id)
            assert (moved.memos_moved, moved.memos_left) == (len(found.memo_ids) - 1, 1)
        else:  # moved first: the holder's answer is refused, naming the new holder
            assert answering.refusal is not None
            assert answering.refusal.msg.key == "memo.not_yours"
            assert (memo.status, memo.target_staff_id) != (MemoStatus.DONE.value, holder.id)
            assert moved.memos_moved == len(found.memo_ids)
        assert moved.complaints_moved == len(found.complaint_ids)
        assert _forwarded(work, (answered_id,)) - before == (0 if answering.won else 1)
        # Give the colleague's open work back for the next trial, and one new memo.
        back = two_pcs.a.overdue.open_work(colleague.id)
        two_pcs.a.overdue.reassign_work(colleague.id, holder.id, back.memo_ids,
                                        back.complaint_ids, actor=AGENCY)
        from tests.overdue_agency import _memo
        from tests.reception_desk import seoul
        _memo(two_pcs.a, holder.id, seoul(2026, 11, 19, 9 + trial % 8))


def test_the_same_hand_over_from_two_pcs_moves_each_item_once(
        two_pcs: TwoPcs, work: Work) -> None:
    holder, colleague = work.holder, work.colleague
    for _ in range(TRIALS):
        found = two_pcs.a.overdue.open_work(holder.id)
        first, second = race(
            lambda f=found: two_pcs.a.overdue.reassign_work(
                holder.id, colleague.id, f.memo_ids, f.complaint_ids, actor=AGENCY),
            lambda f=found: two_pcs.b.overdue.reassign_work(
                holder.id, colleague.id, f.memo_ids, f.complaint_ids, actor=AGENCY))
        one, other = first.value, second.value
        assert isinstance(one, HandOver) and isinstance(other, HandOver)
        assert one.memos_moved + other.memos_moved == len(found.memo_ids)
        assert one.complaints_moved + other.complaints_moved == len(found.complaint_ids)
        assert one.memos_left + other.memos_left == len(found.memo_ids)
        with two_pcs.a.uow.read() as session:
            events = session.scalars(select(ComplaintEvent.complaint_id).where(
                ComplaintEvent.complaint_id.in_(found.complaint_ids),
                ComplaintEvent.kind == EventKind.REASSIGNED.value)).all()
        assert sorted(set(events)) == sorted(found.complaint_ids)
        back = two_pcs.a.overdue.open_work(colleague.id)
        assert set(found.memo_ids) <= set(back.memo_ids)
        two_pcs.a.overdue.reassign_work(colleague.id, holder.id, back.memo_ids,
                                        back.complaint_ids, actor=AGENCY)
    # Every item went there and back once per trial: two history lines each per trial.
    memo_ids = tuple(two_pcs.a.overdue.open_work(holder.id).memo_ids)
    assert _forwarded(work, memo_ids) == 2 * TRIALS * len(memo_ids)


def test_a_hand_over_whose_outcome_was_unknown_is_recognised_by_its_key(
        two_pcs: TwoPcs, work: Work) -> None:
    """PC A's save reached the database but A never heard back; saving again with the same
    key (from A, or B asking) moves nothing more and says it was saved."""
    holder, colleague = work.holder, work.colleague
    found = two_pcs.a.overdue.open_work(holder.id)
    key = new_key()
    first = two_pcs.a.overdue.reassign_work(holder.id, colleague.id, found.memo_ids,
                                            found.complaint_ids, key=key, actor=AGENCY)
    assert two_pcs.b.submissions.was_saved(key)
    # Meanwhile new work reached the holder; the repeated save must not move it.
    from tests.overdue_agency import _memo
    from tests.reception_desk import seoul
    fresh = _memo(two_pcs.b, holder.id, seoul(2026, 11, 20, 9))
    again, twice = race(
        lambda: two_pcs.a.overdue.reassign_work(
            holder.id, colleague.id, (*found.memo_ids, fresh), found.complaint_ids, key=key,
            actor=AGENCY),
        lambda: two_pcs.b.overdue.reassign_work(
            holder.id, colleague.id, (*found.memo_ids, fresh), found.complaint_ids, key=key,
            actor=AGENCY))
    assert first.memos_moved == len(found.memo_ids)
    for outcome in (again, twice):
        assert isinstance(outcome.value, HandOver) and outcome.value.already
        assert outcome.value.memos_moved == 0
    assert two_pcs.a.overdue.open_work(holder.id).memo_ids == (fresh,)
    with two_pcs.a.uow.read() as session:
        audits = session.scalar(select(func.count()).select_from(AuditEntry)
                                .where(AuditEntry.action == "work.reassign"))
    assert audits == 1
