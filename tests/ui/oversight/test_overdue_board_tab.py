"""기한 현황 (issue 16) with pytest-qt: the tree by department and person with the lists'
badges, Enter opening an item in its own tab, the hand-over dialog stating the counts, and
the tab shown to team leads and administrators only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTreeWidgetItem

from arco_desk.domain.actor import Actor
from arco_desk.domain.overdue import WorkKind
from arco_desk.domain.roles import Role
from arco_desk.services.container import Services
from arco_desk.ui.common.message_bar import MessageBar
from arco_desk.ui.common.signed_in import SignedInPerson
from arco_desk.ui.oversight.handover_dialog import HandOverDialog
from arco_desk.ui.oversight.overdue_board_tab import ITEM_ROLE, PERSON_ROLE, OverdueBoardTab
from arco_desk.ui.shell.main_window import MainWindow
from tests.overdue_agency import ADMIN, Work, lead_of, make_work
from tests.ui.conftest import Dialogs
from tests.ui.lists import wait_loaded


@pytest.fixture
def work(services: Services) -> Work:
    return make_work(services)


def _tab(qtbot, work: Work, actor: Actor) -> OverdueBoardTab:  # type: ignore[no-untyped-def]
    work.services.gate.sign_in(actor)
    bar = MessageBar()
    qtbot.addWidget(bar)
    tab = OverdueBoardTab(work.services, bar, lambda: actor, lambda: None)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _rows(tab: OverdueBoardTab) -> list[QTreeWidgetItem]:
    found = []

    def walk(row: QTreeWidgetItem) -> None:
        found.append(row)
        for i in range(row.childCount()):
            child = row.child(i)
            assert child is not None
            walk(child)
    for top in tab._tops():
        walk(top)
    return found


def _person_row(tab: OverdueBoardTab, staff_id: int) -> QTreeWidgetItem:
    return next(r for r in _rows(tab) if (r.data(0, PERSON_ROLE) or ("",))[0] == "person"
                and r.data(0, PERSON_ROLE)[2] == staff_id)


def test_the_board_shows_departments_people_and_badged_items(  # type: ignore[no-untyped-def]
        qtbot, work: Work) -> None:
    tab = _tab(qtbot, work, lead_of(work.colleague))
    assert tab.summary.text().startswith("6 items: ⚠ 2 overdue")
    [top] = tab._tops()
    assert top.text(0) == f"{work.department_a.name} (6)"
    assert top.child(0) is not None and top.child(0).text(0) == "Shared queue (1)"  # type: ignore[union-attr]
    holder = _person_row(tab, work.holder.id)
    assert holder.text(0) == f"{work.holder.name} (3)"
    assert holder.text(3) == "complaints 1 · memo callbacks 1 · D-1 calls 1"
    first = holder.child(0)
    assert first is not None
    assert first.text(1).startswith("⚠ ") and "초과" in first.text(1)  # the lists' badge
    assert first.background(1).color().name() == "#fee2e2"
    paused = _person_row(tab, work.colleague.id)
    assert any(paused.child(i).text(1).startswith("‖")  # type: ignore[union-attr]
               for i in range(paused.childCount()))
    memo = next(r for r in _rows(tab) if r.data(0, ITEM_ROLE) == (
        WorkKind.MEMO_CALLBACK.value, work.memos["overdue"]))
    assert memo.text(3) == "김영희 (한빛극단)"


def test_enter_on_an_item_asks_for_it_to_be_opened(  # type: ignore[no-untyped-def]
        qtbot, work: Work) -> None:
    tab = _tab(qtbot, work, lead_of(work.colleague))
    row = next(r for r in _rows(tab) if r.data(0, ITEM_ROLE) == (
        WorkKind.COMPLAINT.value, work.complaints["overdue"]))
    tab.tree.setCurrentItem(row)
    tab.tree.setFocus()
    with qtbot.waitSignal(tab.open_requested) as opened:
        qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    assert opened.args == [WorkKind.COMPLAINT.value, work.complaints["overdue"]]


def test_an_administrator_sees_a_memo_by_its_kind_and_due_only(  # type: ignore[no-untyped-def]
        qtbot, work: Work) -> None:
    tab = _tab(qtbot, work, ADMIN)
    memos = [r for r in _rows(tab) if (r.data(0, ITEM_ROLE) or ("",))[0]
             == WorkKind.MEMO_CALLBACK.value]
    assert memos and all(r.text(0) == "[Memo callback] (not yours to view)" and r.text(3) == ""
                         for r in memos)
    assert "김영희" not in " ".join(r.text(c) for r in _rows(tab) for c in range(4))


def test_handing_a_persons_work_over_states_the_counts_and_moves_it(  # type: ignore[no-untyped-def]
        qtbot, work: Work, dialogs: Dialogs) -> None:
    tab = _tab(qtbot, work, lead_of(work.colleague))
    tab.tree.setCurrentItem(_person_row(tab, work.holder.id))
    assert tab.handover_button.isEnabled()

    def fill(dialog: HandOverDialog) -> None:
        assert dialog.confirmation.text() == (
            f"Hand 2 open memos and 2 open complaints over to the shared queue of "
            f"{work.department_a.name}.")
        dialog.target.setCurrentIndex(dialog.target.findData(work.colleague.id))
        assert dialog.confirmation.text() == (
            f"Hand 2 open memos and 2 open complaints over to {work.colleague.name}.")
    tab.handover_button.click()
    dialogs.accept(HandOverDialog, fill)
    assert tab.message_bar.text().endswith(
        f"Handed 2 memos and 2 complaints over to {work.colleague.name}.")
    assert work.services.overdue.open_work(work.holder.id).empty
    tab.reload()
    assert _person_row(tab, work.holder.id).text(0) == f"{work.holder.name} (1)"  # the call


def test_anyone_in_reach_can_be_chosen_even_with_nothing_on_the_board(  # type: ignore[no-untyped-def]
        qtbot, work: Work, dialogs: Dialogs) -> None:
    """Someone leaving may have nothing due today, so no row: the dialog chooses whose."""
    tab = _tab(qtbot, work, lead_of(work.colleague))
    tab.tree.setCurrentItem(None)
    assert tab.handover_button.isEnabled()
    wanted = work.services.overdue.open_work(work.colleague.id)

    def choose(dialog: HandOverDialog) -> None:
        dialog.giver.setCurrentIndex(dialog.giver.findData(work.colleague.id))
        assert dialog.work.staff_id == work.colleague.id
        assert dialog.target.findData(work.colleague.id) == -1  # not to themselves
        assert dialog.confirmation.text() == (
            f"Hand {len(wanted.memo_ids)} open memos and {len(wanted.complaint_ids)} open "
            f"complaints over to the shared queue of {work.department_a.name}.")
        assert {dialog.giver.itemData(i) for i in range(dialog.giver.count())} <= {
            p.id for p in work.services.directory.search("", work.department_a.id)}
    tab.handover_button.click()
    dialogs.accept(HandOverDialog, choose)
    assert work.services.overdue.open_work(work.colleague.id).empty


def test_a_staff_member_cannot_hand_over(qtbot, work: Work) -> None:  # type: ignore[no-untyped-def]
    lead = lead_of(work.colleague)
    tab = _tab(qtbot, work, lead)
    assert tab.handover_button.isEnabled()
    tab.actor = lambda: Actor("x", work.holder.id, "직원", frozenset({Role.STAFF.value}))
    tab._enable()
    assert not tab.handover_button.isEnabled()
    assert tab.reassign_current() is None


@pytest.fixture
def signed_window(qtbot, work: Work, qsettings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    lead = lead_of(work.colleague)
    work.services.gate.sign_in(lead)
    window = MainWindow(work.services, qsettings,
                        person=SignedInPerson(lead, work.services.gate))
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def test_the_tab_is_a_leads_and_opens_a_complaint_in_its_tab(  # type: ignore[no-untyped-def]
        signed_window: MainWindow, work: Work) -> None:
    window = signed_window
    assert window.tabs.isTabVisible(window.tabs.indexOf(window.board_tab))
    window.tabs.setCurrentWidget(window.board_tab)
    window.board_tab.open_requested.emit(WorkKind.COMPLAINT.value, work.complaints["today"])
    assert window.tabs.currentWidget() is window.complaint_tab
    current = window.complaint_tab.current
    assert current is not None and current.id == work.complaints["today"]
    staff = Actor("staff:y", work.holder.id, work.holder.name, frozenset({Role.STAFF.value}))
    window.person.switch_to(staff)  # type: ignore[union-attr]
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.board_tab))


def test_the_board_follows_the_change_feed(  # type: ignore[no-untyped-def]
        signed_window: MainWindow, work: Work) -> None:
    tab = signed_window.board_tab
    signed_window.tabs.setCurrentWidget(tab)
    before = tab.board.count if tab.board else 0
    work.services.overdue.reassign_work(
        work.holder.id, None, [work.memos["overdue"]], [], actor=lead_of(work.colleague))
    signed_window.changes_now()
    wait_loaded(tab)
    assert tab.board is not None and tab.board.count == before
    queue = tab._tops()[0].child(0)
    assert queue is not None and queue.text(0) == "Shared queue (2)"


def test_the_board_behind_another_tab_is_read_when_shown(  # type: ignore[no-untyped-def]
        signed_window: MainWindow, work: Work) -> None:
    """Behind another tab a change or a tick only marks the board stale (its read is the
    heaviest of a heartbeat at scale, docs/architecture.md §18); showing it reads it."""
    tab = signed_window.board_tab
    signed_window.tabs.setCurrentWidget(signed_window.complaint_tab)
    work.services.overdue.reassign_work(
        work.holder.id, None, [work.memos["overdue"]], [], actor=lead_of(work.colleague))
    signed_window.changes_now()
    signed_window.tick()
    assert not tab.reader.pending()
    queue = tab._tops()[0].child(0)
    assert queue is not None and queue.text(0) == "Shared queue (1)"
    signed_window.tabs.setCurrentWidget(tab)
    wait_loaded(tab)
    queue = tab._tops()[0].child(0)
    assert queue is not None and queue.text(0) == "Shared queue (2)"
