"""The 민원 tab: intake with the deadline shown live, every step of the lifecycle through its
dialog, refusals next to their field with the typed text kept, the title counts."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialog
from sqlalchemy import event, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from arco_desk.domain.calendar_business import SEOUL
from arco_desk.domain.complaint_deadline import deadline_rule
from arco_desk.domain.complaints import ComplaintAction, ComplaintStatus
from arco_desk.domain.deadlines import Period, countdown
from arco_desk.services.complaint_records import ComplaintRow
from arco_desk.services.complaints import ComplaintService
from arco_desk.services.container import DATABASE_FILE, Services
from arco_desk.store.models import Complaint, PhoneMemo, Staff, Visit, Visitor
from arco_desk.ui.common.identity import set_current_staff_id
from arco_desk.ui.common.messages import render
from arco_desk.ui.complaints.complaint_assign_dialog import AssignDialog
from arco_desk.ui.complaints.complaint_intake import ComplaintIntakeDialog
from arco_desk.ui.complaints.complaint_model import ComplaintTableModel
from arco_desk.ui.complaints.complaint_steps import (
    AnswerDialog,
    CloseDialog,
    DelayNoticeDialog,
    FollowUpDialog,
    PauseDialog,
    ResumeDialog,
)
from arco_desk.ui.complaints.complaint_tab import ComplaintTab
from arco_desk.ui.complaints.complaint_text import moment_of, set_moment
from arco_desk.ui.shell.main_window import MainWindow
from tests.actors import DESK, acting
from tests.clock import SteppingClock
from tests.conftest import FIXED_NOW
from tests.ui.conftest import Dialogs, heartbeat
from tests.ui.lists import wait_loaded
from tests.words import HANGUL, korean


def seoul(*args: int) -> datetime:
    return datetime(*args, tzinfo=SEOUL)  # type: ignore[misc]


def staff(services: Services, index: int) -> Staff:
    with services.uow.read() as session:
        return session.scalars(select(Staff).order_by(Staff.id)).all()[index]


@pytest.fixture
def desk(qtbot, clocked_services: Services, qsettings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window in English on the demo directory, a clock the test moves, and this
    PC's staff profile set (the operator)."""
    set_current_staff_id(qsettings, staff(clocked_services, 0).id)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.SouthKorea))
    win = MainWindow(clocked_services, qsettings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    wait_loaded(win)
    yield win
    QLocale.setDefault(previous)


def tab_of(win: MainWindow) -> ComplaintTab:
    tab = win.complaint_tab
    assert isinstance(tab, ComplaintTab)
    wait_loaded(tab)
    return tab


def open_intake(dialogs: Dialogs, tab: ComplaintTab) -> ComplaintIntakeDialog:
    tab.new_button.click()
    return dialogs.wait_for(ComplaintIntakeDialog)


def fill_intake(dialog: ComplaintIntakeDialog, kind: str = "petition") -> None:
    dialog.channel.setCurrentIndex(dialog.channel.findData("letter"))
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.citizen_name.setText("홍길동")
    dialog.citizen_phone.setText("010-1234-5678")
    dialog.citizen_address.setText("서울 종로구 대학로 57")
    dialog.title_edit.setText("공연장 소음 민원")
    dialog.content.setPlainText("저녁 공연 때 주변 소음이 심합니다.")


def register(dialogs: Dialogs, tab: ComplaintTab, kind: str = "petition") -> int:
    dialog = open_intake(dialogs, tab)
    fill_intake(dialog, kind)
    dialog.save()
    assert dialog.saved_id is not None, dialog.message_bar.text()
    wait_loaded(tab)
    return dialog.saved_id


def step(dialogs: Dialogs, tab: ComplaintTab, action: ComplaintAction) -> QDialog:
    wait_loaded(tab)
    button = tab.buttons[action]
    assert button.isEnabled(), action
    button.click()
    return dialogs.wait_for(QDialog)


# --- intake ---------------------------------------------------------------------------------------


def test_the_deadline_shown_for_each_kind_equals_the_engines(
    desk: MainWindow, dialogs: Dialogs
) -> None:
    tab = tab_of(desk)
    services = tab.services
    dialog = open_intake(dialogs, tab)
    cal = services.calendar.business_calendar()
    assert not dialog.deadline_badge.isVisible()
    for received in (FIXED_NOW, seoul(2026, 11, 20, 17, 30), seoul(2026, 11, 23, 12)):
        set_moment(dialog.received_at, received)
        for kind in services.complaints.kinds():
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind.code))
            due = cal.due(received, kind.period)
            assert dialog.deadline_rule.text() == render(deadline_rule(kind.period, due))
            assert dialog.deadline_badge.isVisible() and dialog.deadline_badge.text()
    set_moment(dialog.received_at, seoul(2026, 2, 12, 10))
    dialog.kind.setCurrentIndex(dialog.kind.findData("petition"))
    assert dialog.deadline_rule.text() == "7 working days, first day counted → 25 Feb 18:00"
    assert "overdue" in dialog.deadline_badge.text()  # received in February: long overdue


def test_the_rule_in_words_in_korean(  # type: ignore[no-untyped-def]
    qtbot, desk: MainWindow
) -> None:
    tab = tab_of(desk)
    QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
    dialog = ComplaintIntakeDialog(tab.complaints, tab.actor, tab.services.directory,
                                   tab.services.submissions, None, tab)
    qtbot.addWidget(dialog)
    set_moment(dialog.received_at, seoul(2026, 2, 12, 10))
    dialog.kind.setCurrentIndex(dialog.kind.findData("petition"))
    assert dialog.deadline_rule.text() == "7근무일, 첫날 산입 → 2월 25일 18:00"
    cal = tab.services.calendar.business_calendar()
    late = countdown(cal, seoul(2026, 2, 25, 18), FIXED_NOW, Period.parse("7d"))
    assert dialog.deadline_badge.text() == f"⚠ {korean(late.words)}"
    assert korean(late.words).endswith("일 초과")


def test_intake_refusals_sit_next_to_their_field_and_the_text_stays(
    desk: MainWindow, dialogs: Dialogs
) -> None:
    tab = tab_of(desk)
    dialog = open_intake(dialogs, tab)
    dialog.citizen_name.setText("김민원")
    dialog.content.setPlainText("내용은 있습니다")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    for field in ("channel", "kind_code", "citizen_phone", "title"):
        assert dialog.fields.labels[field].isVisibleTo(dialog), field
    assert "no way to reply" in dialog.fields.message("citizen_phone")
    assert (dialog.citizen_name.text(), dialog.content.toPlainText()) == (
        "김민원", "내용은 있습니다")
    fill_intake(dialog)
    set_moment(dialog.received_at, FIXED_NOW + timedelta(hours=2))
    dialog.citizen_email.setText("not-an-email")
    dialog.save()
    assert "has not come yet" in dialog.fields.message("received_at")
    assert "e-mail address" in dialog.fields.message("citizen_email")
    assert not dialog.fields.labels["channel"].isVisibleTo(dialog)
    assert tab.services.complaints.list_ids() == []
    set_moment(dialog.received_at, FIXED_NOW)
    dialog.citizen_email.clear()
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(tab.services.complaints.list_ids()) == 1
    wait_loaded(tab)
    assert tab.model.rowCount() == 1


def test_an_unreadable_standard_is_said_under_the_kind(
    qtbot, desk: MainWindow, basedir: Path  # type: ignore[no-untyped-def]
) -> None:
    tab = tab_of(desk)
    broken = basedir / "service_standard.toml"
    broken.write_text("default_kind = 3\n", "utf-8")
    from arco_desk.domain.standard import load_standard

    complaints = ComplaintService(tab.services.uow, tab.services.calendar,
                                  basedir / "attachments", tab.services.clock,
                                  standard=lambda: load_standard(broken))
    dialog = ComplaintIntakeDialog(complaints, tab.actor, tab.services.directory,
                                   tab.services.submissions, None, tab)
    qtbot.addWidget(dialog)
    assert "service_standard.toml" in dialog.fields.message("kind_code")
    fill_intake(dialog)
    dialog.save()
    assert "service_standard.toml" in dialog.fields.message("kind_code")
    assert dialog.citizen_name.text() == "홍길동"


def test_attachments_and_assignment_at_intake(
    desk: MainWindow, tmp_path: Path, dialogs: Dialogs
) -> None:
    tab = tab_of(desk)
    scan = tmp_path / "민원서 스캔.pdf"
    scan.write_bytes(b"%PDF")
    dialog = open_intake(dialogs, tab)
    fill_intake(dialog)
    dialog.add_files([str(scan)])
    dialog.assignee.suggest("고객소통팀")
    assert dialog.assignee.choose_first()
    chosen = dialog.assignee.chosen()
    assert chosen is not None
    assert dialog.department.currentData() == chosen.department_id
    dialog.save()
    assert dialog.saved_id is not None
    detail = tab.services.complaints.get(dialog.saved_id)
    assert detail.row.assignee_id == chosen.id
    assert [a.original_name for a in detail.attachments] == ["민원서 스캔.pdf"]
    assert "민원서 스캔.pdf" in tab.detail.text()


def test_locked_database_is_a_message_bar_and_the_text_survives(
    desk: MainWindow, basedir: Path
, dialogs: Dialogs) -> None:
    tab = tab_of(desk)
    dialog = open_intake(dialogs, tab)
    fill_intake(dialog)
    blocker = sqlite3.connect(basedir / DATABASE_FILE, timeout=0)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        dialog.save()  # waits out busy_timeout (5 s), then reports
    finally:
        blocker.rollback()
        blocker.close()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message_bar.isVisibleTo(dialog)
    assert "busy with another task" in dialog.message_bar.text()  # the window is in English
    assert dialog.title_edit.text() == "공연장 소음 민원"
    assert dialog.content.toPlainText() == "저녁 공연 때 주변 소음이 심합니다."
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted


# --- the lifecycle, step by step ------------------------------------------------------------------


def test_intake_assign_pause_delay_answer_follow_up_close(
    desk: MainWindow, stepping_clock: SteppingClock
, dialogs: Dialogs) -> None:
    tab = tab_of(desk)
    services = tab.services
    operator, handler = staff(services, 0), staff(services, 9)
    complaint_id = register(dialogs, tab)
    assert tab.current is not None and tab.current.id == complaint_id
    assert "D-8" in tab.detail.badge.text()

    assign = step(dialogs, tab, ComplaintAction.ASSIGN)
    assert isinstance(assign, AssignDialog) and not assign.reassigning
    assign.assignee.set_staff(handler.id)
    assign.save()
    assert tab.current.row.status is ComplaintStatus.ASSIGNED
    assert tab.buttons[ComplaintAction.ASSIGN].text() == "Re&assign…"

    tab.buttons[ComplaintAction.START].click()
    assert tab.current.row.status is ComplaintStatus.IN_PROGRESS

    pause = step(dialogs, tab, ComplaintAction.PAUSE)
    assert isinstance(pause, PauseDialog)
    pause.request.setPlainText("공연 계약서 사본")
    pause.save()
    assert tab.current.row.paused
    assert "awaiting supplement" in tab.detail.badge.text()
    assert not tab.buttons[ComplaintAction.DELAY_NOTICE].isEnabled()

    stepping_clock.advance(timedelta(days=1))  # Wednesday 10:30: 8 working hours paused
    desk.tick()
    wait_loaded(desk)
    resume = step(dialogs, tab, ComplaintAction.RESUME)
    assert isinstance(resume, ResumeDialog)
    assert "paused 1d of working time" in resume.preview.text()
    resume.received_note.setText("이메일로 도착")
    resume.save()
    assert tab.current.row.deadline == seoul(2026, 12, 3, 18)
    assert "1d of working time" in tab.detail.text()

    stepping_clock.set(seoul(2026, 12, 2, 11))
    desk.tick()
    wait_loaded(desk)
    notice = step(dialogs, tab, ComplaintAction.DELAY_NOTICE)
    assert isinstance(notice, DelayNoticeDialog)
    assert not notice.consent.isVisibleTo(notice)
    notice.reason.setPlainText("현장 확인이 필요합니다")
    notice.method.setCurrentIndex(notice.method.findData("phone"))
    set_moment(notice.new_due, seoul(2026, 12, 10, 18))
    notice.save()
    assert tab.current.row.deadline == seoul(2026, 12, 10, 18)
    assert tab.model.data(tab.model.index(0, ComplaintTableModel.DEADLINE)).endswith("⟲")

    stepping_clock.set(seoul(2026, 12, 9, 15))
    answer = step(dialogs, tab, ComplaintAction.ANSWER)
    assert isinstance(answer, AnswerDialog)
    assert answer.responder.staff_id() == handler.id  # the assignee by default
    assert handler.name in answer.real_name.text()
    answer.text.setPlainText("소음 저감 조치를 했습니다.")
    answer.save()
    assert tab.current.row.status is ComplaintStatus.ANSWERED
    assert "answered in time" in tab.detail.badge.text()
    wait_loaded(tab)
    assert tab.model.rowCount() == 0  # the open list no longer holds it
    assert tab.current.id == complaint_id  # but it stays in view for the next step

    follow = step(dialogs, tab, ComplaintAction.FOLLOW_UP)
    assert isinstance(follow, FollowUpDialog)
    follow.outcome.setCurrentIndex(follow.outcome.findData("no_further_questions"))
    follow.save()
    close = step(dialogs, tab, ComplaintAction.CLOSE)
    assert isinstance(close, CloseDialog)
    close.save()
    assert tab.current.row.status is ComplaintStatus.CLOSED
    history = [(e.kind.value, e.actor_name) for e in tab.current.events]
    assert history == [
        ("received", operator.name), ("assigned", operator.name), ("started", operator.name),
        ("pause", operator.name), ("resumed", operator.name), ("delay_notice", operator.name),
        ("answered", operator.name), ("follow_up", operator.name), ("closed", operator.name)]
    text = tab.detail.text()
    for words in ("Delay notice", "현장 확인이 필요합니다", f"in the name of {handler.name}",
                  "Reached · no further questions", "공연 계약서 사본"):
        assert words in text, words
    assert not any(button.isEnabled() for button in tab.buttons.values())


def test_a_delay_notice_after_the_deadline_is_refused_with_the_reason(
    desk: MainWindow, stepping_clock: SteppingClock
, dialogs: Dialogs) -> None:
    tab = tab_of(desk)
    complaint_id = register(dialogs, tab, "confirmation")  # due today 14:30
    stepping_clock.set(seoul(2026, 11, 24, 15))
    desk.tick()
    wait_loaded(desk)
    notice = step(dialogs, tab, ComplaintAction.DELAY_NOTICE)
    assert isinstance(notice, DelayNoticeDialog)
    refusal = notice.fields.message("new_due")
    assert "has already passed" in refusal and "24 Nov 14:30" in refusal
    assert not HANGUL.search(refusal)  # the English UI words the domain's refusal in English
    notice.reason.setPlainText("늦게 알았습니다")
    notice.method.setCurrentIndex(notice.method.findData("email"))
    notice.save()
    assert notice.result() != QDialog.DialogCode.Accepted
    assert notice.fields.message("new_due") == refusal
    assert notice.reason.toPlainText() == "늦게 알았습니다"
    row = tab.services.complaints.get(complaint_id).row
    assert not row.extended
    assert "overdue" in tab.detail.badge.text()


def test_step_refusals_keep_the_dialog_and_the_text(
    desk: MainWindow, stepping_clock: SteppingClock
, dialogs: Dialogs) -> None:
    tab = tab_of(desk)
    services = tab.services
    register(dialogs, tab)
    assign = step(dialogs, tab, ComplaintAction.ASSIGN)
    assert isinstance(assign, AssignDialog)
    assign.save()  # nobody chosen
    assert "a person or a department" in assign.fields.message("assignee_id")
    assign.assignee.setText("아무개")
    assign.save()
    assert "suggestions" in assign.fields.message("assignee_id")
    assign.assignee.set_staff(staff(services, 3).id)
    assign.save()
    reassign = step(dialogs, tab, ComplaintAction.ASSIGN)
    assert isinstance(reassign, AssignDialog) and reassign.reassigning
    reassign.assignee.set_staff(staff(services, 40).id)
    reassign.save()
    assert "why it is reassigned" in reassign.fields.message("reason")
    assert reassign.assignee.staff_id() == staff(services, 40).id
    reassign.reject()

    tab.buttons[ComplaintAction.START].click()
    notice = step(dialogs, tab, ComplaintAction.DELAY_NOTICE)
    assert isinstance(notice, DelayNoticeDialog)
    notice.reason.setPlainText("자문 필요")
    notice.method.setCurrentIndex(notice.method.findData("letter"))
    set_moment(notice.new_due, seoul(2026, 12, 14, 18))  # past 11 December 18:00
    notice.save()
    assert "11 Dec 18:00 at the latest" in notice.fields.message("new_due")
    assert notice.reason.toPlainText() == "자문 필요"
    notice.reject()

    answer = step(dialogs, tab, ComplaintAction.ANSWER)
    assert isinstance(answer, AnswerDialog)
    answer.channel.setCurrentIndex(answer.channel.findData("email"))
    answer.text.setPlainText("답변 초안")
    answer.save()
    assert "no e-mail address" in answer.fields.message("channel")
    set_moment(answer.answered_at, stepping_clock() + timedelta(hours=1))
    answer.save()
    assert "in the future" in answer.fields.message("answered_at")
    assert answer.text.toPlainText() == "답변 초안"
    answer.reject()

    pause = step(dialogs, tab, ComplaintAction.PAUSE)
    assert isinstance(pause, PauseDialog)
    pause.save()
    assert "asked of the citizen" in pause.fields.message("request")
    assert tab.services.complaints.get(tab.current.id).row.status is ComplaintStatus.IN_PROGRESS  # type: ignore[union-attr]


def test_a_second_delay_notice_asks_for_consent(
    desk: MainWindow, stepping_clock: SteppingClock
, dialogs: Dialogs) -> None:
    tab = tab_of(desk)
    complaint_id = register(dialogs, tab)
    complaints = tab.services.complaints
    complaints.delay_notice(complaint_id, "자문", seoul(2026, 12, 9, 18), "phone", actor=DESK)
    tab.reload(select_id=complaint_id)
    wait_loaded(tab)
    notice = step(dialogs, tab, ComplaintAction.DELAY_NOTICE)
    assert isinstance(notice, DelayNoticeDialog)
    assert notice.consent.isVisibleTo(notice)
    notice.reason.setPlainText("외부 자문 지연")
    notice.method.setCurrentIndex(notice.method.findData("phone"))
    set_moment(notice.new_due, seoul(2026, 12, 15, 18))
    notice.save()
    assert "consent" in notice.fields.message("consent")
    notice.consent.setChecked(True)
    notice.save()
    assert notice.result() == QDialog.DialogCode.Accepted
    assert tab.current is not None and tab.current.delay_notices == 2
    assert "citizen consented" in tab.detail.text()


# --- lists, title, from memo and visit ------------------------------------------------------------


def test_the_title_counts_overdue_and_today_and_follows_the_clock(
    desk: MainWindow, stepping_clock: SteppingClock
) -> None:
    tab = tab_of(desk)
    index = desk.tabs.indexOf(tab)
    assert desk.tabs.tabText(index) == "Complaints"
    complaints = tab.services.complaints
    base = dict(channel="letter", citizen_name="가", citizen_phone="010-1111-2222", title="t",
                content="c")
    from arco_desk.domain.complaint_intake import ComplaintDraft

    complaints.register(ComplaintDraft(kind_code="petition", received_at=seoul(2026, 11, 2, 9),
                                       **base), actor=DESK)  # type: ignore[arg-type]
    complaints.register(ComplaintDraft(kind_code="confirmation", **base),
                        actor=DESK)  # type: ignore[arg-type]
    complaints.register(ComplaintDraft(kind_code="fact_certificate", **base),
                        actor=DESK)  # type: ignore[arg-type]
    tab.reload()
    wait_loaded(tab)
    assert tab.model.rowCount() == 3
    desk.tick()
    wait_loaded(desk)
    assert desk.tabs.tabText(index) == "Complaints (1 overdue · 2 today)"
    stepping_clock.set(seoul(2026, 11, 24, 14, 40))
    desk.tick()
    wait_loaded(desk)
    assert desk.tabs.tabText(index) == "Complaints (3 overdue)"
    badges = [tab.model.data(tab.model.index(r, 0)) for r in range(tab.model.rowCount())]
    assert all(text.startswith("⚠") for text in badges)


def test_filters_and_search_run_in_the_database(  # type: ignore[no-untyped-def]
    qtbot, desk: MainWindow, dialogs: Dialogs
) -> None:
    tab = tab_of(desk)
    first = register(dialogs, tab)
    dialog = open_intake(dialogs, tab)
    fill_intake(dialog, "confirmation")
    dialog.title_edit.setText("지원사업 확인서 발급")
    dialog.channel.setCurrentIndex(dialog.channel.findData("homepage"))
    dialog.save()
    second = dialog.saved_id
    wait_loaded(tab)
    assert tab.model.ids() == [second, first]  # by deadline: today 14:30 before 2 December
    tab.search.setText("확인서")
    qtbot.waitUntil(lambda: tab.model.ids() == [second])
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.channel.setCurrentIndex(tab.channel.findData("letter"))
    wait_loaded(tab)
    assert tab.model.ids() == [first]
    tab.channel.setCurrentIndex(0)
    wait_loaded(tab)
    tab.urgency.setCurrentIndex(tab.urgency.findData("due_today"))
    wait_loaded(tab)
    assert tab.model.ids() == [second]
    tab.urgency.setCurrentIndex(0)
    wait_loaded(tab)
    tab.kind.setCurrentIndex(tab.kind.findData("petition"))
    wait_loaded(tab)
    assert tab.model.ids() == [first]
    assert "1 complaints" in tab.count_label.text()


def test_rows_are_fetched_in_pages(desk: MainWindow, dialogs: Dialogs) -> None:
    tab = tab_of(desk)
    for _ in range(3):
        register(dialogs, tab)
    tab.model.set_ids(tab.model.ids())
    assert tab.model.loaded_count() == 0
    tab.model.index(0, 0).data()
    assert tab.model.loaded_count() == 3


def test_start_from_a_phone_memo_prefills_the_intake(desk: MainWindow, dialogs: Dialogs) -> None:
    tab = tab_of(desk)
    services = tab.services
    target = staff(services, 12)
    called = seoul(2026, 11, 23, 16, 40, 30)
    with services.uow.write() as session:
        memo = PhoneMemo(caller_name="박민원", caller_phone="010-2222-3333", called_at=called,
                         message="대관료 환불을 요청합니다", target_staff_id=target.id)
        session.add(memo)
        session.flush()
        memo_id = memo.id
    tab.start_from_memo(memo_id)
    dialog = dialogs.wait_for(ComplaintIntakeDialog)
    assert "phone memo" in dialog.windowTitle()
    assert (dialog.citizen_name.text(), dialog.citizen_phone.text(), dialog.title_edit.text()) == (
        "박민원", "010-2222-3333", "대관료 환불을 요청합니다")
    assert dialog.channel.currentData() == "phone"
    assert moment_of(dialog.received_at) == called  # the time of the call, to the second
    assert dialog.assignee.staff_id() == target.id
    dialog.kind.setCurrentIndex(dialog.kind.findData("inquiry"))
    dialog.save()
    assert dialog.saved_id is not None
    with services.uow.read() as session:
        saved = session.get(Complaint, dialog.saved_id)
        assert saved is not None
        assert (saved.source_memo_id, saved.received_at, saved.assignee_id) == (
            memo_id, called, target.id)
    assert "phone memo #" in tab.detail.text()


def test_start_from_a_visit_prefills_the_intake(desk: MainWindow, dialogs: Dialogs) -> None:
    tab = tab_of(desk)
    services = tab.services
    arrived = seoul(2026, 11, 24, 9, 10)
    with services.uow.write() as session:
        visitor = Visitor(name="최방문", phone="02-760-4500")
        session.add(visitor)
        session.flush()
        visit = Visit(visitor_id=visitor.id, purpose="지원사업 상담",
                      requests="심사 결과 이의 신청", arrived_at=arrived)
        session.add(visit)
        session.flush()
        visit_id = visit.id
    tab.start_from_visit(visit_id)
    dialog = dialogs.wait_for(ComplaintIntakeDialog)
    assert dialog.channel.currentData() == "visit"
    assert moment_of(dialog.received_at) == arrived
    assert dialog.title_edit.text() == "심사 결과 이의 신청"
    dialog.kind.setCurrentIndex(dialog.kind.findData("petition"))
    dialog.save()
    assert dialog.saved_id is not None
    assert services.complaints.get(dialog.saved_id).source_visit_id == visit_id


def test_start_from_a_missing_memo_is_a_message(desk: MainWindow, dialogs: Dialogs) -> None:
    tab = tab_of(desk)
    tab.start_from_memo(4242)
    assert dialogs.of(ComplaintIntakeDialog) == []
    assert desk.message_bar.isVisibleTo(desk)
    assert "The phone memo was not found" in desk.message_bar.text()  # in English


def test_a_complaint_that_leaves_the_list_stays_in_view_until_a_row_is_chosen(
    desk: MainWindow, dialogs: Dialogs,
) -> None:
    tab = tab_of(desk)
    services = tab.services
    other = register(dialogs, tab)
    worked = register(dialogs, tab, "confirmation")
    services.complaints.assign(worked, staff(services, 2).id, actor=DESK)
    services.complaints.start(worked, actor=DESK)
    tab.reload(select_id=worked)
    wait_loaded(tab)
    answer = step(dialogs, tab, ComplaintAction.ANSWER)
    assert isinstance(answer, AnswerDialog)
    answer.text.setPlainText("확인해 드렸습니다.")
    answer.channel.setCurrentIndex(answer.channel.findData("phone"))
    answer.save()
    wait_loaded(tab)
    assert tab.model.ids() == [other]
    assert tab.current is not None and tab.current.id == worked
    assert not tab.table.selectionModel().hasSelection()
    tab.table.selectRow(0)
    assert tab.current is not None and tab.current.id == other


def test_the_heartbeat_picks_up_complaints_registered_elsewhere(
    desk: MainWindow, dialogs: Dialogs
) -> None:
    tab = tab_of(desk)
    first = register(dialogs, tab)
    from arco_desk.domain.complaint_intake import ComplaintDraft

    elsewhere = tab.services.complaints.register(ComplaintDraft(
        channel="homepage", kind_code="confirmation", citizen_name="다른PC",
        citizen_email="x@y.kr", title="다른 PC에서 접수", content="내용"), actor=DESK)
    assert tab.model.ids() == [first]
    heartbeat(desk)  # the change feed brings it; the tick itself queries no list
    assert tab.model.ids() == [elsewhere, first]
    assert tab.current is not None and tab.current.id == first  # the selection stays


def test_a_step_made_elsewhere_comes_with_the_lists_read_not_in_the_paint(
    desk: MainWindow, dialogs: Dialogs
) -> None:
    """The change record is applied by a read in the background that brings the shown
    rows with the ids; the detail pane follows, read in the background too (§18)."""
    tab = tab_of(desk)
    complaint_id = register(dialogs, tab)
    tab.reload(select_id=complaint_id)
    wait_loaded(tab)
    on_the_gui_thread: list[bool] = []
    fetch = tab.model._fetch

    def counted(ids: Sequence[int]) -> list[ComplaintRow]:
        on_the_gui_thread.append(threading.current_thread() is threading.main_thread())
        return fetch(ids)
    tab.model._fetch = counted  # type: ignore[method-assign]
    tab.services.complaints.assign(complaint_id, staff(tab.services, 2).id, actor=DESK)
    desk.changes_now()
    wait_loaded(tab)
    assert on_the_gui_thread == [False]  # no page fetched in a paint: read with the ids
    assert tab.model.loaded_count() == 1
    row = tab.model.record(0)
    assert row is not None and row.status is ComplaintStatus.ASSIGNED
    assert tab.current is not None and tab.current.row.status is ComplaintStatus.ASSIGNED


# --- two PCs, one complaint -------------------------------------------------------------------


def test_a_reassignment_made_elsewhere_meanwhile_is_said_and_saving_again_reassigns(
    desk: MainWindow, dialogs: Dialogs
) -> None:
    tab = tab_of(desk)
    services = tab.services
    first, mover, theirs, mine = (staff(services, i) for i in (3, 1, 5, 40))
    complaint_id = register(dialogs, tab)
    services.complaints.assign(complaint_id, first.id, actor=DESK)
    tab.reload(select_id=complaint_id)
    wait_loaded(tab)
    dialog = step(dialogs, tab, ComplaintAction.ASSIGN)
    assert isinstance(dialog, AssignDialog) and dialog.reassigning
    assert first.name in dialog.now_with.text()
    # Another PC reassigns the complaint while this dialog is open.
    services.complaints.reassign(complaint_id, theirs.id, None, "업무 조정",
                                 actor=acting(services, mover.id))
    dialog.assignee.set_staff(mine.id)
    dialog.reason.setText("담당 변경")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    said = dialog.message_bar.text()
    assert mover.name in said and theirs.name in said and "after you opened it" in said
    assert theirs.name in dialog.now_with.text()
    assert (dialog.assignee.staff_id(), dialog.reason.text()) == (mine.id, "담당 변경")
    assert services.complaints.get(complaint_id).row.assignee_id == theirs.id
    dialog.save()  # seen now: reassigned on purpose
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.complaints.get(complaint_id).row.assignee_id == mine.id


def test_a_first_assignment_made_elsewhere_turns_the_dialog_into_a_reassignment(
    desk: MainWindow, dialogs: Dialogs
) -> None:
    tab = tab_of(desk)
    services = tab.services
    theirs, mine = staff(services, 5), staff(services, 40)
    complaint_id = register(dialogs, tab)
    dialog = step(dialogs, tab, ComplaintAction.ASSIGN)
    assert isinstance(dialog, AssignDialog) and not dialog.reassigning
    assert not dialog.reason.isVisibleTo(dialog)
    services.complaints.assign(complaint_id, theirs.id, actor=DESK)
    dialog.assignee.set_staff(mine.id)
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert theirs.name in dialog.message_bar.text()
    assert dialog.reassigning and dialog.reason.isVisibleTo(dialog)
    assert dialog.windowTitle() == "Reassign complaint"
    dialog.save()
    assert "why it is reassigned" in dialog.fields.message("reason")
    dialog.reason.setText("담당 업무가 다릅니다")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.complaints.get(complaint_id).row.assignee_id == mine.id


def test_an_answer_after_a_delay_notice_recorded_elsewhere_is_said_then_saved_on_purpose(
    desk: MainWindow, dialogs: Dialogs
) -> None:
    tab = tab_of(desk)
    services = tab.services
    handler = staff(services, 9)
    complaint_id = register(dialogs, tab)
    services.complaints.assign(complaint_id, handler.id, actor=DESK)
    services.complaints.start(complaint_id, actor=DESK)
    tab.reload(select_id=complaint_id)
    wait_loaded(tab)
    answer = step(dialogs, tab, ComplaintAction.ANSWER)
    assert isinstance(answer, AnswerDialog)
    limit = services.complaints.delay_notice_terms(complaint_id).limit
    services.complaints.delay_notice(complaint_id, "현장 확인", limit, "phone",
                                     actor=acting(services, handler.id))
    answer.text.setPlainText("소음 저감 조치를 했습니다.")
    answer.save()
    assert answer.result() != QDialog.DialogCode.Accepted
    said = answer.message_bar.text()
    assert handler.name in said and "Delay notice" in said
    assert answer.text.toPlainText() == "소음 저감 조치를 했습니다."
    assert services.complaints.get(complaint_id).row.status is ComplaintStatus.IN_PROGRESS
    answer.save()
    assert answer.result() == QDialog.DialogCode.Accepted
    assert services.complaints.get(complaint_id).row.status is ComplaintStatus.ANSWERED


def test_start_work_taken_elsewhere_is_said_and_the_buttons_follow(
    desk: MainWindow, dialogs: Dialogs
) -> None:
    tab = tab_of(desk)
    services = tab.services
    complaint_id = register(dialogs, tab)
    services.complaints.assign(complaint_id, staff(services, 9).id, actor=DESK)
    tab.reload(select_id=complaint_id)
    wait_loaded(tab)
    services.complaints.start(complaint_id, actor=acting(services, staff(services, 9).id))
    tab.buttons[ComplaintAction.START].click()
    assert "Work started" in desk.message_bar.text()
    assert staff(services, 9).name in desk.message_bar.text()
    assert tab.current is not None and tab.current.row.status is ComplaintStatus.IN_PROGRESS
    assert not tab.buttons[ComplaintAction.START].isEnabled()


def test_a_registration_of_unknown_outcome_is_checked_by_its_key(  # type: ignore[no-untyped-def]
    qtbot, desk: MainWindow, dialogs: Dialogs
) -> None:
    """The connection dies just after the commit: the form says the outcome is unknown,
    asks the database by its key, and finishes as after a save — one complaint."""
    tab = tab_of(desk)
    dialog = open_intake(dialogs, tab)
    fill_intake(dialog)
    key = dialog.keys.current
    lost: list[bool] = []

    def answer_lost(_session: Session) -> None:
        if not lost:
            lost.append(True)
            error = sqlite3.OperationalError("disk I/O error")
            error.sqlite_errorcode = sqlite3.SQLITE_IOERR  # type: ignore[attr-defined]
            raise sa_exc.OperationalError("COMMIT", {}, error)

    event.listen(Session, "after_commit", answer_lost)
    try:
        dialog.save()
    finally:
        event.remove(Session, "after_commit", answer_lost)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "not known yet" in dialog.message_bar.text()
    assert dialog.keys.waiting
    saved: list[int | None] = []
    dialog.accepted.connect(lambda: saved.append(dialog.saved_id))
    qtbot.waitUntil(lambda: bool(saved), timeout=6000)  # asked every 2 s
    assert saved[0] is not None
    assert tab.services.complaints.list_ids() == [saved[0]]
    assert tab.services.submissions.was_saved(key)
    assert tab.current is not None and tab.current.id == saved[0]
