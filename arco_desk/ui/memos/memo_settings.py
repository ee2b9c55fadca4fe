"""The phone desk's settings: greeting script, unread escalation, and the slip's reasons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.edits import Opened
from arco_desk.domain.errors import EditConflict
from arco_desk.services.memo_desk import MAX_ESCALATION_MINUTES
from arco_desk.services.memos import MemoService
from arco_desk.ui.common.form import FieldErrors, FormDialog
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.message_bar import MessageBar

REASON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DeskSettingsDialog(FormDialog):
    """The greeting the desk reads when answering (with {agency}, {department}, {name})
    and how long a memo may stay unread before it is escalated."""

    def __init__(self, memos: MemoService, actor: Callable[[], Actor],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.memos = memos
        self.actor = actor
        self.setWindowTitle(self.tr("Phone desk settings"))
        self.setMinimumWidth(520)
        self.greeting = QPlainTextEdit(memos.greeting_template())
        self.greeting.setTabChangesFocus(True)
        self.greeting.setFixedHeight(70)
        hint = QLabel(self.tr("{agency}, {department} and {name} are filled in with the "
                              "agency and the staff member of this PC."))
        hint.setWordWrap(True)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_ESCALATION_MINUTES)
        self.minutes.setSuffix(self.tr(" working minutes"))
        self.minutes.setValue(memos.escalation_minutes())
        self.fields.add_row("greeting_script", self.tr("&Greeting script"), self.greeting)
        self.form.addRow("", hint)
        self.fields.add_row("memo_escalation_minutes", self.tr("&Escalate unread after"),
                            self.minutes)

        # What the form showed: saving writes only what was changed since, and a value
        # another PC changed meanwhile is shown under its field (docs/architecture.md §9).
        self.opened = Opened(0, {"greeting_script": self.greeting.toPlainText(),
                                 "memo_escalation_minutes": self.minutes.value()})

    def submit(self) -> None:
        shown: dict[str, str | int] = {}
        if self.opened is not None:
            shown = {key: value for key, value in self.opened.values.items()
                     if isinstance(value, (str, int))}
        try:
            self.memos.save_desk_settings(self.greeting.toPlainText(), self.minutes.value(),
                                          opened=shown, actor=self.actor())
        except EditConflict as conflict:
            # The minutes are a number in this form: their value now, taken as one.
            minutes = conflict.current.get("memo_escalation_minutes")
            if isinstance(minutes, str) and minutes.isdigit():
                conflict.current["memo_escalation_minutes"] = int(minutes)
            raise


class MemoReasonsDialog(QDialog):
    """The slip's reasons: the classic six and the agency's own. Untick to hide one from
    new memos (memos that have it keep it)."""

    def __init__(self, memos: MemoService, actor: Callable[[], Actor],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.memos = memos
        self.actor = actor
        self.setWindowTitle(self.tr("Memo reasons"))
        self.setMinimumWidth(420)
        self.message_bar = MessageBar(self)
        self.reasons = QListWidget()
        self.reasons.setAccessibleName(self.tr("Memo reasons"))
        self.label_ko = QLineEdit()
        self.label_ko.setPlaceholderText(self.tr("e.g. 자료 요청"))
        self.label_en = QLineEdit()
        self.label_en.setPlaceholderText(self.tr("e.g. Wants documents"))
        self.add_button = QPushButton(self.tr("&Add"))
        form = QFormLayout()
        self.fields = FieldErrors(form)
        self.fields.add_row("label_ko", self.tr("New reason (&Korean)"), self.label_ko)
        self.fields.add_row("label_en", self.tr("New reason (&English)"), self.label_en)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(QLabel(self.tr("Ticked reasons are offered on new memos.")))
        layout.addWidget(self.reasons, 1)
        layout.addLayout(form)
        layout.addLayout(add_row)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_reason)
        self.label_ko.returnPressed.connect(self.add_reason)
        self.reasons.itemChanged.connect(self._toggled)
        self.changed = False
        self.reload()

    def reload(self) -> None:
        with refusals(self.message_bar) as outcome:
            reasons = self.memos.reasons(include_inactive=True)
        if outcome.refused:
            return
        self.reasons.blockSignals(True)
        self.reasons.clear()
        for reason in reasons:
            item = QListWidgetItem(f"{reason.label_ko} · {reason.label_en}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if reason.active
                               else Qt.CheckState.Unchecked)
            item.setData(REASON_ID_ROLE, reason.id)
            self.reasons.addItem(item)
        self.reasons.blockSignals(False)

    def add_reason(self) -> None:
        with refusals(self.message_bar, self.fields) as outcome:
            reason = self.memos.add_reason(self.label_ko.text(), self.label_en.text(),
                                           actor=self.actor())
        if outcome.refused:
            return
        self.label_ko.clear()
        self.label_en.clear()
        self.changed = True
        self.reload()
        self.message_bar.show_info(self.tr("Added: %1").replace("%1", reason.label_ko))

    def _toggled(self, item: QListWidgetItem) -> None:
        active = item.checkState() == Qt.CheckState.Checked
        with refusals(self.message_bar) as outcome:
            self.memos.set_reason_active(int(item.data(REASON_ID_ROLE)), active,
                                         actor=self.actor())
        if outcome.refused:
            self.reload()
            return
        self.changed = True
