"""Start-up against a bare PySide6 window, in the same run (medians of 5).

Every figure is wall time from spawning a fresh process until a mark it prints:

- ``bare_window_ms``: a bare ``QMainWindow`` holding a ``QTabWidget``, shown, until its
  first paint: the floor any Qt program pays.
- ``startup_window_ms``: ``python -m arco_desk --basedir D --smoke-test`` on a demo
  database built once beforehand (so neither the demo nor a migration is timed), until
  the main window's first paint (``smoke painted``).
- ``startup_filled_ms``: the same run until the tabs are built and have read their lists
  (``smoke window``, printed by the checks that run after the fill).
- ``startup_window_ratio``: ``startup_window_ms / bare_window_ms`` (issue 17: ≤ 1.3).

Each is measured warm (the file cache holds everything) and cold: the file cache is
dropped before every cold run (``/proc/sys/vm/drop_caches``, which needs root); where
that is refused, the cold figures are left out and a line says so.

``ARCO_BENCH_SCALE_DB``: a large database made elsewhere (a data folder, its SQLite file
or a PostgreSQL URL); when given, ``startup_window_scale_ms`` is measured on it too.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5
SCALE_ENV = "ARCO_BENCH_SCALE_DB"
DATABASE_FILE = "arco-desk.sqlite3"  # services/locations.py
PAINTED = "smoke painted: ok"
FILLED = "smoke window: ok"

BARE = r"""
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget

app = QApplication([])
window = QMainWindow()
tabs = QTabWidget()
for title in ("Reception", "Phone memos", "Complaints", "Staff directory", "Overdue board"):
    tabs.addTab(QWidget(), title)
window.setCentralWidget(tabs)
window.menuBar().addMenu("&Admin")
window.statusBar().addPermanentWidget(QLabel("bare"))
window.resize(1280, 780)


class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            tabs.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print("smoke painted: ok", flush=True), app.quit()))
        return False


mark = Painted()
tabs.installEventFilter(mark)
window.show()
app.exec()
"""


def _env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("ARCO_DESK_DB_URL", None)
    return env


def _timed(command: list[str]) -> dict[str, float]:
    """Milliseconds from spawning ``command`` to each mark it prints."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, cwd=ROOT, env=_env())
    assert process.stdout is not None
    marks: dict[str, float] = {}
    for line in process.stdout:
        for mark in (PAINTED, FILLED):
            if line.startswith(mark) and mark not in marks:
                marks[mark] = (time.perf_counter() - started) * 1000
    code = process.wait()
    if PAINTED not in marks and FILLED in marks:  # a build from before the paint mark
        marks[PAINTED] = marks[FILLED]
    if code != 0 or PAINTED not in marks:
        raise RuntimeError(f"{command[1:4]} failed with exit code {code}")
    return marks


def _bare() -> dict[str, float]:
    return _timed([sys.executable, "-c", BARE])


def _app(*where: str) -> Callable[[], dict[str, float]]:
    return lambda: _timed([sys.executable, "-m", "arco_desk", *where, "--smoke-test"])


def drop_file_cache() -> bool:
    """Empty the OS file cache (root only); False when refused."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def _paired_medians(app: Callable[[], dict[str, float]], cold: bool
                    ) -> tuple[float, dict[str, float]]:
    """The bare window's and the app's medians, their runs taken in turns (bare, app,
    bare, app …) so that a busy moment of a shared machine falls on both alike."""
    bares: list[dict[str, float]] = []
    apps: list[dict[str, float]] = []
    for _ in range(RUNS):
        for start, into in ((_bare, bares), (app, apps)):
            if cold:
                drop_file_cache()
            into.append(start())
    return (statistics.median(b[PAINTED] for b in bares),
            {mark: statistics.median(a[mark] for a in apps) for mark in apps[0]})


def _scale_where(value: str, scratch: Path) -> list[str] | None:
    """The arguments that open the scale database, or None when it is not there."""
    if "://" in value:
        return ["--basedir", str(scratch / "scale"), "--db", value]
    path = Path(value)
    if path.is_dir() and (path / DATABASE_FILE).is_file():
        return ["--basedir", str(path)]
    if path.is_file():
        if path.name == DATABASE_FILE:
            return ["--basedir", str(path.parent)]
        folder = scratch / "scale"
        folder.mkdir()
        os.link(path, folder / DATABASE_FILE)  # the same file, not a copy
        return ["--basedir", str(folder)]
    return None


def run() -> list[tuple[str, float, str]]:
    figures: list[tuple[str, float, str]] = []
    scratch = Path(tempfile.mkdtemp(prefix="arco-bench-startup-"))
    try:
        demo = ["--basedir", str(scratch / "demo")]
        subprocess.run([sys.executable, "-m", "arco_desk", *demo, "--demo", "--smoke-test"],
                       check=True, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        can_drop = drop_file_cache()
        for cold in (False, True) if can_drop else (False,):
            suffix = "_cold" if cold else ""
            if not cold:  # warm the cache for both
                _bare()
                _app(*demo)()
            bare, app = _paired_medians(_app(*demo), cold)
            figures += [
                (f"bare_window{suffix}_ms", bare, "ms"),
                (f"startup_window{suffix}_ms", app[PAINTED], "ms"),
                (f"startup_filled{suffix}_ms", app[FILLED], "ms"),
                (f"startup_window{suffix}_ratio", app[PAINTED] / bare, "x"),
            ]
        if not can_drop:
            print("startup cold figures skipped: the file cache cannot be dropped here "
                  "(needs root)", flush=True)
        scale = os.environ.get(SCALE_ENV)
        where = _scale_where(scale, scratch) if scale else None
        if where is None:
            print(f"startup_window_scale_ms skipped: {SCALE_ENV} "
                  f"{'names nothing there' if scale else 'is not set'}", flush=True)
        else:
            _app(*where)()
            bare, scaled = _paired_medians(_app(*where), cold=False)
            figures += [("bare_window_scale_run_ms", bare, "ms"),
                        ("startup_window_scale_ms", scaled[PAINTED], "ms"),
                        ("startup_filled_scale_ms", scaled[FILLED], "ms"),
                        ("startup_window_scale_ratio", scaled[PAINTED] / bare, "x")]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return figures


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name} {value:.2f} {unit}" if unit == "x" else f"{name} {value:.0f} {unit}")
