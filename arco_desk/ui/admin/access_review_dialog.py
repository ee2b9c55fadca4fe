"""Admin › Access records (접속기록 점검): the privacy officer's monthly review — who looked
at whose personal data, when and from where; hours of unusual volume marked; an XLSX
export that asks for its reason and is recorded itself (issue 15)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.access_records import MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, AccessAction
from arco_desk.domain.actor import Actor
from arco_desk.domain.clock import SEOUL
from arco_desk.services.access_records import AccessRecordService, AccessReview
from arco_desk.ui.common.dialogs import open_dialog
from arco_desk.ui.common.form import FieldErrors, FormDialog
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.labels import label
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.search_box import search_box
from arco_desk.ui.common.seoul_time import bound_to_entry_range, from_qdate, to_qdate
from arco_desk.ui.common.setting_row import SettingRow

UNUSUAL_COLOUR = QColor("#fde8e8")


class ExportReasonDialog(FormDialog):
    """Why the records are taken out: required, and kept in the export's own record."""

    def __init__(self, records: AccessRecordService, review: AccessReview, path: Path,
                 actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.review = review
        self.path = path
        self.actor = actor
        self.setWindowTitle(self.tr("Reason for the export"))
        self.setMinimumWidth(460)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. monthly review for November"))
        self.fields.add_row("reason", self.tr("&Reason *"), self.reason)

    def submit(self) -> None:
        self.records.export_xlsx(self.review, self.path, self.reason.text(),
                                 actor=self.actor())


class AccessReviewDialog(QDialog):
    def __init__(self, records: AccessRecordService, actor: Callable[[], Actor],
                 today: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.actor = actor
        self.review: AccessReview | None = None
        self.setWindowTitle(self.tr("Access records"))
        self.setMinimumSize(980, 560)
        self.message_bar = MessageBar(self)
        now = today().astimezone(SEOUL)
        self.start = QDateEdit(to_qdate((now - timedelta(days=30)).date()))
        self.end = QDateEdit(to_qdate(now.date()))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            bound_to_entry_range(edit, now.date())
            edit.setMaximumDate(to_qdate(now.date()))  # nothing is recorded ahead of today
        self.account = search_box()
        self.account.setPlaceholderText(self.tr("Sign-in name"))
        self.subject = search_box()
        self.subject.setPlaceholderText(self.tr("The person's name as recorded"))
        self.action = QComboBox()
        self.action.addItem(self.tr("Every action"), None)
        for action in AccessAction:
            self.action.addItem(label(action), action.value)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(self.refresh)
        filters = QFormLayout()
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        period.addStretch(1)
        filters.addRow(self.tr("Period"), period)
        filters.addRow(self.tr("Account"), self.account)
        filters.addRow(self.tr("Whose data"), self.subject)
        filters.addRow(self.tr("Action"), self.action)
        show_row = QHBoxLayout()
        show_row.addWidget(self.show_button)
        show_row.addStretch(1)
        filters.addRow("", show_row)

        self.unusual = QLabel()
        self.unusual.setObjectName("unusualHours")
        self.unusual.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("accessRecords")
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Account"), self.tr("Name"), self.tr("PC"),
            self.tr("Action"), self.tr("Record"), self.tr("Whose data")])
        self.table.setAccessibleName(self.tr("Access records"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.export_button = QPushButton(self.tr("&Export to XLSX…"))
        self.export_button.clicked.connect(self.choose_export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        # How long they are kept (two years at least), and removing the older ones.
        keep_form = QFormLayout()
        self.keep_fields = FieldErrors(keep_form)
        self.keep_days = QSpinBox()
        self.keep_days.setRange(MIN_RETENTION_DAYS, MAX_RETENTION_DAYS)
        self.keep_days.setSuffix(self.tr(" days"))
        self.keep_row = SettingRow(self.keep_fields, "access_retention_days",
                                   "access_retention_days", self.tr("&Keep records"),
                                   self.keep_days, self.tr("Sa&ve"))
        self.keep_row.button.clicked.connect(self.save_retention)
        self.remove_button = QPushButton(self.tr("&Remove older records…"))
        self.remove_button.clicked.connect(self.remove_expired)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(filters)
        layout.addWidget(self.unusual)
        layout.addWidget(self.table, 1)
        layout.addLayout(keep_form)
        layout.addWidget(buttons)
        with refusals(self.message_bar):
            self.keep_row.show_value(records.retention_days())
        self.refresh()

    def save_retention(self) -> None:
        saved = self.keep_row.save(self.message_bar, lambda typed, seen: (
            self.records.set_retention_days(typed, opened=seen, actor=self.actor())))
        if saved is not None:
            self.message_bar.show_info(self.tr("Access records are kept %1 days.")
                                       .replace("%1", str(saved)))

    def remove_expired(self) -> QMessageBox:
        """Asks first; the records past the retention period go when confirmed."""
        question = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove older records"),
                               self.tr("Remove the access records older than %1 days? "
                                       "They cannot be brought back.")
                               .replace("%1", str(self.keep_days.value())),
                               QMessageBox.StandardButton.Cancel, self)
        remove = question.addButton(self.tr("Remove"), QMessageBox.ButtonRole.YesRole)

        def answered() -> None:
            if question.clickedButton() is not remove:
                return
            with refusals(self.message_bar) as outcome:
                removed = self.records.remove_expired(actor=self.actor())
            if not outcome.refused:
                self.message_bar.show_info(self.tr("%1 older access records removed.")
                                           .replace("%1", str(removed)))
                self.refresh()
        question.finished.connect(answered)
        question.open()
        return question

    def refresh(self) -> None:
        start = datetime.combine(from_qdate(self.start.date()), time(), SEOUL)
        end = datetime.combine(from_qdate(self.end.date()) + timedelta(days=1), time(), SEOUL)
        chosen = self.action.currentData()
        with refusals(self.message_bar) as outcome:
            review = self.records.review(
                start, end, account=self.account.text().strip(),
                subject=self.subject.text().strip(),
                action=AccessAction(chosen) if chosen else None, actor=self.actor())
        if outcome.refused:
            self.export_button.setEnabled(False)
            return
        self.review = review
        self._fill(review)

    def _fill(self, review: AccessReview) -> None:
        flagged = {(u.account, u.hour) for u in review.unusual}
        self.table.setRowCount(len(review.rows))
        for index, row in enumerate(review.rows):
            kind = self._entity_words().get(row.entity, row.entity)
            record = f"{kind} {row.entity_id}" if row.entity_id is not None else kind
            values = (row.at.astimezone(SEOUL).strftime("%Y-%m-%d %H:%M"), row.account,
                      row.actor_name, row.pc, label(row.action), record, row.subject)
            hour = row.at.replace(minute=0, second=0, microsecond=0)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if (row.account, hour) in flagged:
                    item.setBackground(QBrush(UNUSUAL_COLOUR))
                self.table.setItem(index, column, item)
        if review.unusual:
            self.unusual.setText(self.tr("Unusual volume: %1").replace("%1", "; ".join(
                self.tr("%1 looked at %2 people's data between %3 and %4")
                .replace("%1", u.account).replace("%2", str(u.people))
                .replace("%3", u.hour.astimezone(SEOUL).strftime("%m-%d %H:00"))
                .replace("%4", (u.hour + timedelta(hours=1)).astimezone(SEOUL)
                         .strftime("%H:00"))
                for u in review.unusual)))
        else:
            self.unusual.setText(self.tr("No hour of unusual volume in this period."))
        if review.truncated:
            self.message_bar.show_info(self.tr("Only the newest %1 records are shown; "
                                               "narrow the filter to see the rest.")
                                       .replace("%1", str(len(review.rows))))
        self.export_button.setEnabled(bool(review.rows))

    def _entity_words(self) -> dict[str, str]:
        """What kind of record an access record names, in the UI's language."""
        return {"visit": self.tr("Visit"), "appointment": self.tr("Appointment"),
                "visitor": self.tr("Visitor"), "phone_memo": self.tr("Phone memo"),
                "complaint": self.tr("Complaint"), "outbound_visit": self.tr("Outbound visit"),
                "memo": self.tr("Phone memo"),
                "access_record": self.tr("Access records")}

    def choose_export(self) -> ExportReasonDialog | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export access records"),
                                              "access-records.xlsx", "Excel (*.xlsx)")
        return self.export_to(Path(name)) if name else None

    def export_to(self, path: Path) -> ExportReasonDialog | None:
        if self.review is None:
            return None
        dialog = ExportReasonDialog(self.records, self.review, path, self.actor, self)
        return open_dialog(dialog, lambda: self.message_bar.show_info(
            self.tr("Exported to %1; the export is recorded with its reason.")
            .replace("%1", str(path))))
