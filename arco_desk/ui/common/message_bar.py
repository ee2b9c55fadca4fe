"""A message bar at the top of the window: known errors and confirmations, never a crash."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

_STYLES = {
    "error": "background:#fde8e8; color:#8a1c1c; border:1px solid #e5a3a3;",
    "info": "background:#e8f1fd; color:#17437a; border:1px solid #a9c6ee;",
}


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName(self.tr("Message bar"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Close message"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.level = ""
        self.hide()

    def show_error(self, text: str) -> None:
        self._show("error", text, 0)

    def show_info(self, text: str, timeout_ms: int = 6000) -> None:
        self._show("info", text, timeout_ms)

    def text(self) -> str:
        return self.label.text()

    def _show(self, level: str, text: str, timeout_ms: int) -> None:
        self.level = level
        prefix = self.tr("Error") if level == "error" else self.tr("Notice")
        self.label.setText(f"<b>{prefix}</b> — {text}")
        self.setStyleSheet(f"QFrame#messageBar {{ {_STYLES[level]} border-radius:4px; }}")
        self._timer.stop()
        if timeout_ms:
            self._timer.start(timeout_ms)
        self.show()
