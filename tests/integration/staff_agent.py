"""A staff PC in a process of its own, for the multi-PC tests and the push benchmark.

``python -m tests.integration.staff_agent URL STAFF_ID`` opens the services on URL,
runs a ``ChangeWatcher`` (QCoreApplication, no window) and speaks JSON lines on stdout:

* ``{"ready": <last event id>}`` once the watcher listens;
* ``{"got": <kind>, "entity": <id>, "at": <perf_counter>, "title": <str>, "text": <str>}``
  for every notice STAFF_ID is owed, in feed order, printed *after* the row it names is
  loaded (``NoticeQueue``, as staff mode does: an event announced just before an outage
  is shown after the reconnection). ``at`` is ``time.perf_counter()`` — the system-wide
  monotonic clock, comparable across processes on one machine;
* ``{"lost": <message>}`` and ``{"restored": true}`` when the watcher loses and
  regains the database;
* ``{"read": <memo id>, "status": <status>}`` after the command ``read <memo id>``,
  which opens the memo as STAFF_ID through ``MemoService.open_memo`` (marking it read);
  ``{"error": <message key>, "command": <line>}`` when a command is refused.

Commands come on stdin, one per line: ``read <memo id>``, ``quit``. End of input quits.

``StaffAgent`` is the other end: it starts the process and collects what it says.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parents[2]
Message = dict[str, Any]


# --- the staff PC (in its own process) ---------------------------------------------------------


def main(url: str, staff_id: int) -> int:
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    from arco_desk.domain.change_feed import ChangeRecord
    from arco_desk.domain.errors import DomainError
    from arco_desk.services.notices import NoticeQueue, NoticeService
    from arco_desk.ui.common.change_watcher import ChangeWatcher
    from arco_desk.ui.common.messages import notice_words
    from arco_desk.ui.shell.i18n import install_translators
    from tests.actors import acting
    from tests.signed_in import open_signed_in

    class Commands(QObject):
        line = Signal(str)  # emitted from the stdin thread, delivered in the Qt thread

    def say(message: Message) -> None:
        print(json.dumps(message), flush=True)

    app = QCoreApplication([])
    install_translators(app, "ko")  # type: ignore[arg-type]  # the notices as a staff PC words them
    with tempfile.TemporaryDirectory(prefix="arco-staff-") as basedir:
        services = open_signed_in(Path(basedir), url)
        owed = NoticeQueue(NoticeService(services.uow))  # as staff mode keeps them
        watcher = ChangeWatcher(services.change_feed)

        def received(records: list[ChangeRecord]) -> None:
            mine = [r for r in records if r.concerns(staff_id, None)]
            for notice in owed.take(mine):
                title, text = notice_words(notice)
                say({"got": notice.kind.value, "entity": notice.entity_id,
                     "at": time.perf_counter(), "title": title, "text": text})

        def command(line: str) -> None:
            words = line.split()
            if not words or words[0] == "quit":
                app.quit()
                return
            try:
                if words[0] == "read" and len(words) == 2:
                    detail = services.memos.open_memo(int(words[1]),
                                                      actor=acting(services, staff_id))
                    say({"read": detail.memo.id, "status": detail.memo.status.value})
                else:
                    say({"error": "unknown command", "command": line})
            except DomainError as error:
                say({"error": error.msg.key, "command": line})

        watcher.changes.connect(received)
        watcher.connection_lost.connect(lambda message: say({"lost": message}))
        watcher.connection_restored.connect(lambda: say({"restored": True}))
        watcher.connection_restored.connect(lambda: received([]))
        commands = Commands()
        commands.line.connect(command)
        threading.Thread(target=_read_commands, args=(sys.stdin, commands.line.emit),
                         daemon=True).start()
        say({"ready": watcher.last_id})
        try:
            return app.exec()
        finally:
            watcher.stop()
            services.close()


def _read_commands(stream: TextIO, emit: Callable[[str], None]) -> None:
    for line in stream:
        emit(line.strip())
    emit("quit")


# --- the other end: start the process, collect what it says ----------------------------------


class StaffAgent:
    """A running staff agent. ``messages`` grows as the process speaks (a reader thread);
    ``wait_for`` blocks without Qt, tests with a Qt loop poll with ``qtbot.waitUntil``."""

    def __init__(self, url: str, staff_id: int) -> None:
        self.staff_id = staff_id
        self.messages: list[Message] = []
        self._changed = threading.Condition()
        self._log = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed in close()
            "w+", prefix="arco-staff-agent-", suffix=".log", encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.staff_agent", url, str(staff_id)],
            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self._log, text=True, encoding="utf-8", bufsize=1,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            try:
                message = json.loads(line)
            except json.JSONDecodeError:
                message = {"raw": line.rstrip("\n")}
            with self._changed:
                self.messages.append(message)
                self._changed.notify_all()

    # --- asking -------------------------------------------------------------------------------

    def snapshot(self) -> list[Message]:
        with self._changed:
            return list(self.messages)

    def said(self, key: str) -> list[Message]:
        return [m for m in self.snapshot() if key in m]

    @property
    def ready(self) -> bool:
        return bool(self.said("ready"))

    def got(self, kind: str = "memo_forwarded") -> list[Message]:
        """The events of ``kind`` received (row loaded), in the order they came."""
        return [m for m in self.said("got") if m["got"] == kind]

    def memo_ids(self) -> list[int]:
        """The forwarded memos this staff PC has, in the order they came."""
        return [int(m["entity"]) for m in self.got("memo_forwarded")]

    def log(self) -> str:
        """What the process wrote to stderr (warnings, a traceback)."""
        self._log.seek(0)
        return self._log.read()

    def describe(self) -> str:
        return f"agent said {self.snapshot()!r}\nstderr:\n{self.log()}"

    # --- telling ------------------------------------------------------------------------------

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def pause(self) -> bool:
        """Freeze the process (a PC gone to sleep): no timer of it fires, it cannot
        reconnect. False where signals cannot do that (Windows)."""
        if not hasattr(signal, "SIGSTOP"):
            return False
        self.process.send_signal(signal.SIGSTOP)
        return True

    def resume(self) -> None:
        if hasattr(signal, "SIGCONT"):
            self.process.send_signal(signal.SIGCONT)

    def wait_for(self, condition: Callable[[list[Message]], bool], timeout: float) -> bool:
        """Block until ``condition(messages)`` holds; False after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not condition(self.messages):
                left = deadline - time.monotonic()
                if left <= 0 or self.process.poll() is not None:
                    return condition(self.messages)
                self._changed.wait(left)
            return True

    def close(self) -> int | None:
        """Ask the process to quit (kill it if it will not); its exit code."""
        try:
            if self.process.poll() is None:
                self.send("quit")
            code: int | None = self.process.wait(timeout=10)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait(timeout=10)
            code = None
        finally:
            if self.process.stdin is not None:
                with suppress(OSError):
                    self.process.stdin.close()
            self._reader.join(timeout=5)
            if self.process.stdout is not None:
                self.process.stdout.close()
            self._log.close()
        return code

    def __enter__(self) -> StaffAgent:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
