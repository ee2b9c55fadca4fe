"""The one known-error path: refusals under their fields or in the message bar, typed text
kept; anything else goes on to the exception hook."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.messages import msg
from arco_desk.store.errors import StoreUnavailable
from arco_desk.ui.common.form import FieldErrors
from arco_desk.ui.common.known_errors import refusals
from arco_desk.ui.common.message_bar import MessageBar


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QFormLayout(self)
        self.message_bar = MessageBar(self)
        layout.addRow(self.message_bar)
        self.fields = FieldErrors(layout)
        self.name = QLineEdit()
        self.fields.add_row("name", "&Name", self.name)


@pytest.fixture
def form(qtbot) -> Form:  # type: ignore[no-untyped-def]
    widget = Form()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_field_refusal_shows_under_its_field_and_the_text_stays(form: Form) -> None:
    form.name.setText("김  ")
    with refusals(form.message_bar, form.fields) as outcome:
        raise ValidationError({"name": msg("staff.name_required"),
                               "other": msg("reception.pass_in_use", number="7")})
    assert outcome.refused and isinstance(outcome.error, ValidationError)
    assert form.fields.message("name") == "이름을 입력하세요."
    assert form.fields.labels["name"].isVisible()
    assert form.name.text() == "김  "
    # a field this form does not have: the message bar
    assert form.message_bar.level == "error" and "출입증 7번" in form.message_bar.text()
    assert "이름을" not in form.message_bar.text()


def test_the_next_attempt_clears_the_field_messages(form: Form) -> None:
    with refusals(form.message_bar, form.fields):
        raise ValidationError({"name": msg("staff.name_required")})
    with refusals(form.message_bar, form.fields) as outcome:
        pass
    assert not outcome.refused and outcome.error is None
    assert form.fields.message("name") == ""


def test_a_store_error_goes_to_the_message_bar(form: Form) -> None:
    form.name.setText("홍길동")
    with refusals(form.message_bar, form.fields) as outcome:
        raise StoreUnavailable(msg("store.locked"), "locked")
    assert outcome.refused
    assert form.message_bar.isVisible() and form.message_bar.level == "error"
    assert "사용 중" in form.message_bar.text()
    assert form.fields.message("name") == "" and form.name.text() == "홍길동"


def test_a_refusal_can_go_to_a_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    with refusals(label.setText) as outcome:
        raise DomainError(msg("calendar.override_gone"))
    assert outcome.refused and label.text() == (
        "삭제할 휴무일을 찾을 수 없습니다. 다른 곳에서 이미 삭제되었을 수 있습니다.")


def test_a_bug_is_not_a_refusal(form: Form) -> None:
    with pytest.raises(KeyError), refusals(form.message_bar, form.fields):
        raise KeyError("a bug")
    assert not form.message_bar.isVisible()


def test_the_block_s_value_is_there_when_nothing_was_refused(form: Form) -> None:
    with refusals(form.message_bar) as outcome:
        value = 42
    assert not outcome.refused and value == 42
