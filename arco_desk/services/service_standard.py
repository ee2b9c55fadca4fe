"""The service standard kept in the shared database, in versions (docs/architecture.md §13).

While no version is stored, the standard shipped with the program
(``resources/service_standard.toml``) is the standard; an administrator's first save in
the app makes version 1. A version applies to complaints received at or after the moment
it was saved; earlier complaints keep the period stored on them.

Two administrators saving at once (§9): each save names the version its editor opened
(``based_on``) and stores ``based_on + 1``, whose number is unique. On SQLite the writers
take turns; on PostgreSQL the second insert trips the unique index, the retry reruns the
save and finds the newer version. Either way the second is refused with a message naming
who saved meanwhile, and the editor keeps what was typed.

The versions are read once and kept until :meth:`ServiceStandardService.invalidate`: a
save here forgets them, and a save on another PC arrives as ``STANDARD_CHANGED``, on
which the window forgets them too.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.clock import Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.domain.dates import in_seoul, out_of_range
from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.messages import msg
from arco_desk.domain.roles import Permission
from arco_desk.domain.standard import ServiceStandard, StandardError, load_standard, parse_standard
from arco_desk.domain.standard_versions import (
    StandardDraft,
    StandardVersion,
    in_force,
    validate_standard,
)
from arco_desk.services.acting import acting_staff_id
from arco_desk.services.audit import record_audit
from arco_desk.services.permissions import require
from arco_desk.store.change_feed import publish
from arco_desk.store.models import Complaint, ServiceStandardVersion
from arco_desk.store.retry import retry_conflicts
from arco_desk.store.unit_of_work import UnitOfWork

__all__ = ["ServiceStandardService", "VersionRecord"]

log = logging.getLogger(__name__)

SAVE_ACTION = "standard.save"


@dataclass(frozen=True, slots=True)
class VersionRecord:
    """A line of the history: version 0 is the standard shipped with the program."""

    version: int
    effective_from: datetime | None
    saved_by_name: str
    saved_at: datetime | None


class ServiceStandardService:
    def __init__(self, uow: UnitOfWork, clock: Clock = system_now,
                 shipped: Callable[[], ServiceStandard] = load_standard) -> None:
        self.uow = uow
        self.clock = clock
        self._shipped_loader = shipped
        self._shipped: ServiceStandard | None = None
        self._lock = threading.Lock()
        self._cached: tuple[StandardVersion, ...] | None = None

    # --- reading -------------------------------------------------------------------------

    def current(self) -> ServiceStandard:
        """The standard in force now."""
        return self.in_force(self.clock())

    def in_force(self, at: datetime) -> ServiceStandard:
        """The standard for something received at ``at`` (a complaint registered late
        with a past receipt time gets the version in force then)."""
        moment = in_seoul(at)
        if moment is None:  # past what Seoul's clock can show
            raise ValidationError({"received_at": out_of_range(self.clock().date())})
        return in_force(self._versions(), moment, self._shipped_standard())

    def latest_version(self) -> int:
        """The newest version's number (0: none saved, the shipped standard)."""
        versions = self._versions()
        return max((v.version for v in versions), default=0)

    def history(self) -> list[VersionRecord]:
        """Every version, newest first, and the shipped standard last."""
        saved = [VersionRecord(v.version, v.effective_from, v.saved_by_name, v.saved_at)
                 for v in sorted(self._versions(), key=lambda v: -v.version)]
        return [*saved, VersionRecord(0, None, "", None)]

    def kinds_in_use(self) -> dict[str, int]:
        """How many complaints each kind code has (a kind in use may not be removed)."""
        with self.uow.read() as session:
            return _kinds_in_use(session)

    def invalidate(self) -> None:
        """Forget the versions read (another PC saved one)."""
        with self._lock:
            self._cached = None

    # --- saving --------------------------------------------------------------------------

    @retry_conflicts
    def save(self, draft: StandardDraft, *, based_on: int, actor: Actor) -> VersionRecord:
        """Save the draft as version ``based_on + 1``, in force from now. Refused when
        another administrator saved a version after ``based_on`` (their name and when), or
        when a kind that complaints use would be removed."""
        if actor.roles:  # the agency's own work (no account) is not held to it
            require(actor, Permission.EDIT_SERVICE_STANDARD)
        now = self.clock()
        try:
            with self.uow.write(actor) as session:
                latest = _latest(session)
                if latest is not None and latest.version != based_on:
                    raise DomainError(msg("standard.saved_meanwhile", version=latest.version,
                                          who=latest.saved_by_name, at=latest.saved_at))
                if latest is None and based_on != 0:  # pragma: no cover - versions stay
                    raise DomainError(msg("standard.saved_meanwhile", version=0, who="",
                                          at=now))
                base = (parse_standard(latest.standard) if latest is not None
                        else self._shipped_standard())
                standard = validate_standard(draft, base)
                _refuse_removing_used(session, base, standard)
                row = ServiceStandardVersion(
                    version=based_on + 1, effective_from=now, standard=standard.to_toml(),
                    saved_by_id=acting_staff_id(session, actor), saved_by_name=actor.name,
                    saved_at=now)
                session.add(row)
                session.flush()
                publish(session, ChangeKind.STANDARD_CHANGED, row.version)
                record_audit(session, actor, SAVE_ACTION, "service_standard_version", row.id,
                             f"v{row.version}")
                return VersionRecord(row.version, now, actor.name, now)
        except StandardError as error:
            log.warning("stored service standard unreadable: %s", error)
            raise ValidationError({"kinds": msg("complaint.standard_unreadable",
                                                reason=str(error))}) from error
        finally:
            self.invalidate()

    # --- internals -----------------------------------------------------------------------

    def _shipped_standard(self) -> ServiceStandard:
        if self._shipped is None:
            self._shipped = self._shipped_loader()
        return self._shipped

    def _versions(self) -> tuple[StandardVersion, ...]:
        with self._lock:
            cached = self._cached
        if cached is not None:
            return cached
        with self.uow.read() as session:
            rows = session.scalars(select(ServiceStandardVersion)
                                   .order_by(ServiceStandardVersion.version)).all()
            versions = tuple(StandardVersion(row.version, row.effective_from,
                                             parse_standard(row.standard,
                                                            source=f"version {row.version}"),
                                             row.saved_by_name, row.saved_at)
                             for row in rows)
        with self._lock:
            self._cached = versions
        return versions


def _latest(session: Session) -> ServiceStandardVersion | None:
    return session.scalars(select(ServiceStandardVersion)
                           .order_by(ServiceStandardVersion.version.desc()).limit(1)).first()


def _kinds_in_use(session: Session, codes: Sequence[str] | None = None) -> dict[str, int]:
    query = select(Complaint.kind_code, func.count()).group_by(Complaint.kind_code)
    if codes is not None:
        query = query.where(Complaint.kind_code.in_(codes))
    return {code: count for code, count in session.execute(query)}


def _refuse_removing_used(session: Session, before: ServiceStandard,
                          after: ServiceStandard) -> None:
    kept = {kind.code for kind in after.complaint_kinds}
    removed = [kind for kind in before.complaint_kinds if kind.code not in kept]
    if not removed:
        return
    used = _kinds_in_use(session, [kind.code for kind in removed])
    for kind in removed:
        if used.get(kind.code):
            raise ValidationError({"kinds": msg("standard.kind_in_use",
                                                kind=f"{kind.name_ko} ({kind.code})",
                                                count=used[kind.code])})
