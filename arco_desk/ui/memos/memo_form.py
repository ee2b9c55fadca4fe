"""The memo form at the desk: keyboard-first, filled top to bottom, Enter saves.

Who called (name, organisation, number, e-mail), when, whom they asked for, the
classic slip reasons and the message. Choosing the colleague shows where they
are: present → the transfer card with the number to read out; absent → when they
are back, the stand-in, and where to send the memo.

The form holds the submission key of the memo being written (``keys``): every save of
this memo carries it, so saving again after a lost connection can't store it twice; a
new key comes with the next empty form (docs/architecture.md §9).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.actor import Actor
from arco_desk.domain.caller_history import ContactKind, EarlierContact
from arco_desk.domain.clock import SEOUL
from arco_desk.domain.complaints import ComplaintStatus
from arco_desk.domain.directory import Presence, StaffRecord
from arco_desk.domain.memos import MAX_MESSAGE_LENGTH, MemoDraft, MemoRow, Route
from arco_desk.domain.phone import PhoneNumberInvalid, parse_phone
from arco_desk.services.caller_history import CallerHistoryService
from arco_desk.services.directory import DirectoryService
from arco_desk.services.memos import MemoService
from arco_desk.services.submissions import SubmissionLedger
from arco_desk.ui.common.form import FieldErrors
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.labels import label as enum_label
from arco_desk.ui.common.language import ui_language
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.seoul_time import bound_to_entry_range, from_qdatetime, to_qdatetime
from arco_desk.ui.common.staff_picker import StaffPicker
from arco_desk.ui.common.status_style import status_text
from arco_desk.ui.common.submission_keys import SubmissionKey
from arco_desk.ui.memos.memo_model import MEMO_ID_ROLE, recipient_text, short_time
from arco_desk.ui.memos.transfer_card import TransferCard

_ABSENT_STYLE = "background:#fff7e0; color:#713f12; border:1px solid #f3d27a; border-radius:4px;"
_COUNTER_OVER = "color:#b42318; font-weight:600;"


class MemoForm(QWidget):
    save_requested = Signal()
    history_chosen = Signal(int)

    def __init__(
        self,
        memos: MemoService,
        actor: Callable[[], Actor],
        directory: DirectoryService,
        message_bar: MessageBar,
        submissions: SubmissionLedger,
        parent: QWidget | None = None,
        contacts: CallerHistoryService | None = None,
    ) -> None:
        super().__init__(parent)
        self.memos = memos
        self.actor = actor
        self.contacts = contacts
        self.directory = directory
        self.message_bar = message_bar
        self.keys = SubmissionKey(submissions, message_bar, self)

        self.caller_name = QLineEdit()
        self.caller_name.setPlaceholderText(self.tr("e.g. 김영희 (or 익명)"))
        self.caller_org = QLineEdit()
        self.caller_phone = QLineEdit()
        self.caller_phone.setPlaceholderText("010-1234-5678, 02-760-4500 내선 123")
        self.caller_email = QLineEdit()
        self.caller_email.setPlaceholderText("name@example.com")
        self.called_at = QDateTimeEdit()
        self.called_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.called_at.setCalendarPopup(True)
        bound_to_entry_range(self.called_at, self.memos.clock().astimezone(SEOUL).date())
        self.now_button = QPushButton(self.tr("Now"))
        self.now_button.setToolTip(self.tr("Set the time of the call to now"))
        called_row = QWidget()
        row = QHBoxLayout(called_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.called_at, 1)
        row.addWidget(self.now_button)

        self.target = StaffPicker(directory)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setStyleSheet(_ABSENT_STYLE)
        self.where.setContentsMargins(8, 4, 8, 4)
        self.where.setAccessibleName(self.tr("Where the colleague is"))
        self.where.hide()
        self.card = TransferCard()
        target_box = QWidget()
        target_column = QVBoxLayout(target_box)
        target_column.setContentsMargins(0, 0, 0, 0)
        target_column.setSpacing(4)
        target_column.addWidget(self.target)
        target_column.addWidget(self.where)
        target_column.addWidget(self.card)

        self.route_box = QWidget()
        route_row = QVBoxLayout(self.route_box)
        route_row.setContentsMargins(0, 0, 0, 0)
        route_row.setSpacing(2)
        self.route_group = QButtonGroup(self)
        self.route_buttons: dict[Route, QRadioButton] = {}
        for route in Route:
            button = QRadioButton()
            self.route_group.addButton(button)
            self.route_buttons[route] = button
            route_row.addWidget(button)
        self.route_buttons[Route.TARGET].setChecked(True)
        self._route_labels(None, None)

        self.reasons_box = QWidget()
        self.reasons_grid = QGridLayout(self.reasons_box)
        self.reasons_grid.setContentsMargins(0, 0, 0, 0)
        self.reasons_grid.setHorizontalSpacing(12)
        self.reasons_grid.setVerticalSpacing(2)
        self.reason_boxes: dict[int, QCheckBox] = {}

        self.message = QPlainTextEdit()
        self.message.setTabChangesFocus(True)
        self.message.setPlaceholderText(self.tr("What it is about, what the caller asks for"))
        self.message.setMinimumHeight(80)
        self.message.setMaximumHeight(120)
        self.counter = QLabel()
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        message_box = QWidget()
        message_column = QVBoxLayout(message_box)
        message_column.setContentsMargins(0, 0, 0, 0)
        message_column.setSpacing(2)
        message_column.addWidget(self.message, 1)
        message_column.addWidget(self.counter)

        self.history_label = QLabel()
        self.history_label.setStyleSheet("color:#1e3a8a; font-weight:600;")
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Earlier memos from this caller"))
        self.history.setMaximumHeight(78)
        history_box = QWidget()
        history_column = QVBoxLayout(history_box)
        history_column.setContentsMargins(0, 0, 0, 0)
        history_column.setSpacing(2)
        history_column.addWidget(self.history_label)
        history_column.addWidget(self.history)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = FieldErrors(form)
        self.fields.add_row("caller_name", self.tr("Caller &name *"), self.caller_name)
        self.fields.add_row("caller_org", self.tr("&Organisation"), self.caller_org)
        self.fields.add_row("caller_phone", self.tr("&Phone *"), self.caller_phone)
        self.fields.add_row("caller_email", self.tr("&E-mail"), self.caller_email)
        form.addRow("", history_box)
        self.history_row = form.rowCount() - 1
        self.form_layout = form
        self.fields.add_row("called_at", self.tr("Called &at *"), called_row)
        self.fields.add_row("target_staff_id", self.tr("&For (colleague) *"), target_box)
        self.fields.add_row("route", self.tr("Send &to"), self.route_box)
        self.fields.add_row("reason_ids", self.tr("Reasons"), self.reasons_box)
        self.fields.add_row("message", self.tr("&Message *"), message_box)
        self.fields.widgets["target_staff_id"] = self.target
        self.fields.widgets["message"] = self.message
        self.fields.widgets["called_at"] = self.called_at


        self.clear_button = QPushButton(self.tr("New memo"))
        self.clear_button.setToolTip(self.tr("Empty the form (Ctrl+N)"))
        self.save_button = QPushButton(self.tr("&Save and forward…"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Read back, then save and forward (Ctrl+Enter)"))
        # The tab pins this row under the (scrolling) form, so Save is always in view.
        self.button_row = QWidget()
        buttons = QHBoxLayout(self.button_row)
        buttons.setContentsMargins(0, 4, 0, 0)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)

        self._history_timer = QTimer(self)
        self._history_timer.setSingleShot(True)
        self._history_timer.setInterval(300)
        self._history_timer.timeout.connect(self.show_history)
        self.caller_phone.textChanged.connect(self._history_timer.start)
        self.caller_name.textChanged.connect(self._history_timer.start)
        self.caller_phone.editingFinished.connect(self.format_phone)
        self.now_button.clicked.connect(self.set_called_now)
        self.target.staff_chosen.connect(self._target_chosen)
        self.target.cleared.connect(self._target_cleared)
        self.target.returnPressed.connect(self._picker_enter)
        self.card.given.connect(self.log_transfer)
        self.message.textChanged.connect(self._count)
        self.clear_button.clicked.connect(self.clear)
        self.save_button.clicked.connect(self.save_requested)
        self.history.itemActivated.connect(self._history_activated)
        for edit in (self.caller_name, self.caller_org, self.caller_phone, self.caller_email):
            edit.returnPressed.connect(self.save_requested)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save_requested.emit,
                      Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Window-wide (while the tab shows): Ctrl+2 leaves focus on the tab bar.
        QShortcut(QKeySequence("Ctrl+N"), self, self.clear, Qt.ShortcutContext.WindowShortcut)

        self.reload_reasons()
        self.set_called_now()
        self._count()
        self._show_history([])

    # --- what the tab reads ------------------------------------------------------------

    def draft(self) -> MemoDraft:
        return MemoDraft(
            caller_name=self.caller_name.text(),
            caller_org=self.caller_org.text(),
            caller_phone=self.caller_phone.text(),
            caller_email=self.caller_email.text(),
            called_at=from_qdatetime(self.called_at.dateTime()),
            message=self.message.toPlainText(),
            target_staff_id=self.target.staff_id(),
            route=self.route(),
            reason_ids=tuple(i for i, box in self.reason_boxes.items() if box.isChecked()),
        )

    def route(self) -> Route:
        for route, button in self.route_buttons.items():
            if button.isChecked():
                return route
        return Route.TARGET

    def set_route(self, route: Route) -> None:
        self.route_buttons[route].setChecked(True)

    def is_empty(self) -> bool:
        return not any((self.caller_name.text().strip(), self.caller_phone.text().strip(),
                        self.message.toPlainText().strip(), self.target.text().strip()))

    # --- actions -----------------------------------------------------------------------

    def clear(self) -> None:
        """An empty form for the next call, with a new submission key."""
        self.keys.renew()
        for edit in (self.caller_name, self.caller_org, self.caller_phone, self.caller_email):
            edit.clear()
        self.message.clear()
        self.target.set_staff(None)
        self._target_cleared()
        for box in self.reason_boxes.values():
            box.setChecked(False)
        self.fields.clear()
        self.set_called_now()
        self._show_history([])
        self.caller_name.setFocus()

    def set_called_now(self) -> None:
        self.set_called_at(self.memos.clock())

    def set_called_at(self, moment: datetime) -> None:
        self.called_at.setDateTime(to_qdatetime(moment))

    def format_phone(self) -> None:
        """Show the number as phonenumbers formats it; leave a wrong one as typed."""
        text = self.caller_phone.text().strip()
        if not text:
            return
        try:
            shown = parse_phone(text).display
        except PhoneNumberInvalid:
            return
        if shown != text:
            self.caller_phone.setText(shown)

    def reload_reasons(self) -> None:
        checked = {i for i, box in self.reason_boxes.items() if box.isChecked()}
        for box in self.reason_boxes.values():
            self.reasons_grid.removeWidget(box)
            box.deleteLater()
        self.reason_boxes = {}
        with refusals(self.message_bar) as outcome:
            reasons = self.memos.reasons()
        if outcome.refused:
            return
        language = ui_language()
        for index, reason in enumerate(reasons):
            box = QCheckBox(reason.label(language))
            box.setChecked(reason.id in checked)
            self.reason_boxes[reason.id] = box
            self.reasons_grid.addWidget(box, index // 3, index % 3)

    def show_history(self) -> None:
        with refusals(self.message_bar) as outcome:
            phone, name = self.caller_phone.text(), self.caller_name.text()
            rows = self.memos.caller_history(phone, name)
            others = self.contacts.earlier(phone, name) if self.contacts else []
        if outcome.refused:
            return
        self._show_history(rows, others)

    def log_transfer(self, staff_id: int) -> None:
        with refusals(self.message_bar) as outcome:
            record = self.memos.log_transfer(staff_id, self.caller_name.text(),
                                             actor=self.actor())
        if outcome.refused:
            return
        self.card.mark_told()
        self.message_bar.show_info(
            self.tr("Logged: the caller was given %1's number %2.")
            .replace("%1", record.staff_name).replace("%2", record.number_given))

    # --- internals ---------------------------------------------------------------------

    def _show_history(self, rows: list[MemoRow],
                      others: list[EarlierContact] | None = None) -> None:
        others = others or []
        self.history.clear()
        self.form_layout.setRowVisible(self.history_row, bool(rows or others))
        if not rows and not others:
            return
        visits = sum(1 for c in others if c.kind is ContactKind.VISIT)
        self.history_label.setText(
            self.tr("This caller before: %1 memos · %2 visits · %3 complaints")
            .replace("%1", str(len(rows))).replace("%2", str(visits))
            .replace("%3", str(len(others) - visits)))
        for row in rows:
            text = (f"{short_time(row.called_at)}  {row.caller_name} → {recipient_text(row)}"
                    f"  [{status_text(row.status)}]  {' '.join(row.message.split())[:40]}")
            item = QListWidgetItem(text)
            item.setData(MEMO_ID_ROLE, row.id)
            item.setToolTip(row.message)
            self.history.addItem(item)
        for contact in others:
            summary = " ".join(contact.summary.split())[:40]
            if contact.kind is ContactKind.VISIT:
                text = self.tr("%1  Visit — %2 · %3")
            else:
                status = enum_label(ComplaintStatus(contact.status))
                text = self.tr("%1  Complaint #%4 — %2 · %3 [%5]").replace(
                    "%4", str(contact.id)).replace("%5", status)
            item = QListWidgetItem(text.replace("%1", short_time(contact.at))
                                   .replace("%2", contact.name).replace("%3", summary))
            item.setToolTip(contact.summary)
            self.history.addItem(item)

    def _history_activated(self, item: QListWidgetItem) -> None:
        memo_id = item.data(MEMO_ID_ROLE)
        if memo_id is not None:  # visits and complaints are shown, not opened, here
            self.history_chosen.emit(int(memo_id))

    def _picker_enter(self) -> None:
        if self.target.staff_id() is None:
            self.target.choose_first()
        else:
            self.save_requested.emit()

    def _count(self) -> None:
        length = len(self.message.toPlainText())
        self.counter.setText(f"{length:,} / {MAX_MESSAGE_LENGTH:,}")
        self.counter.setStyleSheet(_COUNTER_OVER if length > MAX_MESSAGE_LENGTH else "")

    def _route_labels(self, target: StaffRecord | None, stand_in: StaffRecord | None) -> None:
        self.route_buttons[Route.TARGET].setText(
            self.tr("the colleague (%1)").replace("%1", target.name) if target
            else self.tr("the colleague"))
        self.route_buttons[Route.STAND_IN].setText(
            self.tr("stand-in (%1)").replace("%1", stand_in.name) if stand_in
            else self.tr("stand-in"))
        self.route_buttons[Route.STAND_IN].setEnabled(target is None or stand_in is not None)
        self.route_buttons[Route.DEPARTMENT].setText(
            self.tr("whole %1").replace("%1", target.department_name) if target
            else self.tr("whole department"))

    def _target_cleared(self) -> None:
        self.where.hide()
        self.card.clear()
        self._route_labels(None, None)
        self.set_route(Route.TARGET)

    def _target_chosen(self, staff_id: int) -> None:
        target = self.target.chosen()
        if target is None or target.id != staff_id:
            return
        stand_in: StaffRecord | None = None
        if target.stand_in_id is not None:
            with refusals(None):  # a stand-in who left the directory: as if none
                stand_in = self.directory.get_staff(target.stand_in_id)
        self._route_labels(target, stand_in)
        if target.presence.is_available:
            self.where.hide()
            self.set_route(Route.TARGET)
            self._show_card(target, self.tr("In — transfer the call and tell the caller:"))
            return
        self.where.setText(self._absence_text(target, stand_in))
        self.where.show()
        self.set_route(self._default_route(target, stand_in))
        if stand_in is not None and stand_in.presence.is_available:
            self._show_card(stand_in, self.tr("Stand-in is in — transfer to:"))
        else:
            self.card.clear()

    def _show_card(self, staff: StaffRecord, caption: str) -> None:
        with refusals(self.message_bar) as outcome:
            number = self.memos.transfer_number(staff.id)
        if outcome.refused:
            return
        self.card.show_staff(staff, number, caption)

    def _absence_text(self, target: StaffRecord, stand_in: StaffRecord | None) -> str:
        e = html.escape
        parts = [f"<b>{e(target.name)}</b> {e(status_text(target.presence))}"]
        if target.presence_note:
            parts.append(e(target.presence_note))
        if target.back_at is not None:
            parts.append(e(self.tr("back at %1").replace(
                "%1", target.back_at.strftime("%m/%d %H:%M"))))
        if stand_in is not None:
            parts.append(e(self.tr("stand-in: %1 (%2)").replace("%1", stand_in.name).replace(
                "%2", status_text(stand_in.presence))))
        else:
            parts.append(e(self.tr("no stand-in")))
        return " · ".join(parts)

    def _default_route(self, target: StaffRecord, stand_in: StaffRecord | None) -> Route:
        """Back later today → the colleague; away longer → the stand-in (or the department)."""
        today = self.memos.clock().astimezone(SEOUL).date()
        if target.presence is Presence.AWAY or (
                target.back_at is not None and target.back_at.astimezone(SEOUL).date() == today):
            return Route.TARGET
        return Route.STAND_IN if stand_in is not None else Route.DEPARTMENT
