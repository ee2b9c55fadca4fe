"""Report › Compliance report… through the real dialog (issue 16): the period chosen, the
summary shown once the figures are in, the files saved; the action shown only to people
who may see reports; a refusal shown in the dialog's bar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QSettings

from arco_desk.domain.actor import Actor
from arco_desk.domain.roles import Role
from arco_desk.services.container import Services
from arco_desk.ui.common.signed_in import SignedInPerson
from arco_desk.ui.report.report_dialog import ComplianceReportDialog, PeriodChoice, period_days
from arco_desk.ui.shell.main_window import MainWindow
from tests.compliance_rows import fill_report_rows
from tests.words import language

TODAY = date(2026, 11, 24)  # the fixtures' clock


def _dialog(qtbot, services: Services) -> ComplianceReportDialog:  # type: ignore[no-untyped-def]
    dialog = ComplianceReportDialog(services.compliance, lambda: "김팀장", services.clock)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy)
    return dialog


def test_the_periods_offered() -> None:
    def days(choice: PeriodChoice, year: int = 2026, quarter: int = 1) -> tuple[date, date]:
        return period_days(choice, TODAY, year=year, quarter=quarter,
                           first=date(2026, 3, 5), last=date(2026, 4, 7))
    assert days(PeriodChoice.THIS_MONTH) == (date(2026, 11, 1), date(2026, 11, 30))
    assert days(PeriodChoice.LAST_MONTH) == (date(2026, 10, 1), date(2026, 10, 31))
    assert period_days(PeriodChoice.LAST_MONTH, date(2026, 1, 15), year=0, quarter=1,
                       first=TODAY, last=TODAY) == (date(2025, 12, 1), date(2025, 12, 31))
    assert days(PeriodChoice.QUARTER, quarter=4) == (date(2026, 10, 1), date(2026, 12, 31))
    assert days(PeriodChoice.QUARTER, quarter=1) == (date(2026, 1, 1), date(2026, 3, 31))
    assert days(PeriodChoice.YEAR, year=2025) == (date(2025, 1, 1), date(2025, 12, 31))
    assert days(PeriodChoice.RANGE) == (date(2026, 3, 5), date(2026, 4, 7))


def test_the_summary_of_this_month_then_a_quarter_saved_as_both_files(  # type: ignore[no-untyped-def]
        qtbot, services: Services, tmp_path: Path) -> None:
    fill_report_rows(services)
    dialog = _dialog(qtbot, services)
    assert dialog.summary.rowCount() == 8
    assert dialog.summary.item(0, 1).text() == "5"  # complaints received in November
    assert "2026-11-01 – 2026-11-30" in dialog.heading.text()
    assert dialog.xlsx_button.isEnabled() and dialog.pdf_button.isEnabled()
    dialog.choice.setCurrentIndex(dialog.choice.findData(PeriodChoice.QUARTER.value))
    assert dialog.quarter.isEnabled() and not dialog.first.isEnabled()
    dialog.quarter.setCurrentIndex(3)
    dialog.refresh()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.summary.item(0, 1).text() == "6"  # October's too
    assert dialog.suggested_name("pdf") == "compliance-20261001-20261231.pdf"
    saved = dialog.save_to(tmp_path / "q4.xlsx", "xlsx")
    assert saved is not None and load_workbook(saved).worksheets[0]["B5"].value == "김팀장"
    assert dialog.save_to(tmp_path / "q4.pdf", "pdf") is not None
    assert (tmp_path / "q4.pdf").read_bytes().startswith(b"%PDF")


def test_a_reversed_range_and_an_unwritable_file_are_shown_in_the_bar(  # type: ignore[no-untyped-def]
        qtbot, services: Services, tmp_path: Path) -> None:
    with language("en"):
        _refusals_shown(qtbot, services, tmp_path)


def _refusals_shown(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, services)
    dialog.choice.setCurrentIndex(dialog.choice.findData(PeriodChoice.RANGE.value))
    dialog.first.setDate(dialog.first.date().addDays(10))
    dialog.last.setDate(dialog.first.date().addDays(-3))
    dialog.refresh()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "The period ends" in dialog.message_bar.text()
    assert dialog.summary.rowCount() == 0 and not dialog.xlsx_button.isEnabled()
    dialog.choice.setCurrentIndex(0)
    dialog.refresh()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.save_to(tmp_path / "missing" / "r.xlsx", "xlsx") is None
    assert f"Cannot write the report to {tmp_path / 'missing' / 'r.xlsx'}: No such file" in (
        dialog.message_bar.text())


def test_the_action_is_there_for_a_lead_and_not_for_staff(  # type: ignore[no-untyped-def]
        qtbot, services: Services, basedir: Path) -> None:
    settings = QSettings(str(basedir / "settings.ini"), QSettings.Format.IniFormat)
    for roles, shown in (({Role.LEAD}, True), ({Role.ADMIN}, True), ({Role.STAFF}, False)):
        person = SignedInPerson(Actor("x", None, "누구", frozenset(roles)), services.gate)
        window = MainWindow(services, settings, person=person)
        qtbot.addWidget(window)
        assert window.compliance_action.isVisible() == shown, roles
