"""Work that takes seconds (a backup of a large database, a restore) off the GUI thread.

    run_in_background(lambda: backups.back_up_now(), done=self.written,
                      failed=self.not_written, context=self)

``work`` runs on Qt's global thread pool and must not touch widgets. Its answer comes
back on the GUI thread through a queued signal: ``done(result)``, or ``failed(error)``
with whatever it raised. ``failed`` shows a ``DomainError`` through the known-error path
and raises anything else again, so that a bug still reaches the exception hook
(docs/architecture.md §4). When ``context`` (the dialog that asked) is gone by then,
nobody is told. The pool is waited for when the application ends (the first call
connects ``QCoreApplication.aboutToQuit`` to it).

The pool's threads run at a lower priority than the GUI thread (``_yield_to_the_gui``):
when the cores are busy, a key press or a repaint goes before a list's read
(docs/architecture.md §18).

``wanted`` (optional) is asked on the pool thread just before ``work`` runs: when it
says False (a newer request made this one useless), ``work`` is skipped and nobody is
told — a list's reads use this (list_reader.py).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, QThreadPool, Signal, Slot

T = TypeVar("T")

# How much nicer than the GUI thread a pool thread is on Linux (nice values go up to 19).
BACKGROUND_NICE = 5
_gui_nice: list[int] = []  # the GUI thread's nice value on Linux, read at the first call

# Deliveries waiting for their work: kept here until their answer is handed over.
_waiting: set[_Delivery] = set()
_quit_waits: list[bool] = []  # whether aboutToQuit waits for the pool already


class _Delivery(QObject):
    """Lives on the GUI thread; its signal, emitted by the worker, is queued to it."""

    answered = Signal(object, object)  # (result, error): one of them is None
    skipped = Signal()  # not wanted any more: the work did not run

    def __init__(self, context: QObject, done: Callable[[Any], object],
                 failed: Callable[[BaseException], object]) -> None:
        super().__init__()
        self.context = context
        self.done = done
        self.failed = failed
        self.answered.connect(self._deliver)
        self.skipped.connect(self._forget)

    @Slot()
    def _forget(self) -> None:
        _waiting.discard(self)

    @Slot(object, object)
    def _deliver(self, result: object, error: BaseException | None) -> None:
        _waiting.discard(self)
        if not shiboken6.isValid(self.context):
            return
        if error is not None:
            self.failed(error)
        else:
            self.done(result)


def wait_for_background_work(timeout_ms: int = -1) -> bool:
    """Wait until the pool's work is over (the application ends; a test ends)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def _wait_at_quit() -> None:
    app = QCoreApplication.instance()
    if app is not None and not _quit_waits:
        _quit_waits.append(True)
        app.aboutToQuit.connect(lambda: wait_for_background_work())


def _yield_to_the_gui() -> None:
    """Lower this pool thread's priority below the GUI thread's: on Windows (the desk's
    PCs) Qt's own; on Linux the thread's nice value (Qt's priorities do nothing under its
    default policy), set to the GUI thread's plus ``BACKGROUND_NICE`` (the same each call:
    a Python thread-local does not last from one pool task to the next)."""
    if sys.platform == "win32":
        thread = QThread.currentThread()
        if thread.priority() != QThread.Priority.LowPriority:
            thread.setPriority(QThread.Priority.LowPriority)
    elif sys.platform == "linux" and _gui_nice:
        target = min(_gui_nice[0] + BACKGROUND_NICE, 19)
        me = threading.get_native_id()
        try:
            if os.getpriority(os.PRIO_PROCESS, me) < target:
                os.setpriority(os.PRIO_PROCESS, me, target)
        except OSError:
            pass  # not allowed here: the thread keeps the GUI's priority


def run_in_background(work: Callable[[], T], *, done: Callable[[T], object],
                      failed: Callable[[BaseException], object], context: QObject,
                      wanted: Callable[[], bool] | None = None) -> None:
    """Run ``work`` on a pool thread; ``done`` or ``failed`` follow on the GUI thread."""
    _wait_at_quit()
    if sys.platform == "linux" and not _gui_nice:
        _gui_nice.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
    delivery = _Delivery(context, done, failed)
    _waiting.add(delivery)

    def run() -> None:
        _yield_to_the_gui()
        if wanted is not None and not wanted():
            delivery.skipped.emit()
            return
        try:
            result = work()
        except BaseException as error:  # handed to the GUI thread, which decides
            answer: tuple[object, BaseException | None] = (None, error)
        else:
            answer = (result, None)
        if shiboken6.isValid(delivery):  # else the application is being torn down
            delivery.answered.emit(*answer)

    QThreadPool.globalInstance().start(run)
