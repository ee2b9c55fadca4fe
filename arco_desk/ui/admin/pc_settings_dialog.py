"""This PC's settings: which database, desk or staff PC, start at login."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.messages import msg
from arco_desk.services.connection import ConnectionCheck, check_connection
from arco_desk.ui.admin.autostart import AutoStart
from arco_desk.ui.common.form import ERROR_STYLE, FormDialog
from arco_desk.ui.common.local_settings import (
    database_url,
    set_database_url,
    set_staff_mode,
    staff_mode,
)
from arco_desk.ui.common.messages import render

OK_STYLE = "color:#14532d;"


class PcSettingsDialog(FormDialog):
    def __init__(self, settings: QSettings, autostart: AutoStart,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.autostart = autostart
        self.restart_needed = False
        self.setWindowTitle(self.tr("Settings of this PC"))

        self.url = QLineEdit(database_url(settings))
        self.url.setPlaceholderText(self.tr("Empty: the embedded database on this PC"))
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        url_row = QWidget()
        row = QHBoxLayout(url_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.url, 1)
        row.addWidget(self.test_button)
        self.fields.add_row("url", self.tr("Database URL"), url_row)
        self.fields.widgets["url"] = self.url
        self.url.setAccessibleName(self.tr("Database URL"))
        self.form.addRow("", self.test_result)

        self.desk = QRadioButton(self.tr("Reception desk: all tabs"))
        self.staff = QRadioButton(self.tr("Staff PC: starts in the tray with my memos"))
        mode = QButtonGroup(self)
        mode.addButton(self.desk)
        mode.addButton(self.staff)
        (self.staff if staff_mode(settings) else self.desk).setChecked(True)
        modes = QWidget()
        column = QVBoxLayout(modes)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.desk)
        column.addWidget(self.staff)
        self.fields.add_row("mode", self.tr("This PC is"), modes)

        self.at_login = QCheckBox(self.tr("Start ARCO Desk when I log in"))
        self.at_login.setChecked(autostart.is_enabled())
        self.fields.add_row("at_login", self.tr("Start"), self.at_login)
        self.resize(560, self.sizeHint().height())

    def test_connection(self) -> ConnectionCheck:
        result = check_connection(self.url.text())
        self.test_result.setText(render(result.message))
        self.test_result.setStyleSheet(OK_STYLE if result.ok else ERROR_STYLE)
        return result

    def submit(self) -> None:
        url = self.url.text().strip()
        changed_url = url != database_url(self.settings)
        if changed_url:
            result = self.test_connection()
            if not result.ok:
                raise ValidationError({"url": result.message})
        try:
            if self.at_login.isChecked() != self.autostart.is_enabled():
                self.autostart.set_enabled(self.at_login.isChecked())
        except OSError as error:
            raise DomainError(msg("connection.autostart_failed",
                                  reason=str(error.strerror or error))) from error
        changed_mode = self.staff.isChecked() != staff_mode(self.settings)
        set_database_url(self.settings, url)
        set_staff_mode(self.settings, self.staff.isChecked())
        self.settings.sync()
        self.restart_needed = changed_url or changed_mode
