"""Pronoun speakers resolve to the person the narration last brought forward, not only to the
last person quoted."""

from __future__ import annotations

import pytest

from service.extraction import extract_quotes


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        (
            "“Nobody expected him to run,” said Tom Baker, a historian.\n\n"
            "Ann Wells disagrees. Wells has raised more money than any rival. "
            "“I have done all I needed to do,” she said.",
            "I have done",
            "Ann Wells",
        ),
        (
            "“Nobody expected him to run,” said Tom Baker, a historian.\n\n"
            "Although Ray Scott once doubted it, Scott bristles at the suggestion. "
            "“I am ready for this,” he said.",
            "I am ready",
            "Ray Scott",
        ),
        (
            "“Nobody expected him to run,” said Tom Baker, a historian.\n\n"
            "The debate changed little, noted NBC’s Peter Lanz. "
            "“Debates happen late in the campaign,” he wrote.",
            "Debates happen",
            "Peter Lanz",
        ),
        (
            "“Nobody expected him to run,” said Tom Baker, who once advised Jim Hall. "
            "“He surprised everyone,” he added.",
            "He surprised",
            "Tom Baker",
        ),
    ],
    ids=[
        "named-in-a-later-sentence",
        "sentence-opener-is-not-a-first-name",
        "owner-is-not-part-of-the-name",
        "name-in-the-speakers-own-sentence-does-not-count",
    ],
)
def test_pronoun_speaker_resolves_to_the_person_named_since_the_last_quote(
    text: str, quote_start: str, speaker: str
) -> None:
    quote = next(q for q in extract_quotes(text) if q.text.startswith(quote_start))
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Rates will rise,” said Tom Baker.\n\n"
            "Conservative economist Ann Wells, who studies tax policy, "
            "said Mary Stone's plan was vague. "
            "“I see no details,” she said.",
            "Ann Wells",
        ),
        (
            "“Rates will rise,” said Tom Baker.\n\n"
            "The analyst Kim Ostrowski was asked about the plan later. "
            "Ostrowski agreed with Baker. "
            "“It is pandering,” he said.",
            "Kim Ostrowski",
        ),
    ],
    ids=["the-sentence-subject-over-a-later-name", "a-person-of-unknown-gender"],
)
def test_pronoun_prefers_the_subject_of_the_latest_sentence_naming_someone(
    text: str, speaker: str
) -> None:
    quote = next(q for q in extract_quotes(text) if q.text.startswith(("I see", "It is")))
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Rates will rise,” said Tom Baker.\n\n"
            "Sen. Dan Perez (R-Ga.) said he doubted the plan would hurt Romney in 2012. "
            "“Those are distractions,” he said.",
            "Dan Perez",
        ),
        (
            "“Rates will rise,” said Tom Baker.\n\n"
            "Floods in South Asia could affect a billion people, Mr. Baker said. "
            "“That is a crisis,” he said.",
            "Tom Baker",
        ),
    ],
    ids=["titles-and-initials-do-not-end-sentences", "a-place-is-not-a-speaker"],
)
def test_pronoun_antecedents_skip_abbreviations_and_places(text: str, speaker: str) -> None:
    quote = next(q for q in extract_quotes(text) if q.text.startswith(("Those", "That")))
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("Retired U.S. Air Force Gen. Roy Hamm spoke out on Monday.", "Roy Hamm"),
        ("Former New York City Police Commissioner Roy Hamm spoke out on Monday.", "Roy Hamm"),
    ],
)
def test_a_name_after_a_long_run_of_descriptors_is_cast(introduction: str, speaker: str) -> None:
    text = (
        f"{introduction}\n\nIn an interview with Ann Wells, Hamm said he had doubts about "
        "President Barack Obama.\n\n“It was demoralizing,” he told the host."
    )
    quote = extract_quotes(text)[0]
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Glenn Beck Blasts Drudge For Mocking Him\n\n"
            "Ted Cruz spoke first. Beck followed him on stage.\n\n"
            "“He is the next George Washington,” Beck said.",
            "Beck",
        ),
        (
            "Hillary Clinton arrived late.\n\n“We will win,” Hillary said.",
            "Hillary Clinton",
        ),
        (
            "Trump University closed in 2010.\n\n“It was a great school,” Trump said.",
            "Trump",
        ),
    ],
    ids=["not-a-word-inside-a-headline", "a-known-first-name", "not-an-organisation"],
)
def test_a_single_name_resolves_to_the_person_it_begins_or_ends(text: str, speaker: str) -> None:
    quote = extract_quotes(text)[0]
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_a_place_named_alone_is_no_antecedent_for_a_pronoun() -> None:
    text = (
        "Turnout is rising, said Mindy Romero, who studies voting.\n\n"
        "But California has seen a surge of new voters, Romero said. "
        "“They are motivated,” she said."
    )
    quote = extract_quotes(text)[0]
    assert quote.speaker is not None and quote.speaker.name == "Mindy Romero"


def test_a_surname_modifying_a_noun_is_no_antecedent_for_a_pronoun() -> None:
    text = (
        "Hillary Clinton spoke on Monday.\n\n"
        "“The campaign is in panic mode,” said Leslie Wimes, a Florida activist.\n\n"
        "Some believe the Clinton campaign took black voters for granted.\n\n"
        "“They have a big problem,” she said."
    )
    quote = next(q for q in extract_quotes(text) if q.text.startswith("They have"))
    assert quote.speaker is not None and quote.speaker.name == "Leslie Wimes"


@pytest.mark.parametrize(
    "body", ["the Commission on Presidential Debates", "the Bureau of Labor Statistics"]
)
def test_the_words_of_an_organisations_name_are_no_antecedent(body: str) -> None:
    text = (
        "Donald Trump is raising questions about his microphone.\n\n"
        f"He notes that {body} announced on Friday that there was an issue.\n\n"
        "He says, “Working that microphone was a lot more difficult.”"
    )
    quote = extract_quotes(text)[0]
    assert quote.speaker is not None and quote.speaker.name == "Donald Trump"


def test_titles_before_a_description_are_no_antecedent() -> None:
    text = (
        "Former Democratic candidate Bernie Sanders said Wednesday he agrees.\n\n"
        "The Vermont senator declined to comment. But he said “the record is quite clear.”"
    )
    quote = extract_quotes(text)[0]
    assert quote.speaker is not None and quote.speaker.name == "Bernie Sanders"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Gary Johnson spoke in Ohio.\n\nHis rivals are Hillary Clinton and Donald Trump. "
            "Johnson said: “We will win this year.”",
            "Gary Johnson",
        ),
        (
            "Bernie Sanders toured Iowa on Monday.\n\nThe crowd waited hours for Sanders. "
            "He told them: “We will win this year.”",
            "Bernie Sanders",
        ),
        (
            "It might work against Ann Lee.\u00a0At least the campaign hopes so, said Tom Price."
            "\n\n“It is over,” Lee said.",
            "Ann Lee",
        ),
    ],
)
def test_a_name_never_runs_across_the_end_of_a_sentence(text: str, speaker: str) -> None:
    quote = extract_quotes(text)[0]
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_a_group_written_capitalised_is_no_antecedent() -> None:
    text = (
        "“Nobody expected this,” said Tom Baker, a historian.\n\n"
        "On Monday he met top Senate Democrats. “It was a good meeting,” he said."
    )
    quote = extract_quotes(text)[1]
    assert quote.speaker is not None and quote.speaker.name == "Tom Baker"


def test_a_modal_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = (
        "Tom Clarke runs a coal firm.\n\n"
        "Should Mr. Clarke succeed, prices will fall. “We will win this fight,” Mr. Clarke said."
    )
    quote = extract_quotes(text)[0]
    assert quote.speaker is not None and quote.speaker.name == "Tom Clarke"


@pytest.mark.parametrize("word", ["Another", "One", "People", "Officials"])
def test_a_lone_capitalised_quantifier_or_group_is_a_description(word: str) -> None:
    quote = extract_quotes(f"Voters were split.\n\n{word} said: “We will lose this fight.”")[0]
    assert quote.speaker is not None and quote.speaker.kind == "description"


def test_a_lone_capitalised_word_after_an_opener_is_no_antecedent() -> None:
    text = (
        "Tom Price spoke in Ohio.\n\n"
        "Price has also commented on the shooting.\n\n"
        "On Wednesday, he told a crowd that he was troubled.\n\n"
        "“I do not know what she was thinking,” he said."
    )
    quote = extract_quotes(text)[0]
    assert quote.speaker is not None and quote.speaker.name == "Tom Price"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We are moving on,” said Sean Spicer, a party official.\n\n"
            "Debates rarely alter a race, noted NBC’s Dante Chinni.\n\n"
            "“Debates happen late in the campaign,” he wrote.",
            "Dante Chinni",
        ),
        (
            "Gold Star Mom Asks Obama To Use The Words\n\n"
            "During a town hall, Tina Houchins asked the president a question.\n\n"
            "“My son gave his life,” she said.",
            "Tina Houchins",
        ),
        (
            "“I will fight it,” said Kendal Unruh, a delegate.\n\n"
            "Even if Unruh fails, there are other ways.\n\nLee Evans, the Georgia committeeman, "
            "suggested that the votes are there.\n\n"
            "“All of the campaigns are making their arguments,” he said.",
            "Lee Evans",
        ),
        (
            "“Rents will rise,” said Tom Baker.\n\n"
            "Ondine Pellar, a spokeswoman for the Harbor Tenants Coalition, which speaks for "
            "renters, said the plan came too late.\n\n"
            "“People have already moved out,” she said.",
            "Ondine Pellar",
        ),
        (
            "“Rents will rise,” said Tom Baker.\n\n"
            "Ilse Varga, 61, a retired nurse, said she was relieved.\n\n"
            "“We waited years for this,” she said.",
            "Ilse Varga",
        ),
        (
            "“Rents will rise,” said Tom Baker.\n\n"
            "The coalition’s director, Ilse Varga, said the vote was close.\n\n"
            "“We lost by one seat,” she said.",
            "Ilse Varga",
        ),
    ],
    ids=[
        "after-the-verb",
        "before-the-verb",
        "before-an-appositive-and-the-verb",
        "before-an-appositive-a-relative-clause-and-the-verb",
        "before-an-age-an-appositive-and-the-verb",
        "an-appositive-before-the-verb",
    ],
)
def test_a_person_of_unknown_gender_next_to_a_reporting_verb_is_an_antecedent(
    text: str, speaker: str
) -> None:
    quote = extract_quotes(text)[-1]
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_a_place_before_a_comma_and_a_verb_is_no_antecedent() -> None:
    text = (
        "“Borders matter,” said Ilse Varga, a lawmaker.\n\n"
        "Ana Roth, who grew up in the Middle East, warned against the plan.\n\n"
        "“It will not work,” she said."
    )
    quote = extract_quotes(text)[-1]
    assert quote.speaker is not None and quote.speaker.name == "Ana Roth"


@pytest.mark.parametrize("body", ["Coalition", "Federation", "Caucus", "League"])
def test_a_named_body_that_speaks_is_an_organisation(body: str) -> None:
    text = f"“The vote was rigged,” Harbor Tenants {body} said in a statement."
    quote = extract_quotes(text)[0]
    assert quote.speaker is not None and quote.speaker.kind == "organization"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We will win,” said Ray Scott.\n\n"
            "Since naming former governor Ed Wald as his running mate, Tom Jansky has "
            "risen in the polls. “That is how crazy this year is,” he said.",
            "Tom Jansky",
        ),
        (
            "“We will win,” said Ray Scott.\n\n"
            "When the host steered Tom Jansky toward the race, he praised Ed Wald’s appeal. "
            "“It is funny,” he said.",
            "Tom Jansky",
        ),
    ],
    ids=["a-name-opening-the-main-clause", "a-pronoun-opening-the-main-clause"],
)
def test_a_name_in_a_sentences_opening_clause_yields_to_the_main_clauses_subject(
    text: str, speaker: str
) -> None:
    quote = extract_quotes(text)[-1]
    assert quote.speaker is not None and quote.speaker.name == speaker
