"""Figures compare by value: money written with a symbol or a word, ordinals in digits or words."""

from __future__ import annotations

import pytest

from service.matching import Claim, SourceDocument, SourceQuote, SourceSpeaker, verify_claim
from service.matching.model import ChangeType, Thresholds, Verdict

SPEAKER = SourceSpeaker(1, "Jane Doe", "person", ("Doe",))


def _verified(spoken: str, claimed: str) -> tuple[Verdict, list[tuple[ChangeType, str, str]]]:
    text = f"“{spoken}” Jane Doe said at the hearing on Tuesday."
    quote = SourceQuote(1, 1, 1 + len(spoken), SPEAKER)
    verification = verify_claim(
        Claim(claimed, "Jane Doe"), (SourceDocument(1, text, "article", (quote,)),), Thresholds()
    )
    changes = [(c.type, c.claimed, c.source) for c in verification.changes]
    return verification.verdict, changes


@pytest.mark.parametrize(
    ("spoken", "claimed"),
    [
        ("The program cost $8 million last year.", "The program cost 8 million dollars last year."),
        ("The program cost 8 million dollars last year.", "The program cost $8 million last year."),
        ("The fund lost £5 million in the crash.", "The fund lost 5 million pounds in the crash."),
        ("It was worth €20 to the families here.", "It was worth 20 euros to the families here."),
        ("We finished in third place this year.", "We finished in 3rd place this year."),
        ("It was the 21st time they had met.", "It was the twenty-first time they had met."),
    ],
)
def test_the_same_figure_written_another_way_is_not_a_change_of_meaning(
    spoken: str, claimed: str
) -> None:
    verdict, changes = _verified(spoken, claimed)
    assert verdict in ("verified", "minor_deviation"), changes
    assert all(change_type != "omission" for change_type, _, _ in changes)


@pytest.mark.parametrize(
    ("spoken", "claimed", "claimed_word", "source_word"),
    [
        ("It lost £5 million in the crash.", "It lost $5 million in the crash.", "$", "£"),
        ("It lost 5 million pounds here.", "It lost 5 million dollars here.", "dollars", "pounds"),
        ("We finished third this year.", "We finished fourth this year.", "fourth", "third"),
        ("It was the 21st time they met.", "It was the 22nd time they met.", "22nd", "21st"),
    ],
)
def test_another_currency_or_rank_is_a_number_change(
    spoken: str, claimed: str, claimed_word: str, source_word: str
) -> None:
    verdict, changes = _verified(spoken, claimed)
    assert verdict == "altered"
    assert ("number", claimed_word, source_word) in changes


def test_a_currency_the_source_does_not_name_is_an_alteration() -> None:
    verdict, changes = _verified(
        "The fund lost $5 million in the crash.", "The fund lost 5 million euros in the crash."
    )
    assert verdict == "altered"
    assert ("insertion", "euros", "") in changes


def test_a_currency_symbol_is_not_counted_as_a_word_of_a_short_claim() -> None:
    text = "“It cost $5 million,” Jane Doe said. Officials put it at $5 million too."
    quote = SourceQuote(1, 1, 18, SPEAKER)
    verification = verify_claim(
        Claim("$5 million"), (SourceDocument(1, text, "article", (quote,)),), Thresholds()
    )
    assert "too_short" in verification.flags


@pytest.mark.parametrize(
    ("spoken", "claimed"),
    [
        ("The deficit this year will be [3.5]", "The deficit this year will be [3.5]"),
        ("The deficit this year will be 3.5", "The deficit this year will be [3.5]"),
    ],
)
def test_a_slot_ending_a_claim_takes_the_figure_the_source_has_there(
    spoken: str, claimed: str
) -> None:
    verdict, changes = _verified(spoken, claimed)
    assert verdict == "verified", changes


def test_a_slot_slipping_in_a_figure_the_source_lacks_is_a_number_change() -> None:
    verdict, changes = _verified(
        "The deficit this year will be lower.", "The deficit this year will be [3.5] lower."
    )
    assert verdict == "altered"
    assert ("number", "3.5", "") in changes


@pytest.mark.parametrize(
    ("spoken", "claimed"),
    [
        (
            "If they claim on the one hand that they want peace with all of their neighbours, they "
            "cannot, on the other hand, start the largest war the region has seen in decades.",
            "If they claim that they want peace with all of their neighbours, they cannot start "
            "the largest war the region has seen in decades.",
        ),
        (
            "If they claim on the one hand that they want peace, they must act on it.",
            "If they claim … that they want peace, they must act on it.",
        ),
        (
            "We need to respect one another and the work we all do here.",
            "We need to respect and the work we all do here.",
        ),
    ],
)
def test_a_one_that_counts_nothing_left_out_is_not_a_number_change(
    spoken: str, claimed: str
) -> None:
    verdict, changes = _verified(spoken, claimed)
    assert all(change_type != "number" for change_type, _, _ in changes), changes
    assert verdict in ("verified", "minor_deviation"), changes


@pytest.mark.parametrize(
    ("spoken", "claimed"),
    [
        ("On the one hand we want peace today.", "On the two hands we want peace today."),
        ("It was one of the best years we had.", "It was two of the best years we had."),
    ],
)
def test_one_as_a_count_still_changes_the_number(spoken: str, claimed: str) -> None:
    verdict, changes = _verified(spoken, claimed)
    assert verdict == "altered"
    assert any(change_type == "number" for change_type, _, _ in changes), changes


def test_an_ellipsis_hiding_a_counted_one_is_altered() -> None:
    verdict, changes = _verified(
        "We lost one seat in the north this year.", "We lost … seat in the north this year."
    )
    assert verdict == "altered"
    assert ("omission", "", "one") in changes
