"""Calls before outbound visits: the list with countdown badges until each call is made."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.services.directory import DirectoryService
from arco_desk.services.list_exports import ListExport
from arco_desk.services.outbound_visits import OutboundVisitService
from arco_desk.ui.common.change_watcher import ChangesNow
from arco_desk.ui.common.dialogs import open_dialog
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.list_export import ListReasonDialog, export_button, export_list
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.paged_model import report_outages
from arco_desk.ui.common.record_list import record_table
from arco_desk.ui.reception.outbound_visit_dialog import CallDoneDialog, OutboundVisitDialog
from arco_desk.ui.reception.reception_model import CallTaskModel

if TYPE_CHECKING:
    from arco_desk.services.container import Services


class OutboundPanel(QGroupBox):
    """Open call tasks first (by due time); "Show called" adds the ones already made."""

    def __init__(self, outbound: OutboundVisitService, services: Services,
                 actor: Callable[[], Actor], directory: DirectoryService,
                 message_bar: MessageBar, today: Callable[[], date], changes_now: ChangesNow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes_now = changes_now
        self.outbound = outbound
        self.submissions = services.submissions
        self.exports = services.exports
        self.actor = actor
        self.directory = directory
        self.message_bar = message_bar
        self.today = today
        self.model = CallTaskModel(outbound.rows, self)
        report_outages(self.model, message_bar)
        self.table = record_table(self.model, self.tr("Calls before outbound visits"),
                                  alternating=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CallTaskModel.PURPOSE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (1, 56), (2, 70), (3, 120), (4, 70), (5, 96)):
            self.table.setColumnWidth(column, width)
        self.new_button = QPushButton(self.tr("&Outbound visit…"))
        self.call_button = QPushButton(self.tr("Record &call…"))
        self.cancel_button = QPushButton(self.tr("Cancel visit"))
        self.show_done = QCheckBox(self.tr("Show called"))
        self.export_button = export_button()
        self.export_button.setToolTip(self.tr("These calls to an Excel or CSV file"))
        buttons = QHBoxLayout()
        for widget in (self.new_button, self.call_button, self.cancel_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.show_done)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.new_visit)
        self.call_button.clicked.connect(self.record_call)
        self.cancel_button.clicked.connect(self.cancel_visit)
        self.show_done.toggled.connect(self.reload)
        self.export_button.clicked.connect(lambda: self.export_list())
        self.table.doubleClicked.connect(self.record_call)
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.reload()

    def reload(self) -> None:
        current = self.current_id()
        with refusals(self.message_bar) as outcome:
            ids = self.outbound.task_ids(include_done=self.show_done.isChecked())
            open_count = self.outbound.open_count()
        if outcome.refused:
            return
        self.model.set_ids(ids)
        self.setTitle(self.tr("Calls before outbound visits (%1 to make)").replace(
            "%1", str(open_count)))
        if current in ids:
            self.table.selectRow(ids.index(current))
        self._enable()

    def refresh_badges(self) -> None:
        """Countdowns move with the clock: refetch the rows."""
        self.model.refresh_rows(self.model.ids())

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select(self, visit_id: int) -> None:
        ids = self.model.ids()
        if visit_id in ids:
            self.table.selectRow(ids.index(visit_id))

    def export_list(self, path: Path | None = None) -> ListReasonDialog | None:
        """The calls listed (with "Show called", the called ones too) to a file, with a
        reason: the customers are personal data."""
        include_done = self.show_done.isChecked()

        def write(target: Path, reason: str) -> Callable[[], ListExport]:
            exports, layout, actor = self.exports, self.model.export_layout(), self.actor()
            return lambda: exports.outbound_visits(include_done, target, layout, reason,
                                                   actor=actor)
        return export_list(self, self.message_bar, self.export_button,
                           rows=self.model.rowCount(), name=self.tr("outbound-calls"),
                           personal=True, write=write, path=path)

    def _enable(self) -> None:
        row = self.table.currentIndex().row()
        record = self.model.record(row) if row >= 0 else None
        self.call_button.setEnabled(record is not None and record.called_at is None)
        self.cancel_button.setEnabled(record is not None)

    def new_visit(self) -> OutboundVisitDialog:
        dialog = OutboundVisitDialog(self.outbound, self.submissions, self.actor, self.directory,
                                     self.today(), self)
        return open_dialog(dialog, lambda: self._booked(dialog.saved_id))

    def _booked(self, visit_id: int | None) -> None:
        self.changes_now()
        if visit_id is not None:
            self.select(visit_id)
            with refusals(None) as outcome:  # saved: the hint about the call is extra
                due = self.outbound.detail(visit_id).row.call_due_at
            if outcome.refused:
                return
            self.message_bar.show_info(self.tr("Outbound visit saved. Call the customer by %1.")
                                       .replace("%1", due.strftime("%Y-%m-%d %H:%M")))

    def record_call(self) -> CallDoneDialog | None:
        visit_id = self.current_id()
        if visit_id is None:
            return None
        with refusals(self.message_bar) as outcome:
            detail = self.outbound.detail(visit_id)
        if outcome.refused:
            return None
        if detail.row.called_at is not None:
            return None
        return open_dialog(CallDoneDialog(self.outbound, self.actor, detail, self), self._called)

    def _called(self) -> None:
        self.changes_now()
        self.message_bar.show_info(self.tr("Call recorded."))

    def cancel_visit(self) -> None:
        visit_id = self.current_id()
        if visit_id is None:
            return
        with refusals(self.message_bar) as outcome:
            self.outbound.cancel(visit_id, actor=self.actor())
        if outcome.refused:
            return
        self.changes_now()
        self.message_bar.show_info(self.tr("Outbound visit cancelled."))
