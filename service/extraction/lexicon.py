"""Word lists the rules rely on: reporting verbs, pronouns, titles and gendered first names."""

from __future__ import annotations

_REGULAR_VERBS = (
    "say add tell write warn argue respond shout reiterate tweet note explain state declare claim "
    "insist ask reply continue conclude call describe admit acknowledge announce promise pledge "
    "vow urge suggest recall blast accuse chant remark quip joke complain charge contend assert "
    "maintain predict concede boast muse observe yell scream mock proclaim testify confirm deny "
    "report post cite label dub brand term praise criticize criticise slam counter retort "
    "emphasize emphasise stress recount lament wonder demand threaten agree disagree repeat "
    "caution advise answer interject reason scoff sneer snap fume thunder gush marvel opine "
    "add reflect insist exclaim whisper murmur grumble plead beg insist estimate allege "
    "summarize summarise conclude elaborate elaborate clarify concede assure inform remind "
    "rail rip lash blame question challenge predict guarantee cheer applaud deride dismiss "
    "decry hail tout highlight underscore signal hint indicate mention echo ridicule taunt "
    "lecture preach pronounce rule order instruct recommend propose suggest caution concur "
    "relay recite sing chide scold rebuke condemn denounce characterize characterise "
    "reassure assure acknowledge remember bark press riff exhort snipe grouse huff mutter "
    "holler rant rave react retaliate confess "
    "tease gripe protest plead boast brag crow pronounce retort rebut admit commit concur "
    "submit chat quip snap rip jab tweet text email post blog message refer quote talk express "
    "imply publish thank credit vent assail slam cry defend identify"
).split()
_DOUBLING = frozenset(
    {"admit", "commit", "submit", "concur", "rebut", "chat", "quip", "snap", "rip", "jab", "slam",
     "refer"}
)  # fmt: skip
_IRREGULAR_FORMS = (
    "said says saying told tells telling wrote writes writing written spoke speaks speaking "
    "read reads reading put puts swore swears sworn sang sung"
).split()
# Mostly nouns ("a question", "the report"): their base and -s forms are not cues.
_NOUN_LIKE = frozenset(
    """question challenge charge report post order claim promise signal answer demand echo
    praise counter label brand term estimate joke chant rail cheer hint hail state reason
    guarantee lecture rule caution sign press text email message protest commit rant rave
    tease gripe boast crow retort jab chat snap rip bark""".split()
)  # fmt: skip


def _inflections(verb: str, every_form: bool = False) -> set[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    third = verb + "es" if verb.endswith(("sh", "ch", "ss", "x")) else verb + "s"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return {verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    past = verb + "d" if verb.endswith("e") else verb + "ed"
    if verb in _NOUN_LIKE and not every_form:
        return {past, stem + "ing"}
    forms = {verb, third, past, stem + "ing"}
    if verb in _DOUBLING:
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


REPORTING_VERBS: frozenset[str] = frozenset(
    {form for verb in _REGULAR_VERBS for form in _inflections(verb)} | set(_IRREGULAR_FORMS)
)
BASE_FORMS: frozenset[str] = frozenset(_REGULAR_VERBS) - _NOUN_LIKE
PARTICIPLE_CUES: frozenset[str] = frozenset(v for v in REPORTING_VERBS if v.endswith("ing"))
# Right after `"…," the ad` a noun-like form can only be the verb ("states", "notes").
VERBS_AFTER_QUOTE: frozenset[str] = REPORTING_VERBS | frozenset(
    form for verb in _NOUN_LIKE for form in _inflections(verb, every_form=True)
)

PREPOSITIONS = frozenset(
    """in on at for with from by about during of into over under against without within
    across through via per upon amid among toward towards near than behind beyond around
    between beside despite inside outside throughout""".split()
)
DETERMINERS = frozenset(
    """a an the one another some several many most both other these those his her their its
    our my your two three four five six seven eight nine ten""".split()
)
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "who", "you"})

MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father", "brother"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen"})
TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "sen", "senator", "rep", "representative", "gov", "governor", "president", "vice",
        "former", "prime", "minister", "secretary", "chairman", "chairwoman", "mayor", "judge",
        "justice", "gen", "general", "col", "lt", "capt", "sgt", "rev", "reverend", "pope",
        "king", "queen", "prince", "princess", "speaker", "leader", "chief", "house", "senate",
        "state", "treasury", "attorney", "candidate", "nominee", "presidential", "democratic",
        "republican", "gop", "u.s", "us", "the", "commissioner", "ambassador", "director",
        "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "host", "anchor",
        "manager", "chair", "sheriff", "officer", "agent", "deputy", "assistant", "press",
        "del", "delegate", "adm", "admiral", "cmdr", "commander",
    }
)  # fmt: skip

MALE_NAMES = frozenset(
    """donald bernie ted marco jeb ben john chris mike michael barack joe paul mitch bill george
    james robert david richard william thomas charles daniel mark steven steve kevin brian jason
    jeff jeffrey tim timothy scott eric rand rick newt harry jim jimmy tom gary martin lindsey
    reince corey roger rudy rudolph antony tony vladimir sergei peter andrew
    matthew anthony ryan adam jake sean nick nicholas frank jack larry lawrence dick ron ronald
    carl karl alan allan allen howard henry ed edward eddie bobby bob glenn mitt marco rush
    sheldon jared eric khizr hugh van tucker bret brit wolf anderson chuck sam samuel luis jose
    carlos juan jorge ahmed mohammed muhammad omar ali abdul hassan boris emmanuel justin
    benjamin bibi kim shinzo narendra recep mo lou greg gregory keith kurt patrick
    pat dan dennis doug douglas gordon hank jesse joel jon jonathan josh joshua kenneth ken
    kyle louis marcus mario max neil nathan oliver phil philip ralph randy ray raymond roy
    russell stephen stuart terry todd travis troy victor walter wayne will zach""".split()
)  # fmt: skip
FEMALE_NAMES = frozenset(
    """hillary carly sarah nancy janet elizabeth bonnie michelle melania ivanka kellyanne hope
    huma donna debbie katrina megyn kate katie mary patricia jennifer linda barbara susan
    jessica karen lisa betty margaret sandra ashley kimberly emily carol amanda melissa
    deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna
    brenda pamela nicole samantha katherine christine emma ruth julie olivia joyce virginia
    victoria kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha
    jacqueline frances gloria ann anne kathryn alice jean doris maria heather diane julia
    teresa sara janice marie rachel grace judy theresa madison beverly denise marilyn amber
    danielle rose brittany diana abigail natalie jane lori alexis tiffany kayla loretta
    condoleezza condi madeleine dianne kirsten tammy claire maxine nikki sheila valerie
    omarosa jill chelsea tulsi marsha mia theresa angela kamala ruth sonia elena""".split()
)  # fmt: skip

ORGANIZATION_WORDS = frozenset(
    """times post news journal press tribune herald agency department ministry party campaign
    committee council commission office house administration cnn fox nbc abc cbs msnbc reuters
    bloomberg breitbart politico association union institute foundation center centre group
    university college court bureau fbi cia nsa pentagon kremlin congress senate government
    company corporation corp inc network magazine report statement website coalition
    conference alliance federation league caucus organization organisation society board
    authority fund bank""".split()
)  # fmt: skip

# Places often named alone in political news: never the person a pronoun refers to.
PLACES = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico
    york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont
    virginia washington wisconsin wyoming america china russia iran iraq syria israel
    britain england france germany europe japan korea cuba canada afghanistan pakistan
    india turkey ukraine libya egypt""".split()
)  # fmt: skip
# Groups written capitalised (a sentence's first word, "Senate Democrats"): never the one
# person a pronoun refers to.
GROUPS = frozenset(
    """democrats republicans friends officials critics supporters voters leaders police
    americans people others families members aides advisers staffers analysts experts
    protesters activists delegates senators lawmakers conservatives liberals""".split()
)  # fmt: skip
# Weekdays and months, capitalised like names.
CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)
