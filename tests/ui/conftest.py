from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from arco_desk.services.container import Services
from arco_desk.ui.common.dialogs import dialog_notifier
from arco_desk.ui.shell.main_window import MainWindow
from tests.ui.lists import wait_loaded
from tests.words import domain_words_in_korean

D = TypeVar("D", bound=QDialog)

_ACCEPTING = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)


@pytest.fixture(autouse=True)
def _domain_words_in_korean(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Refusals, notices, badges and complaint codes read in Korean, as the desk sees them
    (the chrome stays in its English source)."""
    with domain_words_in_korean():
        yield


@pytest.fixture
def qsettings(basedir: Path) -> QSettings:
    return QSettings(str(basedir / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, demo_services: Services, qsettings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_services, qsettings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    wait_loaded(win)
    yield win


class Dialogs:
    """Every dialog the app opens through ``open_dialog``, as it opens; the test answers
    them as a person would, so the code that runs after a dialog runs here too."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.opened: list[QDialog] = []
        dialog_notifier().opened.connect(self._record)

    def _record(self, dialog: QDialog) -> None:
        self.opened.append(dialog)

    def stop(self) -> None:
        dialog_notifier().opened.disconnect(self._record)

    def of(self, kind: type[D]) -> list[D]:
        """Every dialog of ``kind`` opened so far (closed ones included)."""
        return [d for d in self.opened if isinstance(d, kind)]

    def showing(self, kind: type[D]) -> D | None:
        """The last dialog of ``kind`` that is still on screen."""
        for dialog in reversed(self.opened):
            if isinstance(dialog, kind) and shiboken6.isValid(dialog) and dialog.isVisible():
                return dialog
        return None

    def wait_for(self, kind: type[D], timeout: int = 2000) -> D:
        self.qtbot.waitUntil(lambda: self.showing(kind) is not None, timeout=timeout)
        dialog = self.showing(kind)
        assert dialog is not None
        return dialog

    def accept(self, kind: type[D], fill: Callable[[D], object] | None = None) -> D:
        """Wait for the dialog, fill it in, press its Save/OK button; it must close."""
        dialog = self.wait_for(kind)
        if fill is not None:
            fill(dialog)
        button = next((b for box in dialog.findChildren(QDialogButtonBox)
                       for b in box.buttons() if box.buttonRole(b) in _ACCEPTING), None)
        if button is not None:
            button.click()
        else:
            dialog.accept()
        assert not dialog.isVisible(), f"{kind.__name__} stayed open: {_refusal_of(dialog)}"
        return dialog

    def reject(self, kind: type[D], fill: Callable[[D], object] | None = None) -> D:
        """Wait for the dialog, optionally work in it, then close it with Cancel/Esc."""
        dialog = self.wait_for(kind)
        if fill is not None:
            fill(dialog)
        dialog.reject()
        return dialog


def _refusal_of(dialog: QDialog) -> str:
    bar = getattr(dialog, "message_bar", None)
    fields = getattr(dialog, "fields", None)
    shown = [bar.text()] if bar is not None and bar.isVisibleTo(dialog) else []
    if fields is not None:
        shown += [label.text() for label in fields.labels.values() if label.text()]
    return "; ".join(shown) or "no message"


@pytest.fixture
def dialogs(qtbot) -> Iterator[Dialogs]:  # type: ignore[no-untyped-def]
    recorder = Dialogs(qtbot)
    yield recorder
    recorder.stop()


def heartbeat(window: MainWindow) -> None:
    """What the passing of 30 seconds brings a window: the agency's background round
    (alerts, escalation), its change records, then the window's own tick."""
    window.services.scheduler.run_due()
    window.change_watcher.check_now()
    window.tick()
    wait_loaded(window)
