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
from arco_desk.resources import resource_path
from arco_desk.ui.common.messages import notice_words, render
from arco_desk.ui.shell.i18n import install_translators

# Hangul syllables and jamo (compatibility and extended too): Korean text, whatever its form.
HANGUL = re.compile(r"[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uD7B0-\uD7FF]")

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


class DomainWordsInKorean(QTranslator):
    """The app's Korean catalogue for what the domain says (messages and the labels of the
    complaint codes) only, unless a test put the UI in English (``QLocale``); the rest stays
    in its English source. UI tests have always run this way: English chrome, the desk's
    refusals and codes in Korean."""

    CONTEXTS = frozenset({"Message", "Channel", "ReplyChannel", "NoticeMethod",
                          "FollowUpOutcome", "ComplaintStatus", "ComplaintAction", "EventKind"})

    def __init__(self) -> None:
        super().__init__()
        self.korean = QTranslator(self)
        if not self.korean.load(str(resource_path("translations", "arco_desk_ko.qm"))):
            raise FileNotFoundError("arco_desk_ko.qm")

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        english_ui = QLocale().language() == QLocale.Language.English  # a test's English UI
        if context not in self.CONTEXTS or english_ui:
            return None  # a null string: not translated here, the source is shown
        return self.korean.translate(context, source, disambiguation, n)


@contextmanager
def domain_words_in_korean() -> Iterator[None]:
    """Installs :class:`DomainWordsInKorean` for the block (english() steps around it)."""
    app = _app()
    locale = QLocale()
    translator = DomainWordsInKorean()
    app.installTranslator(translator)
    session_translators.append(translator)
    try:
        yield
    finally:
        session_translators.remove(translator)
        app.removeTranslator(translator)
        QLocale.setDefault(locale)
