"""Which memos and complaints lie within a person's reach (domain/roles.Within), as
query conditions: the services' side of what PostgreSQL's row-level security allows
the same person (docs/architecture.md §11, §12).

Own memos: addressed to the person, asked for by them, escalated to them or taken by
them, or sent to their department with nobody named. Own complaints: assigned to them,
or to their department with nobody named. A department's reach adds every memo sent to
the department and every complaint of it.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, ScalarSelect, and_, false, or_, select
from sqlalchemy.orm import Session

from arco_desk.domain.errors import PermissionDenied
from arco_desk.domain.messages import msg
from arco_desk.domain.roles import Reach, Within
from arco_desk.store.models import Complaint, PhoneMemo, Staff


def _department_of(staff_id: int) -> ScalarSelect[int]:
    return select(Staff.department_id).where(Staff.id == staff_id).scalar_subquery()


def memos_within(within: Within) -> ColumnElement[bool]:
    me = within.staff_id
    if me is None:
        return false()
    department = _department_of(me)
    own = or_(PhoneMemo.target_staff_id == me, PhoneMemo.asked_for_id == me,
              PhoneMemo.escalated_to_id == me, PhoneMemo.taken_by_id == me,
              and_(PhoneMemo.target_staff_id.is_(None),
                   PhoneMemo.target_department_id == department))
    if within.reach >= Reach.DEPARTMENT:
        return or_(own, PhoneMemo.target_department_id == department)
    return own


def complaints_within(within: Within) -> ColumnElement[bool]:
    me = within.staff_id
    if me is None:
        return false()
    department = _department_of(me)
    own = or_(Complaint.assignee_id == me,
              and_(Complaint.assignee_id.is_(None), Complaint.department_id == department))
    if within.reach >= Reach.DEPARTMENT:
        return or_(own, Complaint.department_id == department)
    return own


def refuse_out_of_reach(session: Session, record: type[PhoneMemo] | type[Complaint],
                        record_id: int, within: Within | None) -> None:
    """PermissionDenied when the record exists but lies outside ``within`` (None: the
    whole agency); a record that is gone is left to the caller's NotFound."""
    if within is None:
        return
    condition = memos_within(within) if record is PhoneMemo else complaints_within(within)
    if (session.scalar(select(record.id).where(record.id == record_id, condition)) is None
            and session.get(record, record_id) is not None):
        raise PermissionDenied(msg("permission.out_of_reach"))
