"""PostgreSQL stops (fast, then immediate) and comes back while the desk writes a memo
every 50 ms (docs/architecture.md §9).

Every write the desk was told succeeded is stored; every write it was told failed is
absent, or — when the connection died during the commit — recognised by its
submission key; saving the failed ones again with the same key, as the form does,
stores each exactly once. Nothing is ever stored twice.
"""

from __future__ import annotations

import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from arco_desk.domain.errors import DomainError
from arco_desk.domain.memos import MemoDraft
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.services.submissions import OutcomeUnknown, new_key
from arco_desk.store.errors import StoreUnavailable
from arco_desk.store.models import PhoneMemo
from tests.actors import DESK
from tests.conftest import FIXED_NOW, PostgresServer, fixed_clock, started_postgres
from tests.signed_in import open_signed_in

pytestmark = pytest.mark.postgres

PAUSE_S = 0.05
DOWN_S = 1.0


@pytest.fixture
def durable_server() -> Iterator[PostgresServer]:
    """A server of this test's own (it is stopped), acknowledging only written commits."""
    yield from started_postgres(durable=True)


@pytest.fixture
def desk(durable_server: PostgresServer, basedir: Path) -> Iterator[Services]:
    services = open_signed_in(basedir, durable_server.create_database(), clock=fixed_clock)
    fill_directory(services.uow, FIXED_NOW)
    yield services
    services.close()


def _draft(staff_id: int, number: int) -> MemoDraft:
    return MemoDraft(caller_name="김영희", caller_org="한빛출판사", caller_phone="010-1234-5678",
                     called_at=FIXED_NOW - timedelta(minutes=1),
                     message=f"재시작 중 메모 {number}", target_staff_id=staff_id)


def _restarts(server: PostgresServer, done: threading.Event, failures: list[str]) -> None:
    try:
        for mode in ("fast", "immediate"):
            time.sleep(1.0)
            server.stop(mode)
            time.sleep(DOWN_S)
            server.launch()
        time.sleep(1.0)
    except subprocess.CalledProcessError as error:
        log = server.root / "server.log"
        failures.append(f"{error.cmd}: {error.stderr}\n{log.read_text()[-2000:]}")
    finally:
        done.set()


def _stored(services: Services) -> Counter[str]:
    with services.uow.read() as session:
        return Counter(session.scalars(select(PhoneMemo.message)))


def test_no_write_is_lost_or_doubled_across_restarts(
        desk: Services, durable_server: PostgresServer) -> None:
    done = threading.Event()
    failures: list[str] = []
    restarts = threading.Thread(target=_restarts, args=(durable_server, done, failures))
    staff_id = desk.directory.search("")[0].id
    acknowledged: dict[str, str] = {}  # key -> message
    failed: dict[str, tuple[str, MemoDraft]] = {}  # key -> (how, draft)
    restarts.start()
    number = 0
    while not done.is_set():
        draft, key = _draft(staff_id, number), new_key()
        try:
            desk.memos.record(draft, key=key, actor=DESK)
        except OutcomeUnknown:
            failed[key] = ("unknown", draft)
        except StoreUnavailable:
            failed[key] = ("failed", draft)
        else:
            acknowledged[key] = draft.message
        number += 1
        time.sleep(PAUSE_S)
    restarts.join()
    assert not failures, failures[0]

    assert acknowledged and failed, (len(acknowledged), len(failed))
    stored = _stored(desk)
    assert all(stored[message] == 1 for message in acknowledged.values())
    for key, (how, draft) in failed.items():
        saved = desk.submissions.was_saved(key)
        assert stored[draft.message] == (1 if saved else 0), (how, saved)
        if how == "failed":
            assert not saved, "a write refused before its commit was stored"

    # The form saves again with the same key until the database takes it.
    for key, (_how, draft) in failed.items():
        for _attempt in range(50):
            try:
                desk.memos.record(draft, key=key, actor=DESK)
                break
            except DomainError:
                time.sleep(0.1)
    stored = _stored(desk)
    assert set(stored.values()) == {1}, "a memo was stored twice"
    assert sum(stored.values()) == number
