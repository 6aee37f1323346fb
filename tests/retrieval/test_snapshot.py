from pathlib import Path

import pytest

from service.retrieval import SentenceIndex, snapshot

from .conftest import DOCUMENTS

CLAIMS = ["We will raise taxes this year", "the single biggest problem", "six weeks … Varga"]


def test_snapshot_round_trip_is_byte_identical(index: SentenceIndex) -> None:
    data = snapshot.to_bytes(index, log_position=42)
    loaded, position = snapshot.from_bytes(data)
    assert position == 42
    assert snapshot.to_bytes(loaded, log_position=42) == data


def test_loaded_snapshot_answers_like_the_original(index: SentenceIndex) -> None:
    loaded, _ = snapshot.from_bytes(snapshot.to_bytes(index))
    assert [loaded.candidates(claim) for claim in CLAIMS] == [
        index.candidates(claim) for claim in CLAIMS
    ]
    assert len(loaded) == len(index)


def test_loaded_snapshot_accepts_later_changes(index: SentenceIndex) -> None:
    loaded, _ = snapshot.from_bytes(snapshot.to_bytes(index))
    for updated in (index, loaded):
        updated.remove_document(3)
        updated.add_document(4, "A new bridge opens in Carlow next spring.")
        updated.add_document(1, DOCUMENTS[1].replace("Tuesday", "Wednesday"))
    claims = [*CLAIMS, "new bridge opens in Carlow", "budget on Wednesday"]
    assert [loaded.candidates(claim) for claim in claims] == [
        index.candidates(claim) for claim in claims
    ]


def test_snapshot_of_an_index_with_removals_is_compacted(index: SentenceIndex) -> None:
    index.remove_document(2)
    loaded, _ = snapshot.from_bytes(snapshot.to_bytes(index))
    assert loaded.dead_slots == 0
    assert len(loaded.documents) == len(index)


def test_empty_index_round_trips() -> None:
    loaded, position = snapshot.from_bytes(snapshot.to_bytes(SentenceIndex(), 0))
    assert (len(loaded), position, loaded.candidates("anything")) == (0, 0, [])


def test_save_and_load_through_a_file(index: SentenceIndex, tmp_path: Path) -> None:
    path = tmp_path / "index.snapshot"
    snapshot.save(index, path, log_position=7)
    loaded, position = snapshot.load(path)
    assert position == 7
    assert loaded.candidates(CLAIMS[0]) == index.candidates(CLAIMS[0])
    assert list(tmp_path.iterdir()) == [path]


def test_data_that_is_not_a_snapshot_is_rejected() -> None:
    with pytest.raises(ValueError, match="not a sentence index snapshot"):
        snapshot.from_bytes(b"PK\x03\x04 something else")
