"""A paged table model whose database goes away: placeholders, one message per outage,
retries on a timer (not on every paint), and rows that come back by themselves.

pytest-qt fails a test when an exception escapes into Qt (from ``data()`` during a
paint), so every paint below is also a check that nothing is raised there.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QTableView, QVBoxLayout, QWidget

from arco_desk.store.errors import MESSAGES, Reason, unavailable
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.paged_model import (
    PAGE_SIZE,
    PLACEHOLDER_COLOUR,
    PagedTableModel,
    placeholder_text,
    prefetch,
    report_outages,
    shown_pages,
)
from arco_desk.ui.common.record_list import pages_in_view
from tests.words import korean

RETRY_MS = 150
UNREACHABLE = "데이터베이스에 연결할 수 없습니다."  # the start of MESSAGES[Reason.UNREACHABLE]


@dataclass(frozen=True)
class Caller:
    id: int
    name: str


class Database:
    """Rows by id; ``down`` makes every fetch fail like a stopped server."""

    def __init__(self, count: int) -> None:
        self.rows = {i: Caller(i, f"민원인 {i}") for i in range(1, count + 1)}
        self.down = False
        self.bug = False
        self.fetches: list[list[int]] = []

    def fetch(self, ids: Sequence[int]) -> list[Caller]:
        self.fetches.append(list(ids))
        if self.bug:
            raise ValueError("a bug in the query")
        if self.down:
            raise unavailable(Reason.UNREACHABLE)
        return [self.rows[i] for i in ids if i in self.rows]


class CallerModel(PagedTableModel[Caller]):
    headers = ("Name", "Number")

    def cell(self, record: Caller, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return record.name if column == 0 else f"#{record.id}"
        return None


@pytest.fixture
def database() -> Database:
    return Database(250)


@pytest.fixture
def model(database: Database) -> CallerModel:
    made = CallerModel(database.fetch)
    made.retry_ms = RETRY_MS
    made.set_ids(list(database.rows))
    return made


@pytest.fixture
def view(qtbot, model: CallerModel) -> QTableView:  # type: ignore[no-untyped-def]
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(500, 300)
    table.show()
    qtbot.waitExposed(table)
    return table


def _go_down(model: CallerModel, database: Database) -> None:
    """The server stops; the periodic refresh forgets the rows so the next paint fetches."""
    database.down = True
    model.refresh_rows(model.ids())


def _paint(view: QTableView) -> None:
    view.viewport().repaint()
    QApplication.processEvents()


def _text(model: CallerModel, row: int, column: int = 0) -> Any:
    return model.data(model.index(row, column))


def test_rows_load_in_pages_when_the_database_works(
    view: QTableView, model: CallerModel, database: Database
) -> None:
    _paint(view)
    assert _text(model, 0) == "민원인 1"
    assert _text(model, 0, 1) == "#1"
    assert database.fetches[0] == list(range(1, PAGE_SIZE + 1))
    assert not model.failing()


def test_the_same_ids_read_again_forget_the_rows_without_a_reset(
    view: QTableView, model: CallerModel, database: Database
) -> None:
    _paint(view)
    view.selectRow(3)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    fetched = len(database.fetches)
    model.forget_all_rows()
    assert model.loaded_count() == 0 and resets == []
    assert _text(model, 0) == "민원인 1" and len(database.fetches) == fetched + 1
    assert view.currentIndex().row() == 3


def test_rows_read_with_the_ids_are_painted_without_a_fetch(
    view: QTableView, model: CallerModel, database: Database
) -> None:
    """A list's background read brings the pages the view shows (docs/architecture.md
    §18): the paint finds them read and fetches nothing on the GUI thread."""
    ids = list(database.rows)
    rows = prefetch(database.fetch, ids, [0])
    fetched = len(database.fetches)
    model.set_ids(ids, rows)
    _paint(view)
    assert _text(model, 0) == "민원인 1" and len(database.fetches) == fetched
    view.selectRow(3)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    database.rows[1] = Caller(1, "민원인 하나")
    model.replace_rows(prefetch(database.fetch, ids, pages_in_view(view)))
    fetched = len(database.fetches)
    _paint(view)
    assert _text(model, 0) == "민원인 하나" and len(database.fetches) == fetched
    assert resets == [] and view.currentIndex().row() == 3


def test_the_pages_a_view_shows() -> None:
    assert shown_pages(-1, -1) == [0]
    assert shown_pages(0, 30) == [0]
    assert shown_pages(95, 120) == [0, 1]
    assert shown_pages(230, -1) == [2]


def test_a_prefetch_during_an_outage_reads_nothing_and_leaves_it_to_the_paint(
    database: Database,
) -> None:
    database.down = True
    assert prefetch(database.fetch, list(database.rows), [0, 1]) == {}
    database.down, database.bug = False, True
    with pytest.raises(ValueError, match="a bug"):
        prefetch(database.fetch, list(database.rows), [0])


def test_a_failed_fetch_shows_placeholders_and_says_so_once(
    qtbot, view: QTableView, model: CallerModel, database: Database  # type: ignore[no-untyped-def]
) -> None:
    _go_down(model, database)
    failures: list[str] = []
    model.fetch_failed.connect(failures.append)
    with qtbot.waitSignal(model.fetch_failed, timeout=1000):
        _paint(view)
    assert len(failures) == 1 and failures[0] == korean(MESSAGES[Reason.UNREACHABLE])
    assert failures[0].startswith(UNREACHABLE)
    assert model.failing()
    assert _text(model, 0) == placeholder_text()
    assert _text(model, 0, 1) is None  # column 0 only
    colour = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(colour, QColor) and colour.name() == PLACEHOLDER_COLOUR
    assert model.record(0) is None

    # More paints, scrolling, a refresh: no fetch from paints, no second message.
    fetched = len(database.fetches)
    for _ in range(5):
        view.scrollToBottom()
        _paint(view)
        view.scrollToTop()
        model.refresh_rows(model.ids())
        _paint(view)
    assert len(database.fetches) == fetched
    assert _text(model, PAGE_SIZE * 2 + 10) == placeholder_text()

    # The timer tries again, and again, still without a second message.
    qtbot.waitUntil(lambda: len(database.fetches) >= fetched + 2, timeout=3000)
    QApplication.processEvents()
    assert len(failures) == 1 and failures[0].startswith(UNREACHABLE)


def test_retries_are_spaced_by_the_timer(
    qtbot, view: QTableView, model: CallerModel, database: Database  # type: ignore[no-untyped-def]
) -> None:
    model.retry_ms = 400
    _go_down(model, database)
    _paint(view)
    started = len(database.fetches)
    for _ in range(20):  # about 1.2 s of constant painting
        qtbot.wait(60)
        _paint(view)
    # A retry tries each page that was asked for: at most 3 rounds here, not 20 paints.
    tried_pages = {tuple(ids) for ids in database.fetches}
    assert len(database.fetches) - started <= 3 * len(tried_pages)
    assert len(database.fetches) > started  # it did try again


def test_a_retry_that_works_repaints_the_rows_and_says_so(
    qtbot, view: QTableView, model: CallerModel, database: Database  # type: ignore[no-untyped-def]
) -> None:
    _go_down(model, database)
    with qtbot.waitSignal(model.fetch_failed, timeout=1000):
        _paint(view)
    assert _text(model, 0) == placeholder_text()
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, *_: changed.append((top.row(), bottom.row())))

    database.down = False
    with qtbot.waitSignal(model.fetch_recovered, timeout=3000):
        pass
    assert not model.failing()
    assert (0, PAGE_SIZE - 1) in changed  # the view repaints the rows by itself
    assert model.loaded_count() >= PAGE_SIZE
    fetched = len(database.fetches)
    assert _text(model, 0) == "민원인 1"
    assert _text(model, 0, 1) == "#1"
    assert len(database.fetches) == fetched  # already loaded by the retry


def test_each_outage_is_said_once(
    qtbot, view: QTableView, model: CallerModel, database: Database  # type: ignore[no-untyped-def]
) -> None:
    failures: list[str] = []
    recoveries: list[bool] = []
    model.fetch_failed.connect(failures.append)
    model.fetch_recovered.connect(lambda: recoveries.append(True))
    for outage in (1, 2):
        _go_down(model, database)
        with qtbot.waitSignal(model.fetch_failed, timeout=1000):
            _paint(view)
        _paint(view)
        database.down = False
        with qtbot.waitSignal(model.fetch_recovered, timeout=3000):
            pass
        _paint(view)
        assert len(failures) == len(recoveries) == outage
    assert _text(model, 0) == "민원인 1"


def test_new_ids_during_an_outage_load_when_it_ends(
    qtbot, view: QTableView, model: CallerModel, database: Database  # type: ignore[no-untyped-def]
) -> None:
    _go_down(model, database)
    with qtbot.waitSignal(model.fetch_failed, timeout=1000):
        _paint(view)
    model.set_ids([5, 6, 7])
    _paint(view)
    assert _text(model, 0) == placeholder_text()
    database.down = False
    with qtbot.waitSignal(model.fetch_recovered, timeout=3000):
        pass
    assert [_text(model, row) for row in range(3)] == ["민원인 5", "민원인 6", "민원인 7"]


def test_a_bug_in_the_fetch_is_not_hidden(model: CallerModel, database: Database) -> None:
    database.bug = True
    with pytest.raises(ValueError, match="a bug in the query"):
        model.data(model.index(0, 0))
    assert not model.failing()


def test_a_vanished_row_is_blank_not_a_placeholder(model: CallerModel, database: Database) -> None:
    del database.rows[1]
    assert _text(model, 0) is None
    assert _text(model, 1) == "민원인 2"
    assert model.data(QModelIndex()) is None


# --- the message bar ----------------------------------------------------------------------


@pytest.fixture
def bar(qtbot) -> Iterator[MessageBar]:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    shown = MessageBar()
    QVBoxLayout(window).addWidget(shown)
    window.show()
    yield shown


def _fail(qtbot, model: CallerModel) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(model.fetch_failed, timeout=1000):
        model.data(model.index(0, 0))


def test_the_bar_shows_the_outage_until_every_list_is_back(
    qtbot, bar: MessageBar, database: Database  # type: ignore[no-untyped-def]
) -> None:
    other_database = Database(3)
    first, second = CallerModel(database.fetch), CallerModel(other_database.fetch)
    for model, source in ((first, database), (second, other_database)):
        model.retry_ms = RETRY_MS
        model.set_ids(list(source.rows))
        report_outages(model, bar)
    assert bar.isHidden()

    database.down = other_database.down = True
    _fail(qtbot, first)
    _fail(qtbot, second)
    assert bar.isVisible() and bar.level == "error"
    assert UNREACHABLE in bar.text()

    database.down = False
    with qtbot.waitSignal(first.fetch_recovered, timeout=3000):
        pass
    assert bar.isVisible()  # the second list is still out

    other_database.down = False
    with qtbot.waitSignal(second.fetch_recovered, timeout=3000):
        pass
    assert bar.isHidden()


def test_the_bar_keeps_a_newer_message(
    qtbot, bar: MessageBar, model: CallerModel, database: Database  # type: ignore[no-untyped-def]
) -> None:
    report_outages(model, bar)
    database.down = True
    _fail(qtbot, model)
    bar.show_error("저장하지 못했습니다: 다른 오류")
    database.down = False
    with qtbot.waitSignal(model.fetch_recovered, timeout=3000):
        pass
    assert bar.isVisible()
    assert "다른 오류" in bar.text()
