"""Staff directory use cases: departments, search, edit, presence (clauses 1-1, 1-2).

Two PCs may edit one staff member at once (docs/architecture.md §9): an edit or a
presence change names what its form opened, only the fields the person changed are
written, and a field another PC changed meanwhile is an :class:`EditConflict` naming
who. The staff row is locked first (lock order: staff/department before anything else).
A new staff member or department carries its form's submission key.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from arco_desk.domain.actor import Actor
from arco_desk.domain.change_feed import ChangeKind
from arco_desk.domain.clock import Clock
from arco_desk.domain.clock import now as system_now
from arco_desk.domain.directory import (
    PRESENCE_FIELDS,
    STAFF_FIELDS,
    DepartmentRecord,
    Presence,
    StaffDraft,
    StaffRecord,
    validate_department,
    validate_presence,
    validate_staff,
)
from arco_desk.domain.edits import Opened
from arco_desk.domain.errors import NotFound, ValidationError
from arco_desk.domain.messages import Message, msg
from arco_desk.domain.text import narrow_search
from arco_desk.services.audit import record_audit
from arco_desk.services.edits import apply_edit
from arco_desk.services.search import Found
from arco_desk.services.submissions import earlier, remember
from arco_desk.store.change_feed import publish
from arco_desk.store.models import Department, Staff
from arco_desk.store.retry import retry_conflicts
from arco_desk.store.unit_of_work import UnitOfWork


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with the wildcards escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class DirectoryService:
    def __init__(self, uow: UnitOfWork, clock: Clock = system_now) -> None:
        self.uow = uow
        self.clock = clock

    # --- departments -------------------------------------------------------------------

    def departments(self) -> list[DepartmentRecord]:
        counts = (
            select(Staff.department_id, func.count(Staff.id).label("n"))
            .where(Staff.active.is_(True))
            .group_by(Staff.department_id)
            .subquery()
        )
        stmt = (
            select(Department, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.department_id == Department.id)
            .order_by(Department.sort_order, Department.name)
        )
        with self.uow.read() as session:
            return [
                DepartmentRecord(d.id, d.name, d.parent_id, d.floor, d.main_phone, int(n))
                for d, n in session.execute(stmt)
            ]

    @retry_conflicts
    def add_department(self, name: str, floor: str = "", main_phone: str = "", *,
                       key: str | None = None, actor: Actor) -> int:
        """A new department; its id. The name is unique: checked here, and held by the
        unique index when two PCs add it at once (the loser's rerun sees the winner)."""
        clean = validate_department(name, floor, main_phone)
        with self.uow.write(actor) as session:
            stored = earlier(session, key, "department")
            if stored is not None:
                return stored
            taken = select(Department.id).where(Department.name == clean.name)
            if session.scalar(taken) is not None:
                raise ValidationError({"name": msg("directory.department_exists", name=clean.name)})
            order = session.scalar(select(func.coalesce(func.max(Department.sort_order), 0)))
            department = Department(
                name=clean.name, floor=clean.floor, main_phone=clean.main_phone,
                sort_order=int(order or 0) + 1,
            )
            session.add(department)
            session.flush()
            publish(session, ChangeKind.DEPARTMENT_CHANGED, department.id,
                    department_id=department.id)
            record_audit(session, actor, "department.create", "department", department.id,
                         clean.name)
            remember(session, key, "department", department.id)
            return department.id

    # --- search --------------------------------------------------------------------------

    def search_ids(
        self,
        text: str = "",
        department_id: int | None = None,
        presence: Presence | None = None,
    ) -> Found:
        """Ids of active staff matching ``text`` in name, department, duties, position,
        extension or direct line (Korean substrings, matched by the database);
        ``narrowed`` when the text was cut to the search limits."""
        stmt = (
            select(Staff.id)
            .join(Department, Staff.department_id == Department.id)
            .where(Staff.active.is_(True))
            .order_by(Department.sort_order, Department.name, Staff.name, Staff.id)
        )
        search = narrow_search(text)
        for word in search.words:
            pattern = like_pattern(word)
            stmt = stmt.where(
                or_(
                    Staff.name.ilike(pattern, escape="\\"),
                    Department.name.ilike(pattern, escape="\\"),
                    Staff.duties.ilike(pattern, escape="\\"),
                    Staff.position.ilike(pattern, escape="\\"),
                    Staff.extension.like(pattern, escape="\\"),
                    Staff.direct_line.like(pattern, escape="\\"),
                    Staff.email.ilike(pattern, escape="\\"),
                )
            )
        if department_id is not None:
            stmt = stmt.where(Staff.department_id == department_id)
        if presence is not None:
            stmt = stmt.where(Staff.presence == presence.value)
        with self.uow.read() as session:
            return Found(session.scalars(stmt), narrowed=search.narrowed)

    def search(self, text: str = "", department_id: int | None = None) -> list[StaffRecord]:
        return self.staff_rows(self.search_ids(text, department_id))

    def staff_rows(self, ids: Sequence[int]) -> list[StaffRecord]:
        """The records for ``ids``, in that order (a table model's page fetch)."""
        if not ids:
            return []
        with self.uow.read() as session:
            by_id = {r.id: r for r in _records(session, Staff.id.in_(list(ids)))}
        return [by_id[i] for i in ids if i in by_id]

    def get_staff(self, staff_id: int) -> StaffRecord:
        rows = self.staff_rows([staff_id])
        if not rows:
            raise NotFound(msg("directory.staff_gone"))
        return rows[0]

    # --- edits ---------------------------------------------------------------------------

    @retry_conflicts
    def create_staff(self, draft: StaffDraft, *, key: str | None = None,
                     actor: Actor) -> StaffRecord:
        """A new staff member. Saved again with the same ``key`` (after an unknown
        outcome), it answers with the one stored the first time."""
        clean = validate_staff(draft)
        with self.uow.write(actor) as session:
            stored = earlier(session, key, "staff")
            if stored is not None:
                return _record(session, stored)
            _check_references(session, clean, None)
            staff = Staff(**_draft_columns(clean))
            session.add(staff)
            session.flush()
            _staff_changed(session, staff)
            record_audit(session, actor, "staff.create", "staff", staff.id, clean.name)
            remember(session, key, "staff", staff.id)
            return _record(session, staff.id)

    @retry_conflicts
    def update_staff(self, staff_id: int, draft: StaffDraft, *, opened: Opened | None = None,
                     actor: Actor) -> StaffRecord:
        """Save an edit form: only the fields changed since ``opened`` are written.

        ``opened`` is what the form showed (:func:`~arco_desk.domain.directory.staff_opened`);
        without it (a program, not a form) every field is written as given. A field
        another PC changed meanwhile to something else is an :class:`EditConflict`.
        """
        clean = validate_staff(draft)
        with self.uow.write(actor) as session:
            staff = _load(session, staff_id, lock=True)
            _check_references(session, clean, staff_id)
            typed = _draft_columns(clean)
            changes = apply_edit(staff, opened or _as_now(staff, STAFF_FIELDS), typed)
            if changes or opened is None:  # a form's save that changed nothing is no news
                _staff_changed(session, staff)
                record_audit(session, actor, "staff.update", "staff", staff_id, clean.name)
                session.flush()
            return _record(session, staff_id)

    @retry_conflicts
    def deactivate_staff(self, staff_id: int, *, actor: Actor) -> None:
        with self.uow.write(actor) as session:
            staff = _load(session, staff_id, lock=True)
            staff.active = False
            _staff_changed(session, staff)
            record_audit(session, actor, "staff.deactivate", "staff", staff_id, staff.name)

    @retry_conflicts
    def set_presence(
        self,
        staff_id: int,
        presence: Presence,
        back_at: datetime | None = None,
        note: str = "",
        stand_in_id: int | None = None,
        *,
        opened: Opened | None = None,
        actor: Actor,
    ) -> StaffRecord:
        """Record where a staff member is, when they are back and who stands in.

        Like :meth:`update_staff`, only what changed since ``opened``
        (:func:`~arco_desk.domain.directory.presence_opened`) is written: two people
        setting one presence at once get one winner and a conflict naming them.
        """
        note = validate_presence(presence, back_at, self.clock(), staff_id, stand_in_id, note)
        with self.uow.write(actor) as session:
            staff = _load(session, staff_id, lock=True)
            if stand_in_id is not None:
                _load(session, stand_in_id, field="stand_in_id")
            typed: dict[str, object] = {
                "presence": presence.value,
                "back_at": None if presence is Presence.IN else back_at,
                "presence_note": note,
                "stand_in_id": stand_in_id,
            }
            changes = apply_edit(staff, opened or _as_now(staff, PRESENCE_FIELDS), typed)
            if changes or opened is None:
                _staff_changed(session, staff)
                record_audit(session, actor, "staff.presence", "staff", staff_id,
                             f"{presence.value} {back_at.isoformat() if back_at else ''}"
                             .strip())
                session.flush()
            return _record(session, staff_id)


def _records(session: Session, *where: object) -> list[StaffRecord]:
    stand_in = aliased(Staff)
    stmt = (
        select(Staff, Department.name, stand_in.name)
        .join(Department, Staff.department_id == Department.id)
        .outerjoin(stand_in, Staff.stand_in_id == stand_in.id)
        .where(*where)  # type: ignore[arg-type]
    )
    return [
        StaffRecord(
            id=s.id, name=s.name, department_id=s.department_id, department_name=dept,
            position=s.position, duties=s.duties, extension=s.extension,
            direct_line=s.direct_line, email=s.email, floor=s.floor, room=s.room, seat=s.seat,
            presence=Presence(s.presence), presence_note=s.presence_note, back_at=s.back_at,
            stand_in_id=s.stand_in_id, stand_in_name=stand_in_name, version=s.version,
        )
        for s, dept, stand_in_name in session.execute(stmt)
    ]


def _record(session: Session, staff_id: int) -> StaffRecord:
    """The record as this write transaction sees it (built before the commit, so a
    failed read afterwards can't turn a stored save into "save again")."""
    return _records(session, Staff.id == staff_id)[0]


def _as_now(staff: Staff, fields: tuple[str, ...]) -> Opened:
    """A record "opened" as it is now: a write without a form changes every field."""
    return Opened(staff.version, {name: getattr(staff, name) for name in fields})


def _staff_changed(session: Session, staff: Staff) -> None:
    publish(session, ChangeKind.STAFF_CHANGED, staff.id, staff_id=staff.id,
            department_id=staff.department_id)


def _load(session: Session, staff_id: int, field: str | None = None,
          lock: bool = False) -> Staff:
    staff = session.get(Staff, staff_id, with_for_update=lock)
    if staff is None or not staff.active:
        message = msg("directory.staff_gone")
        if field is not None:
            raise ValidationError({field: message})
        raise NotFound(message)
    return staff


def _check_references(session: Session, draft: StaffDraft, staff_id: int | None) -> None:
    errors: dict[str, Message] = {}
    if session.get(Department, draft.department_id) is None:
        errors["department_id"] = msg("directory.department_missing")
    if draft.stand_in_id is not None:
        if draft.stand_in_id == staff_id:
            errors["stand_in_id"] = msg("directory.own_stand_in")
        elif session.get(Staff, draft.stand_in_id) is None:
            errors["stand_in_id"] = msg("directory.stand_in_missing")
    if errors:
        raise ValidationError(errors)


def _draft_columns(draft: StaffDraft) -> dict[str, object]:
    return {
        "name": draft.name, "department_id": draft.department_id, "position": draft.position,
        "duties": draft.duties, "extension": draft.extension, "direct_line": draft.direct_line,
        "email": draft.email, "floor": draft.floor, "room": draft.room, "seat": draft.seat,
        "stand_in_id": draft.stand_in_id,
    }
