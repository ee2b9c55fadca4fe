"""Calls before outbound visits: the list with countdown badges until each call is made."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.errors import DomainError
from arco_desk.services.directory import DirectoryService
from arco_desk.services.outbound_visits import OutboundVisitService
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.reception.outbound_visit_dialog import CallDoneDialog, OutboundVisitDialog
from arco_desk.ui.reception.reception_model import CallTaskModel


class OutboundPanel(QGroupBox):
    """Open call tasks first (by due time); "Show called" adds the ones already made."""

    dialog_opened = Signal(object)

    def __init__(self, outbound: OutboundVisitService, actor: Callable[[], Actor],
                 directory: DirectoryService, message_bar: MessageBar,
                 today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outbound = outbound
        self.actor = actor
        self.directory = directory
        self.message_bar = message_bar
        self.today = today
        self.model = CallTaskModel(outbound.rows, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Calls before outbound visits"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CallTaskModel.PURPOSE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (1, 56), (2, 70), (3, 120), (4, 70), (5, 96)):
            self.table.setColumnWidth(column, width)
        self.new_button = QPushButton(self.tr("&Outbound visit…"))
        self.call_button = QPushButton(self.tr("Record &call…"))
        self.cancel_button = QPushButton(self.tr("Cancel visit"))
        self.show_done = QCheckBox(self.tr("Show called"))
        buttons = QHBoxLayout()
        for widget in (self.new_button, self.call_button, self.cancel_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.show_done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.new_visit)
        self.call_button.clicked.connect(self.record_call)
        self.cancel_button.clicked.connect(self.cancel_visit)
        self.show_done.toggled.connect(self.reload)
        self.table.doubleClicked.connect(self.record_call)
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.reload()

    def reload(self) -> None:
        current = self.current_id()
        try:
            ids = self.outbound.task_ids(include_done=self.show_done.isChecked())
            open_count = self.outbound.open_count()
        except DomainError as error:
            self.message_bar.show_error(error.message)
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

    def _enable(self) -> None:
        row = self.table.currentIndex().row()
        record = self.model.record(row) if row >= 0 else None
        self.call_button.setEnabled(record is not None and record.called_at is None)
        self.cancel_button.setEnabled(record is not None)

    def new_visit(self) -> OutboundVisitDialog:
        dialog = OutboundVisitDialog(self.outbound, self.actor, self.directory, self.today(),
                                     self)
        dialog.accepted.connect(lambda: self._booked(dialog.saved_id))
        self._open(dialog)
        return dialog

    def _booked(self, visit_id: int | None) -> None:
        self.reload()
        if visit_id is not None:
            self.select(visit_id)
            try:
                due = self.outbound.detail(visit_id).row.call_due_at
            except DomainError:
                return
            self.message_bar.show_info(self.tr("Outbound visit saved. Call the customer by %1.")
                                       .replace("%1", due.strftime("%Y-%m-%d %H:%M")))

    def record_call(self) -> CallDoneDialog | None:
        visit_id = self.current_id()
        if visit_id is None:
            return None
        try:
            detail = self.outbound.detail(visit_id)
        except DomainError as error:
            self.message_bar.show_error(error.message)
            return None
        if detail.row.called_at is not None:
            return None
        dialog = CallDoneDialog(self.outbound, self.actor, detail, self)
        dialog.accepted.connect(self._called)
        self._open(dialog)
        return dialog

    def _called(self) -> None:
        self.reload()
        self.message_bar.show_info(self.tr("Call recorded."))

    def cancel_visit(self) -> None:
        visit_id = self.current_id()
        if visit_id is None:
            return
        try:
            self.outbound.cancel(visit_id, actor=self.actor())
        except DomainError as error:
            self.message_bar.show_error(error.message)
            return
        self.reload()
        self.message_bar.show_info(self.tr("Outbound visit cancelled."))

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog_opened.emit(dialog)
        dialog.open()  # type: ignore[attr-defined]
