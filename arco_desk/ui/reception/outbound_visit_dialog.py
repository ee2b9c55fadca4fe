"""Plan an outbound visit (clause 1-5), and record the call made the day before."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QWidget

from arco_desk.domain.actor import Actor
from arco_desk.domain.outbound_visits import OutboundVisitDetail, OutboundVisitDraft
from arco_desk.services.directory import DirectoryService
from arco_desk.services.outbound_visits import OutboundVisitService
from arco_desk.services.submissions import SubmissionLedger
from arco_desk.ui.common.form import FormDialog
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.messages import date_text, render
from arco_desk.ui.common.seoul_time import bound_to_entry_range, from_qdate, to_qdate
from arco_desk.ui.common.staff_picker import StaffPicker
from arco_desk.ui.common.submission_keys import SubmissionKey


class OutboundVisitDialog(FormDialog):
    def __init__(self, outbound: OutboundVisitService, submissions: SubmissionLedger,
                 actor: Callable[[], Actor], directory: DirectoryService, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outbound = outbound
        self.actor = actor
        self.saved_id: int | None = None
        self.keys = SubmissionKey(submissions, self.message_bar, self)
        self.setWindowTitle(self.tr("Outbound visit"))
        self.setMinimumWidth(500)
        self.customer_name = QLineEdit()
        self.customer_org = QLineEdit()
        self.customer_phone = QLineEdit()
        self.customer_phone.setPlaceholderText("02-760-4500")
        self.purpose = QLineEdit()
        self.staff = StaffPicker(directory)
        self.department = QLabel()
        self.visit_date = QDateEdit(to_qdate(today + timedelta(days=1)))
        self.visit_date.setCalendarPopup(True)
        bound_to_entry_range(self.visit_date, today)
        self.visit_date.setDisplayFormat("yyyy-MM-dd (ddd)")
        self.call_due = QLabel()
        self.call_due.setWordWrap(True)
        self.fields.add_row("customer_name", self.tr("&Customer *"), self.customer_name)
        self.fields.add_row("customer_org", self.tr("&Organisation"), self.customer_org)
        self.fields.add_row("customer_phone", self.tr("&Phone to call *"), self.customer_phone)
        self.fields.add_row("purpose", self.tr("P&urpose *"), self.purpose)
        self.fields.add_row("staff_id", self.tr("&Staff member visiting *"), self.staff)
        self.form.addRow(self.tr("Department"), self.department)
        self.fields.add_row("visit_date", self.tr("Visit &date *"), self.visit_date)
        self.form.addRow(self.tr("Call the customer by"), self.call_due)
        self.staff.staff_chosen.connect(self._show_department)
        self.staff.cleared.connect(self.department.clear)
        self.visit_date.dateChanged.connect(self.show_call_due)
        self.show_call_due()

    def _show_department(self) -> None:
        chosen = self.staff.chosen()
        self.department.setText(chosen.department_name if chosen else "")

    def show_call_due(self) -> None:
        """The deadline of the call, from the agency's calendar, as the date is picked."""
        with refusals(lambda text: self.call_due.setText(html.escape(text))) as outcome:
            due = self.outbound.call_due(from_qdate(self.visit_date.date()))
        if outcome.refused:
            return
        self.call_due.setText(
            f"<b>{html.escape(date_text(due.date()))} {due:%H:%M}</b> — "
            + html.escape(self.tr("18:00 on the previous working day: tell the purpose, the "
                                  "visitor's name and department")))

    def draft(self) -> OutboundVisitDraft:
        return OutboundVisitDraft(
            self.customer_name.text(), self.customer_org.text(), self.customer_phone.text(),
            self.purpose.text(), self.staff.staff_id(), from_qdate(self.visit_date.date()))

    def submit(self) -> None:
        draft = self.draft()
        self.saved_id = self.keys.create(
            lambda key: self.outbound.book(draft, actor=self.actor(), key=key),
            save_again=self.save)


class CallDoneDialog(FormDialog):
    """The call before the visit was made: the script to read, and a note."""

    def __init__(self, outbound: OutboundVisitService, actor: Callable[[], Actor],
                 detail: OutboundVisitDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outbound = outbound
        self.actor = actor
        self.visit_id = detail.row.id
        self.setWindowTitle(self.tr("Call before the visit"))
        self.setMinimumWidth(480)
        self.form.addRow(self.tr("Customer"), QLabel(
            html.escape(f"{detail.customer_name} · {detail.row.customer_org}")))
        number = QLabel(f"<b style='font-size:14pt'>{html.escape(detail.customer_phone)}</b>")
        self.form.addRow(self.tr("Number"), number)
        script = QLabel(html.escape(render(detail.call_script)))
        script.setWordWrap(True)
        script.setStyleSheet("background:#f3f4f6; padding:6px;")
        self.form.addRow(self.tr("Say"), script)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(56)
        self.fields.add_row("call_note", self.tr("&Note"), self.note)

    def submit(self) -> None:
        self.outbound.record_call(self.visit_id, self.note.toPlainText(), actor=self.actor())
