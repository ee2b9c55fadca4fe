"""Choose the staff member this PC belongs to (kept in QSettings through ui/identity.py)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QWidget

from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import msg
from arco_desk.services.directory import DirectoryService
from arco_desk.ui.common.form import FormDialog
from arco_desk.ui.common.identity import current_staff_id, set_current_staff_id
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.staff_picker import StaffPicker


class IdentityDialog(FormDialog):
    """Whose memos this PC shows under 내 메모, and who is named in the greeting.
    Leaving the field empty means "nobody" (a shared desk PC)."""

    def __init__(
        self, directory: DirectoryService, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.chosen_id: int | None = None
        self.setWindowTitle(self.tr("This PC's staff member"))
        self.setMinimumWidth(420)
        note = QLabel(self.tr("Memos for this person appear under My memos on this PC, and "
                              "the greeting names them. Leave it empty for a shared PC."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.staff = StaffPicker(directory)
        self.fields.add_row("staff_id", self.tr("&Staff member"), self.staff)
        current = current_staff_id(settings)
        if current is not None:
            with refusals(None) as outcome:
                self.staff.set_staff(current)
            if outcome.refused:
                self.staff.clear()  # the profile was removed from the directory

    def submit(self) -> None:
        staff_id = self.staff.staff_id()
        if staff_id is None and self.staff.text().strip():
            raise ValidationError({"staff_id": msg("picker.identity_not_chosen")})
        set_current_staff_id(self.settings, staff_id)
        self.chosen_id = staff_id
