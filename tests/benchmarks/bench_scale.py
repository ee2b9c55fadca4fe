"""The lists and searches at scale: 1,000,000 complaints and 2,000,000 memos, on SQLite
and on PostgreSQL.

Runs only when asked: ``make bench ARGS=--scale`` (``python -m tests.benchmarks --scale``);
the database is built once and cached (``tests/benchmarks/scale_db.py``, several minutes
the first time). Each figure is the service call a tab makes plus the first page of rows
(100), the median of 5 runs after a warm-up:

* ``scale_memo_tab_open_ms``: the desk list (open and today's memos) and its first page.
* ``scale_memo_history_ms``: "older done memos" ticked: the whole history's list.
* ``scale_memo_search_name2_ms`` (a two-syllable given name), ``…_name5_ms`` (a
  five-syllable organisation), ``…_number_ms`` (four digits), ``…_org_ms``,
  ``…_message_ms`` (a word of the message): searched over the whole history.
* ``scale_complaint_tab_open_ms``: open complaints by deadline, the title counts, the
  first page and the first complaint's detail.
* ``scale_complaint_all_ms``: the "all complaints" scope.
* ``scale_complaint_search2_ms``, ``…_search5_ms``, ``…_phone_ms``: a two- and a
  five-syllable Korean word and a piece of a number, over all complaints.

On PostgreSQL (when the server binaries are there, as for the tests; the database is
built once from the SQLite one and cached, ``tests/benchmarks/scale_pg.py``) the same
figures with ``_pg`` (``scale_memo_tab_open_pg_ms`` …), through the database owner's
connection, which no row policy applies to (one login for every PC, as before
per-person logins); ``scale_pg_build_s`` is how long the build took.

Beside each SQLite figure, ``…_before_ms``: the same call as the program did it before revision 0012
and the cap (every id of the list, the memo search by LIKE), median of 3; the issue's
figures (issue 17, measured on another day) are in the README for comparison.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

from sqlalchemy import select

from arco_desk.domain.actor import Actor
from arco_desk.domain.memos import MemoFilter
from arco_desk.domain.roles import Role
from arco_desk.services.complaint_records import ComplaintFilter, ListScope
from arco_desk.services.container import Services
from arco_desk.services.demo_accounts import fill_accounts
from arco_desk.store import pg_logins
from arco_desk.store.models import Account, AccountRole, Staff
from tests.benchmarks import scale_db, scale_pg
from tests.conftest import _pg_bin
from tests.secured_database import PASSWORD, provision, scram_logins
from tests.signed_in import open_signed_in

PAGE = 100
REPEATS = 5
BEFORE_REPEATS = 3
RLS_REPEATS = 3


def _median_ms(work: Callable[[], object], repeats: int) -> float:
    work()  # warm-up: the page cache, prepared statements
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _figures(services: Services, detail: bool = True
             ) -> list[tuple[str, Callable[[bool], object]]]:
    memos, complaints = services.memos, services.complaints

    def memo_list(wanted: MemoFilter) -> Callable[[bool], object]:
        def work(before: bool) -> object:
            memos._fts = False if before else None
            ids = memos.search_ids(wanted, limit=None if before else 1000)
            assert ids, wanted
            return memos.rows(ids[:PAGE])
        return work

    def complaint_list(wanted: ComplaintFilter, tab: bool = False) -> Callable[[bool], object]:
        def work(before: bool) -> object:
            complaints._fts = None
            ids = complaints.list_ids(wanted, limit=None if before else 1000)
            assert ids, wanted
            rows = complaints.rows(ids[:PAGE])
            if tab:
                complaints.counts()
                if detail:  # an access record: the agency's actor, not a person's login
                    complaints.get(ids[0])
            return rows
        return work

    history = dict(include_closed=True)
    everything = dict(scope=ListScope.ALL)
    return [
        ("scale_memo_tab_open", memo_list(MemoFilter())),
        ("scale_memo_history", memo_list(MemoFilter(**history))),
        ("scale_memo_search_name2", memo_list(MemoFilter(text="영희", **history))),
        ("scale_memo_search_name5", memo_list(MemoFilter(text="한빛출판사", **history))),
        ("scale_memo_search_number", memo_list(MemoFilter(text="4521", **history))),
        ("scale_memo_search_org", memo_list(MemoFilter(text="국립극단", **history))),
        ("scale_memo_search_message", memo_list(MemoFilter(text="레지던시공모", **history))),
        ("scale_complaint_tab_open", complaint_list(ComplaintFilter(), tab=True)),
        ("scale_complaint_all", complaint_list(ComplaintFilter(**everything))),
        ("scale_complaint_search2", complaint_list(ComplaintFilter(text="민준", **everything))),
        ("scale_complaint_search5", complaint_list(ComplaintFilter(text="접근성개선",
                                                                   **everything))),
        ("scale_complaint_phone", complaint_list(ComplaintFilter(text="010-2345",
                                                                 **everything))),
    ]


def run() -> list[tuple[str, float, str]]:
    wanted = os.environ.get("ARCO_BENCH_SCALE_BACKENDS", "sqlite,postgresql").split(",")
    results: list[tuple[str, float, str]] = []
    if "sqlite" in wanted:
        results += _run_sqlite()
    if "postgresql" in wanted:
        results += _run_postgres()
    return results


def _run_postgres() -> list[tuple[str, float, str]]:
    if _pg_bin() is None:
        print("# bench_scale: no PostgreSQL server binaries (initdb, pg_ctl); "
              "set ARCO_PG_BIN", flush=True)
        return []
    started = time.perf_counter()
    folder = scale_pg.ensure_pg_built()
    results: list[tuple[str, float, str]] = [
        ("scale_pg_ready_s", time.perf_counter() - started, "s"),
        ("scale_pg_build_s", float((folder / "build-seconds.txt").read_text()), "s")]
    with scale_pg.running(folder) as server:
        services = scale_pg.open_scale_pg(server)
        try:
            for name, work in _figures(services):
                results.append((f"{name}_pg_ms", _median_ms(lambda w=work: w(False), REPEATS),
                                "ms"))
            if os.environ.get("ARCO_BENCH_SCALE_RLS", "1") != "0":
                results += _row_security(server, services)
        finally:
            services.close()
    print(f"PostgreSQL scale database: {folder}")
    return results


def _row_security(server: scale_pg.ScaleServer, owner: Services
                  ) -> list[tuple[str, float, str]]:
    """The same figures through a desk operator's own login, row security on (the desk
    reads every row, so this is the policies' own cost), the complaint tab without the
    first complaint's detail; median of RLS_REPEATS."""
    fill_accounts(owner.uow)
    with owner.uow.read() as session:
        found = session.execute(
            select(Account.login, Staff.id, Staff.name)
            .join(AccountRole, AccountRole.account_id == Account.id)
            .join(Staff, Staff.id == Account.staff_id)
            .where(AccountRole.role == Role.DESK.value).order_by(Account.login).limit(1)).one()
    desk = found.login
    actor = Actor(desk, found.id, found.name, frozenset({Role.DESK.value}))
    provision(owner.uow, [desk])
    results: list[tuple[str, float, str]] = []
    with scram_logins(server, scale_pg.DATABASE):
        url = pg_logins.login_url(server.scale_url(), desk, PASSWORD)
        person = open_signed_in(server.root / "app-desk",
                                url.render_as_string(hide_password=False),
                                clock=lambda: scale_db.NOW, actor=actor)
        try:
            for name, work in _figures(person, detail=False):
                results.append((f"{name}_pg_rls_desk_ms",
                                _median_ms(lambda w=work: w(False), RLS_REPEATS), "ms"))
        finally:
            person.close()
    return results


def _run_sqlite() -> list[tuple[str, float, str]]:
    started = time.perf_counter()
    folder = scale_db.ensure_built()
    ready_s = time.perf_counter() - started
    services = scale_db.open_scale()
    results: list[tuple[str, float, str]] = [("scale_db_ready_s", ready_s, "s")]
    try:
        for name, work in _figures(services):
            results.append((f"{name}_ms", _median_ms(lambda w=work: w(False), REPEATS), "ms"))
            results.append((f"{name}_before_ms",
                            _median_ms(lambda w=work: w(True), BEFORE_REPEATS), "ms"))
    finally:
        services.close()
    print(f"scale database: {folder}")
    return results


if __name__ == "__main__":
    for figure, value, unit in run():
        print(f"{figure} {value:.0f} {unit}")
