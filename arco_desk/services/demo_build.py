"""``--demo``: the whole demo agency in one call, as the app builds it at start."""

from __future__ import annotations

from dataclasses import dataclass

from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.services.demo_accounts import fill_accounts
from arco_desk.services.demo_complaints import fill_complaints
from arco_desk.services.demo_memos import fill_memos
from arco_desk.services.demo_reception import fill_reception
from arco_desk.services.gate import the_agency

DEMO_BUILDER = "ARCO Desk demo"


@dataclass(frozen=True, slots=True)
class DemoCounts:
    staff: int
    complaints: int


def build_demo(services: Services) -> DemoCounts:
    """The directory with an account for everyone, a day at the reception desk, phone
    memos and complaints; each part only into a store that has none yet."""
    now = services.clock()
    with services.gate.acting_as(the_agency(DEMO_BUILDER)):
        staff = fill_directory(services.uow, now)
        fill_accounts(services.uow)
        fill_reception(services.uow, services.calendar, now)
        fill_memos(services.uow, services.calendar, now)
        return DemoCounts(staff, fill_complaints(services.uow, services.calendar,
                                                   services.complaints.attachments_dir, now))
