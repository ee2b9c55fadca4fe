"""``QT_TRANSLATE_NOOP`` typed as returning ``str``: marks a source text for lupdate (which
looks for the name) and gives it back untranslated; ``QCoreApplication.translate``
translates it where it is shown."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    del context
    return source
