"""Round trips of one heartbeat, and its time through a relay that adds latency
(docs/architecture.md §19).

The demo agency in a main window showing every tab (the agency's person: every role).

* ``tick_round_trips_*``: what one ``MainWindow.tick()`` costs the database, the reads it
  starts in the background and the rows repainted after it included, counted from
  SQLAlchemy's events (tests/round_trips.py; on PostgreSQL the relay counts the wire
  too, ``tick_wire_cycles_pg``). Goal: at most 5.
* ``background_round_trips_pg``: an idle round of the agency's work (the lease holder's,
  every 30 s as the heartbeat).
* ``escalation_*_485``: a backlog of 485 unread memos escalated at once.
* ``tick_ms_at_*ms_rtt``: the median wall time of a tick until its background reads are
  answered and shown, its reads going through ``tests/latency_proxy.py`` with 0 and
  10 ms added each way (the 0 ms figure is the baseline, measured in the same run);
  ``tick_gui_ms_at_20ms_rtt``: the part of it on the GUI thread (``tick()`` returning).
* ``time_tick_*``: the service reads the passage of time alone needs (the host's pending
  preparations, the complaint counts, the overdue board).
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from arco_desk.domain.memos import MemoStatus
from arco_desk.services.container import Services
from arco_desk.services.demo_build import build_demo
from arco_desk.store.models import PhoneMemo, Staff
from tests.actors import SYSTEM
from tests.conftest import FIXED_NOW, fixed_clock, started_postgres
from tests.latency_proxy import LatencyProxy
from tests.round_trips import counting
from tests.signed_in import EVERYONE, open_signed_in
from tests.ui.lists import wait_loaded

TICKS = 7
BACKLOG = 485
RTT_DELAY_S = 0.010  # each way: 20 ms round trip


def _window(services: Services, folder: Path) -> object:
    from arco_desk.ui.shell.main_window import MainWindow

    window = MainWindow(services, QSettings(str(folder / "settings.ini"),
                                            QSettings.Format.IniFormat))
    window.heartbeat.stop()  # ticks are driven here
    window.show()
    QApplication.processEvents()
    return window


def _whole_tick(window: Any) -> Callable[[], None]:
    """A heartbeat until what it read in the background is on screen."""
    def tick() -> None:
        window.tick()
        wait_loaded(window)
        QApplication.processEvents()  # the rows a tick forgot are painted (fetched) again
    return tick


def _tick_ms(tick: Callable[[], None]) -> float:
    times = []
    for _ in range(TICKS):
        start = time.perf_counter()
        tick()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _backlog(services: Services) -> None:
    forwarded = FIXED_NOW - timedelta(days=1)
    with services.uow.write(SYSTEM) as session:
        staff = list(session.scalars(select(Staff).where(Staff.active).order_by(Staff.id)))
        session.add_all(PhoneMemo(caller_name="김영희", called_at=forwarded, message=f"메모 {n}",
                                  status=MemoStatus.NEW.value,
                                  forwarded_at=forwarded + timedelta(seconds=n),
                                  target_staff_id=staff[n % len(staff)].id,
                                  target_department_id=staff[n % len(staff)].department_id)
                        for n in range(BACKLOG))


def _postgres(app: QApplication, folder: Path) -> list[tuple[str, float, str]]:
    servers = started_postgres()
    server = next(servers)
    proxy = LatencyProxy(server.port)
    try:
        services = open_signed_in(folder / "pg", proxy.url(server.create_database()),
                                  clock=fixed_clock)
        try:
            build_demo(services)
            window = _window(services, folder / "pg")
            tick = _whole_tick(window)
            tick()
            cycles = proxy.cycles
            with counting() as cost:
                tick()
            wire = proxy.cycles - cycles
            # What the passage of time alone needs, once the tabs apply change records to
            # their rows and repaint badges from the deadlines they hold (issue 17, item
            # 2): the host's pending preparations, the complaint counts, the board.
            host = services.directory.search("")[0].id

            def time_reads() -> None:
                services.reception.pending_preparations(host)
                services.complaints.counts()
                services.overdue.board(actor=EVERYONE)

            time_reads()
            with counting() as time_cost:
                time_reads()
            services.scheduler.run_due()
            with counting() as background:
                services.scheduler.run_due()
            at_0 = _tick_ms(tick)
            proxy.delay_s = RTT_DELAY_S
            at_20 = _tick_ms(tick)
            gui_at_20 = _tick_ms(window.tick)  # type: ignore[attr-defined]
            wait_loaded(window)  # type: ignore[arg-type]
            time_at_20 = _tick_ms(time_reads)
            proxy.delay_s = 0.0
            time_at_0 = _tick_ms(time_reads)
            window.close()  # type: ignore[attr-defined]
            app.processEvents()
            _backlog(services)
            with counting() as escalation:
                escalated = services.memos.escalate_due(FIXED_NOW, actor=SYSTEM)
            if len(escalated) < BACKLOG:
                raise RuntimeError(f"only {len(escalated)} of the backlog escalated")
        finally:
            services.close()
    finally:
        proxy.stop()
        next(servers, None)
    return [
        ("tick_round_trips_pg", cost.total, "round trips"),
        ("tick_statements_pg", len(cost.statements), "statements"),
        ("tick_wire_cycles_pg", wire, "round trips"),
        ("background_round_trips_pg", background.total, "round trips"),
        ("time_tick_round_trips_pg", time_cost.total, "round trips"),
        ("time_tick_ms_at_0ms_rtt", time_at_0, "ms"),
        ("time_tick_ms_at_20ms_rtt", time_at_20, "ms"),
        ("escalation_statements_485", len(escalation.statements), "statements"),
        ("escalation_round_trips_485", escalation.total, "round trips"),
        ("tick_ms_at_0ms_rtt", at_0, "ms"),
        ("tick_ms_at_20ms_rtt", at_20, "ms"),
        ("tick_gui_ms_at_20ms_rtt", gui_at_20, "ms"),
    ]


def _sqlite(app: QApplication, folder: Path) -> list[tuple[str, float, str]]:
    (folder / "lite").mkdir()
    services = open_signed_in(folder / "lite", clock=fixed_clock)
    try:
        build_demo(services)
        window = _window(services, folder / "lite")
        tick = _whole_tick(window)
        tick()
        with counting() as cost:
            tick()
        window.close()  # type: ignore[attr-defined]
        app.processEvents()
    finally:
        services.close()
    return [("tick_round_trips_sqlite", cost.total, "round trips"),
            ("tick_statements_sqlite", len(cost.statements), "statements")]


def run() -> list[tuple[str, float, str]]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    folder = Path(tempfile.mkdtemp(prefix="arco-bench-rt-"))
    (folder / "pg").mkdir()
    try:
        return _postgres(app, folder) + _sqlite(app, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name} {value:.2f} {unit}")
