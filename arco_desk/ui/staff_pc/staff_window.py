"""The staff PC's small window: 내 메모, a message bar, and the way to the full app."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QPushButton, QVBoxLayout, QWidget

from arco_desk.domain.actor import Actor
from arco_desk.services.container import Services
from arco_desk.ui.common.change_watcher import ChangesNow
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.memos.memo_inbox import MyMemosPanel

REFRESH_MS = 30_000


class StaffWindow(QMainWindow):
    open_main = Signal()

    def __init__(self, services: Services, settings: QSettings, actor: Callable[[], Actor],
                 hide_on_close: bool, changes_now: ChangesNow) -> None:
        super().__init__()
        self.setObjectName("staffWindow")
        self.setWindowTitle(self.tr("My memos — ARCO Desk"))
        self.hide_on_close = hide_on_close
        self.message_bar = MessageBar()
        self.inbox = MyMemosPanel(services, self.message_bar, settings, actor, changes_now)
        full = QPushButton(self.tr("Open all of ARCO Desk"))
        full.clicked.connect(self.open_main)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(full)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.inbox, 1)
        layout.addLayout(buttons)
        self.setCentralWidget(central)
        # Countdown badges move with the time of day; the change feed brings the news.
        self.refresh = QTimer(self)
        self.refresh.setInterval(REFRESH_MS)
        self.refresh.timeout.connect(self.inbox.refresh_tick)
        self.refresh.start()
        self.resize(760, 560)

    def bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.hide_on_close:  # the tray icon stays; closing only hides the window
            event.ignore()
            self.hide()
            return
        super().closeEvent(event)
