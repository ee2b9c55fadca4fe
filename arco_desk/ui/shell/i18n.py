"""Translations: English source strings, Korean by default (Qt Linguist .qm files)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from arco_desk.resources import resource_path

LANGUAGES = ("ko", "en")


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load ARCO Desk's and Qt's own translations for ``language``; English needs none."""
    QLocale.setDefault(QLocale(QLocale.Language.Korean if language == "ko"
                               else QLocale.Language.English, QLocale.Country.SouthKorea))
    if language == "en":
        return []
    translators: list[QTranslator] = []
    ours = QTranslator(app)
    if not ours.load(str(resource_path("translations", f"arco_desk_{language}.qm"))):
        raise FileNotFoundError(f"translation arco_desk_{language}.qm is missing")
    translators.append(ours)
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        translators.append(qt_base)
    for translator in translators:
        app.installTranslator(translator)
    return translators
