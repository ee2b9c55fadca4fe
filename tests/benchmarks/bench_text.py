"""Benchmark of the domain's text rule set on pasted pages.

Run with ``python -m tests.benchmarks.bench_text``. Prints ``NAME VALUE UNIT``:

* ``tidy_page_ms``: cleaning one pasted page of 98,000 characters (Korean, Latin, NUL
  and CR LF repeated), multi-line, as a form's memo text is cleaned; the median of 15.
  Cleaning one character at a time took about 25 ms per such page.
"""

from __future__ import annotations

import statistics
import time

from arco_desk.domain.text import tidy

REPEATS = 15
PAGE = "가나다 abc\x00\r\n" * 7_000


def run() -> list[tuple[str, float, str]]:
    tidy(PAGE, multiline=True)
    timings = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        tidy(PAGE, multiline=True)
        timings.append((time.perf_counter() - started) * 1000)
    return [("tidy_page_ms", statistics.median(timings), "ms")]


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name} {value:.2f} {unit}")
