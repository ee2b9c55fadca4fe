"""The agency's background work, done once for the agency (docs/architecture.md §7).

Every ARCO Desk process — a desk window, a staff PC in the tray — runs the scheduler
on a timer, but only the one holding the agency lease does the work, so a memo is
escalated and a host alerted whatever windows happen to be open, and never twice.
What it does reaches every screen, this process's too, as change records.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Final

from arco_desk.domain.actor import Actor
from arco_desk.domain.reception import PreparationAlert
from arco_desk.services.daily_backup import BackupService
from arco_desk.services.memos import MemoService
from arco_desk.services.reception import ReceptionService
from arco_desk.services.submissions import SubmissionLedger
from arco_desk.store.agency_lease import AgencyLease

# Submission keys live 30 days; looking for old ones once an hour is plenty, and spares
# the database a write every round.
FORGET_EVERY_S: Final = 3600.0

# Background work is done in the app's own name: nobody clicked.
SCHEDULER: Final = Actor.system("ARCO Desk")


@dataclass(frozen=True, slots=True)
class AgencyRun:
    """What one round did; ``held`` is False when another PC does the work."""

    held: bool
    escalated: list[int] = field(default_factory=list)
    alerted: list[PreparationAlert] = field(default_factory=list)
    # True when today's backup was started (it runs on in a thread of its own).
    backup_started: bool = False


class AgencyScheduler:
    def __init__(self, lease: AgencyLease, memos: MemoService,
                 reception: ReceptionService, submissions: SubmissionLedger,
                 backups: BackupService | None = None) -> None:
        self.lease = lease
        self.backups = backups
        self.submissions = submissions
        self._forget_at = 0.0  # monotonic seconds; keys are dropped at most hourly
        self.memos = memos
        self.reception = reception

    def run_due(self) -> AgencyRun:
        """Escalate memos unread too long, alert hosts whose visitor is 5 minutes away,
        forget submission keys no form can still be waiting on, and start the day's
        backup when none was taken today (in a worker thread: the round never waits).

        Each step is a conditional write, so a round that overlaps another PC's (a lease
        just handed over) changes nothing twice. Raises ``StoreUnavailable`` when the
        database is away; the next round tries again.
        """
        if not self.lease.held():
            return AgencyRun(held=False)
        alerted = self.reception.preparation_alerts_due(actor=SCHEDULER)
        escalated = self.memos.escalate_due(actor=SCHEDULER)
        if time.monotonic() >= self._forget_at:
            self.submissions.forget_old()
            self._forget_at = time.monotonic() + FORGET_EVERY_S
        started = self.backups.start_daily_if_due() if self.backups is not None else False
        return AgencyRun(held=True, escalated=escalated, alerted=alerted,
                         backup_started=started)

    def stop(self) -> None:
        """Let another PC take the work over (on quit)."""
        self.lease.release()
