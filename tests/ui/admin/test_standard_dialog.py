"""Admin › Service standard: the kinds listed, a kind added and changed through its form
(errors under the fields, typed values kept), a kind in use refused, the version saved
and listed, and a save after another administrator's refused with the text kept."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from arco_desk.domain.actor import Actor
from arco_desk.domain.calendar_business import SEOUL
from arco_desk.domain.complaint_intake import ComplaintDraft
from arco_desk.domain.deadlines import Period
from arco_desk.domain.roles import Role
from arco_desk.domain.standard_versions import StandardDraft
from arco_desk.services.container import Services
from arco_desk.ui.admin.standard_dialog import StandardDialog
from tests.actors import DESK
from tests.words import language

ADMIN = Actor("test:admin", None, "관리자", frozenset({Role.ADMIN}))


@pytest.fixture
def dialog(qtbot, services: Services) -> StandardDialog:  # type: ignore[no-untyped-def]
    widget = StandardDialog(services.standards, lambda: ADMIN)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def rows(dialog: StandardDialog) -> list[tuple[str, ...]]:
    found = []
    for row in range(dialog.kind_list.topLevelItemCount()):
        item = dialog.kind_list.topLevelItem(row)
        assert item is not None
        found.append(tuple(item.text(column) for column in range(4)))
    return found


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_lists_the_kinds_and_the_shipped_version(dialog: StandardDialog) -> None:
    listed = rows(dialog)
    assert [r[0] for r in listed] == ["petition", "inquiry", "fact_certificate",
                                      "confirmation", "performance_certificate", "other"]
    assert listed[2][1] == "사실증명"
    assert dialog.default_kind.currentData() == "other"
    assert dialog.phone_callback.text() == "24h"
    assert dialog.history.topLevelItemCount() == 1


def test_add_a_kind_with_errors_under_its_fields_then_save(
        qtbot, dialog: StandardDialog, services: Services) -> None:  # type: ignore[no-untyped-def]
    dialog.code.setText("Permit!")
    dialog.name_ko.setText("허가")
    click(qtbot, dialog.apply_button)
    assert dialog.kind_fields.labels["code"].isVisible()
    assert dialog.kind_fields.labels["name_en"].isVisible()
    assert dialog.name_ko.text() == "허가"  # what was typed stays
    dialog.code.setText("permit")
    dialog.name_en.setText("Permit")
    dialog.period.set_period(Period.parse("2d"))
    click(qtbot, dialog.apply_button)
    assert rows(dialog)[-1][:3] == ("permit", "허가", "Permit")
    # Change the selected kind's period: immediately.
    dialog.period.set_period(Period.parse("즉시"))
    assert dialog.code.isReadOnly()
    click(qtbot, dialog.apply_button)
    assert services.standards.latest_version() == 0  # nothing saved yet
    dialog.save()
    assert services.standards.latest_version() == 1
    assert services.standards.current().kind("permit").period == Period.parse("즉시")
    assert services.standards.current().kind("permit").period.immediate
    assert dialog.history.topLevelItemCount() == 2
    top = dialog.history.topLevelItem(0)
    assert top is not None and (top.text(0), top.text(2)) == ("1", "관리자")


def test_a_kind_typed_but_not_put_in_the_list_is_never_lost(
        qtbot, dialog: StandardDialog, services: Services) -> None:  # type: ignore[no-untyped-def]
    # Typed, then another kind clicked: it goes into the list first.
    dialog.code.setText("permit")
    dialog.name_ko.setText("허가")
    dialog.name_en.setText("Permit")
    dialog.period.set_period(Period.parse("2d"))
    dialog._select("inquiry")
    assert rows(dialog)[-1][:3] == ("permit", "허가", "Permit")
    assert dialog.editing == "inquiry" and dialog.name_ko.text() == "질의 및 청원"
    # Half typed and refused: the click does not wipe it, nor does Save save without it.
    click(qtbot, dialog.new_button)
    dialog.code.setText("licence")
    dialog.name_ko.setText("기타")  # another kind's name
    dialog._select("inquiry")
    assert dialog.code.text() == "licence" and dialog.name_ko.text() == "기타"
    assert dialog.kind_fields.labels["name_ko"].isVisible()
    dialog.save()
    assert services.standards.latest_version() == 0
    # Corrected, then saved straight away: the kind is in the version saved.
    dialog.name_ko.setText("면허")
    dialog.name_en.setText("Licence")
    dialog.save()
    assert services.standards.latest_version() == 1
    saved = services.standards.current()
    assert saved.kind("licence").name_ko == "면허" and saved.kind("permit").name_en == "Permit"


def test_a_kind_in_use_is_not_removed(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    services.complaints.register(ComplaintDraft(
        channel="letter", kind_code="confirmation", citizen_name="홍길동",
        citizen_phone="010-1234-5678", title="확인 요청", content="내용",
        received_at=datetime(2026, 11, 24, 9, tzinfo=SEOUL)), actor=DESK)
    dialog = StandardDialog(services.standards, lambda: ADMIN)
    qtbot.addWidget(dialog)
    dialog.kind_list.setCurrentItem(dialog.kind_list.topLevelItem(3))
    with language("en"):
        click(qtbot, dialog.remove_button)
    assert dialog.fields.labels["kinds"].isVisibleTo(dialog)
    assert "confirmation" in dialog.fields.message("kinds")
    assert "confirmation" in [r[0] for r in rows(dialog)]
    dialog.kind_list.setCurrentItem(dialog.kind_list.topLevelItem(1))  # inquiry: unused
    click(qtbot, dialog.remove_button)
    assert "inquiry" not in [r[0] for r in rows(dialog)]


def test_another_admin_saved_meanwhile(qtbot, dialog: StandardDialog,  # type: ignore[no-untyped-def]
                                       services: Services, other_pc: Services) -> None:
    base = other_pc.standards.current()
    other_pc.standards.save(StandardDraft(base.complaint_kinds, "other", "16h"), based_on=0,
                            actor=Actor("test:other", None, "다른 관리자",
                                        frozenset({Role.ADMIN})))
    dialog.phone_callback.set_period(Period.parse("20h"))
    with language("en"):
        dialog.save()
    assert "다른 관리자" in dialog.message_bar.text()
    assert dialog.phone_callback.text() == "20h"  # kept
    dialog.save()  # again, over their version, on purpose
    services.standards.invalidate()
    assert services.standards.current().phone_callback == Period.parse("20h")
    assert services.standards.latest_version() == 2
