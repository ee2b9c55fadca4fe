"""A relay between the app and the PostgreSQL test server that cuts the connection around
a COMMIT, as a pulled cable or a server restart does: either after the server committed
(its answer never reaches the app) or before the server saw the COMMIT (the server rolls
the transaction back). Either way the app only sees its connection die while committing.

It reads the frontend/backend protocol just enough for that (``tests/pg_relay.py``), in
both directions.
"""

from __future__ import annotations

import socket
import threading
from enum import Enum

from tests.pg_relay import Relay, next_message, shut, still_starting


class Cut(Enum):
    AFTER_COMMIT = "after"  # the server committed; its answer is dropped
    BEFORE_COMMIT = "before"  # the COMMIT never reaches the server


class CommitCut(Relay):
    """Listens on a free loopback port and relays each connection to ``port``; after
    :meth:`arm`, the next COMMIT any connection sends is cut as armed."""

    def __init__(self, port: int) -> None:
        self._armed: Cut | None = None
        self.done = threading.Event()  # a cut happened
        super().__init__(port)

    def arm(self, cut: Cut) -> None:
        self.done.clear()
        with self._lock:
            self._armed = cut

    # --- relaying --------------------------------------------------------------------------

    def _take(self) -> Cut | None:
        with self._lock:
            cut, self._armed = self._armed, None
            return cut

    def relay(self, client: socket.socket, server: socket.socket) -> None:
        link = _Link(self, client, server)
        for pump in (link.from_client, link.from_server):
            self.start_thread(pump)


class _Link:
    def __init__(self, relay: CommitCut, client: socket.socket, server: socket.socket) -> None:
        self.relay = relay
        self.client = client
        self.server = server
        self.awaiting_commit = False  # the COMMIT went through: drop the server's answer

    def close(self) -> None:
        shut(self.client)
        shut(self.server)

    def from_client(self) -> None:
        buffer = b""
        starting = True
        try:
            while chunk := self.client.recv(65536):
                buffer += chunk
                while (message := next_message(buffer, starting)) is not None:
                    buffer = buffer[len(message):]
                    if starting:
                        starting = still_starting(message)
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
                while (message := next_message(buffer, False)) is not None:
                    buffer = buffer[len(message):]
                    if message[:1] == b"Z":
                        self.relay.done.set()
                        self.close()
                        return
        except OSError:
            pass
        self.close()


def _is_commit(message: bytes) -> bool:
    """A simple query, or a statement being parsed, that is exactly COMMIT."""
    if message[:1] not in (b"Q", b"P"):
        return False
    return b"COMMIT" in (part.strip().upper() for part in message[5:].split(b"\x00"))
