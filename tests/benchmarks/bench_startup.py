"""Cold start to the first shown window, with ``--demo`` (median of 5).

Wall time from spawning ``python -m arco_desk --temp-basedir --demo --smoke-test``
until it reports the main window visible (the first event-loop turn after show()).
Also the whole smoke run to exit, for comparison.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5


def one_start() -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("ARCO_DESK_DB_URL", None)
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "arco_desk", "--temp-basedir", "--demo", "--smoke-test"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert process.stdout is not None
    shown = None
    for line in process.stdout:
        if line.startswith("smoke window: ok") and shown is None:
            shown = time.perf_counter() - started
    code = process.wait()
    total = time.perf_counter() - started
    if code != 0 or shown is None:
        raise RuntimeError(f"smoke run failed with exit code {code}")
    return shown * 1000, total * 1000


def run() -> list[tuple[str, float, str]]:
    one_start()  # warm the OS file cache so every measured run is comparable
    samples = [one_start() for _ in range(RUNS)]
    return [
        ("startup_first_window_demo_ms", statistics.median(s[0] for s in samples), "ms"),
        ("startup_smoke_total_ms", statistics.median(s[1] for s in samples), "ms"),
    ]


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name} {value:.0f} {unit}")
