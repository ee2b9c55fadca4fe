"""What the change feed can say: the kinds of change other PCs are told about."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class ChangeKind(StrEnum):
    """A published change. The payload is the kind and ids only, never personal data.

    Every write use case publishes at least one; the kinds a staff PC is notified of
    (forwarded, escalated, arrived, preparation, assigned) keep their meaning, and the
    ``*_CHANGED`` kinds say only that the entity must be read again.
    """

    MEMO_FORWARDED = "memo_forwarded"
    MEMO_DELIVERED = "memo_delivered"
    MEMO_READ = "memo_read"
    MEMO_DONE = "memo_done"
    MEMO_ESCALATED = "memo_escalated"
    VISITOR_ARRIVED = "visitor_arrived"
    PREPARATION_ALERT = "preparation_alert"
    HOST_READY = "host_ready"
    COMPLAINT_ASSIGNED = "complaint_assigned"
    MEMO_CHANGED = "memo_changed"  # any other write to a memo (claimed, …)
    MEMO_REASONS_CHANGED = "memo_reasons_changed"  # entity: the reason
    TRANSFER_LOGGED = "transfer_logged"  # entity: the transfer log row
    COMPLAINT_CHANGED = "complaint_changed"  # registered, or any lifecycle step
    APPOINTMENT_CHANGED = "appointment_changed"  # booked, edited, no-show, cancelled, …
    VISIT_CHANGED = "visit_changed"  # check-out, passes, visit record, received by
    VISITOR_DATA_PURGED = "visitor_data_purged"  # entity: the purge ledger entry
    OUTBOUND_VISIT_CHANGED = "outbound_visit_changed"
    STAFF_CHANGED = "staff_changed"  # directory edit, presence, import
    DEPARTMENT_CHANGED = "department_changed"
    CALENDAR_CHANGED = "calendar_changed"  # entity: the override (0 for several)
    SETTINGS_CHANGED = "settings_changed"  # entity 0: settings are keyed by name
    STANDARD_CHANGED = "standard_changed"  # entity: the service standard's new version
    # An account made, its roles, state or password changed, a sign-in: addressed to its
    # person (their window follows their roles) and seen by administrators.
    ACCOUNT_CHANGED = "account_changed"  # entity: the account


MEMO_KINDS = frozenset({ChangeKind.MEMO_FORWARDED, ChangeKind.MEMO_DELIVERED,
                        ChangeKind.MEMO_READ, ChangeKind.MEMO_DONE, ChangeKind.MEMO_ESCALATED,
                        ChangeKind.MEMO_CHANGED})
RECEPTION_KINDS = frozenset({ChangeKind.VISITOR_ARRIVED, ChangeKind.PREPARATION_ALERT,
                             ChangeKind.HOST_READY, ChangeKind.APPOINTMENT_CHANGED,
                             ChangeKind.VISIT_CHANGED, ChangeKind.VISITOR_DATA_PURGED})
COMPLAINT_KINDS = frozenset({ChangeKind.COMPLAINT_ASSIGNED, ChangeKind.COMPLAINT_CHANGED})
DIRECTORY_KINDS = frozenset({ChangeKind.STAFF_CHANGED, ChangeKind.DEPARTMENT_CHANGED})


def kinds_of(records: Iterable[ChangeRecord]) -> frozenset[str]:
    """The kinds among ``records``: a screen asks once whether any concern it."""
    return frozenset(record.kind for record in records)


def ids_of(records: Iterable[ChangeRecord], kinds: Collection[str]) -> list[int]:
    """The entity ids of the records of ``kinds``, each once, in feed order."""
    return list(dict.fromkeys(r.entity_id for r in records if r.kind in kinds))


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """One event of the feed as a listener sees it."""

    id: int
    kind: str  # a ChangeKind value; a newer version's kinds pass through unknown
    entity_id: int
    staff_id: int | None
    department_id: int | None
    at: datetime

    def concerns(self, staff_id: int | None, department_id: int | None) -> bool:
        """Whether this event is for that staff member: addressed to them by id, or to
        their whole department (no staff id, e.g. a memo anyone there may claim). A
        department id beside a staff id is context, not a second address."""
        if self.staff_id is not None:
            return self.staff_id == staff_id
        return department_id is not None and self.department_id == department_id
