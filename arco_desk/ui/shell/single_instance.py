"""One instance per user and data folder: a second launch brings the first window forward."""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_MESSAGE = b"raise"


def server_name(basedir: Path) -> str:
    key = f"{getpass.getuser()}|{basedir.resolve()}".encode()
    return "arco-desk-" + hashlib.sha256(key).hexdigest()[:20]


def ask_running_instance(name: str, timeout_ms: int = 500) -> bool:
    """True when another instance answered and was asked to raise its window."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(_MESSAGE)
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    raise_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(name):
            # A crashed instance leaves a stale socket file behind on Unix.
            QLocalServer.removeServer(name)
            self.server.listen(name)
        self.server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)

    def _read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket) and bytes(socket.readAll().data()).startswith(
            _MESSAGE
        ):
            self.raise_requested.emit()

    def close(self) -> None:
        self.server.close()
