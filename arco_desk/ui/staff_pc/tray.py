"""The staff PC's tray icon: the unread count on the icon, a desktop notification for
each memo, visitor arrival or preparation alert, and a click that opens the item."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from arco_desk.domain.notifications import Notice
from arco_desk.ui.common.messages import notice_words

ICON_SIZE = 64
NOTICE_MS = 10_000


def badge_icon(base: QIcon, count: int) -> QIcon:
    """``base`` with a red disc and the count (``99+`` above 99) in its corner."""
    pixmap = base.pixmap(ICON_SIZE, ICON_SIZE) if not base.isNull() else QPixmap(
        ICON_SIZE, ICON_SIZE)
    if base.isNull():
        pixmap.fill(QColor("#1e3a8a"))
    if count <= 0:
        return QIcon(pixmap)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    disc = QRect(ICON_SIZE // 3, 0, ICON_SIZE * 2 // 3, ICON_SIZE * 2 // 3)
    painter.setBrush(QColor("#b42318"))
    painter.setPen(QColor("white"))
    painter.drawEllipse(disc)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(ICON_SIZE // 3 if count < 100 else ICON_SIZE // 4)
    painter.setFont(font)
    painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, unread_badge_text(count))
    painter.end()
    return QIcon(pixmap)


def unread_badge_text(count: int) -> str:
    return "99+" if count > 99 else str(count)


class StaffTray(QObject):
    open_notice = Signal(object)  # the Notice whose balloon was clicked
    open_inbox = Signal()
    open_main = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base_icon = icon
        self.unread = 0
        self.last_notice: Notice | None = None
        self.icon = QSystemTrayIcon(badge_icon(icon, 0), self)
        self.menu = QMenu()
        self.menu.addAction(self.tr("My memos"), self.open_inbox.emit)
        self.menu.addAction(self.tr("Open ARCO Desk"), self.open_main.emit)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Quit"), self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        self.set_unread(0)

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_unread(self, count: int) -> None:
        self.unread = count
        self.icon.setIcon(badge_icon(self.base_icon, count))
        self.icon.setToolTip(self.tooltip())

    def tooltip(self) -> str:
        if self.unread == 0:
            return self.tr("ARCO Desk — no unread memos")
        return self.tr("ARCO Desk — %n unread memo(s)", "", self.unread)

    def notify(self, notice: Notice) -> None:
        """A desktop notification; clicking it opens the item (``open_notice``)."""
        self.last_notice = notice
        title, text = notice_words(notice)
        self.icon.showMessage(title, text,
                              QSystemTrayIcon.MessageIcon.Information, NOTICE_MS)

    def _message_clicked(self) -> None:
        if self.last_notice is not None:
            self.open_notice.emit(self.last_notice)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_inbox.emit()
