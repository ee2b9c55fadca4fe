"""A staff member or a presence saved over another PC's change (docs/architecture.md §9):
their value shows under the field with a link to take it, the typed text stays, and
saving again keeps it on purpose without undoing what the other PC changed elsewhere."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QDialog

from arco_desk.domain.actor import Actor
from arco_desk.domain.directory import (
    STAFF_FIELDS,
    Presence,
    StaffDraft,
    presence_opened,
    staff_opened,
)
from arco_desk.services.container import Services
from arco_desk.ui.directory.presence_dialog import PresenceDialog
from arco_desk.ui.directory.staff_dialog import StaffDialog
from tests.actors import DESK
from tests.conftest import FIXED_NOW

OTHER = Actor.desk("2층 안내데스크")


def test_a_stale_staff_save_shows_their_value_keeps_the_typed_text_and_saves_again(
    qtbot, demo_services: Services, other_pc: Services  # type: ignore[no-untyped-def]
) -> None:
    directory = demo_services.directory
    record = directory.search("")[0]
    dialog = StaffDialog(directory, lambda: DESK, directory.departments(), record)
    qtbot.addWidget(dialog)
    # Meanwhile, on another PC: a new direct line and new duties.
    seen = other_pc.directory.get_staff(record.id)
    values = {name: getattr(seen, name) for name in STAFF_FIELDS}
    values.update(direct_line="02-760-4999", duties="공연장 대관")
    other_pc.directory.update_staff(record.id, StaffDraft(**values),  # type: ignore[arg-type]
                                    opened=staff_opened(seen), actor=OTHER)

    dialog.direct_line.setText("02-760-4111")
    dialog.position.setText("선임")
    dialog.save()

    assert dialog.result() != QDialog.DialogCode.Accepted
    label = dialog.fields.labels["direct_line"]
    assert label.isVisibleTo(dialog)
    assert "02-760-4999" in label.text() and 'href="take"' in label.text()
    assert not dialog.fields.labels["duties"].isVisibleTo(dialog)  # merged, not a conflict
    assert "2층 안내데스크" in dialog.message_bar.text()
    assert (dialog.direct_line.text(), dialog.position.text()) == ("02-760-4111", "선임")
    assert directory.get_staff(record.id).direct_line == "02-760-4999"  # nothing written

    label.linkActivated.emit("take")  # their value into the field...
    assert dialog.direct_line.text() == "02-760-4999"
    dialog.direct_line.setText("02-760-4111")  # ...and back: this PC's number, on purpose
    dialog.save()

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = directory.get_staff(record.id)
    assert (stored.direct_line, stored.position) == ("02-760-4111", "선임")
    assert stored.duties == "공연장 대관"  # the other PC's change stays
    assert dialog.saved == stored


def test_a_stale_presence_save_shows_their_status_and_saves_again(
    qtbot, demo_services: Services, other_pc: Services  # type: ignore[no-untyped-def]
) -> None:
    directory = demo_services.directory
    record = directory.staff_rows(directory.search_ids(presence=Presence.IN))[0]
    dialog = PresenceDialog(directory, lambda: DESK, record)
    qtbot.addWidget(dialog)
    seen = other_pc.directory.get_staff(record.id)
    other_pc.directory.set_presence(record.id, Presence.TRAINING,
                                    FIXED_NOW + timedelta(hours=3), "직무 교육",
                                    opened=presence_opened(seen), actor=OTHER)

    dialog.presence.setCurrentIndex(dialog.presence.findData(Presence.AWAY.value))
    dialog.note.setText("회의")
    dialog.save()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.fields.labels["presence"].isVisibleTo(dialog)
    assert "href=\"take\"" in dialog.fields.labels["presence"].text()
    assert dialog.fields.labels["presence_note"].isVisibleTo(dialog)
    assert "직무 교육" in dialog.fields.message("presence_note")
    assert "2층 안내데스크" in dialog.message_bar.text()
    assert dialog.note.text() == "회의"
    assert directory.get_staff(record.id).presence is Presence.TRAINING

    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = directory.get_staff(record.id)
    assert (stored.presence, stored.presence_note) == (Presence.AWAY, "회의")
    # "Back at" was left as opened here: the other PC's time stays.
    assert stored.back_at == FIXED_NOW + timedelta(hours=3)
