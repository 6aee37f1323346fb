"""The helpers other layers use: cross-document speaker keys and sentence spans."""

import pytest

from service.extraction import Speaker, same_person, speaker_key, split_sentences


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (Speaker("Antony Blinken", "person"), Speaker("Antony Blinken", "person", ("Blinken",))),
        (Speaker("Mr. Antony Blinken", "person"), Speaker("antony blinken", "person")),
        (Speaker("José Martí", "person"), Speaker("Jose Marti", "person")),
        (Speaker("The New York Post", "organization"), Speaker("New York Post", "organization")),
    ],
)
def test_same_person_in_two_documents_has_one_key(a: Speaker, b: Speaker) -> None:
    assert speaker_key(a) == speaker_key(b) is not None


def test_descriptions_are_never_merged_across_documents() -> None:
    assert speaker_key(Speaker("a senior official", "description")) is None


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Blinken", "Antony Blinken", True),
        ("Mr. Blinken", "Antony J. Blinken", True),
        ("Shi", "Shi Yinghong", True),
        ("Hillary Clinton", "Hillary Rodham Clinton", True),
        ("Joe Biden", "Jill Biden", False),
        ("Donald", "Donald Trump", False),
        ("Blinken", "Yellen", False),
        ("", "Blinken", False),
    ],
)
def test_same_person_accepts_surnames_and_shorter_forms_only(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same
    assert same_person(b, a) is same


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Mr. Blinken met U.S. officials on Jan. 5. He left.",
            ["Mr. Blinken met U.S. officials on Jan. 5.", "He left."],
        ),
        (
            "Treasury Secretary Janet L. Yellen spoke. Then she left.",
            ["Treasury Secretary Janet L. Yellen spoke.", "Then she left."],
        ),
        (
            "“We will win.” Then he left!\n\nNew paragraph",
            ["“We will win.”", "Then he left!", "New paragraph"],
        ),
        ("No final stop", ["No final stop"]),
        ("", []),
    ],
)
def test_sentences_split_at_real_ends_not_at_abbreviations(text: str, sentences: list[str]) -> None:
    assert [text[start:end] for start, end in split_sentences(text)] == sentences
