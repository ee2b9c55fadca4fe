"""Shared business settings kept in the database (greeting script, escalation...)."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.services.audit import record_audit
from arco_desk.services.korean_records import AGENCY_NAME, GREETING_SCRIPT
from arco_desk.store.change_feed import publish
from arco_desk.store.models import Setting
from arco_desk.store.retry import retry_conflicts
from arco_desk.store.unit_of_work import UnitOfWork

DEFAULTS: dict[str, str] = {
    "agency_name": AGENCY_NAME,
    "greeting_script": GREETING_SCRIPT,
    "memo_escalation_minutes": "30",
    "visitor_retention_days": "365",
}


class SettingsService:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    def get(self, key: str) -> str:
        with self.uow.read() as session:
            value = session.scalar(select(Setting.value).where(Setting.key == key))
        if value is not None:
            return value
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting: {key}")
        return DEFAULTS[key]

    @retry_conflicts
    def set(self, key: str, value: str, *, actor: Actor) -> None:
        self.set_many({key: value}, actor=actor)

    @retry_conflicts
    def set_many(self, values: Mapping[str, str], *, actor: Actor) -> None:
        """Store several settings in one transaction (all or none)."""
        unknown = [key for key in values if key not in DEFAULTS]
        if unknown:
            raise KeyError(f"unknown setting: {unknown[0]}")
        with self.uow.write(actor) as session:
            for key, value in values.items():
                row = session.get(Setting, key)
                if row is None:
                    session.add(Setting(key=key, value=value))
                else:
                    row.value = value
                record_audit(session, actor, "setting.set", "setting", None, key)
            if values:
                publish(session, ChangeKind.SETTINGS_CHANGED, 0)
