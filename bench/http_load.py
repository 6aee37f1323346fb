"""HTTP measurements: a gunicorn process on loopback, loaded by wrk with a bounded run."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUNICORN = str(Path(sys.executable).parent / "gunicorn")

# wrk sends the bodies in turn and prints the 50th/95th/99th percentile latency at the end.
# Each thread formats its requests once: the client's own CPU comes out of the two cores the
# server is measured on.
WRK_SCRIPT = """
local requests = {}
local n = 0
init = function(args)
  local headers = {["Content-Type"] = "application/json"}
  for line in io.lines("%(bodies)s") do
    requests[#requests + 1] = wrk.format("POST", nil, headers, line)
  end
end
request = function()
  n = n %% #requests + 1
  return requests[n]
end
done = function(summary, latency, requests)
  io.write(string.format("PERCENTILES %%f %%f %%f\\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
  io.write(string.format("ERRORS %%d\\n", summary.errors.status + summary.errors.connect
    + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def gunicorn(
    app: str,
    workers: int,
    env: dict[str, str],
    service_settings: bool = False,
    root: Path = ROOT,
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Serve ``app`` (a WSGI path) with ``workers`` workers, under the service's gunicorn
    settings (index loaded in the master, JSON logs) or none; yields (base URL, master).
    ``root`` is the source tree served: this one, or another checkout of the project."""
    port = free_port()
    # An empty config file, or gunicorn would read the service's gunicorn.conf.py.
    command = [
        GUNICORN,
        "--config",
        "/dev/null",
        "--workers",
        str(workers),
        "--bind",
        f"127.0.0.1:{port}",
        app,
    ]
    if service_settings:
        command = [GUNICORN, "--config", "gunicorn.conf.py", app]
    full_env = {
        **os.environ,
        # The tree's own packages before the installed ones.
        "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])),
        **env,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": str(workers),
    }
    log = tempfile.NamedTemporaryFile(prefix="gunicorn-", suffix=".log")
    master = subprocess.Popen(command, cwd=root, env=full_env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(base, master)
        yield base, master
    finally:
        master.send_signal(signal.SIGTERM)
        master.wait(timeout=60)
        log.close()


def _wait_ready(base: str, master: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if master.poll() is not None:
            raise RuntimeError("gunicorn exited before it was ready")
        try:
            with urllib.request.urlopen(f"{base}/readyz", timeout=5):
                return
        except urllib.error.HTTPError:
            return  # answering, if not with a readiness page (the bare endpoint)
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn not ready in time")


def wrk(
    base: str, bodies: Sequence[dict[str, object]], seconds: int = 10, connections: int = 8
) -> dict[str, float]:
    """Requests/s, latency percentiles (ms) and errors of a bounded wrk run on POST /v1/verify."""
    with tempfile.TemporaryDirectory() as folder:
        bodies_path = Path(folder) / "bodies.jsonl"
        bodies_path.write_text("\n".join(json.dumps(body) for body in bodies) + "\n")
        script = Path(folder) / "verify.lua"
        script.write_text(WRK_SCRIPT % {"bodies": bodies_path})
        command = [
            "wrk",
            "-t",
            "2",
            "-c",
            str(connections),
            "-d",
            f"{seconds}s",
            "-s",
            str(script),
            f"{base}/v1/verify",
        ]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    p50, p95, p99 = (float(x) for x in re.search(r"PERCENTILES (\S+) (\S+) (\S+)", output).groups())  # type: ignore[union-attr]
    errors = int(re.search(r"ERRORS (\d+)", output).group(1))  # type: ignore[union-attr]
    return {"rps": rate, "p50_ms": p50, "p95_ms": p95, "p99_ms": p99, "errors": errors}


def worker_ready_s(master: subprocess.Popen[bytes]) -> float:
    """The slowest worker's time from fork to ready, as the workers logged it."""
    log_path = Path(f"/proc/{master.pid}/fd/1").resolve()
    seconds = [
        json.loads(line)["seconds"]
        for line in log_path.read_text(errors="replace").splitlines()
        if '"worker ready"' in line
    ]
    return max(seconds)


def worker_rss_mb(master: subprocess.Popen[bytes]) -> float:
    """The largest resident memory among the master's workers, in MB."""
    children = Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text().split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024)  # type: ignore[union-attr]
    return round(max(sizes), 1)


def post_json(url: str, body: dict[str, object]) -> tuple[float, dict[str, object]]:
    """Milliseconds taken and the decoded answer of one POST."""
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST")
    request.add_header("Content-Type", "application/json")
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:
        answer = json.loads(response.read())
    return (time.perf_counter() - started) * 1000, answer
