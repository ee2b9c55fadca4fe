"""Start ARCO Desk at login, in staff mode: the same entry the installer writes.

Windows: the ``HKCU\\...\\Run`` value "ARCO Desk" (build_scripts/installer.nsi).
Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/arco-desk.desktop``.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

RUN_KEY = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "ARCO Desk"
DESKTOP_FILE = "arco-desk.desktop"


def launch_command() -> list[str]:
    """How this ARCO Desk is started, with ``--staff``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--staff"]
    return [sys.executable, "-m", "arco_desk", "--staff"]


class AutoStart:
    def __init__(self, config_home: Path | None = None, windows: bool | None = None) -> None:
        self.windows = sys.platform == "win32" if windows is None else windows
        home = config_home or Path(os.environ.get("XDG_CONFIG_HOME")
                                   or Path.home() / ".config")
        self.desktop_file = home / "autostart" / DESKTOP_FILE

    def is_enabled(self) -> bool:
        if self.windows:
            return bool(self._registry().value(RUN_VALUE))
        return self.desktop_file.exists()

    def set_enabled(self, on: bool) -> None:
        """Write or remove the entry. ``OSError`` when the folder can't be written."""
        command = launch_command()
        if self.windows:
            registry = self._registry()
            if on:
                registry.setValue(RUN_VALUE, subprocess.list2cmdline(command))
            else:
                registry.remove(RUN_VALUE)
            registry.sync()
            return
        if on:
            self.desktop_file.parent.mkdir(parents=True, exist_ok=True)
            self.desktop_file.write_text(
                "[Desktop Entry]\nType=Application\nName=ARCO Desk\n"
                f"Exec={shlex.join(command)}\nX-GNOME-Autostart-enabled=true\n",
                encoding="utf-8",
            )
        else:
            self.desktop_file.unlink(missing_ok=True)

    def _registry(self) -> QSettings:
        return QSettings(RUN_KEY, QSettings.Format.NativeFormat)
