"""The acting person: how each kind of actor is named, and what an actor must have."""

from __future__ import annotations

import dataclasses

import pytest

from arco_desk.domain.actor import Actor


def test_a_staff_member_acts_under_a_stable_account() -> None:
    actor = Actor.for_staff(12, "김민준")
    assert (actor.account, actor.staff_id, actor.name, actor.roles) == (
        "staff:12", 12, "김민준", frozenset())


def test_the_desk_and_background_work_have_no_staff_profile() -> None:
    assert (Actor.desk("안내데스크").account, Actor.desk("안내데스크").staff_id) == ("desk", None)
    job = Actor.system("미확인 메모 승급")
    assert (job.account, job.staff_id, job.name) == ("system", None, "미확인 메모 승급")


@pytest.mark.parametrize(("account", "name"), [
    ("", "김민준"), ("   ", "김민준"), ("desk", ""), ("desk", "  "), ("x" * 81, "김민준"),
    ("desk", "가" * 41),
])
def test_an_actor_without_an_account_or_a_name_is_refused(account: str, name: str) -> None:
    with pytest.raises(ValueError, match="actor needs"):
        Actor(account, None, name)


def test_an_actor_is_a_frozen_value() -> None:
    actor = Actor.for_staff(3, "이서연")
    with pytest.raises(dataclasses.FrozenInstanceError):
        actor.name = "다른 사람"  # type: ignore[misc]
    assert actor == Actor.for_staff(3, "이서연")
    assert Actor("staff:3", 3, "이서연", frozenset({"admin"})) != actor
