"""Who a reporting verb's subject or agent is, and which verbs report: constructions found
in the training split's errors (continued from test_speaker_constructions.py)."""

import pytest

from service.extraction import extract_quotes
from tests.extraction.test_speaker_constructions import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Paris was on every mind, with many marchers and spectators chanting “We are Paris.”",
            ("We are Paris.", "many marchers and spectators"),
        ),
        (
            "The town hall ended early, with protesters shouting “Shame!” at the stage.",
            ("Shame!", "protesters"),
        ),
        (
            "Tom Price dropped the plan, replacing it with softer language calling for “help.”",
            ("help.", "Tom Price"),
        ),
    ],
)
def test_the_people_between_with_and_a_participle_say_the_words(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Outside the arena in downtown Washington, about 200 protesters gathered in three "
            "clusters, holding signs and chanting “Dump Trump.”",
            ("Dump Trump.", "about 200 protesters"),
        ),
        (
            "He faced Congress, where he appeared at a hearing for saying that the pill was a "
            "“magic cure.”",
            ("magic cure.", "he"),
        ),
    ],
)
def test_a_participle_takes_the_subject_of_a_clause_opened_by_where_or_a_count(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Much of the anger was directed at Bannon, who Ann Lee on Wednesday called “a "
            "horrible human being.”",
            ("a horrible human being.", "Ann Lee"),
        ),
        (
            "The bus became such a presence that Tom Price during a Sunday thanked its members "
            "“for their support.”",
            ("for their support.", "Tom Price"),
        ),
    ],
)
def test_a_time_phrase_with_its_preposition_stands_between_subject_and_verb(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


def test_sang_reports_what_was_sung() -> None:
    text = "As the Rainmakers sang back in the 1980s, “They’ll turn us all into beggars.”"
    assert speakers(text) == [("They’ll turn us all into beggars.", "the Rainmakers")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Republicans faced criticism for the inquiry — often labeled as a “witch hunt” by "
            "Democrats — but kept at it.",
            ("witch hunt", "Democrats"),
        ),
        (
            "This feature of the movement has been called “strategic ambiguity” by Ann Lee, a "
            "professor at Loyola University.",
            ("strategic ambiguity", "Ann Lee"),
        ),
    ],
)
def test_the_agent_of_a_passive_reporting_verb_is_the_source(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He has declared Tom Price to be “anointed” by God.", [("anointed", "He")]),
        (
            "Tom Price belittled the loans, calling it a “paperwork error” reported in a “hit "
            "piece” by The New York Times.",
            [("paperwork error", "Tom Price"), ("hit piece", "Tom Price")],
        ),
    ],
)
def test_by_after_an_active_verb_or_a_quoted_noun_names_no_source(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee, star of television’s “Scandal,” thanked Obama for “taking these steps.”",
            [("taking these steps.", "Ann Lee")],
        ),
        (
            "But to give you the tenor of the interview, Tom Price went on to promote “Celebrity "
            "Apprentice,” note that he had bought a building, and boast about his club — “which "
            "is a phenomenal area.”",
            [("Celebrity Apprentice,", "Tom Price"), ("which is a phenomenal area.", "Tom Price")],
        ),
    ],
)
def test_a_quoted_title_can_close_an_aside_after_a_name(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert speakers(text) == expected


def test_cried_reports_what_was_cried() -> None:
    text = "“Or do we cower?” Ann Lee asked. “Nooooo!” the crowd cried out, booing."
    assert speakers(text) == [("Or do we cower?", "Ann Lee"), ("Nooooo!", "the crowd")]


def test_a_quotation_opening_its_sentence_has_no_passive_verb_before_it() -> None:
    # The search for the verb before the quotation once wrapped around to the sentence's end.
    text = "Tom Price spoke. “Witch hunt” by Ann Lee is the book they praised"
    assert speakers(text) == [("Witch hunt", "Tom Price")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Madeleine Albright, a Clinton supporter, fanned controversy this year over her "
            "remark that “there’s a special place in hell for women who don’t help each other.”",
            ("there’s a special place in hell for women who don’t help each other.", "her"),
        ),
        (
            "Bernie Sanders rallied young people with his calls to end the “rigged economy” "
            "that keeps them down.",
            ("rigged economy", "his"),
        ),
        (
            "As the debate progressed, Donald Trump stood by his comment Monday that “Islam "
            "hates us.”",
            ("Islam hates us.", "his"),
        ),
        # A verb cues the quotation: the possessive is not needed.
        (
            "Bernie Sanders said his promise of “free college” still stands.",
            ("free college", "Bernie Sanders"),
        ),
        # Not a noun for speech.
        (
            "Bernie Sanders waved his flag of “political revolution” at the crowd.",
            ("political revolution", "Bernie Sanders"),
        ),
    ],
)
def test_a_quotation_after_his_or_her_and_a_noun_for_speech_is_that_persons(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reporters checked Tom Price’s claim that there were “thousands of new jobs” here.",
            ("thousands of new jobs", "Tom Price"),
        ),
        (
            "The worries go beyond Ann Lee's controversial pledge to be “neutral” in the talks.",
            ("neutral", "Ann Lee"),
        ),
        (
            "While Tom Price's call for a “revolution” draws crowds, the party is wary.",
            ("revolution", "Tom Price"),
        ),
    ],
)
def test_a_quotation_in_the_complement_of_a_names_speech_noun_is_that_persons(
    text: str, expected: tuple[str, str]
) -> None:
    [quote] = extract_quotes(text)
    assert (quote.text, quote.speaker.name if quote.speaker else None) == expected


def test_a_names_speech_noun_without_a_complement_names_no_speaker() -> None:
    # The quoted words are the subject's view of the comments, not the comments themselves.
    text = "Ann Lee played down Tom Price's comments as “just part of the campaign” last year."
    assert speakers(text) == [("just part of the campaign", "Ann Lee")]


def test_the_possessive_speaker_resolves_to_the_person_it_refers_to() -> None:
    text = (
        "Madeleine Albright, a Clinton supporter, fanned controversy this year over her "
        "remark that “there’s a special place in hell for women who don’t help each other.”"
    )
    [quote] = extract_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == "Madeleine Albright"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The paradox of Nancy, says Carl Anthony, historian at the National First Ladies "
            "Library, is that she was “one of the most powerful first ladies.”",
            ("one of the most powerful first ladies.", "Carl Anthony"),
        ),
        (
            "The plan, said Steve Lee, is “dead on arrival.”",
            ("dead on arrival.", "Steve Lee"),
        ),
        # An object after the verb is no speaker ("told POLITICO").
        (
            "Dick Dever, who was listed on the Cruz slate, told POLITICO, “I like Kasich best.”",
            ("I like Kasich best.", "Dick Dever"),
        ),
        # Nor is a lower-case phrase ("said of the senator").
        (
            "A Warren adviser, who spoke on the condition of anonymity, said of the senator, "
            "“She takes the threat seriously.”",
            ("She takes the threat seriously.", "A Warren adviser"),
        ),
    ],
)
def test_a_verb_before_its_named_subject_in_an_aside_names_the_source(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]
