"""A save whose COMMIT answer is lost (docs/architecture.md §9): the unit of work says the
outcome is unknown, never "failed", and the submission key tells the truth afterwards.

The connection goes through :class:`CommitCut`, which lets PostgreSQL commit and then
cuts the line before the answer arrives; or the server process ends the session before
the COMMIT reaches it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from arco_desk.services.container import Services
from arco_desk.services.submissions import OutcomeUnknown, new_key, remember
from arco_desk.store.models import Department
from tests.actors import DESK
from tests.conftest import fixed_clock
from tests.integration.commit_cut import CommitCut, Cut
from tests.signed_in import open_signed_in

pytestmark = pytest.mark.postgres


@pytest.fixture
def through_relay(relay: CommitCut, pg_url: str, basedir: Path) -> Iterator[Services]:
    url = make_url(pg_url).set(port=relay.port).render_as_string(hide_password=False)
    services = open_signed_in(basedir, url, clock=fixed_clock)
    yield services
    services.close()


def _add_department(services: Services, name: str, key: str) -> None:
    with services.uow.write(DESK) as session:
        department = Department(name=name)
        session.add(department)
        session.flush()
        remember(session, key, "department", department.id)


def _departments(services: Services, name: str) -> int:
    with services.uow.read() as session:
        return int(session.scalar(select(func.count()).where(Department.name == name)) or 0)


def test_a_commit_whose_answer_was_lost_is_unknown_and_found_saved(
        through_relay: Services, relay: CommitCut) -> None:
    key = new_key()
    relay.arm(Cut.AFTER_COMMIT)
    with pytest.raises(OutcomeUnknown):
        _add_department(through_relay, "민원안내팀", key)
    assert relay.done.is_set()
    assert through_relay.submissions.was_saved(key)
    assert _departments(through_relay, "민원안내팀") == 1


@pytest.fixture
def direct(pg_url: str, basedir: Path) -> Iterator[Services]:
    services = open_signed_in(basedir, pg_url, clock=fixed_clock)
    yield services
    services.close()


def test_a_session_ended_before_its_commit_is_unknown_and_found_not_saved(
        direct: Services) -> None:
    key = new_key()
    with pytest.raises(OutcomeUnknown), direct.uow.write(DESK) as session:
        session.add(Department(name="시설관리팀"))
        session.flush()
        remember(session, key, "department", None)
        pid = session.scalar(text("SELECT pg_backend_pid()"))
        url = direct.engine.url.set(drivername="postgresql")
        with psycopg.connect(url.render_as_string(hide_password=False),
                             autocommit=True) as other:
            other.execute("SELECT pg_terminate_backend(%s)", (pid,))
    assert not direct.submissions.was_saved(key)
    assert _departments(direct, "시설관리팀") == 0
