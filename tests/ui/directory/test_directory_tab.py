from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from arco_desk.domain.directory import Presence
from arco_desk.services.container import DATABASE_FILE
from arco_desk.ui.directory.directory_tab import DirectoryTab
from arco_desk.ui.directory.presence_dialog import PresenceDialog
from arco_desk.ui.directory.staff_dialog import StaffDialog
from arco_desk.ui.directory.staff_model import StaffTableModel
from arco_desk.ui.shell.main_window import MainWindow
from tests.actors import DESK
from tests.ui.conftest import Dialogs
from tests.ui.lists import wait_loaded


def visible_names(tab: DirectoryTab) -> list[str]:
    return [
        tab.proxy.index(row, StaffTableModel.NAME).data()
        for row in range(tab.proxy.rowCount())
    ]


def test_directory_lists_the_whole_agency(window: MainWindow) -> None:
    tab = window.directory_tab
    assert tab.proxy.rowCount() == 60
    assert tab.departments.topLevelItem(0).childCount() == 8
    assert "60" in tab.count_label.text()


def test_rows_are_fetched_in_pages_not_all_at_once(window: MainWindow) -> None:
    model = window.directory_tab.model
    model.set_ids(model.ids())
    assert model.loaded_count() == 0
    model.index(0, 0).data()
    assert 0 < model.loaded_count() <= 100


def test_search_korean_substring_of_a_duty(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = window.directory_tab
    tab.search.setText("민원")
    qtbot.waitUntil(lambda: tab.proxy.rowCount() < 60)
    records = [tab.model.record(r) for r in range(tab.model.rowCount())]
    assert records, "someone handles 민원 in the demo agency"
    assert all(r is not None and "민원" in r.duties for r in records)


def test_search_by_extension_and_department_click(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = window.directory_tab
    first = tab.model.record(0)
    assert first is not None
    tab.search.setText(first.extension)
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    assert visible_names(tab) == [first.name]
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 60)
    department_item = tab.departments.topLevelItem(0).child(2)
    tab.departments.setCurrentItem(department_item)
    wait_loaded(tab)
    department_id = department_item.data(0, Qt.ItemDataRole.UserRole)
    rows = [tab.model.record(r) for r in range(tab.model.rowCount())]
    assert rows and all(r is not None and r.department_id == department_id for r in rows)


def test_presence_is_text_and_colour(window: MainWindow) -> None:
    tab = window.directory_tab
    for row in range(tab.model.rowCount()):
        record = tab.model.record(row)
        assert record is not None
        index = tab.model.index(row, StaffTableModel.PRESENCE)
        assert index.data(Qt.ItemDataRole.DisplayRole).endswith(
            {Presence.IN: "In", Presence.AWAY: "Away", Presence.LEAVE: "On leave",
             Presence.TRIP: "Business trip", Presence.TRAINING: "Training"}[record.presence]
        )
        assert index.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_edit_presence_through_the_dialog(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, dialogs: Dialogs
) -> None:
    tab = window.directory_tab
    tab.presence_filter.setCurrentIndex(tab.presence_filter.findData(Presence.IN.value))
    wait_loaded(tab)
    record = tab.current_record()
    assert record is not None and record.presence is Presence.IN
    dialog = tab.edit_presence()
    assert dialog is not None and dialogs.wait_for(PresenceDialog) is dialog
    dialog.presence.setCurrentIndex(dialog.presence.findData(Presence.TRIP.value))
    dialog.has_back_at.setChecked(True)
    dialog.back_at.setDateTime(dialog.back_at.dateTime().addDays(1))
    dialog.note.setText("서울사무소")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = tab.services.directory.get_staff(record.id)
    assert saved.presence is Presence.TRIP
    assert saved.presence_note == "서울사무소"
    assert saved.back_at is not None
    assert "Presence saved" in window.message_bar.text()


def test_presence_dialog_refuses_a_past_back_at_and_keeps_input(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = window.directory_tab
    record = tab.current_record()
    assert record is not None
    dialog = PresenceDialog(tab.services.directory, tab.actor, record, tab)
    qtbot.addWidget(dialog)
    dialog.presence.setCurrentIndex(dialog.presence.findData(Presence.AWAY.value))
    dialog.has_back_at.setChecked(True)
    dialog.back_at.setDateTime(dialog.back_at.dateTime().addDays(-2))
    dialog.note.setText("회의")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "지났습니다" in dialog.fields.message("back_at")
    assert dialog.note.text() == "회의"
    assert tab.services.directory.get_staff(record.id).presence is record.presence


def test_staff_dialog_shows_errors_next_to_fields_and_keeps_text(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, dialogs: Dialogs
) -> None:
    tab = window.directory_tab
    tab.new_button.click()
    dialog = dialogs.wait_for(StaffDialog)
    dialog.name.setText("신입직원")
    qtbot.keyClicks(dialog.direct_line, "12-34")
    qtbot.keyClicks(dialog.email, "not-an-email")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.fields.labels["direct_line"].isVisibleTo(dialog)
    assert dialog.fields.message("email")
    assert dialog.name.text() == "신입직원"
    assert dialog.direct_line.text() == "12-34"
    dialog.direct_line.setText("061-900-2999")
    dialog.email.setText("new.staff@arko.or.kr")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None and dialog.saved.direct_line == "061-900-2999"
    assert "Staff member added" in window.message_bar.text()
    wait_loaded(tab)
    current = tab.current_record()
    assert current is not None and current.name == "신입직원"


def test_a_new_staff_member_is_saved_with_the_form_s_key(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, dialogs: Dialogs
) -> None:
    tab = window.directory_tab
    tab.new_button.click()
    dialog = dialogs.wait_for(StaffDialog)
    assert dialog.keys is not None
    key = dialog.keys.current
    assert not tab.services.submissions.was_saved(key)
    dialog.name.setText("신입직원")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert tab.services.submissions.was_saved(key) and dialog.keys.current != key
    # Saved again with that key (after a save of unknown outcome): the stored person.
    again = tab.services.directory.create_staff(dialog.draft(), key=key, actor=DESK)
    assert again == dialog.saved
    assert tab.services.directory.search_ids("신입직원") == [again.id]


def test_locked_database_is_a_message_bar_and_the_text_survives(
    qtbot, window: MainWindow, basedir: Path  # type: ignore[no-untyped-def]
) -> None:
    tab = window.directory_tab
    dialog = StaffDialog(tab.services.directory, tab.actor, tab.services.directory.departments(),
                         None, tab)
    qtbot.addWidget(dialog)
    dialog.name.setText("잠금시험")
    blocker = sqlite3.connect(basedir / DATABASE_FILE, timeout=0)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        dialog.save()  # waits out busy_timeout (5 s), then reports
    finally:
        blocker.rollback()
        blocker.close()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message_bar.isVisibleTo(dialog)
    assert "사용 중" in dialog.message_bar.text()
    assert dialog.name.text() == "잠금시험"


def test_export_failure_is_a_message_bar(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                         tmp_path: Path) -> None:
    tab = window.directory_tab
    tab.export_list(tmp_path / "missing-folder" / "directory.csv")
    qtbot.waitUntil(lambda: window.message_bar.level == "error")
    assert window.message_bar.isVisibleTo(window) and tab.export_button.isEnabled()
    tab.export_list(tmp_path / "directory.csv")
    qtbot.waitUntil(lambda: tab.export_button.isEnabled())
    assert window.message_bar.level == "info"
    assert (tmp_path / "directory.csv").read_text(encoding="utf-8-sig").count("\n") == 61


def test_import_dialog_previews_and_imports_good_rows(
    qtbot, window: MainWindow, tmp_path: Path, dialogs: Dialogs  # type: ignore[no-untyped-def]
) -> None:
    from arco_desk.ui.directory.import_dialog import ImportDialog

    source = tmp_path / "staff.csv"
    source.write_text(
        "이름,부서,직위,담당업무,내선,직통번호,이메일\n"
        "새사람,고객소통팀,주임,민원 안내,2199,061-900-2199,new.person@arko.or.kr\n"
        "없는부서,무슨부,사원,,,,\n"
        "전화오류,고객소통팀,사원,,,12-34,\n",
        encoding="utf-8",
    )
    tab = window.directory_tab
    tab.import_staff()
    dialog = dialogs.wait_for(ImportDialog)
    dialog.load(source)
    assert dialog.table.rowCount() == 3
    assert dialog.import_button.isEnabled()
    assert "1" in dialog.summary.text() and "2" in dialog.summary.text()
    dialog.run_import()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.outcome is not None
    assert tab.services.directory.search("새사람")[0].extension == "2199"
    assert "1 staff imported, 2 rows skipped" in window.message_bar.text()


def test_info_messages_go_away_errors_stay(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    bar = window.message_bar
    bar.show_info("저장했습니다", timeout_ms=20)
    assert bar.isVisibleTo(window) and "저장했습니다" in bar.text()
    qtbot.waitUntil(lambda: not bar.isVisibleTo(window))
    bar.show_error("디스크가 가득 찼습니다")
    qtbot.wait(60)
    assert bar.isVisibleTo(window) and bar.level == "error"
