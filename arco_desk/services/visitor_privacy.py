"""Retention of visitors' personal data and its destruction with a ledger entry (파기 대장).

Past the retention period (setting ``visitor_retention_days``, default 365)
an admin deletes or anonymises visits, appointments and outbound visits. The
change and its ledger entry commit together, or neither does.

Delete: the old visits, appointments and outbound visits go; a visitor with
nothing left goes too. Anonymise: the old visits and appointments are moved
to one anonymous visitor and lose their free text (requests, outcome, notes);
outbound visits lose the customer's name, number and call note. Visitors
left with no records are deleted either way.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import Select, and_, delete, exists, func, not_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import ColumnElement

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.clock import Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.domain.complaints import enum_or_none
from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.messages import msg
from arco_desk.domain.visitor_privacy import (
    ANONYMOUS_NAME,
    LedgerEntry,
    PurgeMethod,
    PurgePreview,
    PurgeResult,
    parse_retention_days,
    retention_cutoff,
)
from arco_desk.services.audit import record_audit
from arco_desk.services.backup_privacy import purge_backups
from arco_desk.services.korean_records import purge_description, purge_method_name
from arco_desk.services.settings import SettingsService
from arco_desk.store.change_feed import publish
from arco_desk.store.engine import erase_freed_space
from arco_desk.store.models import (
    Appointment,
    DestructionLedger,
    OutboundVisit,
    Visit,
    Visitor,
)
from arco_desk.store.retry import retry_conflicts
from arco_desk.store.unit_of_work import UnitOfWork

__all__ = ["RETENTION_KEY", "VisitorPrivacyService"]

RETENTION_KEY = "visitor_retention_days"
PURGED_TABLES = tuple(model.__tablename__ for model in (Visit, Appointment, OutboundVisit,
                                                        Visitor))


class VisitorPrivacyService:
    def __init__(self, uow: UnitOfWork, clock: Clock = system_now,
                 settings: SettingsService | None = None,
                 backups_folder: Path | None = None) -> None:
        self.uow = uow
        self.clock = clock
        self.settings = settings or SettingsService(uow, clock)
        # The data folder's backups folder: a purge is applied to the backups there too.
        self.backups_folder = backups_folder

    def retention_days(self) -> int:
        return parse_retention_days(self.settings.get(RETENTION_KEY))

    @retry_conflicts
    def set_retention_days(self, days: str | int, *, opened: int | None = None,
                           actor: Actor) -> int:
        """Keep visitor data ``days`` days; ``opened`` is the period the form showed, so a
        period another PC changed meanwhile is refused, not overwritten (§9)."""
        clean = parse_retention_days(days)
        self.settings.set(RETENTION_KEY, str(clean),
                          opened=None if opened is None else str(opened), actor=actor)
        return clean

    def preview(self) -> PurgePreview:
        """How many records are past retention now."""
        days = self.retention_days()
        with self.uow.read() as session:
            return _preview(session, retention_cutoff(self.clock(), days), days)

    @retry_conflicts
    def purge(self, method: PurgeMethod | str, *, actor: Actor) -> PurgeResult:
        """Delete or anonymise every record past retention and write the ledger entry;
        then the same in the SQLite backups of the backups folder.

        Refuses when nothing is due; the ledger names ``actor`` as the person
        responsible (파기 책임자). The result counts the backups rewritten and those
        that still hold the data.
        """
        how = enum_or_none(PurgeMethod, method)
        if how is None:
            raise ValidationError({"method": msg("visitor.purge_method_required")})
        days = self.retention_days()
        cutoff = retention_cutoff(self.clock(), days)
        with self.uow.write(actor) as session:
            preview = _preview(session, cutoff, days)
            if preview.records == 0:
                raise DomainError(msg("visitor.nothing_to_purge"))
            entry = self._destroy(session, how, preview, actor)
            publish(session, ChangeKind.VISITOR_DATA_PURGED, entry.id)
            record_audit(session, actor, "visitor.purge", "destruction_ledger", entry.id,
                         f"{how.value} {preview.records}")
            done = (entry.id, entry.at, entry.what, entry.method, entry.count, entry.actor)
        # Committed: now the deleted bytes go from the file too (best effort).
        erase_freed_space(self.uow.engine, PURGED_TABLES)
        database = self.uow.engine.url.database
        backups = purge_backups(
            self.backups_folder,
            Path(database) if self.uow.engine.url.get_backend_name() == "sqlite" and database
            else None,
            lambda copy: self._purge_copy(copy, how, cutoff, days, actor))
        return PurgeResult(*done, backups_rewritten=backups.rewritten,
                           backups_left=backups.left)

    def ledger(self) -> list[LedgerEntry]:
        """The destruction ledger, newest first."""
        with self.uow.read() as session:
            stmt = select(DestructionLedger).order_by(DestructionLedger.at.desc(),
                                                      DestructionLedger.id.desc())
            return [LedgerEntry(e.id, e.at, e.what, e.method, e.count, e.actor)
                    for e in session.scalars(stmt)]

    # --- internals --------------------------------------------------------------------------

    def _destroy(self, session: Session, how: PurgeMethod, preview: PurgePreview,
                 actor: Actor) -> DestructionLedger:
        """The purge itself and its ledger entry, in ``session`` (the database's or a
        backup's)."""
        if how is PurgeMethod.DELETE:
            self._delete(session, preview)
        else:
            self._anonymise(session, preview, actor)
        self._drop_orphans(session)
        entry = DestructionLedger(at=self.clock(), what=purge_description(preview)[:120],
                                  method=purge_method_name(how), count=preview.records,
                                  actor=actor.name)
        session.add(entry)
        session.flush()
        return entry

    def _purge_copy(self, copy: UnitOfWork, how: PurgeMethod, cutoff: datetime, days: int,
                    actor: Actor) -> bool:
        """The same purge (same cutoff) in a backup; False when it held nothing past it."""
        with copy.write(actor) as session:
            preview = _preview(session, cutoff, days)
            if preview.records == 0:
                return False
            self._destroy(session, how, preview, actor)
        return True

    def _delete(self, session: Session, preview: PurgePreview) -> None:
        cutoff = preview.cutoff
        session.execute(delete(Visit).where(_old_visits(cutoff)))
        session.execute(delete(Appointment).where(_old_appointments(cutoff)))
        session.execute(delete(OutboundVisit).where(_old_outbound(cutoff)))

    def _anonymise(self, session: Session, preview: PurgePreview, actor: Actor) -> None:
        cutoff = preview.cutoff
        anonymous = _anonymous_visitor(session, self.clock)
        # Each row moves on a version, so a form still open on one of them is refused
        # instead of writing the personal data back (docs/architecture.md §9).
        by = actor.name[:80]
        session.execute(
            update(Visit).where(_old_visits(cutoff))
            .values(visitor_id=anonymous, requests="", outcome="", version=Visit.version + 1,
                    updated_by=by)
        )
        session.execute(
            update(Appointment).where(_old_appointments(cutoff))
            .values(visitor_id=anonymous, notes="", version=Appointment.version + 1,
                    updated_by=by)
        )
        session.execute(
            update(OutboundVisit).where(_old_outbound(cutoff))
            .values(customer_name=ANONYMOUS_NAME, customer_phone="", call_note="",
                    version=OutboundVisit.version + 1, updated_by=by)
        )

    def _drop_orphans(self, session: Session) -> None:
        """Visitors with no visit and no appointment left hold data for nothing."""
        session.execute(
            delete(Visitor).where(
                Visitor.anonymised_at.is_(None),
                not_(exists().where(Visit.visitor_id == Visitor.id)),
                not_(exists().where(Appointment.visitor_id == Visitor.id)),
            )
        )


def _preview(session: Session, cutoff: datetime, days: int) -> PurgePreview:
    visits = _count(session, Visit.id, _old_visits(cutoff))
    appointments = _count(session, Appointment.id, _old_lone_appointments(cutoff))
    outbound = _count(session, OutboundVisit.id, _old_outbound(cutoff))
    visitors = _count(session, Visitor.id, _visitors_with_nothing_recent(cutoff))
    return PurgePreview(cutoff, days, visits, appointments, outbound, visitors)


def _count(session: Session, column: InstrumentedAttribute[int],
           where: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count(column)).where(where)) or 0)


def _named() -> Select[int]:
    """Visitors not anonymised: their records still hold personal data."""
    return select(Visitor.id).where(Visitor.anonymised_at.is_(None))


def _old_visits(cutoff: datetime) -> ColumnElement[bool]:
    return and_(Visit.arrived_at < cutoff, Visit.visitor_id.in_(_named()))


def _old_appointments(cutoff: datetime) -> ColumnElement[bool]:
    return and_(Appointment.starts_at < cutoff, Appointment.visitor_id.in_(_named()))


def _old_lone_appointments(cutoff: datetime) -> ColumnElement[bool]:
    """Old appointments without a visit (no-shows, cancellations): counted on their own."""
    return and_(_old_appointments(cutoff),
                not_(exists().where(Visit.appointment_id == Appointment.id)))


def _old_outbound(cutoff: datetime) -> ColumnElement[bool]:
    return and_(OutboundVisit.visit_date < cutoff.date(),
                OutboundVisit.customer_name != ANONYMOUS_NAME)


def _visitors_with_nothing_recent(cutoff: datetime) -> ColumnElement[bool]:
    """Named visitors with an old record and none since ``cutoff`` (the data subjects)."""
    recent_visit = exists().where(Visit.visitor_id == Visitor.id, Visit.arrived_at >= cutoff)
    recent_booking = exists().where(Appointment.visitor_id == Visitor.id,
                                    Appointment.starts_at >= cutoff)
    old_visit = exists().where(Visit.visitor_id == Visitor.id, Visit.arrived_at < cutoff)
    old_booking = exists().where(Appointment.visitor_id == Visitor.id,
                                 Appointment.starts_at < cutoff)
    return and_(Visitor.anonymised_at.is_(None), not_(recent_visit), not_(recent_booking),
                old_visit | old_booking)


def _anonymous_visitor(session: Session, clock: Clock) -> int:
    found = session.scalar(
        select(Visitor.id).where(Visitor.anonymised_at.is_not(None),
                                 Visitor.name == ANONYMOUS_NAME).order_by(Visitor.id).limit(1)
    )
    if found is not None:
        return int(found)
    visitor = Visitor(name=ANONYMOUS_NAME, organisation="", phone="", phone_digits="",
                      anonymised_at=clock())
    session.add(visitor)
    session.flush()
    return visitor.id
