"""A table model that holds ids and fetches rows from the database in pages.

A list read in the background brings the pages the view shows with its ids
(:func:`prefetch`, on the pool thread; :meth:`PagedTableModel.set_ids` or
:meth:`~PagedTableModel.replace_rows` on the GUI thread), so a paint after a search finds
its rows cached (docs/architecture.md §18). Other pages are fetched inside ``data()``,
that is inside Qt's painting, when scrolled to: a page that can't be
fetched (the database is locked or unreachable) must not raise there. Its rows show a
grey placeholder, ``fetch_failed`` is emitted once for the outage, and a timer tries
again every few seconds (paints don't). When a retry succeeds the rows are repainted
and ``fetch_recovered`` is emitted. Anything but a ``DomainError`` is a bug and raises.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Generic, Protocol, TypeVar
from weakref import WeakKeyDictionary

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from arco_desk.domain.errors import DomainError
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.messages import render


class HasId(Protocol):
    @property
    def id(self) -> int: ...


Row = TypeVar("Row", bound=HasId)
Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100
RETRY_MS = 3_000
PLACEHOLDER_COLOUR = "#9ca3af"


def placeholder_text() -> str:
    return "… " + QCoreApplication.translate("PagedTableModel", "not loaded")


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses give ``headers`` and ``cell(row, column, role)``."""

    fetch_failed = Signal(str)  # the operator's message; once per outage
    fetch_recovered = Signal()

    headers: Sequence[str] = ()
    retry_ms = RETRY_MS

    def __init__(self, fetch: Callable[[Sequence[int]], list[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._cache: dict[int, Row] = {}
        self._outage: str | None = None
        self._announced = False
        self._unloaded: set[int] = set()  # pages asked for during an outage
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._try_again)
        # data() is called while Qt paints: an outage is told once the paint is over.
        self._announcer = QTimer(self)
        self._announcer.setSingleShot(True)
        self._announcer.setInterval(0)
        self._announcer.timeout.connect(self._announce)

    # --- content ---------------------------------------------------------------------

    def set_ids(self, ids: Sequence[int], rows: Mapping[int, Row] | None = None) -> None:
        """A new list; ``rows`` (from :func:`prefetch`) are its rows already read."""
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        if rows:
            self._cache.update(rows)
        self._unloaded.clear()
        self.endResetModel()

    def replace_rows(self, rows: Mapping[int, Row]) -> None:
        """The same ids read again: ``rows`` (from :func:`prefetch`) replace every cached
        row, one repaint, no reset (the scroll and the selection stay); rows not given are
        fetched when painted."""
        self._cache = dict(rows)
        if self._ids and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, self.columnCount() - 1))

    def fetcher(self) -> Callable[[Sequence[int]], list[Row]]:
        """The page fetch, for :func:`prefetch` on a pool thread."""
        return self._fetch

    def refresh_rows(self, ids: Sequence[int]) -> None:
        """Forget cached rows (after an edit) so the next paint reloads them."""
        forget = set(ids)
        for id_ in forget:
            self._cache.pop(id_, None)
        rows = [position for position, id_ in enumerate(self._ids) if id_ in forget]
        if rows and self.columnCount():
            # One signal for the span, not one per row: PySide6 6.12.0 loses a reference
            # to True on every emit from Python.
            self.dataChanged.emit(self.index(rows[0], 0),
                                  self.index(rows[-1], self.columnCount() - 1))

    def forget_all_rows(self) -> None:
        """Forget every cached row and repaint (the same ids, read again): one signal, no
        reset, so the scroll and the selection stay; only painted rows are fetched."""
        self._cache.clear()
        if self._ids and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, self.columnCount() - 1))

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, id_: int) -> int:
        return self._ids.index(id_)

    def ids(self) -> list[int]:
        return list(self._ids)

    def record(self, row: int) -> Row | None:
        """The row's record; None when it is gone or can't be loaded now."""
        id_ = self._ids[row]
        if id_ not in self._cache:
            self._load(row // PAGE_SIZE)
        return self._cache.get(id_)

    def loaded_count(self) -> int:
        return len(self._cache)

    def failing(self) -> bool:
        """An outage is going on: some rows can't be loaded and a retry is pending."""
        return self._outage is not None

    # --- loading ---------------------------------------------------------------------------

    def _page(self, page: int) -> list[int]:
        return self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]

    def _load(self, page: int) -> None:
        if self._outage is not None or not self._fetched(page):
            self._unloaded.add(page)  # the timer asks again, not every paint

    def _fetched(self, page: int) -> bool:
        """Fetch ``page`` into the cache; on a known error start (or go on with) the
        outage and say False."""
        try:
            records = self._fetch(self._page(page))
        except DomainError as error:
            self._fail(render(error.msg))
            return False
        for record in records:
            self._cache[record.id] = record
        return True

    def _fail(self, message: str) -> None:
        self._retry.start(self.retry_ms)
        if self._outage is None:
            self._outage = message
            self._announcer.start()

    def _announce(self) -> None:
        if self._outage is not None and not self._announced:
            self._announced = True
            self.fetch_failed.emit(self._outage)

    def _try_again(self) -> None:
        pages = sorted(self._unloaded) or ([0] if self._ids else [])
        for page in pages:
            if not self._fetched(page):
                return
            self._unloaded.discard(page)
            self._repaint(page)
        self._unloaded.clear()
        self._outage = None
        if self._announced:
            self._announced = False
            self.fetch_recovered.emit()

    def _repaint(self, page: int) -> None:
        last = min((page + 1) * PAGE_SIZE, len(self._ids)) - 1
        if last >= page * PAGE_SIZE and self.columnCount():
            self.dataChanged.emit(self.index(page * PAGE_SIZE, 0),
                                  self.index(last, self.columnCount() - 1))

    # --- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.record(index.row())
        if record is None:
            return self._placeholder(index, role)
        return self.cell(record, index.column(), role)

    def _placeholder(self, index: Index, role: int) -> Any:
        if index.column() != 0 or (index.row() // PAGE_SIZE) not in self._unloaded:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return placeholder_text()
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(PLACEHOLDER_COLOUR)
        return None

    def cell(self, record: Row, column: int, role: int) -> Any:
        raise NotImplementedError


def prefetch(fetch: Callable[[Sequence[int]], list[Row]], ids: Sequence[int],
             pages: Iterable[int]) -> dict[int, Row]:
    """On a pool thread, with the ids a list read: the rows of ``pages`` (the ones the
    view shows, from :func:`shown_pages`). A known error (the store locked or gone) reads
    nothing here; the paint's fetch then shows the outage and retries, as it does."""
    rows: dict[int, Row] = {}
    for page in sorted(set(pages)):
        wanted = list(ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE])
        if not wanted:
            continue
        try:
            records = fetch(wanted)
        except DomainError:
            return rows
        rows.update((record.id, record) for record in records)
    return rows


def shown_pages(first_row: int, last_row: int) -> list[int]:
    """The pages of the rows from ``first_row`` to ``last_row`` (a view's ``rowAt`` at its
    top and bottom; -1 when there is no row there): page 0 when the view shows none."""
    if first_row < 0:
        return [0]
    last = last_row if last_row >= first_row else first_row + PAGE_SIZE // 2
    return list(range(first_row // PAGE_SIZE, last // PAGE_SIZE + 1))


# Per message bar, the models whose outage it shows (several lists share one bar).
_outages: WeakKeyDictionary[MessageBar, set[int]] = WeakKeyDictionary()


def report_outages(model: PagedTableModel[Any], bar: MessageBar) -> None:
    """Show the model's outage on ``bar`` (error style) and hide it when every model that
    reported one there has its rows back, unless the bar says something else by then."""
    key = id(model)
    shown: list[str] = []

    def failed(message: str) -> None:
        _outages.setdefault(bar, set()).add(key)
        shown[:] = [message]
        bar.show_error(message)

    def recovered() -> None:
        failing = _outages.get(bar, set())
        failing.discard(key)
        if not failing and shown and bar.level == "error" and shown[0] in bar.text():
            bar.hide()

    model.fetch_failed.connect(failed)
    model.fetch_recovered.connect(recovered)
    model.destroyed.connect(lambda: _outages.get(bar, set()).discard(key))
