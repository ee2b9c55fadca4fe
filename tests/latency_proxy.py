"""A relay between the app and a PostgreSQL server that adds a fixed delay each way, as a
branch office over a VPN has, and counts the query cycles the app runs through it.

Each direction of each connection is two threads: one reads what arrives and stamps it,
the other sends it on once its delay is up, so bytes arriving back to back are delayed
once each, not one after the other. The client's messages are read just enough to count
its query cycles: a simple query (``Q``) or the end of an extended one (``S``, Sync), each
answered by the server's ReadyForQuery — one round trip each (a pipeline sends several
Syncs in one trip; the app's executemany is one multi-row statement).
"""

from __future__ import annotations

import contextlib
import queue
import socket
import time

from tests.pg_relay import Relay, next_message, still_starting


class LatencyProxy(Relay):
    """Listens on a free loopback port and relays each connection to ``port`` with
    ``delay_s`` added in each direction (the round trip gains twice that)."""

    def __init__(self, port: int, delay_s: float = 0.0) -> None:
        self.delay_s = delay_s
        self._cycles = 0
        super().__init__(port)

    def url(self, url: str) -> str:
        """``url`` (a server's address on 127.0.0.1) pointed at this relay instead."""
        host, rest = url.split("@127.0.0.1:", 1)
        return f"{host}@127.0.0.1:{self.port}/{rest.split('/', 1)[1]}"

    @property
    def cycles(self) -> int:
        with self._lock:
            return self._cycles

    def relay(self, client: socket.socket, server: socket.socket) -> None:
        for sock in (client, server):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._pipe(client, server, count=True)
        self._pipe(server, client, count=False)

    def _pipe(self, source: socket.socket, target: socket.socket, *, count: bool) -> None:
        waiting: queue.Queue[tuple[float, bytes]] = queue.Queue()

        def receive() -> None:
            parser = _Cycles() if count else None
            try:
                while chunk := source.recv(65536):
                    if parser is not None:
                        found = parser.feed(chunk)
                        if found:
                            with self._lock:
                                self._cycles += found
                    waiting.put((time.monotonic() + self.delay_s, chunk))
            except OSError:
                pass
            waiting.put((0.0, b""))

        def send() -> None:
            try:
                while True:
                    due, chunk = waiting.get()
                    if not chunk:
                        break
                    pause = due - time.monotonic()
                    if pause > 0:
                        time.sleep(pause)
                    target.sendall(chunk)
            except OSError:
                pass
            with contextlib.suppress(OSError):
                target.shutdown(socket.SHUT_WR)

        for work in (receive, send):
            self.start_thread(work)


class _Cycles:
    """Reads the client's side of the protocol and counts Query and Sync messages."""

    def __init__(self) -> None:
        self._buffer = b""
        self._starting = True

    def feed(self, chunk: bytes) -> int:
        self._buffer += chunk
        found = 0
        while (message := next_message(self._buffer, self._starting)) is not None:
            self._buffer = self._buffer[len(message):]
            if self._starting:
                self._starting = still_starting(message)
            elif message[:1] in (b"Q", b"S"):
                found += 1
        return found
