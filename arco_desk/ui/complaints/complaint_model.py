"""The complaint list: ids in deadline order, rows fetched in pages, badges live."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from arco_desk.domain.calendar_business import BusinessCalendar
from arco_desk.domain.complaint_deadline import Badge, badge
from arco_desk.services.complaint_records import ComplaintRow
from arco_desk.services.list_export import Cell, ListLayout
from arco_desk.ui.common.labels import label as enum_label
from arco_desk.ui.common.language import ui_language
from arco_desk.ui.common.paged_model import PagedTableModel
from arco_desk.ui.common.status_style import badge_text, status_colours
from arco_desk.ui.complaints.complaint_text import short_moment


class ComplaintTableModel(PagedTableModel[ComplaintRow]):
    BADGE, DEADLINE, STATUS, KIND, CHANNEL, CITIZEN, TITLE, ASSIGNEE = range(8)

    def __init__(self, fetch: Callable[[Sequence[int]], list[ComplaintRow]],
                 calendar: Callable[[], BusinessCalendar], now: datetime,
                 parent: Any = None) -> None:
        super().__init__(fetch, parent)
        self._calendar = calendar
        self.now = now
        self.headers = (
            QCoreApplication.translate("ComplaintTableModel", "Time left"),
            QCoreApplication.translate("ComplaintTableModel", "Due"),
            QCoreApplication.translate("ComplaintTableModel", "Status"),
            QCoreApplication.translate("ComplaintTableModel", "Kind"),
            QCoreApplication.translate("ComplaintTableModel", "Channel"),
            QCoreApplication.translate("ComplaintTableModel", "Citizen"),
            QCoreApplication.translate("ComplaintTableModel", "Title"),
            QCoreApplication.translate("ComplaintTableModel", "Assigned to"),
        )

    def set_now(self, now: datetime) -> None:
        """Move the badges to ``now`` (the heartbeat); only painted rows are recomputed."""
        self.now = now
        if self.rowCount():
            self.dataChanged.emit(self.index(0, self.BADGE),
                                  self.index(self.rowCount() - 1, self.BADGE))

    def badge_of(self, r: ComplaintRow) -> Badge:
        return badge(self._calendar(), r.status, r.deadline, r.period, self.now, r.paused_at,
                     r.answered_at)

    def cell(self, r: ComplaintRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if column == self.BADGE and role in (Qt.ItemDataRole.BackgroundRole,
                                             Qt.ItemDataRole.ForegroundRole):
            background, foreground = status_colours(self.badge_of(r).state)
            return background if role == Qt.ItemDataRole.BackgroundRole else foreground
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CITIZEN and r.masked:
            return QCoreApplication.translate(
                "ComplaintTableModel", "Masked: the complaint is not yours to handle. "
                "Select it to see the citizen in full (the look is recorded).")
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TITLE, self.DEADLINE):
            if column == self.TITLE:
                return r.title
            if r.extended:
                return QCoreApplication.translate(
                    "ComplaintTableModel", "Extended by a delay notice; the law's deadline "
                    "was %1").replace("%1", short_moment(r.due_at, self.now))
        return None

    def _text(self, r: ComplaintRow, column: int) -> str:
        lang = ui_language()
        if column == self.BADGE:
            return badge_text(self.badge_of(r))
        if column == self.DEADLINE:
            mark = " ⟲" if r.extended else ""
            return short_moment(r.deadline, self.now) + mark
        if column == self.STATUS:
            return enum_label(r.status)
        if column == self.KIND:
            return r.kind_name(lang)
        if column == self.CHANNEL:
            return enum_label(r.channel)
        if column == self.CITIZEN:
            return r.citizen_name
        if column == self.TITLE:
            return r.title
        names = [n for n in (r.assignee_name, r.department_name) if n]
        return " · ".join(names)

    def export_layout(self) -> ListLayout[ComplaintRow]:
        """The list as a file: its columns with real moments, the time left as now, and
        the assignee and department apart (a masked citizen stays masked). The clock and
        calendar are taken now: the cells are made off the GUI thread."""
        lang, now, calendar = ui_language(), self.now, self._calendar()

        def cells(r: ComplaintRow) -> list[Cell]:
            time_left = badge(calendar, r.status, r.deadline, r.period, now, r.paused_at,
                              r.answered_at)
            return [r.id, r.received_at, r.deadline, badge_text(time_left),
                    enum_label(r.status), r.kind_name(lang), enum_label(r.channel),
                    r.citizen_name, r.title, r.assignee_name, r.department_name,
                    r.answered_at, r.closed_at]
        translate = QCoreApplication.translate
        return ListLayout(
            translate("ListExport", "Complaints"),
            (translate("ListExport", "No."), translate("ListExport", "Received"),
             self.headers[self.DEADLINE], self.headers[self.BADGE],
             self.headers[self.STATUS], self.headers[self.KIND], self.headers[self.CHANNEL],
             self.headers[self.CITIZEN], self.headers[self.TITLE],
             self.headers[self.ASSIGNEE], translate("ListExport", "Department"),
             translate("ListExport", "Answered"), translate("ListExport", "Closed")),
            cells)
