"""Work that takes seconds (a backup of a large database, a restore) off the GUI thread.

    run_in_background(lambda: backups.back_up_now(), done=self.written,
                      failed=self.not_written, context=self)

``work`` runs on Qt's global thread pool and must not touch widgets. Its answer comes
back on the GUI thread through a queued signal: ``done(result)``, or ``failed(error)``
with whatever it raised. ``failed`` shows a ``DomainError`` through the known-error path
and raises anything else again, so that a bug still reaches the exception hook
(docs/architecture.md §4). When ``context`` (the dialog that asked) is gone by then,
nobody is told. The pool is waited for when the application ends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

T = TypeVar("T")

# Deliveries waiting for their work: kept here until their answer is handed over.
_waiting: set[_Delivery] = set()


class _Delivery(QObject):
    """Lives on the GUI thread; its signal, emitted by the worker, is queued to it."""

    answered = Signal(object, object)  # (result, error): one of them is None

    def __init__(self, context: QObject, done: Callable[[Any], object],
                 failed: Callable[[BaseException], object]) -> None:
        super().__init__()
        self.context = context
        self.done = done
        self.failed = failed
        self.answered.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: object, error: BaseException | None) -> None:
        _waiting.discard(self)
        if not shiboken6.isValid(self.context):
            return
        if error is not None:
            self.failed(error)
        else:
            self.done(result)


def run_in_background(work: Callable[[], T], *, done: Callable[[T], object],
                      failed: Callable[[BaseException], object], context: QObject) -> None:
    """Run ``work`` on a pool thread; ``done`` or ``failed`` follow on the GUI thread."""
    delivery = _Delivery(context, done, failed)
    _waiting.add(delivery)

    def run() -> None:
        try:
            result = work()
        except BaseException as error:  # handed to the GUI thread, which decides
            delivery.answered.emit(None, error)
            return
        delivery.answered.emit(result, None)

    QThreadPool.globalInstance().start(run)
