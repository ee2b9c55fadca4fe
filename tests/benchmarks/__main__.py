"""Run every benchmark: ``python -m tests.benchmarks [NAME ...]`` (``make bench``).

Each ``bench_*.py`` module exposes ``run() -> list[tuple[str, float, str]]``;
every figure is printed as one line ``NAME VALUE UNIT``. ``--scale`` adds the
benchmarks on the 1M complaints / 2M memos database (``bench_scale``: built and cached
the first time, which takes minutes) and names it in ``ARCO_BENCH_SCALE_DB`` for the
ones that also measure on a large database; without it they are left out.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys

import tests.benchmarks as package

SCALE = "--scale"


def main(selected: list[str]) -> int:
    scale = SCALE in selected
    selected = [s for s in selected if s != SCALE]
    names = sorted(
        m.name for m in pkgutil.iter_modules(package.__path__) if m.name.startswith("bench_")
        and (scale or m.name != "bench_scale")
    )
    if selected:
        names = [n for n in names if any(s in n for s in selected)]
    if scale and "ARCO_BENCH_SCALE_DB" not in os.environ:
        # The benchmarks that take any database (start-up, GUI stalls) run on it too.
        from tests.benchmarks.scale_db import ensure_built

        os.environ["ARCO_BENCH_SCALE_DB"] = str(ensure_built())
    for name in names:
        module = importlib.import_module(f"tests.benchmarks.{name}")
        for figure, value, unit in module.run():
            shown = f"{value:.0f}" if abs(value) >= 100 else f"{value:.2f}"
            print(f"{figure} {shown} {unit}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
