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

from arco_desk.store.errors import StoreConflict

ATTEMPTS: Final = 5
FIRST_PAUSE_S: Final = 0.01

P = ParamSpec("P")
R = TypeVar("R")

_inside = threading.local()

# Marks a function as retried; a test checks every service write carries it.
RETRIED: Final = "__arco_retried__"


def retry_conflicts(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` again (up to :data:`ATTEMPTS` times) when it fails with a
    ``StoreConflict``. Only for functions whose work is all inside their transaction."""

    @functools.wraps(function)
    def attempt(*args: P.args, **kwargs: P.kwargs) -> R:
        if getattr(_inside, "retrying", False):
            return function(*args, **kwargs)  # the outer use case tries again
        _inside.retrying = True
        try:
            pause = FIRST_PAUSE_S
            for _ in range(ATTEMPTS - 1):
                try:
                    return function(*args, **kwargs)
                except StoreConflict:
                    time.sleep(pause * random.uniform(0.5, 1.5))  # jitter, not a secret
                    pause *= 2
            return function(*args, **kwargs)
        finally:
            _inside.retrying = False

    setattr(attempt, RETRIED, True)
    return attempt
