"""The fields where a password is typed, and the rule stated beside a new one."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from arco_desk.domain.errors import ValidationError
from arco_desk.domain.messages import msg
from arco_desk.domain.passwords import MAX_LENGTH, MIN_THREE_KINDS, MIN_TWO_KINDS
from arco_desk.ui.common.messages import render


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_LENGTH)
    return field


def rule_label() -> QLabel:
    """The password rule, stated where a new password is typed."""
    label = QLabel(render(msg("password.rule", two_kinds=MIN_TWO_KINDS,
                              three_kinds=MIN_THREE_KINDS)))
    label.setObjectName("passwordRule")
    label.setWordWrap(True)
    return label


def check_repeated(new: QLineEdit, repeated: QLineEdit) -> None:
    if new.text() != repeated.text():
        raise ValidationError({"repeated": msg("password.not_repeated")})
