"""The timer that runs the agency's background work in this process, whatever windows
are open (docs/architecture.md §7). What it does reaches the screens as change records."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from arco_desk.services.scheduler import AgencyRun, AgencyScheduler
from arco_desk.ui.common.known_errors import refusals

log = logging.getLogger(__name__)

ROUND_MS = 30_000


class BackgroundWork(QObject):
    def __init__(self, scheduler: AgencyScheduler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self._timer = QTimer(self)
        self._timer.setInterval(ROUND_MS)
        self._timer.timeout.connect(self.run_now)

    def start(self) -> None:
        self._timer.start()
        QTimer.singleShot(0, self.run_now)

    def run_now(self) -> AgencyRun | None:
        """One round; a database that is away is logged (the windows say it already)
        and the next round tries again."""
        run: AgencyRun | None = None
        with refusals(lambda text: log.warning("background work postponed: %s", text)):
            run = self.scheduler.run_due()
        return run

    def stop(self) -> None:
        self._timer.stop()
        self.scheduler.stop()
