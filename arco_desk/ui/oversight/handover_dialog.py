"""업무 일괄 이관: hand a person's open memos and complaints over to a colleague or to the
department's shared queue, with one confirmation that states the counts.

The dialog counts the person's open work when it opens (services' ``open_work``) and the
hand-over moves exactly those items still open and still theirs; another PC's answer
meanwhile is left alone and the result says so. The save carries a submission key: a
save whose outcome is unknown is asked about, never repeated blindly
(docs/architecture.md §9).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QWidget

from arco_desk.domain.actor import Actor
from arco_desk.domain.directory import StaffRecord
from arco_desk.domain.overdue import HandOver, OpenWork
from arco_desk.services.overdue_board import OverdueBoardService
from arco_desk.services.submissions import SubmissionLedger
from arco_desk.ui.common.form import FormDialog
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.submission_keys import SubmissionKey


class HandOverDialog(FormDialog):
    """``colleagues``: the people whose work may be handed over, and to whom (a lead's
    department, or everyone); ``work``: the open work of the person chosen first (the
    board's selection). Another person may be chosen: someone who is leaving may have
    nothing due today and so no row on the board."""

    def __init__(self, overdue: OverdueBoardService, submissions: SubmissionLedger,
                 work: OpenWork, colleagues: list[StaffRecord],
                 actor: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overdue = overdue
        self.work = work
        self.colleagues = colleagues
        self.actor = actor
        self.result_: HandOver | None = None
        self.key = SubmissionKey(submissions, self.message_bar, self)
        self.setMinimumWidth(480)
        self.giver = QComboBox()
        for person in colleagues:
            self.giver.addItem(f"{person.name} · {person.department_name}", person.id)
        if self.giver.findData(work.staff_id) < 0:
            self.giver.insertItem(0, f"{work.staff_name} · {work.department_name}",
                                  work.staff_id)
        self.giver.setCurrentIndex(self.giver.findData(work.staff_id))
        self.fields.add_row("staff_id", self.tr("&Whose work"), self.giver)
        self.target = QComboBox()
        self.fields.add_row("to_staff_id", self.tr("&Hand over to"), self.target)
        self.confirmation = QLabel()
        self.confirmation.setWordWrap(True)
        self.confirmation.setObjectName("handoverConfirmation")
        self.form.addRow(self.confirmation)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Hand &over"))
        self._fill_targets()
        self.giver.currentIndexChanged.connect(self._giver_changed)
        self.target.currentIndexChanged.connect(self._confirm_text)

    def _giver_changed(self) -> None:
        staff_id = self.giver.currentData()
        with refusals(self.message_bar) as outcome:
            work = self.overdue.open_work(staff_id)
        if outcome.refused:
            self.giver.setCurrentIndex(self.giver.findData(self.work.staff_id))
            return
        self.work = work
        self._fill_targets()

    def _fill_targets(self) -> None:
        """The department's shared queue first, then everyone else the work may go to."""
        work = self.work
        self.setWindowTitle(self.tr("Reassign open work — %1").replace("%1", work.staff_name))
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItem(self.tr("The shared queue of %1 (nobody named)")
                            .replace("%1", work.department_name), None)
        for other in self.colleagues:
            if other.id != work.staff_id:
                self.target.addItem(f"{other.name} · {other.department_name}", other.id)
        self.target.blockSignals(False)
        self._confirm_text()

    def target_name(self) -> str:
        if self.target.currentData() is None:
            return self.tr("the shared queue of %1").replace("%1", self.work.department_name)
        return self.target.currentText().split(" · ")[0]

    def _confirm_text(self) -> None:
        memos, complaints = len(self.work.memo_ids), len(self.work.complaint_ids)
        if self.work.empty:
            self.confirmation.setText(self.tr("%1 has no open memos or complaints.")
                                      .replace("%1", self.work.staff_name))
        elif self.target.currentData() is None:
            self.confirmation.setText(
                self.tr("Hand %1 open memos and %2 open complaints over to %3.",
                        "to the department's shared queue")
                .replace("%1", str(memos)).replace("%2", str(complaints))
                .replace("%3", self.target_name()))
        else:
            self.confirmation.setText(
                self.tr("Hand %1 open memos and %2 open complaints over to %3.")
                .replace("%1", str(memos)).replace("%2", str(complaints))
                .replace("%3", self.target_name()))
        self.save_button.setEnabled(not self.work.empty)

    def submit(self) -> None:
        to = self.target.currentData()
        self.result_ = self.key.create(
            lambda key: self.overdue.reassign_work(
                self.work.staff_id, to, self.work.memo_ids, self.work.complaint_ids, key=key,
                actor=self.actor()),
            save_again=self.save)

    def outcome_text(self) -> str:
        """What the hand-over did, for the message bar."""
        done = self.result_
        if done is None:
            return ""
        if done.already:
            return self.tr("This hand-over was already saved.")
        text = (self.tr("Handed %1 memos and %2 complaints over to %3.")
                .replace("%1", str(done.memos_moved)).replace("%2", str(done.complaints_moved))
                .replace("%3", done.to_name))
        left = done.memos_left + done.complaints_left
        if left:
            text += " " + self.tr("%1 were answered or passed on from another PC meanwhile "
                                  "and stayed as they were.").replace("%1", str(left))
        return text
