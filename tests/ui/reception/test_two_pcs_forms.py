"""Reception forms when another PC changed the same record meanwhile, and a new record
saved again with its submission key (docs/architecture.md §9)."""

from __future__ import annotations

from PySide6.QtCore import QTime
from sqlalchemy import func, select

from arco_desk.domain.reception import VisitorDraft, VisitRecordDraft, WalkInDraft
from arco_desk.domain.reception_edits import record_opened
from arco_desk.store.models import Appointment
from arco_desk.ui.common.edit_conflict import TAKE_THEIRS
from arco_desk.ui.reception.appointment_dialog import AppointmentDialog
from arco_desk.ui.shell.main_window import MainWindow
from tests.actors import DESK, acting
from tests.ui.reception.helpers import desk_window, host_with_stand_in, pick

__all__ = ["desk_window"]  # the fixture, used by name


def test_a_visit_record_changed_meanwhile_shows_their_value_and_saves_again(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow
) -> None:
    services = desk_window.services
    tab = desk_window.reception_tab
    host = host_with_stand_in(services)
    colleague = host_with_stand_in(services, skip=3)
    visit_id = services.reception.register_walk_in(WalkInDraft(
        VisitorDraft("이민원"), host.id, "공연장 소음"), actor=DESK).visit_id
    tab.reload()
    tab.select(-visit_id)
    dialog = tab.visit_record()
    assert dialog is not None
    # Meanwhile, at the colleague's PC:
    services.reception.save_record(
        visit_id, VisitRecordDraft("야간 공연 소음", "", "담당 부서 회신"),
        actor=acting(services, colleague.id),
        opened=record_opened(services.reception.visit(visit_id)))
    dialog.requests.setPlainText("야간 공연 소음 대책 요구")
    dialog.outcome.setPlainText("현장 점검 예정")
    dialog.save()
    assert dialog.isVisible()  # refused: nothing of this form was written
    assert "담당 부서 회신" in dialog.fields.message("outcome")
    assert not dialog.fields.labels["requests"].isVisible()
    assert not dialog.fields.labels["purpose"].isVisible()  # their purpose merges quietly
    assert colleague.name in dialog.message_bar.text()
    assert dialog.outcome.toPlainText() == "현장 점검 예정"  # the typed text stays
    stored = services.reception.visit(visit_id)
    assert (stored.requests, stored.outcome) == ("", "담당 부서 회신")
    dialog.fields.labels["outcome"].linkActivated.emit(TAKE_THEIRS)
    assert dialog.outcome.toPlainText() == "담당 부서 회신"
    dialog.outcome.setPlainText("담당 부서 회신, 현장 점검 예정")
    dialog.save()  # again, on purpose: the form has seen their value now
    assert not dialog.isVisible()
    stored = services.reception.visit(visit_id)
    assert (stored.requests, stored.outcome) == ("야간 공연 소음 대책 요구",
                                                 "담당 부서 회신, 현장 점검 예정")
    assert stored.entry.purpose == "야간 공연 소음"  # not set back by the save again


def test_a_booking_changed_meanwhile_keeps_their_other_fields(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow
) -> None:
    services = desk_window.services
    tab = desk_window.reception_tab
    host = host_with_stand_in(services)
    dialog = tab.new_appointment()
    dialog.visitor.name.setText("홍길동")
    pick(dialog.host, host.name)
    dialog.start.setTime(QTime(14, 0))
    dialog.end.setTime(QTime(15, 0))
    dialog.save()
    key = dialog.saved_id
    assert key is not None
    tab.select(key)
    editing = tab.edit_appointment()
    assert editing is not None and editing.opened is not None
    other = AppointmentDialog(services.reception, services.submissions, lambda: DESK,
                              services.directory, services.clock(),
                              services.reception.detail(key))
    other.place.setText("2층 대회의실")
    other.notes.setPlainText("주차 1대")
    other.save()
    assert not other.isVisible() and other.result() == AppointmentDialog.DialogCode.Accepted
    editing.notes.setPlainText("휠체어 이용")
    editing.save()
    assert editing.isVisible()
    assert "주차 1대" in editing.fields.message("notes")
    assert not editing.fields.labels["place"].isVisible()
    editing.save()
    detail = services.reception.detail(key)
    assert (detail.notes, detail.entry.place) == ("휠체어 이용", "2층 대회의실")


def test_a_new_booking_saved_again_with_its_key_is_stored_once(  # type: ignore[no-untyped-def]
    qtbot, desk_window: MainWindow
) -> None:
    """The first save reached the database but its answer was lost: saving again (what
    the form does once the database says the key is stored) stores nothing new."""
    services = desk_window.services
    host = host_with_stand_in(services)
    dialog = desk_window.reception_tab.new_appointment()
    dialog.visitor.name.setText("홍길동")
    pick(dialog.host, host.name)
    dialog.start.setTime(QTime(14, 0))
    dialog.end.setTime(QTime(15, 0))
    key = dialog.keys.current
    first = services.reception.book(dialog.draft(), actor=DESK, key=key)
    dialog.save()
    assert dialog.saved_id == first and not dialog.isVisible()
    assert dialog.keys.current != key  # the next booking gets a new key
    with services.uow.read() as session:
        assert session.scalar(select(func.count(Appointment.id))) == 1
