"""The visitor's fields (name, phone, organisation) with the returning-visitor lookup, and
the host line that says whether the host is in and who stands in."""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.directory import Presence, StaffRecord
from arco_desk.domain.reception import VisitorDraft, VisitorMatch
from arco_desk.services.reception import ReceptionService
from arco_desk.ui.common.form import FieldErrors
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.staff_picker import StaffPicker
from arco_desk.ui.common.status_style import status_colours, status_text

VISITOR_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class VisitorFields(QObject):
    """Adds the visitor rows to ``fields``; typing a name or a number lists returning
    visitors (masked), and choosing one fills the fields with the full record."""

    def __init__(self, reception: ReceptionService, fields: FieldErrors,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.reception = reception
        self.visitor_id: int | None = None
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("010-1234-5678")
        self.organisation = QLineEdit()
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("Returning visitors"))
        self.matches.setMaximumHeight(84)
        self.matches.setToolTip(self.tr("Double-click or press Enter to use this visitor"))
        self.matches.hide()
        self.match_hint = QLabel(self.tr("Returning visitor? Choose to fill in:"))
        self.match_hint.setStyleSheet("color:#555;")
        self.match_hint.hide()
        fields.add_row("name", self.tr("Visitor &name *"), self.name)
        fields.add_row("phone", self.tr("&Phone"), self.phone)
        fields.layout.addRow(self.match_hint, self.matches)
        fields.add_row("organisation", self.tr("&Organisation"), self.organisation)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.lookup)
        self.name.textEdited.connect(self._name_edited)
        self.phone.textEdited.connect(self._timer.start)
        self.matches.itemActivated.connect(self._use_item)

    def draft(self) -> VisitorDraft:
        return VisitorDraft(self.name.text(), self.organisation.text(), self.phone.text(),
                            self.visitor_id)

    def lookup(self) -> list[VisitorMatch]:
        """List returning visitors for what is typed (tests call it directly)."""
        if self.visitor_id is not None:
            return []
        found: list[VisitorMatch] = []
        with refusals(None):  # the lookup is a convenience; saving reports database trouble
            found = self.reception.find_visitors(self.name.text(), self.phone.text())
        self.matches.clear()
        for match in found:
            seen = match.last_seen.strftime("%Y-%m-%d") if match.last_seen else ""
            parts = [match.name_masked, match.organisation, match.phone_masked, seen]
            item = QListWidgetItem(" · ".join(p for p in parts if p))
            item.setData(VISITOR_ID_ROLE, match.id)
            self.matches.addItem(item)
        self.matches.setVisible(bool(found))
        self.match_hint.setVisible(bool(found))
        return found

    def choose(self, row: int) -> None:
        item = self.matches.item(row)
        if item is not None:
            self._use_item(item)

    def _use_item(self, item: QListWidgetItem) -> None:
        with refusals(None) as outcome:  # a convenience, like the lookup
            visitor = self.reception.visitor(int(item.data(VISITOR_ID_ROLE)))
        if outcome.refused:
            return
        self.visitor_id = visitor.id
        self.name.setText(visitor.name)
        self.phone.setText(visitor.phone)
        self.organisation.setText(visitor.organisation)
        self.matches.hide()
        self.match_hint.hide()

    def _name_edited(self) -> None:
        self.visitor_id = None  # a different name is a different visitor
        self._timer.start()


def back_at_text(moment: datetime, today: date | None = None) -> str:
    """"12:30" when it is ``today``, else "11/26 13:00"."""
    local = moment.astimezone(SEOUL)
    return f"{local:%H:%M}" if local.date() == today else f"{local:%m/%d %H:%M}"


def host_note(staff: StaffRecord | None, today: date | None = None) -> str:
    """Rich text: the host's presence in colour and words, and the stand-in when away."""
    if staff is None:
        return ""
    background, foreground = status_colours(staff.presence)
    e = html.escape
    text = (f"<span style='background:{background.name()}; color:{foreground.name()};'>"
            f"&nbsp;{e(status_text(staff.presence))}&nbsp;</span> "
            f"{e(staff.name)} · {e(staff.department_name)}")
    if staff.extension:
        text += f" · ☎ {e(staff.extension)}"
    if staff.presence is not Presence.IN:
        if staff.back_at is not None:
            text += " · " + e(QCoreApplication.translate("HostNote", "back at %1").replace(
                "%1", back_at_text(staff.back_at, today)))
        if staff.stand_in_name:
            text += "<br><b>" + e(QCoreApplication.translate(
                "HostNote", "Away: visitors go to the stand-in %1.").replace(
                "%1", staff.stand_in_name)) + "</b>"
    return text


class HostLine(QLabel):
    """Under a host field: presence, "back at" and the stand-in; the row hides while empty."""

    def __init__(self, form: QFormLayout, picker: StaffPicker, today: date | None) -> None:
        super().__init__()
        self.setWordWrap(True)
        self._form = form
        self._picker = picker
        self._today = today
        form.addRow("", self)
        form.setRowVisible(self, False)
        picker.staff_chosen.connect(self.refresh)
        picker.cleared.connect(self.refresh)

    def refresh(self, *_: object) -> None:
        text = host_note(self._picker.chosen(), self._today)
        self.setText(text)
        self._form.setRowVisible(self, bool(text))
