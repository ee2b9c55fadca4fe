"""Every list's search box holds at most what a search may be (``TextKind.SEARCH``): a
pasted page is cut in the box, before any query."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit

from arco_desk.domain.text import RULES, TextKind
from arco_desk.ui.shell.main_window import MainWindow
from tests.ui.lists import wait_loaded


def test_every_search_box_is_bounded(window: MainWindow) -> None:
    boxes: list[QLineEdit] = [window.reception_tab.search, window.memo_tab.list_panel.search,
                              window.complaint_tab.search, window.directory_tab.search]
    for box in boxes:
        box.setText("가" * 50_000)
        QApplication.processEvents()
        assert len(box.text()) == RULES[TextKind.SEARCH].limit


def test_every_list_says_when_its_search_was_shortened(window: MainWindow) -> None:
    from arco_desk.services.search import SEARCH_NARROWED
    from arco_desk.ui.common.messages import render

    lists = [(window.reception_tab, window.reception_tab.search),
             (window.memo_tab.list_panel, window.memo_tab.list_panel.search),
             (window.complaint_tab, window.complaint_tab.search),
             (window.directory_tab, window.directory_tab.search)]
    notice = render(SEARCH_NARROWED)
    assert notice
    for tab, box in lists:
        box.setText("김 " * 12)  # twelve words: a search takes eight
        tab.reload()
        wait_loaded(tab)
        assert notice in tab.count_label.text(), tab
        box.setText("김")
        tab.reload()
        wait_loaded(tab)
        assert notice not in tab.count_label.text(), tab
