"""The objects a start builds live as long as the program: the cycle collector is told
so (docs/architecture.md §18).

Python's full collection walks every object it tracks, and it runs on whichever thread
happens to allocate, holding the interpreter lock: with the services, the models and the
tabs built, a full collection in a pool thread's read held the GUI thread for about
100 ms at a million rows. Frozen, the start's objects are left out of every later
collection (they are still freed by reference counting when let go).
"""

from __future__ import annotations

import gc


def freeze_what_start_built() -> None:
    """Collect once, then move every object alive now out of the collector's sight."""
    gc.collect()
    gc.freeze()
