"""The greeting-script banner and the call timer at the top of the phone tab (clause 1-2:
"greet with the greeting, the department and your name")."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from arco_desk.domain.clock import Clock

_STYLE = ("QFrame#callBar { background:#eef4ff; border:1px solid #b9cdf3; border-radius:6px; }"
          " QLabel#greeting { font-size:15px; color:#17345f; }"
          " QLabel#callTimer { font-size:15px; font-weight:600; color:#17345f;"
          " font-family: monospace; }")


def elapsed_text(seconds: float) -> str:
    """``03:07``; hours only when a call runs that long (``1:02:03``)."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class CallBar(QFrame):
    """F5 or "Start call" starts the timer (and stamps the memo's call time); again stops it."""

    call_started = Signal(object)  # datetime
    call_stopped = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callBar")
        self.setStyleSheet(_STYLE)
        self.clock = clock
        self.started_at: datetime | None = None
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        self.greeting.setWordWrap(True)
        self.greeting.setAccessibleName(self.tr("Greeting script"))
        self.greeting.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timer_label = QLabel("00:00")
        self.timer_label.setObjectName("callTimer")
        self.timer_label.setAccessibleName(self.tr("Call time"))
        self.button = QPushButton()
        self.button.setMinimumWidth(140)
        self.button.clicked.connect(self.toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(QLabel("☎"))
        layout.addWidget(self.greeting, 1)
        layout.addWidget(self.timer_label)
        layout.addWidget(self.button)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.update_timer)
        self._show_state()

    @property
    def running(self) -> bool:
        return self.started_at is not None

    def set_greeting(self, text: str) -> None:
        self.greeting.setText(text)

    def toggle(self) -> None:
        if self.running:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        self.started_at = self.clock()
        self._ticker.start()
        self._show_state()
        self.call_started.emit(self.started_at)

    def stop(self) -> None:
        if not self.running:
            return
        self.update_timer()
        self.started_at = None
        self._ticker.stop()
        self._show_state()
        self.call_stopped.emit()

    def elapsed_seconds(self) -> float:
        if self.started_at is None:
            return 0.0
        return (self.clock() - self.started_at).total_seconds()

    def update_timer(self) -> None:
        if self.running:
            self.timer_label.setText(elapsed_text(self.elapsed_seconds()))

    def _show_state(self) -> None:
        if self.running:
            self.button.setText(self.tr("End call (F5)"))
            self.timer_label.setText(elapsed_text(self.elapsed_seconds()))
        else:
            self.button.setText(self.tr("Start call (F5)"))
