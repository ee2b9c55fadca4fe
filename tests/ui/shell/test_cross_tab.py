"""Hand-offs between tabs: a memo or a visit that turns out to be a complaint."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from arco_desk.domain.memos import MemoDraft, MemoStatus, Route
from arco_desk.domain.reception import VisitorDraft, WalkInDraft
from arco_desk.store.models import Complaint
from arco_desk.ui.common.identity import set_current_staff_id
from arco_desk.ui.complaints.complaint_intake import ComplaintIntakeDialog
from arco_desk.ui.shell.main_window import MainWindow
from tests.actors import DESK
from tests.conftest import FIXED_NOW
from tests.ui.conftest import Dialogs


def _saved_complaint(window: MainWindow, dialogs: Dialogs) -> Complaint:
    dialog = dialogs.wait_for(ComplaintIntakeDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("inquiry"))
    dialog.save()
    assert dialog.saved_id is not None, dialog.message_bar.text()
    with window.services.uow.read() as session:
        complaint = session.get(Complaint, dialog.saved_id)
        assert complaint is not None
        session.expunge(complaint)
        return complaint


def test_a_memo_made_a_complaint_carries_the_call_time_and_closes_the_memo(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, qsettings: QSettings, dialogs: Dialogs
) -> None:
    services = window.services
    staff = services.directory.search("")[3]
    called = FIXED_NOW.replace(hour=9, minute=12)
    memo = services.memos.record(MemoDraft(
        caller_name="박민원", caller_org="", caller_phone="010-2222-3333", caller_email="",
        called_at=called, target_staff_id=staff.id, route=Route.TARGET,
        message="대관료 환불을 요청합니다", reason_ids=()), actor=DESK)
    set_current_staff_id(qsettings, staff.id)
    tab = window.memo_tab
    tab.inbox.reload()
    tab.inbox.open_memo(memo.id)
    qtbot.mouseClick(tab.inbox.detail.complaint_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.complaint_tab
    complaint = _saved_complaint(window, dialogs)
    assert (complaint.source_memo_id, complaint.received_at) == (memo.id, called)
    assert complaint.citizen_name == "박민원"
    row = services.memos.get_row(memo.id)
    assert row.status is MemoStatus.DONE and f"#{complaint.id}" in row.outcome


def test_a_visit_made_a_complaint_carries_the_arrival_time(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, dialogs: Dialogs
) -> None:
    services = window.services
    host = services.directory.search("")[0]
    arrival = services.reception.register_walk_in(
        WalkInDraft(VisitorDraft("이민원", "", "010-4444-5555"), host.id, "공연장 소음"),
                                                  actor=DESK)
    window.reception_tab.complaint_requested.emit(arrival.visit_id)
    assert window.tabs.currentWidget() is window.complaint_tab
    complaint = _saved_complaint(window, dialogs)
    assert (complaint.source_visit_id, complaint.received_at) == (arrival.visit_id, FIXED_NOW)
