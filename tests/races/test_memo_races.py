"""Two PCs, one phone memo (docs/architecture.md §9): passing a memo on while it is answered,
two claims, two answers, two passes, one form saved twice at once, and escalation while the
holder reads. On SQLite and on the real PostgreSQL server, many trials each: exactly one
winner, a clear refusal for the other, no duplicate, nothing lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import partial

import pytest
from sqlalchemy import func, select

from arco_desk.domain.directory import Presence, StaffRecord
from arco_desk.domain.memos import MemoDraft, MemoEventKind, MemoRow, MemoStatus, Route
from arco_desk.domain.messages import msg
from arco_desk.services.demo import fill_directory
from arco_desk.services.submissions import new_key
from arco_desk.store.models import PhoneMemo, PhoneMemoEvent, Submission
from tests.actors import DESK, SYSTEM, acting
from tests.conftest import FIXED_NOW
from tests.races.conftest import Outcome, TwoPcs, one_winner, race

TRIALS = 20


@dataclass
class Desk:
    """The demo agency on two PCs: a holder with a stand-in in one department, and two
    colleagues elsewhere to pass memos on to."""

    pcs: TwoPcs
    holder: StaffRecord
    stand_in: StaffRecord
    first: StaffRecord
    second: StaffRecord

    def memo(self, route: Route = Route.TARGET, **values: object) -> int:
        fields: dict[str, object] = {
            "caller_name": "김영희", "caller_phone": "010-1234-5678",
            "called_at": FIXED_NOW - timedelta(minutes=5),
            "message": "지원 서류 보완 문의", "target_staff_id": self.holder.id,
            "route": route,
        }
        fields.update(values)
        return self.pcs.a.memos.record(MemoDraft(**fields), actor=DESK).id  # type: ignore[arg-type]

    def row(self, memo_id: int) -> MemoRow:
        return self.pcs.a.memos.get_row(memo_id)

    def events(self, memo_id: int, kind: MemoEventKind) -> int:
        with self.pcs.a.uow.read() as session:
            return int(session.scalar(
                select(func.count()).select_from(PhoneMemoEvent)
                .where(PhoneMemoEvent.memo_id == memo_id,
                       PhoneMemoEvent.kind == kind.value)) or 0)


@pytest.fixture
def desk(two_pcs: TwoPcs) -> Desk:
    services = two_pcs.a
    fill_directory(services.uow, FIXED_NOW)
    departments = services.directory.departments()
    members = services.directory.search("", departments[0].id)
    holder, stand_in = members[1], members[2]
    services.directory.set_presence(holder.id, Presence.IN, stand_in_id=stand_in.id,
                                    actor=DESK)
    elsewhere = services.directory.search("", departments[3].id)
    return Desk(two_pcs, services.directory.get_staff(holder.id), stand_in,
                elsewhere[0], elsewhere[1])


def _refusal(loser: Outcome) -> object:
    assert loser.refusal is not None
    return loser.refusal.msg


def test_passing_a_memo_on_while_it_is_answered(desk: Desk) -> None:
    """A department memo: one colleague passes it on while another answers it; and the
    holder's own two screens doing both. One wins; the other is told why."""
    a, b = desk.pcs.a, desk.pcs.b
    forwarded = answered = 0
    for trial in range(TRIALS):
        department = trial % 2 == 0
        memo_id = desk.memo(Route.DEPARTMENT if department else Route.TARGET)
        passer = desk.stand_in if department else desk.holder
        outcomes = race(
            partial(a.memos.forward, memo_id, desk.first.id, "담당 아님",
                    actor=acting(a, passer.id)),
            partial(b.memos.called_back, memo_id, "안내함", actor=acting(b, desk.holder.id)))
        winner, loser = one_winner(outcomes)
        row = desk.row(memo_id)
        if winner is outcomes[0]:
            forwarded += 1
            assert _refusal(loser) == msg("memo.not_yours", name=desk.first.name)
            assert row.status is MemoStatus.NEW and row.target_staff_id == desk.first.id
            assert row.done_at is None and row.outcome == ""
        else:
            answered += 1
            assert _refusal(loser).key == "memo.already_done"  # type: ignore[attr-defined]
            assert row.status is MemoStatus.DONE and row.outcome == "안내함"
            assert row.target_staff_id == desk.holder.id
        assert desk.events(memo_id, MemoEventKind.FORWARDED) == (winner is outcomes[0])
        assert desk.events(memo_id, MemoEventKind.CALLED_BACK) == (winner is outcomes[1])
    print(f"{desk.pcs.backend}: forward won {forwarded}, call-back won {answered}")


def test_two_colleagues_claim_one_department_memo(desk: Desk) -> None:
    a, b = desk.pcs.a, desk.pcs.b
    for _ in range(TRIALS):
        memo_id = desk.memo(Route.DEPARTMENT)
        outcomes = race(partial(a.memos.claim, memo_id, actor=acting(a, desk.holder.id)),
                        partial(b.memos.claim, memo_id, actor=acting(b, desk.stand_in.id)))
        winner, loser = one_winner(outcomes)
        taker = desk.holder if winner is outcomes[0] else desk.stand_in
        assert _refusal(loser) == msg("memo.taken_by", name=taker.name)
        row = desk.row(memo_id)
        assert row.target_staff_id == taker.id and row.status is MemoStatus.READ
        assert desk.events(memo_id, MemoEventKind.CLAIMED) == 1


def test_one_memo_answered_from_two_pcs(desk: Desk) -> None:
    a, b = desk.pcs.a, desk.pcs.b
    for _ in range(TRIALS):
        memo_id = desk.memo()
        outcomes = race(
            partial(a.memos.called_back, memo_id, "전화로 안내",
                    actor=acting(a, desk.holder.id)),
            partial(b.memos.replied_by_email, memo_id, "자료 보냄", "kim@hanbit.kr",
                    actor=acting(b, desk.holder.id)))
        winner, loser = one_winner(outcomes)
        assert _refusal(loser).key == "memo.already_done"  # type: ignore[attr-defined]
        row = desk.row(memo_id)
        assert row.status is MemoStatus.DONE
        assert row.done_via == ("call" if winner is outcomes[0] else "email")
        done = (desk.events(memo_id, MemoEventKind.CALLED_BACK)
                + desk.events(memo_id, MemoEventKind.EMAILED))
        assert done == 1


def test_one_memo_passed_on_from_two_pcs(desk: Desk) -> None:
    a, b = desk.pcs.a, desk.pcs.b
    for _ in range(TRIALS):
        memo_id = desk.memo()
        outcomes = race(
            partial(a.memos.forward, memo_id, desk.first.id, "국제교류 담당",
                    actor=acting(a, desk.holder.id)),
            partial(b.memos.forward, memo_id, desk.second.id, "예산 담당",
                    actor=acting(b, desk.holder.id)))
        winner, loser = one_winner(outcomes)
        to = desk.first if winner is outcomes[0] else desk.second
        assert _refusal(loser) == msg("memo.not_yours", name=to.name)
        assert desk.row(memo_id).target_staff_id == to.id
        assert desk.events(memo_id, MemoEventKind.FORWARDED) == 1


def test_one_form_saved_twice_at_once_stores_one_memo(desk: Desk) -> None:
    a, b = desk.pcs.a, desk.pcs.b
    draft = MemoDraft(caller_name="박철수", caller_phone="010-2222-3333",
                      called_at=FIXED_NOW - timedelta(minutes=2), message="대관 문의",
                      target_staff_id=desk.holder.id)
    for trial in range(TRIALS):
        key = new_key()
        first, second = race(partial(a.memos.record, draft, key=key, actor=DESK),
                             partial(b.memos.record, draft, key=key, actor=DESK))
        assert first.won and second.won
        assert isinstance(first.value, MemoRow) and isinstance(second.value, MemoRow)
        assert first.value.id == second.value.id
        with a.uow.read() as session:
            assert session.scalar(select(func.count()).select_from(PhoneMemo)) == trial + 1
            assert session.scalar(select(func.count()).select_from(Submission)) == trial + 1
        assert desk.events(first.value.id, MemoEventKind.RECORDED) == 1


def test_escalation_while_the_holder_reads(desk: Desk) -> None:
    """The agency's background round escalates an unread memo while the holder opens it,
    or their inbox marks it delivered: whichever comes first, the other's change stays."""
    a, b = desk.pcs.a, desk.pcs.b
    later = FIXED_NOW + timedelta(days=1)
    escalated_first = 0
    for trial in range(TRIALS):
        memo_id = desk.memo()
        holder = acting(b, desk.holder.id)
        reading = trial % 2 == 0
        outcomes = race(
            partial(a.memos.escalate_due, later, actor=SYSTEM),
            partial(b.memos.open_memo, memo_id, actor=holder) if reading
            else partial(b.memos.mark_delivered, [memo_id], actor=holder))
        assert outcomes[0].won and outcomes[1].won
        escalated = outcomes[0].value == [memo_id]
        row = desk.row(memo_id)
        assert desk.events(memo_id, MemoEventKind.ESCALATED) == escalated
        assert (row.escalated_at is not None) == escalated
        if reading:
            # Read either way; escalated too when the round came first.
            assert row.read_at == FIXED_NOW and row.status is MemoStatus.READ
            assert desk.events(memo_id, MemoEventKind.READ) == 1
            escalated_first += escalated
        else:
            # Delivered is still unread: escalated either way, and never undone by the
            # receipt (delivered only when it came first).
            delivered = outcomes[1].value == 1
            assert escalated and row.status is MemoStatus.ESCALATED
            assert desk.events(memo_id, MemoEventKind.DELIVERED) == delivered
            assert (row.delivered_at is not None) == delivered
            b.memos.open_memo(memo_id, actor=holder)
    print(f"{desk.pcs.backend}: escalated before the read {escalated_first}/{TRIALS // 2}")


def test_two_pcs_escalating_one_backlog_escalate_each_memo_once(desk: Desk) -> None:
    """Two rounds of the agency's work at once (a lease just handed over): the batch of
    each (docs/architecture.md §19) takes what the other left, so every memo of the
    backlog is escalated once, with one history line and one change record."""
    a, b = desk.pcs.a, desk.pcs.b
    later = FIXED_NOW + timedelta(days=1)
    for _ in range(TRIALS // 4):
        backlog = [desk.memo() for _ in range(6)]
        outcomes = race(partial(a.memos.escalate_due, later, actor=SYSTEM),
                        partial(b.memos.escalate_due, later, actor=SYSTEM))
        assert all(o.won for o in outcomes), [o.refusal or o.bug for o in outcomes]
        got = [memo_id for o in outcomes for memo_id in o.value]  # type: ignore[attr-defined]
        assert sorted(got) == backlog  # each once, by one round or the other
        for memo_id in backlog:
            assert desk.events(memo_id, MemoEventKind.ESCALATED) == 1
            assert desk.row(memo_id).escalated_to_id == desk.stand_in.id
