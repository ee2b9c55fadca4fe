"""방문 접수: the day's timeline, check-in and walk-ins, routing to the stand-in, the visit
record, passes, check-out, preparation alerts and the calls before outbound visits
(standard clauses 1-1 and 1-5).

Dialogs open through ``open_dialog`` and report back through ``accepted``; each action
method returns its dialog so tests drive the same path as the operator.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arco_desk.domain.access_records import AccessAction
from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import RECEPTION_KINDS, ChangeKind, ChangeRecord, kinds_of
from arco_desk.domain.clock import SEOUL
from arco_desk.domain.reception import (
    CheckInResult,
    TimelineEntry,
    VisitDetail,
    VisitStatus,
    closing_moment,
)
from arco_desk.domain.visitor_privacy import masked_name
from arco_desk.services.container import Services
from arco_desk.ui.common.change_watcher import ChangesNow
from arco_desk.ui.common.dialogs import open_dialog
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.list_export import ListReasonDialog, export_button
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.paged_model import report_outages
from arco_desk.ui.common.record_list import record_table, search_as_typed, with_count
from arco_desk.ui.common.search_box import search_box, show_found
from arco_desk.ui.common.seoul_time import bound_to_entry_range, from_qdate, to_qdate
from arco_desk.ui.reception.appointment_dialog import AppointmentDialog
from arco_desk.ui.reception.outbound_panel import OutboundPanel
from arco_desk.ui.reception.reception_alerts import ReceptionAlerts
from arco_desk.ui.reception.reception_detail import detail_html
from arco_desk.ui.reception.reception_model import TimelineModel
from arco_desk.ui.reception.timeline_export import export_timeline
from arco_desk.ui.reception.visit_dialogs import (
    CheckOutDialog,
    PassDialog,
    ReceivedByDialog,
    VisitRecordDialog,
)
from arco_desk.ui.reception.visitor_fields import back_at_text
from arco_desk.ui.reception.visitor_pass import print_pass, save_pass_pdf
from arco_desk.ui.reception.walk_in_dialog import WalkInDialog

T = TypeVar("T")


class _AppointmentStep(Protocol):
    def __call__(self, appointment_id: int, /, *, actor: Actor) -> None: ...


class ReceptionTab(QWidget):
    complaint_requested = Signal(int)  # visit id: "민원으로 등록" on a visit record

    def __init__(self, services: Services, message_bar: MessageBar,
                 actor: Callable[[], Actor], changes_now: ChangesNow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes_now = changes_now
        self.services = services
        self.reception = services.reception
        self.directory = services.directory
        self.message_bar = message_bar
        self.actor = actor
        self.last_check_in: CheckInResult | None = None
        self._following_today = True

        # --- toolbar ---------------------------------------------------------------------
        self.previous_day = QToolButton()
        self.previous_day.setText("◀")
        self.previous_day.setAccessibleName(self.tr("Previous day"))
        self.day = QDateEdit(to_qdate(self.today()))
        self.day.setCalendarPopup(True)
        bound_to_entry_range(self.day, self.today())
        self.day.setDisplayFormat("yyyy-MM-dd (ddd)")
        self.day.setAccessibleName(self.tr("Day shown"))
        self.next_day = QToolButton()
        self.next_day.setText("▶")
        self.next_day.setAccessibleName(self.tr("Next day"))
        self.today_button = QPushButton(self.tr("Today"))
        self.search = search_box()
        self.search.setPlaceholderText(self.tr("Find visitor, organisation, host (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find in the timeline"))
        self.new_button = QPushButton(self.tr("&New appointment…"))
        self.new_button.setToolTip("Ctrl+N")
        self.walk_in_button = QPushButton(self.tr("&Walk-in…"))
        self.walk_in_button.setToolTip("Ctrl+Shift+N")
        toolbar = QHBoxLayout()
        for widget in (self.previous_day, self.day, self.next_day, self.today_button):
            toolbar.addWidget(widget)
        toolbar.addWidget(self.search, 1)
        toolbar.addWidget(self.new_button)
        toolbar.addWidget(self.walk_in_button)
        self.export_button = export_button()
        toolbar.addWidget(self.export_button)

        self.alerts = ReceptionAlerts()

        # --- timeline ----------------------------------------------------------------------
        self.model = TimelineModel(self.reception.timeline_rows, self)
        report_outages(self.model, message_bar)
        self.table = record_table(self.model, self.tr("Timeline"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TimelineModel.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 104), (1, 104), (2, 70), (4, 112), (5, 128), (6, 110),
                              (7, 90), (8, 64)):
            self.table.setColumnWidth(column, width)
        self.count_label = QLabel()
        self.outbound = OutboundPanel(self.reception.outbound, services, actor,
                                      self.directory, message_bar, self.today, changes_now)

        # --- detail and actions ------------------------------------------------------------
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("Visit details"))
        self.detail.setContentsMargins(8, 4, 8, 4)
        scroll = QScrollArea()
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.check_in_button = QPushButton(self.tr("Check &in"))
        self.received_button = QPushButton(self.tr("Recei&ved by…"))
        self.record_button = QPushButton(self.tr("Visit &record…"))
        self.check_out_button = QPushButton(self.tr("Check &out…"))
        self.ready_button = QPushButton(self.tr("Host read&y"))
        self.pass_button = QPushButton(self.tr("&Pass…"))
        self.return_pass_button = QPushButton(self.tr("Pass re&turned"))
        self.print_button = QPushButton(self.tr("Print pass…"))
        self.pdf_button = QPushButton(self.tr("Pass as PDF…"))
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.no_show_button = QPushButton(self.tr("No-s&how"))
        self.cancel_button = QPushButton(self.tr("Cancel appointment"))
        grid = QGridLayout()
        actions = (self.check_in_button, self.received_button, self.record_button,
                   self.check_out_button, self.ready_button, self.pass_button,
                   self.return_pass_button, self.print_button, self.pdf_button,
                   self.edit_button, self.no_show_button, self.cancel_button)
        for index, button in enumerate(actions):
            grid.addWidget(button, index // 2, index % 2)
        self.check_in_button.setStyleSheet("font-weight:600;")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(grid)
        right.setMinimumWidth(300)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(with_count(self.table, self.count_label))
        left.addWidget(self.outbound)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([900, 340])

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.alerts)
        layout.addWidget(splitter, 1)

        # --- wiring ------------------------------------------------------------------------
        search_as_typed(self.search, self.reload, self)
        self.day.dateChanged.connect(self._day_changed)
        self.previous_day.clicked.connect(lambda: self.day.setDate(self.day.date().addDays(-1)))
        self.next_day.clicked.connect(lambda: self.day.setDate(self.day.date().addDays(1)))
        self.today_button.clicked.connect(self.show_today)
        self.new_button.clicked.connect(self.new_appointment)
        self.walk_in_button.clicked.connect(self.walk_in)
        self.export_button.clicked.connect(lambda: self.export_list())
        self.check_in_button.clicked.connect(self.check_in)
        self.received_button.clicked.connect(self.record_received)
        self.record_button.clicked.connect(self.visit_record)
        self.check_out_button.clicked.connect(self.check_out)
        self.ready_button.clicked.connect(self.host_ready)
        self.pass_button.clicked.connect(self.hand_out_pass)
        self.return_pass_button.clicked.connect(self.return_pass)
        self.print_button.clicked.connect(self.print_visitor_pass)
        self.pdf_button.clicked.connect(self.choose_pass_pdf)
        self.edit_button.clicked.connect(self.edit_appointment)
        self.no_show_button.clicked.connect(self.mark_no_show)
        self.cancel_button.clicked.connect(self.cancel_appointment)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.doubleClicked.connect(self._activate)
        self.alerts.ready_clicked.connect(self.confirm_ready)
        self.alerts.received_clicked.connect(self.receive_as_me)
        for keys, slot in (("Ctrl+N", self.new_appointment), ("Ctrl+Shift+N", self.walk_in)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

        self.reload()

    # --- time ------------------------------------------------------------------------------

    def today(self) -> date:
        return self.services.clock().astimezone(SEOUL).date()

    def shown_day(self) -> date:
        return from_qdate(self.day.date())

    def show_today(self) -> None:
        self.day.setDate(to_qdate(self.today()))

    def _day_changed(self) -> None:
        self._following_today = self.shown_day() == self.today()
        self.reload()

    def refresh_tick(self) -> None:
        """Every 30 s, what time alone changes (docs/architecture.md §19); the rest follows
        the change records (:meth:`apply_changes`), and midnight reads the new day."""
        if self._following_today and self.shown_day() != self.today():
            self.day.setDate(to_qdate(self.today()))  # midnight passed: the day is read
            return
        self._time_banners()
        self.outbound.refresh_badges()

    def apply_changes(self, records: list[ChangeRecord]) -> None:
        """An appointment, a visit or an outbound visit changed, here or on another PC:
        redraw, and tell the operator which alerts went out."""
        kinds = kinds_of(records)
        if kinds & RECEPTION_KINDS:
            self.reload()  # the timeline, its banners and the outbound calls
        elif ChangeKind.OUTBOUND_VISIT_CHANGED in kinds:
            self.outbound.reload()
        alerted = {r.entity_id for r in records if r.kind == ChangeKind.PREPARATION_ALERT}
        if not alerted:
            return
        today = self.today()
        sent = [a for a in self._call(lambda: self.reception.preparation_alerts(today)) or []
                if a.appointment_id in alerted]
        if sent:
            self.message_bar.show_info(" · ".join(
                self.tr("Preparation alert sent to %1 for %2 at %3")
                .replace("%1", a.host_name).replace("%2", masked_name(a.visitor_name))
                .replace("%3", a.starts_at.strftime("%H:%M"))
                for a in sent))

    # --- loading ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def export_list(self, path: Path | None = None) -> ListReasonDialog | None:
        """Ctrl+Shift+E: the day's timeline as found, to a file, with a reason."""
        return export_timeline(self, path)

    def reload(self) -> None:
        current = self.current_key()
        keys = self._call(lambda: self.reception.timeline_ids(self.shown_day(),
                                                              self.search.text()))
        if keys is None:
            return
        self.model.set_ids(keys)
        show_found(self.count_label, self.tr("%1 on this day").replace("%1", str(len(keys))),
                   keys)
        if keys:
            self.table.selectRow(keys.index(current) if current is not None and current in keys
                                 else 0)
        else:
            self._show_entry(None)
        self._reload_alerts()
        self.outbound.reload()

    def _reload_alerts(self) -> None:
        today = self.today()
        sent = self._call(lambda: self.reception.preparation_alerts(today))
        self.alerts.set_sent_alerts(sent or [])
        me = self._call(lambda: self.actor().staff_id)
        self.alerts.set_host_arrivals(
            (self._call(lambda: self.reception.waiting_for(me)) or []) if me is not None else [])
        self._time_banners()

    def _time_banners(self) -> None:
        """The host's visitors due within five minutes; after closing, who is inside."""
        today, me = self.today(), self._call(lambda: self.actor().staff_id)
        self.alerts.set_host_preparations(
            (self._call(lambda: self.reception.pending_preparations(me)) or [])
            if me is not None else [])
        inside = None
        if self.services.clock() >= closing_moment(today):
            inside = self._call(lambda: self.reception.still_inside(today))
        self.alerts.set_still_inside(inside)

    def current_key(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def current_entry(self) -> TimelineEntry | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select(self, key: int) -> None:
        keys = self.model.ids()
        if key in keys:
            self.table.selectRow(keys.index(key))
            self._show_current()

    def _show_current(self) -> None:
        self._show_entry(self.current_entry())

    def _show_entry(self, entry: TimelineEntry | None) -> None:
        self._enable(entry)
        if entry is None:
            self.detail.setText(self.tr("No visitor on this day. Book an appointment (Ctrl+N) "
                                        "or register a walk-in (Ctrl+Shift+N)."))
            return
        detail = self._call(lambda: self.reception.detail(entry.id))
        if detail is None:
            return
        host = None
        if entry.host_id is not None:
            host = self._call(lambda: self.directory.get_staff(entry.host_id or 0))
        self.detail.setText(detail_html(detail, host, self.today()))

    def _enable(self, e: TimelineEntry | None) -> None:
        status = e.status if e is not None else None
        waiting = status is not None and status.is_waiting
        inside = status is not None and status.is_inside
        has_visit = e is not None and e.visit_id is not None
        self.check_in_button.setEnabled(waiting or status is VisitStatus.NO_SHOW)
        self.received_button.setEnabled(inside)
        self.record_button.setEnabled(has_visit)
        self.check_out_button.setEnabled(
            status is not None and status not in (VisitStatus.LEFT, VisitStatus.CANCELLED))
        self.ready_button.setEnabled(status is VisitStatus.EXPECTED)
        self.pass_button.setEnabled(inside and e is not None and not e.pass_out)
        self.return_pass_button.setEnabled(e is not None and e.pass_out)
        self.print_button.setEnabled(has_visit)
        self.pdf_button.setEnabled(has_visit)
        self.edit_button.setEnabled(waiting)
        self.no_show_button.setEnabled(waiting)
        self.cancel_button.setEnabled(waiting)

    def _activate(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        if entry.status.is_waiting:
            self.check_in()
        elif entry.visit_id is not None:
            self.visit_record()

    # --- helpers ---------------------------------------------------------------------------

    def _call(self, action: Callable[[], T]) -> T | None:
        """Run a service call; a refusal or database trouble goes to the message bar."""
        with refusals(self.message_bar):
            return action()
        return None

    def _current_detail(self) -> VisitDetail | None:
        entry = self.current_entry()
        return None if entry is None else self._call(lambda: self.reception.detail(entry.id))

    def _after(self, key: int | None, message: str) -> None:
        self.changes_now()
        if key is not None:
            self.select(key)
        if message:
            self.message_bar.show_info(message)

    # --- appointments ----------------------------------------------------------------------

    def new_appointment(self) -> AppointmentDialog:
        dialog = AppointmentDialog(self.reception, self.services.submissions, self.actor,
                                   self.directory, self.services.clock(), None, self)
        return open_dialog(dialog, lambda: self._booked(dialog))

    def _booked(self, dialog: AppointmentDialog) -> None:
        key = dialog.saved_id
        if key is None:
            return
        detail = self._call(lambda: self.reception.detail(key))
        if detail is not None:
            self.day.setDate(to_qdate(detail.entry.starts_at.date()))
        self._after(key, self.tr("Appointment booked."))

    def edit_appointment(self) -> AppointmentDialog | None:
        detail = self._current_detail()
        if detail is None or not detail.entry.status.is_waiting:
            return None
        dialog = AppointmentDialog(self.reception, self.services.submissions, self.actor,
                                   self.directory, self.services.clock(), detail, self)
        return open_dialog(dialog, lambda: self._booked(dialog))

    def host_ready(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.appointment_id is not None:
            self.confirm_ready(entry.appointment_id)

    def confirm_ready(self, appointment_id: int) -> None:
        with refusals(self.message_bar) as outcome:
            self.reception.confirm_host_ready(appointment_id, actor=self.actor())
        if outcome.refused:
            return
        self._after(appointment_id, self.tr("The host is ready."))

    def mark_no_show(self) -> None:
        self._status_action(self.reception.mark_no_show, self.tr("Marked as no-show."))

    def cancel_appointment(self) -> None:
        self._status_action(self.reception.cancel, self.tr("Appointment cancelled."))

    def _status_action(self, action: _AppointmentStep, message: str) -> None:
        entry = self.current_entry()
        if entry is None or entry.appointment_id is None:
            return
        appointment_id = entry.appointment_id
        with refusals(self.message_bar) as outcome:
            action(appointment_id, actor=self.actor())
        if outcome.refused:
            return
        self._after(appointment_id, message)

    # --- arrival -------------------------------------------------------------------------------

    def check_in(self) -> CheckInResult | None:
        """One action: the expected visitor is here; the host (or stand-in) is told."""
        entry = self.current_entry()
        if entry is None or entry.appointment_id is None:
            return None
        appointment_id = entry.appointment_id
        result = self._call(lambda: self.reception.check_in(appointment_id,
                                                            actor=self.actor()))
        if result is None:
            return None
        self.last_check_in = result
        self._after(appointment_id, "")
        self._announce(result)
        return result

    def walk_in(self) -> WalkInDialog:
        dialog = WalkInDialog(self.reception, self.services.submissions, self.actor,
                              self.directory, self.today(), self)
        return open_dialog(dialog, lambda: self._walked_in(dialog))

    def _walked_in(self, dialog: WalkInDialog) -> None:
        result = dialog.outcome
        if result is None:
            return
        self.last_check_in = result
        self.search.clear()
        self.show_today()
        self._after(-result.visit_id, "")
        self._announce(result)

    def _announce(self, result: CheckInResult) -> None:
        """Say on screen whom to take the visitor to (the stand-in when the host is away)."""
        if result.host_available:
            self.message_bar.show_info(self.tr("%1 has been notified that the visitor is here.")
                                       .replace("%1", result.host_name))
            return
        back = (self.tr(" (back at %1)").replace(
            "%1", back_at_text(result.host_back_at, self.today())) if result.host_back_at else "")
        if result.routed_to_stand_in and result.stand_in_name:
            text = self.tr("%1 is away%2. Take the visitor to the stand-in %3, who has been "
                           "notified, and record who received them.")
            self.message_bar.show_error(text.replace("%1", result.host_name)
                                        .replace("%2", back).replace("%3", result.stand_in_name))
        else:
            text = self.tr("%1 is away%2 and has no stand-in. Ask a colleague in the "
                           "department to receive the visitor.")
            self.message_bar.show_error(text.replace("%1", result.host_name).replace("%2", back))

    def record_received(self) -> ReceivedByDialog | None:
        detail = self._current_detail()
        if detail is None or detail.entry.visit_id is None:
            return None
        # The stand-in the visitor was routed to, else the host.
        suggested = detail.entry.routed_to_id or detail.entry.host_id
        dialog = ReceivedByDialog(self.reception, self.actor, self.directory, detail,
                                  suggested, self.today(), self)
        key = detail.entry.id
        return open_dialog(dialog, lambda: self._after(key, self.tr("Recorded who received "
                                                                   "the visitor.")))

    def receive_as_me(self, visit_id: int) -> None:
        """The host's banner: "I have received them"."""
        with refusals(self.message_bar) as outcome:
            actor = self.actor()
            if actor.staff_id is None:
                return
            self.reception.record_received(visit_id, actor.staff_id, actor=actor)
        if outcome.refused:
            return
        self._after(None, self.tr("Recorded that you received the visitor."))

    def visit_record(self) -> VisitRecordDialog | None:
        detail = self._current_detail()
        if detail is None or detail.entry.visit_id is None:
            return None
        dialog = VisitRecordDialog(self.reception, self.actor, self.directory, detail, self)
        dialog.complaint_requested.connect(self.complaint_requested)
        key = detail.entry.id
        return open_dialog(dialog, lambda: self._after(key, self.tr("Visit record saved.")))

    # --- passes and departure ------------------------------------------------------------------

    def hand_out_pass(self) -> PassDialog | None:
        detail = self._current_detail()
        if detail is None or detail.entry.visit_id is None:
            return None
        dialog = PassDialog(self.reception, self.actor, detail, self)
        key = detail.entry.id
        return open_dialog(dialog, lambda: self._after(key, self.tr("Pass handed out.")))

    def return_pass(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.visit_id is None:
            return
        visit_id = entry.visit_id
        with refusals(self.message_bar) as outcome:
            self.reception.return_pass(visit_id, actor=self.actor())
        if outcome.refused:
            return
        self._after(entry.id, self.tr("Pass returned."))

    def check_out(self) -> CheckOutDialog | None:
        """Check-out with its time. Before check-in there is nothing to check out: say so."""
        detail = self._current_detail()
        if detail is None:
            return None
        entry = detail.entry
        if entry.visit_id is None:
            if entry.appointment_id is not None:
                appointment_id = entry.appointment_id
                self._call(lambda: self.reception.check_out_appointment(
                    appointment_id, actor=self.actor()))
            return None
        dialog = CheckOutDialog(self.reception, self.actor, detail, self.services.clock(), self)
        key = entry.id
        return open_dialog(dialog, lambda: self._after(key, self.tr("Checked out.")))

    def _agency(self) -> str:
        return self._call(lambda: self.services.settings.get("agency_name")) or ""

    def print_visitor_pass(self) -> None:
        detail = self._current_detail()
        if (detail is not None and detail.entry.visit_id is not None
                and print_pass(detail, self._agency(), self)):
            self._record_output(AccessAction.PRINT, detail)

    def choose_pass_pdf(self) -> None:
        detail = self._current_detail()
        if detail is None or detail.entry.visit_id is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save visitor pass"), f"visitor-pass-{detail.entry.visit_id}.pdf",
            self.tr("PDF (*.pdf)"))
        if name:
            self.save_pass_pdf(Path(name))

    def save_pass_pdf(self, path: Path) -> Path | None:
        detail = self._current_detail()
        if detail is None or detail.entry.visit_id is None:
            return None
        save_pass_pdf(detail, path, self._agency())
        self._record_output(AccessAction.EXPORT, detail)
        self.message_bar.show_info(self.tr("Visitor pass saved to %1").replace("%1", str(path)))
        return path

    def _record_output(self, action: AccessAction, detail: VisitDetail) -> None:
        """The visitor's data left the screen: an access record (docs/architecture.md §12)."""
        with refusals(self.message_bar):
            self.services.access_records.record_output(
                action, "visit", detail.entry.visit_id, detail.visitor_name,
                actor=self.actor())
