"""Backup and restore of the big database: 100,000 complaints and 200,000 memos.

Run with ``python -m tests.benchmarks backup``. Prints one line per figure,
``NAME VALUE UNIT``, each the median of 3 runs (goal ≤ 10,000 ms each, issue 14):

* ``backup_ms``: ``arco-desk backup FILE`` on the embedded database (SQLite's online
  backup into a staged file, then renamed), the database open in the app meanwhile.
* ``restore_ms``: ``arco-desk restore FILE`` (integrity check of the staged copy, the
  replaced database kept aside, the copy put in place and checked again).
* ``backup_size_mb``: the size of the backup file.
* ``pg_backup_ms`` / ``pg_restore_ms``: the same database on PostgreSQL with
  ``pg_dump -Fc`` and ``pg_restore --clean --single-transaction`` (the restore includes
  the dump of the replaced database it keeps), when the server binaries are here.

The rows come from the generators of ``bench_complaints`` and ``bench_memos``.
"""

from __future__ import annotations

import itertools
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from arco_desk.services.backup import back_up, restore
from arco_desk.services.container import Services
from tests.benchmarks import bench_complaints, bench_memos
from tests.signed_in import open_signed_in

RUNS = 3


def _median_ms(work: Callable[[int], object], runs: int = RUNS) -> float:
    times = []
    for run in range(runs):
        started = time.perf_counter()
        work(run)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _fill(services: Services) -> None:
    bench_complaints.fill(services)  # the demo directory, then 100,000 complaints
    bench_memos.fill(services)  # 200,000 memos


def _moments() -> Callable[[], datetime]:
    """Distinct times for the names of the copies each restore keeps aside."""
    counter = itertools.count()
    start = datetime(2027, 6, 15, 10, 30)
    return lambda: start + timedelta(minutes=next(counter))


def _sqlite(folder: Path) -> list[tuple[str, float, str]]:
    folder.mkdir()
    services = open_signed_in(folder, clock=lambda: bench_complaints.NOW)
    try:
        _fill(services)
        backups = folder / "out"
        backups.mkdir()
        back_up(folder, None, backups / "warm-up.sqlite3")  # the file in the page cache
        backup_ms = _median_ms(lambda run: back_up(folder, None,
                                                   backups / f"run-{run}.sqlite3"))
    finally:
        services.close()
    file = backups / "run-0.sqlite3"
    size_mb = file.stat().st_size / 1e6
    moment = _moments()

    def restore_once(_: int) -> None:
        result = restore(folder, None, file, now=moment)
        assert result.kept_aside is not None
        result.kept_aside.unlink()  # only the restore is measured, not the disk filling

    restore_ms = _median_ms(restore_once)
    return [("backup_ms", backup_ms, "ms"), ("restore_ms", restore_ms, "ms"),
            ("backup_size_mb", size_mb, "MB")]


def _postgres(folder: Path) -> list[tuple[str, float, str]]:
    from tests.conftest import _pg_bin, started_postgres

    if _pg_bin() is None or shutil.which("pg_dump") is None:
        return []
    servers = started_postgres()
    server = next(servers)
    try:
        url = server.create_database()
        services = open_signed_in(folder, url, clock=lambda: bench_complaints.NOW)
        try:
            _fill(services)
        finally:
            services.close()
        out = folder / "pg-out"
        out.mkdir()
        backup_ms = _median_ms(lambda run: back_up(folder, url, out / f"run-{run}.dump"))
        moment = _moments()

        def restore_once(_: int) -> None:
            result = restore(folder, url, out / "run-0.dump", now=moment)
            assert result.kept_aside is not None
            result.kept_aside.unlink()

        restore_ms = _median_ms(restore_once)
    finally:
        for _ in servers:  # stops and removes the server
            pass
    return [("pg_backup_ms", backup_ms, "ms"), ("pg_restore_ms", restore_ms, "ms")]


def run() -> list[tuple[str, float, str]]:
    folder = Path(tempfile.mkdtemp(prefix="arco-bench-backup-"))
    try:
        figures = _sqlite(folder / "sqlite")
        shutil.rmtree(folder / "sqlite", ignore_errors=True)
        (folder / "pg").mkdir()
        figures += _postgres(folder / "pg")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return figures


if __name__ == "__main__":
    for figure, value, unit in run():
        print(f"{figure} {value:.0f} {unit}")
