from __future__ import annotations

import pytest
from sqlalchemy import select

from arco_desk.domain.change_feed import ChangeKind
from arco_desk.services.container import Services
from arco_desk.store.change_feed import publish
from arco_desk.store.models import ChangeEvent


def test_published_events_get_increasing_ids_and_carry_ids_only(
    any_services: Services,
) -> None:
    with any_services.uow.write() as session:
        publish(session, ChangeKind.MEMO_FORWARDED, 7, staff_id=3)
        publish(session, ChangeKind.MEMO_READ, 7, staff_id=3, department_id=2)
    with any_services.uow.read() as session:
        events = session.scalars(select(ChangeEvent).order_by(ChangeEvent.id)).all()
        assert [(e.kind, e.entity_id, e.staff_id, e.department_id) for e in events] == [
            ("memo_forwarded", 7, 3, None), ("memo_read", 7, 3, 2)]
        assert events[0].id < events[1].id


def test_an_event_rolled_back_with_its_change_is_not_published(services: Services) -> None:
    with pytest.raises(RuntimeError), services.uow.write() as session:
        publish(session, ChangeKind.VISITOR_ARRIVED, 1)
        raise RuntimeError("the change failed")
    with services.uow.read() as session:
        assert session.scalars(select(ChangeEvent)).all() == []
