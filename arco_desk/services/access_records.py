"""접속기록: written where personal data is looked at, read by the privacy officer.

:func:`record_access` is called inside the use case that shows the data, in its own
session, so a look is recorded exactly when the data left the database. Records are
never changed or removed by the app before their retention (at least two years).
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from arco_desk.domain.access_records import (
    AccessAction,
    Seen,
    UnusualHour,
    parse_retention_days,
    unusual_hours,
)
from arco_desk.domain.actor import MAX_ACCOUNT_LENGTH, Actor
from arco_desk.domain.clock import SEOUL, Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.domain.dates import check_moment
from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import msg
from arco_desk.domain.roles import Permission
from arco_desk.domain.text import TextKind, clean, tidy
from arco_desk.domain.visitor_privacy import retention_cutoff
from arco_desk.services.access_review_file import write_review
from arco_desk.services.audit import record_audit
from arco_desk.services.permissions import require
from arco_desk.services.settings import ACCESS_RETENTION_KEY as RETENTION_KEY
from arco_desk.services.settings import SettingsService
from arco_desk.store.models import AccessRecord
from arco_desk.store.retry import retry_conflicts
from arco_desk.store.unit_of_work import UnitOfWork

# access_record.subject's length (a name as recorded).
SUBJECT_LENGTH = 120
# A review shows at most this many records at once; narrow the filter for more.
REVIEW_LIMIT = 5_000


@cache
def pc_name() -> str:
    return socket.gethostname()[:64] or "?"


def record_access(session: Session, at: datetime, actor: Actor, action: AccessAction,
                  entity: str, entity_id: int | None, subject: str, reason: str = "") -> None:
    # Whose data: the name, or the words searched for, as typed (hostile text included),
    # through the one text rule set.
    session.add(AccessRecord(at=at, account=actor.account, actor_name=actor.name, pc=pc_name(),
                             action=action.value, entity=entity, entity_id=entity_id,
                             subject=tidy(subject)[:SUBJECT_LENGTH], reason=reason[:200]))


@dataclass(frozen=True, slots=True)
class AccessRow:
    at: datetime
    account: str
    actor_name: str
    pc: str
    action: AccessAction
    entity: str
    entity_id: int | None
    subject: str
    reason: str


@dataclass(frozen=True, slots=True)
class AccessReview:
    rows: list[AccessRow]
    unusual: list[UnusualHour]
    truncated: bool


class AccessRecordService:
    def __init__(self, uow: UnitOfWork, clock: Clock = system_now) -> None:
        self.uow = uow
        self.clock = clock
        self.settings = SettingsService(uow, clock)

    # --- retention: at least two years, then removed by the privacy officer ------------

    def retention_days(self) -> int:
        return parse_retention_days(self.settings.get(RETENTION_KEY))

    @retry_conflicts
    def set_retention_days(self, days: str | int, *, opened: int | None = None,
                           actor: Actor) -> int:
        """Keep access records ``days`` days (two years at least); ``opened`` is the
        period the form showed (docs/architecture.md §9)."""
        require(actor, Permission.REVIEW_ACCESS_RECORDS)
        clean = parse_retention_days(days)
        self.settings.set(RETENTION_KEY, str(clean),
                          opened=None if opened is None else str(opened), actor=actor)
        return clean

    @retry_conflicts
    def remove_expired(self, *, actor: Actor) -> int:
        """Remove the records older than the retention period (never one younger than
        two years: the period cannot be set shorter); how many went. On PostgreSQL no app
        login may delete them (docs/architecture.md §11): the database owner does."""
        require(actor, Permission.REVIEW_ACCESS_RECORDS)
        if self.uow.engine.dialect.name == "postgresql":
            raise DomainError(msg("access.retention_by_owner"))
        cutoff = retention_cutoff(self.clock(), self.retention_days())
        with self.uow.write(actor) as session:
            expired = AccessRecord.at < cutoff
            removed = session.scalar(select(func.count(AccessRecord.id)).where(expired)) or 0
            session.execute(delete(AccessRecord).where(expired))
            record_audit(session, actor, "access_record.remove_expired", "access_record",
                         None, f"{removed} < {cutoff:%Y-%m-%d}")
        return int(removed)

    @retry_conflicts
    def export_xlsx(self, review: AccessReview, path: Path, reason: str, *,
                    actor: Actor) -> Path:
        """Write ``review``'s rows to an XLSX file at ``path``; the export is itself an
        access record with its ``reason``, which is required."""
        require(actor, Permission.REVIEW_ACCESS_RECORDS)
        why = clean(TextKind.SHORT_LINE, "reason", reason,
                    required=msg("access.export_reason_required"))
        write_review(review, path)
        with self.uow.write(actor) as session:
            record_access(session, self.clock(), actor, AccessAction.EXPORT,
                          "access_record", None, "", reason=why)
        return path

    @retry_conflicts
    def record_output(self, action: AccessAction, entity: str, entity_id: int | None,
                      subject: str, *, actor: Actor) -> None:
        """Somebody's personal data printed or written to a file (a memo slip, a visitor
        pass): one access record, as the use cases behind the gate write for a look."""
        if action not in (AccessAction.PRINT, AccessAction.EXPORT):
            raise ValueError(f"not an output: {action}")
        with self.uow.write(actor) as session:
            record_access(session, self.clock(), actor, action, entity, entity_id, subject)

    def review(self, start: datetime, end: datetime, *, account: str = "",
               subject: str = "", action: AccessAction | None = None,
               actor: Actor) -> AccessReview:
        """The records from ``start`` to ``end`` (newest first), filtered, with the hours
        of unusual volume among them. Only the privacy officer may look."""
        require(actor, Permission.REVIEW_ACCESS_RECORDS)
        today = self.clock().astimezone(SEOUL).date()
        start = check_moment("start", start, today)
        end = check_moment("end", end, today)
        # Filters as typed in a search box: no control characters, at most a column's length.
        account = tidy(account)[:MAX_ACCOUNT_LENGTH]
        subject = tidy(subject)[:SUBJECT_LENGTH]
        query = select(AccessRecord).where(AccessRecord.at >= start, AccessRecord.at < end)
        if account:
            query = query.where(AccessRecord.account == account)
        if subject:
            query = query.where(AccessRecord.subject == subject)
        if action is not None:
            query = query.where(AccessRecord.action == action.value)
        with self.uow.read() as session:
            found = list(session.scalars(query.order_by(AccessRecord.at.desc(),
                                                        AccessRecord.id.desc())
                                         .limit(REVIEW_LIMIT + 1)))
            # Unusual hours over every matching record, not only the rows shown.
            seen = session.execute(query.with_only_columns(
                AccessRecord.account, AccessRecord.at, AccessRecord.subject)).all()
        rows = [AccessRow(r.at, r.account, r.actor_name, r.pc, AccessAction(r.action),
                          r.entity, r.entity_id, r.subject, r.reason)
                for r in found[:REVIEW_LIMIT]]
        unusual = unusual_hours(Seen(account, at, subject) for account, at, subject in seen)
        return AccessReview(rows, unusual, truncated=len(found) > REVIEW_LIMIT)
