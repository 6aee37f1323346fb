"""Operating the service under gunicorn: JSON logs carrying the request id it answers with in
X-Request-ID, health and readiness probes, and a SIGTERM that lets requests in flight finish."""

from __future__ import annotations

import json
import socket
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from tests.integration.server import call
from tests.reliability.gunicorn import Gunicorn, running_gunicorn, start_gunicorn
from tests.reliability.traffic import story

SIGNAL_LOG_DEADLINE_S = 30
# Time for the master to pass SIGTERM on to its worker; if it is too short the request merely
# finishes before the worker hears of the shutdown, and the test proves less, never fails.
SIGNAL_DELIVERY_S = 1.0


def test_every_log_line_is_json_and_names_the_request_id_answered(
    tmp_path: Path, database_url: str
) -> None:
    with running_gunicorn(database_url, tmp_path, workers=2) as server:
        request = urllib.request.Request(
            f"{server.base_url}/v1/stats", headers={"X-Request-ID": "desk-7.check"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.headers["X-Request-ID"] == "desk-7.check"
        assert call("GET", f"{server.base_url}/healthz") == (
            200,
            {"status": "ok", "database": "ok"},
        )
        status, ready = call("GET", f"{server.base_url}/readyz")
        assert status == 200 and ready["status"] == "ready"
        assert server.terminate() == 0
        lines = [json.loads(line) for line in server.log().splitlines() if line.strip()]
    served = [line for line in lines if line.get("request_id") == "desk-7.check"]
    assert [(line["method"], line["path"], line["status"]) for line in served] == [
        ("GET", "/v1/stats", 200)
    ]


def send_headers_and_wait_for_continue(server: Gunicorn, body: bytes) -> socket.socket:
    """Open a request whose body is held back: gunicorn's ``100 Continue`` shows a worker has
    taken it and is waiting for the body inside the request."""
    address = urlsplit(server.base_url)
    connection = socket.create_connection((address.hostname, address.port), timeout=60)
    connection.sendall(
        b"POST /v1/verify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Content-Length: %d\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n" % len(body)
    )
    assert connection.recv(1024).startswith(b"HTTP/1.1 100")
    return connection


def wait_for_log(server: Gunicorn, words: str) -> None:
    deadline = time.monotonic() + SIGNAL_LOG_DEADLINE_S
    while words not in server.log():
        assert time.monotonic() < deadline, f"{words!r} never logged"
        time.sleep(0.05)


def read_response(connection: socket.socket) -> tuple[int, dict]:
    raw = b""
    while chunk := connection.recv(65536):
        raw += chunk
    head, _, body = raw.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body)


def test_sigterm_lets_the_request_in_flight_finish(tmp_path: Path, database_url: str) -> None:
    server = start_gunicorn(database_url, tmp_path, workers=1, name="graceful")
    told = story(0, 0)
    assert call("POST", f"{server.base_url}/v1/documents", {"text": told.text})[0] == 201
    body = json.dumps({"quote": told.claim, "speaker": told.speaker}).encode()

    with send_headers_and_wait_for_continue(server, body) as in_flight:
        server.process.terminate()
        wait_for_log(server, "Handling signal: term")
        time.sleep(SIGNAL_DELIVERY_S)
        in_flight.sendall(body)
        status, result = read_response(in_flight)

    assert (status, result["verdict"]) == (200, "verified")
    assert server.process.wait(timeout=60) == 0
    records = server.records()
    signal_at = next(at for at, r in enumerate(records) if r["message"] == "Handling signal: term")
    assert any(r.get("path") == "/v1/verify" for r in records[signal_at:])
    assert server.errors() == []
