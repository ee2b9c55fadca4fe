"""Small forms about a visit under way: who received the visitor, the visit record,
the visitor pass and check-out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.reception import VisitDetail, VisitRecordDraft
from arco_desk.domain.reception_edits import record_opened
from arco_desk.services.directory import DirectoryService
from arco_desk.services.reception import ReceptionService
from arco_desk.ui.common.form import FormDialog
from arco_desk.ui.common.seoul_time import bound_to_entry_range, from_qdatetime, to_qdatetime
from arco_desk.ui.common.staff_picker import StaffPicker
from arco_desk.ui.reception.visitor_fields import host_note


def _visit_id(detail: VisitDetail) -> int:
    if detail.entry.visit_id is None:
        raise ValueError("the visitor has not arrived")
    return detail.entry.visit_id


class ReceivedByDialog(FormDialog):
    """Record who received the visitor: the host, the stand-in or another colleague."""

    def __init__(self, reception: ReceptionService, actor: Callable[[], Actor],
                 directory: DirectoryService, detail: VisitDetail, suggested_id: int | None,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reception = reception
        self.actor = actor
        self.visit_id = _visit_id(detail)
        self.setWindowTitle(self.tr("Who received the visitor"))
        self.setMinimumWidth(460)
        host = directory.get_staff(detail.entry.host_id) if detail.entry.host_id else None
        note = QLabel(host_note(host, today))
        note.setWordWrap(True)
        self.form.addRow(self.tr("Host"), note)
        self.staff = StaffPicker(directory)
        self.fields.add_row("received_by_id", self.tr("&Received by *"), self.staff)
        if suggested_id is not None:
            self.staff.set_staff(suggested_id)

    def submit(self) -> None:
        self.reception.record_received(self.visit_id, self.staff.staff_id(), actor=self.actor())


class VisitRecordDialog(FormDialog):
    """Purpose, requests, outcome and who follows up; a request can become a complaint.
    Only the fields changed here are written over another PC's changes meanwhile."""

    complaint_requested = Signal(int)

    def __init__(self, reception: ReceptionService, actor: Callable[[], Actor],
                 directory: DirectoryService, detail: VisitDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reception = reception
        self.actor = actor
        self.visit_id = _visit_id(detail)
        self.opened = record_opened(detail)
        self.setWindowTitle(self.tr("Visit record"))
        self.setMinimumWidth(520)
        self.purpose = QLineEdit(detail.entry.purpose)
        self.requests = QPlainTextEdit(detail.requests)
        self.requests.setTabChangesFocus(True)
        self.requests.setFixedHeight(70)
        self.outcome = QPlainTextEdit(detail.outcome)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(70)
        self.follow_up = StaffPicker(directory)
        if detail.follow_up_owner_id is not None:
            self.follow_up.set_staff(detail.follow_up_owner_id)
        self.fields.add_row("purpose", self.tr("P&urpose *"), self.purpose)
        self.fields.add_row("requests", self.tr("&Requests"), self.requests)
        self.fields.add_row("outcome", self.tr("&Outcome"), self.outcome)
        self.fields.add_row("follow_up_owner_id", self.tr("&Follow-up by"), self.follow_up)
        self.complaint_button = QPushButton(self.tr("Register as &complaint"))
        self.complaint_button.setToolTip(self.tr(
            "Save this record and open a complaint (민원) with the arrival time"))
        buttons = self.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.addButton(self.complaint_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.complaint_button.clicked.connect(self.register_complaint)

    def submit(self) -> None:
        self.reception.save_record(self.visit_id, VisitRecordDraft(
            self.purpose.text(), self.requests.toPlainText(), self.outcome.toPlainText(),
            self.follow_up.staff_id()), actor=self.actor(), opened=self.opened)

    def register_complaint(self) -> None:
        """Save first (a refusal keeps the dialog open), then hand the visit to complaints."""
        self.save()
        if self.result() == FormDialog.DialogCode.Accepted:
            self.complaint_requested.emit(self.visit_id)


class PassDialog(FormDialog):
    """Hand a visitor pass (출입증) out."""

    def __init__(self, reception: ReceptionService, actor: Callable[[], Actor],
                 detail: VisitDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reception = reception
        self.actor = actor
        self.visit_id = _visit_id(detail)
        self.setWindowTitle(self.tr("Visitor pass"))
        self.number = QLineEdit()
        self.number.setMaximumWidth(140)
        self.fields.add_row("pass_number", self.tr("Pass &number *"), self.number)

    def submit(self) -> None:
        self.reception.hand_out_pass(self.visit_id, self.number.text(), actor=self.actor())


class CheckOutDialog(FormDialog):
    """Check-out with its time (now by default) and the pass coming back."""

    def __init__(self, reception: ReceptionService, actor: Callable[[], Actor],
                 detail: VisitDetail, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reception = reception
        self.actor = actor
        self.detail = detail
        self.setWindowTitle(self.tr("Check out"))
        arrived = detail.entry.arrived_at
        if arrived is not None:
            self.form.addRow(self.tr("Arrived"), QLabel(arrived.strftime("%Y-%m-%d %H:%M")))
        self.left_at = QDateTimeEdit(to_qdatetime(now))
        self.left_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.left_at.setCalendarPopup(True)
        bound_to_entry_range(self.left_at, now.date())
        self.fields.add_row("left_at", self.tr("&Left at *"), self.left_at)
        self.pass_returned = QCheckBox()
        if detail.entry.pass_out:
            self.pass_returned.setText(self.tr("Pass %1 returned").replace(
                "%1", detail.entry.pass_number))
            self.pass_returned.setChecked(True)
            self.form.addRow("", self.pass_returned)

    def submit(self) -> None:
        entry = self.detail.entry
        left_at = from_qdatetime(self.left_at.dateTime())
        returned = self.pass_returned.isChecked()
        if entry.visit_id is not None:
            self.reception.check_out(entry.visit_id, left_at, returned, actor=self.actor())
        else:
            assert entry.appointment_id is not None
            self.reception.check_out_appointment(entry.appointment_id, left_at, returned,
                                                   actor=self.actor())
