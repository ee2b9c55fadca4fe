"""The scale database: 1,000,000 complaints and 2,000,000 phone memos, on embedded SQLite
and on PostgreSQL.

``python -m tests.benchmarks.scale_db`` builds the SQLite one (or finds it built) and
prints where it is; ``… scale_db --pg`` the PostgreSQL one (see :mod:`scale_pg`). It
is cached under ``$ARCO_BENCH_CACHE`` (default ``~/.cache/arco-desk-bench``) in a data
folder named after the schema's head revision and the counts, so a new migration
builds a new one; a build goes to ``<name>.building`` and is renamed when complete.

The rows are shaped like the benchmarks' (``bench_memos.fill``, ``bench_complaints.fill``:
the same callers, words, statuses and deadlines from the engine) with a few more words in
a memo's message, so a search of the message finds a few thousand, not a seventh of all.
They are inserted fast: the schema made by the migrations, then the search triggers and
secondary indexes set aside, executemany in transactions of 50,000 rows, the indexes made
again as the migrations made them and the trigram indexes rebuilt once.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.complaints import Channel, ComplaintStatus
from arco_desk.domain.memos import MemoStatus, phone_digits
from arco_desk.domain.standard import load_standard
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.store.migrate import head_revision
from arco_desk.store.models import Complaint, ComplaintEvent, PhoneMemo, Staff, number_digits
from tests.benchmarks import bench_complaints as bc
from tests.benchmarks import bench_memos as bm
from tests.signed_in import open_signed_in

COMPLAINTS = int(os.environ.get("ARCO_BENCH_COMPLAINTS", "1000000"))
MEMOS = int(os.environ.get("ARCO_BENCH_MEMOS", "2000000"))
NOW = datetime(2027, 6, 15, 10, 30, tzinfo=SEOUL)  # the complaints' and memos' "now"
SEED = 20261208
BATCH = 50_000


def cache_dir() -> Path:
    return Path(os.environ.get("ARCO_BENCH_CACHE", Path.home() / ".cache" / "arco-desk-bench"))


def folder_name() -> str:
    return f"scale-{head_revision()}-{COMPLAINTS}c-{MEMOS}m"


def open_scale(clock_now: datetime = NOW) -> Services:
    """Services on the scale database (built first when it is not there)."""
    return open_signed_in(ensure_built(), clock=lambda: clock_now)


def ensure_built(log: bool = True) -> Path:
    """The data folder of the scale database, built when missing. A build at an older
    schema is taken over instead and migrated (minutes saved for an index or a column;
    the migrations keep every row, docs/architecture.md §8)."""
    folder = cache_dir() / folder_name()
    if folder.is_dir():
        return folder
    building = folder.with_name(folder.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    older = _older_build()
    if older is not None:
        older.rename(building)
        started = time.perf_counter()
        open_signed_in(building, clock=lambda: NOW).close()  # opening migrates it
        if log:
            print(f"[scale_db] {older.name} migrated to {head_revision()} in "
                  f"{time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        building.rename(folder)
        return folder
    building.mkdir(parents=True, mode=0o700)
    started = time.perf_counter()
    build(building, log)
    (building / "build-seconds.txt").write_text(f"{time.perf_counter() - started:.0f}\n")
    building.rename(folder)
    return folder


def _older_build() -> Path | None:
    """The newest cached build of the same size at an older schema, if any."""
    builds = [f for f in cache_dir().glob(f"scale-*-{COMPLAINTS}c-{MEMOS}m")
              if f.is_dir() and f.name.split("-")[1] < head_revision()]
    return max(builds, key=lambda f: f.name.split("-")[1], default=None)


def build(folder: Path, log: bool = True) -> None:
    def say(text: str) -> None:
        if log:
            print(f"[scale_db {time.perf_counter() - started:6.0f} s] {text}", file=sys.stderr,
                  flush=True)

    started = time.perf_counter()
    services = open_signed_in(folder, clock=lambda: NOW)
    try:
        fill_directory(services.uow, NOW)
        engine = services.engine
        database = engine.url.database
        assert database
        cal = services.calendar.business_calendar()
        with services.uow.read() as session:
            staff = [(s.id, s.department_id) for s in session.scalars(select(Staff))]
        set_aside = _set_aside(database)
        say(f"schema {head_revision()}; {len(set_aside)} triggers and indexes set aside")
        _insert(engine, PhoneMemo, _memos(cal, services, staff), say, "memos")
        _insert_complaints(engine, _complaints(cal, staff), say)
        say("making the indexes and the trigram tables again")
        _put_back(database, set_aside)
        say("done")
    finally:
        services.close()


def _set_aside(database: str) -> list[str]:
    """Drop the search triggers and the secondary indexes of the two big tables; their
    SQL, to make them again."""
    conn = sqlite3.connect(database)
    try:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
            "tbl_name IN ('phone_memo', 'complaint', 'complaint_event') "
            "AND type IN ('index', 'trigger')").fetchall()
        for kind, name, _ in rows:
            conn.execute(f"DROP {kind.upper()} {name}")
        conn.commit()
        return [sql for _, _, sql in rows]
    finally:
        conn.close()


def _put_back(database: str, statements: list[str]) -> None:
    conn = sqlite3.connect(database)
    try:
        for sql in statements:
            conn.execute(sql)
        for fts in ("phone_memo_fts", "complaint_fts"):
            conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
        conn.commit()  # no ANALYZE: the app's databases have no statistics either
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _insert(engine: Engine, model: Any, rows: Iterator[dict[str, object]], say: Any,
            what: str) -> None:
    batch: list[dict[str, object]] = []
    done = 0
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            with engine.begin() as conn:
                conn.execute(insert(model), batch)
            done += len(batch)
            batch = []
            if done % 500_000 == 0:
                say(f"{done:,} {what}")
    if batch:
        with engine.begin() as conn:
            conn.execute(insert(model), batch)


def _insert_complaints(engine: Engine, rows: Iterator[dict[str, Any]], say: Any) -> None:
    batch: list[dict[str, Any]] = []
    done = 0

    def flush() -> None:
        with engine.begin() as conn:
            conn.execute(insert(Complaint), batch)
            ids = list(conn.scalars(select(Complaint.id).order_by(Complaint.id.desc())
                                    .limit(len(batch))))[::-1]
            conn.execute(insert(ComplaintEvent), [
                dict(complaint_id=i, kind="received", at=r["received_at"], actor_name="",
                     detail="", new_due_at=r["due_at"]) for i, r in zip(ids, batch, strict=True)])

    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            flush()
            done += len(batch)
            batch = []
            if done % 250_000 == 0:
                say(f"{done:,} complaints")
    if batch:
        flush()


def _memos(cal: Any, services: Services, staff: list[tuple[int, int]]
           ) -> Iterator[dict[str, object]]:
    rng = random.Random(SEED)
    callers = bm._callers(rng) + bm._callers(random.Random(SEED + 1))  # 16,000 callers
    period = services.calendar.standard.phone_callback
    span = int(timedelta(days=5 * 365).total_seconds())  # five years kept
    dues: dict[datetime, datetime] = {}
    for _ in range(MEMOS):
        name, org, phone = rng.choice(callers)
        called_at = NOW - timedelta(seconds=rng.randrange(60, span))
        called_at = called_at.replace(hour=rng.choice((9, 10, 11, 13, 14, 15, 16, 17)),
                                      second=0, microsecond=0)
        if called_at > NOW:
            called_at -= timedelta(days=1)
        target, department = rng.choice(staff)
        recent = NOW - called_at < timedelta(days=14)
        open_memo = rng.random() < (0.3 if recent else 0.0005)
        due = dues.get(called_at)
        if due is None:
            due = dues[called_at] = cal.due(called_at, period)
        message = f"{rng.choice(bm.MESSAGES)}: {rng.choice(bc.VOCABULARY)} 관련"
        yield {
            "caller_name": name, "caller_org": org, "caller_phone": phone,
            "caller_phone_digits": phone_digits(phone), "caller_email": "",
            "called_at": called_at, "message": message,
            "target_staff_id": target, "target_department_id": department,
            "asked_for_id": target,
            "status": (rng.choice((MemoStatus.NEW, MemoStatus.READ, MemoStatus.ESCALATED))
                       if open_memo else MemoStatus.DONE).value,
            "callback_due_at": due, "forwarded_at": called_at,
            "read_at": None if open_memo else called_at + timedelta(minutes=20),
            "done_at": None if open_memo else called_at + timedelta(hours=2),
            "done_via": "" if open_memo else "call", "outcome": "" if open_memo else "안내함",
            "created_at": called_at, "updated_at": called_at,
        }


def _complaints(cal: Any, staff: list[tuple[int, int]]) -> Iterator[dict[str, Any]]:
    rng = random.Random(SEED + 2)
    kinds = load_standard().complaint_kinds
    span = int(timedelta(days=5 * 365).total_seconds() // 60)
    dues: dict[tuple[datetime, str], datetime] = {}
    for _ in range(COMPLAINTS):
        received = (NOW - timedelta(minutes=rng.randrange(span))).replace(second=0,
                                                                          microsecond=0)
        kind = rng.choice(kinds)
        key = (received.replace(minute=received.minute // 10 * 10), str(kind.period))
        due = dues.get(key)
        if due is None:
            due = dues[key] = cal.due(key[0], kind.period)
        assignee, department = rng.choice(staff)
        age = NOW - received
        if (age < timedelta(days=20) and rng.random() < 0.7) or rng.random() < 0.0005:
            status = rng.choice((ComplaintStatus.RECEIVED, ComplaintStatus.ASSIGNED,
                                 ComplaintStatus.IN_PROGRESS))
        else:
            status = rng.choice((ComplaintStatus.ANSWERED, ComplaintStatus.CLOSED,
                                 ComplaintStatus.CLOSED, ComplaintStatus.CLOSED))
        answered = None if status.is_open else min(NOW, received + timedelta(
            hours=rng.randrange(1, 200)))
        words = rng.sample(bc.WORDS, 4)
        phone = f"010-{rng.randrange(2000, 9999)}-{rng.randrange(1000, 9999)}"
        yield dict(
            channel=rng.choice(list(Channel)).value, kind_code=kind.code,
            citizen_name=rng.choice(bc.SURNAMES) + rng.choice(bc.GIVEN),
            citizen_phone=phone, citizen_phone_digits=number_digits(phone),
            title=f"{words[0]} {words[1]} {words[2]}",
            content=" ".join(rng.choice(bc.VOCABULARY) for _ in range(rng.randrange(20, 60))),
            received_at=received, period=str(kind.period), due_at=due,
            status=status.value,
            assignee_id=None if status is ComplaintStatus.RECEIVED else assignee,
            department_id=None if status is ComplaintStatus.RECEIVED else department,
            answered_at=answered,
            closed_at=answered if status is ComplaintStatus.CLOSED else None,
            created_at=received, updated_at=received,
        )


if __name__ == "__main__":
    began = time.perf_counter()
    if "--pg" in sys.argv[1:]:
        from tests.benchmarks.scale_pg import ensure_pg_built

        where = ensure_pg_built()
    else:
        where = ensure_built()
    print(f"scale database: {where} ({COMPLAINTS:,} complaints, {MEMOS:,} memos); "
          f"{time.perf_counter() - began:.0f} s here, built in "
          f"{(where / 'build-seconds.txt').read_text().strip()} s")
