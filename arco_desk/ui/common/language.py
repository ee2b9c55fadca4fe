"""The language the UI runs in, as ``install_translators`` set it."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def ui_language() -> str:
    """``ko`` or ``en``: the language the UI was started in."""
    return "en" if QLocale().language() == QLocale.Language.English else "ko"
