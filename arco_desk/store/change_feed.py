"""Publishing to the change feed, inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy.orm import Session

from arco_desk.domain.change_feed import ChangeKind
from arco_desk.store.models import ChangeEvent


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
    session.add(ChangeEvent(kind=kind.value, entity_id=entity_id, staff_id=staff_id,
                            department_id=department_id))
