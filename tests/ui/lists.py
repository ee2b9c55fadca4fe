"""Waiting for the lists: their reads run off the GUI thread (list_reader.py), so a test
that reloads a list, types into a search or ticks waits for the answer as a person would."""

from __future__ import annotations

import time

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from arco_desk.ui.common.list_reader import ListReader


def wait_loaded(widget: QWidget, timeout_ms: int = 10_000) -> None:
    """Until every list under ``widget`` has its latest answer on screen (the event loop
    runs meanwhile, as it does for the person at the desk)."""
    readers = widget.findChildren(ListReader)
    deadline = time.monotonic() + timeout_ms / 1000
    while any(r.pending() for r in readers):
        assert time.monotonic() < deadline, "a list's read did not answer in time"
        QTest.qWait(5)
