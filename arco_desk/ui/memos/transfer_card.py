"""The transfer card: the colleague's name and number to read to the caller (clause 1-2)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from arco_desk.domain.directory import StaffRecord

_STYLE = ("QFrame#transferCard { background:#ecfdf5; border:1px solid #6ee7b7;"
          " border-radius:6px; }")


class TransferCard(QFrame):
    """Shown when the person asked for (or their stand-in) is in. "Told the caller"
    logs that the name and number were given; no memo is needed then."""

    given = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferCard")
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(self.tr("Transfer card"))
        self.staff_id: int | None = None
        self.number = ""
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.told_button = QPushButton(self.tr("Told the caller"))
        self.told_button.setToolTip(
            self.tr("Log that the caller was given this name and number (Alt+T)"))
        self.told_button.setShortcut("Alt+T")
        self.told_button.clicked.connect(self._told)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.told_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_staff(self, staff: StaffRecord, number: str, caption: str) -> None:
        self.staff_id = staff.id
        self.number = number
        e = html.escape
        shown = e(number) if number else e(self.tr("no number in the directory"))
        self.label.setText(
            f"<small>{e(caption)}</small><br><b style='font-size:15px'>{e(staff.name)}</b> "
            f"{e(staff.position)} · {e(staff.department_name)}"
            f"<br>☎ <b style='font-size:15px'>{shown}</b>"
        )
        self.told_button.setEnabled(bool(number))
        self.told_button.setText(self.tr("Told the caller"))
        self.show()

    def mark_told(self) -> None:
        self.told_button.setText(self.tr("Told ✓"))
        self.told_button.setEnabled(False)

    def clear(self) -> None:
        self.staff_id = None
        self.number = ""
        self.hide()

    def _told(self) -> None:
        if self.staff_id is not None:
            self.given.emit(self.staff_id)
