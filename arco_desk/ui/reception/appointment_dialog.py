"""Book (or change) an appointment: visitor, host, date and time, purpose, place, notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.reception import MAX_COMPANIONS, AppointmentDraft, VisitDetail
from arco_desk.domain.reception_edits import booking_opened
from arco_desk.services.directory import DirectoryService
from arco_desk.services.reception import ReceptionService
from arco_desk.services.submissions import SubmissionLedger
from arco_desk.ui.common.form import FormDialog
from arco_desk.ui.common.seoul_time import (
    bound_to_entry_range,
    seoul_moment,
    to_qdate,
    to_qtime,
)
from arco_desk.ui.common.staff_picker import StaffPicker
from arco_desk.ui.common.submission_keys import SubmissionKey
from arco_desk.ui.reception.visitor_fields import HostLine, VisitorFields


def next_half_hour(now: datetime) -> datetime:
    base = now.replace(second=0, microsecond=0)
    return base + timedelta(minutes=30 - base.minute % 30)


class AppointmentDialog(FormDialog):
    """A new booking (stored once, by its submission key) or a change to one: only the
    fields changed here are written over what another PC changed meanwhile."""

    def __init__(
        self,
        reception: ReceptionService,
        submissions: SubmissionLedger,
        actor: Callable[[], Actor],
        directory: DirectoryService,
        now: datetime,
        existing: VisitDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reception = reception
        self.actor = actor
        self.existing = existing
        self.saved_id: int | None = None
        self.keys = SubmissionKey(submissions, self.message_bar, self)
        self.setWindowTitle(self.tr("Change appointment") if existing
                            else self.tr("New appointment"))
        self.setMinimumWidth(520)

        self.visitor = VisitorFields(reception, self.fields, self)
        self.companions = QSpinBox()
        self.companions.setRange(0, MAX_COMPANIONS)
        self.companions.setSuffix(self.tr(" people"))
        self.fields.add_row("companions", self.tr("&Companions"), self.companions)

        self.host = StaffPicker(directory)
        self.fields.add_row("host_id", self.tr("&Host *"), self.host)
        self.host_info = HostLine(self.form, self.host, now.date())

        start = next_half_hour(now)
        self.date = QDateEdit(to_qdate(start.date()))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd (ddd)")
        bound_to_entry_range(self.date, now.date())
        self.start = QTimeEdit(to_qtime(start))
        self.start.setDisplayFormat("HH:mm")
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date, 1)
        row.addWidget(self.start)
        self.fields.add_row("starts_at", self.tr("&Date and time *"), when)
        self.fields.widgets["starts_at"].setAccessibleName(self.tr("Date and time"))
        self.end = QTimeEdit(to_qtime(start + timedelta(hours=1)))
        self.end.setDisplayFormat("HH:mm")
        self.fields.add_row("ends_at", self.tr("&Until *"), self.end)

        self.purpose = QLineEdit()
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. 3F meeting room"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        self.notes.setPlaceholderText(self.tr("Parking, accessibility, interpreter…"))
        self.fields.add_row("purpose", self.tr("P&urpose"), self.purpose)
        self.fields.add_row("place", self.tr("Meeting p&lace"), self.place)
        self.fields.add_row("notes", self.tr("No&tes"), self.notes)

        self.start.timeChanged.connect(self._keep_duration)
        self._duration = timedelta(hours=1)
        if existing is not None:
            self._fill(existing)
            self.opened = booking_opened(existing)

    def _fill(self, d: VisitDetail) -> None:
        e = d.entry
        self.visitor.visitor_id = d.visitor_id
        self.visitor.name.setText(d.visitor_name)
        self.visitor.phone.setText(d.phone)
        self.visitor.organisation.setText(e.organisation)
        self.companions.setValue(e.companions)
        if e.host_id is not None:
            self.host.set_staff(e.host_id)
        self.date.setDate(to_qdate(e.starts_at.date()))
        self.start.setTime(to_qtime(e.starts_at))
        if e.ends_at is not None:
            self.end.setTime(to_qtime(e.ends_at))
            self._duration = e.ends_at - e.starts_at
        self.purpose.setText(e.purpose)
        self.place.setText(e.place)
        self.notes.setPlainText(d.notes)

    def _keep_duration(self) -> None:
        """Moving the start moves the end with it (the duration stays)."""
        starts = seoul_moment(self.date.date(), self.start.time())
        self.end.blockSignals(True)
        self.end.setTime(to_qtime(starts + self._duration))
        self.end.blockSignals(False)

    def draft(self) -> AppointmentDraft:
        day = self.date.date()
        return AppointmentDraft(
            visitor=self.visitor.draft(), host_id=self.host.staff_id(),
            starts_at=seoul_moment(day, self.start.time()),
            ends_at=seoul_moment(day, self.end.time()),
            companions=self.companions.value(), purpose=self.purpose.text(),
            place=self.place.text(), notes=self.notes.toPlainText(),
        )

    def submit(self) -> None:
        if self.existing is not None and self.existing.entry.appointment_id is not None:
            appointment_id = self.existing.entry.appointment_id
            self.reception.update_appointment(appointment_id, self.draft(), actor=self.actor(),
                                              opened=self.opened)
            self.saved_id = appointment_id
        else:
            draft = self.draft()
            self.saved_id = self.keys.create(
                lambda key: self.reception.book(draft, actor=self.actor(), key=key),
                save_again=self.save)
