"""Clients that go quiet, or keep their connection open after the answer, do not hold
gunicorn's sync workers (service/client_timeout.py)."""

from __future__ import annotations

import inspect
import json
import socket
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from gunicorn import util

from tests.conftest import REPO_ROOT
from tests.integration.server import free_port, running_server

WORKERS = 2
# Well under gunicorn's own worker timeout (60 s), which would free the workers anyway.
ANSWER_WITHIN_S = 20


@contextmanager
def _served(tmp_path: Path) -> Iterator[tuple[str, int]]:
    port = free_port()
    env = {
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": str(WORKERS),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'quotecheck.db'}",
        "QUOTECHECK_SEEDS_DIR": str(REPO_ROOT / "seeds"),
        "QUOTECHECK_CLIENT_TIMEOUT_S": "1",
    }
    command = [str(Path(sys.executable).parent / "gunicorn"), "--config", "gunicorn.conf.py"]
    with running_server(command, env, REPO_ROOT, tmp_path / "gunicorn.log") as base:
        yield base, port


def _logged(tmp_path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (tmp_path / "gunicorn.log").read_text().splitlines()]


def test_connections_that_send_nothing_are_closed_and_the_service_answers(
    tmp_path: Path,
) -> None:
    with _served(tmp_path) as (base, port), ExitStack() as idle:
        # More silent connections than workers: without a deadline every worker would wait on
        # one of them until gunicorn killed it.
        for _ in range(WORKERS * 2):
            idle.enter_context(socket.create_connection(("127.0.0.1", port)))
        with urllib.request.urlopen(f"{base}/v1/stats", timeout=ANSWER_WITHIN_S) as response:
            assert response.status == 200
    logged = _logged(tmp_path)
    timed_out = [entry for entry in logged if entry.get("message") == "client timed out"]
    assert timed_out and all(entry["level"] == "info" for entry in timed_out)
    assert not [entry for entry in logged if "Socket error" in str(entry.get("message"))]
    assert "Traceback" not in (tmp_path / "gunicorn.log").read_text()


def test_a_stalled_upload_gets_a_408_and_the_service_answers(tmp_path: Path) -> None:
    with _served(tmp_path) as (base, port), ExitStack() as stalled:
        uploads = [
            stalled.enter_context(socket.create_connection(("127.0.0.1", port)))
            for _ in range(WORKERS * 2)
        ]
        for upload in uploads:
            upload.sendall(
                b"POST /v1/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b'Content-Length: 100\r\n\r\n{"quote": '
            )
        with urllib.request.urlopen(f"{base}/v1/stats", timeout=ANSWER_WITHIN_S) as response:
            assert response.status == 200
        for upload in uploads:
            upload.settimeout(ANSWER_WITHIN_S)
            head, _, body = _whole_answer(upload).partition(b"\r\n\r\n")
            assert head.startswith(b"HTTP/1.1 408") and b"application/problem+json" in head
            assert json.loads(body)["errors"] == {"body": ["Incomplete request body."]}
    assert "Traceback" not in (tmp_path / "gunicorn.log").read_text()


def _whole_answer(connection: socket.socket) -> bytes:
    received = b""
    while chunk := connection.recv(4096):
        received += chunk
    return received


# Gunicorn's graceful close waits this long at most for a client to close after its answer.
GUNICORN_LINGER_S = inspect.signature(util.close_graceful).parameters["timeout"].default
HEALTH_REQUEST = b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
# Within what gunicorn drains before it closes (64 KiB), beyond what it reads ahead (8 KiB).
UNREAD_BYTES = 32 * 1024


def test_clients_that_keep_their_connection_open_after_the_answer_do_not_hold_the_workers(
    tmp_path: Path,
) -> None:
    with _served(tmp_path) as (base, port), ExitStack() as lingering:
        # As many clients as workers read their whole answer and then neither send nor close.
        for _ in range(WORKERS):
            client = lingering.enter_context(socket.create_connection(("127.0.0.1", port)))
            client.sendall(HEALTH_REQUEST)
            client.settimeout(ANSWER_WITHIN_S)
            assert _whole_answer(client).startswith(b"HTTP/1.1 200")
        # A worker waiting for one of them to close would answer only after gunicorn's linger.
        with urllib.request.urlopen(f"{base}/v1/stats", timeout=GUNICORN_LINGER_S / 2) as response:
            assert response.status == 200


def test_a_client_that_sent_more_than_its_request_gets_its_whole_answer(tmp_path: Path) -> None:
    with (
        _served(tmp_path) as (_base, port),
        socket.create_connection(("127.0.0.1", port)) as client,
    ):
        # Bytes beyond the request (say, a pipelined upload) that the sync worker will not read,
        # more than it reads ahead: closing with them unread would reset the connection and
        # could destroy the answer in flight.
        client.sendall(HEALTH_REQUEST + b"POST / HTTP/1.1\r\n" + b"x" * UNREAD_BYTES)
        client.settimeout(ANSWER_WITHIN_S)
        head, _, body = _whole_answer(client).partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    length = next(
        int(line.split(b":")[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length")
    )
    assert len(body) == length and json.loads(body)
