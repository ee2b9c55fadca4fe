"""Create or edit a staff member. Errors appear next to fields; nothing typed is lost."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.directory import DepartmentRecord, StaffDraft, StaffRecord
from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.services.directory import DirectoryService
from arco_desk.ui.form import FieldErrors
from arco_desk.ui.message_bar import MessageBar


class StaffDialog(QDialog):
    def __init__(
        self,
        directory: DirectoryService,
        departments: list[DepartmentRecord],
        staff: StaffRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.directory = directory
        self.staff = staff
        self.saved: StaffRecord | None = None
        self.setWindowTitle(self.tr("Edit staff member") if staff else self.tr("New staff member"))
        self.setMinimumWidth(460)

        self.message_bar = MessageBar(self)
        form = QFormLayout()
        self.fields = FieldErrors(form)
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
        self.stand_in.addItem(self.tr("(none)"), None)
        for other in directory.search():
            if staff is None or other.id != staff.id:
                self.stand_in.addItem(f"{other.name} · {other.department_name}", other.id)

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

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        layout.addWidget(buttons)
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

    def save(self) -> None:
        self.fields.clear()
        try:
            if self.staff is None:
                self.saved = self.directory.create_staff(self.draft())
            else:
                self.saved = self.directory.update_staff(self.staff.id, self.draft())
        except ValidationError as error:
            rest = self.fields.show(error)
            if rest:
                self.message_bar.show_error(" ".join(rest))
            return
        except DomainError as error:
            self.message_bar.show_error(error.message)
            return
        self.accept()
