"""``--demo`` names who did everything: no audit row and no complaint step without an actor."""

from __future__ import annotations

from sqlalchemy import func, select

from arco_desk.services.container import Services
from arco_desk.services.demo_build import build_demo
from arco_desk.store.models import AuditEntry, ComplaintEvent, Staff


def test_the_demo_data_has_an_actor_on_every_audit_row_and_complaint_event(
    services: Services,
) -> None:
    counts = build_demo(services)
    assert (counts.staff, counts.complaints) == (60, 30)
    with services.uow.read() as session:
        audit = session.execute(select(AuditEntry.action, AuditEntry.actor,
                                       AuditEntry.actor_name)).all()
        events = session.execute(select(ComplaintEvent.kind, ComplaintEvent.actor_id,
                                        ComplaintEvent.actor_name)).all()
        staff = {staff_id: name for staff_id, name in session.execute(select(Staff.id, Staff.name))}
        registered = session.scalar(select(func.count(AuditEntry.id)).where(
            AuditEntry.action == "complaint.register"))
    assert registered == 30 and len(events) > 100
    assert [row for row in audit if not row.actor.strip() or not row.actor_name.strip()] == []
    assert [row for row in events if row.actor_id is None or not row.actor_name.strip()] == []
    # Each is a demo staff member, under their own account and their name at the time.
    for row in audit:
        staff_id = int(row.actor.removeprefix("staff:"))
        assert staff[staff_id] == row.actor_name
    assert all(staff[row.actor_id] == row.actor_name for row in events)
