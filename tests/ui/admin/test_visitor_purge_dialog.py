"""Admin › Visitor data retention: how many records are past retention, a confirmation
naming that number, the purge, and its destruction-ledger entry."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from arco_desk.domain.reception import VisitorDraft, WalkInDraft
from arco_desk.store.models import AuditEntry
from arco_desk.ui.admin.visitor_purge_dialog import VisitorPurgeDialog
from arco_desk.ui.common.identity import set_current_staff_id
from arco_desk.ui.shell.main_window import MainWindow
from tests.actors import DESK
from tests.clock import SteppingClock
from tests.conftest import FIXED_NOW
from tests.reception_desk import seoul
from tests.ui.conftest import Dialogs
from tests.ui.reception.helpers import desk_window, host_with_stand_in

__all__ = ["desk_window"]


def old_and_new_visits(window: MainWindow, clock: SteppingClock) -> None:
    host = host_with_stand_in(window.services)
    reception = window.services.reception
    clock.set(seoul(2025, 3, 4, 10, 0))
    for name, phone in (("옛방문", "010-1111-2222"), ("옛상담", "")):
        visit = reception.register_walk_in(WalkInDraft(VisitorDraft(name, "", phone), host.id,
                                                       "문의"), actor=DESK)
        reception.check_out(visit.visit_id, actor=DESK)
    clock.set(FIXED_NOW)
    reception.register_walk_in(WalkInDraft(VisitorDraft("새방문"), host.id, "문의"), actor=DESK)


def open_dialog(window: MainWindow, dialogs: Dialogs) -> VisitorPurgeDialog:
    window.purge_action.trigger()  # Admin › Visitor data retention…
    return dialogs.wait_for(VisitorPurgeDialog)


def test_purge_from_the_admin_menu_writes_the_ledger(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow, stepping_clock: SteppingClock, qsettings: QSettings,
    dialogs: Dialogs
) -> None:
    old_and_new_visits(desk_window, stepping_clock)
    admin = host_with_stand_in(desk_window.services, skip=2)
    set_current_staff_id(qsettings, admin.id)  # this PC's person is who carries it out
    dialog = open_dialog(desk_window, dialogs)
    assert dialog.responsible.text() == admin.name
    assert dialog.retention.value() == 365
    assert "Before 2025-11-24: 2 visits" in dialog.due.text()
    assert dialog.purge_button.isEnabled()
    assert dialog.ledger.rowCount() == 0
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    question = dialogs.accept(QMessageBox)
    assert question.text() == ("2 records from before 2025-11-24 will be deleted. This cannot "
                               "be undone. Go ahead?")
    assert dialog.busy and not dialog.purge_button.isEnabled()  # off the GUI thread
    qtbot.waitUntil(lambda: dialog.ledger.rowCount() == 1)
    cells = [dialog.ledger.item(0, c).text() for c in range(5)]
    assert cells[0] == "2026-11-24 10:30"
    assert "방문 2건" in cells[1] and "2025-11-24 이전" in cells[1]
    assert cells[2:] == ["삭제", "2", admin.name]
    assert "2 records deleted and written to the destruction ledger" in dialog.message_bar.text()
    assert not dialog.purge_button.isEnabled()
    assert "Before 2025-11-24: 0 visits" in dialog.due.text()
    assert desk_window.services.reception.find_visitors(name="옛") == []
    assert desk_window.services.reception.find_visitors(name="새방문")
    with desk_window.services.uow.read() as session:
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "visitor.purge")).one()
    assert (audit.actor, audit.actor_name) == (f"staff:{admin.id}", admin.name)


def test_declined_purge_destroys_nothing_and_the_desk_is_named(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow, stepping_clock: SteppingClock, dialogs: Dialogs
) -> None:
    old_and_new_visits(desk_window, stepping_clock)
    dialog = open_dialog(desk_window, dialogs)
    dialog.anonymise_method.setChecked(True)
    dialog.purge()
    declined = dialogs.reject(QMessageBox)
    assert "will be anonymised" in declined.text()
    assert dialog.ledger.rowCount() == 0
    assert "2 visits" in dialog.due.text()
    # No staff member on this PC: the desk carries it out, and the ledger says so.
    assert dialog.responsible.text() == "Reception desk"
    dialog.purge()
    dialogs.accept(QMessageBox)
    qtbot.waitUntil(lambda: dialog.ledger.rowCount() == 1)
    assert [dialog.ledger.item(0, c).text() for c in (2, 3, 4)] == [
        "익명화", "2", "Reception desk"]


def test_the_retention_period_is_a_setting(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow, stepping_clock: SteppingClock, qsettings: QSettings,
    dialogs: Dialogs
) -> None:
    old_and_new_visits(desk_window, stepping_clock)
    admin = host_with_stand_in(desk_window.services, skip=2)
    set_current_staff_id(qsettings, admin.id)  # this PC's person is who carries it out
    dialog = open_dialog(desk_window, dialogs)
    assert dialog.responsible.text() == admin.name
    dialog.retention.setValue(730)
    qtbot.mouseClick(dialog.save_retention_button, Qt.MouseButton.LeftButton)
    assert desk_window.services.reception.privacy.retention_days() == 730
    assert "Before 2024-11-24: 0 visits" in dialog.due.text()
    assert not dialog.purge_button.isEnabled()
    assert "730 days" in dialog.message_bar.text()


def test_backups_the_purge_cannot_rewrite_are_named(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow, stepping_clock: SteppingClock, dialogs: Dialogs
) -> None:
    old_and_new_visits(desk_window, stepping_clock)
    folder = desk_window.services.reception.privacy.backups_folder
    assert folder is not None
    folder.mkdir(exist_ok=True)
    (folder / "arco-desk-20261101-030000-daily.dump").write_bytes(b"PGDMP a server's dump")
    dialog = open_dialog(desk_window, dialogs)
    dialog.purge()
    dialogs.accept(QMessageBox)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.message_bar.level == "error"
    assert "1 backups still hold this data" in dialog.message_bar.text()
