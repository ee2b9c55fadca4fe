"""Register a complaint: who, what, how it came in, and the deadline shown at once.

The form carries a submission key (docs/architecture.md §9): saving again after any
failure can never register the complaint twice, and when the connection died during
the save the form asks the database whether it was stored and says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.complaint_deadline import badge
from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.complaints import Channel, ComplaintStatus
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import msg
from arco_desk.domain.standard_versions import parse_period
from arco_desk.services.complaints import ComplaintService
from arco_desk.services.directory import DirectoryService
from arco_desk.services.submissions import SubmissionLedger
from arco_desk.ui.common.form import FormDialog
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.labels import label as enum_label
from arco_desk.ui.common.language import ui_language
from arco_desk.ui.common.messages import render
from arco_desk.ui.common.period_field import PeriodField
from arco_desk.ui.common.staff_picker import StaffPicker
from arco_desk.ui.common.status_style import badge_text, status_stylesheet
from arco_desk.ui.common.submission_keys import SubmissionKey
from arco_desk.ui.complaints.complaint_text import make_moment_edit, moment_of


class ComplaintIntakeDialog(FormDialog):
    """The intake form. ``draft`` pre-fills it (from a phone memo or a visit record)."""

    def __init__(
        self,
        complaints: ComplaintService,
        actor: Callable[[], Actor],
        directory: DirectoryService,
        submissions: SubmissionLedger,
        draft: ComplaintDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.complaints = complaints
        self.actor = actor
        self.saved_id: int | None = None
        self.keys = SubmissionKey(submissions, self.message_bar, self)
        draft = draft or ComplaintDraft()
        self.source_memo_id = draft.source_memo_id
        self.source_visit_id = draft.source_visit_id
        if draft.source_memo_id is not None:
            self.setWindowTitle(self.tr("New complaint from a phone memo"))
        elif draft.source_visit_id is not None:
            self.setWindowTitle(self.tr("New complaint from a visit"))
        else:
            self.setWindowTitle(self.tr("New complaint"))
        self.setMinimumWidth(560)
        lang = ui_language()

        self.channel = QComboBox()
        self.channel.addItem(self.tr("— choose —"), "")
        for channel in Channel:
            self.channel.addItem(enum_label(channel), channel.value)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("— choose —"), "")
        now = complaints.clock().replace(second=0, microsecond=0)
        self.received_at = make_moment_edit(draft.received_at or now)
        self.deadline_badge = QLabel()
        self.deadline_badge.setAccessibleName(self.tr("Deadline badge"))
        self.deadline_rule = QLabel()
        self.deadline_rule.setAccessibleName(self.tr("Deadline rule"))
        self.deadline_rule.setWordWrap(True)
        deadline_row = QWidget()
        row = QHBoxLayout(deadline_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.deadline_badge)
        row.addWidget(self.deadline_rule, 1)

        # The default kind (기타) only: this case's own period and its legal basis.
        self.period = PeriodField(kind_default=True)
        self.period_basis = QLineEdit(draft.period_basis)
        self.period_basis.setPlaceholderText(
            self.tr("Required for a period of its own, e.g. the decree's annex and item"))
        self.default_kind_code = ""

        self.citizen_name = QLineEdit(draft.citizen_name)
        self.citizen_phone = QLineEdit(draft.citizen_phone)
        self.citizen_phone.setPlaceholderText("010-1234-5678")
        self.citizen_email = QLineEdit(draft.citizen_email)
        self.citizen_address = QLineEdit(draft.citizen_address)
        self.title_edit = QLineEdit(draft.title)
        self.content = QPlainTextEdit(draft.content)
        self.content.setTabChangesFocus(True)
        self.content.setFixedHeight(110)

        self.attachments = QListWidget()
        self.attachments.setFixedHeight(58)
        self.attachments.setAccessibleName(self.tr("Attached files"))
        for name in draft.attachments:
            self._add_file(name)
        add = QPushButton(self.tr("&Attach…"))
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(self.choose_files)
        remove.clicked.connect(self._remove_file)
        files = QWidget()
        files_row = QHBoxLayout(files)
        files_row.setContentsMargins(0, 0, 0, 0)
        files_row.addWidget(self.attachments, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        files_row.addLayout(buttons)

        self.assignee = StaffPicker(directory)
        self.assignee.setPlaceholderText(self.tr("Optional: forward at once (name or duty)"))
        self.department = QComboBox()
        self.department.addItem(self.tr("(none)"), None)
        for department in directory.departments():
            self.department.addItem(department.name, department.id)
        if draft.suggested_assignee_id is not None:
            with refusals(None) as outcome:  # the suggested person left the directory
                self.assignee.set_staff(draft.suggested_assignee_id)
            if outcome.refused:
                self.assignee.clear()
        elif draft.suggested_department_id is not None:
            self.department.setCurrentIndex(
                max(0, self.department.findData(draft.suggested_department_id)))

        f = self.fields
        f.add_row("channel", self.tr("C&hannel *"), self.channel)
        f.add_row("kind_code", self.tr("&Kind *"), self.kind)
        f.add_row("received_at", self.tr("&Received at *"), self.received_at)
        f.add_row("period", self.tr("Period of this &case"), self.period)
        f.add_row("period_basis", self.tr("Legal &basis of the period"), self.period_basis)
        f.add_row("deadline", self.tr("Deadline"), deadline_row)
        f.add_row("citizen_name", self.tr("Citizen &name *"), self.citizen_name)
        f.add_row("citizen_phone", self.tr("&Phone"), self.citizen_phone)
        f.add_row("citizen_email", self.tr("&E-mail"), self.citizen_email)
        f.add_row("citizen_address", self.tr("Postal a&ddress"), self.citizen_address)
        f.add_row("title", self.tr("&Title *"), self.title_edit)
        f.add_row("content", self.tr("C&ontent *"), self.content)
        f.add_row("attachments", self.tr("Files"), files)
        f.add_row("assignee_id", self.tr("Assign &to"), self.assignee)
        f.add_row("department_id", self.tr("De&partment"), self.department)
        with refusals(self.message_bar, self.fields):  # a bad service standard
            self.default_kind_code = complaints.standard().default_kind_code
            for kind in complaints.kinds():
                self.kind.addItem(f"{kind.name(lang)} · {render(kind.period.words)}",
                                  kind.code)

        if draft.channel:
            self.channel.setCurrentIndex(max(0, self.channel.findData(draft.channel)))
        if draft.kind_code:
            self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind_code)))
        if draft.period:
            with refusals(None):
                self.period.set_period(parse_period("period", draft.period))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period.changed.connect(self.update_deadline)
        self._kind_changed()
        self.received_at.dateTimeChanged.connect(self.update_deadline)
        self.assignee.staff_chosen.connect(self._department_of_assignee)

    def _kind_changed(self) -> None:
        """The period of this case is offered for the default kind (기타) only."""
        own = bool(self.default_kind_code) and self.kind.currentData() == self.default_kind_code
        for widget in (self.period, self.period_basis):
            holder = widget.parentWidget()
            if holder is not None:
                self.form.setRowVisible(holder, own)
        self.update_deadline()

    def case_period(self) -> str:
        """This case's own period ("" for the kind's): the default kind only."""
        if self.kind.currentData() != self.default_kind_code:
            return ""
        return self.period.text()

    # --- the deadline, live -------------------------------------------------------------------

    def update_deadline(self) -> None:
        """Show the engine's deadline, its badge and the rule in words for the kind and
        receipt time as they stand."""
        code = self.kind.currentData()
        if not code:
            self.deadline_badge.hide()
            self.deadline_rule.setText(self.tr("Choose the kind to see the deadline."))
            return
        with refusals(self.deadline_rule.setText) as outcome:
            preview = self.complaints.preview_deadline(code, moment_of(self.received_at),
                                                       self.case_period())
        if outcome.refused:
            self.deadline_badge.hide()
            return
        shown = badge(self.complaints.calendar.business_calendar(), ComplaintStatus.RECEIVED,
                      preview.due, preview.period, self.complaints.clock())
        self.deadline_badge.setText(badge_text(shown))
        self.deadline_badge.setStyleSheet(status_stylesheet(shown.state))
        self.deadline_badge.show()
        self.deadline_rule.setText(render(preview.rule))

    # --- files --------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        for name in names:
            self._add_file(name)

    def add_files(self, names: list[str]) -> None:
        for name in names:
            self._add_file(name)

    def files(self) -> tuple[str, ...]:
        return tuple(self.attachments.item(i).toolTip() for i in range(self.attachments.count()))

    def _add_file(self, name: str) -> None:
        item = QListWidgetItem(Path(name).name)
        item.setToolTip(name)
        self.attachments.addItem(item)

    def _remove_file(self) -> None:
        row = self.attachments.currentRow()
        if row >= 0:
            self.attachments.takeItem(row)

    def _department_of_assignee(self) -> None:
        chosen = self.assignee.chosen()
        if chosen is not None:
            self.department.setCurrentIndex(max(0, self.department.findData(chosen.department_id)))

    # --- saving -------------------------------------------------------------------------------

    def draft(self) -> ComplaintDraft:
        return ComplaintDraft(
            channel=self.channel.currentData() or "", kind_code=self.kind.currentData() or "",
            citizen_name=self.citizen_name.text(), citizen_phone=self.citizen_phone.text(),
            citizen_email=self.citizen_email.text(),
            citizen_address=self.citizen_address.text(), title=self.title_edit.text(),
            content=self.content.toPlainText(), received_at=moment_of(self.received_at),
            attachments=self.files(), source_memo_id=self.source_memo_id,
            source_visit_id=self.source_visit_id, period=self.case_period(),
            period_basis=(self.period_basis.text() if self.case_period() else ""),
        )

    def save(self) -> None:
        with refusals(self.message_bar, self.fields) as outcome:
            self.submit()
        if not outcome.refused:
            self.accept()

    def submit(self) -> None:
        staff_id = self.assignee.staff_id()
        if self.assignee.text().strip() and staff_id is None:
            raise ValidationError({"assignee_id": msg("picker.assignee_not_chosen")})
        draft, department_id = self.draft(), self.department.currentData()
        # A save of unknown outcome is asked about by its key; if it was stored, saving
        # again with the same key brings back the complaint stored then.
        self.saved_id = self.keys.create(
            lambda key: self.complaints.register(draft, assignee_id=staff_id,
                                                 department_id=department_id,
                                                 actor=self.actor(), key=key),
            save_again=self.save)
