"""Where ARCO Desk keeps its data: the per-user folder, a chosen one, or a throwaway one."""

from __future__ import annotations

import logging
import logging.handlers
import shutil
import tempfile
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "ARCO Desk"
APP_AUTHOR = "ARCO"
LOG_FILE = "arco-desk.log"


def default_basedir() -> Path:
    return Path(user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


class Basedir:
    """The data folder; a temporary one is removed on :meth:`cleanup`."""

    def __init__(self, path: Path | None = None, temporary: bool = False) -> None:
        if temporary:
            path = Path(tempfile.mkdtemp(prefix="arco-desk-"))
        self.path = (path or default_basedir()).resolve()
        self.temporary = temporary
        self.path.mkdir(parents=True, exist_ok=True)
        (self.path / "logs").mkdir(exist_ok=True)

    @property
    def log_file(self) -> Path:
        return self.path / "logs" / LOG_FILE

    @property
    def attachments(self) -> Path:
        return self.path / "attachments"

    def cleanup(self) -> None:
        if self.temporary:
            logging.shutdown()
            shutil.rmtree(self.path, ignore_errors=True)


def setup_logging(log_file: Path, level: int = logging.INFO) -> logging.Handler:
    """A rotating log file (5 × 1 MB) in the data folder, plus warnings on stderr."""
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    return handler
