"""Shared business settings kept in the database (greeting script, escalation...).

A settings form may be open on two PCs at once (docs/architecture.md §9). Saving names
the values the form opened with: only the keys the person changed are written, and a
key another PC changed meanwhile to something else is refused with
:class:`EditConflict`, naming who changed it (from the audit log: a setting row has no
version of its own). The rows are locked before they are compared; a key stored for the
first time by two PCs at once trips the primary key, and the loser's rerun sees the
winner's row.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.clock import Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.domain.edits import Opened, plan_edit
from arco_desk.domain.errors import EditConflict
from arco_desk.domain.text import tidy
from arco_desk.services.audit import record_audit
from arco_desk.services.edits import stale
from arco_desk.services.korean_records import AGENCY_NAME, GREETING_SCRIPT
from arco_desk.store.backup_folder import DEFAULT_KEEP
from arco_desk.store.change_feed import publish
from arco_desk.store.models import AuditEntry, Setting
from arco_desk.store.retry import retry_conflicts
from arco_desk.store.unit_of_work import UnitOfWork

# Minutes without a key or a click before a window locks (issue 15); 0: never.
IDLE_LOCK_KEY = "idle_lock_minutes"
IDLE_MINUTES = 10

# Days access records are kept (issue 15): two years at least.
ACCESS_RETENTION_KEY = "access_retention_days"

DEFAULTS: dict[str, str] = {
    "agency_name": AGENCY_NAME,
    "greeting_script": GREETING_SCRIPT,
    "memo_escalation_minutes": "30",
    "visitor_retention_days": "365",
    IDLE_LOCK_KEY: str(IDLE_MINUTES),
    ACCESS_RETENTION_KEY: "730",
    # Daily backups kept (services/daily_backup.py); migration backups follow it too.
    "backup_keep_count": str(DEFAULT_KEEP),
}

SET_ACTION = "setting.set"


class SettingsService:
    def __init__(self, uow: UnitOfWork, clock: Clock = system_now) -> None:
        self.uow = uow
        self.clock = clock

    def get(self, key: str) -> str:
        with self.uow.read() as session:
            value = session.scalar(select(Setting.value).where(Setting.key == key))
        if value is not None:
            return value
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting: {key}")
        return DEFAULTS[key]

    @retry_conflicts
    def set(self, key: str, value: str, *, opened: str | None = None, actor: Actor) -> None:
        """Store one setting; ``opened`` is the value the form showed (see
        :meth:`set_many`)."""
        self.set_many({key: value}, opened=None if opened is None else {key: opened},
                      actor=actor)

    @retry_conflicts
    def set_many(self, values: Mapping[str, str], *, opened: Mapping[str, str] | None = None,
                 actor: Actor) -> None:
        """Store several settings in one transaction (all or none).

        ``opened`` holds the values the form showed (what :meth:`get` answered). A key
        whose value is still as opened is left alone, so another PC's change to it
        stays; a key changed here that another PC changed meanwhile to something else
        is an :class:`EditConflict`. A key missing from ``opened`` is written as given;
        without ``opened`` (a program, not a form) every value is written and audited.

        Every value is tidied as typed text (:func:`~arco_desk.domain.text.tidy`: no
        control character but the line break, NFC, trimmed); what each setting may hold
        is its use case's rule.
        """
        unknown = [key for key in values if key not in DEFAULTS]
        if unknown:
            raise KeyError(f"unknown setting: {unknown[0]}")
        values = {key: tidy(value, multiline=True) for key, value in values.items()}
        with self.uow.write(actor) as session:
            rows = {row.key: row for row in session.scalars(
                select(Setting).where(Setting.key.in_(sorted(values)))
                .order_by(Setting.key).with_for_update())}
            current = {key: rows[key].value if key in rows else DEFAULTS[key]
                       for key in values}
            writes: list[str] = list(values)
            if opened is not None:
                # No version: every key counts as possibly moved, so a key conflicts
                # exactly when its own value moved since the form opened (and not to
                # what was typed).
                seen = {**current, **opened}
                plan = plan_edit(Opened(0, seen), values, current, current_version=1)
                if plan.conflicts:
                    raise self._conflict(session, plan.conflicts, current)
                writes = list(plan.changes)
            for key in writes:
                value = values[key]
                row = rows.get(key)
                if row is None:
                    session.add(Setting(key=key, value=value))
                else:
                    row.value = value
                record_audit(session, actor, SET_ACTION, "setting", None, key)
            if writes:
                publish(session, ChangeKind.SETTINGS_CHANGED, 0)

    def _conflict(self, session: Session, keys: tuple[str, ...],
                  current: Mapping[str, str]) -> EditConflict:
        """The refusal for ``keys``, naming who last set one of them, and when (the audit
        log's latest entry for them)."""
        last = session.execute(
            select(AuditEntry.actor_name, AuditEntry.at)
            .where(AuditEntry.action == SET_ACTION, AuditEntry.detail.in_(keys))
            .order_by(AuditEntry.id.desc()).limit(1)
        ).first()
        by, at = (last[0], last[1]) if last is not None else ("", self.clock())
        return stale(current, keys, changed_by=by, changed_at=at, version=0)
