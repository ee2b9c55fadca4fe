"""Register a walk-in: who they are, why they came and whom they want to see. When they
don't know a name, the host field finds staff by duty (업무분장)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from arco_desk.domain.actor import Actor
from arco_desk.domain.reception import CheckInResult, WalkInDraft
from arco_desk.services.directory import DirectoryService
from arco_desk.services.reception import ReceptionService
from arco_desk.services.submissions import SubmissionLedger
from arco_desk.ui.common.form import FormDialog
from arco_desk.ui.common.staff_picker import StaffPicker
from arco_desk.ui.common.submission_keys import SubmissionKey
from arco_desk.ui.reception.visitor_fields import HostLine, VisitorFields


class WalkInDialog(FormDialog):
    def __init__(self, reception: ReceptionService, submissions: SubmissionLedger,
                 actor: Callable[[], Actor], directory: DirectoryService,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reception = reception
        self.actor = actor
        self.outcome: CheckInResult | None = None
        self.keys = SubmissionKey(submissions, self.message_bar, self)
        self.setWindowTitle(self.tr("Walk-in visitor"))
        self.setMinimumWidth(520)
        self.visitor = VisitorFields(reception, self.fields, self)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("Why they came, in their words"))
        self.fields.add_row("purpose", self.tr("P&urpose *"), self.purpose)
        self.host = StaffPicker(directory)
        self.host.setPlaceholderText(self.tr("Name, or what it is about: a duty (e.g. 예산, 대관)"))
        self.fields.add_row("host_id", self.tr("&Wants to see *"), self.host)
        self.host_info = HostLine(self.form, self.host, today)
        self.pass_number = QLineEdit()
        self.pass_number.setMaximumWidth(120)
        self.fields.add_row("pass_number", self.tr("Visitor &pass no."), self.pass_number)
        self.id_checked = QCheckBox(self.tr("ID checked (only yes/no is kept, never the number)"))
        self.form.addRow("", self.id_checked)

    def draft(self) -> WalkInDraft:
        return WalkInDraft(self.visitor.draft(), self.host.staff_id(), self.purpose.text(),
                           self.pass_number.text(), self.id_checked.isChecked())

    def submit(self) -> None:
        draft = self.draft()
        self.outcome = self.keys.create(
            lambda key: self.reception.register_walk_in(draft, actor=self.actor(), key=key),
            save_again=self.save)
