"""The import budget of a normal start (docs/architecture.md §16), checked by what is
loaded, never by time: a fresh process starts the way ``app.py`` does on an SQLite
database at the current schema, builds the main window with every tab filled, and must
not have loaded Alembic (nor Mako and Pygments under it), openpyxl, psycopg, printing or
another country's holidays."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from arco_desk.services.container import Services
from arco_desk.services.demo_build import build_demo

ROOT = Path(__file__).resolve().parents[3]

START = r"""
import json, sys
from pathlib import Path

# As app.py does: the service stack, then Qt, then the window's modules.
import arco_desk.app
from arco_desk.services.container import open_services
from arco_desk.services.gate import the_agency
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from arco_desk.ui.shell.main_window import MainWindow
from arco_desk.ui.shell.startup import open_database

order_ok = list(sys.modules).index("PySide6") > list(sys.modules).index(
    "arco_desk.services.container")
app = QApplication([])
basedir = Path(sys.argv[1])
opened = open_database(basedir, None, interactive=False)
services = opened.services
assert services is not None
services.gate.sign_in(the_agency("import budget"))
settings = QSettings(str(basedir / "settings.ini"), QSettings.Format.IniFormat)
window = MainWindow(services, settings)
window.show()
app.processEvents()
window.tick()
loaded = sorted(sys.modules)
window.close()
services.close()
print(json.dumps({"loaded": loaded, "order_ok": order_ok}))
"""

NOT_AT_START = ("alembic", "mako", "pygments", "openpyxl", "psycopg")


def _start(basedir: Path) -> tuple[list[str], bool]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("ARCO_DESK_DB_URL", None)
    done = subprocess.run([sys.executable, "-c", START, str(basedir)], capture_output=True,
                          text=True, timeout=120, env=env, cwd=ROOT, check=True)
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    return list(answer["loaded"]), bool(answer["order_ok"])


def test_a_normal_start_keeps_the_import_budget(services: Services, basedir: Path) -> None:
    build_demo(services)  # lists with rows, so badges count working time (holidays)
    services.close()

    loaded, order_ok = _start(basedir)

    assert order_ok, "the service stack is imported before PySide6"
    over = sorted({name.split(".")[0] for name in loaded} & set(NOT_AT_START))
    assert over == []
    countries = [n for n in loaded if n.startswith("holidays.countries")]
    assert countries == ["holidays.countries.south_korea"]
    assert not any(n.startswith("PySide6.QtPrintSupport") for n in loaded)
    assert "arco_desk.ui.report.xlsx_report" not in loaded
