"""Complaint (민원/VOC) use cases: register, assign, pause, extend, answer, follow up, close.

Clauses 1-3, 1-4 and 2 of the standard. The deadline always comes from the
engine with the agency's calendar (:meth:`CalendarService.business_calendar`)
and the kind's period from ``service_standard.toml``. :class:`ComplaintService`
is what the container wires; its parts live in their own modules: intake
(:mod:`complaint_intake`), the lifecycle steps (:mod:`complaint_lifecycle`) and
reading and search (:mod:`complaint_queries`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Final

from arco_desk.domain.clock import Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.domain.standard import ServiceStandard
from arco_desk.services.calendar import CalendarService
from arco_desk.services.complaint_intake import MAX_ATTACHMENT_BYTES, ComplaintIntake
from arco_desk.services.complaint_lifecycle import ComplaintLifecycle
from arco_desk.services.complaint_queries import ComplaintQueries
from arco_desk.store.unit_of_work import UnitOfWork

__all__ = ["ATTACHMENTS_FOLDER", "MAX_ATTACHMENT_BYTES", "ComplaintService"]

ATTACHMENTS_FOLDER: Final = "attachments"


class ComplaintService(ComplaintIntake, ComplaintLifecycle, ComplaintQueries):
    def __init__(
        self,
        uow: UnitOfWork,
        calendar: CalendarService,
        attachments_dir: Path,
        clock: Clock = system_now,
        standard: Callable[[], ServiceStandard] | None = None,
    ) -> None:
        self.uow = uow
        self.calendar = calendar
        self.attachments_dir = attachments_dir
        self.clock = clock
        self._load_standard = standard
        self._fts = None
