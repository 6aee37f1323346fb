"""Crash safety: an ingest killed midway (SIGKILL) is completed by running it again, with every
document in exactly once and all its quotes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from service.cli import main
from service.store import read_transaction
from service.store.documents import count_current, list_documents, list_versions
from service.store.quotes import quotes_of_document

DOCUMENTS = 200
KILL_AFTER_DOCUMENTS = 40
FIRST_NAMES = ("Ana", "Tom", "Mia", "Omar", "Lena", "Raj", "Sara", "Ivan", "Noor", "Paul")
LAST_NAMES = ("Lima", "Reed", "Park", "Haddad", "Novak", "Shah", "Berg", "Petrov", "Aziz")


def generated_story(number: int) -> str:
    speaker = f"{FIRST_NAMES[number % 10]} {LAST_NAMES[number // 10 % 9]}"
    return (
        f"The council met on day {number} to discuss route {number}.\n"
        f"“Route {number} will reopen within {number + 2} weeks,” transport chief {speaker} said.\n"
        f"Residents were sceptical.\n"
        f"“We have heard promise number {number} before,” said {speaker}.\n"
    )


def stories_folder(root: Path) -> Path:
    folder = root / "stories"
    folder.mkdir()
    for number in range(DOCUMENTS):
        (folder / f"story-{number:03}.txt").write_text(generated_story(number), encoding="utf-8")
    return folder


def stored_documents(engine: Engine) -> int:
    try:
        with read_transaction(engine) as connection:
            return count_current(connection)
    except OperationalError:  # no schema yet: the command is still migrating
        return 0


def ingest_killed_midway(folder: Path, engine: Engine) -> int:
    """Run ``quotecheck ingest`` as a process, SIGKILL it once some documents are in; returns
    how many were in when it died."""
    command = [str(Path(sys.executable).parent / "quotecheck"), "ingest", str(folder)]
    process = subprocess.Popen(command, env=os.environ.copy(), stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while stored_documents(engine) < KILL_AFTER_DOCUMENTS and time.monotonic() < deadline:
        time.sleep(0.05)
    process.kill()
    process.wait()
    return stored_documents(engine)


def test_an_ingest_killed_midway_is_completed_by_running_it_again(
    local_environment: dict[str, str],
    engine: Engine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = stories_folder(tmp_path)
    in_before_rerun = ingest_killed_midway(folder, engine)
    assert KILL_AFTER_DOCUMENTS <= in_before_rerun < DOCUMENTS

    assert main(["ingest", str(folder)]) == 0

    output = capsys.readouterr().out
    assert f"{DOCUMENTS - in_before_rerun:>6}  added" in output
    assert f"{in_before_rerun:>6}  unchanged (already in)" in output
    with read_transaction(engine) as connection:
        stored = list_documents(connection, before_id=None, limit=DOCUMENTS + 1)
        assert len(stored) == DOCUMENTS
        for document in stored:
            assert len(list_versions(connection, document["external_id"])) == 1
            number = int(Path(document["external_id"]).stem.removeprefix("story-"))
            quotes = quotes_of_document(connection, int(document["id"]))
            assert [q["text"] for q in quotes] == [
                f"Route {number} will reopen within {number + 2} weeks,",
                f"We have heard promise number {number} before,",
            ]
