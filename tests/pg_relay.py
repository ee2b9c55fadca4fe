"""A loopback relay between the app and the PostgreSQL test server, and the little of the
frontend/backend protocol the relays read: the untyped startup messages, then typed
messages (one type byte and a length). Subclasses say what happens to each connection
(``tests/integration/commit_cut.py`` cuts it around a COMMIT, ``tests/latency_proxy.py``
delays it and counts its query cycles)."""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Callable

# Untyped requests a client may send before its startup message.
SSL_REQUEST, GSSENC_REQUEST = 80877103, 80877104
_POLL_S = 0.2


class Relay:
    """Listens on a free loopback port and hands each connection, with its own to
    ``port``, to :meth:`relay`."""

    def __init__(self, port: int) -> None:
        self._target = ("127.0.0.1", port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(_POLL_S)
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self.start_thread(self._accept)

    def start_thread(self, work: Callable[[], None]) -> None:
        thread = threading.Thread(target=work, daemon=True)
        self._threads.append(thread)
        thread.start()

    def stop(self) -> None:
        self._stopping.set()
        for sock in list(self._sockets):
            shut(sock)
        for thread in self._threads:
            thread.join(5)
        self._listener.close()
        for sock in self._sockets:
            sock.close()

    def relay(self, client: socket.socket, server: socket.socket) -> None:
        raise NotImplementedError

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                server = socket.create_connection(self._target)
            except OSError:
                client.close()
                continue
            self._sockets += [client, server]
            self.relay(client, server)


def next_message(buffer: bytes, untyped: bool) -> bytes | None:
    """The first complete message in ``buffer``, or None when it is not all there yet."""
    head = 0 if untyped else 1
    if len(buffer) < head + 4:
        return None
    (length,) = struct.unpack("!I", buffer[head:head + 4])
    end = head + length
    return buffer[:end] if len(buffer) >= end else None


def still_starting(message: bytes) -> bool:
    """After this untyped message, whether another untyped one follows (an SSL or GSS
    encryption request comes before the startup message)."""
    code = int(struct.unpack("!I", message[4:8])[0]) if len(message) >= 8 else 0
    return code in (SSL_REQUEST, GSSENC_REQUEST)


def shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
