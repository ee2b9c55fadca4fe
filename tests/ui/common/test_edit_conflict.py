"""A stale save in a form (docs/architecture.md §9): their value under the field with a
link to take it, who and when in the message bar, the typed text kept, and saving again
writes what was typed on purpose; an unknown outcome is asked about until answered."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QComboBox, QLineEdit

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.edits import Opened
from arco_desk.domain.errors import EditConflict
from arco_desk.domain.messages import msg
from arco_desk.services.container import Services
from arco_desk.services.submissions import OutcomeUnknown, remember
from arco_desk.store.errors import StoreUnavailable
from arco_desk.ui.common.form import FormDialog
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.messages import render
from arco_desk.ui.common.staff_picker import StaffPicker
from arco_desk.ui.common.submission_keys import SubmissionKey
from tests.actors import DESK

AT = datetime(2026, 11, 24, 14, 2, tzinfo=SEOUL)


class StaffForm(FormDialog):
    """A form over a record held by a 'server' of two fields and a version."""

    def __init__(self, record: dict[str, object]) -> None:
        super().__init__()
        self.record = record
        self.line = self.fields.add_row("direct_line", "직통번호", QLineEdit())
        self.team = self.fields.add_row("department_id", "부서", QComboBox())
        self.team.addItem("고객지원팀", 1)
        self.team.addItem("공연기획팀", 2)
        self.line.setText(str(record["direct_line"]))
        self.opened = Opened(int(record["version"]), {
            "direct_line": record["direct_line"], "department_id": record["department_id"]})

    def submit(self) -> None:
        assert self.opened is not None
        if self.opened.version != self.record["version"]:
            raise EditConflict({"direct_line": msg("edit.changed_since", value="x")},
                               changed_by="김민지", changed_at=AT,
                               current={"direct_line": self.record["direct_line"]},
                               version=int(self.record["version"]))
        self.record.update(direct_line=self.line.text(),
                           version=int(self.record["version"]) + 1)


def test_a_stale_save_shows_their_value_keeps_the_text_and_saves_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    record: dict[str, object] = {"direct_line": "02-760-4500", "department_id": 1,
                                 "version": 1}
    form = StaffForm(record)
    qtbot.addWidget(form)
    record.update(direct_line="02-760-4511", version=2)  # another PC got there first
    form.line.setText("02-760-4599")
    form.save()

    assert form.result() == 0  # not accepted: the dialog stays open
    assert form.line.text() == "02-760-4599"  # what was typed stays
    under = form.fields.message("direct_line")
    assert "02-760-4511" in under and 'href="take"' in under
    assert "김민지" in form.message_bar.text()
    assert record["direct_line"] == "02-760-4511"  # nothing was overwritten

    form.save()  # saving again writes the typed value on purpose
    assert record["direct_line"] == "02-760-4599" and record["version"] == 3


def test_the_take_link_puts_their_value_in_the_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    record: dict[str, object] = {"direct_line": "02-760-4500", "department_id": 1,
                                 "version": 1}
    form = StaffForm(record)
    qtbot.addWidget(form)
    record.update(direct_line="02-760-4511", version=2)
    form.line.setText("02-760-4599")
    form.save()
    label = form.fields.labels["direct_line"]
    label.linkActivated.emit("take")
    assert form.line.text() == "02-760-4511"


def test_an_unknown_outcome_found_saved_finishes_the_save(
        qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    bar = MessageBar()
    qtbot.addWidget(bar)
    keys = SubmissionKey(services.submissions, bar)
    finished: list[str] = []
    with services.uow.write(DESK) as session:  # the commit did happen
        remember(session, keys.current, "phone_memo", 1)

    keys.follow(OutcomeUnknown(msg("store.outcome_unknown"), "unreachable"),
                finish=lambda: finished.append(keys.current))
    assert keys.waiting
    qtbot.waitUntil(lambda: not keys.waiting, timeout=5000)
    assert finished == [keys.current]
    assert render(msg("submission.saved")) in bar.text()


def test_an_unknown_outcome_found_not_saved_says_so_and_keeps_the_key(
        qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    bar = MessageBar()
    qtbot.addWidget(bar)
    keys = SubmissionKey(services.submissions, bar)
    key = keys.current
    finished: list[int] = []
    keys.follow(OutcomeUnknown(msg("store.outcome_unknown"), "unreachable"),
                finish=lambda: finished.append(1))
    qtbot.waitUntil(lambda: not keys.waiting, timeout=5000)
    assert finished == [] and keys.current == key  # saving again can't make a second
    assert render(msg("submission.not_saved")) in bar.text()


def test_only_an_unknown_outcome_is_asked_about(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    keys = SubmissionKey(services.submissions, MessageBar())
    keys.follow(StoreUnavailable(msg("store.unreachable"), "unreachable"), finish=print)
    assert not keys.waiting


def test_a_staff_choice_changed_meanwhile_shows_the_person_and_can_be_taken(
        qtbot, demo_services: Services) -> None:  # type: ignore[no-untyped-def]
    first, other = demo_services.directory.search("")[:2]
    form = FormDialog()
    qtbot.addWidget(form)
    picker = form.fields.add_row("host_id", "담당자", StaffPicker(demo_services.directory))
    picker.set_staff(first.id)
    form.fields.show(EditConflict({"host_id": msg("edit.changed_since", value=other.id)},
                                  changed_by="김민지", changed_at=AT,
                                  current={"host_id": other.id}, version=2))
    assert other.name in form.fields.message("host_id")
    form.fields.labels["host_id"].linkActivated.emit("take")
    assert picker.staff_id() == other.id
