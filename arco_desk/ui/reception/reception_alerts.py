"""The banners above the timeline.

* For the host (when this PC is theirs): "your visitor is due in 5 minutes" with
  "준비 완료", and "your visitor has arrived" with "맞이함".
* For the operator: which preparation alerts went out today, and after 18:00 who
  is still inside.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from arco_desk.domain.reception import HostArrival, PreparationAlert, TimelineEntry
from arco_desk.domain.visitor_privacy import masked_name
from arco_desk.ui.reception.reception_model import hhmm

_HOST_STYLE = "QFrame { background:#fff7d6; border:1px solid #e3c76b; border-radius:4px; }"
_ARRIVAL_STYLE = "QFrame { background:#e3f5e9; border:1px solid #86c79c; border-radius:4px; }"
_CLOSING_STYLE = "QFrame { background:#fde8e8; border:1px solid #e5a3a3; border-radius:4px; }"
_NOTICE_STYLE = "color:#17437a;"


class _Banner(QFrame):
    def __init__(self, style: str, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(style)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet("border:none;")
        layout.addWidget(self.label, 1)
        self.button = QPushButton(button_text)
        self.button.setVisible(bool(button_text))
        layout.addWidget(self.button)
        self.item_id: int | None = None
        self.hide()


class ReceptionAlerts(QWidget):
    ready_clicked = Signal(int)  # appointment id
    received_clicked = Signal(int)  # visit id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host_banner = _Banner(_HOST_STYLE, self.tr("Ready"))
        self.host_banner.button.setAccessibleName(self.tr("Ready for the visitor"))
        self.arrival_banner = _Banner(_ARRIVAL_STYLE, self.tr("I have received them"))
        self.closing_banner = _Banner(_CLOSING_STYLE, "")
        self.sent = QLabel()
        self.sent.setWordWrap(True)
        self.sent.setStyleSheet(_NOTICE_STYLE)
        self.sent.setAccessibleName(self.tr("Preparation alerts sent"))
        self.sent.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.host_banner, self.arrival_banner, self.closing_banner, self.sent):
            layout.addWidget(widget)
        self.host_banner.button.clicked.connect(self._ready)
        self.arrival_banner.button.clicked.connect(self._received)

    # --- the host's own alerts ---------------------------------------------------------------

    def set_host_preparations(self, pending: Sequence[PreparationAlert]) -> None:
        banner = self.host_banner
        if not pending:
            banner.item_id = None
            banner.hide()
            return
        first = pending[0]
        banner.item_id = first.appointment_id
        who = html.escape(first.visitor_name)
        if first.organisation:
            who += f" ({html.escape(first.organisation)})"
        text = "◷ " + html.escape(self.tr(
            "Your visitor %1 is due at %2%3. Please get ready to receive them.")) \
            .replace("%1", f"<b>{who}</b>").replace("%2", hhmm(first.starts_at)) \
            .replace("%3", html.escape(self.tr(" in %1").replace("%1", first.place))
                     if first.place else "")
        if len(pending) > 1:
            text += " " + html.escape(self.tr("(%1 more)").replace("%1", str(len(pending) - 1)))
        banner.label.setText(text)
        banner.show()

    def set_host_arrivals(self, arrivals: Sequence[HostArrival]) -> None:
        banner = self.arrival_banner
        if not arrivals:
            banner.item_id = None
            banner.hide()
            return
        first = arrivals[0]
        banner.item_id = first.visit_id
        who = html.escape(first.visitor_name)
        if first.organisation:
            who += f" ({html.escape(first.organisation)})"
        message = self.tr("%1 arrived at the desk at %2 and is waiting for you.")
        text = "● " + html.escape(message).replace("%1", f"<b>{who}</b>").replace(
            "%2", hhmm(first.arrived_at))
        if len(arrivals) > 1:
            text += " " + html.escape(self.tr("(%1 more)").replace("%1", str(len(arrivals) - 1)))
        banner.label.setText(text)
        banner.show()

    # --- the operator's view ----------------------------------------------------------------

    def set_sent_alerts(self, alerts: Sequence[PreparationAlert]) -> None:
        """Today's preparation alerts, newest first: that they went out, and any answer."""
        if not alerts:
            self.sent.hide()
            return
        parts = []
        for alert in sorted(alerts, key=lambda a: a.alerted_at, reverse=True)[:4]:
            part = self.tr("%1 alerted %2 for %3 (%4)") \
                .replace("%1", hhmm(alert.alerted_at)).replace("%2", alert.host_name) \
                .replace("%3", hhmm(alert.starts_at)).replace("%4", masked_name(alert.visitor_name))
            if alert.host_ready_at is not None:
                part += " ✔ " + self.tr("ready %1").replace("%1", hhmm(alert.host_ready_at))
            parts.append(part)
        self.sent.setText("※ " + self.tr("Preparation alerts: ") + " · ".join(parts))
        self.sent.show()

    def set_still_inside(self, inside: Sequence[TimelineEntry] | None) -> None:
        """After 18:00: the visitors who have not checked out (None hides the banner)."""
        banner = self.closing_banner
        if not inside:
            banner.hide()
            return
        names = ", ".join(f"{e.visitor_name_masked} ({e.host_name})" for e in inside[:6])
        if len(inside) > 6:
            names += " …"
        banner.label.setText("⚠ " + html.escape(
            self.tr("It is past 18:00 and %1 visitor(s) have not checked out: %2")
            .replace("%1", str(len(inside))).replace("%2", names)))
        banner.show()

    def _ready(self) -> None:
        if self.host_banner.item_id is not None:
            self.ready_clicked.emit(self.host_banner.item_id)

    def _received(self) -> None:
        if self.arrival_banner.item_id is not None:
            self.received_clicked.emit(self.arrival_banner.item_id)
