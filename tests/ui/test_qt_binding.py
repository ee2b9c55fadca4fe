"""The Qt binding keeps its references to None, True and False.

PySide6-Essentials 6.12.0 on Python 3.11 returns None from every void call and True
from every signal emit without a new reference, so each call drains one; the app then
aborts in bool_dealloc or none_dealloc at exit, or mid-day (the pin in pyproject.toml).
From Python 3.12 on these objects are immortal and their counts never move.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QCheckBox, QPushButton

CALLS = 1000


class _Pinger(QObject):
    pinged = Signal()
    flagged = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.heard = 0

    def hear(self, *args: object) -> None:
        self.heard += 1


def _counts() -> dict[str, int]:
    gc.collect()
    return {"None": sys.getrefcount(None), "True": sys.getrefcount(True),
            "False": sys.getrefcount(False)}


def _drops(call: Callable[[], object]) -> dict[str, int]:
    """How far each count fell over CALLS calls (the bug makes one of them fall by CALLS)."""
    call()
    before = _counts()
    for _ in range(CALLS):
        call()
    after = _counts()
    return {name: before[name] - after[name] for name in before
            if before[name] - after[name] >= CALLS // 2}


def test_calls_into_qt_do_not_drain_none_true_or_false(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pinger = _Pinger()
    pinger.pinged.connect(pinger.hear)
    pinger.flagged.connect(pinger.hear)
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(pinger.hear)
    box = QCheckBox()
    qtbot.addWidget(box)
    box.toggled.connect(pinger.hear)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("flag", True)
    calls: dict[str, Callable[[], object]] = {
        "void method": lambda: button.setEnabled(True),
        "clicked(bool) to a slot": button.click,
        "toggled(bool) to a slot": box.toggle,
        "Signal().emit()": pinger.pinged.emit,
        "Signal(bool).emit(False)": lambda: pinger.flagged.emit(False),
        "bool getter": box.isChecked,
        "QSettings.value(type=bool)": lambda: settings.value("flag", type=bool),
    }
    drained = {name: drops for name, call in calls.items() if (drops := _drops(call))}
    assert drained == {}
    assert pinger.heard == 4 * (CALLS + 1)


def test_a_process_that_calls_qt_many_times_exits_cleanly() -> None:
    # A fresh interpreter holds a few thousand references to None and True: draining
    # one per call ends in "Fatal Python error: ..._dealloc" and exit status 134.
    code = (
        "import sys\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "from PySide6.QtWidgets import QApplication, QPushButton\n"
        "class Pinger(QObject):\n"
        "    pinged = Signal()\n"
        "app = QApplication(sys.argv[:1])\n"
        "button, pinger = QPushButton(), Pinger()\n"
        "for _ in range(20_000):\n"
        "    button.setEnabled(True)\n"
        "    pinger.pinged.emit()\n"
        "print('done')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          timeout=120, check=False)
    assert (done.returncode, done.stdout.strip()) == (0, "done"), done.stderr
