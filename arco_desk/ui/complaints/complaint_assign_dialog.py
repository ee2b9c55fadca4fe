"""Assign a complaint to a staff member or a department; reassign it with a reason.

The dialog remembers the assignment it showed (:class:`Opened`: the complaint's version,
``assignee_id`` and ``department_id``). When another PC gave the complaint to someone
else meanwhile, the save is refused with who gave it to whom (docs/architecture.md §9);
the dialog then shows the assignment as it is now, asks for a reason, and saving again
reassigns it on purpose.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from arco_desk.domain.actor import Actor
from arco_desk.domain.complaints import ComplaintAction
from arco_desk.domain.edits import Opened
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import msg
from arco_desk.services.complaint_records import ComplaintDetail
from arco_desk.services.complaints import ComplaintService
from arco_desk.services.directory import DirectoryService
from arco_desk.ui.common.form import FormDialog
from arco_desk.ui.common.known_errors import refusals
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
        self.directory = directory
        self.detail = detail
        self.actor = actor
        row = detail.row
        self.opened = Opened(detail.version, {"assignee_id": row.assignee_id,
                                              "department_id": row.department_id})
        self.setMinimumWidth(460)
        summary = QLabel(f"<b>{html.escape(row.title)}</b> — {html.escape(row.citizen_name)}")
        summary.setWordWrap(True)
        self.form.addRow(summary)
        self.now_with = QLabel()
        self.form.addRow(self.now_with)
        self.assignee = StaffPicker(directory)
        self.department = QComboBox()
        self.department.addItem(self.tr("(none)"), None)
        for department in directory.departments():
            self.department.addItem(department.name, department.id)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. the matter belongs to venue rental"))
        self.fields.add_row("assignee_id", self.tr("&Staff member"), self.assignee)
        self.fields.add_row("department_id", self.tr("&Department"), self.department)
        self.fields.add_row("reason", self.tr("&Reason *"), self.reason)
        self.assignee.staff_chosen.connect(self._follow_department)
        self._show_mode(ComplaintAction.REASSIGN in detail.allowed,
                        " · ".join(n for n in (row.assignee_name, row.department_name) if n))

    def _show_mode(self, reassigning: bool, now_with: str) -> None:
        self.reassigning = reassigning
        self.setWindowTitle(self.tr("Reassign complaint") if reassigning
                            else self.tr("Assign complaint"))
        self.now_with.setText(self.tr("Now with: %1").replace("%1", now_with or "—"))
        self.now_with.setVisible(reassigning)
        holder = self.reason.parentWidget()
        if holder is not None:
            self.form.setRowVisible(holder, reassigning)

    def _follow_department(self) -> None:
        chosen = self.assignee.chosen()
        if chosen is not None:
            self.department.setCurrentIndex(max(0, self.department.findData(chosen.department_id)))

    def save(self) -> None:
        shown = self.opened
        super().save()
        if self.opened is not shown and self.opened is not None:
            # Another PC assigned it meanwhile: from now on this is a reassignment of the
            # complaint as it stands, which saving again makes on purpose.
            self._show_mode(True, self._assignment_text(self.opened))

    def _assignment_text(self, opened: Opened) -> str:
        names: list[str] = []
        staff_id = opened.values.get("assignee_id")
        if isinstance(staff_id, int):
            with refusals(None):  # someone who left the directory is named by the bar
                names.append(self.directory.get_staff(staff_id).name)
        index = self.department.findData(opened.values.get("department_id"))
        if index > 0:
            names.append(self.department.itemText(index))
        return " · ".join(names)

    def submit(self) -> None:
        staff_id = self.assignee.staff_id()
        if self.assignee.text().strip() and staff_id is None:
            raise ValidationError({"assignee_id": msg("picker.assignee_not_chosen")})
        department_id = self.department.currentData()
        if self.reassigning:
            self.complaints.reassign(self.detail.id, staff_id, department_id, self.reason.text(),
                                     actor=self.actor(), opened=self.opened)
        else:
            self.complaints.assign(self.detail.id, staff_id, department_id,
                                   actor=self.actor(), opened=self.opened)
