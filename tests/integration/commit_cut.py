"""A relay between the app and the PostgreSQL test server that cuts the connection around
a COMMIT, as a pulled cable or a server restart does: either after the server committed
(its answer never reaches the app) or before the server saw the COMMIT (the server rolls
the transaction back). Either way the app only sees its connection die while committing.

It reads the frontend/backend protocol just enough for that: the untyped startup
messages, then typed messages (one type byte and a length) in both directions.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from enum import Enum

# Untyped requests a client may send before its startup message.
_SSL_REQUEST, _GSSENC_REQUEST = 80877103, 80877104
_POLL_S = 0.2


class Cut(Enum):
    AFTER_COMMIT = "after"  # the server committed; its answer is dropped
    BEFORE_COMMIT = "before"  # the COMMIT never reaches the server


class CommitCut:
    """Listens on a free loopback port and relays each connection to ``port``; after
    :meth:`arm`, the next COMMIT any connection sends is cut as armed."""

    def __init__(self, port: int) -> None:
        self._target = ("127.0.0.1", port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(_POLL_S)
        self.port: int = self._listener.getsockname()[1]
        self._armed: Cut | None = None
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.done = threading.Event()  # a cut happened
        self._sockets: list[socket.socket] = []
        self._threads = [threading.Thread(target=self._accept, daemon=True)]
        self._threads[0].start()

    def arm(self, cut: Cut) -> None:
        self.done.clear()
        with self._lock:
            self._armed = cut

    def stop(self) -> None:
        self._stopping.set()
        for sock in list(self._sockets):
            _shut(sock)
        for thread in self._threads:
            thread.join(5)
        self._listener.close()
        for sock in self._sockets:
            sock.close()

    # --- relaying --------------------------------------------------------------------------

    def _take(self) -> Cut | None:
        with self._lock:
            cut, self._armed = self._armed, None
            return cut

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
            link = _Link(self, client, server)
            for pump in (link.from_client, link.from_server):
                thread = threading.Thread(target=pump, daemon=True)
                self._threads.append(thread)
                thread.start()


class _Link:
    def __init__(self, relay: CommitCut, client: socket.socket, server: socket.socket) -> None:
        self.relay = relay
        self.client = client
        self.server = server
        self.awaiting_commit = False  # the COMMIT went through: drop the server's answer

    def close(self) -> None:
        _shut(self.client)
        _shut(self.server)

    def from_client(self) -> None:
        buffer = b""
        starting = True
        try:
            while chunk := self.client.recv(65536):
                buffer += chunk
                while (message := _next_message(buffer, starting)) is not None:
                    buffer = buffer[len(message):]
                    if starting:
                        starting = _untyped_code(message) in (_SSL_REQUEST, _GSSENC_REQUEST)
                    elif _is_commit(message) and (cut := self.relay._take()) is not None:
                        if cut is Cut.BEFORE_COMMIT:
                            self.relay.done.set()
                            self.close()
                            return
                        self.awaiting_commit = True
                    self.server.sendall(message)
        except OSError:
            pass
        self.close()

    def from_server(self) -> None:
        buffer = b""
        try:
            while chunk := self.server.recv(65536):
                if not self.awaiting_commit:
                    self.client.sendall(chunk)
                    continue
                # The answer to the COMMIT: once the server says it is ready for the next
                # query, the commit is done; the app never hears of it.
                buffer += chunk
                while (message := _next_message(buffer, False)) is not None:
                    buffer = buffer[len(message):]
                    if message[:1] == b"Z":
                        self.relay.done.set()
                        self.close()
                        return
        except OSError:
            pass
        self.close()


def _next_message(buffer: bytes, untyped: bool) -> bytes | None:
    """The first complete message in ``buffer``, or None when it is not all there yet."""
    head = 0 if untyped else 1
    if len(buffer) < head + 4:
        return None
    (length,) = struct.unpack("!I", buffer[head:head + 4])
    end = head + length
    return buffer[:end] if len(buffer) >= end else None


def _untyped_code(message: bytes) -> int:
    return int(struct.unpack("!I", message[4:8])[0]) if len(message) >= 8 else 0


def _is_commit(message: bytes) -> bool:
    """A simple query, or a statement being parsed, that is exactly COMMIT."""
    if message[:1] not in (b"Q", b"P"):
        return False
    return b"COMMIT" in (part.strip().upper() for part in message[5:].split(b"\x00"))


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
