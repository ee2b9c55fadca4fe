"""Change a staff member's presence: status, back-at time, note and stand-in.

The dialog remembers the presence it opened: when someone else set the same thing
meanwhile, their value shows under the field and saving again keeps what was chosen
(docs/architecture.md §9).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.clock import SEOUL
from arco_desk.domain.directory import Presence, StaffRecord, presence_opened
from arco_desk.services.directory import DirectoryService
from arco_desk.ui.common.form import FormDialog, fill_staff_combo
from arco_desk.ui.common.seoul_time import bound_to_entry_range
from arco_desk.ui.common.status_style import status_text


class PresenceDialog(FormDialog):
    def __init__(
        self, directory: DirectoryService, actor: Callable[[], Actor], staff: StaffRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.directory = directory
        self.actor = actor
        self.staff = staff
        self.opened = presence_opened(staff)
        self.saved: StaffRecord | None = None
        self.setWindowTitle(self.tr("Presence of %1").replace("%1", staff.name))
        self.presence = QComboBox()
        for p in Presence:
            self.presence.addItem(status_text(p), p.value)
        self.presence.setCurrentIndex(self.presence.findData(staff.presence.value))
        now = directory.clock()
        self.back_at = QDateTimeEdit()
        self.back_at.setCalendarPopup(True)
        bound_to_entry_range(self.back_at, now.astimezone(SEOUL).date())
        self.back_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        initial = staff.back_at or now.replace(second=0, microsecond=0)
        self.back_at.setDateTime(QDateTime(QDate(initial.year, initial.month, initial.day),
                                           QTime(initial.hour, initial.minute)))
        self.has_back_at = QCheckBox(self.tr("known"))
        self.has_back_at.setChecked(staff.back_at is not None)
        back_row = QWidget()
        row = QHBoxLayout(back_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.back_at, 1)
        row.addWidget(self.has_back_at)
        self.note = QLineEdit(staff.presence_note)
        self.note.setPlaceholderText(self.tr("e.g. meeting, annual leave"))
        self.stand_in = QComboBox()
        fill_staff_combo(self.stand_in, directory.search(), staff.id, self.tr("(none)"))
        self.stand_in.setCurrentIndex(max(0, self.stand_in.findData(staff.stand_in_id)))

        self.fields.add_row("presence", self.tr("&Status"), self.presence)
        self.fields.add_row("back_at", self.tr("&Back at"), back_row)
        self.fields.widgets["back_at"] = self.back_at  # their value is taken into the time
        self.fields.add_row("presence_note", self.tr("&Note"), self.note)
        # The note's own rule speaks of "note"; its conflict of the column, presence_note.
        self.fields.widgets["note"] = self.note
        self.fields.labels["note"] = self.fields.labels["presence_note"]
        self.fields.add_row("stand_in_id", self.tr("S&tand-in"), self.stand_in)
        self.presence.currentIndexChanged.connect(self._sync)
        self.has_back_at.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        away = self.presence.currentData() != Presence.IN.value
        self.has_back_at.setEnabled(away)
        self.back_at.setEnabled(away and self.has_back_at.isChecked())
        self.note.setEnabled(away)

    def chosen_back_at(self) -> datetime | None:
        if not (self.has_back_at.isChecked() and self.back_at.isEnabled()):
            return None
        value = self.back_at.dateTime()
        chosen = datetime(
            value.date().year(), value.date().month(), value.date().day(),
            value.time().hour(), value.time().minute(), tzinfo=SEOUL,
        )
        # The editor shows minutes: a time left as shown is the time opened, seconds too.
        opened = self.opened.values.get("back_at") if self.opened is not None else None
        if isinstance(opened, datetime) and opened.astimezone(SEOUL).replace(
                second=0, microsecond=0) == chosen:
            return opened
        return chosen

    def submit(self) -> None:
        self.saved = self.directory.set_presence(
            self.staff.id, Presence(self.presence.currentData()), self.chosen_back_at(),
            self.note.text(), self.stand_in.currentData(), opened=self.opened,
            actor=self.actor(),
        )
