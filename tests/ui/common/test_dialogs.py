"""The dialog host: window-modal, deleted on close, its callbacks, and its announcement."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from arco_desk.ui.common.dialogs import dialog_notifier, open_dialog
from tests.ui.conftest import Dialogs


def _parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _deleted(dialog: QDialog) -> bool:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return not shiboken6.isValid(dialog)


def test_a_dialog_opens_window_modal_and_returns_at_once(qtbot, dialogs: Dialogs) -> None:  # type: ignore[no-untyped-def]
    window = _parent(qtbot)
    dialog = open_dialog(QDialog(window))
    assert dialog.isVisible()
    assert dialog.windowModality() is Qt.WindowModality.WindowModal
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert dialogs.wait_for(QDialog) is dialog
    dialog.reject()


def test_accepted_then_finished_run_and_the_dialog_is_deleted(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _parent(qtbot)
    calls: list[object] = []
    dialog = open_dialog(QDialog(window), lambda: calls.append("accepted"),
                         finished=calls.append)
    assert calls == []
    dialog.accept()
    assert calls == ["accepted", True]
    assert _deleted(dialog)


def test_a_rejected_dialog_runs_only_finished(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _parent(qtbot)
    calls: list[object] = []
    dialog = open_dialog(QDialog(window), lambda: calls.append("accepted"),
                         finished=calls.append)
    dialog.reject()
    assert calls == [False]
    assert _deleted(dialog)


def test_a_message_box_yes_counts_as_accepted(qtbot, dialogs: Dialogs) -> None:  # type: ignore[no-untyped-def]
    window = _parent(qtbot)
    answers: list[bool] = []
    box = QMessageBox(QMessageBox.Icon.Question, "?", "Go ahead?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    open_dialog(box, finished=answers.append)
    box.button(QMessageBox.StandardButton.No).click()
    box = QMessageBox(QMessageBox.Icon.Question, "?", "Go ahead?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    open_dialog(box, finished=answers.append)
    dialogs.accept(QMessageBox)
    assert answers == [False, True]


def test_the_notifier_announces_each_opened_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _parent(qtbot)
    with qtbot.waitSignal(dialog_notifier().opened) as caught:
        dialog = open_dialog(QDialog(window))
    assert caught.args == [dialog]
    dialog.reject()


def test_a_parentless_dialog_stays_until_it_is_closed(qtbot, dialogs: Dialogs) -> None:  # type: ignore[no-untyped-def]
    open_dialog(QDialog())  # no reference kept by the caller
    dialog = dialogs.wait_for(QDialog)
    assert dialog.isVisible()
    dialog.reject()
    assert _deleted(dialog)

