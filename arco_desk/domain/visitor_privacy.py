"""Visitors' personal data under 개인정보보호법: retention, masking, destruction.

Lists mask names and numbers; the detail view shows them. Records older than
the retention period (a setting, one year by default) are deleted or
anonymised by an admin, and each run is written to the destruction ledger
(파기 대장: what, how many, when, by whom). No ID numbers are ever stored;
"ID checked" is a yes/no.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.messages import msg
from arco_desk.domain.numbers import whole_number_in
from arco_desk.domain.phone import mask_name, mask_phone

__all__ = [
    "ANONYMOUS_NAME",
    "DEFAULT_RETENTION_DAYS",
    "LedgerEntry",
    "PurgeMethod",
    "PurgePreview",
    "PurgeResult",
    "masked_name",
    "masked_phone",
    "parse_retention_days",
    "retention_cutoff",
]

DEFAULT_RETENTION_DAYS: Final = 365
MIN_RETENTION_DAYS: Final = 1
MAX_RETENTION_DAYS: Final = 3650
ANONYMOUS_NAME: Final = "(익명)"


class PurgeMethod(enum.StrEnum):
    DELETE = "delete"
    ANONYMISE = "anonymise"


def masked_name(name: str) -> str:
    """A name for a list: 홍*동; anonymised names stay as they are."""
    return name if name == ANONYMOUS_NAME else mask_name(name)


def masked_phone(phone: str) -> str:
    return mask_phone(phone) if phone else ""


def parse_retention_days(text: str | int) -> int:
    """The retention period in days, 1–3650 (ValidationError on ``retention_days``)."""
    return whole_number_in(
        "retention_days", text, MIN_RETENTION_DAYS, MAX_RETENTION_DAYS,
        not_a_number=msg("privacy.retention_not_a_number"),
        out_of_range=msg("privacy.retention_range", low=MIN_RETENTION_DAYS,
                         high=MAX_RETENTION_DAYS))


def retention_cutoff(now: datetime, days: int) -> datetime:
    """Records before this moment are past retention: midnight (Seoul) ``days`` days ago."""
    local = now.astimezone(SEOUL)
    start = datetime(local.year, local.month, local.day, tzinfo=SEOUL)
    return start - timedelta(days=days)


@dataclass(frozen=True, slots=True)
class PurgePreview:
    """What a purge would touch: records from before ``cutoff``."""

    cutoff: datetime
    retention_days: int
    visits: int
    appointments: int
    outbound_visits: int
    visitors: int

    @property
    def records(self) -> int:
        """Visits, appointments without a visit, and outbound visits."""
        return self.visits + self.appointments + self.outbound_visits


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """A row of the destruction ledger (파기 대장)."""

    id: int
    at: datetime
    what: str
    method: str
    count: int
    actor: str


@dataclass(frozen=True, slots=True)
class PurgeResult(LedgerEntry):
    """A purge: its ledger entry, and what became of the backups. ``backups_rewritten``
    SQLite backups in the backups folder had the same purge applied; ``backups_left``
    could not be rewritten (PostgreSQL dumps, backups of an older version, copies a
    restore kept beside the database) and still hold the purged data."""

    backups_rewritten: int = 0
    backups_left: int = 0

    @property
    def ledger_entry(self) -> LedgerEntry:
        """The entry alone, as the ledger lists it."""
        return LedgerEntry(self.id, self.at, self.what, self.method, self.count, self.actor)
