"""Who may do what: the agency's five roles and the one permission table (issue 15).

A person holds one or more roles. Each role grants permissions, some of them with a
*reach*: a staff member handles the memos given to them, a team lead those of the
department, the reception desk every visitor. Holding several roles grants the union,
each permission at the widest reach any of the roles gives.

The table below is the whole rule; the services check it on every use case and the UI
hides what it refuses. docs/architecture.md explains where it is enforced.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

__all__ = ["ROLE_GRANTS", "Permission", "Reach", "Role", "Within", "reach_of"]


class Role(enum.StrEnum):
    DESK = "desk"  # 안내데스크: the reception operators
    STAFF = "staff"  # 직원: every member of staff
    LEAD = "lead"  # 부서장: a department's head
    ADMIN = "admin"  # 관리자: directory, calendar, standard, settings, accounts
    PRIVACY_OFFICER = "privacy_officer"  # 개인정보 보호책임자


class Reach(enum.IntEnum):
    """How far a permission reaches, narrowest first."""

    OWN = 1  # records given to the person, taken by them or hosted by them
    DEPARTMENT = 2  # also those of the person's department
    AGENCY = 3  # every record


@dataclass(frozen=True, slots=True)
class Within:
    """The records a person may see when their reach is less than the whole agency:
    their own (``Reach.OWN``) or their department's (``Reach.DEPARTMENT``)."""

    staff_id: int | None  # None: a person without a staff profile owns no record
    reach: Reach


class Permission(enum.StrEnum):
    # Reception (clause 1-1)
    RECEIVE_VISITORS = "receive_visitors"  # book, check in and out, passes, walk-ins
    PREPARE_VISITS = "prepare_visits"  # the host confirms ready, records the visitor met
    OUTBOUND_VISITS = "outbound_visits"  # visits the agency makes, and their D-1 calls
    # Phone memos (clause 1-2)
    TAKE_MEMOS = "take_memos"  # write a memo, read out a transfer number
    VIEW_MEMOS = "view_memos"  # a memo's caller, number and message
    HANDLE_MEMOS = "handle_memos"  # mark read, call back, reply by e-mail, claim
    FORWARD_MEMOS = "forward_memos"  # give a memo to somebody else
    # Complaints (clauses 1-3, 1-4, 2)
    REGISTER_COMPLAINTS = "register_complaints"
    VIEW_COMPLAINTS = "view_complaints"  # a complaint's citizen, content and history
    HANDLE_COMPLAINTS = "handle_complaints"  # start, answer, delay, pause, follow up, close
    ASSIGN_COMPLAINTS = "assign_complaints"
    VIEW_REPORTS = "view_reports"  # overdue board, compliance report
    REASSIGN_WORK = "reassign_work"  # hand a person's open memos and complaints over
    # Directory
    VIEW_DIRECTORY = "view_directory"
    SET_PRESENCE = "set_presence"  # in, out, back at, stand-in
    EDIT_DIRECTORY = "edit_directory"  # departments, staff, import
    # The agency's rules and this installation
    EDIT_CALENDAR = "edit_calendar"
    EDIT_SERVICE_STANDARD = "edit_service_standard"
    EDIT_SETTINGS = "edit_settings"
    MANAGE_ACCOUNTS = "manage_accounts"
    # Personal data (개인정보 보호법)
    PURGE_VISITOR_DATA = "purge_visitor_data"
    REVIEW_ACCESS_RECORDS = "review_access_records"


_P = Permission
_R = Reach

# The permission table, one row per role: what it may do and how far it reaches.
ROLE_GRANTS: Final[Mapping[Role, Mapping[Permission, Reach]]] = MappingProxyType({
    # The desk is the hub of calls and visitors: it sees every memo (a caller asks
    # whether their message arrived) and every complaint's state, and handles its own.
    Role.DESK: MappingProxyType({
        _P.RECEIVE_VISITORS: _R.AGENCY,
        _P.PREPARE_VISITS: _R.AGENCY,
        _P.OUTBOUND_VISITS: _R.AGENCY,
        _P.TAKE_MEMOS: _R.AGENCY,
        _P.VIEW_MEMOS: _R.AGENCY,
        _P.HANDLE_MEMOS: _R.OWN,
        _P.FORWARD_MEMOS: _R.AGENCY,
        _P.REGISTER_COMPLAINTS: _R.AGENCY,
        _P.VIEW_COMPLAINTS: _R.AGENCY,
        _P.HANDLE_COMPLAINTS: _R.OWN,
        _P.VIEW_DIRECTORY: _R.AGENCY,
        _P.SET_PRESENCE: _R.AGENCY,
    }),
    Role.STAFF: MappingProxyType({
        _P.PREPARE_VISITS: _R.OWN,
        _P.OUTBOUND_VISITS: _R.OWN,
        _P.TAKE_MEMOS: _R.AGENCY,
        _P.VIEW_MEMOS: _R.OWN,
        _P.HANDLE_MEMOS: _R.OWN,
        _P.FORWARD_MEMOS: _R.OWN,
        _P.REGISTER_COMPLAINTS: _R.AGENCY,
        _P.VIEW_COMPLAINTS: _R.OWN,
        _P.HANDLE_COMPLAINTS: _R.OWN,
        _P.VIEW_DIRECTORY: _R.AGENCY,
        _P.SET_PRESENCE: _R.OWN,
    }),
    Role.LEAD: MappingProxyType({
        _P.PREPARE_VISITS: _R.DEPARTMENT,
        _P.OUTBOUND_VISITS: _R.DEPARTMENT,
        _P.TAKE_MEMOS: _R.AGENCY,
        _P.VIEW_MEMOS: _R.DEPARTMENT,
        _P.HANDLE_MEMOS: _R.DEPARTMENT,
        _P.FORWARD_MEMOS: _R.DEPARTMENT,
        _P.REGISTER_COMPLAINTS: _R.AGENCY,
        _P.VIEW_COMPLAINTS: _R.DEPARTMENT,
        _P.HANDLE_COMPLAINTS: _R.DEPARTMENT,
        _P.ASSIGN_COMPLAINTS: _R.DEPARTMENT,
        _P.VIEW_REPORTS: _R.DEPARTMENT,
        _P.REASSIGN_WORK: _R.DEPARTMENT,
        _P.VIEW_DIRECTORY: _R.AGENCY,
        _P.SET_PRESENCE: _R.DEPARTMENT,
    }),
    Role.ADMIN: MappingProxyType({
        _P.VIEW_COMPLAINTS: _R.AGENCY,
        _P.ASSIGN_COMPLAINTS: _R.AGENCY,
        _P.VIEW_REPORTS: _R.AGENCY,
        _P.REASSIGN_WORK: _R.AGENCY,
        _P.VIEW_DIRECTORY: _R.AGENCY,
        _P.SET_PRESENCE: _R.AGENCY,
        _P.EDIT_DIRECTORY: _R.AGENCY,
        _P.EDIT_CALENDAR: _R.AGENCY,
        _P.EDIT_SERVICE_STANDARD: _R.AGENCY,
        _P.EDIT_SETTINGS: _R.AGENCY,
        _P.MANAGE_ACCOUNTS: _R.AGENCY,
    }),
    Role.PRIVACY_OFFICER: MappingProxyType({
        _P.VIEW_DIRECTORY: _R.AGENCY,
        _P.PURGE_VISITOR_DATA: _R.AGENCY,
        _P.REVIEW_ACCESS_RECORDS: _R.AGENCY,
    }),
})


def reach_of(roles: Iterable[Role], permission: Permission) -> Reach | None:
    """The widest reach of ``permission`` any of ``roles`` grants; None when none does."""
    reaches = [grants[permission] for role in roles
               if permission in (grants := ROLE_GRANTS[role])]
    return max(reaches) if reaches else None
