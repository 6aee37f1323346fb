"""Gunicorn's sync worker with a deadline on every wait for a client, and a close after the
answer that waits for the client only when it must.

A sync worker serves one connection at a time and blocks on it. Without a deadline, a client
that connects and then sends nothing (a browser's speculative preconnect, a half-open socket, a
stalled upload) or stops reading the answer holds its worker until gunicorn's ``timeout`` kills
the worker (60 s), and as many such clients as there are workers stop the service. Here every
read and write on a client socket gives up after ``QUOTECHECK_CLIENT_TIMEOUT_S`` seconds without
progress, the connection is closed, and the worker goes on to the next client.

The deadline is per wait, not per request: a client trickling a byte at a time is still served
as slowly as it sends. Serving the open internet wants a buffering proxy in front (README).

After each answer gunicorn closes the connection gracefully: it half-closes, then reads until
the client closes too (or 2 s pass), so that bytes the client sent beyond the request cannot
make the close a reset that destroys the answer in flight. That wait is a round trip to the
client, during which the worker serves no one. Here the worker lingers only when something
beyond the request may still come (its body was not read to the end, or bytes wait in the
socket), as nginx's ``lingering_close auto`` does; otherwise it closes at once.
"""

from __future__ import annotations

import logging
import socket
import ssl
from typing import Any

from gunicorn.workers.sync import SyncWorker

from service.config import Config


class ClientTimeoutSyncWorker(SyncWorker):
    """The sync worker, with ``Config.client_timeout_s`` on each client socket, closing at once
    after an answer when the client sent nothing more."""

    def init_process(self) -> None:
        self.client_timeout_s = Config.from_environment().client_timeout_s
        super().init_process()

    def handle(self, listener: Any, client: socket.socket, addr: Any) -> None:
        client.settimeout(self.client_timeout_s)
        super().handle(listener, client, addr)

    def handle_request(self, listener: Any, req: Any, client: socket.socket, addr: Any) -> None:
        super().handle_request(listener, req, client, addr)
        if _sent_nothing_more(req, client):
            # Gunicorn's graceful close then finds the socket closed and returns at once.
            client.close()


def _sent_nothing_more(req: Any, client: socket.socket) -> bool:
    """Whether the client has sent nothing beyond the request just answered: its body read to
    the end and no byte waiting in the socket. The socket is made non-blocking first, so
    neither look waits for the client."""
    if isinstance(client, ssl.SSLSocket):
        return False
    client.setblocking(False)
    try:
        if req.body.read(1):
            return False
    except Exception:  # not read to the end, or unsure: linger as gunicorn does
        return False
    try:
        return not client.recv(1, socket.MSG_PEEK)
    except BlockingIOError:
        return True
    except OSError:
        return False


class ClientTimeoutsAreInfo(logging.Filter):
    """On gunicorn's error log: gunicorn logs a socket error with its traceback; a client that
    went quiet is routine, so its record becomes one line at INFO without the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], TimeoutError):
            record.msg, record.args = "client timed out", ()
            record.levelno, record.levelname = logging.INFO, "INFO"
            record.exc_info, record.exc_text = None, None
        return True
