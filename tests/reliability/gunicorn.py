"""Gunicorn as ``make run`` starts it, in its own process group so a test can SIGTERM it or
SIGKILL the master and every worker at once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.conftest import REPO_ROOT
from tests.integration.server import call, free_port

STARTUP_DEADLINE_S = 90
STOP_DEADLINE_S = 60


@dataclass
class Gunicorn:
    process: subprocess.Popen[bytes]
    base_url: str
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def records(self) -> list[dict[str, Any]]:
        """The log's lines as JSON records, in order; a line that is not JSON (a traceback
        printed past the loggers) counts as a record at level "unparsed"."""
        return [_record(line) for line in self.log().splitlines() if line.strip()]

    def errors(self) -> list[dict[str, Any]]:
        return [record for record in self.records() if record["level"] in ("error", "unparsed")]

    def terminate(self) -> int:
        """SIGTERM to the master (a graceful shutdown); its exit status."""
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=STOP_DEADLINE_S)

    def kill_everything(self) -> None:
        """SIGKILL to the master and every worker at once: a crash, nothing cleans up."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=STOP_DEADLINE_S)


def start_gunicorn(database_url: str, folder: Path, workers: int, name: str) -> Gunicorn:
    """Serve ``database_url`` (no seeds) on a free loopback port; return once /healthz is 200."""
    no_seeds = folder / "no-seeds"
    no_seeds.mkdir(exist_ok=True)
    port = free_port()
    env = {
        **os.environ,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": str(workers),
        "DATABASE_URL": database_url,
        "QUOTECHECK_SEEDS_DIR": str(no_seeds),
    }
    log_path = folder / f"{name}.log"
    command = [str(Path(sys.executable).parent / "gunicorn"), "--config", "gunicorn.conf.py"]
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            command,
            env=env,
            cwd=REPO_ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = Gunicorn(process, f"http://127.0.0.1:{port}", log_path)
    _wait_until_healthy(server)
    return server


@contextmanager
def running_gunicorn(
    database_url: str, folder: Path, workers: int, name: str = "gunicorn"
) -> Iterator[Gunicorn]:
    server = start_gunicorn(database_url, folder, workers, name)
    try:
        yield server
    finally:
        if server.process.poll() is None:
            try:
                server.terminate()
            except subprocess.TimeoutExpired:
                server.kill_everything()


def _wait_until_healthy(server: Gunicorn) -> None:
    deadline = time.monotonic() + STARTUP_DEADLINE_S
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"gunicorn exited early:\n{server.log()}")
        try:
            if call("GET", f"{server.base_url}/healthz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    server.kill_everything()
    raise RuntimeError(f"gunicorn not healthy in time:\n{server.log()}")


def _record(line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except ValueError:
        return {"level": "unparsed", "message": line}
    return record if isinstance(record, dict) else {"level": "unparsed", "message": line}
