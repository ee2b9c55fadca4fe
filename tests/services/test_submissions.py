"""Submission keys (docs/architecture.md §9): a key stored with what it saved answers
"was it saved?", finds the first save again, and is forgotten after 30 days."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from arco_desk.services.container import Services
from arco_desk.services.submissions import KEEP_DAYS, earlier, new_key, remember
from arco_desk.store.models import Submission
from tests.actors import DESK


def test_a_key_is_found_only_after_its_save(any_services: Services) -> None:
    key = new_key()
    assert not any_services.submissions.was_saved(key)
    with any_services.uow.write(DESK) as session:
        assert earlier(session, key, "phone_memo") is None
        remember(session, key, "phone_memo", 41)
    assert any_services.submissions.was_saved(key)
    with any_services.uow.read() as session:
        assert earlier(session, key, "phone_memo") == 41
        assert earlier(session, key, "complaint") is None  # another kind of record
        assert earlier(session, None, "phone_memo") is None


def test_a_key_rolled_back_with_its_save_was_not_saved(any_services: Services) -> None:
    key = new_key()
    with pytest.raises(RuntimeError), any_services.uow.write(DESK) as session:
        remember(session, key, "phone_memo", 41)
        session.flush()
        raise RuntimeError("the save failed after the key was written")
    assert not any_services.submissions.was_saved(key)


def test_keys_are_made_by_the_app_never_typed(services: Services) -> None:
    assert len({new_key() for _ in range(100)}) == 100
    with pytest.raises(ValueError):
        services.submissions.was_saved("' OR 1=1 --")


def test_old_keys_are_forgotten(services: Services) -> None:
    old, fresh = new_key(), new_key()
    now = services.clock()
    with services.uow.write(DESK) as session:
        session.add(Submission(key=old, entity="phone_memo", entity_id=1,
                               at=now - timedelta(days=KEEP_DAYS + 1)))
        session.add(Submission(key=fresh, entity="phone_memo", entity_id=2,
                               at=now - timedelta(days=KEEP_DAYS - 1)))
    assert services.submissions.forget_old() == 1
    with services.uow.read() as session:
        assert session.scalar(select(func.count()).select_from(Submission)) == 1
    assert services.submissions.was_saved(fresh)
