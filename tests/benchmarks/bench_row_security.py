"""Row-level security on PostgreSQL: the memo and complaint lists and searches with the
policies on, beside the same calls with them off, signed in as a desk operator, a staff
member and a team lead (docs/architecture.md §11).

Run with ``python -m tests.benchmarks bench_row_security`` (``make bench``; needs the
PostgreSQL server binaries, as the tests do). A server is started in a temporary folder
with the demo agency, ``ARCO_BENCH_RLS_MEMOS`` memos (default 200,000) and
``ARCO_BENCH_RLS_COMPLAINTS`` complaints (default 100,000), the issue's sizes, from the
generators of ``bench_memos`` and ``bench_complaints``: about 80 s to build on a 2-core
PC, under two minutes in all.

Each figure is the median of 7 runs after one warm-up, through the services opened with
the person's own login (the app's real queries), ``<who>`` one of desk, staff, lead:

* ``rls_memo_list_<who>_ms``: the desk list (today's and open memos by deadline) and the
  rows of its first 100;
* ``rls_memo_search_name_<who>_ms`` / ``..._number_...``: a two-syllable piece of a
  caller's name / four digits of a number over the whole history, first 100 rows;
* ``rls_complaint_list_<who>_ms``: the open complaints by deadline, first 100 rows;
* ``rls_complaint_search_<who>_ms``: a Korean substring over all complaints, first 100
  rows;

each also as ``norls_…``: the same call on the database's owner's connection, which no
policy applies to (every PC connected like that before per-person logins), taken by
turns with the login's; and ``…_ratio``, with / without (the goal is ≤ 1.3). With the
policies, a staff member's and a lead's lists hold only their own or their department's
rows, so "without" is the same call over more rows; the desk reads every row either
way, so for it the ratio is the policies' own cost.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from arco_desk.domain.memos import MemoFilter
from arco_desk.services.complaint_records import ComplaintFilter, ListScope
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.services.demo_accounts import fill_accounts
from arco_desk.store import pg_logins
from arco_desk.store.models import Account, AccountRole, PhoneMemo, Staff
from tests.benchmarks import bench_complaints, bench_memos
from tests.conftest import _pg_bin, started_postgres
from tests.secured_database import PASSWORD, database_of, provision, scram_logins
from tests.signed_in import open_signed_in

MEMOS = int(os.environ.get("ARCO_BENCH_RLS_MEMOS", "200000"))
COMPLAINTS = int(os.environ.get("ARCO_BENCH_RLS_COMPLAINTS", "100000"))
REPEATS = 7
SEED = 20261124
PEOPLE = ("desk", "staff", "lead")


@dataclass
class Work:
    name: str
    call: Callable[[int], object]


def _medians_ms(with_rls: Callable[[int], object], without: Callable[[int], object]
                ) -> tuple[float, float]:
    """Both calls run by turns (one warm-up each), so a busy moment of the PC weighs on
    both alike; the median of each."""
    with_rls(-1)
    without(-1)
    times: tuple[list[float], list[float]] = ([], [])
    for run in range(REPEATS):
        for call, into in ((with_rls, times[0]), (without, times[1])):
            started = time.perf_counter()
            call(run)
            into.append((time.perf_counter() - started) * 1000)
    return statistics.median(times[0]), statistics.median(times[1])


def _people(services: Services) -> dict[str, str]:
    """desk: a reception operator; staff: the plain staff member with the most memos;
    lead: the head of that staff member's department."""
    with services.uow.read() as session:
        roles = {login: set(held.split(",")) for login, held in session.execute(
            select(Account.login, func.string_agg(AccountRole.role, ","))
            .join(AccountRole, AccountRole.account_id == Account.id).group_by(Account.login))}
        busiest = session.execute(
            select(Account.login, Staff.department_id).join(Staff, Staff.id == Account.staff_id)
            .join(PhoneMemo, PhoneMemo.target_staff_id == Staff.id)
            .group_by(Account.login, Staff.department_id)
            .order_by(func.count().desc())).all()
        staff, department = next((login, dept) for login, dept in busiest
                                 if roles[login] == {"staff"})
        lead = next(login for login, dept in busiest
                    if dept == department and "lead" in roles[login])
    desk = next(login for login, held in sorted(roles.items())
                if "desk" in held and "lead" not in held)
    return {"desk": desk, "staff": staff, "lead": lead}


def _work(services: Services) -> Iterator[Work]:
    rng = random.Random(SEED)
    numbers = [f"{rng.randrange(0, 9999):04d}" for _ in range(REPEATS + 1)]
    names = [rng.choice(bench_memos.GIVEN) for _ in range(REPEATS + 1)]
    memos, complaints = services.memos, services.complaints

    def memo_page(found: list[int]) -> None:
        memos.rows(found[:100])

    def complaint_page(found: list[int]) -> None:
        complaints.rows(found[:100])

    yield Work("memo_list", lambda _: memo_page(memos.search_ids(MemoFilter())))
    yield Work("memo_search_name", lambda run: memo_page(memos.search_ids(
        MemoFilter(text=names[run], include_closed=True))))
    yield Work("memo_search_number", lambda run: memo_page(memos.search_ids(
        MemoFilter(text=numbers[run], include_closed=True))))
    yield Work("complaint_list", lambda _: complaint_page(complaints.list_ids(
        ComplaintFilter())))
    yield Work("complaint_search", lambda _: complaint_page(complaints.list_ids(
        ComplaintFilter(scope=ListScope.ALL, text=bench_complaints.SEARCH))))


def run() -> list[tuple[str, float, str]]:
    if _pg_bin() is None:
        print("# bench_row_security: no PostgreSQL server binaries (initdb, pg_ctl); "
              "set ARCO_PG_BIN", flush=True)
        return []
    servers = started_postgres()
    server = next(servers)
    folder = Path(tempfile.mkdtemp(prefix="arco-bench-rls-"))
    figures: list[tuple[str, float, str]] = []
    opened: list[Services] = []
    try:
        url = server.create_database()
        owner = open_signed_in(folder / "owner", url, clock=lambda: bench_memos.NOW)
        opened.append(owner)
        started = time.perf_counter()
        fill_directory(owner.uow, bench_memos.NOW)
        fill_accounts(owner.uow)
        bench_memos.fill(owner, count=MEMOS)
        bench_complaints.fill(owner, count=COMPLAINTS)
        with owner.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
        people = _people(owner)
        provision(owner.uow, people.values())
        built_s = time.perf_counter() - started
        print(f"# {MEMOS} memos, {COMPLAINTS} complaints, built in {built_s:.0f} s; "
              f"desk {people['desk']}, staff {people['staff']}, lead {people['lead']}",
              flush=True)
        with scram_logins(server, database_of(url)):
            as_person = {}
            for who, login in people.items():
                login_url = pg_logins.login_url(url, login, PASSWORD)
                as_person[who] = open_signed_in(folder / who,
                                               login_url.render_as_string(hide_password=False),
                                               clock=lambda: bench_memos.NOW)
                opened.append(as_person[who])
            for who in PEOPLE:
                for work, plain in zip(_work(as_person[who]), _work(owner), strict=True):
                    with_rls, without = _medians_ms(work.call, plain.call)
                    figures += [(f"rls_{work.name}_{who}_ms", with_rls, "ms"),
                                (f"norls_{work.name}_{who}_ms", without, "ms"),
                                (f"rls_{work.name}_{who}_ratio", with_rls / without, "x")]
    finally:
        for services in opened:
            services.close()
        shutil.rmtree(folder, ignore_errors=True)
        for _ in servers:
            pass
    return figures


if __name__ == "__main__":
    for figure, value, unit in run():
        print(f"{figure} {value:.2f} {unit}")
