"""A credential store for the tests: a real ``keyring`` backend, written the way the
library lets anyone add one (a :class:`keyring.backend.KeyringBackend` subclass), that
keeps its passwords in a JSON file instead of the machine's own store.

In the test process it is installed with ``keyring.set_keyring`` (the ``credential_store``
fixture); a child process started by a test picks it with keyring's own variables,
``PYTHON_KEYRING_BACKEND=tests.credential_stores.FileKeyring`` and
``KEYRING_PROPERTY_FILE_PATH=<file>`` (:func:`child_environment`).
"""

from __future__ import annotations

import json
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

BACKEND_NAME = f"{__name__}.FileKeyring"


class FileKeyring(KeyringBackend):
    """Passwords by (service, user name) in one JSON file."""

    priority = 5.0  # a store keyring recommends (>= 1), like Windows Credential Manager
    file_path = ""  # set from KEYRING_PROPERTY_FILE_PATH in a child process

    def __init__(self, file_path: Path | None = None) -> None:
        super().__init__()
        if file_path is not None:
            self.file_path = str(file_path)

    def entries(self) -> dict[str, dict[str, str]]:
        path = Path(self.file_path)
        if not path.exists():
            return {}
        loaded: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
        return loaded

    def _write(self, entries: dict[str, dict[str, str]]) -> None:
        Path(self.file_path).write_text(json.dumps(entries), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self.entries()
        entries.setdefault(service, {})[username] = password
        self._write(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self.entries()
        if username not in entries.get(service, {}):
            raise PasswordDeleteError(username)
        del entries[service][username]
        self._write(entries)


def child_environment(store: FileKeyring) -> dict[str, str]:
    """The variables that make a child process's keyring use ``store``'s file."""
    return {"PYTHON_KEYRING_BACKEND": BACKEND_NAME, "KEYRING_PROPERTY_FILE_PATH":
            store.file_path}
