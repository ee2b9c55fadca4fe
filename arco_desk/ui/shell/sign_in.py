"""Signing in (issue 15): the sign-in dialog, the forced password change, the first
administrator of a database from before accounts.

A refusal keeps the typed sign-in name and empties the password; a password that must
be changed (new account, reset by an administrator) is changed before the window opens.

Each dialog that takes a password hands it, once accepted, to ``connect`` (the
services' ``connect_as``): on PostgreSQL with per-person logins the window then works
over the person's own login (docs/architecture.md §11), and a server that refuses it is
a refusal like a wrong password. After a password change it connects again with the
new one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from arco_desk.domain.actor import Actor
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import msg
from arco_desk.domain.roles import Role
from arco_desk.services.accounts import AccountService, SignedIn
from arco_desk.services.container import Services
from arco_desk.services.directory import DirectoryService
from arco_desk.ui.common.dialogs import open_dialog
from arco_desk.ui.common.form import FormDialog
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.password_fields import check_repeated, password_field, rule_label
from arco_desk.ui.common.staff_picker import StaffPicker

# Who is behind the services' gate while a database without accounts gets its first
# administrator: the directory may be read (to pick oneself), nothing else is granted
# beyond a staff member's own reach, and nobody owns any record yet.
SETTING_UP: Final = Actor("setup", None, "ARCO Desk", frozenset({Role.STAFF}))

# Connects the window as the person signed in with this password (``Services.connect_as``).
Connect = Callable[[str, str], object]


def no_connection(login: str, password: str) -> None:
    """The window keeps the PC's own connection (SQLite, tests without a server)."""


def _action_button(dialog: FormDialog, text: str) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    button.setText(text)
    button.setDefault(True)


class SignInDialog(FormDialog):
    def __init__(self, accounts: AccountService, parent: QWidget | None = None, *,
                 connect: Connect = no_connection) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.connect_as = connect
        self.signed_in: SignedIn | None = None
        self.setWindowTitle(self.tr("Sign in to ARCO Desk"))
        self.setMinimumWidth(380)
        self.login = QLineEdit()
        self.login.setMaxLength(30)
        self.password = password_field()
        self.fields.add_row("login", self.tr("&Sign-in name"), self.login)
        self.fields.add_row("password", self.tr("&Password"), self.password)
        _action_button(self, self.tr("Sign in"))

    def submit(self) -> None:
        try:
            signed = self.accounts.sign_in(self.login.text(), self.password.text())
            self.connect_as(signed.actor.account, self.password.text())
            self.signed_in = signed
        finally:
            self.password.clear()
            self.password.setFocus()

    def save(self) -> None:
        """Sign in; a password that must be changed is changed first (this dialog stays
        open underneath, and closes once the new one is saved)."""
        with refusals(self.message_bar, self.fields) as outcome:
            self.submit()
        if outcome.refused or self.signed_in is None:
            return
        if not self.signed_in.must_change_password:
            self.accept()
            return
        change = ChangePasswordDialog(self.accounts, self.signed_in.actor, forced=True,
                                      parent=self, connect=self.connect_as)
        open_dialog(change, self.accept)


class ChangePasswordDialog(FormDialog):
    """The signed-in person's own password; ``forced`` after a reset or a new account."""

    def __init__(self, accounts: AccountService, actor: Actor, *, forced: bool = False,
                 parent: QWidget | None = None, connect: Connect = no_connection) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.actor = actor
        self.connect_as = connect
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(420)
        if forced:
            note = QLabel(self.tr("Choose a password of your own before you go on."))
            note.setWordWrap(True)
            self.form.addRow(note)
        self.current = password_field()
        self.new = password_field()
        self.repeated = password_field()
        self.fields.add_row("current_password", self.tr("&Current password"), self.current)
        self.fields.add_row("new_password", self.tr("&New password"), self.new)
        self.fields.add_row("repeated", self.tr("&Repeat it"), self.repeated)
        self.form.addRow(rule_label())
        _action_button(self, self.tr("Change"))

    def submit(self) -> None:
        check_repeated(self.new, self.repeated)
        self.accounts.change_password(self.current.text(), self.new.text(), actor=self.actor)
        # The login's password changed with the account's: connect again with it.
        self.connect_as(self.actor.account, self.new.text())


class FirstAdminDialog(FormDialog):
    """A database from before accounts: the person setting it up becomes its first
    administrator (and privacy officer) and then makes everyone else's account."""

    def __init__(self, accounts: AccountService, directory: DirectoryService,
                 parent: QWidget | None = None, *, connect: Connect = no_connection) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.connect_as = connect
        self.signed_in: SignedIn | None = None
        self.setWindowTitle(self.tr("First administrator"))
        self.setMinimumWidth(460)
        note = QLabel(self.tr("This database has no accounts yet. Make yours: you become "
                              "its administrator and privacy officer, and then give every "
                              "colleague an account under Admin › Accounts."))
        note.setWordWrap(True)
        self.form.addRow(note)
        self.staff = StaffPicker(directory)
        self.login = QLineEdit()
        self.login.setMaxLength(30)
        self.login.setPlaceholderText(self.tr("e.g. kim.minjun"))
        self.new = password_field()
        self.repeated = password_field()
        self.fields.add_row("staff_id", self.tr("&You in the directory"), self.staff)
        self.fields.add_row("login", self.tr("&Sign-in name"), self.login)
        self.fields.add_row("password", self.tr("&Password"), self.new)
        self.fields.add_row("repeated", self.tr("&Repeat it"), self.repeated)
        self.form.addRow(rule_label())
        _action_button(self, self.tr("Create and sign in"))

    def submit(self) -> None:
        staff_id = self.staff.staff_id()
        if staff_id is None:
            raise ValidationError({"staff_id": msg("picker.identity_not_chosen")})
        check_repeated(self.new, self.repeated)
        actor = self.accounts.create_first_admin(staff_id, self.login.text(),
                                                 self.new.text())
        self.connect_as(actor.account, self.new.text())
        self.signed_in = SignedIn(actor, must_change_password=False)


def sign_in(services: Services, done: Callable[[SignedIn | None], object],
            parent: QWidget | None = None) -> FormDialog:
    """Ask who works at this PC now: the first administrator on a database without
    accounts, else whoever signs in. ``done`` gets them, or None when the dialog is
    closed; the dialog is returned at once (:func:`open_dialog`)."""
    accounts = services.accounts
    dialog: SignInDialog | FirstAdminDialog
    with refusals(None) as outcome:
        any_account = accounts.any_account()
    if outcome.refused:
        any_account = True  # the sign-in dialog says what is wrong with the database
    if any_account:
        dialog = SignInDialog(accounts, parent, connect=services.connect_as)
        return open_dialog(dialog, finished=lambda ok: done(dialog.signed_in if ok else None))
    # A database without accounts is being set up: whoever runs it may read the directory
    # to name themselves its first administrator, and nothing more, until they have.
    services.gate.sign_in(SETTING_UP)
    dialog = FirstAdminDialog(accounts, services.directory, parent,
                              connect=services.connect_as)

    def finished(ok: bool) -> None:
        services.gate.sign_out()
        done(dialog.signed_in if ok else None)
    return open_dialog(dialog, finished=finished)


def ask_sign_in(services: Services, parent: QWidget | None = None) -> SignedIn | None:
    """:func:`sign_in` before the window is filled (over its frame, ``parent``), waiting
    for the answer: nothing else runs yet, so this loop is the program's only one."""
    answer: list[SignedIn | None] = []
    loop = QEventLoop()

    def done(signed: SignedIn | None) -> None:
        answer.append(signed)
        loop.quit()

    sign_in(services, done, parent)
    loop.exec()
    return answer[0] if answer else None
