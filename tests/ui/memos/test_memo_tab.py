"""The phone tab driven like the desk and the staff use it (pytest-qt, real widgets, real DB)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import select

from arco_desk.domain.actor import Actor
from arco_desk.domain.directory import Presence, StaffRecord
from arco_desk.domain.memos import MemoDraft, MemoFilter, MemoStatus, Route
from arco_desk.domain.roles import Role
from arco_desk.services.container import DATABASE_FILE, Services
from arco_desk.store.models import AccessRecord
from arco_desk.ui.admin.identity_dialog import IdentityDialog
from arco_desk.ui.common.identity import current_staff_id, set_current_staff_id
from arco_desk.ui.common.language import ui_language
from arco_desk.ui.common.signed_in import SignedInPerson
from arco_desk.ui.memos.memo_actions import CalledBackDialog, EmailReplyDialog, ForwardDialog
from arco_desk.ui.memos.memo_model import MemoColumn
from arco_desk.ui.memos.memo_settings import DeskSettingsDialog, MemoReasonsDialog
from arco_desk.ui.memos.memo_tab import MemoDetailDialog, MemoTab
from arco_desk.ui.memos.read_back_dialog import ReadBackDialog
from arco_desk.ui.shell.main_window import MainWindow
from tests.actors import DESK, acting
from tests.clock import SteppingClock
from tests.conftest import FIXED_NOW
from tests.ui.conftest import Dialogs, heartbeat
from tests.ui.lists import wait_loaded


def department_of(services: Services, index: int = 0) -> list[StaffRecord]:
    departments = services.directory.departments()
    return services.directory.search("", departments[index].id)


def present(services: Services, index: int = 0) -> tuple[StaffRecord, StaffRecord]:
    """A staff member made present, with a present stand-in in their department."""
    members = department_of(services, index)
    person, stand_in = members[1], members[2]
    services.directory.set_presence(stand_in.id, Presence.IN, actor=DESK)
    services.directory.set_presence(person.id, Presence.IN, stand_in_id=stand_in.id, actor=DESK)
    return services.directory.get_staff(person.id), services.directory.get_staff(stand_in.id)


def fill(tab: MemoTab, target_id: int | None, **values: str) -> None:
    form = tab.form
    form.caller_name.setText(values.get("name", "김영희"))
    form.caller_org.setText(values.get("org", "한빛출판사"))
    form.caller_phone.setText(values.get("phone", "010 2345 6789"))
    form.caller_email.setText(values.get("email", ""))
    form.message.setPlainText(values.get("message", "문학창작기금 신청서 예산 항목 문의"))
    if target_id is not None:
        form.target.set_staff(target_id)


def status_text(tab: MemoTab, memo_id: int) -> str:
    wait_loaded(tab)
    model = tab.list_panel.model
    return str(model.index(model.row_of(memo_id), model.column_of(MemoColumn.STATUS)).data())


def become(tab: MemoTab, settings: QSettings, staff_id: int | None) -> None:
    """This PC now belongs to ``staff_id`` (the staff member's own PC)."""
    set_current_staff_id(settings, staff_id)
    tab.inbox.reload()
    wait_loaded(tab)
    wait_loaded(tab)
    tab.show_greeting()


def memo_count(services: Services) -> int:
    return len(services.memos.search_ids(MemoFilter(include_closed=True)))


def save_and_confirm(tab: MemoTab, dialogs: Dialogs) -> str:
    """Save the form and confirm the read-back; returns the summary that was read out."""
    read_back = tab.save()
    assert read_back is not None, tab.form.fields.labels
    summary = read_back.summary.text()
    dialogs.accept(ReadBackDialog)
    wait_loaded(tab)
    return summary


# --- the whole flow -----------------------------------------------------------------------


def test_operator_writes_staff_opens_and_calls_back(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, dialogs: Dialogs, qsettings: QSettings
) -> None:
    tab = window.memo_tab
    services = tab.services
    person, _ = present(services)
    reasons = services.memos.reasons()
    fill(tab, person.id)
    tab.form.reason_boxes[reasons[2].id].setChecked(True)
    tab.form.format_phone()
    assert tab.form.caller_phone.text() == "010-2345-6789"
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)

    read_back = dialogs.wait_for(ReadBackDialog)
    summary = read_back.summary.text()
    dialogs.accept(ReadBackDialog)
    for expected in ("김영희 (한빛출판사)", "010-2345-6789", "문학창작기금", person.name,
                     reasons[2].label(ui_language()), "11/27", "24"):
        assert expected in summary
    (memo_id,) = services.memos.search_ids()
    assert "Sent" in status_text(tab, memo_id)
    assert window.message_bar.level == "info" and person.name in window.message_bar.text()
    assert tab.form.caller_name.text() == "" and tab.form.message.toPlainText() == ""

    become(tab, qsettings, person.id)
    wait_loaded(tab)
    assert tab.inbox.model.ids() == [memo_id]
    wait_loaded(tab)
    assert tab.inbox.unread == 1
    assert tab.views.tabText(tab.views.indexOf(tab.inbox)) == "My memos (1)"
    assert services.memos.get_row(memo_id).status is MemoStatus.DELIVERED
    tab.inbox.table.selectRow(0)  # opening marks it read
    assert services.memos.get_row(memo_id).read_at == FIXED_NOW
    wait_loaded(tab)
    assert tab.inbox.unread == 0
    tab.list_panel.reload()
    wait_loaded(tab)
    assert "Read" in status_text(tab, memo_id)
    detail = tab.inbox.detail
    assert "문학창작기금" in detail.text.text()
    assert detail.badge.isVisibleTo(detail) and "D-3" in detail.badge.text()

    def outcome(dialog: CalledBackDialog) -> None:
        dialog.save()
        assert "통화 결과" in dialog.fields.message("outcome")
        dialog.outcome.setPlainText("예산 항목 작성법 안내함")

    qtbot.mouseClick(detail.called_back_button, Qt.MouseButton.LeftButton)
    dialogs.accept(CalledBackDialog, fill=outcome)
    row = services.memos.get_row(memo_id)
    assert row.status is MemoStatus.DONE and row.outcome == "예산 항목 작성법 안내함"
    wait_loaded(tab)
    assert tab.inbox.model.ids() == []
    assert "Done" in status_text(tab, memo_id)
    assert not detail.called_back_button.isEnabled()


def test_absent_target_goes_to_the_stand_in(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, dialogs: Dialogs, qsettings: QSettings
) -> None:
    tab = window.memo_tab
    services = tab.services
    person, stand_in = present(services)
    services.directory.set_presence(person.id, Presence.LEAVE, FIXED_NOW + timedelta(days=2),
                                    "연차", stand_in.id, actor=DESK)
    fill(tab, person.id)
    form = tab.form
    assert form.where.isVisibleTo(form)
    assert stand_in.name in form.where.text() and "연차" in form.where.text()
    assert form.route() is Route.STAND_IN  # away for days: the stand-in by default
    assert form.card.isVisibleTo(form) and stand_in.name in form.card.label.text()
    assert stand_in.direct_line in form.card.label.text()
    summary = save_and_confirm(tab, dialogs)
    (memo_id,) = services.memos.search_ids()
    row = services.memos.get_row(memo_id)
    assert row.target_staff_id == stand_in.id and row.asked_for_id == person.id
    assert f"to the stand-in {stand_in.name}" in summary
    become(tab, qsettings, stand_in.id)
    wait_loaded(tab)
    assert tab.inbox.model.ids() == [memo_id]


def test_a_colleague_back_soon_keeps_the_memo(window: MainWindow) -> None:
    tab = window.memo_tab
    person, stand_in = present(tab.services)
    tab.services.directory.set_presence(person.id, Presence.AWAY,
                                        FIXED_NOW + timedelta(minutes=40), "회의", stand_in.id,
                                        actor=DESK)
    fill(tab, person.id)
    assert tab.form.route() is Route.TARGET


def test_a_department_memo_is_claimed(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, dialogs: Dialogs, qsettings: QSettings
) -> None:
    tab = window.memo_tab
    services = tab.services
    person, colleague = present(services)
    fill(tab, person.id)
    tab.form.set_route(Route.DEPARTMENT)
    save_and_confirm(tab, dialogs)
    (memo_id,) = services.memos.search_ids()
    assert "whole department" in str(tab.list_panel.model.index(
        0, tab.list_panel.model.column_of(MemoColumn.RECIPIENT)).data())
    become(tab, qsettings, colleague.id)
    wait_loaded(tab)
    assert tab.inbox.model.ids() == [memo_id]
    tab.inbox.table.selectRow(0)
    detail = tab.inbox.detail
    assert detail.claim_button.isVisibleTo(detail) and detail.claim_button.isEnabled()
    assert services.memos.get_row(memo_id).read_at is None  # opening is not claiming
    qtbot.mouseClick(detail.claim_button, Qt.MouseButton.LeftButton)
    row = services.memos.get_row(memo_id)
    assert row.target_staff_id == colleague.id and row.status is MemoStatus.READ
    assert not detail.claim_button.isVisibleTo(detail)
    assert "yours" in window.message_bar.text()


def test_transfer_card_is_logged(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = window.memo_tab
    person, _ = present(tab.services)
    fill(tab, person.id)
    card = tab.form.card
    assert card.isVisibleTo(tab.form) and person.direct_line in card.label.text()
    assert not tab.form.where.isVisibleTo(tab.form)
    qtbot.mouseClick(card.told_button, Qt.MouseButton.LeftButton)
    (logged,) = tab.services.memos.recent_transfers()
    assert (logged.staff_id, logged.number_given, logged.caller_name) == (
        person.id, person.direct_line, "김영희")
    assert not card.told_button.isEnabled() and "✓" in card.told_button.text()
    assert person.direct_line in window.message_bar.text()
    assert memo_count(tab.services) == 0  # no memo needed


# --- unread escalation on a clock the test moves ---------------------------------------------


@pytest.fixture
def clocked_window(  # type: ignore[no-untyped-def]
    qtbot, clocked_services: Services, qsettings: QSettings
) -> Iterator[MainWindow]:
    win = MainWindow(clocked_services, qsettings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


def test_an_unread_memo_is_escalated_on_the_heartbeat(
    clocked_window: MainWindow, stepping_clock: SteppingClock, qsettings: QSettings
) -> None:
    tab = clocked_window.memo_tab
    services = tab.services
    person, stand_in = present(services)
    memo = services.memos.record(MemoDraft(
        caller_name="박준호", caller_phone="02-745-3021", called_at=FIXED_NOW,
        message="대관 일정 변경 문의", target_staff_id=person.id), actor=DESK)
    tab.list_panel.reload()
    wait_loaded(tab)
    stepping_clock.advance(timedelta(minutes=29))
    heartbeat(clocked_window)
    assert "Sent" in status_text(tab, memo.id)
    stepping_clock.advance(timedelta(minutes=1))
    heartbeat(clocked_window)
    assert "Escalated" in status_text(tab, memo.id)
    assert "escalated to the stand-in" in clocked_window.message_bar.text()
    model = tab.list_panel.model
    recipient = str(model.index(model.row_of(memo.id),
                                model.column_of(MemoColumn.RECIPIENT)).data())
    assert stand_in.name in recipient
    become(tab, qsettings, stand_in.id)
    wait_loaded(tab)
    assert tab.inbox.model.ids() == [memo.id]


def test_the_badge_counts_down_as_the_clock_moves(
    clocked_window: MainWindow, stepping_clock: SteppingClock
) -> None:
    tab = clocked_window.memo_tab
    person, _ = present(tab.services)
    memo = tab.services.memos.record(MemoDraft(
        caller_name="박준호", caller_phone="02-745-3021", called_at=FIXED_NOW,
        message="대관 일정 변경 문의", target_staff_id=person.id), actor=DESK)
    tab.list_panel.reload()
    wait_loaded(tab)
    model = tab.list_panel.model
    due = model.index(model.row_of(memo.id), model.column_of(MemoColumn.DUE))
    assert str(due.data()).endswith("D-3")
    assert due.data(Qt.ItemDataRole.BackgroundRole) is not None
    stepping_clock.advance(timedelta(days=3, hours=1))  # Friday 11:30, after the 10:30 due
    heartbeat(clocked_window)
    due = model.index(model.row_of(memo.id), model.column_of(MemoColumn.DUE))
    # the label's language follows the UI's (another test may have switched it)
    assert str(due.data()) == {"ko": "⚠ 1시간 초과", "en": "⚠ 1h overdue"}[ui_language()]


def test_f5_starts_the_call_timer_and_stamps_the_call(  # type: ignore[no-untyped-def]
    qtbot, clocked_window: MainWindow, stepping_clock: SteppingClock
) -> None:
    tab = clocked_window.memo_tab
    clocked_window.tabs.setCurrentWidget(tab)
    tab.form.caller_org.setFocus()
    stepping_clock.advance(timedelta(minutes=7))
    qtbot.keyClick(tab.form.caller_org, Qt.Key.Key_F5)
    assert tab.call_bar.running and tab.call_bar.button.text() == "End call (F5)"
    assert tab.form.draft().called_at == FIXED_NOW + timedelta(minutes=7)
    stepping_clock.advance(timedelta(seconds=65))
    tab.call_bar.update_timer()
    assert tab.call_bar.timer_label.text() == "01:05"
    qtbot.mouseClick(tab.call_bar.button, Qt.MouseButton.LeftButton)
    assert not tab.call_bar.running and tab.call_bar.button.text() == "Start call (F5)"


# --- bad input: the message next to the field, the text kept, nothing saved ----------------


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"message": "   "}, "message", "용건"),
        ({"phone": "02-12OO-3456"}, "caller_phone", "010-1234-5678"),
        ({"phone": "", "email": ""}, "caller_phone", "연락처"),
        ({"email": "kim@"}, "caller_email", "이메일"),
        ({"name": ""}, "caller_name", "익명"),
        ({"message": "가" * 10_000}, "message", "2,000자"),
    ],
)
def test_bad_input_is_refused_next_to_the_field(
    window: MainWindow, dialogs: Dialogs, changes: dict[str, str], field: str, words: str
) -> None:
    tab = window.memo_tab
    person, _ = present(tab.services)
    fill(tab, person.id, **changes)
    typed = (tab.form.caller_phone.text(), tab.form.message.toPlainText())
    assert tab.save() is None
    assert words in tab.form.fields.message(field)
    assert tab.form.fields.labels[field].isVisibleTo(tab.form)
    assert (tab.form.caller_phone.text(), tab.form.message.toPlainText()) == typed
    assert tab.form.target.staff_id() == person.id
    assert dialogs.of(ReadBackDialog) == []  # refused before the read-back
    assert memo_count(tab.services) == 0


def test_missing_target_and_a_future_call_time(window: MainWindow, dialogs: Dialogs) -> None:
    tab = window.memo_tab
    fill(tab, None)
    tab.form.set_called_at(FIXED_NOW + timedelta(hours=2))
    tab.save()
    assert "직원" in tab.form.fields.message("target_staff_id")
    assert "미래" in tab.form.fields.message("called_at")
    assert tab.form.caller_name.text() == "김영희"
    assert memo_count(tab.services) == 0


def test_the_counter_warns_past_the_limit(window: MainWindow) -> None:
    form = window.memo_tab.form
    form.message.setPlainText("가" * 2001)
    assert form.counter.text() == "2,001 / 2,000"
    assert "b42318" in form.counter.styleSheet()


def test_emoji_and_mixed_scripts_are_saved_intact(window: MainWindow, dialogs: Dialogs) -> None:
    tab = window.memo_tab
    person, _ = present(tab.services)
    text = "감사합니다 🙏🏽 Thanks — 謝謝, ñ\n두 번째 줄 👨‍👩‍👧"
    fill(tab, person.id, message=text, name="Sarah 김")
    save_and_confirm(tab, dialogs)
    (memo_id,) = tab.services.memos.search_ids()
    stored = tab.services.memos.get(memo_id).memo  # in full, as opening the memo shows it
    assert stored.message == text
    assert stored.caller_name == "Sarah 김"


def test_going_back_from_the_read_back_keeps_everything(
    window: MainWindow, dialogs: Dialogs
) -> None:
    tab = window.memo_tab
    person, _ = present(tab.services)
    fill(tab, person.id)
    tab.save()
    dialogs.reject(ReadBackDialog)
    assert memo_count(tab.services) == 0
    assert tab.form.caller_name.text() == "김영희" and tab.form.target.staff_id() == person.id


def test_locked_database_is_a_message_bar_and_the_text_survives(
    window: MainWindow, dialogs: Dialogs, basedir: Path
) -> None:
    tab = window.memo_tab
    person, _ = present(tab.services)
    fill(tab, person.id, message="잠금 시험 메모")
    blocker = sqlite3.connect(basedir / DATABASE_FILE, timeout=0)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        save_and_confirm(tab, dialogs)  # waits out busy_timeout (5 s), then reports
    finally:
        blocker.rollback()
        blocker.close()
    assert window.message_bar.isVisibleTo(window) and window.message_bar.level == "error"
    assert "사용 중" in window.message_bar.text()
    assert tab.form.message.toPlainText() == "잠금 시험 메모"
    assert tab.form.target.staff_id() == person.id
    assert memo_count(tab.services) == 0
    save_and_confirm(tab, dialogs)  # unlocked: the same text saves
    assert memo_count(tab.services) == 1


# --- more of the staff member's side -------------------------------------------------------


def _recorded(services: Services, target: int, **changes: object) -> int:
    values: dict[str, object] = {
        "caller_name": "이서준", "caller_phone": "010-8812-4471", "called_at": FIXED_NOW,
        "message": "정산 서류 보완 문의", "target_staff_id": target,
        "caller_email": "seojun@example.com",
    }
    values.update(changes)
    return services.memos.record(MemoDraft(**values), actor=DESK).id  # type: ignore[arg-type]


def test_make_a_complaint_emits_the_memo_id(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, dialogs: Dialogs, qsettings: QSettings
) -> None:
    tab = window.memo_tab
    person, _ = present(tab.services)
    _recorded(tab.services, person.id)
    memo_id = _recorded(tab.services, person.id, caller_name="민원인")
    become(tab, qsettings, person.id)
    tab.inbox.open_memo(memo_id)
    with qtbot.waitSignal(tab.complaint_requested) as caught:
        qtbot.mouseClick(tab.inbox.detail.complaint_button, Qt.MouseButton.LeftButton)
    assert caught.args == [memo_id]


def test_the_desk_list_opens_a_memo_with_its_actions(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, dialogs: Dialogs
) -> None:
    tab = window.memo_tab
    person, _ = present(tab.services)
    memo_id = _recorded(tab.services, person.id)
    tab.list_panel.reload()
    wait_loaded(tab)
    emitted: list[int] = []
    tab.complaint_requested.connect(emitted.append)

    tab.list_panel.table.activated.emit(tab.list_panel.model.index(0, 0))
    dialog = dialogs.wait_for(MemoDetailDialog)
    assert "정산 서류" in dialog.view.text.text()
    dialog.view.complaint_button.click()
    assert not dialog.isVisible()
    assert emitted == [memo_id]
    assert tab.services.memos.get_row(memo_id).read_at is None  # the desk is not the reader


def test_the_desk_list_masks_a_caller_the_operator_does_not_handle(  # type: ignore[no-untyped-def]
    qtbot, demo_services: Services, qsettings: QSettings, dialogs: Dialogs
) -> None:
    services = demo_services
    person, _ = present(services)
    memo_id = _recorded(services, person.id)  # taken at the desk PC, for ``person``
    operator = department_of(services, 1)[0]
    desk = Actor("test:desk", operator.id, operator.name, frozenset({Role.DESK}))
    window = MainWindow(services, qsettings, person=SignedInPerson(desk, services.gate))
    qtbot.addWidget(window)
    tab = window.memo_tab
    model = tab.list_panel.model
    wait_loaded(window)

    def cell(column: MemoColumn, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(model.row_of(memo_id), model.column_of(column)).data(role)

    assert (cell(MemoColumn.CALLER), cell(MemoColumn.PHONE)) == ("이*준", "010-****-4471")
    assert "Masked" in str(cell(MemoColumn.CALLER, Qt.ItemDataRole.ToolTipRole))
    assert "정산 서류" in str(cell(MemoColumn.MESSAGE))  # what it is about stays readable

    tab.open_detail(memo_id)  # opening it shows the caller in full
    shown = dialogs.wait_for(MemoDetailDialog).view.text.text()
    assert "이서준" in shown and "010-8812-4471" in shown and "seojun@example.com" in shown

    # The person the memo is for takes the PC over: their list shows the caller in full.
    window.person.switch_to(  # type: ignore[union-attr]
        Actor("test:staff", person.id, person.name, frozenset({Role.STAFF})))
    wait_loaded(window)
    assert (cell(MemoColumn.CALLER), cell(MemoColumn.PHONE)) == ("이서준", "010-8812-4471")
    assert cell(MemoColumn.CALLER, Qt.ItemDataRole.ToolTipRole) == "이서준"
    window.close()


def test_answer_by_email_and_pass_on(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, dialogs: Dialogs, qsettings: QSettings
) -> None:
    tab = window.memo_tab
    services = tab.services
    person, _ = present(services)
    colleague = department_of(services, 3)[0]
    first = _recorded(services, person.id)
    second = _recorded(services, person.id, caller_email="")
    become(tab, qsettings, person.id)

    def email(dialog: EmailReplyDialog) -> None:
        assert dialog.email.text() == "seojun@example.com"
        dialog.note.setPlainText("영수증 목록 보냄")

    def pass_on(dialog: ForwardDialog) -> None:
        dialog.save()
        assert dialog.fields.message("reason") and dialog.fields.message("to_staff_id")
        dialog.colleague.set_staff(colleague.id)
        dialog.reason.setText("해외 레지던시 담당 아님")

    tab.inbox.open_memo(first)
    tab.inbox.detail.email_button.click()
    dialogs.accept(EmailReplyDialog, fill=email)
    assert services.memos.get_row(first).done_via == "email"
    assert "Answered by e-mail" in window.message_bar.text()
    tab.inbox.open_memo(second)
    tab.inbox.detail.forward_button.click()
    dialogs.accept(ForwardDialog, fill=pass_on)
    assert services.memos.get_row(second).target_staff_id == colleague.id
    wait_loaded(tab)
    assert tab.inbox.model.ids() == []
    history = tab.inbox.detail.text.text()
    assert "해외 레지던시 담당 아님" in history and colleague.name in history


def test_the_memo_slip_is_saved_as_a_pdf(
    window: MainWindow, qsettings: QSettings, tmp_path: Path
) -> None:
    tab = window.memo_tab
    person, _ = present(tab.services)
    memo_id = _recorded(tab.services, person.id, message="슬립 인쇄 🙏 시험")
    become(tab, qsettings, person.id)
    tab.inbox.open_memo(memo_id)
    path = tmp_path / "memo.pdf"
    tab.inbox.detail.save_pdf(path)
    assert path.exists() and path.stat().st_size > 1000
    assert path.read_bytes().startswith(b"%PDF")
    assert "memo.pdf" in window.message_bar.text()
    with tab.services.uow.read() as session:  # the caller's data left the screen
        saved = session.scalars(select(AccessRecord).where(
            AccessRecord.action == "export")).all()
    assert [(r.entity, r.entity_id) for r in saved] == [("memo", memo_id)]


def test_caller_history_appears_while_typing_the_number(
    window: MainWindow, dialogs: Dialogs
) -> None:
    tab = window.memo_tab
    person, _ = present(tab.services)
    _recorded(tab.services, person.id, called_at=FIXED_NOW - timedelta(days=1))
    form = tab.form
    form.caller_phone.setText("01088124471")
    form.show_history()
    assert form.history.count() == 1 and "이서준" in form.history.item(0).text()
    assert "1" in form.history_label.text()
    form.clear()
    assert form.history.count() == 0


def test_search_and_filters_run_in_the_database(window: MainWindow) -> None:
    tab = window.memo_tab
    person, _ = present(tab.services)
    other, _ = present(tab.services, 4)
    a = _recorded(tab.services, person.id)
    b = _recorded(tab.services, other.id, caller_name="김나연", caller_phone="031-111-2222")
    panel = tab.list_panel
    panel.search.setText("2222")
    panel.reload()
    wait_loaded(panel)
    assert panel.model.ids() == [b]
    panel.search.setText("서준")
    panel.reload()
    wait_loaded(panel)
    assert panel.model.ids() == [a]
    panel.search.clear()
    panel.department_filter.setCurrentIndex(panel.department_filter.findData(
        other.department_id))
    wait_loaded(panel)
    assert panel.model.ids() == [b]
    panel.department_filter.setCurrentIndex(0)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(MemoStatus.DONE.value))
    wait_loaded(panel)
    assert panel.model.ids() == []
    assert panel.count_label.text() == "0 memos"


def test_the_list_fetches_rows_in_pages(window: MainWindow) -> None:
    tab = window.memo_tab
    person, _ = present(tab.services)
    for number in range(130):
        _recorded(tab.services, person.id, caller_name=f"발신자{number}")
    model = tab.list_panel.model
    tab.list_panel.reload()
    wait_loaded(tab)
    model.set_ids(model.ids())
    assert model.rowCount() == 130 and model.loaded_count() == 0
    model.index(0, 0).data()
    assert model.loaded_count() == 100


# --- settings ------------------------------------------------------------------------------


def test_choosing_this_pc_s_staff_changes_inbox_and_greeting(
    window: MainWindow, dialogs: Dialogs, qsettings: QSettings
) -> None:
    tab = window.memo_tab
    person, _ = present(tab.services)
    assert "[부서] [이름]" in tab.call_bar.greeting.text()

    def choose(dialog: IdentityDialog) -> None:
        dialog.staff.setText("없는 사람")
        dialog.save()
        assert dialog.fields.message("staff_id")
        dialog.staff.set_staff(person.id)

    tab.identity_action.trigger()
    dialogs.accept(IdentityDialog, fill=choose)
    assert current_staff_id(qsettings) == person.id
    assert person.name in tab.call_bar.greeting.text()
    wait_loaded(tab)
    assert person.name in tab.inbox.who.text()


def test_greeting_and_escalation_settings(window: MainWindow, dialogs: Dialogs) -> None:
    tab = window.memo_tab

    def edit(dialog: DeskSettingsDialog) -> None:
        assert dialog.minutes.value() == 30
        dialog.greeting.setPlainText("  ")
        dialog.save()
        assert dialog.fields.message("greeting_script")
        dialog.greeting.setPlainText("네, {agency} 안내데스크입니다.")
        dialog.minutes.setValue(45)

    tab.desk_settings_action.trigger()
    dialogs.accept(DeskSettingsDialog, fill=edit)
    assert "Phone desk settings saved" in window.message_bar.text()
    assert tab.call_bar.greeting.text() == "네, 한국문화예술위원회 안내데스크입니다."
    assert tab.services.memos.escalation_minutes() == 45


def test_the_agency_adds_a_reason_and_the_form_offers_it(
    window: MainWindow, dialogs: Dialogs
) -> None:
    tab = window.memo_tab
    urgent = tab.services.memos.reasons()[5]
    assert urgent.code == "urgent"

    def add(dialog: MemoReasonsDialog) -> None:
        assert dialog.reasons.count() == 6
        dialog.add_reason()
        assert dialog.fields.message("label_ko")
        dialog.label_ko.setText("자료 요청")
        dialog.add_reason()
        assert dialog.reasons.count() == 7
        dialog.reasons.item(5).setCheckState(Qt.CheckState.Unchecked)  # hide 긴급

    tab.reasons_action.trigger()
    dialogs.reject(MemoReasonsDialog, fill=add)  # Close
    labels = [box.text() for box in tab.form.reason_boxes.values()]
    assert "자료 요청" in labels and len(labels) == 6
    assert urgent.label(ui_language()) not in labels


def test_a_read_receipt_from_the_staff_pc_reaches_the_desk_list_at_once(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, basedir: Path
) -> None:
    from tests.conftest import fixed_clock
    from tests.signed_in import open_signed_in

    tab = window.memo_tab
    person, _ = present(tab.services)
    memo_id = _recorded(tab.services, person.id)
    tab.list_panel.reload()
    wait_loaded(tab)
    status_column = tab.list_panel.model.column_of(MemoColumn.STATUS)

    def status_cell() -> str:
        row = tab.list_panel.model.row_of(memo_id)
        return str(tab.list_panel.model.index(row, status_column).data())

    before = status_cell()
    staff_pc = open_signed_in(basedir, clock=fixed_clock)  # the colleague's own PC
    try:
        staff_pc.memos.open_memo(memo_id, actor=acting(staff_pc, person.id))
    finally:
        staff_pc.close()
    qtbot.waitUntil(lambda: status_cell() != before, timeout=2000)  # no heartbeat needed
    assert tab.list_panel.model.record(tab.list_panel.model.row_of(memo_id)).read_at


def test_caller_history_also_lists_their_visits_and_complaints(
    window: MainWindow, dialogs: Dialogs
) -> None:
    from arco_desk.domain.complaint_intake import ComplaintDraft
    from arco_desk.domain.reception import VisitorDraft, WalkInDraft

    services = window.services
    person, _ = present(services)
    _recorded(services, person.id, called_at=FIXED_NOW - timedelta(days=1))
    services.reception.register_walk_in(
        WalkInDraft(VisitorDraft("이서준", "", "010-8812-4471"), person.id, "지원금 정산 상담"),
                                        actor=DESK)
    complaint_id = services.complaints.register(ComplaintDraft(
        channel="phone", kind_code="inquiry", citizen_name="이서준",
        citizen_phone="010-8812-4471", title="정산 서류 반려 문의", content="반려 사유 문의",
        received_at=FIXED_NOW), actor=DESK)
    form = window.memo_tab.form
    form.caller_phone.setText("01088124471")
    form.show_history()
    texts = [form.history.item(i).text() for i in range(form.history.count())]
    assert len(texts) == 3
    assert "지원금 정산 상담" in texts[1]
    assert f"#{complaint_id}" in texts[2] and "정산 서류 반려 문의" in texts[2]
    label = form.history_label.text()
    assert "1" in label and label.count("1") >= 3  # 1 memo · 1 visit · 1 complaint
    form.history.itemActivated.emit(form.history.item(2))  # shown, not opened: no error
