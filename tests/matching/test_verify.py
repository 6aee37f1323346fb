"""verify_claim on the seed article: the verdicts an editor relies on."""

from __future__ import annotations

import pytest

from service.matching import (
    Claim,
    SourceDocument,
    SourceQuote,
    SourceSpeaker,
    Thresholds,
    verify_claim,
)
from tests.matching.conftest import BLINKEN, quote_in


@pytest.mark.parametrize(
    ("speaker", "quote", "verdict"),
    [
        ("Shi Yinghong", "Positive change is very difficult to make.", "verified"),
        ("Shi", "“positive change is very difficult to make”", "verified"),
        (None, "Positive  change is very DIFFICULT to make", "verified"),
        ("Antony Blinken", "When it comes to Russia's defense industrial base … China", "verified"),
        (
            "Blinken",
            "[Russia's] defense industrial base, the main contributor right now is China",
            "verified",
        ),
        ("Xi Jinping", "the main contributor right now is China", "misattributed"),
        (
            "Bonnie Glaser",
            "China really wants to be the center of the election campaign",
            "altered",
        ),
        (
            "Glaser",
            "China really does not want to be the center of the election campaign",
            "minor_deviation",
        ),
        (
            "Glaser",
            "China really doesn't want to be the centre of the election campaign",
            "minor_deviation",
        ),
        ("Blinken", "the main contributor right now is Russia", "altered"),
        ("Shi", "Positive change is [not] very difficult to make.", "altered"),
        ("Shi", "[Shi thinks] positive change is very difficult to make.", "verified"),
        ("Shi", "Positive change is very easy to make.", "altered"),
        ("Shi", "there are still 16 sources of serious tension in the relationship", "unquoted"),
        (None, "The Senate’s passage of a bill on Tuesday would force TikTok’s owners", "unquoted"),
        (
            "State Department official",
            "we will respond to companies that are taking steps",
            "verified",
        ),
        ("Blinken", "We will build a wall and Mexico will pay for it.", "not_found"),
    ],
)
def test_verdict_on_the_seed_article(
    seed_article: SourceDocument, speaker: str | None, quote: str, verdict: str
) -> None:
    assert verify_claim(Claim(quote, speaker), [seed_article]).verdict == verdict


def test_misattribution_names_the_real_speaker(seed_article: SourceDocument) -> None:
    result = verify_claim(
        Claim("the main contributor right now is China", "Xi Jinping"), [seed_article]
    )
    assert result.speaker_match is False
    assert result.match is not None and result.match.speaker is not None
    assert result.match.speaker.name == "Antony Blinken"


def test_dropped_negation_is_reported_as_a_negation_change(seed_article: SourceDocument) -> None:
    claim = Claim("China really wants to be the center of the election campaign", "Bonnie Glaser")
    result = verify_claim(claim, [seed_article])
    assert [(c.type, c.claimed, c.source) for c in result.changes] == [
        ("negation", "wants", "doesn’t want")
    ]


def test_leaving_out_the_negation_next_to_the_quoted_words_is_an_alteration(
    seed_article: SourceDocument,
) -> None:
    claim = Claim("want to be the center of the election campaign", "Bonnie Glaser")
    result = verify_claim(claim, [seed_article])
    assert result.verdict == "altered"
    assert [(c.type, c.claimed, c.source) for c in result.changes] == [("omission", "", "doesn’t")]


_HANDS = (
    "If China claims on the one hand that it wants good relations with Europe and other "
    "countries, it cannot, on the other hand, incite the greatest threat to European security "
    "since the end of the Cold War"
)


@pytest.mark.parametrize(
    ("quote", "left_out"),
    [
        ("it cannot incite the greatest threat to European security", "on the other hand"),
        ("incite the greatest threat to European security since Cold War", "the end of the"),
        ("cannot incite the greatest threat to European security", "on the other hand"),
    ],
)
def test_words_left_out_beside_the_ends_of_a_claim_are_an_omission(
    seed_text: str, quote: str, left_out: str
) -> None:
    """Not the claim slid past the gap, its end words read as swapped for the gap's
    ("it cannot" for "other hand": a negation that is not there); a lone negation before the
    gap pairs with the source's own rather than read as added or swapped."""
    document = SourceDocument(1, seed_text, "article", (quote_in(seed_text, _HANDS, BLINKEN, 1),))
    result = verify_claim(Claim(quote, "Blinken"), [document])
    assert [(c.type, c.claimed, c.source) for c in result.changes] == [("omission", "", left_out)]
    assert result.verdict == "minor_deviation"


@pytest.mark.parametrize(
    ("speaker", "verdict", "speaker_match"),
    [("Blinken", "verified", True), ("Xi Jinping", "misattributed", False)],
)
def test_a_claim_running_on_into_the_attribution_is_judged_on_the_quotation_and_flagged(
    seed_article: SourceDocument, speaker: str, verdict: str, speaker_match: bool
) -> None:
    claim = Claim("the main contributor right now is China, Blinken told reporters", speaker)
    result = verify_claim(claim, [seed_article])
    assert (result.verdict, result.speaker_match) == (verdict, speaker_match)
    assert "runs_past_quotation" in result.flags and result.needs_review
    assert "speaker_not_mentioned" not in result.flags


def test_a_claim_inside_its_quotation_is_not_flagged_as_running_past_it(
    seed_article: SourceDocument,
) -> None:
    result = verify_claim(
        Claim("the main contributor right now is China", "Blinken"), [seed_article]
    )
    assert "runs_past_quotation" not in result.flags and not result.needs_review


def test_changed_number_is_altered_whatever_the_score(seed_article: SourceDocument) -> None:
    claim = Claim("there are still 61 sources of serious tension in the relationship")
    result = verify_claim(claim, [seed_article])
    assert result.score >= 90
    assert [c.type for c in result.changes] == ["number"]


def test_surname_only_source_is_a_partial_speaker_match(seed_text: str) -> None:
    surname_only = SourceSpeaker(None, "Blinken", "person")
    quote = quote_in(seed_text, "the main contributor right now is China", surname_only, 1)
    document = SourceDocument(1, seed_text, "article", (quote,))
    result = verify_claim(
        Claim("the main contributor right now is China", "Antony Blinken"), [document]
    )
    assert (result.verdict, result.speaker_match, result.needs_review) == ("verified", True, True)
    assert "partial_speaker_match" in result.flags


def test_primary_source_is_preferred_and_the_article_is_an_alternative(seed_text: str) -> None:
    words = "Positive change is very difficult to make."
    speaker = SourceSpeaker(3, "Shi Yinghong", "person")
    article = SourceDocument(1, seed_text, "article", (quote_in(seed_text, words, speaker, 1),))
    transcript_text = f"SHI YINGHONG: {words} Thank you."
    transcript = SourceDocument(
        2, transcript_text, "transcript", (quote_in(transcript_text, words, speaker, 2),)
    )
    result = verify_claim(Claim(words, "Shi Yinghong"), [article, transcript])
    assert result.match is not None and result.match.document_id == 2
    assert [a.document_id for a in result.alternatives] == [1]
    assert "secondary_source_only" not in result.flags


def test_quoted_occurrence_wins_over_narration_of_the_same_words() -> None:
    text = 'Officials said tariffs will rise. "Tariffs will rise," Yellen said.'
    quote = quote_in(text, "Tariffs will rise,", SourceSpeaker(None, "Janet Yellen", "person"), 7)
    result = verify_claim(
        Claim("tariffs will rise", "Yellen"), [SourceDocument(1, text, quotes=(quote,))]
    )
    assert (result.verdict, result.match and result.match.quote_id) == ("verified", 7)


@pytest.mark.parametrize(
    ("quote", "verdict", "flags"),
    [
        ("Positive change", "verified", ("too_short",)),
        ("Negative change", "not_found", ("too_short",)),
        ("[He thinks] positive change", "not_found", ("too_short",)),
        ("", "not_found", ("too_short",)),
    ],
)
def test_short_claims_are_answered_and_only_verified_when_exact(
    seed_article: SourceDocument, quote: str, verdict: str, flags: tuple[str, ...]
) -> None:
    result = verify_claim(Claim(quote), [seed_article])
    assert result.verdict == verdict
    assert set(flags) <= set(result.flags)


def test_evidence_between_review_and_confirm_needs_review(seed_article: SourceDocument) -> None:
    claim = Claim("Positive change is very difficult to make for us all", "Shi")
    result = verify_claim(claim, [seed_article], Thresholds(confirm=99, review=50))
    assert result.needs_review


@pytest.mark.parametrize(
    ("thresholds", "verdict", "needs_review"),
    [
        (Thresholds(), "altered", True),
        (Thresholds(confirm=80, review=60), "altered", False),
        (Thresholds(confirm=99, review=95), "not_found", False),
    ],
)
def test_thresholds_decide_what_is_confirmed_reviewed_or_not_found(
    seed_article: SourceDocument, thresholds: Thresholds, verdict: str, needs_review: bool
) -> None:
    claim = Claim("China really wants to be the center of the election campaign", "Glaser")
    result = verify_claim(claim, [seed_article], thresholds)
    assert (result.verdict, result.needs_review) == (verdict, needs_review)


def test_no_sources_means_not_found() -> None:
    result = verify_claim(Claim("Positive change is very difficult to make."), [])
    assert (result.verdict, result.match, result.score) == ("not_found", None, 0.0)


@pytest.mark.parametrize(
    ("claimed", "verdict", "speaker_match", "flag"),
    [
        ("Janet Yellen", "verified", None, "speaker_unknown"),
        ("Xi Jinping", "misattributed", False, "speaker_not_mentioned"),
    ],
)
def test_unattributed_quotation_checks_the_claimed_speaker_against_its_paragraph(
    claimed: str, verdict: str, speaker_match: bool | None, flag: str
) -> None:
    text = "Yellen spoke in Beijing.\n“We will raise tariffs on steel,” she said."
    quote = quote_in(text, "We will raise tariffs on steel,", None, 1)
    result = verify_claim(
        Claim("We will raise tariffs on steel", claimed), [SourceDocument(1, text, quotes=(quote,))]
    )
    assert (result.verdict, result.speaker_match) == (verdict, speaker_match)
    assert flag in result.flags


@pytest.mark.parametrize(
    ("text", "claimed", "verdict"),
    [
        ("PENCE: Donald Trump is on his way to the White House.\n", "Mike Pence", "verified"),
        (
            "PENCE: Donald Trump is on his way to the White House.\n",
            "Chris Wallace",
            "misattributed",
        ),
        ("Pence spoke.\n“Donald Trump is on his way to the White House.\n", "Pence", "verified"),
        ("Pence spoke. Donald Trump is on his way to the White House.\n", "Pence", "unquoted"),
    ],
)
def test_quotations_the_index_missed_are_read_from_the_text_itself(
    text: str, claimed: str, verdict: str
) -> None:
    claim = Claim("Donald Trump is on his way to the White House", claimed)
    assert verify_claim(claim, [SourceDocument(1, text)]).verdict == verdict


def test_a_one_word_segment_takes_its_first_place_so_later_segments_still_fit() -> None:
    words = (
        "A state cannot avoid the conclusion that its process results in removal solely by "
        "reason of a failure to vote by providing that the notice procedure is triggered by a "
        "failure either to vote or to climb a mountain or to hit a hole in one"
    )
    text = f"“{words},” said the ruling."
    quote = quote_in(text, words, SourceSpeaker(None, "the ruling", "description"), 1)
    claim = Claim("results in removal solely by … vote … by providing that the notice procedure")
    assert verify_claim(claim, [SourceDocument(1, text, quotes=(quote,))]).verdict == "verified"


@pytest.mark.parametrize(
    ("claimed", "verdict"),
    [
        ("Taxes rose by 3,000 dollars for 50% of the families", "verified"),
        ("Taxes rose by 3000 dollars for fifty percent of the families", "verified"),
        ("Taxes rose by 4,000 dollars for 50 percent of the families", "altered"),
        ("Taxes rose by 3,000 dollars for 60 percent of the families", "altered"),
    ],
)
def test_numbers_compare_by_value(claimed: str, verdict: str) -> None:
    text = "“Taxes rose by 3,000 dollars for 50 percent of the families,” Roe said."
    quote = quote_in(text, "Taxes rose by 3,000 dollars for 50 percent of the families,", None, 1)
    result = verify_claim(Claim(claimed), [SourceDocument(1, text, quotes=(quote,))])
    assert result.verdict == verdict


@pytest.mark.parametrize(
    ("source", "claimed", "verdict"),
    [
        (
            "It crosses the line of what is real or is not,",
            "the line of what is real or isn't",
            "minor_deviation",
        ),
        (
            "Never, ever underestimate Trump. He is hard to predict,",
            "ever underestimate Trump. He is hard to predict",
            "altered",
        ),
        (
            "No, we will win this state in November,",
            "we will win this state in November",
            "verified",
        ),
        ("Taxes rose by 3,000 dollars,", "Taxes rose by three thousand dollars", "minor_deviation"),
        ("Taxes rose by 3 million dollars,", "Taxes rose by 3,000,000 dollars", "minor_deviation"),
    ],
)
def test_the_words_at_the_edges_of_the_claim(source: str, claimed: str, verdict: str) -> None:
    text = f"“{source}” Roe said."
    quote = quote_in(text, source, SourceSpeaker(None, "Jane Roe", "person"), 1)
    result = verify_claim(Claim(claimed, "Roe"), [SourceDocument(1, text, quotes=(quote,))])
    assert result.verdict == verdict


@pytest.mark.parametrize(
    ("quote", "out_of_context"),
    [
        ("we will respond to companies that are taking steps", True),
        ("if we deem it necessary, we will respond to companies", False),
        ("Positive change is very difficult to make.", False),
    ],
)
def test_a_fragment_that_drops_a_condition_of_its_sentence_is_flagged(
    seed_article: SourceDocument, quote: str, out_of_context: bool
) -> None:
    result = verify_claim(Claim(quote), [seed_article])
    assert ("possible_out_of_context" in result.flags) == out_of_context


@pytest.mark.parametrize(
    ("second_speaker", "verdict"),
    [("Jane Roe", "verified"), ("John Doe", "misattributed")],
)
def test_a_quote_split_by_its_attribution_is_bridged_when_one_speaker_says_both_parts(
    second_speaker: str, verdict: str
) -> None:
    text = "“We will win this state in November,” Roe said on Monday, “and then we will govern.”"
    quotes = (
        quote_in(
            text, "We will win this state in November,", SourceSpeaker(1, "Jane Roe", "person"), 1
        ),
        quote_in(text, "and then we will govern.", SourceSpeaker(2, second_speaker, "person"), 2),
    )
    claim = Claim("We will win this state in November and then we will govern", "Jane Roe")
    result = verify_claim(claim, [SourceDocument(1, text, quotes=quotes)])
    assert result.verdict == verdict


@pytest.mark.parametrize(
    ("claimed", "verdict"),
    [("Antony Blinken", "verified"), ("Wang Yi", "misattributed")],
)
def test_a_transcript_paragraph_continues_the_last_labelled_turn(
    claimed: str, verdict: str
) -> None:
    text = (
        "WANG YI: Welcome to Beijing.\n"
        "BLINKEN: Thank you for having us.\n"
        "We came to speak about Russia's defense industrial base.\n"
    )
    transcript = SourceDocument(1, text, "transcript")
    claim = Claim("We came to speak about Russia's defense industrial base", claimed)
    result = verify_claim(claim, [transcript])
    assert result.verdict == verdict
    assert "secondary_source_only" not in result.flags


def test_an_ellipsis_does_not_stitch_together_words_pages_apart() -> None:
    filler = "The committee met again on the following day. " * 40
    text = f"“We will win this state,” Roe said. {filler}“Taxes must fall,” Doe said."
    document = SourceDocument(1, text)
    assert verify_claim(Claim("We will win this state … Taxes must fall"), [document]).verdict == (
        "not_found"
    )


def test_a_segment_found_nowhere_is_an_insertion_not_a_miss(seed_article: SourceDocument) -> None:
    claim = Claim("Ordinary … change is very difficult to make", "Shi")
    result = verify_claim(claim, [seed_article])
    assert result.verdict == "altered"
    assert ("insertion", "Ordinary") in [(c.type, c.claimed) for c in result.changes]


def test_a_sources_own_sic_does_not_count_against_a_verbatim_claim() -> None:
    text = "“We has [sic] done our best,” Ann Lee said."
    speaker = SourceSpeaker(1, "Ann Lee", "person", ("Lee",))
    quoted = quote_in(text, "We has [sic] done our best,", speaker, 1)
    source = SourceDocument(1, text, "statement", (quoted,))
    verification = verify_claim(Claim("We has [sic] done our best", "Ann Lee"), [source])
    assert verification.verdict == "verified" and not verification.changes


@pytest.mark.parametrize(
    ("confidence", "claimed", "flagged"),
    [(0.45, "Ana Lima", True), (0.9, "Ana Lima", False), (0.45, None, False)],
)
def test_a_speaker_checked_against_an_unsure_attribution_needs_review(
    confidence: float, claimed: str | None, flagged: bool
) -> None:
    text = "Mayor Ana Lima spoke on Tuesday. “The port reopens on Friday for all ships.”"
    speaker = SourceSpeaker(1, "Ana Lima", "person", ("Lima",))
    start = text.index("The port")
    quote = SourceQuote(1, start, text.index("”"), speaker, speaker_confidence=confidence)
    verification = verify_claim(
        Claim("The port reopens on Friday for all ships.", claimed),
        (SourceDocument(1, text, "article", (quote,)),),
        Thresholds(),
    )
    assert verification.verdict == "verified"
    assert ("uncertain_attribution" in verification.flags) is flagged
    assert verification.needs_review is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Talks stalled. “The tariffs stay,” Mr. Biden said on Tuesday. Markets fell.",
        "Talks stalled. “The tariffs stay,” Robert F. Kennedy Jr. told reporters. Markets fell.",
        "Talks stalled. “The tariffs stay,” said Sen. J. D. Vance of Ohio. Markets fell.",
    ],
)
def test_the_context_is_the_whole_sentence_past_titles_and_initials(text: str) -> None:
    result = verify_claim(Claim("The tariffs stay"), [SourceDocument(1, text)])
    assert result.match is not None
    context = text[result.match.context_start : result.match.context_end]
    assert context == text.split(". ", 1)[1].rsplit(" Markets", 1)[0]
