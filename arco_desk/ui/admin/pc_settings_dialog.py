"""This PC's settings: which database (its password kept in the OS credential store),
where PostgreSQL's backup tools are, desk or staff PC, start at login."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
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
from arco_desk.services.backup import check_pg_tools
from arco_desk.services.connection import ConnectionCheck, check_connection
from arco_desk.services.database_password import join_password, secure_store, split_password
from arco_desk.ui.admin.autostart import AutoStart
from arco_desk.ui.common.form import ERROR_STYLE, FormDialog
from arco_desk.ui.common.local_settings import (
    database_address,
    pg_bin,
    set_database_url,
    set_pg_bin,
    set_staff_mode,
    staff_mode,
    stored_database_url,
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

        self.saved = database_address(settings)
        self.url = QLineEdit(self.saved.url)
        self.url.editingFinished.connect(self.take_password_from_url)
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

        # The password never sits in the address field or the settings file: it is
        # kept in the OS credential store (docs/architecture.md §8).
        self.password = QLineEdit(self.saved.password)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("None (or PostgreSQL's password file)"))
        self.fields.add_row("password", self.tr("Password"), self.password)
        self.password_note = QLabel()
        self.password_note.setWordWrap(True)
        self._show_where_the_password_is()
        self.form.addRow("", self.password_note)

        # Where pg_dump and pg_restore are, for backups of a PostgreSQL database.
        chosen_tools = pg_bin(settings)
        self.pg_bin = QLineEdit(str(chosen_tools) if chosen_tools else "")
        self.pg_bin.setPlaceholderText(self.tr("Empty: found on PATH"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.choose_pg_bin)
        tools_row = QWidget()
        tools_line = QHBoxLayout(tools_row)
        tools_line.setContentsMargins(0, 0, 0, 0)
        tools_line.addWidget(self.pg_bin, 1)
        tools_line.addWidget(browse)
        self.fields.add_row("pg_bin", self.tr("PostgreSQL tools"), tools_row)
        self.fields.widgets["pg_bin"] = self.pg_bin
        self.pg_bin.setAccessibleName(self.tr("PostgreSQL tools"))

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

    def _show_where_the_password_is(self) -> None:
        if secure_store():
            self.password_note.setText(
                self.tr("Kept in this PC's credential store, never in the settings file."))
        elif split_password(stored_database_url(self.settings)).password:
            self.password_note.setText(render(msg("connection.password_in_settings")))
            self.password_note.setStyleSheet(ERROR_STYLE)
        else:
            self.password_note.setText(self.tr(
                "This PC has no secure place to keep a password. Leave it empty and give it "
                "in PostgreSQL's password file (pgpass.conf) or in the ARCO_DESK_DB_URL "
                "environment variable."))

    def take_password_from_url(self) -> None:
        """A password typed or pasted into the address moves to the password field."""
        typed = split_password(self.url.text())
        if typed.password:
            self.url.setText(typed.url)
            self.password.setText(typed.password)

    def test_connection(self) -> ConnectionCheck:
        self.take_password_from_url()
        result = check_connection(join_password(self.url.text(), self.password.text()))
        self.test_result.setText(render(result.message))
        self.test_result.setStyleSheet(OK_STYLE if result.ok else ERROR_STYLE)
        return result

    def choose_pg_bin(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder holding pg_dump and pg_restore"), self.pg_bin.text())
        if folder:
            self.pg_bin.setText(folder)

    def submit(self) -> None:
        self.take_password_from_url()
        tools = Path(self.pg_bin.text().strip()) if self.pg_bin.text().strip() else None
        if tools is not None:
            try:
                check_pg_tools(tools)
            except DomainError as refused:
                raise ValidationError({"pg_bin": refused.msg}) from refused
        url = self.url.text().strip()
        password = self.password.text()
        changed_url = (url, password) != (self.saved.url, self.saved.password)
        if changed_url:
            result = self.test_connection()
            if not result.ok:
                raise ValidationError({"url": result.message})
        try:
            # First, so that a password the store refuses changes nothing else.
            set_database_url(self.settings, url, password)
        except DomainError as refused:
            raise ValidationError({"password": refused.msg}) from refused
        try:
            if self.at_login.isChecked() != self.autostart.is_enabled():
                self.autostart.set_enabled(self.at_login.isChecked())
        except OSError as error:
            raise DomainError(msg("connection.autostart_failed",
                                  reason=str(error.strerror or error))) from error
        changed_mode = self.staff.isChecked() != staff_mode(self.settings)
        set_staff_mode(self.settings, self.staff.isChecked())
        set_pg_bin(self.settings, tools)
        self.settings.sync()
        self.restart_needed = changed_url or changed_mode
