"""A caller's earlier visits and complaints, shown beside their earlier memos."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class ContactKind(enum.StrEnum):
    VISIT = "visit"
    COMPLAINT = "complaint"


@dataclass(frozen=True, slots=True)
class EarlierContact:
    kind: ContactKind
    id: int
    at: datetime
    name: str
    summary: str  # the visit's purpose, or the complaint's title
    status: str  # a complaint's status code; "" for a visit
