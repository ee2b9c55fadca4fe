"""A list's database reads off the GUI thread, the latest request winning.

    self.reader = ListReader(self, self.message_bar, busy_label=self.count_label)
    ...
    wanted = self.memo_filter()            # widgets are read here, on the GUI thread
    self.reader.read(lambda: memos.search_ids(wanted), self._show_ids)

``work`` runs on Qt's global thread pool (background_call.py) and must not touch
widgets; each service call opens its own session there (the store's unit of work), so
nothing is shared with the GUI thread but the engine's pool, which hands a connection to
one thread at a time. ``done(result)`` follows on the GUI thread — only for the latest
request: a request made while an older one runs supersedes it (the older's answer is
dropped when it comes; if it has not started yet, it never runs). While a read is still
going after ``BUSY_AFTER_MS``, ``busy_label`` says "Searching…" (the answer writes over
it; a refusal puts back what it said). A ``DomainError`` (the database locked or
unreachable, a refusal) is shown in ``shown_in`` as a refusal on the GUI thread is;
anything else is raised again there, for the exception hook (docs/architecture.md §4, §18).

``settled`` is emitted after the latest request's answer (or refusal) was handled; tests
and the benchmark wait on ``pending()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from arco_desk.ui.common.background_call import run_in_background
from arco_desk.ui.common.known_errors import ShownIn, refusals

T = TypeVar("T")

# A read that answers sooner shows no indicator at all (no flicker while typing).
BUSY_AFTER_MS = 150


class ListReader(QObject):
    """One list's reads; ``wrap`` (optional) is applied around every ``work`` on the pool
    thread (the benchmark and tests hold a read there)."""

    settled = Signal()
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject, shown_in: ShownIn, *,
                 busy_label: QLabel | None = None,
                 wrap: Callable[[Callable[[], Any]], Any] | None = None) -> None:
        super().__init__(parent)
        self.shown_in = shown_in
        self.busy_label = busy_label
        self.wrap = wrap
        self._latest = 0  # the number of the latest request
        self._answered = 0  # the number of the latest request answered (or dropped)
        self._busy = False
        self._label_before = ""
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)

    def read(self, work: Callable[[], T], done: Callable[[T], object],
             failed: Callable[[], object] | None = None) -> None:
        """Run ``work`` on the pool; ``done`` its answer on the GUI thread unless a newer
        request came meanwhile. ``failed`` follows a refusal shown in the message bar."""
        self._latest += 1
        number = self._latest
        wrap = self.wrap

        def run() -> T:
            return wrap(work) if wrap is not None else work()

        def answered(result: T) -> None:
            if number == self._latest:
                self._settle()
                done(result)
                self.settled.emit()

        def refused(error: BaseException) -> None:
            if number != self._latest:
                return
            self._settle(restore=True)
            try:
                with refusals(self.shown_in):
                    raise error  # a refusal is shown; anything else is a bug for the hook
                if failed is not None:
                    failed()
            finally:
                self.settled.emit()

        if not self._busy_timer.isActive() and not self._busy:
            self._busy_timer.start()
        run_in_background(run, done=answered, failed=refused, context=self,
                          wanted=lambda: number == self._latest)

    def pending(self) -> bool:
        """A request has not been answered yet."""
        return self._answered != self._latest

    def drop_pending(self) -> None:
        """Forget the requests under way (their answers are dropped when they come)."""
        self._latest += 1
        self._settle(restore=True)

    def _settle(self, *, restore: bool = False) -> None:
        self._answered = self._latest
        self._busy_timer.stop()
        if self._busy:
            self._busy = False
            if restore and self.busy_label is not None:
                self.busy_label.setText(self._label_before)
            self.busy_changed.emit(False)

    def _show_busy(self) -> None:
        if not self.pending() or self._busy:
            return
        self._busy = True
        if self.busy_label is not None:
            self._label_before = self.busy_label.text()
            self.busy_label.setText(self.tr("Searching…"))
        self.busy_changed.emit(True)
