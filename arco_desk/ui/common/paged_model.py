"""A table model that holds ids and fetches rows from the database in pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt


class HasId(Protocol):
    @property
    def id(self) -> int: ...


Row = TypeVar("Row", bound=HasId)
Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses give ``headers`` and ``cell(row, column, role)``."""

    headers: Sequence[str] = ()

    def __init__(self, fetch: Callable[[Sequence[int]], list[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._cache: dict[int, Row] = {}

    # --- content ---------------------------------------------------------------------

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        self.endResetModel()

    def refresh_rows(self, ids: Sequence[int]) -> None:
        """Forget cached rows (after an edit) so the next paint reloads them."""
        for id_ in ids:
            self._cache.pop(id_, None)
        for position, id_ in enumerate(self._ids):
            if id_ in ids:
                self.dataChanged.emit(
                    self.index(position, 0), self.index(position, self.columnCount() - 1)
                )

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, id_: int) -> int:
        return self._ids.index(id_)

    def ids(self) -> list[int]:
        return list(self._ids)

    def record(self, row: int) -> Row | None:
        id_ = self._ids[row]
        if id_ not in self._cache:
            start = (row // PAGE_SIZE) * PAGE_SIZE
            page = self._ids[start : start + PAGE_SIZE]
            for record in self._fetch(page):
                self._cache[record.id] = record
        return self._cache.get(id_)

    def loaded_count(self) -> int:
        return len(self._cache)

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
            return None
        return self.cell(record, index.column(), role)

    def cell(self, record: Row, column: int, role: int) -> Any:
        raise NotImplementedError
