"""Submission keys: a save whose outcome is unknown is never stored twice
(docs/architecture.md §9).

A form makes a key when it starts a new record and keeps it until the save is known to
have succeeded. The service looks the key up in the save's own transaction: found, it
answers with what the first save stored; not found, it stores the record and the key
together. After a lost connection the form asks :meth:`SubmissionLedger.was_saved`.
"""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session

from arco_desk.domain.clock import Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.store.errors import OutcomeUnknown
from arco_desk.store.models import Submission
from arco_desk.store.unit_of_work import UnitOfWork

__all__ = ["OutcomeUnknown", "SubmissionLedger", "earlier", "new_key", "remember"]

KEEP_DAYS = 30


def earlier(session: Session, key: str | None, entity: str) -> int | None:
    """The id of the ``entity`` an earlier save with ``key`` stored, or None."""
    if not key:
        return None
    row = session.get(Submission, _checked(key), with_for_update=True)
    if row is None or row.entity != entity or row.entity_id is None:
        return None
    return row.entity_id


def remember(session: Session, key: str | None, entity: str, entity_id: int | None) -> None:
    """Store ``key`` with what this save stored, in the save's transaction."""
    if key:
        session.add(Submission(key=_checked(key), entity=entity, entity_id=entity_id))


_KEY = re.compile(r"[0-9a-f]{32}")


def new_key() -> str:
    """A fresh submission key (a random UUID's 32 hex digits)."""
    return uuid.uuid4().hex


def _checked(key: str) -> str:
    # Keys come from the app, not from a person: anything else is a bug.
    if not _KEY.fullmatch(key):
        raise ValueError("a submission key is 32 lowercase hex digits")
    return key


class SubmissionLedger:
    def __init__(self, uow: UnitOfWork, clock: Clock = system_now) -> None:
        self.uow = uow
        self.clock = clock

    def was_saved(self, key: str) -> bool:
        """Whether a save with ``key`` is stored (asked after an unknown outcome)."""
        with self.uow.read() as session:
            return session.get(Submission, _checked(key)) is not None

    def forget_old(self) -> int:
        """Drop keys older than :data:`KEEP_DAYS` (no form waits that long)."""
        cutoff = self.clock() - timedelta(days=KEEP_DAYS)
        with self.uow.write() as session:
            result = session.execute(delete(Submission).where(Submission.at < cutoff))
            return int(getattr(result, "rowcount", 0) or 0)
