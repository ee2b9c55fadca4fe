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
import struct
import threading
import time

_SSL_REQUEST, _GSSENC_REQUEST = 80877103, 80877104
_POLL_S = 0.2


class LatencyProxy:
    """Listens on a free loopback port and relays each connection to ``port`` with
    ``delay_s`` added in each direction (the round trip gains twice that)."""

    def __init__(self, port: int, delay_s: float = 0.0) -> None:
        self.delay_s = delay_s
        self._target = ("127.0.0.1", port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(_POLL_S)
        self.port: int = self._listener.getsockname()[1]
        self._cycles = 0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._sockets: list[socket.socket] = []
        accept = threading.Thread(target=self._accept, daemon=True)
        self._threads = [accept]
        accept.start()

    def url(self, url: str) -> str:
        """``url`` (a server's address on 127.0.0.1) pointed at this relay instead."""
        host, rest = url.split("@127.0.0.1:", 1)
        return f"{host}@127.0.0.1:{self.port}/{rest.split('/', 1)[1]}"

    @property
    def cycles(self) -> int:
        with self._lock:
            return self._cycles

    def stop(self) -> None:
        self._stopping.set()
        for sock in list(self._sockets):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(5)
        self._listener.close()
        for sock in self._sockets:
            sock.close()

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
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._sockets += [client, server]
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
            thread = threading.Thread(target=work, daemon=True)
            self._threads.append(thread)
            thread.start()


class _Cycles:
    """Reads the client's side of the protocol and counts Query and Sync messages."""

    def __init__(self) -> None:
        self._buffer = b""
        self._starting = True

    def feed(self, chunk: bytes) -> int:
        self._buffer += chunk
        found = 0
        while True:
            head = 0 if self._starting else 1
            if len(self._buffer) < head + 4:
                return found
            (length,) = struct.unpack("!I", self._buffer[head:head + 4])
            end = head + length
            if len(self._buffer) < end:
                return found
            message, self._buffer = self._buffer[:end], self._buffer[end:]
            if self._starting:
                code = struct.unpack("!I", message[4:8])[0] if len(message) >= 8 else 0
                self._starting = code in (_SSL_REQUEST, _GSSENC_REQUEST)
            elif message[:1] in (b"Q", b"S"):
                found += 1
