"""A write that collided with another PC's runs again from the start, a bounded number of
times (docs/architecture.md §9)."""

from __future__ import annotations

import pytest

from arco_desk.store.errors import Reason, StoreConflict, StoreUnavailable, unavailable
from arco_desk.store.retry import ATTEMPTS, RETRIED, retry_conflicts


def _failing(times: int, error: Exception) -> tuple[list[int], object]:
    calls: list[int] = []

    @retry_conflicts
    def write(value: int) -> int:
        calls.append(value)
        if len(calls) <= times:
            raise error
        return value * 2

    return calls, write


@pytest.mark.parametrize("reason", [Reason.DEADLOCK, Reason.SERIALIZATION, Reason.DUPLICATE])
def test_a_conflict_is_tried_again_until_it_succeeds(reason: Reason) -> None:
    calls, write = _failing(2, unavailable(reason))
    assert write(21) == 42  # type: ignore[operator]
    assert calls == [21, 21, 21]


def test_attempts_are_bounded_and_the_last_conflict_reaches_the_operator() -> None:
    calls, write = _failing(100, unavailable(Reason.DEADLOCK))
    with pytest.raises(StoreConflict) as raised:
        write(1)  # type: ignore[operator]
    assert len(calls) == ATTEMPTS
    assert raised.value.msg.key == "store.deadlock"


def test_other_failures_are_not_tried_again() -> None:
    calls, write = _failing(1, unavailable(Reason.UNREACHABLE))
    with pytest.raises(StoreUnavailable):
        write(1)  # type: ignore[operator]
    assert calls == [1]


def test_a_retried_function_is_marked() -> None:
    _, write = _failing(0, unavailable(Reason.DEADLOCK))
    assert getattr(write, RETRIED) is True


def test_a_retried_use_case_inside_another_is_retried_once_at_the_outside() -> None:
    inner_calls: list[int] = []

    @retry_conflicts
    def inner() -> None:
        inner_calls.append(1)
        raise unavailable(Reason.SERIALIZATION)

    @retry_conflicts
    def outer() -> None:
        inner()

    with pytest.raises(StoreConflict):
        outer()
    assert len(inner_calls) == ATTEMPTS  # not ATTEMPTS * ATTEMPTS
    calls, write = _failing(1, unavailable(Reason.DEADLOCK))
    assert write(2) == 4  # type: ignore[operator]  # and the next call retries again
    assert calls == [2, 2]
