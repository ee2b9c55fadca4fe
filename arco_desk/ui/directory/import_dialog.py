"""Import staff from CSV/XLSX: preview every row, import the good ones, list the bad."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.services.staff_import import ImportPreview, ImportResult, StaffImportService
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.messages import render


class ImportDialog(QDialog):
    def __init__(self, importer: StaffImportService, actor: Callable[[], Actor],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.importer = importer
        self.actor = actor
        self.preview: ImportPreview | None = None
        self.outcome: ImportResult | None = None
        self.setWindowTitle(self.tr("Import staff"))
        self.resize(760, 480)
        self.message_bar = MessageBar(self)
        self.path_label = QLabel(self.tr("Choose a CSV or XLSX file with a header row."))
        choose = QPushButton(self.tr("&Choose file…"))
        choose.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.path_label, 1)
        top.addWidget(choose)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Name"), self.tr("Department"), self.tr("Result")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Import preview"))
        self.summary = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("&Import good rows"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import staff"), "", self.tr("Staff lists (*.csv *.xlsx)")
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        self.path_label.setText(str(path))
        self.preview = None
        with refusals(self.message_bar):
            try:
                self.preview = self.importer.preview(path)
            except OSError as error:  # the file itself: unreadable, locked by Excel…
                self.message_bar.show_error(str(error))
        if self.preview is None:
            self.table.setRowCount(0)
            self.import_button.setEnabled(False)
            return
        self.message_bar.hide()
        rows = self.preview.rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            result = self.tr("OK") if row.ok else "; ".join(render(e) for e in row.errors)
            cells = (str(row.line), row.values.get("name", ""),
                     row.values.get("department", ""), result)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not row.ok:
                    item.setBackground(QColor("#fde8e8"))
                self.table.setItem(i, column, item)
        self.table.resizeColumnsToContents()
        good, bad = len(self.preview.good), len(self.preview.bad)
        self.summary.setText(
            self.tr("%1 rows can be imported, %2 rows have errors and will be skipped.")
            .replace("%1", str(good)).replace("%2", str(bad))
        )
        self.import_button.setEnabled(good > 0)

    def run_import(self) -> None:
        if self.preview is None:
            return
        with refusals(self.message_bar) as outcome:
            self.outcome = self.importer.commit(self.preview, actor=self.actor())
        if outcome.refused:
            return
        self.accept()
