"""``--url``: the same commands against a running service (started with ``quotecheck serve``)
give the same output as against the local database."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread

import pytest

from service.cli import main
from tests.cli.drafts import misattributed_draft
from tests.cli.test_ingest import mixed_folder
from tests.conftest import REPO_ROOT, SEEDS_DIR
from tests.integration.server import free_port, running_server


@pytest.fixture
def service_url(tmp_path: Path) -> Iterator[str]:
    """A gunicorn service on its own seeded SQLite database."""
    env = {
        "HOST": "127.0.0.1",
        "PORT": str(free_port()),
        "WEB_CONCURRENCY": "1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'served' / 'quotecheck.db'}",
        "QUOTECHECK_SEEDS_DIR": str(SEEDS_DIR),
    }
    command = [str(Path(sys.executable).parent / "quotecheck"), "serve"]
    with running_server(command, env, REPO_ROOT, tmp_path / "serve.log") as url:
        yield url


def run(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    exit_code = main(arguments)
    return exit_code, capsys.readouterr().out


def test_check_gives_the_same_result_locally_and_over_http(
    seeded_environment: dict[str, str],
    service_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    draft = str(misattributed_draft(tmp_path))
    for output_format in ([], ["--json"]):
        local = run(["check", draft, *output_format], capsys)
        remote = run(["check", draft, *output_format, "--url", service_url], capsys)
        assert remote == local
        assert local[0] == 2


def test_ingest_gives_the_same_summary_locally_and_over_http(
    local_environment: dict[str, str],
    service_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = str(mixed_folder(tmp_path))
    assert run(["ingest", folder, "--url", service_url], capsys) == run(["ingest", folder], capsys)
    again = run(["ingest", folder, "--url", service_url], capsys)
    assert "     5  unchanged (already in)" in again[1]


class RefusingService(BaseHTTPRequestHandler):
    """A service that wants another key: it notes the key sent and answers 401."""

    keys_sent: list[str | None] = []

    def do_POST(self) -> None:
        self.keys_sent.append(self.headers.get("X-API-Key"))
        problem = {"type": "about:blank", "title": "Unauthorized", "status": 401}
        body = json.dumps(problem).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/problem+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


def test_the_api_key_is_sent_and_a_refused_key_is_named_in_the_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QUOTECHECK_API_KEY", "newsroom-key")
    with ThreadingHTTPServer(("127.0.0.1", 0), RefusingService) as server:
        Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}"
        exit_code = main(["verify", "anything", "--url", url])
        server.shutdown()

    assert exit_code == 1
    assert RefusingService.keys_sent == ["newsroom-key"]
    assert "401 Unauthorized: check QUOTECHECK_API_KEY" in capsys.readouterr().err


def test_an_unreachable_service_is_an_error_with_exit_code_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"http://127.0.0.1:{free_port()}"

    assert main(["verify", "anything", "--url", url]) == 1
    assert f"quotecheck verify: cannot reach {url}: " in capsys.readouterr().err
