"""The benchmark's two verifying copies: separate processes, run together, gone afterwards."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.cores import twin_verifiers


def _recording_pid(folder: Path) -> Callable[[str], None]:
    def verify(quote: str) -> None:
        (folder / f"{os.getpid()}-{quote}").touch()

    return verify


def test_each_round_runs_two_forked_copies_and_reports_their_combined_rate(
    tmp_path: Path,
) -> None:
    with twin_verifiers(_recording_pid(tmp_path), ["a", "b"], 0.05, lambda: None) as rate:
        for path in tmp_path.iterdir():
            path.unlink()  # the warm-up run's marks
        combined = rate()
    pids = {path.name.split("-")[0] for path in tmp_path.iterdir()}
    assert len(pids) == 2
    assert str(os.getpid()) not in pids
    # Both copies cycled through the quotes, and the rate counts what they verified.
    assert {path.name.split("-")[1] for path in tmp_path.iterdir()} == {"a", "b"}
    assert combined > 0


def test_the_copies_are_reaped_when_the_block_ends(tmp_path: Path) -> None:
    with twin_verifiers(_recording_pid(tmp_path), ["a"], 0.01, lambda: None) as rate:
        rate()
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def test_after_fork_runs_in_each_copy_before_it_verifies(tmp_path: Path) -> None:
    marks = tmp_path / "marks"
    marks.mkdir()

    def after_fork() -> None:
        (marks / f"forked-{os.getpid()}").touch()

    with twin_verifiers(_recording_pid(tmp_path), ["a"], 0.01, after_fork):
        pass
    forked = {path.name.split("-")[1] for path in marks.iterdir()}
    verified = {path.name.split("-")[0] for path in tmp_path.iterdir() if path.name != "marks"}
    assert forked == verified and len(forked) == 2
