"""The backups of the data folder as a table (taken at, kind, size), newest first, with
the newest automatic one in bold: shared by 관리 › 백업·복원 and the recovery screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from arco_desk.services.backup_desk import AUTOMATIC, BackupFile, BackupKind
from arco_desk.ui.common.translation_marks import QT_TRANSLATE_NOOP

_KIND = {
    BackupKind.DAILY: QT_TRANSLATE_NOOP("BackupKind", "Daily (automatic)"),
    BackupKind.MIGRATION: QT_TRANSLATE_NOOP("BackupKind", "Before an update (automatic)"),
    BackupKind.MANUAL: QT_TRANSLATE_NOOP("BackupKind", "Manual"),
}


def kind_words(kind: BackupKind) -> str:
    return QCoreApplication.translate("BackupKind", _KIND[kind])


def taken_at_text(backup: BackupFile) -> str:
    return backup.taken_at.strftime("%Y-%m-%d %H:%M")


def size_text(size: int) -> str:
    """``840 KB``, ``12.3 MB``, ``1.2 GB`` (units read the same in Korean)."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} KB"
    if size < 1_000_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{size / 1_000_000_000:.1f} GB"


class BackupTable(QTableWidget):
    """One row per backup; :attr:`backups` in the order shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.backups: list[BackupFile] = []
        self.setHorizontalHeaderLabels([self.tr("Taken at"), self.tr("Kind"), self.tr("Size")])
        self.setAccessibleName(self.tr("Backups"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    def show_backups(self, backups: list[BackupFile]) -> None:
        self.backups = list(backups)
        newest_automatic = next((b for b in backups if b.kind in AUTOMATIC), None)
        self.setRowCount(len(backups))
        for row, backup in enumerate(backups):
            values = (taken_at_text(backup), kind_words(backup.kind), size_text(backup.size))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(str(backup.path))
                if backup is newest_automatic:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(row, column, item)

    def selected(self) -> BackupFile | None:
        rows = self.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.backups):
            return None
        return self.backups[rows[0].row()]
