"""Soak test: gunicorn (2 workers) on a throw-away SQLite database on loopback, under a mixed
load of ingest, verify, check and list requests from a pool of client threads.

Prints one JSON line (requests, errors, p50/p95/p99 latency in ms, documents acknowledged
with a 201 and documents present afterwards) and exits non-zero when any request failed or an
acknowledged document is missing.

    python -m bench.soak                  # 60 s, 8 clients
    python -m bench.soak --seconds 10 --clients 4
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
STARTUP_DEADLINE_S = 90
REQUEST_TIMEOUT_S = 60
PLACES = "harbour bridge library tram school clinic market canal stadium ferry museum".split()
SPEAKERS = ["Ana Lima", "Jane Doe", "Omar Haddad", "Wei Chen", "Sofia Rossi", "Kwame Mensah"]


@dataclass
class Tally:
    """Every request's latency and outcome, and the documents acknowledged, across threads."""

    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    acknowledged: dict[int, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)


class Client:
    def __init__(self, base_url: str, tally: Tally, number: int) -> None:
        self.base_url = base_url
        self.tally = tally
        self.number = number
        self.sent = 0
        self.pick = random.Random(number)

    def request(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        """One request on a fresh connection; a non-2xx status or a broken connection is an
        error."""
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(f"{self.base_url}{path}", data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        started = time.perf_counter()
        status, payload, failure = 0, None, None
        try:
            with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT_S) as response:
                status, payload = response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            status, failure = error.code, f"{method} {path}: {error.code} {error.read()[:300]!r}"
        except OSError as error:
            failure = f"{method} {path}: {error!r}"
        with self.tally.lock:
            self.tally.latencies_ms.append((time.perf_counter() - started) * 1000)
            if failure:
                self.tally.errors.append(failure)
        return status, payload

    def ingest(self) -> None:
        self.sent += 1
        tag = f"soak{self.number}x{self.sent}"
        place = self.pick.choice(PLACES)
        speaker = self.pick.choice(SPEAKERS)
        claim = f"The {place} works {tag} will be finished before winter"
        text = f"“{claim},” {speaker} said. “We counted {self.sent} repairs,” she added."
        status, created = self.request("POST", "/v1/documents", {"text": text})
        if status == 201:
            with self.tally.lock:
                self.tally.acknowledged[created["id"]] = claim

    def verify(self) -> None:
        with self.tally.lock:
            claims = list(self.tally.acknowledged.values())
        claim = self.pick.choice(claims) if claims else "Nothing has been said yet"
        self.request("POST", "/v1/verify", {"quote": claim})

    def check(self) -> None:
        with self.tally.lock:
            claims = list(self.tally.acknowledged.values())
        claim = self.pick.choice(claims) if claims else "Nothing has been said yet"
        self.request("POST", "/v1/check", {"text": f"“{claim},” the mayor said on Monday."})

    def list_documents(self) -> None:
        self.request("GET", "/v1/documents?limit=20")

    def run(self, until: float) -> None:
        mix: list[Callable[[], None]] = [self.ingest, self.verify, self.verify, self.check]
        mix.append(self.list_documents)
        while time.monotonic() < until:
            self.pick.choice(mix)()


def free_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_gunicorn(folder: Path) -> tuple[subprocess.Popen[bytes], str, Path]:
    port = free_loopback_port()
    env = {
        **os.environ,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": "2",
        "DATABASE_URL": f"sqlite:///{folder / 'soak.db'}",
        "QUOTECHECK_SEEDS_DIR": str(REPO_ROOT / "seeds"),
    }
    log_path = folder / "gunicorn.log"
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [gunicorn, "--config", "gunicorn.conf.py"],
            env=env,
            cwd=REPO_ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_DEADLINE_S
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(f"{base_url}/readyz", timeout=5) as response:
                if response.status == 200:
                    return process, base_url, log_path
        except OSError:
            time.sleep(0.2)
    os.killpg(process.pid, signal.SIGKILL)
    raise SystemExit(f"gunicorn did not start:\n{log_path.read_text(errors='replace')}")


def documents_present(base_url: str, tally: Tally) -> int:
    checker = Client(base_url, Tally(), -1)
    return sum(
        checker.request("GET", f"/v1/documents/{document_id}")[0] == 200
        for document_id in tally.acknowledged
    )


def soak(seconds: float, clients: int) -> dict[str, Any]:
    tally = Tally()
    with tempfile.TemporaryDirectory(prefix="quotecheck-soak-") as folder:
        process, base_url, log_path = start_gunicorn(Path(folder))
        try:
            until = time.monotonic() + seconds
            threads = [
                threading.Thread(target=Client(base_url, tally, number).run, args=(until,))
                for number in range(clients)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            present = documents_present(base_url, tally)
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=60)
        locked = "database is locked" in log_path.read_text(errors="replace")
    percentiles = statistics.quantiles(tally.latencies_ms, n=100, method="inclusive")
    return {
        "seconds": seconds,
        "clients": clients,
        "requests": len(tally.latencies_ms),
        "errors": len(tally.errors),
        "p50_ms": round(percentiles[49], 1),
        "p95_ms": round(percentiles[94], 1),
        "p99_ms": round(percentiles[98], 1),
        "documents_acknowledged": len(tally.acknowledged),
        "documents_present": present,
        "database_locked_in_log": locked,
        "first_errors": tally.errors[:5],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=8)
    arguments = parser.parse_args()
    result = soak(arguments.seconds, arguments.clients)
    print(json.dumps(result))
    healthy = (
        result["errors"] == 0
        and result["documents_acknowledged"] == result["documents_present"]
        and not result["database_locked_in_log"]
    )
    sys.exit(0 if healthy else 1)


if __name__ == "__main__":
    main()
