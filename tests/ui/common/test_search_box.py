"""Every list's search box holds at most what a search may be (``TextKind.SEARCH``): a
pasted page is cut in the box, before any query."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit

from arco_desk.domain.text import RULES, TextKind
from arco_desk.ui.shell.main_window import MainWindow


def test_every_search_box_is_bounded(window: MainWindow) -> None:
    boxes: list[QLineEdit] = [window.reception_tab.search, window.memo_tab.list_panel.search,
                              window.complaint_tab.search, window.directory_tab.search]
    for box in boxes:
        box.setText("가" * 50_000)
        QApplication.processEvents()
        assert len(box.text()) == RULES[TextKind.SEARCH].limit
