"""The import budget of a normal start (docs/architecture.md §16), checked by what is
loaded, never by time: a fresh process starts the way ``app.py`` does on an SQLite
database at the current schema. The main window's frame is painted before the database
stack is loaded; filled with every tab, the process must not have loaded Alembic (nor
Mako and Pygments under it), openpyxl, psycopg, printing or another country's
holidays."""

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
import builtins, json, sys
from pathlib import Path

# As app.py does: Qt (Python's own import function given back), the window's frame
# painted, then the database stack, the database and the tabs.
own_import = builtins.__import__
from arco_desk.app import _import_qt
_import_qt()
import_given_back = builtins.__import__ is own_import
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from arco_desk.ui.shell.main_window import MainWindow

app = QApplication([])
basedir = Path(sys.argv[1])
settings = QSettings(str(basedir / "settings.ini"), QSettings.Format.IniFormat)
window = MainWindow(None, settings)
window.show()
while not window.painted:
    app.processEvents()
at_paint = sorted(sys.modules)

from arco_desk.services.gate import the_agency
from arco_desk.ui.shell.startup import open_database

opened = open_database(basedir, None, interactive=False)
services = opened.services
assert services is not None
services.gate.sign_in(the_agency("import budget"))
window.attach(services)
assert window.filled
window.tick()
loaded = sorted(sys.modules)
window.close()
services.close()
print(json.dumps({"loaded": loaded, "at_paint": at_paint,
                  "import_given_back": import_given_back}))
"""

# Not before the frame is painted: the database stack and the tabs.
NOT_AT_PAINT = ("sqlalchemy", "arco_desk.services", "arco_desk.store",
                "arco_desk.ui.memos", "arco_desk.ui.complaints", "holidays")
NOT_AT_START = ("alembic", "mako", "pygments", "openpyxl", "psycopg")


def _start(basedir: Path) -> tuple[list[str], list[str], bool]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("ARCO_DESK_DB_URL", None)
    done = subprocess.run([sys.executable, "-c", START, str(basedir)], capture_output=True,
                          text=True, timeout=120, env=env, cwd=ROOT, check=True)
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    return list(answer["loaded"]), list(answer["at_paint"]), bool(answer["import_given_back"])


def test_a_normal_start_keeps_the_import_budget(services: Services, basedir: Path) -> None:
    build_demo(services)  # lists with rows, so badges count working time (holidays)
    services.close()

    loaded, at_paint, import_given_back = _start(basedir)

    assert import_given_back, "PySide6's import function is taken out again"
    early = [name for name in at_paint
             if any(name == n or name.startswith(n + ".") for n in NOT_AT_PAINT)]
    assert early == []
    over = sorted({name.split(".")[0] for name in loaded} & set(NOT_AT_START))
    assert over == []
    countries = [n for n in loaded if n.startswith("holidays.countries")]
    assert countries == ["holidays.countries.south_korea"]
    assert not any(n.startswith("PySide6.QtPrintSupport") for n in loaded)
    assert "arco_desk.ui.report.xlsx_report" not in loaded
