"""The change feed in the database: publish inside the caller's transaction, read back.

On PostgreSQL a trigger (revision 0002) sends ``NOTIFY arco_desk_change, '<id>'`` for
each new row, delivered at commit. Publishers take one transaction-level advisory
lock first, so ids are handed out in commit order: a listener that has seen id N
never later finds a committed id below N ("catch up since the last id" is exact).
SQLite serialises writers anyway (BEGIN IMMEDIATE).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from arco_desk.domain.change_feed import ChangeKind, ChangeRecord
from arco_desk.store.models import ChangeEvent

CHANNEL = "arco_desk_change"
_PUBLISH_LOCK = 0x4152434F  # "ARCO"
BATCH = 1000


def publish(
    session: Session,
    kind: ChangeKind,
    entity_id: int,
    *,
    staff_id: int | None = None,
    department_id: int | None = None,
) -> None:
    """Record ``kind`` for ``entity_id``, addressed to a staff member and/or a department.

    Call it in the same unit of work as the change itself, so the event exists
    exactly when the change does.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PUBLISH_LOCK})
    session.add(ChangeEvent(kind=kind.value, entity_id=entity_id, staff_id=staff_id,
                            department_id=department_id))
    session.flush()


def publish_many(session: Session, kind: ChangeKind,
                 items: Sequence[tuple[int, int | None, int | None]]) -> None:
    """Record ``kind`` for many entities at once, each ``(entity_id, staff_id,
    department_id)``: one lock and one insert for them all (a batch of escalations),
    instead of a lock and an insert each."""
    if not items:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PUBLISH_LOCK})
    session.execute(insert(cast(Table, ChangeEvent.__table__)), [
        {"kind": kind.value, "entity_id": entity_id, "staff_id": staff_id,
         "department_id": department_id}
        for entity_id, staff_id, department_id in items])


def latest_event_id(session: Session) -> int:
    """The newest event id, 0 when nothing was ever published."""
    return int(session.scalar(select(func.max(ChangeEvent.id))) or 0)


def events_after(session: Session, last_id: int, limit: int = BATCH) -> list[ChangeRecord]:
    """Events with an id above ``last_id``, oldest first."""
    rows = session.scalars(
        select(ChangeEvent).where(ChangeEvent.id > last_id).order_by(ChangeEvent.id).limit(limit)
    )
    return [
        ChangeRecord(id=row.id, kind=row.kind, entity_id=row.entity_id,
                     staff_id=row.staff_id, department_id=row.department_id, at=row.at)
        for row in rows
    ]
