"""Trying a write again when another transaction got in its way (docs/architecture.md §9).

A deadlock or a serialization failure (``StoreConflict``) means the database undid the
whole transaction; running the use case again from the start is correct and usually
succeeds. Attempts are bounded and spaced with random jitter, so two PCs that collided
don't collide again in step; the last failure reaches the operator as its message.

A retried use case that calls another (a settings form saving through the settings
service) is retried once, at the outside: the inner call runs through, so attempts
never multiply.
"""

from __future__ import annotations

import functools
import random
import threading
import time
from collections.abc import Callable
from typing import Final, ParamSpec, TypeVar

from sqlalchemy.exc import DBAPIError

from arco_desk.store.errors import OutcomeUnknown, StoreConflict, StoreUnavailable

ATTEMPTS: Final = 5
FIRST_PAUSE_S: Final = 0.01

P = ParamSpec("P")
R = TypeVar("R")

_inside = threading.local()

# Marks a function as retried; a test checks every service write carries it.
RETRIED: Final = "__arco_retried__"


def found_dead(error: StoreUnavailable) -> bool:
    """A pooled connection that turned out dead (a server restart, a connection the
    server ended) before the commit: nothing was stored, and the pool has been dropped,
    so one more attempt on a fresh connection is correct (docs/architecture.md §19: the
    pool does not ping at every checkout). Not a failed commit (``OutcomeUnknown``), nor
    a server that cannot be reached at all (no connection was found dead)."""
    cause = error.__cause__
    return (not isinstance(error, OutcomeUnknown) and isinstance(cause, DBAPIError)
            and cause.connection_invalidated)


def retry_conflicts(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` again (up to :data:`ATTEMPTS` times) when it fails with a
    ``StoreConflict``, and once when its pooled connection was found dead
    (:func:`found_dead`). Only for functions whose work is all inside their
    transaction."""

    @functools.wraps(function)
    def attempt(*args: P.args, **kwargs: P.kwargs) -> R:
        if getattr(_inside, "retrying", False):
            return function(*args, **kwargs)  # the outer use case tries again
        _inside.retrying = True
        try:
            pause = FIRST_PAUSE_S
            reconnected = False
            for _ in range(ATTEMPTS - 1):
                try:
                    return function(*args, **kwargs)
                except StoreConflict:
                    time.sleep(pause * random.uniform(0.5, 1.5))  # jitter, not a secret
                    pause *= 2
                except StoreUnavailable as error:
                    if reconnected or not found_dead(error):
                        raise
                    reconnected = True
            return function(*args, **kwargs)
        finally:
            _inside.retrying = False

    setattr(attempt, RETRIED, True)
    return attempt
