"""The overdue board (기한 현황, issue 16): everything due today or overdue, by department
and person, and the hand-over of a person's open work to someone else.

Pure rules and records: which items belong on the board (due before the end of today in
Asia/Seoul, or overdue), how they group (department, then person; a memo sent to a whole
department and not claimed yet sits under the department with nobody named), and the
counts a group shows. The services fetch the items and the badges; the UI paints them.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from types import MappingProxyType
from typing import Final

from arco_desk.domain.calendar_business import SEOUL, to_seoul
from arco_desk.domain.complaint_deadline import Badge, BadgeState
from arco_desk.domain.deadlines import Countdown, CountdownState

__all__ = [
    "BoardGroup",
    "BoardItem",
    "HandOver",
    "OpenWork",
    "OverdueBoard",
    "Urgency",
    "WorkKind",
    "board_cutoff",
    "group_items",
    "urgency_of",
]


class WorkKind(enum.StrEnum):
    """What a board item is. Visit follow-ups and the complaint follow-up call have no
    due date in the records yet, so they are not on the board."""

    COMPLAINT = "complaint"  # an open complaint: the deadline in force
    MEMO_CALLBACK = "memo_callback"  # a phone memo not answered: its callback deadline
    VISIT_CALL = "visit_call"  # the call the day before an outbound visit, not made


class Urgency(enum.StrEnum):
    """How a board item stands: past its deadline, due before today ends, or waiting on
    the citizen (a paused complaint: its clock is stopped, so it is not overdue)."""

    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    PAUSED = "paused"


_DAY: Final = timedelta(days=1)


def board_cutoff(now: datetime) -> datetime:
    """Items due before this moment are on the board: the start of tomorrow in Seoul.
    Deadlines fall in working time only, so nothing due on a closed day is missed."""
    return datetime.combine(to_seoul(now).date() + _DAY, time(0), SEOUL)


def urgency_of(badge: Countdown | Badge) -> Urgency:
    """An item's urgency from its badge (the same four countdown states the tabs show)."""
    if badge.state in (CountdownState.OVERDUE, BadgeState.OVERDUE):
        return Urgency.OVERDUE
    if badge.state is BadgeState.PAUSED:
        return Urgency.PAUSED
    return Urgency.DUE_TODAY


@dataclass(frozen=True, slots=True)
class BoardItem:
    """One thing due. ``title``: a complaint's title, a memo's message (first words) or
    an outbound visit's purpose; ``who``: the citizen, caller or customer, masked or
    empty where the person may not see it (``hidden``: only the kind and the due show,
    e.g. a phone memo on an administrator's board)."""

    kind: WorkKind
    id: int
    due: datetime
    badge: Countdown | Badge
    department_id: int | None
    department_name: str
    staff_id: int | None
    staff_name: str
    title: str = ""
    who: str = ""
    hidden: bool = False

    @property
    def urgency(self) -> Urgency:
        return urgency_of(self.badge)


@dataclass(frozen=True, slots=True)
class BoardGroup:
    """A department's or a person's items, most urgent first, with the counts."""

    department_id: int | None
    department_name: str
    staff_id: int | None  # None: the department's shared queue (nobody named yet)
    staff_name: str
    items: tuple[BoardItem, ...]
    by_kind: Mapping[WorkKind, int] = field(default_factory=dict)
    by_urgency: Mapping[Urgency, int] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.items)


@dataclass(frozen=True, slots=True)
class OverdueBoard:
    """The board at ``at``: groups by department (in the directory's order), then the
    shared queue, then people by name."""

    at: datetime
    groups: tuple[BoardGroup, ...]
    by_kind: Mapping[WorkKind, int]
    by_urgency: Mapping[Urgency, int]

    @property
    def count(self) -> int:
        return sum(group.count for group in self.groups)


def _counts(items: Iterable[BoardItem]) -> tuple[Mapping[WorkKind, int],
                                                 Mapping[Urgency, int]]:
    listed = list(items)
    kinds = Counter(item.kind for item in listed)
    urgencies = Counter(item.urgency for item in listed)
    return (MappingProxyType({kind: kinds[kind] for kind in WorkKind}),
            MappingProxyType({urgency: urgencies[urgency] for urgency in Urgency}))


_URGENCY_ORDER: Final = {Urgency.OVERDUE: 0, Urgency.DUE_TODAY: 1, Urgency.PAUSED: 2}


def group_items(items: Iterable[BoardItem], at: datetime,
                department_order: Mapping[int, int] | None = None) -> OverdueBoard:
    """The board of ``items``: one group per department and person (the department's
    shared queue, with nobody named, first), items overdue first, then by due."""
    order = department_order or {}
    groups: dict[tuple[int | None, int | None], list[BoardItem]] = {}
    for item in items:
        groups.setdefault((item.department_id, item.staff_id), []).append(item)

    def group_key(key: tuple[int | None, int | None]) -> tuple[object, ...]:
        first = groups[key][0]
        department, staff = key
        return (department is None, order.get(department or 0, 1 << 30),
                first.department_name, staff is not None, first.staff_name, staff or 0)

    built = []
    for key in sorted(groups, key=group_key):
        members = sorted(groups[key], key=lambda i: (_URGENCY_ORDER[i.urgency], i.due,
                                                     i.kind.value, i.id))
        kinds, urgencies = _counts(members)
        first = members[0]
        built.append(BoardGroup(key[0], first.department_name, key[1], first.staff_name,
                                tuple(members), kinds, urgencies))
    kinds, urgencies = _counts(item for group in built for item in group.items)
    return OverdueBoard(at, tuple(built), kinds, urgencies)


# --- handing a person's open work over (업무 일괄 이관) -------------------------------------


@dataclass(frozen=True, slots=True)
class OpenWork:
    """A person's open memos and complaints, as the confirmation states them. The
    hand-over moves exactly these ids, those still open and still the person's."""

    staff_id: int
    staff_name: str
    department_id: int
    department_name: str
    memo_ids: tuple[int, ...]
    complaint_ids: tuple[int, ...]

    @property
    def empty(self) -> bool:
        return not self.memo_ids and not self.complaint_ids


@dataclass(frozen=True, slots=True)
class HandOver:
    """What a hand-over moved. ``memos_left``/``complaints_left``: of those confirmed,
    the ones closed or passed on from another PC meanwhile (not moved). ``already``: the
    same hand-over (its submission key) was saved before; nothing moved this time."""

    memos_moved: int
    complaints_moved: int
    memos_left: int = 0
    complaints_left: int = 0
    to_name: str = ""
    already: bool = False
