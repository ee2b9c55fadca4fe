"""Phone memos (clause 1-2): take a call for an absent colleague, forward it, get it answered.

:class:`MemoService` is what the container wires; its parts live in their own
modules: the desk (:mod:`memo_desk`), the recipient's actions (:mod:`memo_inbox`),
reading and search (:mod:`memo_queries`) and unread escalation
(:mod:`memo_escalation`). Every change is one unit of work, and every change the
other PCs must hear of (forwarded, read, done, escalated) is published to the
change feed in that same transaction.
"""

from __future__ import annotations

from arco_desk.domain.clock import Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.services.calendar import CalendarService
from arco_desk.services.memo_desk import MemoDesk
from arco_desk.services.memo_escalation import MemoEscalation
from arco_desk.services.memo_inbox import MemoInbox
from arco_desk.services.memo_queries import MemoQueries
from arco_desk.services.settings import SettingsService
from arco_desk.store.unit_of_work import UnitOfWork

__all__ = ["MemoService"]


class MemoService(MemoDesk, MemoInbox, MemoQueries, MemoEscalation):
    def __init__(self, uow: UnitOfWork, calendar: CalendarService,
                 clock: Clock = system_now) -> None:
        self.uow = uow
        self.calendar = calendar
        self.clock = clock
        self.settings = SettingsService(uow, clock)
        self._fts = None
