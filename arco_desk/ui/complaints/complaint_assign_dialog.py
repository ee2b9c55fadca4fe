"""Assign a complaint to a staff member or a department; reassign it with a reason."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from arco_desk.domain.actor import Actor
from arco_desk.domain.complaints import ComplaintAction
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import msg
from arco_desk.services.complaint_records import ComplaintDetail
from arco_desk.services.complaints import ComplaintService
from arco_desk.services.directory import DirectoryService
from arco_desk.ui.common.form import FormDialog
from arco_desk.ui.common.staff_picker import StaffPicker


class AssignDialog(FormDialog):
    def __init__(
        self,
        complaints: ComplaintService,
        directory: DirectoryService,
        detail: ComplaintDetail,
        actor: Callable[[], Actor],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.complaints = complaints
        self.detail = detail
        self.actor = actor
        self.reassigning = ComplaintAction.REASSIGN in detail.allowed
        self.setWindowTitle(self.tr("Reassign complaint") if self.reassigning
                            else self.tr("Assign complaint"))
        self.setMinimumWidth(460)
        row = detail.row
        summary = QLabel(f"<b>{html.escape(row.title)}</b> — {html.escape(row.citizen_name)}")
        summary.setWordWrap(True)
        self.form.addRow(summary)
        if self.reassigning:
            now = " · ".join(n for n in (row.assignee_name, row.department_name) if n)
            self.form.addRow(QLabel(self.tr("Now with: %1").replace("%1", now or "—")))
        self.assignee = StaffPicker(directory)
        self.department = QComboBox()
        self.department.addItem(self.tr("(none)"), None)
        for department in directory.departments():
            self.department.addItem(department.name, department.id)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. the matter belongs to venue rental"))
        self.fields.add_row("assignee_id", self.tr("&Staff member"), self.assignee)
        self.fields.add_row("department_id", self.tr("&Department"), self.department)
        if self.reassigning:
            self.fields.add_row("reason", self.tr("&Reason *"), self.reason)
        self.assignee.staff_chosen.connect(self._follow_department)

    def _follow_department(self) -> None:
        chosen = self.assignee.chosen()
        if chosen is not None:
            self.department.setCurrentIndex(max(0, self.department.findData(chosen.department_id)))

    def submit(self) -> None:
        staff_id = self.assignee.staff_id()
        if self.assignee.text().strip() and staff_id is None:
            raise ValidationError({"assignee_id": msg("picker.assignee_not_chosen")})
        department_id = self.department.currentData()
        if self.reassigning:
            self.complaints.reassign(self.detail.id, staff_id, department_id, self.reason.text(),
                                     actor=self.actor())
        else:
            self.complaints.assign(self.detail.id, staff_id, department_id,
                                   actor=self.actor())
