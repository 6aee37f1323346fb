"""``quotecheck ingest``: files and folders in, a summary out; re-running skips what is in."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from service.cli import main
from service.store import read_transaction
from service.store.documents import list_documents, list_versions
from service.store.quotes import quotes_of_document

NINJS_ITEM = {
    "uri": "urn:newsml:example.com:rail-1",
    "headline": "Trains are back",
    "body_text": "“Trains run again on Monday,” transport minister Tom Reed said.",
    "versioncreated": "2024-05-01T10:00:00Z",
}


def mixed_folder(root: Path) -> Path:
    """Plain text, an HTML page, a ninjs item and JSON Lines with a bad line and an empty text;
    besides them a file of another kind and a hidden folder, both left out."""
    folder = root / "sources"
    (folder / "pages").mkdir(parents=True)
    (folder / "port.txt").write_text(
        "“The port reopens on Friday,” harbour master Ana Lima said.", encoding="utf-8"
    )
    (folder / "pages" / "bridge.html").write_text(
        "<html><body><nav>Home | News</nav><article><h1>Bridge</h1>"
        "<p>“We will rebuild the bridge before winter,” Mayor Jane Doe said.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (folder / "rail.json").write_text(json.dumps(NINJS_ITEM), encoding="utf-8")
    lines = [
        json.dumps({"text": "“Taxes will not rise,” said Amy Fox.", "title": "Taxes"}),
        "{not json",
        "",
        json.dumps({"text": "   "}),
        json.dumps(NINJS_ITEM | {"uri": "urn:newsml:example.com:rail-2"}),
    ]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "notes.md").write_text("not a source", encoding="utf-8")
    (folder / ".drafts").mkdir()
    (folder / ".drafts" / "unpublished.txt").write_text("“Hidden,” he said.", encoding="utf-8")
    return folder


def current_documents(engine: Engine) -> list[dict[str, Any]]:
    with read_transaction(engine) as connection:
        return [dict(row) for row in list_documents(connection, before_id=None, limit=500)]


def summary_counts(output: str) -> dict[str, int]:
    """``     4  added`` lines of the summary as {"added": 4, ...}."""
    counts = {}
    for line in output.splitlines():
        number, _, label = line.strip().partition("  ")
        if number.isdigit():
            counts[label] = int(number)
    return counts


def test_a_mixed_folder_is_ingested_and_failures_are_listed_with_their_line(
    local_environment: dict[str, str],
    engine: Engine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = mixed_folder(tmp_path)

    exit_code = main(["ingest", str(folder)])

    output = capsys.readouterr().out
    assert exit_code == 1
    assert summary_counts(output) == {
        "added": 5,
        "unchanged (already in)": 0,
        "new versions": 0,
        "failed": 2,
    }
    assert f"{folder / 'feed.jsonl'} line 2: invalid JSON" in output
    assert f"{folder / 'feed.jsonl'} line 4: text: Must contain some text." in output
    documents = {document["title"]: document for document in current_documents(engine)}
    assert set(documents) == {None, "Trains are back", "Taxes"}
    assert len(current_documents(engine)) == 5


def test_each_format_keeps_its_text_title_and_identity(
    local_environment: dict[str, str], engine: Engine, tmp_path: Path
) -> None:
    folder = mixed_folder(tmp_path)
    main(["ingest", str(folder), "--kind", "statement"])

    by_external_id = {d["external_id"]: d for d in current_documents(engine)}
    page = by_external_id[(folder / "pages" / "bridge.html").resolve().as_uri()]
    assert (
        page["text"] == "Bridge\n\n“We will rebuild the bridge before winter,” Mayor Jane Doe said."
    )
    assert page["kind"] == "statement"
    ninjs = by_external_id["urn:newsml:example.com:rail-1"]
    assert ninjs["title"] == "Trains are back" and ninjs["published_at"] is not None
    line = by_external_id[(folder / "feed.jsonl").resolve().as_uri() + "#line=1"]
    with read_transaction(engine) as connection:
        quotes = quotes_of_document(connection, int(line["id"]))
    assert [(q["text"], q["speaker_name"]) for q in quotes] == [("Taxes will not rise,", "Amy Fox")]


def test_running_again_skips_every_document_already_in(
    local_environment: dict[str, str],
    engine: Engine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = mixed_folder(tmp_path)
    main(["ingest", str(folder)])
    capsys.readouterr()

    main(["ingest", str(folder)])

    counts = summary_counts(capsys.readouterr().out)
    assert counts["added"] == 0 and counts["unchanged (already in)"] == 5
    assert len(current_documents(engine)) == 5


def test_a_changed_file_becomes_one_new_version(
    local_environment: dict[str, str],
    engine: Engine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = mixed_folder(tmp_path)
    main(["ingest", str(folder)])
    port = folder / "port.txt"
    port.write_text("“The port reopens on Monday,” harbour master Ana Lima said.", encoding="utf-8")
    capsys.readouterr()

    main(["ingest", str(folder)])

    counts = summary_counts(capsys.readouterr().out)
    assert counts["new versions"] == 1 and counts["unchanged (already in)"] == 4
    with read_transaction(engine) as connection:
        versions = list_versions(connection, port.resolve().as_uri())
    assert [(v["version"], v["is_current"]) for v in versions] == [(2, True), (1, False)]
    assert "Monday" in versions[0]["text"]


def test_clean_files_exit_zero_and_report_progress_on_stderr(
    local_environment: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text("“We are ready,” coach Mia Park said.", encoding="utf-8")

    assert main(["ingest", str(story)]) == 0

    captured = capsys.readouterr()
    assert "ingested 1/1 documents" in captured.err
    assert summary_counts(captured.out)["added"] == 1


@pytest.mark.parametrize(
    ("name", "reason"),
    [("missing.txt", "cannot read"), ("notes.md", "not a supported file")],
)
def test_a_file_that_cannot_be_ingested_fails_without_stopping_the_run(
    local_environment: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    reason: str,
) -> None:
    (tmp_path / "notes.md").write_text("notes", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("“We are ready,” coach Mia Park said.", encoding="utf-8")

    assert main(["ingest", str(tmp_path / name), str(story)]) == 1

    output = capsys.readouterr().out
    assert f"{tmp_path / name}: {reason}" in output
    assert summary_counts(output)["added"] == 1


def test_a_json_lines_feed_splits_at_newlines_only_and_a_line_of_bad_bytes_fails_alone(
    local_environment: dict[str, str],
    engine: Engine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    separated = json.dumps(
        {"text": "“Yes,” Ana Lima said.\u2028New paragraph."}, ensure_ascii=False
    )
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(
        separated.encode("utf-8") + b'\n{"text": "\xff"}\r\n' + b'{"text": "Plain words."}\n'
    )

    main(["ingest", str(feed)])

    output = capsys.readouterr().out
    assert summary_counts(output)["added"] == 2
    assert f"{feed} line 2: invalid JSON (not UTF-8)" in output
    texts = {document["text"] for document in current_documents(engine)}
    assert "“Yes,” Ana Lima said.\u2028New paragraph." in texts


def test_a_byte_order_mark_is_not_part_of_the_text(
    local_environment: dict[str, str], engine: Engine, tmp_path: Path
) -> None:
    story = tmp_path / "story.txt"
    story.write_bytes("\ufeff“We are ready,” coach Mia Park said.".encode())
    (tmp_path / "item.json").write_bytes(b"\xef\xbb\xbf" + json.dumps(NINJS_ITEM).encode())

    main(["ingest", str(tmp_path)])

    texts = sorted(document["text"] for document in current_documents(engine))
    assert texts == [NINJS_ITEM["body_text"], "“We are ready,” coach Mia Park said."]
