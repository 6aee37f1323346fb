"""The pure core never raises on any text Python can hold, and its offsets always slice back.

Hostile text: control characters, right-to-left marks and overrides, zero-width joiners and
spaces, combining marks, lone surrogates (a str can hold them even if the API refuses them),
every kind of quotation mark, mixed with ordinary reporting prose. Huge single tokens run in a
subprocess with a generous guard, so a hang fails the test instead of stalling the suite.
(tests/retrieval/test_properties.py already covers plain ``st.text()`` for retrieval.)
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from service.extraction import ExtractedQuote, extract_quotes
from service.matching import Claim, SourceDocument, SourceQuote, SourceSpeaker, verify_claim
from service.retrieval import SentenceIndex
from tests.conftest import REPO_ROOT

EXAMPLES = 300
HOSTILE_CHARACTERS = (
    "\x00\x07\x1b\x7f\x85\u2028\u2029\t\r\n\x0b\x0c"  # controls and line separators
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"  # bidi
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width and soft hyphen
    "\u0301\u0308\u0327\u20dd\u0489"  # combining marks
    "\ud800\udfff"  # lone surrogates
    "\"'“”‘’„‟«»‹›「」『』〝〞＂"  # quotation marks
    "…—–.,:;?!()[]"
)
PROSE = [
    "said",
    "Mr.",
    "she said.",
    "according to",
    "told reporters",
    "Jane Doe",
    "Blinken",
    "The minister",
    "שלום",
    "قال الوزير",
    "“We will",
    "rebuild,”",
    "U.S.",
    "3.5",
    "[sic]",
]

hostile_text = st.lists(
    st.one_of(
        st.sampled_from(PROSE),
        st.text(alphabet=HOSTILE_CHARACTERS, max_size=6),
        st.text(max_size=8),
    ),
    max_size=60,
).map(" ".join)

core_settings = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def as_source(document_id: int, text: str, quotes: list[ExtractedQuote]) -> SourceDocument:
    """A source document the way the service builds one from an extraction."""
    sources = []
    for number, quote in enumerate(quotes, start=1):
        speaker = None
        if quote.speaker is not None:
            speaker = SourceSpeaker(number, quote.speaker.name, quote.speaker.kind)
        sources.append(SourceQuote(number, quote.start, quote.end, speaker))
    return SourceDocument(document_id, text, "article", tuple(sources))


@core_settings
@given(hostile_text)
def test_extracted_quotes_and_mentions_slice_back_out_of_any_text(text: str) -> None:
    for quote in extract_quotes(text):
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert 0.0 <= quote.speaker_confidence <= 1.0
        mention = quote.speaker_mention
        if mention is not None:
            assert 0 <= mention.start <= mention.end <= len(text)
            assert text[mention.start : mention.end] == mention.text


@core_settings
@given(source=hostile_text, claim=hostile_text, speaker=st.one_of(st.none(), hostile_text))
def test_any_claim_against_any_source_gets_a_verdict_with_evidence_inside_both(
    source: str, claim: str, speaker: str | None
) -> None:
    document = as_source(1, source, extract_quotes(source))
    verification = verify_claim(Claim(claim, speaker), [document])
    assert verification.verdict in {
        "verified",
        "minor_deviation",
        "altered",
        "misattributed",
        "unquoted",
        "not_found",
    }
    for evidence in filter(None, (verification.match, *verification.alternatives)):
        assert 0 <= evidence.context_start <= evidence.start <= evidence.end <= len(source)
        assert evidence.end <= evidence.context_end <= len(source)
    for change in verification.changes:
        assert 0 <= change.claimed_span.start <= change.claimed_span.end <= len(claim)
        assert 0 <= change.source_span.start <= change.source_span.end <= len(source)


@core_settings
@given(source=hostile_text)
# Found by this test: a slot ending the quote stopped short of the source's own "[ 3.5 ]".
@example(source="“ said said said [ 3.5 ]")
def test_a_quote_taken_verbatim_from_a_source_is_found_in_it(source: str) -> None:
    quotes = extract_quotes(source)
    document = as_source(1, source, quotes)
    for quote in quotes:
        verification = verify_claim(Claim(quote.text), [document])
        if "too_short" not in verification.flags:
            assert verification.verdict == "verified", (quote.text, verification)


@core_settings
@given(texts=st.lists(hostile_text, min_size=1, max_size=4), claim=hostile_text)
def test_sentence_index_survives_adding_replacing_and_removing_hostile_documents(
    texts: list[str], claim: str
) -> None:
    index = SentenceIndex()
    current = dict(enumerate(texts, start=1))
    for document_id, text in current.items():
        index.add_document(document_id, text)
    current[1] = texts[-1]
    index.add_document(1, current[1])
    for candidate in index.candidates(claim):
        assert 0 <= candidate.start < candidate.end <= len(current[candidate.document_id])
    for document_id in current:
        index.remove_document(document_id)
    assert index.candidates(claim) == []


MEGABYTE = 1_000_000
# Each runs in a fresh interpreter; the guard is generous (the machine is shared), it only
# turns a hang into a failure.
HUGE_INPUTS = {
    "one-word": "'a' * N",
    "one-word-in-quotes": "'“' + 'a' * N + ',” Jane Doe said.'",
    "unclosed-quote": "'Jane Doe said: “' + 'a' * N",
    "quotation-marks-only": "'“”' * (N // 2)",
    "zero-width-joiners": "'a\\u200d' * (N // 2)",
    "combining-marks": "'e' + '\\u0301' * N",
    "digits": "'7' * N",
    "right-to-left-word": "'\\u202e' + 'ש' * N",
}
HANG_GUARD_S = 300


@pytest.mark.parametrize("expression", HUGE_INPUTS.values(), ids=HUGE_INPUTS.keys())
def test_a_megabyte_single_token_is_extracted_indexed_and_verified(expression: str) -> None:
    program = f"""
from service.extraction import extract_quotes
from service.matching import Claim, SourceDocument, verify_claim
from service.retrieval import SentenceIndex
N = {MEGABYTE}
text = {expression}
for quote in extract_quotes(text):
    assert text[quote.start : quote.end] == quote.text
index = SentenceIndex()
index.add_document(1, text)
index.candidates(text[:5000])
verify_claim(Claim(text[:5000], "Jane Doe"), [SourceDocument(1, text)])
print("done")
"""
    finished = subprocess.run(
        [sys.executable, "-c", program],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_S,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    assert finished.stdout.strip() == "done"
