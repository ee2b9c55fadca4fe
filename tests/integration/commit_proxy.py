"""A TCP proxy between the app and PostgreSQL that can lose the answer to a COMMIT.

Armed, it passes the client's ``COMMIT`` to the server, lets the server commit, and then
cuts the connection before the answer reaches the client: the write is stored, and the
app cannot know it. That is the moment a submission key exists for
(docs/architecture.md §9).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time

# The simple-query message psycopg sends to end a transaction: 'Q', length, "COMMIT\0".
_COMMIT = b"Q\x00\x00\x00\x0bCOMMIT\x00"


class CommitProxy:
    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self.armed = threading.Event()
        self.cut = threading.Event()
        self._open: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def lose_next_commit_answer(self) -> None:
        self.cut.clear()
        self.armed.set()

    def close(self) -> None:
        self._listener.close()
        for sock in self._open:
            with contextlib.suppress(OSError):
                sock.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.upstream_port))
            self._open += [client, server]
            line_cut = threading.Event()  # this connection's answers go nowhere
            threading.Thread(target=self._pipe, args=(client, server, line_cut, True),
                             daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, line_cut, False),
                             daemon=True).start()

    def _pipe(self, source: socket.socket, target: socket.socket, line_cut: threading.Event,
              to_server: bool) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                if to_server and self.armed.is_set() and _COMMIT in data:
                    self.armed.clear()
                    line_cut.set()
                    target.sendall(data)
                    time.sleep(0.3)  # the server commits
                    self.cut.set()
                    for sock in (source, target):
                        sock.shutdown(socket.SHUT_RDWR)
                        sock.close()
                    return
                if line_cut.is_set():
                    return
                target.sendall(data)
