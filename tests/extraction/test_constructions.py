"""One table per construction of issue 3: cues, partial quotes, continuations, filters."""

import pytest

from service.extraction import ExtractedQuote, extract_quotes


def attributions(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted words, speaker mention, resolved speaker name) for each quotation."""
    return [
        (q.text, _mention(q), q.speaker.name if q.speaker else None) for q in extract_quotes(text)
    ]


def _mention(quote: ExtractedQuote) -> str | None:
    return quote.speaker_mention.text if quote.speaker_mention else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,” Mary Smith said.", ("We will win,", "Mary Smith")),
        ("Mary Smith said: “We will win.”", ("We will win.", "Mary Smith")),
        ("“We will win,” said Mary Smith, a senior official.", ("We will win,", "Mary Smith")),
        ("“We will win” Smith told reporters.", ("We will win", "Smith")),
        ("According to Mary Smith, “we will win.”", ("we will win.", "Mary Smith")),
        ("Mary Smith: “We will win.”", ("We will win.", "Mary Smith")),
        ("Tom Price responded: “Nonsense.”", ("Nonsense.", "Tom Price")),
        ("“Get out!” shouted Tom Price.", ("Get out!", "Tom Price")),
        ("“It is over,” Tom Price wrote on Monday.", ("It is over,", "Tom Price")),
        ("“Sad!” Donald Trump tweeted.", ("Sad!", "Donald Trump")),
        ("“We will win.” Tom Price said on Monday.", ("We will win.", "Tom Price")),
        ("“Not yet,” Ann Lee, who chairs the panel, added.", ("Not yet,", "Ann Lee")),
        ("“Enough,” a senior official warned.", ("Enough,", "a senior official")),
        ("Ann Lee, head of the council, argued: “It works.”", ("It works.", "Ann Lee")),
        ("Ann Lee on Monday reiterated: “It works.”", ("It works.", "Ann Lee")),
        (
            "“Both scare me,” Tom Price, 30, of Reno, Nev., who was polled, said on Monday.",
            ("Both scare me,", "Tom Price"),
        ),
        ("“It is done,” a man in the crowd said.", ("It is done,", "a man")),
    ],
)
def test_reporting_cue_ties_quote_to_its_speaker(text: str, expected: tuple[str, str]) -> None:
    words, speaker = expected
    assert attributions(text) == [(words, speaker, speaker)]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Xi Jinping warned Biden in Paris that new rules could “deprive us of growth.”",
            "deprive us of growth.",
            "Xi Jinping",
        ),
        (
            "Bonnie Glaser said it is not an attempt to “drive a wedge” there.",
            "drive a wedge",
            "Bonnie Glaser",
        ),
        (
            "A senior official said it would be “improper” to comment.",
            "improper",
            "A senior official",
        ),
        ("Tom Price reiterated that he would “never back down.”", "never back down.", "Tom Price"),
    ],
)
def test_partial_quote_in_reported_speech_belongs_to_the_reporting_subject(
    text: str, words: str, speaker: str
) -> None:
    [quote] = extract_quotes(text)
    assert (quote.text, _mention(quote), quote.type) == (words, speaker, "partial")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We are ready,” Mary Smith said. “Very ready.”",
            [
                ("We are ready,", "Mary Smith", "Mary Smith"),
                ("Very ready.", "Mary Smith", "Mary Smith"),
            ],
        ),
        (
            "Ann Lee spoke. “It is late,” she said.\n\n“We must act.”",
            [("It is late,", "she", "Ann Lee"), ("We must act.", "she", "Ann Lee")],
        ),
        (
            "“We will win,” Tom Price said. Ann Lee disagreed.\n\n“That is not true.”",
            [
                ("We will win,", "Tom Price", "Tom Price"),
                ("That is not true.", "Ann Lee", "Ann Lee"),
            ],
        ),
        (
            # The next sentence's verb reports a clause of its own, not the quotation.
            "“We are ready,” Mary Smith said. “Very ready.” Tom Price said he would wait.",
            [
                ("We are ready,", "Mary Smith", "Mary Smith"),
                ("Very ready.", "Mary Smith", "Mary Smith"),
            ],
        ),
        (
            "Tom Price said: “One.\n\n“Two.\n\n“Three.”",
            [
                ("One.", "Tom Price", "Tom Price"),
                ("Two.", "Tom Price", "Tom Price"),
                ("Three.", "Tom Price", "Tom Price"),
            ],
        ),
    ],
)
def test_cue_less_quote_continues_the_previous_speaker(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("John Lee met Mary Smith. “We are ready,” she said.", "Mary Smith"),
        ("John Lee met Mary Smith. “We are ready,” he said.", "John Lee"),
        ("Mr. Tom Lee arrived. “We are ready,” Lee said.", "Tom Lee"),
        ("Mr. Blinken arrived. “We are ready,” Mr. Blinken said.", "Blinken"),
        ("Gov. Ann Lee spoke. Later Lee said “we are ready.”", "Ann Lee"),
        ("Texas Sen. Ann Lee spoke. Later Lee said “we are ready.”", "Ann Lee"),
        ("“We are ready,” Atlantic City Mayor Tom Lee said.", "Tom Lee"),
        ("“We are ready,” said Labor Secretary Tom Lee.", "Tom Lee"),
    ],
)
def test_surnames_titles_and_pronouns_resolve_to_the_person_introduced(
    text: str, speaker: str
) -> None:
    [quote] = extract_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.speaker.kind == "person"


def test_description_speaker_is_kept_as_written() -> None:
    [quote] = extract_quotes("“No comment,” a senior State Department official said.")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (
        "a senior State Department official",
        "description",
    )


def test_pronoun_without_anyone_to_refer_to_leaves_the_speaker_unknown() -> None:
    [quote] = extract_quotes("“We are ready,” she said.")
    assert quote.speaker is None and quote.speaker_confidence == 0
    assert _mention(quote) == "she"


def test_quote_without_any_cue_has_no_speaker() -> None:
    [quote] = extract_quotes("The weather turned.\n\n“Nothing will change this year.”")
    assert (quote.speaker, quote.speaker_mention, quote.speaker_confidence) == (None, None, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Officials pushed so-called “reforms” through parliament.",
        "Her memoir, titled “Hard Choices,” sold well.",
        "The movie “Star Wars” opened in May.",
        "Trump’s ‘Crooked’ Deals Abound in Ohio.",
        "As reported by the daily, former operative John “Tig” Tiegen found both disqualifying.",
        "Scott’s niece, Del. Marcia “Cia” Price, shouted to the crowd.",
    ],
)
def test_scare_quotes_and_titles_are_not_quotations(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("“Curly,” Ann Lee said.", "Curly,"),
        ('"Straight," Ann Lee said.', "Straight,"),
        ("«Guillemets», said Ann Lee.", "Guillemets"),
        ("Ann Lee said: „Low and high.“", "Low and high."),
        ('“Mixed marks," Ann Lee said.', "Mixed marks,"),
        ("Ann Lee called them “rapists“ again.", "rapists"),
        ("Ann Lee said: ‘Single marks.’", "Single marks."),
    ],
)
def test_every_kind_of_quotation_mark_opens_and_closes_a_quote(text: str, words: str) -> None:
    assert [q.text for q in extract_quotes(text)] == [words]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ann Lee said: “The word ‘never’ is strong.”", ["The word ‘never’ is strong."]),
        ("Ann Lee wrote “a “nested” phrase” today.", ["a “nested” phrase"]),
        ("China’s ’90s boom, Ann Lee said, was “real.”", ["real."]),
    ],
)
def test_nested_marks_and_apostrophes_stay_inside_the_outer_quote(
    text: str, words: list[str]
) -> None:
    assert [q.text for q in extract_quotes(text)] == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Ann Lee said “we will act.” We are prepared.” Tom Price said “fine.”",
            ["we will act.", "fine."],
        ),
        ("Ann Lee said “never.\n\nTom Price said “fine.”", ["never.", "fine."]),
        (
            "Ann Lee said “never.” [Note] More text. ”\n\nTom Price said “fine.”",
            ["never.", "fine."],
        ),
    ],
)
def test_unbalanced_marks_are_recovered_without_losing_later_quotes(
    text: str, words: list[str]
) -> None:
    assert [q.text for q in extract_quotes(text)] == words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We will win in November.” ― Ana Ruiz\n“We are tired.” ― Tom Price",
            [
                ("We will win in November.", "Ana Ruiz", "Ana Ruiz"),
                ("We are tired.", "Tom Price", "Tom Price"),
            ],
        ),
        (
            'Transcript follows:\n\n"HOST: Let us begin.\n\n"GUEST: Thank you."',
            [("Let us begin.", "HOST", "HOST"), ("Thank you.", "GUEST", "GUEST")],
        ),
        (
            "“It is over,” the senator told reporters, according to Reuters.",
            [("It is over,", "Reuters", "Reuters")],
        ),
        ("“Not a chance,” Tom Price shot back.", [("Not a chance,", "Tom Price", "Tom Price")]),
        ("“Nonsense,” George Will wrote.", [("Nonsense,", "George Will", "George Will")]),
        (
            "The network, Tom Price said, called the move “highly significant.”",
            [("highly significant.", "Tom Price", "Tom Price")],
        ),
        (
            "Tom Price said voters will say “enough” in November.",
            [("enough", "Tom Price", "Tom Price")],
        ),
        (
            "“We are ready,” Ann Lee said, pointing out that “the plan works.”",
            [("We are ready,", "Ann Lee", "Ann Lee"), ("the plan works.", "Ann Lee", "Ann Lee")],
        ),
    ],
)
def test_credits_transcripts_and_reported_sources_name_the_speaker(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert attributions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The senator's “reform” stalled in committee.",
        "Voters in Ohio wanted a “fresh start” this year.",
        "The mayor ran again as the “law and order” candidate.",
    ],
)
def test_a_few_quoted_words_no_cue_reports_are_scare_quotes(text: str) -> None:
    assert extract_quotes(text) == []


def test_a_single_quoted_word_a_speaker_said_is_kept() -> None:
    [quote] = extract_quotes("Ann Lee called the plan “reckless” on Monday.")
    assert (quote.text, _mention(quote)) == ("reckless", "Ann Lee")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mr. Hale said he hoped with his “whole heart” that the bill passes.",
            "whole heart",
            "Mr. Hale",
        ),
        ("Ann Lee is said to be “furious” with the mayor.", "furious", "Ann Lee"),
    ],
)
def test_a_few_quoted_words_after_a_reporting_verb_belong_to_its_subject(
    text: str, words: str, speaker: str
) -> None:
    [quote] = extract_quotes(text)
    assert (quote.text, _mention(quote)) == (words, speaker)


@pytest.mark.parametrize(
    ("text", "quotations"),
    [
        (
            "“We will win,” said Ann Lee, a host on the TV show “Shark Tank.” “It is close.”",
            ["We will win,", "It is close."],
        ),
        ("“We will win,” Ann Lee said. The “Avatar” star spoke for an hour.", ["We will win,"]),
    ],
)
def test_a_title_inside_a_noun_phrase_is_no_continued_quotation(
    text: str, quotations: list[str]
) -> None:
    assert [q.text for q in extract_quotes(text)] == quotations


def test_marks_inside_an_embedded_post_are_not_reported_speech() -> None:
    text = (
        "Lee answered online.\n\n"
        '<tweet author="@annlee">Voters want “real jobs, not slogans” today</tweet>\n\n'
        "“We will win,” Ann Lee said."
    )
    assert [q.text for q in extract_quotes(text)] == ["We will win,"]


@pytest.mark.parametrize(
    "headline",
    ["Lee: 'We will win this fight.'", "Mayor calls budget plan 'reckless,' vows veto"],
)
def test_single_quoted_words_in_a_first_line_above_a_body_are_headline_fragments(
    headline: str,
) -> None:
    text = f"{headline}\n\n“We will win this fight,” Ann Lee said."
    assert [q.text for q in extract_quotes(text)] == ["We will win this fight,"]


def test_quotes_in_a_title_cased_headline_are_not_reported_speech() -> None:
    text = "Senator Slams ‘Reckless’ Budget Plan In Fiery Speech\n\n“It is reckless,” Ann Lee said."
    assert [q.text for q in extract_quotes(text)] == ["It is reckless,"]
