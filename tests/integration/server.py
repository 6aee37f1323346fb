"""Starting a real server process for a test, and talking to it over HTTP."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

STARTUP_DEADLINE_S = 90


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_server(
    command: list[str], env: Mapping[str, str], cwd: Path, log_path: Path
) -> Iterator[str]:
    """Run ``command`` (which serves on HOST:PORT from ``env``) until the block ends."""
    base_url = f"http://{env['HOST']}:{env['PORT']}"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, env={**os.environ, **env}, cwd=cwd, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            _wait_until_healthy(base_url, process, log_path)
            yield base_url
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_healthy(base_url: str, process: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + STARTUP_DEADLINE_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited early:\n{log_path.read_text(errors='replace')}")
        try:
            if call("GET", f"{base_url}/healthz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"server not healthy in time:\n{log_path.read_text(errors='replace')}")


def call(method: str, url: str, body: Any = None) -> tuple[int, Any]:
    """Status and decoded JSON body (None when empty) of one HTTP request."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, _decode(response.read())
    except urllib.error.HTTPError as error:
        return error.code, _decode(error.read())


def _decode(raw: bytes) -> Any:
    return json.loads(raw) if raw else None
