"""Hears about changes made elsewhere and says which: the Qt side of the change feed.

PostgreSQL: the listener's socket sits under a ``QSocketNotifier``, so nothing
polls and no thread waits; a notification triggers a catch-up read of every
event after the last id seen. SQLite: ``PRAGMA data_version`` on a timer.
Every failure of the database here is a ``StoreUnavailable`` (a ``DomainError``).
When the server goes away the watcher says so, retries with backoff, LISTENs
again and catches up from the last id, so no event is missed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from arco_desk.domain.errors import DomainError
from arco_desk.services.change_feed import ChangeFeedService, PollSource, PushSource
from arco_desk.ui.common.messages import render

log = logging.getLogger(__name__)

SQLITE_POLL_MS = 500
HEALTH_CHECK_MS = 10_000
BACKOFF_MS = (500, 1_000, 2_000, 4_000, 8_000, 15_000)

# What a screen calls after its own write: the watcher looks at once, and the records of
# that write redraw every screen the way another PC's would (one path, no reload lists).
ChangesNow = Callable[[], None]


class ChangeWatcher(QObject):
    changes = Signal(list)  # list[ChangeRecord], oldest first
    connection_lost = Signal(str)
    connection_restored = Signal()

    def __init__(self, feed: ChangeFeedService, parent: QObject | None = None,
                 start_after: int | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.last_id = start_after if start_after is not None else self._latest_or_zero()
        self.lost = False
        self._behind = False  # SQLite: a catch-up failed and is still owed
        self._attempt = 0
        self._notifier: QSocketNotifier | None = None
        self._listener: PushSource | None = None
        self._probe: PollSource | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._connect)
        self._timer = QTimer(self)
        if feed.uses_sqlite:
            self._probe = feed.poll_source()
            self._timer.setInterval(SQLITE_POLL_MS)
            self._timer.timeout.connect(self._poll_sqlite)
            self._timer.start()
        else:
            self._listener = feed.push_source()
            self._timer.setInterval(HEALTH_CHECK_MS)
            self._timer.timeout.connect(self._health_check)
            self._connect()

    def _latest_or_zero(self) -> int:
        try:
            return self.feed.latest_id()
        except DomainError:  # not shown: unreadable now means start from the beginning
            return 0

    # --- PostgreSQL ---------------------------------------------------------------------

    def _connect(self) -> None:
        assert self._listener is not None
        try:
            self._listener.connect()
        except DomainError as error:  # not shown: the watcher reconnects and says so once
            self._lose(error)
            return
        self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read,
                                         self)
        self._notifier.activated.connect(self._readable)
        self._timer.start()
        self._catch_up()

    def _readable(self) -> None:
        assert self._listener is not None
        try:
            ids = self._listener.drain()
        except DomainError as error:  # not shown: the watcher reconnects and says so once
            self._lose(error)
            return
        if not ids or max(ids) > self.last_id:
            # No ids and still readable can mean the server said goodbye; the catch-up
            # read either finds the news or notices the connection is gone.
            self._catch_up()

    def _health_check(self) -> None:
        assert self._listener is not None
        try:
            self._listener.ping()
            # A notification that came in with the ping's reply was read off the socket
            # by it: the notifier will not fire for it, so look at it here.
            ids = self._listener.drain()
        except DomainError as error:  # not shown: the watcher reconnects and says so once
            self._lose(error)
            return
        if ids and max(ids) > self.last_id:
            self._catch_up()

    def _lose(self, error: DomainError) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
        self._timer.stop()
        if not self.lost:
            self.lost = True
            log.warning("change feed lost: %s", error.msg.key)
            self.connection_lost.emit(render(error.msg))
        delay = BACKOFF_MS[min(self._attempt, len(BACKOFF_MS) - 1)]
        self._attempt += 1
        self._retry.start(delay)

    # --- SQLite -------------------------------------------------------------------------

    def _poll_sqlite(self) -> None:
        assert self._probe is not None
        # data_version moves once per commit: after a failed read, try again next time.
        if self._probe.changed() or self._behind:
            self._catch_up()

    # --- both ---------------------------------------------------------------------------

    def _catch_up(self) -> None:
        try:
            records = self.feed.since(self.last_id)
        except DomainError as error:  # not shown: reconnect, or read again on the next poll
            if self._listener is not None:
                self._lose(error)
            else:
                if not self._behind:
                    log.warning("change feed not read: %s", error.msg.key)
                self._behind = True
            return
        self._behind = False
        if self.lost:
            self.lost = False
            self._attempt = 0
            log.info("change feed restored; catching up after event %d", self.last_id)
            self.connection_restored.emit()
        if records:
            self.last_id = records[-1].id
            self.changes.emit(records)

    def check_now(self) -> None:
        """Look for news at once (tests, and after the app's own writes)."""
        if self._probe is not None:
            self._poll_sqlite()
        elif not self.lost:
            self._catch_up()

    def stop(self) -> None:
        self._timer.stop()
        self._retry.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._listener is not None:
            self._listener.close()
        if self._probe is not None:
            self._probe.close()
