"""The start's objects are frozen out of the cycle collector (docs/architecture.md §18)."""

from __future__ import annotations

import gc

from arco_desk.ui.shell.heap import freeze_what_start_built


def test_what_the_start_built_is_left_out_of_later_collections() -> None:
    built = [[n] for n in range(1_000)]  # long-lived, tracked objects
    try:
        freeze_what_start_built()
        assert gc.get_freeze_count() >= len(built)
    finally:
        gc.unfreeze()  # the rest of the test run collects as usual
    assert gc.get_freeze_count() == 0
