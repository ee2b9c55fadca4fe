"""``--smoke-test``: prove a (frozen) build works end to end, then exit.

Checks: the database was migrated, the main window is shown and filled, the Korean
translation is active, holidays.KR has Korean names, and one deadline computes.
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:  # imported by the checks: the painted mark comes before the database
    from arco_desk.services.container import Services


def say_painted() -> None:
    """The main window was painted for the first time (bench_startup's mark)."""
    if sys.stdout is not None:
        print("smoke painted: ok", flush=True)


def run_smoke_checks(window: QMainWindow, services: Services) -> int:
    from arco_desk.domain.clock import SEOUL
    from arco_desk.store.migrate import current_revision, head_revision

    failures: list[str] = []

    def check(name: str, ok: bool, detail: str = "") -> None:
        # A windowed Windows build has no console: sys.stdout is None there.
        if sys.stdout is not None:
            print(f"smoke {name}: {'ok' if ok else 'FAILED'} {detail}".rstrip(), flush=True)
        if not ok:
            failures.append(name)

    try:
        check("window", window.isVisible(), window.windowTitle())
        check("filled", getattr(window, "filled", True), "tabs built after the first paint")
        revision = current_revision(services.engine)
        check("database", revision == head_revision(), f"schema {revision}")
        korean = QCoreApplication.translate("MainWindow", "Staff directory")
        check("translation", korean == "직원 안내", korean)
        from arco_desk.domain.korean_holidays import korean_public_holidays

        names = korean_public_holidays(2026, "ko")
        new_year = names.get(datetime(2026, 2, 17).date(), "")
        check("holidays", "설날" in new_year, new_year)
        from arco_desk.domain.deadlines import Period

        due = services.calendar.business_calendar().due(
            datetime(2026, 2, 12, 10, 0, tzinfo=SEOUL), Period.parse("7d")
        )
        check("deadline", due == datetime(2026, 2, 25, 18, 0, tzinfo=SEOUL), due.isoformat())
    except Exception as error:  # the smoke test reports every failure as a reason
        check("exception", False, f"{type(error).__name__}: {error}")
    return 1 if failures else 0
