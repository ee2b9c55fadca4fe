"""Signing in through the real dialogs: refusals keep the name, a forced change comes
first, a database without accounts makes its first administrator."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from arco_desk.domain.errors import DomainError
from arco_desk.domain.messages import msg
from arco_desk.domain.roles import Role
from arco_desk.services.container import Services
from arco_desk.ui.common.messages import render
from arco_desk.ui.shell.sign_in import ChangePasswordDialog, FirstAdminDialog, SignInDialog
from tests.actors import new_staff

PASSWORD = "desk-2026-ok"


def test_a_wrong_password_keeps_the_name_and_empties_the_password(  # type: ignore[no-untyped-def]
        qtbot, services: Services) -> None:
    services.accounts.create_first_admin(new_staff(services, "김관리"), "kim", PASSWORD)
    dialog = SignInDialog(services.accounts)
    qtbot.addWidget(dialog)
    dialog.login.setText("kim")
    dialog.password.setText("wrong-2026-pw")
    dialog.save()
    assert dialog.result() != SignInDialog.DialogCode.Accepted
    assert dialog.login.text() == "kim" and dialog.password.text() == ""
    assert render(msg("signin.wrong")) in dialog.message_bar.text()
    dialog.password.setText(PASSWORD)
    dialog.save()
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.signed_in is not None and dialog.signed_in.actor.account == "kim"


def test_a_reset_password_is_changed_before_signing_in(  # type: ignore[no-untyped-def]
        qtbot, services: Services) -> None:
    admin = services.accounts.create_first_admin(new_staff(services, "김관리"), "kim", PASSWORD)
    services.accounts.create(new_staff(services, "이직원"), "lee", "temp-2026-pw", [Role.STAFF],
                             actor=admin)
    dialog = SignInDialog(services.accounts)
    qtbot.addWidget(dialog)
    dialog.login.setText("lee")
    dialog.password.setText("temp-2026-pw")

    dialog.save()
    forced = QApplication.activeModalWidget()
    assert isinstance(forced, ChangePasswordDialog)
    assert dialog.result() != SignInDialog.DialogCode.Accepted  # not until it is changed
    forced.current.setText("temp-2026-pw")
    forced.new.setText("mine-2026-pw")
    forced.repeated.setText("mine-2026-pw")
    forced.save()
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.signed_in is not None and dialog.signed_in.must_change_password
    assert not services.accounts.sign_in("lee", "mine-2026-pw").must_change_password


def test_the_first_administrator_is_made_from_the_directory(  # type: ignore[no-untyped-def]
        qtbot, services: Services) -> None:
    kim = new_staff(services, "김관리")
    dialog = FirstAdminDialog(services.accounts, services.directory)
    qtbot.addWidget(dialog)
    dialog.login.setText("kim")
    dialog.new.setText(PASSWORD)
    dialog.repeated.setText(PASSWORD + "x")
    dialog.save()
    assert dialog.fields.labels["staff_id"].isVisibleTo(dialog)
    dialog.staff.set_staff(kim)
    dialog.save()
    assert dialog.fields.labels["repeated"].isVisibleTo(dialog)
    assert dialog.new.text() == PASSWORD  # what was typed stays
    dialog.repeated.setText(PASSWORD)
    dialog.save()
    assert dialog.signed_in is not None and Role.ADMIN in dialog.signed_in.actor.roles
    assert services.accounts.any_account()


class Server:
    """The services' ``connect_as`` as the dialogs see it: records each connection, or
    refuses them all as a PostgreSQL server refusing the login would."""

    def __init__(self, refuse: bool = False) -> None:
        self.refuse = refuse
        self.connected: list[tuple[str, str]] = []

    def __call__(self, login: str, password: str) -> bool:
        if self.refuse:
            raise DomainError(msg("signin.server_refused"))
        self.connected.append((login, password))
        return True


def test_signing_in_connects_as_the_person_and_a_refusal_keeps_them_out(  # type: ignore[no-untyped-def]
        qtbot, services: Services) -> None:
    services.accounts.create_first_admin(new_staff(services, "김관리"), "kim", PASSWORD)
    refusing = SignInDialog(services.accounts, connect=Server(refuse=True))
    qtbot.addWidget(refusing)
    refusing.login.setText("kim")
    refusing.password.setText(PASSWORD)
    refusing.save()
    assert refusing.result() != SignInDialog.DialogCode.Accepted
    assert refusing.signed_in is None and refusing.password.text() == ""
    assert render(msg("signin.server_refused")) in refusing.message_bar.text()
    server = Server()
    dialog = SignInDialog(services.accounts, connect=server)
    qtbot.addWidget(dialog)
    dialog.login.setText("kim")
    dialog.password.setText(PASSWORD)
    dialog.save()
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert server.connected == [("kim", PASSWORD)]


def test_a_changed_password_connects_again_with_the_new_one(  # type: ignore[no-untyped-def]
        qtbot, services: Services) -> None:
    admin = services.accounts.create_first_admin(new_staff(services, "김관리"), "kim", PASSWORD)
    services.accounts.create(new_staff(services, "이직원"), "lee", "temp-2026-pw", [Role.STAFF],
                             actor=admin)
    server = Server()
    dialog = SignInDialog(services.accounts, connect=server)
    qtbot.addWidget(dialog)
    dialog.login.setText("lee")
    dialog.password.setText("temp-2026-pw")
    dialog.save()
    forced = QApplication.activeModalWidget()
    assert isinstance(forced, ChangePasswordDialog)
    forced.current.setText("temp-2026-pw")
    forced.new.setText("mine-2026-pw")
    forced.repeated.setText("mine-2026-pw")
    forced.save()
    assert server.connected == [("lee", "temp-2026-pw"), ("lee", "mine-2026-pw")]


def test_the_first_administrator_connects_as_themselves(  # type: ignore[no-untyped-def]
        qtbot, services: Services) -> None:
    server = Server()
    dialog = FirstAdminDialog(services.accounts, services.directory, connect=server)
    qtbot.addWidget(dialog)
    dialog.staff.set_staff(new_staff(services, "김관리"))
    dialog.login.setText("kim")
    dialog.new.setText(PASSWORD)
    dialog.repeated.setText(PASSWORD)
    dialog.save()
    assert dialog.signed_in is not None
    assert server.connected == [("kim", PASSWORD)]
