"""A list's reads off the GUI thread (arco_desk/ui/common/list_reader.py): on a real SQLite
database, a read held on its pool thread leaves the event loop free, a newer request wins,
and a locked database is a message in the bar, not a crash report."""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from arco_desk.domain.messages import msg
from arco_desk.services.container import DATABASE_FILE, Services
from arco_desk.ui.common.background_call import BACKGROUND_NICE
from arco_desk.ui.common.list_reader import BUSY_AFTER_MS, ListReader
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.messages import render


class Gate:
    """Holds the reads it wraps on their pool thread until it is opened."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.started = threading.Event()

    def __call__(self, work: Callable[[], Any]) -> Any:
        self.started.set()
        assert self.open.wait(20), "the test never let the read go"
        return work()


@pytest.fixture
def host(qtbot) -> Iterator[tuple[QWidget, MessageBar, QLabel]]:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    bar = MessageBar(widget)
    label = QLabel("3 staff", widget)
    yield widget, bar, label


def test_a_held_read_leaves_the_event_loop_free_and_says_it_is_searching(
    qtbot, demo_services: Services, host: tuple[QWidget, MessageBar, QLabel],  # type: ignore[no-untyped-def]
) -> None:
    widget, bar, label = host
    gate = Gate()
    reader = ListReader(widget, bar, busy_label=label, wrap=gate)
    answers: list[list[int]] = []
    directory = demo_services.directory
    reader.read(lambda: directory.search_ids("", None, None), answers.append)
    assert gate.started.wait(5)
    beats: list[int] = []
    timer = QTimer(widget)
    timer.timeout.connect(lambda: beats.append(1))
    timer.start(10)
    try:
        qtbot.wait(BUSY_AFTER_MS + 150)  # the loop runs while the read is held
        assert len(beats) >= 5
        assert reader.pending() and answers == []
        assert label.text() == "Searching…"
        gate.open.set()
        qtbot.waitUntil(lambda: not reader.pending(), timeout=5000)
    finally:
        gate.open.set()
        timer.stop()
    assert answers and len(answers[0]) == len(directory.search(""))


def test_no_indicator_for_a_quick_read(
    qtbot, demo_services: Services, host: tuple[QWidget, MessageBar, QLabel],  # type: ignore[no-untyped-def]
) -> None:
    widget, bar, label = host
    reader = ListReader(widget, bar, busy_label=label)
    shown: list[bool] = []
    reader.busy_changed.connect(shown.append)
    directory = demo_services.directory
    reader.read(lambda: directory.search_ids("", None, None), lambda ids: None)
    qtbot.waitUntil(lambda: not reader.pending(), timeout=5000)
    assert shown == [] and label.text() == "3 staff"


def test_a_newer_search_wins_and_the_older_answer_is_never_shown(
    qtbot, demo_services: Services, host: tuple[QWidget, MessageBar, QLabel],  # type: ignore[no-untyped-def]
) -> None:
    widget, bar, label = host
    first = Gate()
    held = [True]

    def wrap(work: Callable[[], Any]) -> Any:
        if held[0]:
            held[0] = False
            return first(work)  # the first request waits; the later ones go
        return work()
    reader = ListReader(widget, bar, busy_label=label, wrap=wrap)
    directory = demo_services.directory
    everyone = directory.search_ids("", None, None)
    name = directory.search("")[3].name
    shown: list[tuple[str, list[int]]] = []
    reader.read(lambda: directory.search_ids("", None, None),
                lambda ids: shown.append(("old", ids)))
    assert first.started.wait(5)
    reader.read(lambda: directory.search_ids(name, None, None),
                lambda ids: shown.append(("new", ids)))
    try:
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    finally:
        first.open.set()
    from arco_desk.ui.common.background_call import wait_for_background_work

    assert wait_for_background_work(5000)
    qtbot.wait(50)  # the older answer's delivery has come and gone
    assert [which for which, _ in shown] == ["new"]
    assert 0 < len(shown[0][1]) < len(everyone)
    assert not reader.pending()


def test_a_request_superseded_before_it_starts_never_runs(
    qtbot, demo_services: Services, host: tuple[QWidget, MessageBar, QLabel],  # type: ignore[no-untyped-def]
) -> None:
    widget, bar, _label = host
    ran: list[str] = []
    reader = ListReader(widget, bar)
    directory = demo_services.directory

    def search(which: str) -> Callable[[], list[int]]:
        def work() -> list[int]:
            ran.append(which)
            return directory.search_ids("", None, None)
        return work
    # Every pool thread busy: the requests queue, and only the last is still wanted.
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    gates = [Gate() for _ in range(pool.maxThreadCount())]
    for gate in gates:
        pool.start(lambda g=gate: g(lambda: None))  # type: ignore[misc]
    try:
        for which in ("a", "b", "c"):
            reader.read(search(which), lambda ids: None)
    finally:
        for gate in gates:
            gate.open.set()
    qtbot.waitUntil(lambda: not reader.pending(), timeout=5000)
    assert ran == ["c"]


def test_a_locked_database_during_a_read_is_a_message_in_the_bar_not_a_crash(
    qtbot, demo_services: Services, basedir: Path,  # type: ignore[no-untyped-def]
    host: tuple[QWidget, MessageBar, QLabel],
) -> None:
    widget, bar, label = host
    widget.show()
    reader = ListReader(widget, bar, busy_label=label)
    failed: list[bool] = []
    answers: list[list[int]] = []
    directory = demo_services.directory
    # Another program holds the file exclusively: this PC's next connection waits out the
    # busy timeout (5 s), then the store says it is unavailable.
    demo_services.uow.engine.dispose()
    blocker = sqlite3.connect(basedir / DATABASE_FILE, timeout=0, isolation_level=None)
    try:
        blocker.execute("PRAGMA locking_mode=EXCLUSIVE")
        blocker.execute("BEGIN EXCLUSIVE")
        reader.read(lambda: directory.search_ids("", None, None), answers.append,
                    lambda: failed.append(True))
        qtbot.waitUntil(lambda: not reader.pending(), timeout=15_000)
    finally:
        blocker.rollback()
        blocker.close()
    assert answers == [] and failed == [True]
    assert bar.isVisible() and bar.level == "error"
    assert render(msg("store.locked")) in bar.text()
    assert label.text() == "3 staff"  # "Searching…" is gone again


def test_a_bug_in_a_read_reaches_the_exception_hook(
    qtbot, host: tuple[QWidget, MessageBar, QLabel],  # type: ignore[no-untyped-def]
) -> None:
    widget, bar, _label = host
    reader = ListReader(widget, bar)

    def broken() -> list[int]:
        raise RuntimeError("a bug")
    with qtbot.captureExceptions() as caught:
        reader.read(broken, lambda ids: None)
        qtbot.waitUntil(lambda: not reader.pending(), timeout=5000)
    assert [type(error) for _, error, _ in caught] == [RuntimeError]
    assert not bar.isVisible()


@pytest.mark.skipif(sys.platform != "linux", reason="the nice value is Linux's")
def test_a_read_runs_nicer_than_the_gui_thread(  # type: ignore[no-untyped-def]
        qtbot, host: tuple[QWidget, MessageBar, QLabel]) -> None:
    """Pool threads yield to the GUI thread when the cores are busy (§18)."""
    widget, bar, label = host
    reader = ListReader(widget, bar, busy_label=label)
    niceness: list[int] = []

    def nice() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    for count in (1, 2, 3):  # the same each time, not lower at every read
        reader.read(nice, niceness.append)
        qtbot.waitUntil(lambda n=count: len(niceness) == n)
    gui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert set(niceness) == {min(gui + BACKGROUND_NICE, 19)}
    assert niceness[0] > gui or gui == 19
