"""Admin › Visitor data retention: the retention period, the purge of what is past it (after
a confirmation that says how many records), and the destruction ledger (파기 대장)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.visitor_privacy import (
    MAX_RETENTION_DAYS,
    MIN_RETENTION_DAYS,
    PurgeMethod,
    PurgePreview,
    PurgeResult,
)
from arco_desk.services.visitor_privacy import RETENTION_KEY, VisitorPrivacyService
from arco_desk.ui.common.background_call import run_in_background
from arco_desk.ui.common.dialogs import open_dialog
from arco_desk.ui.common.form import FieldErrors
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.setting_row import SettingRow


class VisitorPurgeDialog(QDialog):
    purged = Signal()

    def __init__(self, privacy: VisitorPrivacyService, actor: Callable[[], Actor],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.privacy = privacy
        self.actor = actor
        self.preview: PurgePreview | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Visitor data retention"))
        self.setMinimumSize(640, 480)
        self.message_bar = MessageBar(self)

        form = QFormLayout()
        self.fields = FieldErrors(form)
        self.retention = QSpinBox()
        self.retention.setRange(MIN_RETENTION_DAYS, MAX_RETENTION_DAYS)
        self.retention.setSuffix(self.tr(" days"))
        self.retention_row = SettingRow(self.fields, "retention_days", RETENTION_KEY,
                                        self.tr("&Keep visitor data for"), self.retention,
                                        self.tr("Save period"))
        self.save_retention_button = self.retention_row.button
        self.due = QLabel()
        self.due.setWordWrap(True)
        form.addRow(self.tr("Past retention"), self.due)
        self.delete_method = QRadioButton(self.tr("Delete the records"))
        self.anonymise_method = QRadioButton(
            self.tr("Anonymise (keep counts; names, numbers and notes removed)"))
        self.delete_method.setChecked(True)
        methods = QWidget()
        column = QVBoxLayout(methods)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.delete_method)
        column.addWidget(self.anonymise_method)
        form.addRow(self.tr("Method"), methods)
        # The person responsible (파기 책임자) is whoever acts: this PC's staff member.
        self.responsible = QLabel()
        self.responsible.setAccessibleName(self.tr("Carried out by"))
        form.addRow(self.tr("Carried out by"), self.responsible)
        self.purge_button = QPushButton(self.tr("&Destroy…"))
        self.purge_button.setStyleSheet("font-weight:600;")
        form.addRow("", self.purge_button)

        self.ledger = QTableWidget(0, 5)
        self.ledger.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("What"), self.tr("Method"), self.tr("Count"),
            self.tr("By whom")])
        self.ledger.setAccessibleName(self.tr("Destruction ledger"))
        self.ledger.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledger.verticalHeader().hide()
        self.ledger.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Destruction ledger (파기 대장)</b>")))
        layout.addWidget(self.ledger, 1)
        layout.addWidget(buttons)

        self.save_retention_button.clicked.connect(self.save_retention)
        self.purge_button.clicked.connect(self.purge)
        with refusals(self.message_bar):
            self.retention_row.show_value(privacy.retention_days())
        self.refresh()

    def method(self) -> PurgeMethod:
        return PurgeMethod.DELETE if self.delete_method.isChecked() else PurgeMethod.ANONYMISE

    def refresh(self) -> None:
        with refusals(self.message_bar) as outcome:
            p = self.privacy.preview()
            entries = self.privacy.ledger()
            responsible = self.actor().name
        if outcome.refused:
            return
        self.preview = p
        self.responsible.setText(responsible)
        self.due.setText(
            self.tr("Before %1: %2 visits, %3 appointments without a visit, %4 outbound "
                    "visits (%5 records; %6 people with nothing more recent)")
            .replace("%1", p.cutoff.strftime("%Y-%m-%d")).replace("%2", str(p.visits))
            .replace("%3", str(p.appointments)).replace("%4", str(p.outbound_visits))
            .replace("%5", str(p.records)).replace("%6", str(p.visitors)))
        self.purge_button.setEnabled(p.records > 0)
        self.ledger.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = (entry.at.strftime("%Y-%m-%d %H:%M"), entry.what, entry.method,
                      str(entry.count), entry.actor)
            for column, value in enumerate(values):
                self.ledger.setItem(row, column, QTableWidgetItem(value))

    def save_retention(self) -> None:
        days = self.retention_row.save(self.message_bar, lambda typed, seen: (
            self.privacy.set_retention_days(typed, opened=seen, actor=self.actor())))
        if days is None:
            return
        self.message_bar.show_info(self.tr("Visitor data is now kept for %1 days.")
                                   .replace("%1", str(days)))
        self.refresh()

    def purge(self) -> QMessageBox | None:
        """Ask for a confirmation that names the number of records; on Yes,
        :meth:`carry_out`."""
        self.fields.clear()
        self.refresh()
        preview = self.preview
        if preview is None or preview.records == 0:
            self.message_bar.show_info(self.tr("Nothing is past the retention period."))
            return None
        method = self.method()
        how = self.tr("deleted") if method is PurgeMethod.DELETE else self.tr("anonymised")
        question = (self.tr("%1 records from before %2 will be %3. This cannot be undone. "
                            "Go ahead?")
                    .replace("%1", str(preview.records))
                    .replace("%2", preview.cutoff.strftime("%Y-%m-%d")).replace("%3", how))
        confirmation = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Destroy visitor data"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        return open_dialog(confirmation, lambda: self.carry_out(method))

    def carry_out(self, method: PurgeMethod) -> None:
        """Destroy what is past retention, off the GUI thread (the backups in the folder
        are rewritten too, seconds each), then show the ledger entry."""
        actor = self.actor()
        self.fields.clear()
        self._set_busy(True)
        run_in_background(lambda: self.privacy.purge(method, actor=actor),
                          done=lambda result: self._purged(method, result),
                          failed=self._not_purged, context=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.purge_button, self.save_retention_button):
            button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
            self.message_bar.show_info(self.tr("Destroying… the backups in the backups "
                                               "folder are rewritten too."), timeout_ms=0)
        else:
            self.unsetCursor()

    def _purged(self, method: PurgeMethod, result: PurgeResult) -> None:
        self._set_busy(False)
        self.refresh()
        how = self.tr("deleted") if method is PurgeMethod.DELETE else self.tr("anonymised")
        text = (self.tr("%1 records %2 and written to the destruction ledger.")
                .replace("%1", str(result.count)).replace("%2", how))
        if result.backups_rewritten:
            text += " " + self.tr("%1 backups in the backups folder were purged the same way.") \
                .replace("%1", str(result.backups_rewritten))
        if result.backups_left:
            self.message_bar.show_error(text + " " + self.tr(
                "%1 backups still hold this data (PostgreSQL dumps, copies from an older "
                "version or kept by a restore): delete them once they are no longer needed.")
                .replace("%1", str(result.backups_left)))
        else:
            self.message_bar.show_info(text)
        self.purged.emit()

    def _not_purged(self, error: BaseException) -> None:
        self._set_busy(False)
        self.refresh()
        with refusals(self.message_bar, self.fields):
            raise error  # a refusal is shown here; anything else is a bug for the hook
