"""Create or edit a staff member. Errors appear next to fields; nothing typed is lost.

An edit remembers the record it opened: another PC's change to the same field since is
shown under that field, and saving again keeps what was typed. A new staff member
carries a submission key, so a save of unknown outcome is never stored twice
(docs/architecture.md §9).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from arco_desk.domain.actor import Actor
from arco_desk.domain.directory import DepartmentRecord, StaffDraft, StaffRecord, staff_opened
from arco_desk.services.directory import DirectoryService
from arco_desk.services.submissions import SubmissionLedger
from arco_desk.ui.common.form import FormDialog, fill_staff_combo
from arco_desk.ui.common.submission_keys import SubmissionKey


class StaffDialog(FormDialog):
    def __init__(
        self,
        directory: DirectoryService,
        actor: Callable[[], Actor],
        departments: list[DepartmentRecord],
        staff: StaffRecord | None = None,
        parent: QWidget | None = None,
        *,
        submissions: SubmissionLedger | None = None,
    ) -> None:
        super().__init__(parent)
        self.directory = directory
        self.actor = actor
        self.staff = staff
        self.opened = staff_opened(staff) if staff is not None else None
        self.keys = (SubmissionKey(submissions, self.message_bar, self)
                     if submissions is not None and staff is None else None)
        self.saved: StaffRecord | None = None
        self.setWindowTitle(self.tr("Edit staff member") if staff else self.tr("New staff member"))
        self.setMinimumWidth(460)

        self.name = QLineEdit()
        self.department = QComboBox()
        for d in departments:
            self.department.addItem(d.name, d.id)
        self.position = QLineEdit()
        self.duties = QPlainTextEdit()
        self.duties.setTabChangesFocus(True)
        self.duties.setPlaceholderText(self.tr("Keywords separated by commas, e.g. budget, audit"))
        self.duties.setFixedHeight(60)
        self.extension = QLineEdit()
        self.direct_line = QLineEdit()
        self.direct_line.setPlaceholderText("061-900-1234")
        self.email = QLineEdit()
        self.floor = QLineEdit()
        self.room = QLineEdit()
        self.seat = QLineEdit()
        self.stand_in = QComboBox()
        fill_staff_combo(self.stand_in, directory.search(), staff.id if staff else None,
                         self.tr("(none)"))

        self.fields.add_row("name", self.tr("&Name *"), self.name)
        self.fields.add_row("department_id", self.tr("&Department *"), self.department)
        self.fields.add_row("position", self.tr("&Position"), self.position)
        self.fields.add_row("duties", self.tr("D&uties"), self.duties)
        self.fields.add_row("extension", self.tr("E&xtension"), self.extension)
        self.fields.add_row("direct_line", self.tr("Direct &line"), self.direct_line)
        self.fields.add_row("email", self.tr("&E-mail"), self.email)
        self.fields.add_row("floor", self.tr("&Floor"), self.floor)
        self.fields.add_row("room", self.tr("&Room"), self.room)
        self.fields.add_row("seat", self.tr("&Seat"), self.seat)
        self.fields.add_row("stand_in_id", self.tr("S&tand-in"), self.stand_in)
        if staff is not None:
            self._fill(staff)

    def _fill(self, s: StaffRecord) -> None:
        self.name.setText(s.name)
        self.department.setCurrentIndex(max(0, self.department.findData(s.department_id)))
        self.position.setText(s.position)
        self.duties.setPlainText(s.duties)
        self.extension.setText(s.extension)
        self.direct_line.setText(s.direct_line)
        self.email.setText(s.email)
        self.floor.setText(s.floor)
        self.room.setText(s.room)
        self.seat.setText(s.seat)
        self.stand_in.setCurrentIndex(max(0, self.stand_in.findData(s.stand_in_id)))

    def draft(self) -> StaffDraft:
        return StaffDraft(
            name=self.name.text(), department_id=self.department.currentData(),
            position=self.position.text(), duties=self.duties.toPlainText(),
            extension=self.extension.text(), direct_line=self.direct_line.text(),
            email=self.email.text(), floor=self.floor.text(), room=self.room.text(),
            seat=self.seat.text(), stand_in_id=self.stand_in.currentData(),
        )

    def submit(self) -> None:
        if self.staff is not None:
            self.saved = self.directory.update_staff(self.staff.id, self.draft(),
                                                     opened=self.opened, actor=self.actor())
            return
        draft = self.draft()
        if self.keys is None:
            self.saved = self.directory.create_staff(draft, actor=self.actor())
            return
        self.saved = self.keys.create(
            lambda key: self.directory.create_staff(draft, key=key, actor=self.actor()),
            save_again=self.save)
