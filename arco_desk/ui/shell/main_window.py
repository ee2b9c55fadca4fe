"""The main window: the four tabs of the design and the message bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from arco_desk import __version__
from arco_desk.domain.actor import Actor
from arco_desk.domain.roles import Permission
from arco_desk.ui.common.dialogs import open_dialog
from arco_desk.ui.common.message_bar import MessageBar

# The frame is built before the database stack is imported (docs/architecture.md §16):
# the tabs, the dialogs and the services are imported when the window is filled or a
# dialog is opened.
if TYPE_CHECKING:
    from arco_desk.domain.change_feed import ChangeRecord
    from arco_desk.services.container import Services
    from arco_desk.ui.admin.access_review_dialog import AccessReviewDialog
    from arco_desk.ui.admin.accounts_dialog import AccountsDialog
    from arco_desk.ui.admin.backup_dialog import BackupDialog
    from arco_desk.ui.admin.calendar_dialog import CalendarDialog
    from arco_desk.ui.admin.pc_settings_dialog import PcSettingsDialog
    from arco_desk.ui.admin.standard_dialog import StandardDialog
    from arco_desk.ui.admin.visitor_purge_dialog import VisitorPurgeDialog
    from arco_desk.ui.common.change_watcher import ChangeWatcher
    from arco_desk.ui.common.signed_in import SignedInPerson
    from arco_desk.ui.report.report_dialog import ComplianceReportDialog
    from arco_desk.ui.shell.idle_lock import IdleLock
    from arco_desk.ui.shell.sign_in import ChangePasswordDialog
TICK_MS = 30_000
# What a person needs to see each tab, in the tabs' order (domain/roles.py).
TAB_PERMISSIONS: Final = (Permission.RECEIVE_VISITORS, Permission.TAKE_MEMOS,
                          Permission.VIEW_COMPLAINTS, Permission.VIEW_DIRECTORY,
                          Permission.VIEW_REPORTS)


class MainWindow(QMainWindow):
    # A restore is recorded (Admin › Backup and restore): close ARCO Desk and start again.
    restart_requested = Signal()
    # The sections were painted for the first time (the window is on screen).
    first_painted = Signal()

    # Set by ``attach``: the window's frame exists before the database stack is loaded.
    services: Services
    actor: Callable[[], Actor]
    change_watcher: ChangeWatcher

    def __init__(self, services: Services | None, settings: QSettings,
                 watcher: ChangeWatcher | None = None,
                 actor: Callable[[], Actor] | None = None,
                 person: SignedInPerson | None = None, *,
                 fill_later: bool = False) -> None:
        """The frame (menus, message bar, each section's title on an empty page) now; the
        tabs, with their first database reads, when the window has ``services`` (given
        here or to :meth:`attach`) and has been painted, or now without ``fill_later``,
        as tests expect (docs/architecture.md §16)."""
        super().__init__()
        self.settings = settings
        # Whoever acts from this PC: the person signed in (issue 15). Until every window is
        # opened after a sign-in, one without a person acts as this PC's staff member.
        self.person = person
        self.filled = False
        self.painted = False
        self.setWindowTitle(self.tr("ARCO Desk"))
        self.setObjectName("mainWindow")
        self.message_bar = MessageBar()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sections"))
        self._owns_watcher = False

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        admin_menu = self.admin_menu = self.menuBar().addMenu(self.tr("&Admin"))
        self.calendar_action = admin_menu.addAction(self.tr("&Calendar…"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.standard_action = admin_menu.addAction(self.tr("Service &standard…"))
        self.standard_action.triggered.connect(self.open_standard)
        self.purge_action = admin_menu.addAction(self.tr("Visitor data &retention…"))
        self.purge_action.triggered.connect(self.open_purge_dialog)
        self.backup_action = admin_menu.addAction(self.tr("&Backup and restore…"))
        self.backup_action.triggered.connect(self.open_backups)
        self.pc_settings_action = admin_menu.addAction(self.tr("Settings of this &PC…"))
        self.pc_settings_action.triggered.connect(self.open_pc_settings)
        self.identity_action = admin_menu.addAction(self.tr("This PC's &staff member…"))
        self.accounts_action = admin_menu.addAction(self.tr("&Accounts…"))
        self.accounts_action.triggered.connect(self.open_accounts)
        self.access_action = admin_menu.addAction(self.tr("Access recor&ds…"))
        self.access_action.triggered.connect(self.open_access_records)
        report_menu = self.report_menu = self.menuBar().addMenu(self.tr("&Report"))
        self.compliance_action = report_menu.addAction(self.tr("&Compliance report…"))
        self.compliance_action.triggered.connect(self.open_compliance_report)
        self.idle_lock: IdleLock | None = None
        self.database_label = QLabel(f"v{__version__}")
        self.statusBar().addPermanentWidget(self.database_label)

        for number in range(1, len(TAB_PERMISSIONS) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n - 1))
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)

        # One heartbeat for the passing of time only: countdown badges, "due today"
        # counts (database changes arrive as change records). Tabs that care define
        # ``refresh_tick()``; tests call ``tick()`` after moving their clock.
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(TICK_MS)
        self.heartbeat.timeout.connect(self.tick)

        self.resize(1280, 780)
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self._frame_only()
        # Queued: whoever waits for the first paint hears it before the tabs are built.
        self.first_painted.connect(self._first_paint_over, Qt.ConnectionType.QueuedConnection)
        # The first paint of the sections is heard after it is done (the start-up mark).
        self.tabs.installEventFilter(self)
        if services is not None:
            self.attach(services, watcher=watcher, actor=actor, fill_now=not fill_later)

    def attach(self, services: Services, person: SignedInPerson | None = None, *,
               watcher: ChangeWatcher | None = None,
               actor: Callable[[], Actor] | None = None, fill_now: bool = False) -> None:
        """The database is open (and ``person`` signed in): fill the window now, or after
        its first paint if that has not come yet."""
        from arco_desk.ui.common.change_watcher import ChangeWatcher
        from arco_desk.ui.common.identity import ActingPerson

        self.services = services
        if person is not None:
            self.person = person
            self._frame_sections()
        self.actor = self.person or actor or ActingPerson(self.settings, services.directory)
        # Changes made here, on other PCs or by background work reach the tabs that define
        # ``apply_changes(records)`` one way: as change records. After its own write a tab
        # calls ``changes_now`` instead of reloading lists by hand.
        self._owns_watcher = watcher is None
        self.change_watcher = watcher or ChangeWatcher(services.change_feed, self)
        self.database_label.setText(f"{services.database_label}  ·  v{__version__}")
        if fill_now or self.painted:
            self.fill()

    def _first_paint_over(self) -> None:
        self.painted = True
        if hasattr(self, "services"):
            self.fill()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tabs and event.type() == QEvent.Type.Paint:
            self.tabs.removeEventFilter(self)
            QTimer.singleShot(0, self.first_painted.emit)
        return super().eventFilter(watched, event)

    def _last_tab(self) -> int:
        last_tab = self.settings.value("window/tab", 0)  # first start: 방문 접수
        return int(str(last_tab)) if str(last_tab).isdigit() else 0

    def _frame_only(self) -> None:
        """Until ``fill``: each section's title on an empty page, the person's sections
        only, and no menu to act from."""
        complaints = QCoreApplication.translate("ComplaintTab", "Complaints")  # its own
        titles = (self.tr("Reception"), self.tr("Phone memos"), complaints,
                  self.tr("Staff directory"), self.tr("Overdue board"))
        for title in titles:
            waiting = QLabel(self.tr("Opening…"))
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            waiting.setEnabled(False)
            self.tabs.addTab(waiting, title)
        self._frame_sections()
        self.tabs.setCurrentIndex(self._last_tab())
        self.menuBar().setEnabled(False)

    def _frame_sections(self) -> None:
        """Before ``fill``, the signed-in person's sections only."""
        if self.person is None or self.filled:
            return
        for index, permission in enumerate(TAB_PERMISSIONS):
            self.tabs.setTabVisible(index, self.person.may(permission) is not None)

    def fill(self) -> None:
        """Build the tabs (each reads its lists) and connect what hears the database."""
        if self.filled:
            return
        self.filled = True
        from arco_desk.ui.common.list_export import EXPORT_SHORTCUT
        from arco_desk.ui.complaints.complaint_tab import ComplaintTab
        from arco_desk.ui.directory.directory_tab import DirectoryTab
        from arco_desk.ui.memos.memo_tab import MemoTab
        from arco_desk.ui.oversight.overdue_board_tab import OverdueBoardTab
        from arco_desk.ui.reception.reception_tab import ReceptionTab

        services, person = self.services, self.person
        QShortcut(QKeySequence(EXPORT_SHORTCUT), self, self.export_list)
        current = self.tabs.currentIndex() if self.tabs.count() else self._last_tab()
        self.tabs.setUpdatesEnabled(False)
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not None:
                page.deleteLater()
        self.reception_tab = ReceptionTab(services, self.message_bar, self.actor,
                                          self.changes_now)
        self.memo_tab = MemoTab(services, self.message_bar, self.settings, self.actor,
                                self.changes_now)
        self.complaint_tab = ComplaintTab(services, self.message_bar, self.actor,
                                          self.changes_now)
        self.directory_tab = DirectoryTab(services, self.message_bar, self.actor,
                                          self.changes_now)
        self.tabs.addTab(self.reception_tab, self.tr("Reception"))
        self.tabs.addTab(self.memo_tab, self.tr("Phone memos"))
        self.tabs.addTab(self.complaint_tab, self.complaint_tab.title)
        self.complaint_tab.title_changed.connect(self._complaint_title)
        # A memo or a visit that turns out to be a complaint opens the complaint intake.
        self.memo_tab.complaint_requested.connect(self._complaint_from_memo)
        self.reception_tab.complaint_requested.connect(self._complaint_from_visit)
        self.tabs.addTab(self.directory_tab, self.tr("Staff directory"))
        # 기한 현황 (issue 16): team leads and administrators.
        self.board_tab = OverdueBoardTab(services, self.message_bar, self.actor,
                                         self.changes_now)
        self.tabs.addTab(self.board_tab, self.tr("Overdue board"))
        self.board_tab.open_requested.connect(self.open_item)
        self.identity_action.triggered.connect(self.memo_tab.inbox.choose_identity)
        if person is not None:
            self._signed_in_menu(person)
            if len(self._shown_tabs()) < self.tabs.count():
                # The first load of a tab the person may not see was refused; it is not
                # theirs to hear about.
                self.message_bar.hide()
        # Whoever sits here drives 내 메모, the greeting, host banners and the actor names.
        self.memo_tab.inbox.identity_changed.connect(self.reception_tab.reload)
        self.heartbeat.start()
        # A lost server is said once, until it returns.
        self.change_watcher.changes.connect(self.apply_changes)
        self.change_watcher.connection_lost.connect(self._connection_lost)
        self.change_watcher.connection_restored.connect(self._connection_restored)
        self.tabs.setCurrentIndex(current)
        self._to_a_shown_tab()
        self.menuBar().setEnabled(True)
        self.tabs.setUpdatesEnabled(True)

    def _tab_permissions(self) -> tuple[tuple[QWidget, Permission], ...]:
        """Each tab and what a person needs to see it (domain/roles.py); none before
        ``fill``."""
        if not self.filled:
            return ()
        tabs = (self.reception_tab, self.memo_tab, self.complaint_tab, self.directory_tab,
                self.board_tab)
        return tuple(zip(tabs, TAB_PERMISSIONS, strict=True))

    def _shown_tabs(self) -> list[QWidget]:
        """The tabs the person may see; hidden ones are not refreshed (the services would
        refuse them)."""
        return [tab for tab, _ in self._tab_permissions()
                if self.tabs.isTabVisible(self.tabs.indexOf(tab))]

    def _to_a_shown_tab(self) -> None:
        if not self.tabs.isTabVisible(self.tabs.currentIndex()):
            shown = self._shown_tabs()
            if shown:
                self.tabs.setCurrentWidget(shown[0])

    def tick(self) -> None:
        """Let every tab react to the passing of time (services read the clock)."""
        for tab in self._shown_tabs():
            refresh = getattr(tab, "refresh_tick", None)
            if callable(refresh):
                refresh()

    def changes_now(self) -> None:
        """After a write from this window: hear its change records at once."""
        self.change_watcher.check_now()

    def apply_changes(self, records: list[ChangeRecord]) -> None:
        from arco_desk.domain.change_feed import ChangeKind

        if any(r.kind == ChangeKind.STANDARD_CHANGED for r in records):
            # A new version of the service standard (here or on another PC): read again.
            self.services.standards.invalidate()
        for tab in self._shown_tabs():
            apply = getattr(tab, "apply_changes", None)
            if callable(apply):
                apply(records)

    def _connection_lost(self, _message: str) -> None:
        self.message_bar.show_error(
            self.tr("Connection lost — reconnecting. What you type is kept; saving waits "
                    "until the database is back."))

    def _connection_restored(self) -> None:
        self.message_bar.show_info(self.tr("Connected again. Lists are up to date."))
        self.tick()

    def open_item(self, kind: str, item_id: int) -> None:
        """Show an item of the overdue board where it is handled: a complaint in its tab,
        a memo in its detail, the call before a visit at the reception's call list (or,
        without that tab, in words)."""
        from arco_desk.domain.overdue import WorkKind

        if kind == WorkKind.COMPLAINT:
            self.tabs.setCurrentWidget(self.complaint_tab)
            self.complaint_tab.show_complaint(item_id)
        elif kind == WorkKind.MEMO_CALLBACK:
            self.memo_tab.open_detail(item_id)
        elif self.tabs.isTabVisible(self.tabs.indexOf(self.reception_tab)):
            self.tabs.setCurrentWidget(self.reception_tab)
            self.reception_tab.outbound.select(item_id)
        else:
            self.message_bar.show_info(self.tr(
                "The call before a visit is recorded at the reception desk or by the person "
                "making the visit."))

    def _complaint_from_memo(self, memo_id: int) -> None:
        self.tabs.setCurrentWidget(self.complaint_tab)
        self.complaint_tab.start_from_memo(memo_id)

    def _complaint_from_visit(self, visit_id: int) -> None:
        self.tabs.setCurrentWidget(self.complaint_tab)
        self.complaint_tab.start_from_visit(visit_id)

    def _complaint_title(self, title: str) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.complaint_tab), title)

    def _signed_in_menu(self, person: SignedInPerson) -> None:
        """The person's own menu (password, lock, another operator), the idle lock, and
        the admin actions their roles allow (docs/architecture.md §12)."""
        from arco_desk.ui.shell.idle_lock import IdleLock

        menu = self.menuBar().addMenu(self.tr("&Me"))
        self.password_action = menu.addAction(self.tr("Change &password…"))
        self.password_action.triggered.connect(self.change_password)
        self.lock_action = menu.addAction(self.tr("&Lock"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        minutes = self._idle_minutes()
        self.idle_lock = IdleLock(self, self.services.accounts, person, minutes,
                                  connect=self.services.connect_as)
        self.lock_action.triggered.connect(self.idle_lock.lock)
        self.switch_action = menu.addAction(self.tr("Another &operator…"))
        self.switch_action.triggered.connect(self._switch_operator)
        self.identity_action.setVisible(False)  # the signed-in person is who sits here
        person.changed.connect(self._person_changed)
        person.changed.connect(self._lists_for_the_person)
        self._person_changed()

    def _idle_minutes(self) -> int:
        from arco_desk.services.settings import IDLE_MINUTES
        from arco_desk.ui.common.known_errors import refusals

        minutes = IDLE_MINUTES
        with refusals(None):
            minutes = self.services.accounts.idle_lock_minutes()
        return minutes

    def _switch_operator(self) -> None:
        if self.idle_lock is not None:
            self.idle_lock.lock()
            self.idle_lock.panel.switch_operator()

    def _person_changed(self) -> None:
        """Who may do what follows the person; 내 메모 and the greeting follow them."""
        person = self.person
        if person is None:
            return
        gates = ((self.calendar_action, Permission.EDIT_CALENDAR),
                 (self.standard_action, Permission.EDIT_SERVICE_STANDARD),
                 (self.purge_action, Permission.PURGE_VISITOR_DATA),
                 (self.backup_action, Permission.EDIT_SETTINGS),
                 (self.pc_settings_action, Permission.EDIT_SETTINGS),
                 (self.accounts_action, Permission.MANAGE_ACCOUNTS),
                 (self.access_action, Permission.REVIEW_ACCESS_RECORDS),
                 (self.compliance_action, Permission.VIEW_REPORTS))
        for action, permission in gates:
            action.setVisible(person.may(permission) is not None)
        for menu in (self.admin_menu, self.report_menu):  # no empty menu on the bar
            menu.menuAction().setVisible(any(a.isVisible() for a in menu.actions()))
        for tab, permission in self._tab_permissions():
            self.tabs.setTabVisible(self.tabs.indexOf(tab), person.may(permission) is not None)
        self._to_a_shown_tab()
        self.setWindowTitle(self.tr("ARCO Desk — %1").replace("%1", person().name))
        self.memo_tab.inbox.person_changed()

    def _lists_for_the_person(self) -> None:
        """Another operator took the PC over: the memo and complaint lists are read again
        for them (their reach; the callers they do not handle masked). A list they may
        not see is on a hidden tab."""
        person = self.person
        if person is None:
            return
        if person.may(Permission.VIEW_MEMOS) is not None:
            self.memo_tab.list_panel.reload()
        if person.may(Permission.VIEW_COMPLAINTS) is not None:
            self.complaint_tab.reload()

    def change_password(self) -> ChangePasswordDialog:
        from arco_desk.ui.shell.sign_in import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.services.accounts, self.actor(), parent=self,
                                      connect=self.services.connect_as)
        return open_dialog(dialog, lambda: self.message_bar.show_info(
            self.tr("Password changed.")))

    def open_accounts(self) -> AccountsDialog:
        from arco_desk.ui.admin.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.services.accounts, self.services.directory, self.actor,
                                self)
        dialog.idle_minutes_saved.connect(self._idle_minutes_saved)
        return open_dialog(dialog)

    def _idle_minutes_saved(self, minutes: int) -> None:
        if self.idle_lock is not None:
            self.idle_lock.minutes = minutes

    def open_access_records(self) -> AccessReviewDialog:
        from arco_desk.ui.admin.access_review_dialog import AccessReviewDialog

        return open_dialog(AccessReviewDialog(self.services.access_records, self.actor,
                                              self.services.clock, self))

    def open_compliance_report(self) -> ComplianceReportDialog:
        from arco_desk.ui.report.report_dialog import ComplianceReportDialog

        return open_dialog(ComplianceReportDialog(self.services.compliance,
                                                  lambda: self.actor().name,
                                                  self.services.clock, self))

    def open_purge_dialog(self) -> VisitorPurgeDialog:
        """The privacy officer's visitor-data retention (they need no reception tab)."""
        from arco_desk.ui.admin.visitor_purge_dialog import VisitorPurgeDialog

        dialog = VisitorPurgeDialog(self.services.reception.privacy, self.actor, self)
        dialog.purged.connect(self.changes_now)
        return open_dialog(dialog)

    def open_calendar(self) -> CalendarDialog:
        from arco_desk.ui.admin.calendar_dialog import CalendarDialog

        return open_dialog(CalendarDialog(self.services.calendar, self.actor, self))

    def open_standard(self) -> StandardDialog:
        from arco_desk.ui.admin.standard_dialog import StandardDialog

        return open_dialog(StandardDialog(self.services.standards, self.actor, self))

    def open_backups(self) -> BackupDialog:
        from arco_desk.ui.admin.backup_dialog import BackupDialog

        dialog = BackupDialog(self.services.backups, self.services.daily_backups, self.actor,
                              self)
        dialog.restore_requested.connect(self.restart_requested)
        return open_dialog(dialog)

    def open_pc_settings(self) -> PcSettingsDialog:
        from arco_desk.ui.admin.autostart import AutoStart
        from arco_desk.ui.admin.pc_settings_dialog import PcSettingsDialog

        dialog = PcSettingsDialog(self.settings, AutoStart(), self)
        return open_dialog(dialog, lambda: self._pc_settings_saved(dialog.restart_needed))

    def _pc_settings_saved(self, restart_needed: bool) -> None:
        if restart_needed:
            self.message_bar.show_info(
                self.tr("Saved. The new database or mode applies when ARCO Desk is started "
                        "again."), timeout_ms=15_000)

    def focus_search(self) -> None:
        current = self.tabs.currentWidget()
        focus = getattr(current, "focus_search", None)
        if callable(focus):
            focus()

    def export_list(self) -> None:
        """Ctrl+Shift+E: the list of the tab shown, with its filters, to a file."""
        export = getattr(self.tabs.currentWidget(), "export_list", None)
        if callable(export):
            export()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.idle_lock is not None:
            self.idle_lock.stop()
        if self._owns_watcher:  # a frame closed before the database opened has none
            self.change_watcher.stop()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        super().closeEvent(event)
