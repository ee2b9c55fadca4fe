"""Staff mode (``--staff``): ARCO Desk in the tray of a staff member's own PC.

The tray icon carries the unread count; every memo, visitor arrival, preparation
alert or complaint addressed to this PC's staff member (or to their whole
department) raises a desktop notification, and clicking it opens the item. The
small 내 메모 window is one click away, the full tabs on demand. Without a system
tray (some Linux desktops) the 내 메모 window stands in for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import MEMO_KINDS, ChangeKind, ChangeRecord
from arco_desk.domain.notifications import Notice
from arco_desk.services.container import Services
from arco_desk.services.notices import NoticeQueue
from arco_desk.ui.admin.identity_dialog import IdentityDialog
from arco_desk.ui.common.change_watcher import ChangeWatcher
from arco_desk.ui.common.dialogs import open_dialog
from arco_desk.ui.common.identity import ActingPerson, current_staff_id
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.messages import notice_words
from arco_desk.ui.common.signed_in import SignedInPerson
from arco_desk.ui.shell.main_window import MainWindow
from arco_desk.ui.staff_pc.staff_window import StaffWindow
from arco_desk.ui.staff_pc.tray import StaffTray

log = logging.getLogger(__name__)

class StaffMode(QObject):
    # A restore was recorded from the full window: close ARCO Desk and start again.
    restart_requested = Signal()

    def __init__(self, services: Services, settings: QSettings, icon: QIcon,
                 use_tray: bool, parent: QObject | None = None,
                 person: SignedInPerson | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        # The person signed in on this PC (issue 15); without one, this PC's staff member.
        self.person = person
        self.actor: Callable[[], Actor] = person or ActingPerson(settings, services.directory)
        self.notified: list[Notice] = []
        self.watcher = ChangeWatcher(services.change_feed, self)
        self.owed_notices = NoticeQueue(services.notices)
        self.window = StaffWindow(services, settings, self.actor, hide_on_close=use_tray,
                                  changes_now=self.watcher.check_now)
        self.main_window: MainWindow | None = None
        self.tray = StaffTray(icon, self) if use_tray else None
        self._department_id: int | None = None

        self.watcher.changes.connect(self.apply_changes)
        self.watcher.connection_lost.connect(self._connection_lost)
        self.watcher.connection_restored.connect(self._connection_restored)
        self.window.open_main.connect(self.open_main)
        self.window.inbox.identity_changed.connect(self._identity_changed)
        if self.tray is not None:
            self.window.inbox.unread_changed.connect(self.tray.set_unread)
            self.tray.set_unread(self.window.inbox.unread)
            self.tray.open_notice.connect(self.open_notice)
            self.tray.open_inbox.connect(self.window.bring_forward)
            self.tray.open_main.connect(self.open_main)
            self.tray.quit_requested.connect(self.quit)
        self._identity_changed()

    # --- start ----------------------------------------------------------------------------

    def start(self) -> None:
        """Ask once who sits here, then sit in the tray (or show 내 메모 without one)."""
        if self.staff_id() is not None:
            self._settle()
            return
        dialog = IdentityDialog(self.services.directory, self.settings)
        dialog.setWindowTitle(self.tr("Whose PC is this? — ARCO Desk"))
        open_dialog(dialog, self._identity_chosen, finished=lambda _accepted: self._settle())

    def _identity_chosen(self) -> None:
        self.window.inbox.reload()
        self._identity_changed()

    def _settle(self) -> None:
        if self.tray is not None:
            self.tray.show()
        if self.tray is None or self.staff_id() is None:
            self.window.bring_forward()

    def staff_id(self) -> int | None:
        if self.person is not None:
            return self.person.staff_id
        return current_staff_id(self.settings)

    def _identity_changed(self) -> None:
        me = self.staff_id()
        self._department_id = None
        if me is not None:
            with refusals(lambda text: log.warning("this PC's staff profile is gone: %s",
                                                   text)):
                self._department_id = self.services.directory.get_staff(me).department_id

    # --- news from the change feed --------------------------------------------------------

    def apply_changes(self, records: list[ChangeRecord]) -> None:
        # The full window, once open, hears the same watcher itself.
        self.window.inbox.apply_changes(records)
        me = self.staff_id()
        if me is None:
            return
        self._notify_owed([r for r in records if r.concerns(me, self._department_id)])

    def _notify_owed(self, records: list[ChangeRecord] | None = None) -> None:
        for notice in self.owed_notices.take(records or []):
            self.notify(notice)

    def notify(self, notice: Notice) -> None:
        self.notified.append(notice)
        if self.tray is not None:
            self.tray.notify(notice)
        else:
            title, text = notice_words(notice)
            self.window.message_bar.show_info(f"{title} — {text}", timeout_ms=30_000)
            self.window.bring_forward()

    def open_notice(self, notice: Notice) -> None:
        """Open the item a clicked notification is about."""
        if notice.kind in MEMO_KINDS:
            self.window.bring_forward()
            self.window.inbox.open_memo(notice.entity_id)
            return
        window = self.open_main()
        if notice.kind is ChangeKind.COMPLAINT_ASSIGNED:
            window.tabs.setCurrentWidget(window.complaint_tab)
            window.complaint_tab.show_complaint(notice.entity_id)
            return
        window.tabs.setCurrentWidget(window.reception_tab)
        window.reception_tab.show_today()
        if notice.kind is ChangeKind.PREPARATION_ALERT:
            window.reception_tab.select(notice.entity_id)  # the appointment's row
        else:
            self._select_visit(window, notice.entity_id)

    def _select_visit(self, window: MainWindow, visit_id: int) -> None:
        with refusals(window.message_bar) as outcome:
            entry = self.services.reception.visit(visit_id).entry
        if outcome.refused:
            return
        window.reception_tab.select(entry.id)

    def open_main(self) -> MainWindow:
        if self.main_window is None:
            self.main_window = MainWindow(self.services, self.settings, self.watcher, self.actor,
                                          person=self.person)
            self.main_window.restart_requested.connect(self.restart_requested)
        self.main_window.showNormal()
        self.main_window.raise_()
        self.main_window.activateWindow()
        return self.main_window

    # --- connection -----------------------------------------------------------------------

    def _connection_lost(self, _message: str) -> None:
        self.window.message_bar.show_error(
            self.tr("Connection lost — reconnecting. No memo is missed: they arrive when "
                    "the database is back."))

    def _connection_restored(self) -> None:
        self.window.message_bar.show_info(self.tr("Connected again."))
        self.window.inbox.reload()
        self._notify_owed()  # announced just before the outage: shown now

    def quit(self) -> None:
        self.watcher.stop()
        if self.tray is not None:
            self.tray.hide()
        app = QApplication.instance()
        if app is not None:
            app.quit()
