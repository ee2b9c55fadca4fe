"""The acting person inside a write: their staff row, when they have one."""

from __future__ import annotations

from sqlalchemy.orm import Session

from arco_desk.domain.actor import Actor
from arco_desk.store.models import Staff


def acting_staff_id(session: Session, actor: Actor) -> int | None:
    """The actor's staff id for a history row, or None when they have no staff profile
    (the desk, background work) or it was deleted meanwhile."""
    if actor.staff_id is None or session.get(Staff, actor.staff_id) is None:
        return None
    return actor.staff_id

