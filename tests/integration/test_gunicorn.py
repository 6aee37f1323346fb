"""The service under a real gunicorn process, started as ``make run`` starts it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT
from tests.integration.server import call, free_port, running_server


def test_gunicorn_serves_the_seed_corpus_and_the_document_lifecycle(
    tmp_path: Path, database_url: str
) -> None:
    env = {
        "HOST": "127.0.0.1",
        "PORT": str(free_port()),
        "WEB_CONCURRENCY": "2",
        "DATABASE_URL": database_url,
        "QUOTECHECK_SEEDS_DIR": str(REPO_ROOT / "seeds"),
    }
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    command = [gunicorn, "--config", "gunicorn.conf.py"]
    with running_server(command, env, REPO_ROOT, tmp_path / "gunicorn.log") as base:
        status, stats = call("GET", f"{base}/v1/stats")
        assert status == 200 and stats["documents"] == 1 and stats["quotes"] > 0

        text = "“The port reopens on Friday,” harbour master Ana Lima said."
        status, created = call("POST", f"{base}/v1/documents", {"text": text, "kind": "statement"})
        assert status == 201 and created["quotes"][0]["text"] == "The port reopens on Friday,"

        listed = call("GET", f"{base}/v1/documents")[1]["items"]
        assert listed[0]["id"] == created["id"] and len(listed) == 2
        assert call("GET", f"{base}/v1/documents/{created['id']}")[1]["text"] == text

        assert call("DELETE", f"{base}/v1/documents/{created['id']}")[0] == 204
        assert call("GET", f"{base}/v1/documents/{created['id']}")[0] == 404
        assert call("GET", f"{base}/v1/stats")[1]["documents"] == 1
    lines = (tmp_path / "gunicorn.log").read_text().splitlines()
    logged = [json.loads(line) for line in lines]  # every line is JSON, gunicorn's too
    served = [entry for entry in logged if entry.get("message") == "request"]
    assert len(served) >= 8  # the seven calls above and at least one health check
    assert not [entry for entry in logged if entry["logger"] == "gunicorn.access"]  # no twin
