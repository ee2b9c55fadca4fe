"""What a staff member does with a memo: called back, answered by e-mail, passed on."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from arco_desk.domain.actor import Actor
from arco_desk.domain.memos import MemoRow
from arco_desk.services.directory import DirectoryService
from arco_desk.services.memos import MemoService
from arco_desk.ui.common.form import FormDialog
from arco_desk.ui.common.staff_picker import StaffPicker
from arco_desk.ui.memos.memo_model import caller_text


class MemoActionDialog(FormDialog):
    def __init__(self, memos: MemoService, memo: MemoRow, actor: Callable[[], Actor],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.memos = memos
        self.memo = memo
        self.actor = actor
        self.saved: MemoRow | None = None
        self.setMinimumWidth(440)
        contact = memo.caller_phone or memo.caller_email
        about = QLabel(f"<b>{html.escape(caller_text(memo))}</b> · {html.escape(contact)}")
        about.setWordWrap(True)
        self.form.addRow(about)


def _note_edit(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(80)
    edit.setPlaceholderText(placeholder)
    return edit


class CalledBackDialog(MemoActionDialog):
    def __init__(self, memos: MemoService, memo: MemoRow, actor: Callable[[], Actor],
                 parent: QWidget | None = None) -> None:
        super().__init__(memos, memo, actor, parent)
        self.setWindowTitle(self.tr("Called back"))
        self.outcome = _note_edit(self.tr("What was said, e.g. explained the documents needed"))
        self.fields.add_row("outcome", self.tr("&Outcome *"), self.outcome)

    def submit(self) -> None:
        self.saved = self.memos.called_back(self.memo.id, self.outcome.toPlainText(),
                                            actor=self.actor())


class EmailReplyDialog(MemoActionDialog):
    def __init__(self, memos: MemoService, memo: MemoRow, actor: Callable[[], Actor],
                 parent: QWidget | None = None) -> None:
        super().__init__(memos, memo, actor, parent)
        self.setWindowTitle(self.tr("Answered by e-mail"))
        self.email = QLineEdit(memo.caller_email)
        self.email.setPlaceholderText("name@example.com")
        self.note = _note_edit(self.tr("Optional: what the e-mail said"))
        self.fields.add_row("email", self.tr("&Sent to *"), self.email)
        self.fields.add_row("outcome", self.tr("&Note"), self.note)

    def submit(self) -> None:
        self.saved = self.memos.replied_by_email(
            self.memo.id, self.note.toPlainText(), self.email.text() or None,
            actor=self.actor())


class ForwardDialog(MemoActionDialog):
    def __init__(self, memos: MemoService, directory: DirectoryService, memo: MemoRow,
                 actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(memos, memo, actor, parent)
        self.setWindowTitle(self.tr("Pass on to a colleague"))
        self.colleague = StaffPicker(directory)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. not my duty: 해외 레지던시 is 국제교류부"))
        self.fields.add_row("to_staff_id", self.tr("&Colleague *"), self.colleague)
        self.fields.add_row("reason", self.tr("&Reason *"), self.reason)

    def submit(self) -> None:
        self.saved = self.memos.forward(self.memo.id, self.colleague.staff_id(),
                                        self.reason.text(), actor=self.actor())
