"""Two administrators save the service standard at the same moment from two PCs, many
times, on SQLite and PostgreSQL: the database decides (the version number is unique),
exactly one version is made each time, and the other is told who saved meanwhile."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from arco_desk.domain.actor import Actor
from arco_desk.domain.deadlines import Period
from arco_desk.domain.roles import Role
from arco_desk.domain.standard_versions import StandardDraft
from arco_desk.store.models import ServiceStandardVersion
from tests.races.conftest import TwoPcs, one_winner, race
from tests.words import korean

TRIALS = 15
ADMIN_A = Actor("test:admin-a", None, "가 관리자", frozenset({Role.ADMIN}))
ADMIN_B = Actor("test:admin-b", None, "나 관리자", frozenset({Role.ADMIN}))


def _draft(pcs: TwoPcs, days: int) -> StandardDraft:
    base = pcs.a.standards.current()
    kinds = tuple(replace(k, period=Period.working_days(days)) if k.code == "petition" else k
                  for k in base.complaint_kinds)
    return StandardDraft(kinds, base.default_kind_code, str(base.phone_callback))


def test_two_admins_saving_at_once(two_pcs: TwoPcs) -> None:
    for trial in range(TRIALS):
        based_on = trial
        first, second = _draft(two_pcs, 8), _draft(two_pcs, 9)
        winner, loser = one_winner(race(
            lambda d=first, v=based_on: two_pcs.a.standards.save(d, based_on=v,
                                                                  actor=ADMIN_A),
            lambda d=second, v=based_on: two_pcs.b.standards.save(d, based_on=v,
                                                                   actor=ADMIN_B)))
        assert loser.refusal is not None
        assert loser.refusal.msg.key == "standard.saved_meanwhile"
        assert winner.value.saved_by_name in korean(loser.refusal)  # type: ignore[attr-defined]
        with two_pcs.a.uow.read() as session:
            count = session.scalar(select(func.count()).select_from(ServiceStandardVersion))
        assert count == trial + 1
        two_pcs.a.standards.invalidate()
        two_pcs.b.standards.invalidate()
    assert two_pcs.a.standards.latest_version() == TRIALS
