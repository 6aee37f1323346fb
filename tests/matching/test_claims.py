"""The claim benchmark generator: deterministic, labelled, and built only from gold spans."""

from __future__ import annotations

import random

from eval.claim_edits import meaningful, reordered, trimmed
from eval.claims import generate_claims, speaker_name

TEXT = (
    "Senator Jane Roe spoke on Monday.\n"
    "“We will not raise taxes on 3,000 families in Ohio this year,” Roe said.\n"
    "“Our plan protects every worker in the state and it is working,” said John Doe."
)


def gold_quote(words: str, speaker: str, coref: str | None) -> dict[str, object]:
    start = TEXT.index(words)
    return {"start": start, "end": start + len(words), "text": words, "speaker": speaker,
            "speaker_coref": coref}  # fmt: skip


ARTICLE = {
    "id": "a1",
    "text": TEXT,
    "quotes": [
        gold_quote(
            "We will not raise taxes on 3,000 families in Ohio this year,", "Roe", "Jane Roe"
        ),
        gold_quote(
            "Our plan protects every worker in the state and it is working,", "John Doe", None
        ),
    ],
}
UNSEEN = {
    "id": "u1",
    "text": "The weather in Lisbon was mild for most of the week in April.",
    "quotes": [],
}


def test_the_same_seed_gives_the_same_claims() -> None:
    assert generate_claims([ARTICLE], [UNSEEN], seed=3) == generate_claims(
        [ARTICLE], [UNSEEN], seed=3
    )


def test_each_category_carries_the_verdict_it_should_get() -> None:
    expected = {claim.category: claim.expected for claim in generate_claims([ARTICLE], [UNSEEN])}
    assert expected == {
        "contraction": "minor_deviation", "exact": "verified", "fabricated": "not_found",
        "fragment": "verified", "misattributed": "misattributed", "name": "altered",
        "negation": "altered", "no_speaker": "verified", "number": "altered",
        "typographic": "verified", "word": "altered", "ellipsis": "verified",
        "trimmed": "minor_deviation",
    }  # fmt: skip


def test_misattribution_names_the_other_speaker_of_the_article() -> None:
    claims = generate_claims([ARTICLE], [UNSEEN])
    swapped = {(c.quote[:6], c.speaker) for c in claims if c.category == "misattributed"}
    assert swapped == {("We wil", "John Doe"), ("Our pl", "Roe")}


def test_a_pronoun_mention_falls_back_to_the_coreference_name() -> None:
    assert speaker_name({"speaker": "she", "speaker_coref": "Jane Roe"}) == "Jane Roe"
    assert speaker_name({"speaker": "he", "speaker_coref": None}) is None
    assert speaker_name({"speaker": "said", "speaker_coref": None}) is None


def test_a_trimmed_claim_leaves_out_plain_words_two_or_three_in_from_an_end() -> None:
    words = "Our plan protects every worker in the state and it is working for them".split()
    made = 0
    for seed in range(60):
        claim = trimmed(words, random.Random(seed))
        if claim is None:
            continue
        made += 1
        kept = claim.split()
        head = next(i for i, (a, b) in enumerate(zip(words, kept, strict=False)) if a != b)
        tail = len(kept) - head
        cut = words[head : len(words) - tail]
        assert kept == words[:head] + words[len(words) - tail :]
        assert 2 <= len(cut) <= 4 and min(head, tail) in (2, 3)
        assert not any(meaningful(word) for word in cut)
    assert made >= 10


def test_a_reordered_claim_swaps_two_sentences_and_ends_each_with_a_stop() -> None:
    text = "We will win this race. Our plan is working for everyone. We never gave up on Ohio,"
    claims = {reordered(text, random.Random(seed)) for seed in range(30)}
    assert claims == {
        "Our plan is working for everyone. We will win this race. We never gave up on Ohio.",
        "We never gave up on Ohio. Our plan is working for everyone. We will win this race.",
        "We will win this race. We never gave up on Ohio. Our plan is working for everyone.",
    }


def test_a_quotation_of_one_sentence_or_one_repeated_is_not_reordered() -> None:
    assert reordered("We will win this race, she said", random.Random(1)) is None
    assert reordered("We will win this race. We will win this race.", random.Random(1)) is None
