"""``--demo``: an account for every demo member of staff, so each role can be tried.

Every demo account signs in with its e-mail name (``minjun.kim``) and the one demo
password below. The customer team (고객소통팀) works the reception desk; each
department's head (부장) is its team lead; the head of planning (경영기획부) is also the
administrator and the HR team's second (인사총무부 팀장) the privacy officer. The README
lists them.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from arco_desk.domain.passwords import hash_password
from arco_desk.domain.roles import Role
from arco_desk.store.models import Account, AccountRole, Department, Staff
from arco_desk.store.pg_logins import has_logins, provision_login
from arco_desk.store.unit_of_work import UnitOfWork

DEMO_PASSWORD: Final = "arco-demo-2026"
DESK_DEPARTMENT: Final = "고객소통팀"
ADMIN_DEPARTMENT: Final = "경영기획부"
PRIVACY_DEPARTMENT: Final = "인사총무부"


def fill_accounts(uow: UnitOfWork) -> int:
    """Accounts for the demo staff when there are none yet; how many were made."""
    with uow.write() as session:
        if session.scalar(select(func.count()).select_from(Account)):
            return 0
        return _fill(session)


def _fill(session: Session) -> int:
    # One hash for all: the same demo password, and 60 scrypt runs would slow the demo.
    stored = hash_password(DEMO_PASSWORD)
    rows = session.execute(select(Staff, Department.name)
                           .join(Department, Department.id == Staff.department_id)
                           .where(Staff.active).order_by(Department.sort_order, Staff.id)
                           ).all()
    seen: dict[str, int] = {}
    for staff, department in rows:
        rank = seen[department] = seen.get(department, -1) + 1
        roles = {Role.STAFF}
        if rank == 0:
            roles.add(Role.LEAD)
            if department == ADMIN_DEPARTMENT:
                roles.add(Role.ADMIN)
        if department == DESK_DEPARTMENT:
            roles.add(Role.DESK)
        if department == PRIVACY_DEPARTMENT and rank == 1:
            roles.add(Role.PRIVACY_OFFICER)
        session.add(Account(login=staff.email.split("@")[0], staff_id=staff.id,
                            password_hash=stored, must_change_password=False, active=True,
                            failures=0,
                            roles=[AccountRole(role=role.value) for role in sorted(roles)]))
    if has_logins(session):  # PostgreSQL: every demo person can sign in to the server too
        session.flush()
        for staff, _department in rows:
            provision_login(session, staff.email.split("@")[0], DEMO_PASSWORD)
    return len(rows)
