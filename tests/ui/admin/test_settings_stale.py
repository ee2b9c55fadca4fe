"""The phone desk's settings saved over another PC's change (docs/architecture.md §9):
their value under the field, the typed value kept, saving again on purpose."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from arco_desk.domain.actor import Actor
from arco_desk.services.container import Services
from arco_desk.ui.admin.visitor_purge_dialog import VisitorPurgeDialog
from arco_desk.ui.memos.memo_settings import DeskSettingsDialog
from tests.actors import DESK

OTHER = Actor.desk("2층 안내데스크")
THEIR_GREETING = "안녕하십니까, {agency} {name}입니다."


def test_a_stale_desk_settings_save_shows_their_minutes_and_saves_again(
    qtbot, services: Services, other_pc: Services  # type: ignore[no-untyped-def]
) -> None:
    dialog = DeskSettingsDialog(services.memos, lambda: DESK)
    qtbot.addWidget(dialog)
    shown: dict[str, str | int] = {
        "greeting_script": other_pc.memos.greeting_template(),
        "memo_escalation_minutes": other_pc.memos.escalation_minutes()}
    other_pc.memos.save_desk_settings(THEIR_GREETING, 45, opened=shown, actor=OTHER)

    dialog.minutes.setValue(50)
    dialog.save()

    assert dialog.result() != QDialog.DialogCode.Accepted
    label = dialog.fields.labels["memo_escalation_minutes"]
    assert label.isVisibleTo(dialog) and "45" in label.text()
    assert not dialog.fields.labels["greeting_script"].isVisibleTo(dialog)
    assert "2층 안내데스크" in dialog.message_bar.text()
    assert dialog.minutes.value() == 50
    label.linkActivated.emit("take")
    assert dialog.minutes.value() == 45
    dialog.minutes.setValue(50)

    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.memos.escalation_minutes() == 50
    assert services.memos.greeting_template() == THEIR_GREETING  # left alone here: theirs


def test_a_retention_period_changed_meanwhile_shows_under_the_field_and_saves_again(
    qtbot, services: Services, other_pc: Services  # type: ignore[no-untyped-def]
) -> None:
    dialog = VisitorPurgeDialog(services.reception.privacy, lambda: DESK)
    qtbot.addWidget(dialog)
    other_pc.reception.privacy.set_retention_days(730, opened=365, actor=OTHER)

    dialog.retention.setValue(400)
    dialog.save_retention()

    label = dialog.fields.labels["retention_days"]
    assert label.isVisibleTo(dialog) and "730" in label.text() and 'href="take"' in label.text()
    assert services.reception.privacy.retention_days() == 730  # not overwritten
    assert dialog.retention.value() == 400  # what was typed stays
    dialog.save_retention()  # seen now: saving again keeps 400 on purpose
    assert services.reception.privacy.retention_days() == 400
