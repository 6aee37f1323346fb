"""Clients that go quiet do not hold gunicorn's sync workers (service/client_timeout.py)."""

from __future__ import annotations

import json
import socket
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

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
