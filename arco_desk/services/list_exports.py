"""The lists of the tabs as CSV or XLSX files (issue 16): exactly the rows of the filter
the tab shows, as the person sees them.

Each use case reads the ids of the filter again and every row of them, not the page a
table model has loaded, at most :data:`EXPORT_LIMIT`. Behind the gate the memo and
complaint lists are narrowed to the person's reach and masked outside what they handle,
as on screen (services/gate.py: NARROWED, MASKED). A list that holds somebody's personal
data (callers, citizens, visitors, the customers of outbound visits) leaves the database
only with a reason, required, and one access record for the export: action ``export``,
the kind of record, "목록 N건" and the reason. No reason, nothing written and nothing
recorded. The staff directory is the agency's own published list (clause 1-2): it needs
no reason and no record.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final, TypeVar

from arco_desk.domain.access_records import AccessAction
from arco_desk.domain.actor import Actor
from arco_desk.domain.clock import Clock
from arco_desk.domain.directory import Presence, StaffRecord
from arco_desk.domain.memos import MemoFilter, MemoRow
from arco_desk.domain.messages import msg
from arco_desk.domain.outbound_visits import OutboundVisitRow
from arco_desk.domain.reception import TimelineEntry
from arco_desk.domain.roles import Within
from arco_desk.domain.text import TextKind, clean
from arco_desk.services.access_records import record_access
from arco_desk.services.complaint_records import ComplaintFilter, ComplaintRow
from arco_desk.services.complaints import ComplaintService
from arco_desk.services.directory import DirectoryService
from arco_desk.services.korean_records import exported_list
from arco_desk.services.list_export import ListLayout, write_list
from arco_desk.services.memos import MemoService
from arco_desk.services.reception import ReceptionService
from arco_desk.store.retry import retry_conflicts
from arco_desk.store.unit_of_work import UnitOfWork

__all__ = ["EXPORT_LIMIT", "ListExport", "ListExportService", "export_reason"]

R = TypeVar("R")

# The most rows one export holds: a year of an agency's complaints, more than any day's
# list; a filter that finds more is narrowed first (the tab says so before asking).
EXPORT_LIMIT: Final = 50_000
# Rows read per query (a table model's page is 100): few round trips, short IN lists.
_CHUNK: Final = 1_000


@dataclass(frozen=True, slots=True)
class ListExport:
    """What an export wrote: the file, its rows, and whether the filter found more than
    :data:`EXPORT_LIMIT` (only the first were written)."""

    path: Path
    rows: int
    cut: bool = False


class ListExportService:
    def __init__(self, uow: UnitOfWork, clock: Clock, memos: MemoService,
                 complaints: ComplaintService, reception: ReceptionService,
                 directory: DirectoryService) -> None:
        self.uow = uow
        self.clock = clock
        # The services themselves, not behind the gate: the gate checks the export's own
        # use case and passes its reach and masking on (services/gate.py).
        self._memos = memos
        self._complaints = complaints
        self._reception = reception
        self._directory = directory

    @retry_conflicts
    def memos(self, wanted: MemoFilter, path: Path, layout: ListLayout[MemoRow],
              reason: str, *, actor: Actor, within: Within | None = None,
              unmasked: Within | None = None) -> ListExport:
        """The desk's memo list of ``wanted`` to ``path``, callers masked outside the
        memos the person handles (``unmasked``) and the list narrowed to their reach
        (``within``), both from the gate."""
        why = export_reason(reason)
        ids = self._memos.search_ids(wanted, within, limit=None)  # the whole list
        return self._export(
            "memo", ids, lambda page: self._memos.rows(page, unmasked, within),
            path, layout, why, actor)

    @retry_conflicts
    def complaints(self, wanted: ComplaintFilter, path: Path,
                   layout: ListLayout[ComplaintRow], reason: str, *, actor: Actor,
                   within: Within | None = None,
                   unmasked: Within | None = None) -> ListExport:
        """The complaint list of ``wanted`` to ``path``, as :meth:`memos` for memos."""
        why = export_reason(reason)
        ids = self._complaints.list_ids(wanted, within, limit=None)  # the whole list
        return self._export(
            "complaint", ids, lambda page: self._complaints.rows(page, unmasked, within),
            path, layout, why, actor)

    @retry_conflicts
    def visits(self, day: date, text: str, path: Path, layout: ListLayout[TimelineEntry],
               reason: str, *, actor: Actor) -> ListExport:
        """The reception timeline of ``day`` found by ``text`` (appointments and
        walk-ins) to ``path``, visitors masked as the timeline shows them."""
        why = export_reason(reason)
        ids = self._reception.timeline_ids(day, text)
        return self._export("visit", ids, self._reception.timeline_rows, path, layout, why,
                            actor)

    @retry_conflicts
    def outbound_visits(self, include_done: bool, path: Path,
                        layout: ListLayout[OutboundVisitRow], reason: str, *,
                        actor: Actor) -> ListExport:
        """The calls before outbound visits as the reception panel lists them (the open
        ones; with ``include_done`` the called ones of today or later too) to ``path``,
        customers masked as the panel shows them."""
        why = export_reason(reason)
        outbound = self._reception.outbound
        return self._export("outbound_visit", outbound.task_ids(include_done), outbound.rows,
                            path, layout, why, actor)

    def directory(self, text: str, department_id: int | None, presence: Presence | None,
                  path: Path, layout: ListLayout[StaffRecord]) -> ListExport:
        """The staff list found by ``text``, ``department_id`` and ``presence`` to
        ``path``: the agency's own directory, exported without a reason or a record."""
        ids = self._directory.search_ids(text, department_id, presence)
        return self._export(None, ids, self._directory.staff_rows, path, layout, "", None)

    def _export(self, entity: str | None, ids: Sequence[int],
                fetch: Callable[[list[int]], Sequence[R]], path: Path,
                layout: ListLayout[R], reason: str, actor: Actor | None) -> ListExport:
        wanted = list(ids)
        cut = len(wanted) > EXPORT_LIMIT
        wanted = wanted[:EXPORT_LIMIT]
        cells = [layout.cells(row) for start in range(0, len(wanted), _CHUNK)
                 for row in fetch(wanted[start:start + _CHUNK])]
        count = write_list(path, layout.title, layout.headers, cells)
        if entity is None or actor is None or not count:
            return ListExport(path, count, cut)
        try:
            with self.uow.write(actor) as session:
                record_access(session, self.clock(), actor, AccessAction.EXPORT, entity,
                              None, exported_list(count), reason=reason)
        except BaseException:
            # Not recorded, not taken out: the file goes (docs/architecture.md §12).
            path.unlink(missing_ok=True)
            raise
        return ListExport(path, count, cut)


def export_reason(reason: str) -> str:
    """Why personal data is taken out: required, through the text rules (the window
    checks it too, before the export starts off its thread)."""
    return clean(TextKind.SHORT_LINE, "reason", reason,
                 required=msg("access.export_reason_required"))
