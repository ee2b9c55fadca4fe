"""The list half of the list/detail tabs: a read-only table of records, the count under
it, and the search that reloads a moment after the last keystroke."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

# Long enough to type a Korean syllable block or a few digits without a query for each.
SEARCH_DEBOUNCE_MS = 200


def record_table(model: QAbstractItemModel, name: str, *,
                 alternating: bool = True) -> QTableView:
    """Whole rows, one at a time, never edited in place, no row numbers."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(alternating)
    table.verticalHeader().hide()
    return table


def pages_in_view(table: QTableView) -> list[int]:
    """The model's pages the table shows now (paged_model.shown_pages), for a background
    read to bring their rows with the ids."""
    from arco_desk.ui.common.paged_model import shown_pages

    viewport = table.viewport()
    return shown_pages(table.rowAt(0), table.rowAt(max(0, viewport.height() - 1)))


def with_count(table: QTableView, count_label: QLabel) -> QWidget:
    """The table with its count ("12 memos") under it."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table, 1)
    layout.addWidget(count_label)
    return column


def search_as_typed(search: QLineEdit, reload: Callable[[], object],
                    parent: QObject) -> QTimer:
    """Call ``reload`` SEARCH_DEBOUNCE_MS after the last change to ``search``."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DEBOUNCE_MS)
    timer.timeout.connect(reload)
    search.textChanged.connect(timer.start)
    return timer
