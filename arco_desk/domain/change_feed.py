"""What the change feed can say: the kinds of change other PCs are told about."""

from __future__ import annotations

from enum import StrEnum


class ChangeKind(StrEnum):
    """A published change. The payload is the kind and ids only, never personal data."""

    MEMO_FORWARDED = "memo_forwarded"
    MEMO_READ = "memo_read"
    MEMO_DONE = "memo_done"
    MEMO_ESCALATED = "memo_escalated"
    VISITOR_ARRIVED = "visitor_arrived"
    PREPARATION_ALERT = "preparation_alert"
    HOST_READY = "host_ready"
    COMPLAINT_ASSIGNED = "complaint_assigned"
