"""Gunicorn's sync worker with a deadline on every wait for a client.

A sync worker serves one connection at a time and blocks on it. Without a deadline, a client
that connects and then sends nothing (a browser's speculative preconnect, a half-open socket, a
stalled upload) or stops reading the answer holds its worker until gunicorn's ``timeout`` kills
the worker (60 s), and as many such clients as there are workers stop the service. Here every
read and write on a client socket gives up after ``QUOTECHECK_CLIENT_TIMEOUT_S`` seconds without
progress, the connection is closed, and the worker goes on to the next client.

The deadline is per wait, not per request: a client trickling a byte at a time is still served
as slowly as it sends. Serving the open internet wants a buffering proxy in front (README).
"""

from __future__ import annotations

import logging
import socket
from typing import Any

from gunicorn.workers.sync import SyncWorker

from service.config import Config


class ClientTimeoutSyncWorker(SyncWorker):
    """The sync worker, with ``Config.client_timeout_s`` on each client socket."""

    def init_process(self) -> None:
        self.client_timeout_s = Config.from_environment().client_timeout_s
        super().init_process()

    def handle(self, listener: Any, client: socket.socket, addr: Any) -> None:
        client.settimeout(self.client_timeout_s)
        super().handle(listener, client, addr)


class ClientTimeoutsAreInfo(logging.Filter):
    """On gunicorn's error log: gunicorn logs a socket error with its traceback; a client that
    went quiet is routine, so its record becomes one line at INFO without the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], TimeoutError):
            record.msg, record.args = "client timed out", ()
            record.levelno, record.levelname = logging.INFO, "INFO"
            record.exc_info, record.exc_text = None, None
        return True
