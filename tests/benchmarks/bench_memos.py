"""The phone tab on a big database: 200,000 memos (embedded SQLite).

Run with ``python -m tests.benchmarks bench_memos``. Prints one line per figure,
``NAME VALUE UNIT``, each the median of 7 runs after one warm-up:

* ``memo_tab_open_ms``: building the whole phone tab (form, desk list, inbox
  for a staff member with memos) until the list's first row is on hand — the
  list holds today's and open memos, by deadline.
* ``memo_search_number_ms``: the desk list searching the whole history
  ("older done memos" ticked) for a 4-digit piece of a number, and fetching its
  first page of rows. A different number each run.
* ``memo_search_name_ms``: the same for a two-syllable piece of a caller's
  name (Korean substring), e.g. "영희".

The memos are seeded (``SEED``): two years of calls, about 270 a calendar day;
30 % of the last two weeks' still open and 0.2 % of the older ones (about 1,150
open in all); 8,000 callers who call again, names from common Korean surnames
and given names, numbers mobile and landline.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert, select

from arco_desk.domain.clock import SEOUL
from arco_desk.domain.memos import MemoFilter, MemoStatus, phone_digits
from arco_desk.services.container import Services
from arco_desk.services.demo import fill_directory
from arco_desk.store.models import PhoneMemo, Staff
from tests.signed_in import open_signed_in

MEMOS = 200_000
CALLERS = 8_000
REPEATS = 7
SEED = 20261124
NOW = datetime(2026, 11, 24, 10, 30, tzinfo=SEOUL)
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구"
GIVEN = ("영희", "철수", "민준", "서연", "지훈", "수빈", "현우", "지민", "도윤", "하은", "예준",
         "유진", "승현", "다은", "정호", "혜진", "성민", "은지", "재원", "소영", "태희", "경수",
         "미경", "상훈", "나연", "준서", "영수", "하늘", "지안", "민석")
ORGS = ("", "", "", "한빛출판사", "극단 해오름", "서울시립미술관", "한국일보 문화부", "재즈 트리오",
        "청년예술가 모임", "문예지 새봄", "국립극단", "지역문화재단")
MESSAGES = ("지원사업 서류 문의", "대관 일정 변경 요청", "정산 서류 보완 방법 문의",
            "결과 발표일 문의", "기부금 영수증 재발급", "인터뷰 요청", "설명회 자료 요청")


def _callers(rng: random.Random) -> list[tuple[str, str, str]]:
    callers = []
    for _ in range(CALLERS):
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if rng.random() < 0.7:
            phone = f"010-{rng.randrange(2000, 9999)}-{rng.randrange(0, 9999):04d}"
        else:
            area = rng.choice(("02", "031", "032", "051", "061"))
            phone = f"{area}-{rng.randrange(200, 999)}-{rng.randrange(0, 9999):04d}"
        callers.append((name, rng.choice(ORGS), phone))
    return callers


def fill(services: Services, count: int = MEMOS, seed: int = SEED) -> None:
    """Bulk-insert ``count`` memos (one transaction, executemany in chunks)."""
    rng = random.Random(seed)
    callers = _callers(rng)
    cal = services.calendar.business_calendar()
    period = services.calendar.standard.phone_callback
    with services.uow.read() as session:
        staff = [(s.id, s.department_id) for s in session.scalars(select(Staff))]
    span = int(timedelta(days=730).total_seconds())
    rows = []
    for _ in range(count):
        name, org, phone = rng.choice(callers)
        called_at = NOW - timedelta(seconds=rng.randrange(60, span))
        called_at = called_at.replace(hour=rng.choice((9, 10, 11, 13, 14, 15, 16, 17)))
        if called_at > NOW:
            called_at -= timedelta(days=1)
        target, department = rng.choice(staff)
        recent = NOW - called_at < timedelta(days=14)
        open_memo = rng.random() < (0.3 if recent else 0.002)  # a few forgotten ones stay open
        due = cal.due(called_at, period)
        rows.append({
            "caller_name": name, "caller_org": org, "caller_phone": phone,
            "caller_phone_digits": phone_digits(phone), "caller_email": "",
            "called_at": called_at, "message": rng.choice(MESSAGES),
            "target_staff_id": target, "target_department_id": department,
            "asked_for_id": target,
            "status": (rng.choice((MemoStatus.NEW, MemoStatus.READ, MemoStatus.ESCALATED))
                       if open_memo else MemoStatus.DONE).value,
            "callback_due_at": due, "forwarded_at": called_at,
            "read_at": None if open_memo else called_at + timedelta(minutes=20),
            "done_at": None if open_memo else called_at + timedelta(hours=2),
            "done_via": "" if open_memo else "call", "outcome": "" if open_memo else "안내함",
            "created_at": called_at, "updated_at": called_at,
        })
    with services.uow.write() as session:
        for start in range(0, len(rows), 20_000):
            session.execute(insert(PhoneMemo), rows[start:start + 20_000])


def median_ms(work: Callable[[int], object], repeats: int = REPEATS) -> float:
    work(-1)  # warm-up: caches, page cache, prepared statements
    times = []
    for run in range(repeats):
        started = time.perf_counter()
        work(run)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def run() -> list[tuple[str, float, str]]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from arco_desk.ui.common.identity import ActingPerson, set_current_staff_id
    from arco_desk.ui.common.message_bar import MessageBar
    from arco_desk.ui.memos.memo_tab import MemoTab

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="arco-bench-memos-"))
    services = open_signed_in(folder, clock=lambda: NOW)
    try:
        fill_directory(services.uow, NOW)
        fill(services)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        set_current_staff_id(settings, services.directory.search("")[5].id)
        bar = MessageBar()
        listed: list[int] = []

        def open_tab(_: int) -> None:
            tab = MemoTab(services, bar, settings, ActingPerson(settings, services.directory),
                         lambda: None)  # only opening is measured: no writes
            model = tab.list_panel.model
            assert model.rowCount() > 0 and model.record(0) is not None
            listed.append(model.rowCount())
            tab.deleteLater()
            app.processEvents()

        rng = random.Random(SEED)
        numbers = [f"{rng.randrange(0, 9999):04d}" for _ in range(REPEATS + 1)]
        names = [rng.choice(GIVEN) for _ in range(REPEATS + 1)]
        found: list[int] = []

        def search(text: str) -> None:
            ids = services.memos.search_ids(MemoFilter(text=text, include_closed=True))
            services.memos.rows(ids[:100])
            found.append(len(ids))

        tab_ms = median_ms(open_tab)
        number_ms = median_ms(lambda run: search(numbers[run]))
        name_ms = median_ms(lambda run: search(names[run]))
        if min(found) == 0:
            raise AssertionError(f"a benchmark search found nothing: {found}")
    finally:
        services.close()
        shutil.rmtree(folder, ignore_errors=True)
    return [
        ("memo_tab_open_ms", tab_ms, "ms"),
        ("memo_search_number_ms", number_ms, "ms"),
        ("memo_search_name_ms", name_ms, "ms"),
    ]


if __name__ == "__main__":
    for figure, value, unit in run():
        print(f"{figure} {value:.0f} {unit}")
