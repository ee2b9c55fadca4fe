"""Table models of the reception tab: the day's timeline and the outbound-visit call tasks.

Both hold ids and fetch masked rows in pages; statuses and badges are colour *and* text.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from arco_desk.domain.outbound_visits import OutboundVisitRow
from arco_desk.domain.reception import TimelineEntry
from arco_desk.services.list_export import Cell, ListLayout
from arco_desk.ui.common.paged_model import PagedTableModel
from arco_desk.ui.common.status_style import badge_text, status_colours, status_text


def hhmm(moment: datetime | None) -> str:
    return moment.strftime("%H:%M") if moment is not None else ""


class TimelineModel(PagedTableModel[TimelineEntry]):
    TIME, STATUS, VISITOR, ORGANISATION, PHONE, HOST, PLACE, PREPARATION, PASS = range(9)

    def __init__(self, fetch: Any, parent: Any = None) -> None:
        super().__init__(fetch, parent)
        self.headers = (
            QCoreApplication.translate("TimelineModel", "Time"),
            QCoreApplication.translate("TimelineModel", "Status"),
            QCoreApplication.translate("TimelineModel", "Visitor"),
            QCoreApplication.translate("TimelineModel", "Organisation"),
            QCoreApplication.translate("TimelineModel", "Phone"),
            QCoreApplication.translate("TimelineModel", "Host"),
            QCoreApplication.translate("TimelineModel", "Place"),
            QCoreApplication.translate("TimelineModel", "Preparation"),
            QCoreApplication.translate("TimelineModel", "Pass"),
        )

    def cell(self, r: TimelineEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if column == self.STATUS and role == Qt.ItemDataRole.BackgroundRole:
            return status_colours(r.status)[0]
        if column == self.STATUS and role == Qt.ItemDataRole.ForegroundRole:
            return status_colours(r.status)[1]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.HOST and r.routed_to_name:
            return QCoreApplication.translate("TimelineModel", "Routed to the stand-in %1").replace(
                "%1", r.routed_to_name
            )
        return None

    def _text(self, r: TimelineEntry, column: int) -> str:
        if column == self.TIME:
            if r.is_walk_in:
                walk_in = QCoreApplication.translate("TimelineModel", "walk-in")
                return f"{hhmm(r.starts_at)} {walk_in}"
            return f"{hhmm(r.starts_at)}–{hhmm(r.ends_at)}"
        if column == self.STATUS:
            return status_text(r.status)
        if column == self.VISITOR:
            extra = f" +{r.companions}" if r.companions else ""
            return r.visitor_name_masked + extra
        if column == self.HOST:
            host = r.host_name
            receiver = r.received_by_name or r.routed_to_name
            if receiver and receiver != host:
                host = f"{host} → {receiver}"
            return host
        if column == self.PREPARATION:
            return self._preparation(r)
        if column == self.PASS:
            if not r.pass_number:
                return ""
            if r.pass_out:
                return r.pass_number
            return r.pass_number + " " + QCoreApplication.translate("TimelineModel", "(returned)")
        plain = {self.ORGANISATION: r.organisation, self.PHONE: r.phone_masked, self.PLACE: r.place}
        return plain.get(column, "")

    def export_layout(self) -> ListLayout[TimelineEntry]:
        """The day's timeline as a file: its columns, with real moments (visitors masked
        as the timeline shows them)."""
        def cells(r: TimelineEntry) -> list[Cell]:
            walk_in = QCoreApplication.translate("TimelineModel", "walk-in")
            return [r.starts_at, None if r.is_walk_in else r.ends_at,
                    walk_in if r.is_walk_in else "", self._text(r, self.STATUS),
                    self._text(r, self.VISITOR), r.organisation, r.phone_masked,
                    self._text(r, self.HOST), r.host_department, r.place, r.purpose,
                    self._text(r, self.PREPARATION), r.arrived_at, r.left_at,
                    self._text(r, self.PASS)]
        translate = QCoreApplication.translate
        h = self.headers
        return ListLayout(
            translate("ListExport", "Visits"),
            (translate("ListExport", "Starts"), translate("ListExport", "Ends"),
             translate("ListExport", "Walk-in"), h[self.STATUS], h[self.VISITOR],
             h[self.ORGANISATION], h[self.PHONE], h[self.HOST],
             translate("ListExport", "Department"), h[self.PLACE],
             translate("ListExport", "Purpose"), h[self.PREPARATION],
             translate("ListExport", "Arrived"), translate("ListExport", "Left"),
             h[self.PASS]),
            cells)

    def _preparation(self, r: TimelineEntry) -> str:
        if r.host_ready_at is not None:
            return QCoreApplication.translate("TimelineModel", "ready %1").replace(
                "%1", hhmm(r.host_ready_at)
            )
        if r.prep_alerted_at is not None:
            return QCoreApplication.translate("TimelineModel", "alerted %1").replace(
                "%1", hhmm(r.prep_alerted_at)
            )
        return ""


class CallTaskModel(PagedTableModel[OutboundVisitRow]):
    """Calls before outbound visits: a countdown badge until the call is recorded."""

    BADGE, VISIT_DATE, CUSTOMER, ORGANISATION, STAFF, DEPARTMENT, PURPOSE = range(7)

    def __init__(self, fetch: Any, parent: Any = None) -> None:
        super().__init__(fetch, parent)
        self.headers = (
            QCoreApplication.translate("CallTaskModel", "Call"),
            QCoreApplication.translate("CallTaskModel", "Visit date"),
            QCoreApplication.translate("CallTaskModel", "Customer"),
            QCoreApplication.translate("CallTaskModel", "Organisation"),
            QCoreApplication.translate("CallTaskModel", "Staff"),
            QCoreApplication.translate("CallTaskModel", "Department"),
            QCoreApplication.translate("CallTaskModel", "Purpose"),
        )

    def cell(self, r: OutboundVisitRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.BADGE:
                return self.badge_text(r)
            if column == self.VISIT_DATE:
                return r.visit_date.strftime("%m/%d")
            plain = (
                None,
                None,
                r.customer_name_masked,
                r.customer_org,
                r.staff_name,
                r.department_name,
                r.purpose,
            )
            return plain[column]
        if column == self.BADGE and r.countdown is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return status_colours(r.countdown.state)[0]
            if role == Qt.ItemDataRole.ForegroundRole:
                return status_colours(r.countdown.state)[1]
        if column == self.BADGE and role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("CallTaskModel", "Call due %1").replace(
                "%1", r.call_due_at.strftime("%Y-%m-%d %H:%M")
            )
        return None

    def export_layout(self) -> ListLayout[OutboundVisitRow]:
        """The call tasks as a file: the panel's columns with real moments and the
        customer's masked number (masked as the panel shows them)."""
        def cells(r: OutboundVisitRow) -> list[Cell]:
            return [self.badge_text(r), r.call_due_at, r.called_at, r.visit_date,
                    r.customer_name_masked, r.customer_org, r.customer_phone_masked,
                    r.staff_name, r.department_name, r.purpose]
        translate = QCoreApplication.translate
        h = self.headers
        return ListLayout(
            translate("ListExport", "Calls before outbound visits"),
            (h[self.BADGE], translate("ListExport", "Call by"),
             translate("ListExport", "Called"), h[self.VISIT_DATE], h[self.CUSTOMER],
             h[self.ORGANISATION], translate("ListExport", "Phone"), h[self.STAFF],
             h[self.DEPARTMENT], h[self.PURPOSE]),
            cells)

    @staticmethod
    def badge_text(r: OutboundVisitRow) -> str:
        if r.countdown is None:
            return "✔ " + QCoreApplication.translate("CallTaskModel", "called %1").replace(
                "%1", r.called_at.strftime("%m/%d %H:%M") if r.called_at else ""
            )
        return badge_text(r.countdown)
