"""Benchmark of the 민원 tab on 100,000 complaints (embedded SQLite).

Run with ``python -m tests.benchmarks complaints``. Prints one line per figure,
``NAME VALUE UNIT``; every figure is the median of 7 repeats:

* ``complaint_tab_open_ms``: building the tab — the ids of the open complaints in
  deadline order, the title counts, the first page of rows and the detail of the first.
* ``complaint_filter_overdue_ms``: choosing "overdue" in the deadline filter (ids,
  first page, first detail), then back to any deadline.
* ``complaint_search_ms``: a Korean substring searched in title, content and citizen
  name over *all* 100,000 complaints, with the first page of rows.
* ``complaint_search_open_ms``: the same search in the default list (open complaints).
* ``complaint_search_like_ms`` and ``complaint_search_speedup_vs_like``: the same ids
  found with LIKE alone (no trigram index), the baseline; and a two-letter search
  (``complaint_search_short_ms``), which the trigram index cannot serve and LIKE does.
* ``complaint_badges_refresh_ms``: the heartbeat (``refresh_tick``): the title counts
  and the badges of a page of 100 rows recomputed.

The complaints are bulk-inserted: received over the last three years, deadlines from
the engine; about one in ten still open (some overdue, some due today), the rest
answered or closed. Each has its "received" event.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time as clock
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

from arco_desk.domain.calendar_business import SEOUL
from arco_desk.domain.complaints import Channel, ComplaintStatus
from arco_desk.domain.standard import load_standard
from arco_desk.services.complaints import ComplaintService
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.store.models import Complaint, ComplaintEvent, Staff
from tests.signed_in import open_signed_in

COMPLAINTS = 100_000
REPEATS = 7
SEED = 20261124
NOW = datetime(2027, 6, 15, 10, 30, tzinfo=SEOUL)
WORDS = ("공연장", "소음", "대관", "지원금", "정산", "심사", "결과", "이의", "홈페이지",
         "접근성", "주차", "안내", "예술교육", "레지던시", "후원", "영수증", "확인서", "발급",
         "문의", "건의", "불편", "개선", "요청", "일정", "서류", "제출", "공모", "선정")
# ~800 distinct words: a word of the content turns up in a few percent of complaints.
VOCABULARY = tuple(f"{a}{b}" for a in WORDS for b in WORDS if a != b)
SEARCH = "접근성개선"
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = ("민준", "서연", "지훈", "수빈", "현우", "지민", "도윤", "하은", "예준", "유진")


def _median_ms(work: Callable[[], object], repeats: int = REPEATS,
               reset: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(repeats):
        start = clock.perf_counter()
        work()
        times.append(clock.perf_counter() - start)
        if reset is not None:
            reset()
    return statistics.median(times) * 1000


def fill(services: Services, count: int = COMPLAINTS, seed: int = SEED) -> None:
    """Bulk-insert ``count`` complaints with their engine deadlines and "received" events."""
    rng = random.Random(seed)
    fill_directory(services.uow, NOW)
    cal = services.calendar.business_calendar()
    kinds = load_standard().complaint_kinds
    with services.uow.read() as session:
        staff = [(s.id, s.department_id) for s in session.scalars(select(Staff))]
    span = int(timedelta(days=3 * 365).total_seconds() // 60)
    rows: list[dict[str, object]] = []
    for _ in range(count):
        received = NOW - timedelta(minutes=rng.randrange(span))
        kind = rng.choice(kinds)
        due = cal.due(received, kind.period)
        assignee, department = rng.choice(staff)
        age = NOW - received
        if (age < timedelta(days=20) and rng.random() < 0.7) or rng.random() < 0.003:
            status = rng.choice((ComplaintStatus.RECEIVED, ComplaintStatus.ASSIGNED,
                                 ComplaintStatus.IN_PROGRESS))
        else:
            status = rng.choice((ComplaintStatus.ANSWERED, ComplaintStatus.CLOSED,
                                 ComplaintStatus.CLOSED, ComplaintStatus.CLOSED))
        answered = None if status.is_open else min(NOW, received + timedelta(
            hours=rng.randrange(1, 200)))
        words = rng.sample(WORDS, 4)
        rows.append(dict(
            channel=rng.choice(list(Channel)).value, kind_code=kind.code,
            citizen_name=rng.choice(SURNAMES) + rng.choice(GIVEN),
            citizen_phone=f"010-{rng.randrange(2000, 9999)}-{rng.randrange(1000, 9999)}",
            title=f"{words[0]} {words[1]} {words[2]}",
            content=" ".join(rng.choice(VOCABULARY) for _ in range(rng.randrange(20, 60))),
            received_at=received, period=str(kind.period), due_at=due,
            status=status.value,
            assignee_id=None if status is ComplaintStatus.RECEIVED else assignee,
            department_id=None if status is ComplaintStatus.RECEIVED else department,
            answered_at=answered,
            closed_at=answered if status is ComplaintStatus.CLOSED else None,
            created_at=received, updated_at=received,
        ))
    with services.uow.write() as session:
        before = session.scalar(select(func.max(Complaint.id))) or 0
        session.execute(insert(Complaint), rows)
        ids = list(session.scalars(select(Complaint.id).where(Complaint.id > before)
                                   .order_by(Complaint.id)))
        session.execute(insert(ComplaintEvent), [
            dict(complaint_id=i, kind="received", at=r["received_at"], actor_name="",
                 detail="", new_due_at=r["due_at"]) for i, r in zip(ids, rows, strict=True)
        ])


def run() -> list[tuple[str, float, str]]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from arco_desk.services.complaint_records import ComplaintFilter, ListScope
    from arco_desk.ui.common.identity import ActingPerson
    from arco_desk.ui.common.message_bar import MessageBar
    from arco_desk.ui.complaints.complaint_tab import ComplaintTab

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        basedir = Path(folder)
        services = open_signed_in(basedir, clock=lambda: NOW)
        try:
            fill(services)
            settings = QSettings(str(basedir / "settings.ini"), QSettings.Format.IniFormat)
            bar = MessageBar()
            acting = ActingPerson(settings, services.directory)
            tabs: list[ComplaintTab] = []

            def open_tab() -> None:
                tab = ComplaintTab(services, bar, acting, lambda: None)
                tab.model.index(0, 0).data()
                tabs.append(tab)

            def drop_tabs() -> None:
                while tabs:
                    tabs.pop().deleteLater()
                app.processEvents()

            open_tab()  # warm the caches: calendar, standard, SQLite pages
            drop_tabs()
            open_ms = _median_ms(open_tab, reset=drop_tabs)
            tab = ComplaintTab(services, bar, acting, lambda: None)
            open_count = tab.model.rowCount()
            overdue_index = tab.urgency.findData("overdue")

            def overdue() -> None:
                tab.urgency.setCurrentIndex(overdue_index)
                tab.model.index(0, 0).data()

            overdue_ms = _median_ms(overdue, reset=lambda: tab.urgency.setCurrentIndex(0))
            tab.urgency.setCurrentIndex(overdue_index)
            overdue_count = tab.model.rowCount()
            tab.urgency.setCurrentIndex(0)

            def search(scope: ListScope) -> Callable[[], None]:
                def work() -> None:
                    tab.search.blockSignals(True)
                    tab.search.setText(SEARCH)
                    tab.search.blockSignals(False)
                    tab.reload()
                    tab.model.index(0, 0).data()
                return work

            def clear_search() -> None:
                tab.search.blockSignals(True)
                tab.search.clear()
                tab.search.blockSignals(False)
                tab.reload()

            search_open_ms = _median_ms(search(ListScope.OPEN), reset=clear_search)
            tab.scope.setCurrentIndex(tab.scope.findData(ListScope.ALL.value))
            search_ms = _median_ms(search(ListScope.ALL), reset=clear_search)
            search(ListScope.ALL)()
            found = tab.model.rowCount()
            expected = len(services.complaints.list_ids(
                ComplaintFilter(scope=ListScope.ALL, text=SEARCH)))
            assert found == expected, (found, expected)
            clear_search()
            tab.scope.setCurrentIndex(0)

            everything = ComplaintFilter(scope=ListScope.ALL, text=SEARCH)
            plain = ComplaintService(services.uow, services.calendar,
                                     services.complaints.attachments_dir, lambda: NOW)
            plain._fts = False  # the baseline: LIKE over every row
            assert plain.list_ids(everything) == services.complaints.list_ids(everything)
            like_ms = _median_ms(lambda: plain.list_ids(everything))
            indexed_ms = _median_ms(lambda: services.complaints.list_ids(everything))
            short_ms = _median_ms(lambda: services.complaints.list_ids(
                ComplaintFilter(scope=ListScope.ALL, text="소음")))

            def badges() -> None:
                tab.refresh_tick()
                for row in range(min(100, tab.model.rowCount())):
                    tab.model.index(row, 0).data()

            badges_ms = _median_ms(badges)
            title = tab.title
            tab.deleteLater()
            app.processEvents()
        finally:
            services.close()
    print(f"# {COMPLAINTS} complaints, {open_count} open, {overdue_count} overdue, "
          f"search hits {found}; title {title!r}", flush=True)
    return [
        ("complaint_tab_open_ms", open_ms, "ms"),
        ("complaint_filter_overdue_ms", overdue_ms, "ms"),
        ("complaint_search_ms", search_ms, "ms"),
        ("complaint_search_open_ms", search_open_ms, "ms"),
        ("complaint_search_like_ms", like_ms, "ms"),
        ("complaint_search_speedup_vs_like", like_ms / indexed_ms, "x"),
        ("complaint_search_short_ms", short_ms, "ms"),
        ("complaint_badges_refresh_ms", badges_ms, "ms"),
    ]


def main() -> None:
    for name, value, unit in run():
        print(f"{name} {value:.1f} {unit}")


if __name__ == "__main__":
    main()
