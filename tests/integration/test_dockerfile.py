"""The Docker image, replayed without a Docker engine (none runs here): its install steps in a
temporary venv, its entry command with its environment on loopback, then its health check."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.integration.server import call, free_port, running_server


@dataclass
class Stage:
    name: str
    instructions: list[tuple[str, str]] = field(default_factory=list)

    def all(self, keyword: str) -> list[str]:
        return [argument for word, argument in self.instructions if word == keyword]


def read_stages(dockerfile: Path) -> dict[str, Stage]:
    """Instructions of each ``FROM … AS name`` stage, continuation lines joined."""
    joined = re.sub(r"\\\n", " ", dockerfile.read_text())
    stages: dict[str, Stage] = {}
    current: Stage | None = None
    for line in joined.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        keyword, _, argument = line.partition(" ")
        if keyword.upper() == "FROM":
            current = Stage(argument.split(" AS ")[-1].strip())
            stages[current.name] = current
        elif current is not None:
            current.instructions.append((keyword.upper(), argument.strip()))
    return stages


def environment_of(stage: Stage) -> dict[str, str]:
    env: dict[str, str] = {}
    for argument in stage.all("ENV"):
        for pair in shlex.split(argument):
            name, _, value = pair.partition("=")
            env[name] = value
    return env


def copy_into(stage: Stage, destination: Path) -> None:
    """Replay the stage's COPY instructions from the repository (not those from other stages)."""
    for argument in stage.all("COPY"):
        if argument.startswith("--from"):
            continue
        *sources, target = argument.split()
        for source in sources:
            path = REPO_ROOT / source
            into_folder = target.endswith("/") or target == "." or len(sources) > 1
            goal = (
                destination / target / path.name
                if into_folder and not path.is_dir()
                else destination / target
            )
            if path.is_dir():
                shutil.copytree(path, goal, dirs_exist_ok=True)
            else:
                goal.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, goal)


@pytest.fixture(scope="module")
def stages() -> dict[str, Stage]:
    return read_stages(REPO_ROOT / "Dockerfile")


def test_image_runs_as_a_non_root_user_with_a_data_volume(stages: dict[str, Stage]) -> None:
    runtime = stages["runtime"]
    assert runtime.all("USER") and not runtime.all("USER")[-1].startswith(("root", "0"))
    assert "/data" in runtime.all("VOLUME")[0]
    assert runtime.all("ENTRYPOINT")[0].startswith("[")


def test_replayed_image_installs_starts_and_passes_its_health_check(
    stages: dict[str, Stage], tmp_path: Path
) -> None:
    build, runtime = stages["build"], stages["runtime"]
    source, app_dir, venv = tmp_path / "src", tmp_path / "app", tmp_path / "opt-venv"
    source.mkdir()
    app_dir.mkdir()
    copy_into(build, source)
    build_env = {**os.environ, **environment_of(build)}
    for command in build.all("RUN"):
        replayed = command.replace("/opt/venv", str(venv))
        replayed = re.sub(r"^python ", f"{sys.executable} ", replayed)
        subprocess.run(replayed, shell=True, cwd=source, check=True, env=build_env)
    copy_into(runtime, app_dir)

    env = {
        **environment_of(runtime),
        "PATH": f"{venv / 'bin'}:{os.environ['PATH']}",
        "HOST": "127.0.0.1",
        "PORT": str(free_port()),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'data' / 'quotecheck.db'}",
        "QUOTECHECK_SEEDS_DIR": str(app_dir / "seeds"),
        "WEB_CONCURRENCY": "1",
    }
    entrypoint = json.loads(runtime.all("ENTRYPOINT")[0])
    entrypoint[0] = str(venv / "bin" / entrypoint[0])
    with running_server(entrypoint, env, app_dir, tmp_path / "image.log") as base:
        healthcheck = json.loads(runtime.all("HEALTHCHECK")[0].split("CMD", 1)[1].strip())
        healthcheck[0] = str(venv / "bin" / healthcheck[0])
        assert subprocess.run(healthcheck, env={**os.environ, **env}, timeout=10).returncode == 0
        assert call("GET", f"{base}/v1/stats")[1]["documents"] == 1
