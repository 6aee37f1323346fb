"""Speaker matching through names, surnames, titles, aliases and descriptions."""

from __future__ import annotations

import pytest

from service.matching import SourceSpeaker, match_speaker


def person(name: str, *aliases: str) -> SourceSpeaker:
    return SourceSpeaker(None, name, "person", aliases)


def described(description: str) -> SourceSpeaker:
    return SourceSpeaker(None, description, "description")


def organization(name: str) -> SourceSpeaker:
    return SourceSpeaker(None, name, "organization")


@pytest.mark.parametrize(
    ("claimed", "speaker", "expected"),
    [
        ("Antony Blinken", person("Antony Blinken"), "full"),
        ("antony blinken", person("Antony Blinken"), "full"),
        ("Blinken", person("Antony Blinken"), "full"),
        ("Secretary Blinken", person("Antony Blinken"), "full"),
        ("Mr. Blinken", person("Antony Blinken"), "full"),
        ("Tony", person("Antony Blinken", "Tony"), "full"),
        ("Antony Blinken", person("Blinken"), "partial"),
        ("Bill Clinton", person("Hillary Clinton"), "none"),
        ("Bill Clinton", person("Hillary Clinton", "Clinton", "Mrs. Clinton"), "none"),
        ("H. Clinton", person("Hillary Clinton", "Clinton"), "partial"),
        ("Hillary Rodham Clinton", person("Hillary Clinton"), "partial"),
        ("Xi", person("Xi Jinping"), "partial"),
        ("President Xi", person("Xi Jinping"), "partial"),
        ("Kim", person("Kim Jong Un"), "partial"),
        ("Donald Trump", person("Donald Trump Jr.", "Trump Jr."), "none"),
        ("Donald Trump Jr.", person("Donald Trump", "Trump"), "partial"),
        ("George Bush Sr.", person("George Bush Jr."), "none"),
        ("Donald Trump Jr.", person("Donald Trump Jr.", "Trump"), "full"),
        ("Xi Jinping", person("Antony Blinken"), "none"),
        ("Antony", person("Antony Blinken"), "none"),
        ("José Martínez", person("Jose Martinez"), "full"),
        ("Trump’s", person("Donald J. Trump"), "full"),
        ("State Department official", described("a senior State Department official"), "full"),
        ("a senior State Department official", described("State Department official"), "partial"),
        ("The New York Post", SourceSpeaker(None, "New York Post", "organization"), "full"),
        ("the Foreign Ministry", described("a senior Foreign Ministry official"), "partial"),
        ("a State Department spokesman", organization("the State Department"), "partial"),
        ("Clinton campaign", described("a Clinton campaign aide"), "partial"),
        ("Clinton", described("a Clinton aide"), "none"),
        ("Hillary Clinton", described("a Hillary Clinton aide"), "none"),
        ("the Justice Department", described("a State Department official"), "none"),
        ("Chinese Foreign Ministry", described("a Foreign Ministry official"), "none"),
        ("Blinkin", person("Antony Blinken"), "partial"),
        ("Anthony Blinken", person("Antony Blinken", "Blinken"), "partial"),
        ("Bonnie Glazer", person("Bonnie Glaser"), "partial"),
        ("Bill Clinten", person("Hillary Clinton"), "none"),
        ("Cohn", person("Gary Cohen"), "none"),
        ("Tony Blinken", person("Antony Blinken", "Blinken"), "partial"),
        ("Bill Clinton", person("William Jefferson Clinton"), "partial"),
        ("Bernie Sanders", person("Bernard Sanders"), "partial"),
        ("Bill Clinton", person("Hillary Clinton", "Clinton"), "none"),
        ("Ted Cruz", person("Rafael Cruz", "Cruz"), "none"),
        ("Sec. Blinken", person("Antony Blinken"), "full"),
        ("Ambassador Blinken", person("Antony Blinken"), "full"),
        ("Blinken", person("he"), "none"),
        ("", person("Antony Blinken"), "none"),
    ],
)  # fmt: skip
def test_claimed_speaker_matches_the_source_speaker(
    claimed: str, speaker: SourceSpeaker, expected: str
) -> None:
    assert match_speaker(claimed, speaker) == expected


@pytest.mark.parametrize(
    ("claimed", "speaker", "expected"),
    [
        ("Leslie Wimes, a Florida activist", person("Leslie Wimes"), "full"),
        ("Rep. John Mica (R-Fla.)", person("John Mica"), "full"),
        ("the IMF", person("IMF chief economist Maury Obstfeld"), "none"),
        ("Mr. King", person("Mr. Obama"), "none"),
        ("Officials at Homeland Security Investigations", described("officials"), "full"),
        ("a spokesman for the Clinton campaign", described("campaign spokesman"), "full"),
        ("one Democratic source on the panel", described("one Democratic source"), "full"),
        ("Mr. King", person("Charlie King"), "full"),
        ("John Podesta, a chief of staff to Mr. Obama", person("Mr. Obama"), "none"),
    ],
)
def test_appositions_and_affiliations_do_not_make_a_match(
    claimed: str, speaker: SourceSpeaker, expected: str
) -> None:
    assert match_speaker(claimed, speaker) == expected
