"""What the change feed can say: the kinds of change other PCs are told about."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class ChangeKind(StrEnum):
    """A published change. The payload is the kind and ids only, never personal data."""

    MEMO_FORWARDED = "memo_forwarded"
    MEMO_DELIVERED = "memo_delivered"
    MEMO_READ = "memo_read"
    MEMO_DONE = "memo_done"
    MEMO_ESCALATED = "memo_escalated"
    VISITOR_ARRIVED = "visitor_arrived"
    PREPARATION_ALERT = "preparation_alert"
    HOST_READY = "host_ready"
    COMPLAINT_ASSIGNED = "complaint_assigned"


MEMO_KINDS = frozenset({ChangeKind.MEMO_FORWARDED, ChangeKind.MEMO_DELIVERED,
                        ChangeKind.MEMO_READ, ChangeKind.MEMO_DONE, ChangeKind.MEMO_ESCALATED})


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
