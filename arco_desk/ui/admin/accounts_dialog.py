"""Admin › Accounts: everyone's account, their roles and state; new accounts, roles
given or taken, temporary passwords, unlocking and disabling (issue 15)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import msg
from arco_desk.domain.roles import Role
from arco_desk.services.accounts import MAX_IDLE_MINUTES, AccountRow, AccountService
from arco_desk.services.directory import DirectoryService
from arco_desk.services.settings import IDLE_LOCK_KEY
from arco_desk.ui.common.dialogs import open_dialog
from arco_desk.ui.common.form import FieldErrors, FormDialog
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.labels import label
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.password_fields import check_repeated, password_field, rule_label
from arco_desk.ui.common.setting_row import SettingRow
from arco_desk.ui.common.staff_picker import StaffPicker

LOGIN_ROLE = Qt.ItemDataRole.UserRole


class RoleBoxes(QWidget):
    """One check box per role."""

    def __init__(self, held: frozenset[Role] = frozenset(),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(label(role))
            box.setChecked(role in held)
            row.addWidget(box)
            self.boxes[role] = box
        row.addStretch(1)

    def roles(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.boxes.items() if box.isChecked())


class NewAccountDialog(FormDialog):
    def __init__(self, accounts: AccountService, directory: DirectoryService,
                 actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.actor = actor
        self.setWindowTitle(self.tr("New account"))
        self.setMinimumWidth(520)
        self.staff = StaffPicker(directory)
        self.login = QLineEdit()
        self.login.setMaxLength(30)
        self.login.setPlaceholderText(self.tr("e.g. kim.minjun"))
        self.password = password_field()
        self.repeated = password_field()
        self.roles = RoleBoxes(frozenset({Role.STAFF}))
        self.fields.add_row("staff_id", self.tr("&Staff member *"), self.staff)
        self.fields.add_row("login", self.tr("Sign-in &name *"), self.login)
        self.fields.add_row("password", self.tr("&Temporary password *"), self.password)
        self.fields.add_row("repeated", self.tr("&Repeat it *"), self.repeated)
        self.form.addRow(rule_label())
        self.fields.add_row("roles", self.tr("Roles"), self.roles)

    def submit(self) -> None:
        staff_id = self.staff.staff_id()
        if staff_id is None:
            raise ValidationError({"staff_id": msg("picker.identity_not_chosen")})
        check_repeated(self.password, self.repeated)
        self.accounts.create(staff_id, self.login.text(), self.password.text(),
                             self.roles.roles(), actor=self.actor())


class RolesDialog(FormDialog):
    def __init__(self, accounts: AccountService, row: AccountRow,
                 actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.row = row
        self.actor = actor
        self.setWindowTitle(self.tr("Roles of %1").replace("%1", row.name))
        self.roles = RoleBoxes(row.roles)
        self.fields.add_row("roles", self.tr("Roles"), self.roles)

    def submit(self) -> None:
        self.accounts.set_roles(self.row.login, self.roles.roles(), actor=self.actor())


class ResetPasswordDialog(FormDialog):
    def __init__(self, accounts: AccountService, row: AccountRow,
                 actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.row = row
        self.actor = actor
        self.setWindowTitle(self.tr("Temporary password for %1").replace("%1", row.name))
        self.password = password_field()
        self.repeated = password_field()
        self.fields.add_row("password", self.tr("&Temporary password *"), self.password)
        self.fields.add_row("repeated", self.tr("&Repeat it *"), self.repeated)
        self.form.addRow(rule_label())

    def submit(self) -> None:
        check_repeated(self.password, self.repeated)
        self.accounts.reset_password(self.row.login, self.password.text(),
                                     actor=self.actor())


class AccountsDialog(QDialog):
    # The agency's idle lock was saved here: the window follows it at once.
    idle_minutes_saved = Signal(int)

    def __init__(self, accounts: AccountService, directory: DirectoryService,
                 actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.directory = directory
        self.actor = actor
        self.rows: list[AccountRow] = []
        self.setWindowTitle(self.tr("Accounts"))
        self.setMinimumSize(820, 460)
        self.message_bar = MessageBar(self)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("accounts")
        self.table.setHorizontalHeaderLabels([
            self.tr("Sign-in name"), self.tr("Name"), self.tr("Roles"), self.tr("State"),
            self.tr("Last sign-in")])
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.new_button = QPushButton(self.tr("&New account…"))
        self.roles_button = QPushButton(self.tr("&Roles…"))
        self.reset_button = QPushButton(self.tr("&Temporary password…"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.active_button = QPushButton(self.tr("&Disable"))
        actions = QHBoxLayout()
        for button in (self.new_button, self.roles_button, self.reset_button,
                       self.unlock_button, self.active_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.new_button.clicked.connect(self.new_account)
        self.roles_button.clicked.connect(self.change_roles)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.active_button.clicked.connect(self.toggle_active)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        # Every PC's idle lock (the reception PC faces visitors all day).
        idle_form = QFormLayout()
        self.idle_fields = FieldErrors(idle_form)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" minutes without input"))
        self.idle_minutes.setSpecialValueText(self.tr("never"))
        self.idle_row = SettingRow(self.idle_fields, IDLE_LOCK_KEY, IDLE_LOCK_KEY,
                                   self.tr("Lock &windows after"), self.idle_minutes,
                                   self.tr("&Save"))
        self.idle_row.button.clicked.connect(self.save_idle_minutes)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addLayout(idle_form)
        layout.addWidget(close)
        self.refresh()
        with refusals(self.message_bar):
            self.idle_row.show_value(accounts.idle_lock_minutes())

    def save_idle_minutes(self) -> None:
        saved = self.idle_row.save(self.message_bar, lambda typed, seen: (
            self.accounts.set_idle_lock_minutes(typed, opened=seen, actor=self.actor())))
        if saved is not None:
            self.idle_minutes_saved.emit(saved)
            self.message_bar.show_info(self.tr("Windows lock after %1 minutes without input.")
                                       .replace("%1", str(saved)) if saved else
                                       self.tr("Windows no longer lock by themselves."))

    def refresh(self) -> None:
        chosen = self.chosen()
        with refusals(self.message_bar) as outcome:
            rows = self.accounts.accounts(actor=self.actor())
        if outcome.refused:
            return
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = (row.login, row.name, ", ".join(label(r) for r in sorted(row.roles)),
                      self._state(row),
                      row.signed_in_at.strftime("%Y-%m-%d %H:%M") if row.signed_in_at else "")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(LOGIN_ROLE, row.login)
                self.table.setItem(index, column, item)
            if chosen is not None and row.login == chosen.login:
                self.table.selectRow(index)
        self._selection_changed()

    def _state(self, row: AccountRow) -> str:
        words = [self.tr("in use") if row.active else self.tr("disabled")]
        if row.locked_until is not None:
            words.append(self.tr("locked until %1").replace(
                "%1", row.locked_until.strftime("%H:%M")))
        if row.must_change_password:
            words.append(self.tr("temporary password"))
        return ", ".join(words)

    def chosen(self) -> AccountRow | None:
        items = self.table.selectedItems()
        if not items:
            return None
        login = items[0].data(LOGIN_ROLE)
        return next((row for row in self.rows if row.login == login), None)

    def _selection_changed(self) -> None:
        row = self.chosen()
        for button in (self.roles_button, self.reset_button, self.unlock_button,
                       self.active_button):
            button.setEnabled(row is not None)
        if row is not None:
            self.unlock_button.setEnabled(row.locked_until is not None)
            self.active_button.setText(self.tr("&Disable") if row.active
                                       else self.tr("&Enable"))

    def _done(self, text: str) -> None:
        self.refresh()
        self.message_bar.show_info(text)

    def new_account(self) -> NewAccountDialog:
        dialog = NewAccountDialog(self.accounts, self.directory, self.actor, self)
        return open_dialog(dialog, lambda: self._done(self.tr("Account created. Give the "
                                                              "temporary password in person.")))

    def change_roles(self) -> RolesDialog | None:
        row = self.chosen()
        if row is None:
            return None
        return open_dialog(RolesDialog(self.accounts, row, self.actor, self),
                           lambda: self._done(self.tr("Roles saved.")))

    def reset_password(self) -> ResetPasswordDialog | None:
        row = self.chosen()
        if row is None:
            return None
        return open_dialog(ResetPasswordDialog(self.accounts, row, self.actor, self),
                           lambda: self._done(self.tr("Temporary password set. It must be "
                                                      "changed at the next sign-in.")))

    def unlock(self) -> None:
        row = self.chosen()
        if row is None:
            return
        with refusals(self.message_bar) as outcome:
            self.accounts.unlock(row.login, actor=self.actor())
        if not outcome.refused:
            self._done(self.tr("Account unlocked."))

    def toggle_active(self) -> None:
        row = self.chosen()
        if row is None:
            return
        with refusals(self.message_bar) as outcome:
            self.accounts.set_active(row.login, not row.active, actor=self.actor())
        if not outcome.refused:
            self._done(self.tr("Account enabled.") if not row.active
                       else self.tr("Account disabled."))
