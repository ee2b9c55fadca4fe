"""The audit log: who changed what, written in the same transaction as the change."""

from __future__ import annotations

from sqlalchemy.orm import Session

from arco_desk.store.models import AuditEntry


def record_audit(
    session: Session, actor: str, action: str, entity: str, entity_id: int | None, detail: str = ""
) -> None:
    session.add(
        AuditEntry(actor=actor, action=action, entity=entity, entity_id=entity_id, detail=detail)
    )
