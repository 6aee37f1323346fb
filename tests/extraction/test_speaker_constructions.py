"""Speaker constructions found in the training split's errors, one table per construction."""

import pytest

from service.extraction import extract_quotes


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(quoted words, speaker mention) for each quotation."""
    return [
        (q.text, q.speaker_mention.text if q.speaker_mention else None)
        for q in extract_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee sent out a fundraising call, asking donors to “give $5 to the campaign.”",
            ("give $5 to the campaign.", "Ann Lee"),
        ),
        (
            "Tom Price sounded a rare note of doubt, saying, “I may be wrong.”",
            ("I may be wrong.", "Tom Price"),
        ),
        (
            "Ann Lee then interjected, calling the proposed child care credit “a giveaway.”",
            ("a giveaway.", "Ann Lee"),
        ),
        (
            "Tom Price sent a series of tweets on Friday saying that Ann Lee was “a disgrace.”",
            ("a disgrace.", "Tom Price"),
        ),
        (
            "Ann Lee says Tom Price’s flurry of late-night tweets was “unhinged, even for him.”",
            ("unhinged, even for him.", "Ann Lee"),
        ),
        (
            "Ann Lee answered the charge by saying, “I have done nothing wrong.”",
            ("I have done nothing wrong.", "Ann Lee"),
        ),
    ],
)
def test_a_reporting_verb_after_a_modifier_is_a_noun_not_the_cue(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The test failed,” experts Ann Lee and Tom Price wrote in a report.",
            ("The test failed,", "experts Ann Lee and Tom Price"),
        ),
        (
            "“We condemn it,” the Ohio senator and Republican candidate said in a statement.",
            ("We condemn it,", "the Ohio senator and Republican candidate"),
        ),
    ],
)
def test_joined_subjects_after_a_quotation_are_one_speaker(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“She will fight for you,” a voice-over in the ad states.",
            ("She will fight for you,", "a voice-over"),
        ),
        (
            "“Vote on Tuesday,” the narrator in the new spot says. “Every vote counts.”",
            ("Vote on Tuesday,", "the narrator"),
        ),
    ],
)
def test_a_verb_past_a_prepositional_phrase_ends_the_cue(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text)[0] == expected


def test_a_noun_ending_a_prepositional_phrase_is_no_cue() -> None:
    text = "He is manipulating his “average American” followers into believing his message."
    assert speakers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first clash came at a rally, when two protesters interrupted her, shouting "
            "“Go home!”",
            ("Go home!", "two protesters"),
        ),
        (
            "Ann Lee was asked at a lunch whether she would run, but she laughed and said, "
            "“We will see.”",
            ("We will see.", "she"),
        ),
        (
            "Tom Price, a retired general, opened the debate when he brought up the war and "
            "later said, “It was a mistake.”",
            ("It was a mistake.", "he"),
        ),
        (
            "Speaking at a town hall in Salem, Ann Lee went after Tom Price, calling him "
            "“a lightweight.”",
            ("a lightweight.", "Ann Lee"),
        ),
        (
            "Ann Lee and Tom Price issued a statement calling the talks “a good first step.”",
            ("a good first step.", "Ann Lee and Tom Price"),
        ),
        (
            "Ann Lee noted that Tom Price has criticized the mayor and called him “weak.”",
            ("weak.", "Ann Lee"),
        ),
        (
            "As they walked the halls, some delegates could be heard grumbling that the rules "
            "were “rigged.”",
            ("rigged.", "some delegates"),
        ),
    ],
)
def test_a_participle_or_joined_verb_takes_the_nearest_clause_subject(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee is upbeat about the race, in part because she sees Price as weak.\n\n"
            "“We will win in November.”",
            ("We will win in November.", "Ann Lee"),
        ),
        (
            "Tom Price was quick to defend the wall on Thursday.\n\n"
            "“They are pouring in. We do not know who they are.”",
            ("They are pouring in. We do not know who they are.", "Tom Price"),
        ),
    ],
)
def test_a_cue_less_quote_paragraph_takes_the_named_subject_before_it(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "before",
    [
        "The new law also bans the practice after 20 weeks.",
        "They think the progress on climate change is real.",
    ],
)
def test_no_speaker_from_a_paragraph_without_a_named_subject(before: str) -> None:
    text = f"{before}\n\n“This is the law of the land, and it will stay that way.”"
    assert speakers(text) == [("This is the law of the land, and it will stay that way.", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Price met voters.\n\nAt a rally, Price likened the plan to a “vicious snake.”",
            ("vicious snake.", "Price"),
        ),
        (
            "Oversight Committee Republicans seethed at the deal over her “personal messages.”",
            ("personal messages.", "Oversight Committee Republicans"),
        ),
    ],
)
def test_a_few_quoted_words_in_a_sentence_about_a_named_subject_are_theirs(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Programs vary with whether adults are “high” or “low” functioning.",
        "Lee premiered her film. Lee’s “13th” documents the prison boom.",
        "By 2010, Tea Party “super PACs” had seized on the issue.",
    ],
)
def test_a_few_quoted_words_without_a_named_subject_stay_scare_quotes(text: str) -> None:
    assert speakers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Media shares blame in poll hype - Ann Lee: “Pollsters are taking a lot of heat.”",
            ("Pollsters are taking a lot of heat.", "Ann Lee"),
        ),
        (
            "RED STATES OUTNUMBER BLUE STATES - Tom Price: “Our analysis finds 20 red states.”",
            ("Our analysis finds 20 red states.", "Tom Price"),
        ),
    ],
)
def test_a_name_between_a_dash_and_a_colon_credits_the_excerpt(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "subhead", ["– Ready to quiz the mayor –.", "— Old hands —", "- Country less safe -."]
)
def test_a_subhead_between_dashes_credits_no_one(subhead: str) -> None:
    text = f"Ann Lee said she believes in journalism that “takes sides.”\n\n{subhead}\n\nMore."
    assert speakers(text) == [("takes sides.", "Ann Lee")]


def test_a_dash_before_a_name_on_the_next_line_still_credits_it() -> None:
    text = "Ann Lee spoke first.\n\n“We are tired of waiting.”\n\n— Tom Price, mayor\n\nMore."
    assert speakers(text)[-1] == ("We are tired of waiting.", "Tom Price")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayor Ann Lee defended her aide as a “very decent man” on Tuesday.",
            ("very decent man", "Mayor Ann Lee"),
        ),
        (
            "First, Tom Price identified the judge as “Spanish,” which was wrong.",
            ("Spanish,", "Tom Price"),
        ),
        (
            "Tom Price later defended his comments as being “sarcastic.”",
            ("sarcastic.", "Tom Price"),
        ),
    ],
)
def test_who_defends_or_identifies_something_as_quoted_words_said_them(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "asides",
    [
        "the attorney general of Oklahoma, one of the states suing the agency,",
        "assistant secretary of state for population, refugees, and migration,",
        "30, of Raleigh, N.C., who was among those polled,",
    ],
)
@pytest.mark.parametrize("verb", ["said.", "told reporters.", "said in a statement."])
def test_a_name_keeps_its_quotation_across_chained_asides(asides: str, verb: str) -> None:
    text = f"The plan was new. “It is an invasion,” Ann Lee, {asides} {verb}"
    assert speakers(text) == [("It is an invasion,", "Ann Lee")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The main test is a “lawful source of investment income,” as a State memo put it.",
            ("lawful source of investment income,", "a State memo"),
        ),
        (
            "Proxies are barred when voting “to fill a vacancy on the ticket,” per the bylaws.",
            ("to fill a vacancy on the ticket,", "the bylaws"),
        ),
        (
            "Still, the fact that the race “is a dead heat right now,” as Tom Price said on the "
            "radio, matters.",
            ("is a dead heat right now,", "Tom Price"),
        ),
    ],
)
def test_as_someone_put_it_or_per_someone_after_a_quotation_names_its_source(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


def test_as_with_a_verb_taking_its_own_clause_names_no_source() -> None:
    text = "Ann Lee worked the crowd, praising “his integrity” as Tom Price promised to help."
    assert speakers(text) == [("his integrity", "Ann Lee")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He later suggested her cycle was behind her aggressive tone, called her “third-rate” "
            "and left.",
            ("third-rate", "He"),
        ),
        (
            "Ann Lee said the choice was between two bad plans, called the deal “a disgrace” and "
            "left.",
            ("a disgrace", "Ann Lee"),
        ),
        (
            "Ann Lee said the money was beyond the budget, called the deal “a disgrace” and left.",
            ("a disgrace", "Ann Lee"),
        ),
    ],
)
def test_the_object_of_behind_between_or_beyond_is_not_the_next_verbs_subject(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


def test_a_spaced_hyphen_ends_a_dateline() -> None:
    text = "NEW YORK - Mayor Ann Lee took aim at the plan, calling it “a disgrace to the city.”"
    assert speakers(text) == [("a disgrace to the city.", "Mayor Ann Lee")]


@pytest.mark.parametrize(
    "text",
    [
        "“We know they did it,” Ann Lee said in an interview with “Fox News Sunday.”",
        "“It is my job,” Tom Price said in May on the podcast “Here’s the Thing.”",
    ],
)
def test_a_show_named_after_with_or_a_media_noun_is_no_quotation(text: str) -> None:
    assert [words for words, _ in speakers(text)] == [text.split("”")[0].lstrip("“")]


def test_a_span_opened_by_a_closing_mark_is_no_quotation() -> None:
    text = (
        "“We will win,” Ann Lee said.\n\n"
        "”Fear. I am afraid the other side will win.” ― Tom Price.\n\n"
        "“It is over,” Lee added."
    )
    assert [words for words, _ in speakers(text)] == ["We will win,", "It is over,"]


def test_a_subject_guess_yields_to_the_next_quotation_s_own_cue() -> None:
    text = (
        "“We will win,” Ann Lee said.\n\n"
        "When asked about the race, Tom Price “bristled” and said, “No comment,” "
        "the Miami Tribune reported."
    )
    assert [mention for _, mention in speakers(text)][1:] == ["the Miami Tribune"] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ines Marov, the foreign minister of Ruritania, a member of the council, said the "
            "test “cannot be left without consequences.”",
            ("cannot be left without consequences.", "Ines Marov"),
        ),
        (
            "Tom Lanko, the communications director for the state party said the count “is final.”",
            ("is final.", "Tom Lanko"),
        ),
    ],
    ids=["two-asides", "an-aside-no-comma-closes"],
)
def test_a_name_opening_the_sentence_before_its_asides_is_the_speaker(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Ohio, the company, which is based there, said the plan “is dead.”",
            ("is dead.", "the company"),
        ),
        (
            "Lanko, a top aide said, “is very confident in the contrast.”",
            ("is very confident in the contrast.", "a top aide"),
        ),
    ],
    ids=["a-place-before-the-subject", "a-surname-the-quote-is-about"],
)
def test_a_description_after_a_place_or_a_topic_stays_the_speaker(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize("verb", ["quoted as saying", "heard saying"])
def test_a_name_reported_as_saying_after_a_quotation_is_the_speaker(verb: str) -> None:
    text = f"“We will not back down,” Ray Scott was {verb}."
    assert speakers(text) == [("We will not back down,", "Ray Scott")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“I rise to nominate him,” US Senator Jeff Sessions said.",
            ("I rise to nominate him,", "US Senator Jeff Sessions"),
        ),
        (
            "“I rise to nominate him,” said US Senator Jeff Sessions.",
            ("I rise to nominate him,", "US Senator Jeff Sessions"),
        ),
        ("“It is for all of us,” Lee said.", ("It is for all of us,", "Lee")),
    ],
)
def test_us_in_capitals_is_the_country_not_the_pronoun(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gingrich — a leading choice for running mate — told Fox News “I would be honored.”",
            ("I would be honored.", "Gingrich"),
        ),
        (
            "Gingrich – mentioned by Newsmax as a choice – told reporters that “it is an honor.”",
            ("it is an honor.", "Gingrich"),
        ),
        ("The crowd roared — Lee said “it was fair.”", ("it was fair.", "Lee")),
    ],
)
def test_an_aside_between_dashes_is_stepped_over_to_the_speaker(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Later on Sunday, Ann Lee shared a syllabus for a 2002 psychology class called "
            "“Perception” on her Facebook page, writing “Here is the class you claim never "
            "existed.”",
            ("Here is the class you claim never existed.", "Ann Lee"),
        ),
        (
            "Later on Sunday, Ann Lee shared a syllabus for a class called “Perception” on her "
            "page, writing “Here is the class you claim never existed.”",
            ("Here is the class you claim never existed.", "Ann Lee"),
        ),
    ],
)
def test_a_participle_reaches_past_the_verb_of_an_earlier_quotation_to_its_subject(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in speakers(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By contrast, Ann Lee said that once the Senate goes on recess, “I will be on the "
            "trail every day.”",
            ("I will be on the trail every day.", "Ann Lee"),
        ),
        ("Ann Lee went on: “We will win.”", ("We will win.", "Ann Lee")),
        ("Ann Lee went on to say “we will win.”", ("we will win.", "Ann Lee")),
        (
            "“Are you winning?” she said, but Tom was drifting off again, and as Ann Lee went on "
            "about “how the system is rigged,” he slept.",
            ("how the system is rigged,", "Ann Lee"),
        ),
    ],
)
def test_went_on_is_a_cue_only_when_it_means_speaking_on(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in speakers(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee thinks the video should be released, but said “it will not change anything.”",
            ("it will not change anything.", "Ann Lee"),
        ),
        (
            "Ann Lee said on Friday that she thinks the video should be released but said “it "
            "will not change anything.”",
            ("it will not change anything.", "she"),
        ),
        (
            "Ann Lee thinks Tom Price said “it will not change anything.”",
            ("it will not change anything.", "Tom Price"),
        ),
    ],
)
def test_a_verb_joined_to_a_thought_shares_the_thinker(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee spoke first. “It is a great day,” she said.\n\n“It is a sad day,” reacted "
            "Tom Price.",
            ("It is a sad day,", "Tom Price"),
        ),
        (
            "“It is a great day,” she said.\n“It will always be a great day,” an angry Tom Price "
            "retaliated.",
            ("It will always be a great day,", "an angry Tom Price"),
        ),
        ("“I took the money,” Tom Price confessed.", ("I took the money,", "Tom Price")),
    ],
)
def test_reacting_retaliating_and_confessing_report_speech(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in speakers(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The kingdom stands with its allies," the Saudis state in the white paper.',
            ("The kingdom stands with its allies,", "the Saudis"),
        ),
        (
            '"Family leave," the document states, becomes available "after a year of service."',
            ("Family leave,", "the document"),
        ),
    ],
)
def test_a_noun_like_reporting_verb_after_its_subject_is_the_cue(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        '"We stand with our allies," the Senate report in May found.',
        'Marchers went through town chanting "No more wars," raising fresh questions about it.',
    ],
)
def test_a_noun_phrase_ending_in_a_noun_like_verb_form_is_not_split(text: str) -> None:
    assert all(speaker not in ("the Senate", "raising fresh") for _, speaker in speakers(text))


def test_a_short_title_inside_an_aside_does_not_hide_the_verb_after_it() -> None:
    text = (
        "“We have had better conventions,” Texas delegate Ann Lee, wearing a cowboy hat and "
        "“Ted Cruz” campaign pins, said matter-of-factly as confetti fluttered down."
    )
    assert ("We have had better conventions,", "Texas delegate Ann Lee") in speakers(text)


def test_an_adverb_after_an_inverted_verb_is_no_speaker() -> None:
    text = (
        "“We have had better conventions,” Ann Lee, wearing a hat that read “We will keep "
        "fighting for every last vote in this state,” said matter-of-factly as confetti fell."
    )
    assert all(speaker != "matter-of-factly" for _, speaker in speakers(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She gives credit to black storytellers because to her, “there is nothing more "
            "important than telling the story.”",
            ("there is nothing more important than telling the story.", "She"),
        ),
        (
            "He heaps credit on his editors because to him, “nobody wins alone.”",
            ("nobody wins alone.", "He"),
        ),
    ],
)
def test_a_pronoun_and_its_verb_are_not_a_speaker_s_name(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the convention in Denver his deputies forced a change in the party platform, "
            "stripping out a call for “providing emergency waivers” to farmers and replacing it "
            "with softer language calling for “appropriate help.”",
            ("appropriate help.", "his deputies"),
        ),
        (
            "At the convention in Denver his deputies forced a change in the party platform, "
            "saying it needed “appropriate help.”",
            ("appropriate help.", "his deputies"),
        ),
        (
            "For instance: That Ann Lee also misjudged the envoy, having referred to him as a "
            "“reformer.”",
            ("reformer.", "Ann Lee"),
        ),
    ],
)
def test_a_participle_after_a_comma_takes_the_subject_of_the_clause_before(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Likewise, a report from the council had this to say: “Families would receive more.”",
            ("Families would receive more.", "a report"),
        ),
        (
            "Moreover, as part of the exchange, Tom Price referenced a report that “less than "
            "one percent of emails” were captured.",
            ("less than one percent of emails", "Tom Price"),
        ),
    ],
)
def test_a_sentence_adverb_before_a_comma_is_no_speaker(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "WASHINGTON, July 25 (UPI) — The committee released a statement Monday, offering "
            "“a deep and sincere apology” to Ann Lee.",
            ("a deep and sincere apology", "The committee"),
        ),
        (
            "RENO, Nev., Dec. 8 (UPI) — In response to the plan, the senator’s top aide rallied "
            "supporters, saying: “We have to be ready to stop him.”",
            ("We have to be ready to stop him.", "the senator’s top aide"),
        ),
    ],
)
def test_a_dateline_with_a_date_and_an_agency_is_no_speaker(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Another intelligence source speaking to Fox News said, “The agents are "
            "investigating the donations.”",
            ("The agents are investigating the donations.", "Another intelligence source"),
        ),
        (
            "A senior official talking to reporters said, “The talks are over.”",
            ("The talks are over.", "A senior official"),
        ),
    ],
)
def test_whom_the_speaker_spoke_to_is_no_speaker(text: str, expected: tuple[str, str]) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "“We will win this year!” state Del. Marcia Price shouted to the crowd.",
            "state Del. Marcia Price",
            "Marcia Price",
        ),
        (
            "“We will hold the line this year,” Adm. Mike Mullen told the panel.",
            "Adm. Mike Mullen",
            "Mike Mullen",
        ),
    ],
)
def test_a_delegates_or_admirals_title_ends_no_sentence(text: str, mention: str, name: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker_mention is not None and quote.speaker_mention.text == mention
    assert quote.speaker is not None and quote.speaker.name == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We will win,” the mayor’s spokeswoman, Ann Lee, said.",
            ("We will win,", "Ann Lee"),
        ),
        (
            "“We will win this year,” his lawyer, Tom Price (R-Ga.), told reporters.",
            ("We will win this year,", "Tom Price"),
        ),
        (
            "“We will win,” a senior official, speaking on condition of anonymity, said.",
            ("We will win,", "a senior official"),
        ),
    ],
)
def test_a_description_yields_to_the_name_in_apposition_after_it(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We have to stop and listen to them,” the retired neurosurgeon told reporters.",
            ("We have to stop and listen to them,", "the retired neurosurgeon"),
        ),
        (
            "“Senator Cruz appreciates all of his supporters,” the printed slate card read.",
            ("Senator Cruz appreciates all of his supporters,", "the printed slate card"),
        ),
        (
            "“A state cannot avoid the conclusion that its process removes voters,” said the "
            "ruling.",
            ("A state cannot avoid the conclusion that its process removes voters,", "the ruling"),
        ),
    ],
)
def test_a_verb_form_after_an_article_is_part_of_the_speaker(
    text: str, expected: tuple[str, str]
) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "First, the department is correct. The “90 to 95 percent” figure came from the "
            "campaign.",
            ("90 to 95 percent", None),
        ),
        (
            "As a result, there’s still “a very powerful industry that has the freedom to "
            "charge whatever.”",
            ("a very powerful industry that has the freedom to charge whatever.", None),
        ),
    ],
)
def test_an_article_or_a_contracted_there_is_names_no_speaker(
    text: str, expected: tuple[str, None]
) -> None:
    assert speakers(text) == [expected]


def test_a_participle_after_a_quotation_opens_no_speaker() -> None:
    text = (
        "Six months ago, the senator said, the media considered him a “fringe candidate,” "
        "making air quotes."
    )
    assert speakers(text) == [("fringe candidate,", "the senator")]
