"""``--url``: the same commands against a running service (started with ``quotecheck serve``)
give the same output as against the local database."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

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


def test_keys_made_with_the_command_line_open_a_service_that_requires_them(
    local_environment: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    created, printed = run(["keys", "create", "copy-desk", "--role", "read"], capsys)
    key = printed.strip()
    assert created == 0 and key.startswith("qc_")
    env = {
        "HOST": "127.0.0.1",
        "PORT": str(free_port()),
        "WEB_CONCURRENCY": "1",
        "QUOTECHECK_REQUIRE_KEYS": "true",
        **local_environment,
    }
    command = [str(Path(sys.executable).parent / "quotecheck"), "serve"]
    with running_server(command, env, REPO_ROOT, tmp_path / "keyed.log") as url:
        monkeypatch.setenv("QUOTECHECK_API_KEY", "qc_0000_wrong")
        assert main(["verify", "anything at all", "--url", url]) == 1
        assert "401 Unauthorized: check QUOTECHECK_API_KEY" in capsys.readouterr().err
        monkeypatch.setenv("QUOTECHECK_API_KEY", key)
        assert main(["verify", "anything at all", "--url", url]) == 2  # answered: not_found
    listed = run(["keys", "list"], capsys)[1]
    assert "copy-desk\tread" in listed and key not in listed
    assert run(["keys", "revoke", "copy-desk"], capsys)[0] == 0
    assert "revoked" in run(["keys", "list"], capsys)[1]


def test_an_unreachable_service_is_an_error_with_exit_code_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"http://127.0.0.1:{free_port()}"

    assert main(["verify", "anything", "--url", url]) == 1
    assert f"quotecheck verify: cannot reach {url}: " in capsys.readouterr().err
