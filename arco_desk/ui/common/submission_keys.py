"""A form's submission key, and what the form does when a save's outcome is unknown
(docs/architecture.md §9).

The key is made when the form starts a new record and kept until a save is known to
have succeeded, so saving again after any failure can never store a second record.
When the connection died during the commit, :meth:`SubmissionKey.follow` asks the
database every few seconds whether the key is stored and tells the operator: saved
(the form then finishes as after a save, with the stored record) or not saved (the
typed text is still there).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer

from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import msg
from arco_desk.services.submissions import OutcomeUnknown, SubmissionLedger, new_key
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.messages import render

ASK_EVERY_MS = 2000

T = TypeVar("T")


class SubmissionKey(QObject):
    def __init__(self, submissions: SubmissionLedger, bar: MessageBar,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.submissions = submissions
        self.bar = bar
        self.current = new_key()
        self._finish: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(ASK_EVERY_MS)
        self._timer.timeout.connect(self._ask)

    @property
    def waiting(self) -> bool:
        """A save of unknown outcome is being asked about."""
        return self._timer.isActive()

    def renew(self) -> None:
        """The save succeeded (or the form was cleared): the next record gets a new key."""
        self._timer.stop()
        self._finish = None
        self.current = new_key()

    def follow(self, error: DomainError | None, finish: Callable[[], None]) -> None:
        """After a refused save: when its outcome is unknown, ask until the database
        answers; ``finish`` (saving again with the same key, which then returns what
        was stored) runs when it turns out to be saved."""
        if not isinstance(error, OutcomeUnknown):
            return
        self._finish = finish
        self._timer.start()

    def create(self, create: Callable[[str], T], save_again: Callable[[], None]) -> T:
        """``create`` the record with this key. An unknown outcome is raised on (the form
        shows it) and followed: once the database says the record is stored,
        ``save_again`` runs and the service answers with the stored record for the same
        key. After a save the next record gets a new key."""
        try:
            created = create(self.current)
        except OutcomeUnknown as unknown:
            self.follow(unknown, finish=save_again)
            raise
        self.renew()
        return created

    def _ask(self) -> None:
        try:
            saved = self.submissions.was_saved(self.current)
        except DomainError:
            return  # still away: ask again at the next tick
        self._timer.stop()
        finish, self._finish = self._finish, None
        if not saved:
            self.bar.show_error(render(msg("submission.not_saved")))
            return
        if finish is not None:
            finish()
        self.bar.show_info(render(msg("submission.saved")))
