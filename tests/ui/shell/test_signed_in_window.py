"""The window of a signed-in person: the admin actions their roles allow, their own menu
(password, lock, another operator), and another operator taking the desk over."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings

from arco_desk.domain.actor import Actor
from arco_desk.domain.roles import Role
from arco_desk.services.container import Services
from arco_desk.services.demo_accounts import DEMO_PASSWORD, fill_accounts
from arco_desk.store.models import Account, AccountRole
from arco_desk.ui.common.signed_in import SignedInPerson
from arco_desk.ui.shell.main_window import MainWindow


def _login_with(services: Services, role: Role) -> str:
    with services.uow.read() as session:
        found = session.query(Account.login).join(AccountRole).filter(
            AccountRole.role == role.value).order_by(Account.login).first()
    assert found is not None
    return str(found[0])


@pytest.fixture
def signed_in(demo_services: Services) -> Services:
    fill_accounts(demo_services.uow)
    return demo_services


def _window(qtbot, services: Services, qsettings: QSettings,  # type: ignore[no-untyped-def]
            actor: Actor) -> Iterator[MainWindow]:
    window = MainWindow(services, qsettings, person=SignedInPerson(actor, services.gate))
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def test_the_admin_menu_follows_the_roles(  # type: ignore[no-untyped-def]
        qtbot, signed_in: Services, qsettings: QSettings) -> None:
    desk = signed_in.accounts.sign_in(_login_with(signed_in, Role.DESK), DEMO_PASSWORD).actor
    for window in _window(qtbot, signed_in, qsettings, desk):
        assert not window.accounts_action.isVisible()
        assert not window.calendar_action.isVisible()
        assert not window.identity_action.isVisible()
        # Nothing in them for the desk: no empty menu on the bar.
        assert not window.admin_menu.menuAction().isVisible()
        assert not window.report_menu.menuAction().isVisible()
        assert desk.name in window.windowTitle()
        admin = signed_in.accounts.sign_in(_login_with(signed_in, Role.ADMIN),
                                           DEMO_PASSWORD).actor
        window.person.switch_to(admin)  # type: ignore[union-attr]
        assert window.accounts_action.isVisible() and window.calendar_action.isVisible()
        assert window.admin_menu.menuAction().isVisible()
        assert window.report_menu.menuAction().isVisible()
        assert not window.access_action.isVisible()  # the privacy officer's alone
        assert admin.name in window.windowTitle()


def test_another_operator_takes_the_desk_over_from_the_lock(  # type: ignore[no-untyped-def]
        qtbot, signed_in: Services, qsettings: QSettings) -> None:
    first = signed_in.accounts.sign_in(_login_with(signed_in, Role.DESK), DEMO_PASSWORD).actor
    for window in _window(qtbot, signed_in, qsettings, first):
        window.lock_action.trigger()
        assert window.idle_lock is not None and window.idle_lock.locked
        window._switch_operator()
        panel = window.idle_lock.panel
        panel.login.setText(_login_with(signed_in, Role.PRIVACY_OFFICER))
        panel.password.setText(DEMO_PASSWORD)
        panel.unlock()
        assert not window.idle_lock.locked
        assert window.actor().account != first.account
        assert window.access_action.isVisible()
