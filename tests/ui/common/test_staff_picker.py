from __future__ import annotations

from arco_desk.services.container import Services
from arco_desk.ui.common.staff_picker import StaffPicker, staff_label


def test_typing_a_duty_suggests_the_staff_who_have_it(qtbot, demo_services: Services) -> None:  # type: ignore[no-untyped-def]
    picker = StaffPicker(demo_services.directory)
    qtbot.addWidget(picker)
    matches = picker.suggest("예산")
    assert matches and all("예산" in s.duties or "예산" in s.department_name for s in matches)
    assert picker.suggestions.rowCount() == len(matches)


def test_choosing_sets_the_id_and_editing_clears_it(qtbot, demo_services: Services) -> None:  # type: ignore[no-untyped-def]
    picker = StaffPicker(demo_services.directory)
    qtbot.addWidget(picker)
    first = picker.suggest("경영기획부")[0]
    with qtbot.waitSignal(picker.staff_chosen) as chosen:
        assert picker.choose_first()
    assert chosen.args == [first.id]
    assert picker.staff_id() == first.id
    assert picker.text() == staff_label(first)
    with qtbot.waitSignal(picker.cleared):
        picker.textEdited.emit(picker.text()[:-1])
    assert picker.staff_id() is None


def test_set_staff_shows_the_person_and_none_clears(qtbot, demo_services: Services) -> None:  # type: ignore[no-untyped-def]
    picker = StaffPicker(demo_services.directory)
    qtbot.addWidget(picker)
    someone = demo_services.directory.search()[5]
    picker.set_staff(someone.id)
    assert (picker.staff_id(), picker.text()) == (someone.id, staff_label(someone))
    picker.set_staff(None)
    assert (picker.staff_id(), picker.text()) == (None, "")
    assert not picker.choose_first()
