import pytest

from service.retrieval import SentenceIndex, query

SOURCE = "The council approved the harbour budget on Tuesday after a long debate."
CLAIM = "The zebra approved the quokka budget on Tuesday after a long debate."


@pytest.fixture
def index() -> SentenceIndex:
    index = SentenceIndex()
    index.add_document(1, SOURCE)
    index.add_document(2, "A zebra escaped. Nobody saw the quokka.")
    for day in range(3, 8):
        index.add_document(day, f"The budget was approved after a vote on day {day}.")
        index.add_document(day + 10, f"On Tuesday a long debate followed on day {day}.")
    return index


def test_claim_whose_rarest_words_were_swapped_is_found_by_the_wider_tier(
    index: SentenceIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Budgets shrunk to this corpus: the first tier reads only "zebra" and "quokka".
    monkeypatch.setattr(query, "TIERS", ((1, 2), (1_000, 5)))
    best = index.candidates(CLAIM)[0]
    assert SOURCE == SOURCE[best.start : best.end]
    assert best.document_id == 1


def test_without_the_wider_tier_the_swapped_words_lead_astray(
    index: SentenceIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(query, "TIERS", ((1, 2),))
    assert 1 not in {candidate.document_id for candidate in index.candidates(CLAIM)}
