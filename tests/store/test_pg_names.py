"""The PostgreSQL role names of a database: one prefix per database, logins kept as typed."""

from __future__ import annotations

import pytest

from arco_desk.store.pg_names import GROUPS, PREFIX_MAX, group_role, login_role, role_prefix


@pytest.mark.parametrize("database", ["arcodesk", "arco_desk", "arco2026", "a" * PREFIX_MAX])
def test_a_plain_database_name_is_its_own_prefix(database: str) -> None:
    assert role_prefix(database) == database


@pytest.mark.parametrize("database", ["ARCO", "arco-desk", "2026arco", "아르코", "a" * 21,
                                      'arco"; drop', "_arco"])
def test_any_other_name_is_cleaned_with_a_digest(database: str) -> None:
    prefix = role_prefix(database)
    assert len(prefix) <= PREFIX_MAX
    assert prefix[0].isalpha() and prefix.replace("_", "").isalnum() and prefix.isascii()
    assert prefix != database


def test_names_that_clean_alike_keep_apart() -> None:
    names = ["arco-desk", "arco.desk", "ARCO_desk", "arco desk"]
    assert len({role_prefix(name) for name in names}) == len(names)


def test_groups_and_logins() -> None:
    assert [group_role("arcodesk", group) for group in GROUPS] == [
        "arcodesk_user", "arcodesk_desk", "arcodesk_staff", "arcodesk_lead", "arcodesk_admin",
        "arcodesk_privacy_officer"]
    assert login_role("arcodesk", "minjun.kim") == "arcodesk_u_minjun.kim"
    assert login_role("arcodesk", "a-b_c.d") == "arcodesk_u_a-b_c.d"
    longest = login_role("a" * 40, "x" * 30)
    assert len(longest.encode()) <= 63


@pytest.mark.parametrize("login", ["Minjun", "ab", "1abc", "kim minjun", 'x"y', "김민준",
                                   "a" * 31, ""])
def test_only_a_stored_sign_in_name_makes_a_login(login: str) -> None:
    with pytest.raises(ValueError):
        login_role("arcodesk", login)
    with pytest.raises(ValueError):
        group_role("arcodesk", "superuser")
