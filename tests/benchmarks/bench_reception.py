"""Benchmark of reception on a busy year (embedded SQLite, a temporary folder).

Run with ``python -m tests.benchmarks bench_reception``. The database holds the
demo directory, 20,000 appointments over 250 working days (80 a day) with a
visit for each past one, and 5,000 walk-ins. Figures, ``NAME VALUE UNIT``,
each the median of 9 repeats:

* ``reception_tick_ms``: ``preparation_alerts_due`` when nothing is due — what
  every PC pays every 30 seconds.
* ``reception_day_ms``: the timeline keys of one day plus its first page of rows
  (what opening a day or searching shows).
* ``reception_search_ms``: the same day narrowed by a Korean substring.
* ``reception_purge_preview_ms``: counting what is past retention.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time as clock
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.reception import VisitStatus
from arco_desk.services.demo import fill_directory
from arco_desk.store.models import Appointment, Staff, Visit, Visitor
from tests.actors import SYSTEM
from tests.signed_in import open_signed_in

NOW = datetime(2026, 11, 24, 7, 0, tzinfo=SEOUL)  # before the day's first appointment
REPEATS = 9
PER_DAY = 80
DAYS = 250
WALK_INS = 5_000
NAMES = "김이박최정강조윤장임한오서신권황안송류홍"


def _median_ms(action: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        start = clock.perf_counter()
        action()
        times.append((clock.perf_counter() - start) * 1000)
    return statistics.median(times)


def _fill(services: object, rng: random.Random) -> None:
    from arco_desk.services.container import Services

    assert isinstance(services, Services)
    fill_directory(services.uow, NOW)
    with services.uow.write() as session:
        hosts = list(session.scalars(select(Staff.id)))
        visitors = [
            {"name": rng.choice(NAMES) + rng.choice(("민준", "서연", "지훈", "하은")) + str(i),
             "organisation": f"기관{i % 300}", "phone": f"010-{i:04d}-{i % 9999:04d}",
             "phone_digits": f"010{i:04d}{i % 9999:04d}"}
            for i in range(8_000)
        ]
        session.execute(insert(Visitor), visitors)
        visitor_ids = list(session.scalars(select(Visitor.id)))
        appointments, visits = [], []
        day = NOW.replace(hour=9) - timedelta(days=DAYS // 2 * 7 // 5)
        for _ in range(DAYS):
            while day.weekday() >= 5:
                day += timedelta(days=1)
            for slot in range(PER_DAY):
                starts = day + timedelta(minutes=6 * slot)
                past = starts < NOW
                appointments.append({
                    "visitor_id": rng.choice(visitor_ids), "host_id": rng.choice(hosts),
                    "starts_at": starts, "duration_min": 30, "purpose": "상담",
                    "status": (VisitStatus.LEFT if past else VisitStatus.EXPECTED).value,
                })
            day += timedelta(days=1)
        session.execute(insert(Appointment), appointments)
        for appointment_id, visitor_id, host_id, starts in session.execute(
            select(Appointment.id, Appointment.visitor_id, Appointment.host_id,
                   Appointment.starts_at).where(Appointment.starts_at < NOW)
        ):
            visits.append({"visitor_id": visitor_id, "appointment_id": appointment_id,
                           "host_id": host_id, "arrived_at": starts,
                           "left_at": starts + timedelta(minutes=30), "purpose": "상담"})
        for i in range(WALK_INS):
            arrived = NOW - timedelta(minutes=37 * (i + 1))
            visits.append({"visitor_id": rng.choice(visitor_ids), "host_id": rng.choice(hosts),
                           "arrived_at": arrived, "left_at": arrived + timedelta(minutes=20),
                           "purpose": "대관 문의" if i % 3 else "자료 요청"})
        session.execute(insert(Visit), visits)


def run() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory(prefix="arco-bench-") as folder:
        services = open_signed_in(Path(folder), clock=lambda: NOW)
        try:
            _fill(services, random.Random(2026))
            reception = services.reception
            day = NOW.date()

            def open_day(text: str = "") -> None:
                keys = reception.timeline_ids(day, text)
                assert keys
                reception.timeline_rows(keys[:100])

            assert reception.preparation_alerts_due(actor=SYSTEM) == []
            open_day()
            figures = [
                ("reception_tick_ms",
                 _median_ms(lambda: reception.preparation_alerts_due(actor=SYSTEM)), "ms"),
                ("reception_day_ms", _median_ms(open_day), "ms"),
                ("reception_search_ms", _median_ms(lambda: open_day("기관1")), "ms"),
                ("reception_purge_preview_ms", _median_ms(reception.privacy.preview), "ms"),
            ]
        finally:
            services.close()
    return figures


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name} {value:.2f} {unit}")
