"""Memo delivery latency, desk to staff PC, end to end.

Run with ``python -m tests.benchmarks push``. The desk (this process) records a memo
with ``MemoService.record``; a staff PC (``tests/integration/staff_agent.py``, its
own process, a ``ChangeWatcher`` on the same database) hears the event, loads the
memo (``NoticeService.notice_for``, the notification's text) and stamps the moment.
The figure is that stamp minus the moment the desk's write committed (SQLAlchemy's
``after_commit``); both are ``time.perf_counter()``, the system-wide monotonic clock.

Memos go one at a time — the next only once the last has arrived, after a random
gap — so the figures are latency, not queueing. ``MEMOS`` are timed after
``WARM_UP`` untimed ones (first queries of each process). Figures, in ms:

* ``push_pg_p50_ms``, ``push_pg_p99_ms``: PostgreSQL (a server started here, with
  the tests' settings: fsync off), LISTEN/NOTIFY under a ``QSocketNotifier``.
  Gaps of 5–50 ms.
* ``push_pg_loopback_p50_ms`` and ``push_pg_vs_loopback``: the floor — a bare
  psycopg ``NOTIFY`` on one connection until it is received on another, in one
  process — and the p50 ratio of the real path to it (the real path adds a Qt
  event-loop wake-up, a catch-up read of the feed and the memo's row).
* ``push_sqlite_p50_ms``, ``push_sqlite_p99_ms``: embedded SQLite, one file, where
  the staff PC checks ``PRAGMA data_version`` every ``SQLITE_POLL_MS`` (500 ms).
  Gaps uniform over one poll period, so commits land at every phase of the timer
  (a fixed gap would lock onto one phase and give a flattering or a gloomy figure).

Targets (issue 7): PostgreSQL p99 under 1 s, SQLite p99 under 2 s.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psycopg
from sqlalchemy import event
from sqlalchemy.orm import Session

from arco_desk.domain.clock import now
from arco_desk.domain.memos import MemoDraft
from arco_desk.services.container import DATABASE_FILE, Services
from arco_desk.services.demo import fill_directory
from arco_desk.store.engine import sqlite_url
from arco_desk.ui.common.change_watcher import SQLITE_POLL_MS
from tests.actors import DESK
from tests.conftest import PostgresServer, started_postgres
from tests.integration.staff_agent import Message, StaffAgent
from tests.signed_in import open_signed_in

MEMOS = 200
WARM_UP = 10
SEED = 20261124
PG_GAP_S = (0.005, 0.050)
SQLITE_GAP_S = (0.0, SQLITE_POLL_MS / 1000)
ARRIVAL_TIMEOUT_S = 10.0
AGENT_START_S = 60.0


@contextmanager
def commit_moments() -> Iterator[list[float]]:
    """``perf_counter()`` right after each ORM commit in this process."""
    moments: list[float] = []

    def committed(_session: Session) -> None:
        moments.append(time.perf_counter())

    event.listen(Session, "after_commit", committed)
    try:
        yield moments
    finally:
        event.remove(Session, "after_commit", committed)


def percentile(values: list[float], p: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def deliveries(url: str | None, gap: tuple[float, float], rng: random.Random) -> list[float]:
    """Latency (ms) of ``MEMOS`` memos from the desk's commit to the staff PC's loaded row."""
    with tempfile.TemporaryDirectory(prefix="arco-bench-push-") as folder:
        basedir = Path(folder)
        services = open_signed_in(basedir, url)
        try:
            fill_directory(services.uow, now())
            staff_id = services.directory.search("")[1].id
            agent_url = url or sqlite_url(basedir / DATABASE_FILE)
            with StaffAgent(agent_url, staff_id) as agent:
                if not agent.wait_for(lambda said: any("ready" in m for m in said),
                                      AGENT_START_S):
                    raise RuntimeError(f"the staff agent did not start\n{agent.describe()}")
                return _send(services, agent, staff_id, gap, rng)
        finally:
            services.close()


def _send(services: Services, agent: StaffAgent, staff_id: int, gap: tuple[float, float],
          rng: random.Random) -> list[float]:
    latencies: list[float] = []
    with commit_moments() as commits:
        for n in range(WARM_UP + MEMOS):
            time.sleep(rng.uniform(*gap))
            memo = services.memos.record(MemoDraft(
                caller_name="김영희", caller_org="한빛출판사", caller_phone="010-1234-5678",
                called_at=now() - timedelta(minutes=1), message=f"벤치마크 메모 {n}",
                target_staff_id=staff_id), actor=DESK)
            committed = commits[-1]

            def arrived(said: list[Message], memo_id: int = memo.id) -> bool:
                return any(m.get("got") == "memo_forwarded" and m["entity"] == memo_id
                           for m in reversed(said))

            if not agent.wait_for(arrived, ARRIVAL_TIMEOUT_S):
                raise RuntimeError(f"memo {memo.id} did not arrive within "
                                   f"{ARRIVAL_TIMEOUT_S:.0f} s\n{agent.describe()}")
            [got] = [m for m in agent.got() if m["entity"] == memo.id]
            if not got["title"]:
                raise RuntimeError(f"memo {memo.id} arrived without its row: {got}")
            if n >= WARM_UP:
                latencies.append((float(got["at"]) - committed) * 1000)
    return latencies


def loopback(server: PostgresServer, rng: random.Random) -> list[float]:
    """Bare psycopg: NOTIFY on one connection until it is received on another (ms)."""
    conninfo = f"host=127.0.0.1 port={server.port} user=postgres dbname=postgres"
    times: list[float] = []
    with psycopg.connect(conninfo, autocommit=True) as listener, \
            psycopg.connect(conninfo, autocommit=True) as sender:
        listener.execute("LISTEN arco_bench_loopback")
        for n in range(WARM_UP + MEMOS):
            time.sleep(rng.uniform(*PG_GAP_S))
            start = time.perf_counter()
            sender.execute("SELECT pg_notify('arco_bench_loopback', %s)", (str(n),))
            received = [x.payload for x in listener.notifies(timeout=ARRIVAL_TIMEOUT_S,
                                                             stop_after=1)]
            if received != [str(n)]:
                raise RuntimeError(f"loopback notify {n} not received: {received}")
            if n >= WARM_UP:
                times.append((time.perf_counter() - start) * 1000)
    return times


def run() -> list[tuple[str, float, str]]:
    rng = random.Random(SEED)
    servers = started_postgres()
    server = next(servers)
    try:
        pg = deliveries(server.create_database(), PG_GAP_S, rng)
        floor = loopback(server, rng)
    finally:
        next(servers, None)  # stops the server and removes its folder
    lite = deliveries(None, SQLITE_GAP_S, rng)
    pg_p50, floor_p50 = statistics.median(pg), statistics.median(floor)
    return [
        ("push_pg_p50_ms", pg_p50, "ms"),
        ("push_pg_p99_ms", percentile(pg, 99), "ms"),
        ("push_pg_max_ms", max(pg), "ms"),
        ("push_pg_loopback_p50_ms", floor_p50, "ms"),
        ("push_pg_loopback_p99_ms", percentile(floor, 99), "ms"),
        ("push_pg_vs_loopback", pg_p50 / floor_p50, "x"),
        ("push_sqlite_p50_ms", statistics.median(lite), "ms"),
        ("push_sqlite_p99_ms", percentile(lite, 99), "ms"),
        ("push_sqlite_max_ms", max(lite), "ms"),
    ]


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name} {value:.2f} {unit}")
