"""``quotecheck verify`` and ``quotecheck check`` on the seed article, as a reader and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.cli import main
from tests.cli.drafts import MISATTRIBUTED_QUOTE, misattributed_draft
from tests.conftest import SEED_FILE
from tests.integration.server import free_port


def test_verify_reports_a_misattribution_with_the_source_and_its_speaker(
    seeded_environment: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    exit_code = main(["verify", MISATTRIBUTED_QUOTE, "--speaker", "Xi Jinping"])

    report = capsys.readouterr().out
    assert exit_code == 2
    assert report.startswith("MISATTRIBUTED (score 100.0")
    assert "Claimed: Xi Jinping" in report
    assert "said by Blinken, in “untitled” (document 1)" in report
    assert "Blinken told reporters" in report


def test_verify_names_each_typed_change(
    seeded_environment: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    main(["verify", "China really wants to be the center of the election campaign"])

    report = capsys.readouterr().out
    assert report.startswith("ALTERED")
    assert "Change:  negation: “wants” where the source has “doesn’t want”" in report


def test_verify_says_which_sentence_the_claim_moved(
    seeded_environment: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    claim = (
        "The US side should not lump it together. Ukraine is not an issue between China and the US."
    )
    main(["verify", claim])

    report = capsys.readouterr().out
    assert report.startswith("ALTERED")
    assert (
        "Change:  order: “Ukraine is not an issue between China and the US.” stands elsewhere "
        "in the source, as “Ukraine “is not an issue between China and the US”"
    ) in report


def test_verify_as_json_gives_the_api_verification(
    seeded_environment: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    exit_code = main(["verify", MISATTRIBUTED_QUOTE, "--speaker", "Blinken", "--json"])

    result = json.loads(capsys.readouterr().out)
    assert exit_code == 0
    assert result["verdict"] == "verified" and result["speaker_match"] is True
    assert result["match"]["speaker"]["name"] == "Blinken"
    assert result["match"]["document"]["id"] == 1


def test_check_lists_each_quote_with_claimed_and_source_speaker_and_exits_2(
    seeded_environment: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exit_code = main(["check", str(misattributed_draft(tmp_path))])

    report = capsys.readouterr().out
    assert exit_code == 2
    first_quote = report.splitlines()[:2]
    assert first_quote[0].startswith("  1. misattributed    “When it comes to Russia’s")
    assert first_quote[1] == "     claimed: Xi Jinping   source: Blinken"
    assert report.splitlines()[-1] == "11 quotes: 1 misattributed, 10 verified"


def test_check_as_json_gives_offsets_into_the_draft_and_the_counts(
    seeded_environment: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = misattributed_draft(tmp_path)

    main(["check", str(draft), "--json"])

    checked = json.loads(capsys.readouterr().out)
    assert checked["summary"] == {"misattributed": 1, "verified": 10}
    text = draft.read_text(encoding="utf-8")
    for quote in checked["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert quote["verification_id"] == quote["result"]["verification_id"]


def test_check_names_the_changes_to_an_altered_quote(
    seeded_environment: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "“China really wants to be the center of the election campaign,” Bonnie Glaser said.",
        encoding="utf-8",
    )

    assert main(["check", str(draft)]) == 2

    report = capsys.readouterr().out.splitlines()
    assert report[0].startswith("  1. altered")
    assert report[1] == "     claimed: Bonnie Glaser   source: Bonnie Glaser"
    assert report[2] == "     change: negation: “wants” where the source has “doesn’t want”"


def test_check_of_an_accurate_draft_exits_0(
    seeded_environment: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(SEED_FILE)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "11 quotes: 11 verified"


def test_check_reads_an_html_draft_as_its_text(
    seeded_environment: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "draft.html"
    page.write_text(
        f"<article><p>“{MISATTRIBUTED_QUOTE},” Xi Jinping said.</p></article>", encoding="utf-8"
    )

    assert main(["check", str(page), "--format", "html", "--json"]) == 2

    checked = json.loads(capsys.readouterr().out)
    assert checked["text"] == f"“{MISATTRIBUTED_QUOTE},” Xi Jinping said."
    assert checked["summary"] == {"misattributed": 1}


def test_a_draft_without_text_is_refused_with_exit_code_1(
    seeded_environment: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n", encoding="utf-8")

    assert main(["check", str(blank)]) == 1
    assert "text: Must contain some text." in capsys.readouterr().err


def test_a_usage_mistake_exits_1_so_that_2_always_means_not_verified(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check", "draft.txt", "--format", "pdf"])
    assert exited.value.code == 1
    assert "invalid choice: 'pdf'" in capsys.readouterr().err


def test_an_unreachable_database_is_an_error_with_exit_code_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"postgresql+psycopg://nobody@127.0.0.1:{free_port()}/x")

    assert main(["verify", MISATTRIBUTED_QUOTE]) == 1
    assert "quotecheck verify: database error: connection failed" in capsys.readouterr().err
