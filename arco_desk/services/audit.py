"""The audit log: who changed what, written in the same transaction as the change."""

from __future__ import annotations

from sqlalchemy.orm import Session

from arco_desk.domain.actor import Actor
from arco_desk.store.models import AuditEntry


def record_audit(
    session: Session, actor: Actor, action: str, entity: str, entity_id: int | None,
    detail: str = "",
) -> None:
    """One audit row: the actor's account (stable) and their name as it was at the time."""
    session.add(AuditEntry(actor=actor.account, actor_name=actor.name, action=action,
                           entity=entity, entity_id=entity_id, detail=detail))
