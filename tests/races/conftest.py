"""Two PCs, one record: two independent service sets on one database (docs/architecture.md
§9), on embedded SQLite and on the real PostgreSQL server.

``two_pcs`` gives PC A and PC B, each with its own engine, pool and services, like two
desks. :func:`race` releases two calls together from two threads, many times.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from arco_desk.domain.errors import DomainError
from arco_desk.services.container import Services
from tests.conftest import fixed_clock
from tests.signed_in import open_signed_in


@dataclass
class TwoPcs:
    a: Services
    b: Services
    backend: str


@pytest.fixture(params=["sqlite", "postgresql"])
def two_pcs(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TwoPcs]:
    url = None
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")
    # PC A migrates (and on SQLite owns the file); PC B opens the same database.
    a = open_signed_in(tmp_path / "pc-a", url, clock=fixed_clock) if url else None
    if a is None:
        (tmp_path / "shared").mkdir()
        a = open_signed_in(tmp_path / "shared", clock=fixed_clock)
        b = open_signed_in(tmp_path / "shared", clock=fixed_clock)
    else:
        (tmp_path / "pc-b").mkdir()
        b = open_signed_in(tmp_path / "pc-b", url, clock=fixed_clock)
    yield TwoPcs(a, b, request.param)
    b.close()
    a.close()


@dataclass
class Outcome:
    """What one side of a race got: a value, a refusal (``DomainError``) or a bug."""

    value: object = None
    refusal: DomainError | None = None
    bug: BaseException | None = None

    @property
    def won(self) -> bool:
        return self.refusal is None and self.bug is None


def race(first: Callable[[], object], second: Callable[[], object],
         timeout: float = 60.0) -> tuple[Outcome, Outcome]:
    """Run both calls at the same moment from two threads; their outcomes. A bug (any
    exception that is not a refusal) is kept, for the test to fail on with its trace."""
    start = threading.Barrier(2)
    outcomes = (Outcome(), Outcome())

    def run(call: Callable[[], object], outcome: Outcome) -> None:
        start.wait()
        try:
            outcome.value = call()
        except DomainError as refusal:
            outcome.refusal = refusal
        except BaseException as error:
            outcome.bug = error

    threads = [threading.Thread(target=run, args=(call, outcome))
               for call, outcome in zip((first, second), outcomes, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
        assert not thread.is_alive(), "a racing call never finished"
    for outcome in outcomes:
        if outcome.bug is not None:
            raise AssertionError("a racing call failed with a bug") from outcome.bug
    return outcomes


def one_winner(outcomes: tuple[Outcome, Outcome]) -> tuple[Outcome, Outcome]:
    """The winner and the loser; fails unless exactly one call succeeded."""
    won = [o for o in outcomes if o.won]
    assert len(won) == 1, [o.refusal for o in outcomes]
    loser = next(o for o in outcomes if not o.won)
    return won[0], loser
