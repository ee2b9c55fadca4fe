"""The longest moment the GUI thread is busy during a scripted session on a big database.

Run with ``python -m tests.benchmarks bench_gui_stall``. A 5 ms timer runs on the GUI
thread all session; each time it fires late, the lateness is how long the event loop
could not answer (a key press, a repaint) — a stall. The session drives the main window
as a desk would: the phone tab with the whole history ticked and a caller typed into its
search, the complaint tab on "all" with a Korean word typed, the directory searched,
heartbeats (``window.tick()``) and change-feed pushes (``window.apply_changes``), over and
over until the session's length is up. Prints:

* ``gui_stall_max_ms``: the longest stall of the session.
* ``gui_stall_p99_ms``: the 99th percentile of the timer's lateness.
* ``gui_busy_max_ms``: the most CPU time the GUI thread itself used between two firings:
  the GUI thread's own work in the longest stall it caused. On a machine whose cores are
  busy with other work a stall can be much longer than that (the GUI thread waits for a
  core); ``ARCO_BENCH_STALL_DEBUG=1`` prints both for each long stall.
* ``gui_stall_session_s``: how long the session ran.

The database is the benchmarks' own: 200,000 memos (``bench_memos.fill``) and 100,000
complaints (``bench_complaints.fill``) in embedded SQLite, built for the run. When
``ARCO_BENCH_SCALE_DB`` names an SQLite file or its data folder (a bigger database built
elsewhere: ``make bench ARGS=--scale`` names the 1M/2M one), that is used instead, as it
is, at its own "now". The issue asks for a 10-minute session; the default is
60 s (``ARCO_BENCH_STALL_SECONDS`` sets it), enough for several rounds of the script.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from arco_desk.domain.change_feed import ChangeKind, ChangeRecord
from arco_desk.services.container import Services
from tests.benchmarks import bench_complaints, bench_memos
from tests.signed_in import open_signed_in

SESSION_S = float(os.environ.get("ARCO_BENCH_STALL_SECONDS", "60"))
PROBE_MS = 5
NOW = bench_complaints.NOW
# (what to do, how long to wait after it, in ms)
Step = tuple[Callable[[], object], int]


def _open(folder: Path) -> Services:
    scale = os.environ.get("ARCO_BENCH_SCALE_DB")
    if scale:
        from tests.benchmarks.scale_db import NOW as SCALE_NOW

        path = Path(scale)
        if path.is_dir():  # a data folder, as `make bench ARGS=--scale` names it
            path = path / "arco-desk.sqlite3"
        return open_signed_in(folder, f"sqlite:///{path.resolve()}",
                              clock=lambda: SCALE_NOW)
    services = open_signed_in(folder, clock=lambda: NOW)
    bench_complaints.fill(services)  # the directory and the complaints
    bench_memos.fill(services)
    return services


def _script(window: object) -> Iterator[Step]:
    """One round of the desk's work; repeated until the session is over."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from arco_desk.services.complaint_records import ListScope
    from arco_desk.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    memos = window.memo_tab
    complaints = window.complaint_tab
    directory = window.directory_tab
    pushed = [0]

    def typed(widget: QLineEdit, text: str) -> Iterator[Step]:
        # One character at a time, as typed (QTest's key clicks are ASCII only).
        for char in text:
            yield (lambda c=char: widget.insert(c)), 120  # type: ignore[misc]

    def push() -> None:
        pushed[0] += 1
        at = NOW + timedelta(seconds=pushed[0])
        window.apply_changes([
            ChangeRecord(1_000_000 + pushed[0], ChangeKind.COMPLAINT_CHANGED.value,
                         1 + pushed[0] % 50, None, None, at),
            ChangeRecord(2_000_000 + pushed[0], ChangeKind.MEMO_CHANGED.value,
                         1 + pushed[0] % 50, None, None, at),
        ])

    yield (lambda: window.tabs.setCurrentWidget(memos)), 300
    yield (lambda: memos.list_panel.include_closed.setChecked(True)), 1500
    yield from typed(memos.list_panel.search, "김영")
    yield (lambda: None), 1500
    yield (window.tick), 1500
    yield (push), 1500
    yield (lambda: memos.list_panel.search.clear()), 1000
    yield (lambda: memos.list_panel.include_closed.setChecked(False)), 800
    yield (lambda: window.tabs.setCurrentWidget(complaints)), 300
    yield (lambda: complaints.scope.setCurrentIndex(
        complaints.scope.findData(ListScope.ALL.value))), 1500
    yield from typed(complaints.search, "접근성")
    yield (lambda: None), 1500
    yield (window.tick), 1500
    yield (push), 1500
    yield (lambda: complaints.search.clear()), 1000
    yield (lambda: complaints.scope.setCurrentIndex(0)), 800
    yield (lambda: window.tabs.setCurrentWidget(directory)), 300
    search = getattr(directory, "search", None)
    if search is not None:
        yield from typed(search, "김")
        yield (lambda: None), 600
        yield (lambda: search.clear()), 600
    yield (lambda: QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)), 300


def session(window: object, seconds: float) -> tuple[list[float], list[float]]:
    """Drive the window for ``seconds``; the probe's lateness of every firing and the GUI
    thread's CPU time between two firings, in ms."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer

    late: list[float] = []
    busy: list[float] = []
    elapsed = QElapsedTimer()
    elapsed.start()
    last = [elapsed.nsecsElapsed()]

    doing = ["start"]
    # Each long stall, the step before it and the GUI thread's own CPU time over it: near
    # the stall's length, the GUI thread was working; far below, it waited (for a core
    # the machine's other work held, or a lock).
    worst: list[tuple[float, str, float]] = []
    cpu = [time.thread_time()]

    def probe() -> None:
        now, used = elapsed.nsecsElapsed(), time.thread_time()
        late.append(max(0.0, (now - last[0]) / 1e6 - PROBE_MS))
        busy.append((used - cpu[0]) * 1000)
        if late[-1] > 50:
            worst.append((late[-1], doing[0], busy[-1]))
        last[0], cpu[0] = now, used

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(PROBE_MS)
    timer.timeout.connect(probe)
    loop = QEventLoop()
    steps = _script(window)
    deadline = time.monotonic() + seconds

    def next_step() -> None:
        nonlocal steps
        if time.monotonic() >= deadline:
            loop.quit()
            return
        try:
            action, wait = next(steps)
        except StopIteration:
            steps = _script(window)
            action, wait = next(steps)
        doing[0] = getattr(action, "__qualname__", "?") + f" {action.__code__.co_firstlineno}"
        action()
        QTimer.singleShot(wait, next_step)

    debug = bool(os.environ.get("ARCO_BENCH_STALL_DEBUG"))
    sampler = _StallSampler(lambda: (elapsed.nsecsElapsed() - last[0]) / 1e6) if debug else None
    timer.start()
    QTimer.singleShot(0, next_step)
    loop.exec()
    timer.stop()
    if sampler is not None:
        sampler.stop()
        for ms, what, used in sorted(worst, reverse=True)[:15]:
            print(f"stall {ms:.0f} ms after {what} (GUI thread's CPU {used:.0f} ms)",
                  file=sys.stderr)
        sampler.report()
    return late, busy


class _StallSampler:
    """Debug only: while the GUI thread is more than ``STALLED_MS`` late, a thread samples
    its stack every few milliseconds; :meth:`report` prints the stacks seen most (each
    sample is about ``EVERY_S`` of stall)."""

    STALLED_MS = 30.0
    EVERY_S = 0.005

    def __init__(self, lateness: Callable[[], float]) -> None:
        import threading
        from collections import Counter

        self.lateness = lateness
        self.main = threading.main_thread().ident
        self.samples: Counter[str] = Counter()
        self.running = True
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while self.running:
            time.sleep(self.EVERY_S)
            if self.lateness() > self.STALLED_MS + PROBE_MS:
                import threading

                me = threading.get_ident()
                for ident, frame in sys._current_frames().items():
                    if ident == me:
                        continue
                    tag = f"GUI({self._state()}) " if ident == self.main else "pool "
                    self.samples[tag + self._stack(frame)] += 1

    def _state(self) -> str:
        """The GUI thread's state as the kernel sees it: R running (or waiting for a
        core), S sleeping, with what it waits on (a futex: a lock, the interpreter's)."""
        import threading

        task = Path(f"/proc/self/task/{threading.main_thread().native_id}")
        try:
            state = (task / "stat").read_text().rsplit(")", 1)[1].split()[0]
            wchan = (task / "wchan").read_text().strip()
        except OSError:
            return "?"
        return state if state == "R" else f"{state}:{wchan}"

    @staticmethod
    def _stack(frame: object) -> str:
        import traceback

        lines = [f"{Path(f.filename).name}:{f.lineno} {f.name}"
                 for f in traceback.extract_stack(frame)  # type: ignore[arg-type]
                 if "arco_desk" in f.filename or f is None]
        inner = traceback.extract_stack(frame)[-1]  # type: ignore[arg-type]
        lines.append(f"[{Path(inner.filename).name}:{inner.lineno} {inner.name}]")
        return " > ".join(lines[-7:])

    def stop(self) -> None:
        self.running = False
        self.thread.join()

    def report(self) -> None:
        for stack, count in self.samples.most_common(25):
            print(f"{count:4d} x ~{self.EVERY_S * 1000:.0f} ms  {stack}", file=sys.stderr)


def run() -> list[tuple[str, float, str]]:
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    from arco_desk.domain.actor import Actor
    from arco_desk.ui.common.signed_in import SignedInPerson
    from arco_desk.ui.shell.heap import freeze_what_start_built
    from arco_desk.ui.shell.main_window import MainWindow
    from tests.signed_in import EVERYONE

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="arco-bench-stall-"))
    services = _open(folder)
    try:
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        # Signed in, as the app's window always is (a staff member with every role).
        staff = services.directory.search("")[5]
        person = SignedInPerson(Actor(EVERYONE.account, staff.id, staff.name, EVERYONE.roles),
                                services.gate)
        window = MainWindow(services, settings, person=person)
        window.heartbeat.stop()  # the script beats
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        if os.environ.get("ARCO_BENCH_GC_FREEZE", "1") == "1":
            freeze_what_start_built()  # as app.py does once the window is filled
        started = time.monotonic()
        late, busy = session(window, SESSION_S)
        length = time.monotonic() - started
        window.close()
        window.deleteLater()
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()
    finally:
        services.close()
        shutil.rmtree(folder, ignore_errors=True)
    ordered = sorted(late)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else 0.0
    return [
        ("gui_stall_max_ms", max(late, default=0.0), "ms"),
        ("gui_stall_p99_ms", p99, "ms"),
        ("gui_stall_median_ms", statistics.median(late) if late else 0.0, "ms"),
        ("gui_busy_max_ms", max(busy, default=0.0), "ms"),
        ("gui_stall_session_s", length, "s"),
    ]


def build(path: Path) -> None:
    """Write the default database to ``path`` (for ``ARCO_BENCH_SCALE_DB``: several runs
    on one database, e.g. before and after a change)."""
    folder = Path(tempfile.mkdtemp(prefix="arco-bench-stall-build-"))
    services = open_signed_in(folder, f"sqlite:///{path.resolve()}", clock=lambda: NOW)
    try:
        bench_complaints.fill(services)
        bench_memos.fill(services)
    finally:
        services.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "build":
        build(Path(sys.argv[2]))
    else:
        for figure, value, unit in run():
            print(f"{figure} {value:.1f} {unit}")
