"""Messages worded as an operator reads them: through the UI's one ``render``, with the
app's Korean catalogue installed (``korean``) or with none (``english``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from arco_desk.domain.errors import DomainError, ValidationError
from arco_desk.domain.messages import Message
from arco_desk.domain.notifications import Notice
from arco_desk.ui.common.messages import notice_words, render
from arco_desk.ui.shell.i18n import install_translators

# Translators the test session keeps installed (tests/ui/conftest.py); english() steps
# around them.
session_translators: list[QTranslator] = []


def _app() -> QCoreApplication:
    return QApplication.instance() or QApplication([])


@contextmanager
def language(code: str) -> Iterator[None]:
    """The app in ``code`` ("ko" or "en") for the block; the previous state after it."""
    app = _app()
    locale = QLocale()
    for translator in session_translators:
        app.removeTranslator(translator)
    installed = install_translators(app, code)  # type: ignore[arg-type]
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)
        for translator in session_translators:
            app.installTranslator(translator)


def korean(message: Message | DomainError) -> str:
    with language("ko"):
        return render(message.msg if isinstance(message, DomainError) else message)


def english(message: Message | DomainError) -> str:
    with language("en"):
        return render(message.msg if isinstance(message, DomainError) else message)


def korean_notice(notice: Notice) -> tuple[str, str]:
    """A desktop notification's title and body in Korean."""
    with language("ko"):
        return notice_words(notice)


def korean_fields(error: ValidationError) -> dict[str, str]:
    """Each field's refusal in Korean."""
    return {name: korean(message) for name, message in error.field_errors.items()}


class Caught:
    """What :func:`refused_with` caught (``value``, as ``pytest.raises`` gives it)."""

    value: DomainError


@contextmanager
def refused_with(kind: type[DomainError], pattern: str) -> Iterator[Caught]:
    """Like ``pytest.raises(kind, match=pattern)``, matching the refusal as worded in
    Korean (``str()`` of a refusal holds its key only)."""
    caught = Caught()
    try:
        yield caught
    except kind as error:
        caught.value = error
        worded = korean(error)
        assert re.search(pattern, worded), f"{pattern!r} not in {worded!r}"
    else:
        raise AssertionError(f"{kind.__name__} not raised")
