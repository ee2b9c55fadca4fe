"""The staff PC of the push benchmark, in its own process.

``python -m tests.benchmarks.push_listener URL STAFF_ID`` prints ``ready``, then for
each event addressed to STAFF_ID, once the row is loaded (the notice text built),
``<entity_id> <perf_counter>`` — CLOCK_MONOTONIC, comparable across processes here.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from arco_desk.domain.change_feed import ChangeRecord
from arco_desk.services.container import open_services
from arco_desk.services.notices import NoticeService
from arco_desk.ui.change_watcher import ChangeWatcher


def main(url: str, staff_id: int) -> int:
    app = QCoreApplication([])
    services = open_services(Path(tempfile.mkdtemp()), url)
    notices = NoticeService(services.uow)
    watcher = ChangeWatcher(services.change_feed)

    def received(records: list[ChangeRecord]) -> None:
        for record in records:
            if record.concerns(staff_id, None) and notices.notice_for(record) is not None:
                print(f"{record.entity_id} {time.perf_counter():.6f}", flush=True)

    watcher.changes.connect(received)
    print("ready", flush=True)
    try:
        return app.exec()
    finally:
        watcher.stop()
        services.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
