"""What one fuzzed call is, and how it is judged on each backend.

A :class:`Call` draws its arguments, runs on one :class:`Desk` (one backend's services with
its seeded records) and, for a write, says what must be stored. The run compares the
:func:`verdict` of both backends: "ok", or the refusal's message keys.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from hypothesis import strategies as st
from sqlalchemy.orm import Session

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.dates import EARLIEST_DATE, latest_date
from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.services.container import Services
from arco_desk.services.search import Found
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()


class Ref(NamedTuple):
    """A seeded record, by what it is (``Refs`` field) and index: each backend has its own
    id for it."""

    what: str
    index: int = 0


@dataclass(frozen=True)
class Refs:
    """The ids of the records seeded for the calls that need one, on one backend."""

    departments: tuple[int, ...]
    staff: tuple[int, ...]  # active, in the office: hosts, recipients, assignees
    edited_staff: int  # the staff member the edit calls change
    appointment: int  # a booking that stays expected (update_appointment)
    visit: int  # a walk-in still inside (visit record, passes)
    memo: int
    complaint: int
    outbound: int
    visitor: int
    reason: int


@dataclass
class Desk:
    """One backend: its services and its seeded records."""

    name: str
    services: Services
    refs: Refs
    folder: Path  # the base folder of this PC (files a call reads are written here)

    def id(self, value: object) -> Any:
        """``value`` with a :class:`Ref` replaced by this backend's id."""
        if isinstance(value, Ref):
            found = getattr(self.refs, value.what)
            return found[value.index % len(found)] if isinstance(found, tuple) else found
        return value

    def read(self) -> Any:
        return self.services.uow.read()


Run = Callable[[Desk, Any], object]
# After a successful write: (what, the validator's value, the stored value) triples.
Stored = Callable[[Desk, Any, object], Iterable[tuple[str, object, object]]]


@dataclass(frozen=True)
class Call:
    """One fuzzed entry point. ``covers`` names the service methods it drives, as the
    container reaches them ("memos.search_ids"); ``examples`` is its share of the run."""

    name: str
    covers: tuple[str, ...]
    arguments: st.SearchStrategy[Any]
    run: Run
    examples: int
    stored: Stored | None = None
    # Some inputs must get through: a call refused every time tests only its first check.
    answers: bool = True

    def __repr__(self) -> str:
        return f"Call({self.name})"


class Outcome(NamedTuple):
    verdict: tuple[object, ...]
    answer: object
    seconds: float


def verdict(answer: object, refusal: DomainError | None) -> tuple[object, ...]:
    """What both backends must agree on: ok (and whether a search was narrowed), or the
    refusal's kind and message keys by field."""
    if refusal is None:
        return ("ok", answer.narrowed) if isinstance(answer, Found) else ("ok",)
    if isinstance(refusal, ValidationError):
        return ("refused", type(refusal).__name__,
                tuple(sorted((field, m.key) for field, m in refusal.field_errors.items())))
    return ("refused", type(refusal).__name__, refusal.msg.key)


def attempt(desk: Desk, call: Call, arguments: Any) -> Outcome:
    """Run ``call`` on ``desk``; a refusal is an outcome, anything else propagates."""
    started = time.perf_counter()
    try:
        answer = call.run(desk, arguments)
    except DomainError as refusal:
        return Outcome(verdict(None, refusal), None, time.perf_counter() - started)
    return Outcome(verdict(answer, None), answer, time.perf_counter() - started)


def row(session: Session, model: type, row_id: object, *names: str) -> tuple[object, ...]:
    """Columns ``names`` of one stored row."""
    found = session.get(model, row_id)
    assert found is not None, f"{model.__name__} {row_id} was not stored"
    return tuple(getattr(found, name) for name in names)


def within_range(what: str, value: date | None) -> tuple[str, object, object]:
    """A stored date or moment lies in the range a person may enter (domain/dates.py):
    an input outside it must have been refused."""
    if value is None:
        return (f"{what} in the date range", None, None)
    day = value.astimezone(SEOUL).date() if isinstance(value, datetime) else value
    return (f"{what} in the date range", True, EARLIEST_DATE <= day <= latest_date(TODAY))


def pairs(names: Iterable[str], expected: Iterable[object],
          stored: Iterable[object]) -> list[tuple[str, object, object]]:
    return list(zip(names, expected, stored, strict=True))
