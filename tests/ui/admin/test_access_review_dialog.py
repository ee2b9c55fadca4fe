"""The privacy officer's review through the real dialog: records filtered, an hour of
unusual volume marked, and an export that needs a reason and is itself recorded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import select

from arco_desk.domain.access_records import AccessAction
from arco_desk.domain.actor import Actor
from arco_desk.domain.errors import ValidationError
from arco_desk.domain.roles import Role
from arco_desk.services.access_records import record_access
from arco_desk.services.container import Services
from arco_desk.store.models import AccessRecord, AuditEntry
from arco_desk.ui.admin.access_review_dialog import AccessReviewDialog
from tests.actors import new_staff

PASSWORD = "desk-2026-ok"


@pytest.fixture
def officer(services: Services) -> Actor:
    return services.accounts.create_first_admin(new_staff(services, "김보호"), "kim", PASSWORD)


@pytest.fixture
def held() -> Iterator[list[QWidget]]:
    widgets: list[QWidget] = []
    yield widgets


def test_the_review_marks_unusual_hours_and_records_its_export(  # type: ignore[no-untyped-def]
        qtbot, services: Services, officer: Actor, held: list[QWidget],
        tmp_path: Path) -> None:
    lee = Actor("lee", None, "이안내", frozenset({Role.DESK}))
    with services.uow.write(lee) as session:
        for number in range(101):
            record_access(session, services.clock(), lee, AccessAction.VIEW, "visit", number,
                          f"방문객{number}")
        record_access(session, services.clock(), officer, AccessAction.SEARCH, "visitor", None,
                      "홍길동")
    dialog = AccessReviewDialog(services.access_records, lambda: officer, services.clock)
    qtbot.addWidget(dialog)
    held.append(dialog)
    assert dialog.table.rowCount() == 102
    assert "lee" in dialog.unusual.text() and "101" in dialog.unusual.text()
    dialog.subject.setText("홍길동")
    dialog.refresh()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "kim"

    export = dialog.export_to(tmp_path / "review.xlsx")
    assert export is not None
    export.save()  # no reason: refused at its field, nothing written
    assert export.fields.labels["reason"].isVisibleTo(export)
    assert not (tmp_path / "review.xlsx").exists()
    export.reason.setText("11월 정기 점검")
    export.save()
    sheet = load_workbook(tmp_path / "review.xlsx").active
    assert sheet is not None and sheet.max_row == 2 and sheet["H2"].value == "홍길동"
    dialog.subject.clear()
    dialog.action.setCurrentIndex(dialog.action.findData(AccessAction.EXPORT.value))
    dialog.refresh()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "kim"
    assert (tmp_path / "review.xlsx").stat().st_mode & 0o777 == 0o600


def test_only_the_privacy_officer_may_look(  # type: ignore[no-untyped-def]
        qtbot, services: Services) -> None:
    desk = Actor("lee", None, "이안내", frozenset({Role.DESK, Role.ADMIN}))
    dialog = AccessReviewDialog(services.access_records, lambda: desk, services.clock)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.export_button.isEnabled()
    assert dialog.message_bar.isVisibleTo(dialog)


def test_records_past_their_retention_are_removed_and_two_years_is_the_least(  # type: ignore[no-untyped-def]
        qtbot, services: Services, officer: Actor, held: list[QWidget]) -> None:
    now = services.clock()
    with services.uow.write(officer) as session:
        for days in (731, 729, 1):  # two years and a day ago, just under two years, now
            record_access(session, now - timedelta(days=days), officer, AccessAction.VIEW,
                          "memo", days, "홍길동")
    dialog = AccessReviewDialog(services.access_records, lambda: officer, services.clock)
    qtbot.addWidget(dialog)
    held.append(dialog)
    assert dialog.keep_days.value() == 730 and dialog.keep_days.minimum() == 730
    with pytest.raises(ValidationError):  # shorter than two years: refused below the UI
        services.access_records.set_retention_days(365, actor=officer)
    question = dialog.remove_expired()
    next(b for b in question.buttons()
         if question.buttonRole(b) == QMessageBox.ButtonRole.YesRole).click()
    with services.uow.read() as session:
        kept = sorted(session.scalars(select(AccessRecord.entity_id)))
        audited = session.scalar(select(AuditEntry.detail).where(
            AuditEntry.action == "access_record.remove_expired"))
    assert kept == [1, 729] and audited is not None and audited.startswith("1 <")
    assert "1" in dialog.message_bar.text()
