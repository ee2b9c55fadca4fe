from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QColor, QIcon, QPixmap

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.notifications import memo_notice
from arco_desk.ui.staff_pc.tray import ICON_SIZE, StaffTray, badge_icon, unread_badge_text


def _plain_icon() -> QIcon:
    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(QColor("#ffffff"))
    return QIcon(pixmap)


def test_the_badge_text_caps_at_99() -> None:
    assert [unread_badge_text(n) for n in (1, 42, 99, 100, 2500)] == [
        "1", "42", "99", "99+", "99+"]


def test_the_badge_is_drawn_only_when_something_is_unread(qapp) -> None:  # type: ignore[no-untyped-def]
    corner = (ICON_SIZE * 2 // 3, ICON_SIZE // 3)
    quiet = badge_icon(_plain_icon(), 0).pixmap(ICON_SIZE, ICON_SIZE).toImage()
    busy = badge_icon(_plain_icon(), 3).pixmap(ICON_SIZE, ICON_SIZE).toImage()
    assert quiet.pixelColor(*corner) == QColor("#ffffff")
    assert busy.pixelColor(*corner) != QColor("#ffffff")


def test_unread_count_shows_in_the_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    tray = StaffTray(_plain_icon())
    assert "no unread" in tray.tooltip() or "읽지 않은 메모 없음" in tray.tooltip()
    tray.set_unread(3)
    assert "3" in tray.icon.toolTip()


def test_clicking_the_notification_opens_that_item(qtbot) -> None:  # type: ignore[no-untyped-def]
    tray = StaffTray(_plain_icon())
    notice = memo_notice(12, "홍길동", "", ["회신 요망"], "문의",
                         datetime(2026, 11, 25, 10, 0, tzinfo=SEOUL))
    tray.notify(notice)
    with qtbot.waitSignal(tray.open_notice) as opened:
        tray.icon.messageClicked.emit()
    assert opened.args == [notice]


def test_a_click_on_the_icon_opens_my_memos(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QSystemTrayIcon

    tray = StaffTray(_plain_icon())
    with qtbot.waitSignal(tray.open_inbox):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
