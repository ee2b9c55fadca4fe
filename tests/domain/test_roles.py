"""The permission table: the union of a person's roles, at the widest reach."""

from __future__ import annotations

from arco_desk.domain.roles import ROLE_GRANTS, Permission, Reach, Role, reach_of


def test_every_role_has_a_row_and_every_permission_a_holder() -> None:
    assert set(ROLE_GRANTS) == set(Role)
    granted = {permission for grants in ROLE_GRANTS.values() for permission in grants}
    assert granted == set(Permission)


def test_several_roles_grant_the_union_at_the_widest_reach() -> None:
    assert reach_of([Role.STAFF], Permission.HANDLE_MEMOS) is Reach.OWN
    assert reach_of([Role.STAFF, Role.LEAD], Permission.HANDLE_MEMOS) is Reach.DEPARTMENT
    assert reach_of([Role.STAFF, Role.ADMIN], Permission.EDIT_CALENDAR) is Reach.AGENCY
    assert reach_of([Role.STAFF], Permission.EDIT_CALENDAR) is None
    assert reach_of([], Permission.VIEW_DIRECTORY) is None


def test_personal_data_powers_stay_with_the_officer() -> None:
    holders = {role for role, grants in ROLE_GRANTS.items()
               if Permission.PURGE_VISITOR_DATA in grants
               or Permission.REVIEW_ACCESS_RECORDS in grants}
    assert holders == {Role.PRIVACY_OFFICER}
