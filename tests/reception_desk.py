"""A reception desk for tests: the demo directory, a stepping clock, helpers to pick staff."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.clock import SEOUL
from arco_desk.domain.directory import Presence, StaffRecord
from arco_desk.domain.reception import AppointmentDraft, VisitorDraft
from arco_desk.services.calendar import CalendarService
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.services.directory import DirectoryService
from arco_desk.services.reception import ReceptionService
from arco_desk.store.models import ChangeEvent
from tests.actors import DESK
from tests.clock import SteppingClock
from tests.conftest import FIXED_NOW


def seoul(*args: int) -> datetime:
    return datetime(*args, tzinfo=SEOUL)  # type: ignore[misc]


@dataclass
class Desk:
    services: Services
    reception: ReceptionService
    directory: DirectoryService
    clock: SteppingClock

    def staff(self, presence: Presence = Presence.IN, *, with_stand_in: bool = True,
              skip: int = 0) -> StaffRecord:
        """A staff member who is ``presence`` now (set so if needed), with a stand-in who is in."""
        everyone = self.directory.search("")
        candidates = [r for r in everyone if r.stand_in_id is not None or not with_stand_in]
        record = candidates[skip]
        if record.stand_in_id is not None:
            stand_in = self.directory.get_staff(record.stand_in_id)
            if stand_in.presence is not Presence.IN:
                self.directory.set_presence(stand_in.id, Presence.IN, actor=DESK)
        if record.presence is not presence:
            back = None if presence is Presence.IN else self.clock() + timedelta(hours=2)
            record = self.directory.set_presence(record.id, presence, back,
                                                 stand_in_id=record.stand_in_id, actor=DESK)
        return record

    def book(self, starts: datetime, host_id: int, *, name: str = "홍길동",
             phone: str = "010-1234-5678", organisation: str = "서울문화재단",
             minutes: int = 60, purpose: str = "공모사업 상담", companions: int = 1) -> int:
        return self.reception.book(AppointmentDraft(
            visitor=VisitorDraft(name, organisation, phone), host_id=host_id, starts_at=starts,
            ends_at=starts + timedelta(minutes=minutes), companions=companions,
            purpose=purpose, place="3층 소회의실", notes="주차 1대",
        ), actor=DESK)

    def events(self, kind: ChangeKind) -> list[tuple[int, int | None]]:
        with self.services.uow.read() as session:
            rows = session.execute(
                select(ChangeEvent.entity_id, ChangeEvent.staff_id)
                .where(ChangeEvent.kind == kind.value).order_by(ChangeEvent.id))
            return [(e, s) for e, s in rows]


def make_desk(services: Services, start: datetime = FIXED_NOW) -> Desk:
    """The demo agency on ``services`` and a reception on a clock the test moves."""
    fill_directory(services.uow, FIXED_NOW)
    clock = SteppingClock(start)
    calendar = CalendarService(services.uow, clock)
    reception = ReceptionService(services.uow, clock, calendar, services.settings,
                                 services.reception.privacy.backups_folder)
    return Desk(services, reception, DirectoryService(services.uow, clock), clock)
