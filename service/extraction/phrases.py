"""Noun phrases and clause boundaries over the tokens of one masked sentence."""

from __future__ import annotations

from service.extraction.asides import SKIPPABLE
from service.extraction.lexicon import CALENDAR, DETERMINERS, REPORTING_VERBS
from service.extraction.tokens import Token, is_cue_verb

_NAME_LINKS = frozenset({"of", "de", "van", "von", "bin", "al", "la", "le", "du", "del", "da"})
_STOP = frozenset(
    """that and but or nor as if when while after before because since though although so
    in on at for to with from by about than into over under during against without within
    across through via per upon amid among toward towards is was are were be been being has
    had have do does did will would can could may might must shall should not never also
    then later once again still yet now just even only already however meanwhile earlier
    here there this what which whom whose where why how it's today yesterday tomorrow last
    next up out off all more less very too such it him them me us until unless whether who
    including despite like although whose along alongside together instead rather""".split()
)  # fmt: skip
# "May" opening a sentence is as often the modal.
_CALENDAR = CALENDAR - {"may"} | {"tonight", "today", "yesterday"}
# Frequent verbs that end a subject phrase read rightwards ("The first incident came ...").
_COMMON_VERBS = frozenset(
    """came went made took gave got saw knew thought found became began left felt brought held
    kept ran sent won lost met paid sat stood led comes goes makes takes gets seems appears
    remains needs wants knows thinks sees gives becomes seemed appeared remained""".split()
)  # fmt: skip
# Verbs of thinking that no noun phrase holds (unlike "claims" or "notes").
_THINKING = frozenset("thinks believes believed knows knew".split())
# Verbs that take a clause ("said he would"): the clause's subject is theirs to report.
CLAUSE_VERBS = _THINKING | frozenset(
    """said says told tells added adds noted notes argued argues wrote writes insisted
    insists claimed claims conceded concedes acknowledged admitted thought""".split()
)
# Irregular past tenses, for telling a finite clause ("he heard", "Trump cut") from a phrase.
_IRREGULAR_PAST = frozenset(
    """said told wrote spoke heard put cut set let hit shut quit spent built bought brought
    caught taught fought sought thought sold held told took shook woke wore tore swore drove
    rode rose wrote chose froze broke spoke stole gave forgave ate fell began drank sang rang
    swam ran sat stood understood withstood meant felt dealt kept slept swept left lost sent
    lent bent led fed fled read struck stuck hung dug won shone""".split()
)  # fmt: skip
# Surnames spelled like function words: George Will, Theresa May.
_NAMES_LIKE_STOPS = frozenset({"Will", "May", "US"})
_ADVERBIAL_REACH = 20
# Far enough for "RENO, Nev., Dec. 8 (UPI) —".
_DATELINE_REACH = 12
_BREAKS = frozenset({",", "—", "–", "-"})
_TIME_ADVERBS = frozenset({"later", "earlier", "ago"})
_ARTICLES = frozenset({"the", "a", "an"})
_LEADING = frozenset("but and so still yet early later last like unlike".split())
# Sentence adverbs that open a sentence before a comma ("Likewise, a paper … had this to say").
_CONNECTIVES = frozenset(
    """indeed likewise moreover furthermore nevertheless nonetheless similarly additionally
    thus hence therefore consequently besides otherwise accordingly regardless overall
    notably ultimately finally again also perhaps maybe anyway afterwards afterward
    separately elsewhere ironically unfortunately fortunately importantly interestingly
    initially eventually apparently clearly obviously certainly surely""".split()
)  # fmt: skip


def clause_start(tokens: list[Token], before: int) -> int:
    """Index where the main clause starts: after a dateline ("Washington (AFP) – ..."), an
    opening adverbial ("On Monday, ...", "Speaking in Ohio, ...", "Minutes later, ...") or a
    leading "Then" / "But". Of several commas, the first one a likely subject follows."""
    start = _after_dateline(tokens, before)
    if before <= start or not _opens_adverbial(tokens, start):
        return start
    reach = min(before, start + _ADVERBIAL_REACH)
    commas = [i for i in range(start, reach) if tokens[i].text in _BREAKS]
    for i in commas:
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is not None and (following.is_capitalized or following.is_pronoun):
            return i + 1
    return commas[0] + 1 if commas else start + 1


def _after_dateline(tokens: list[Token], before: int) -> int:
    for i in range(min(before, _DATELINE_REACH)):
        if tokens[i].text in {"—", "–", "-"}:
            return i + 1
        if tokens[i].text[0].islower():
            return 0
    return 0


def _opens_adverbial(tokens: list[Token], at: int) -> bool:
    """Whether the sentence, from ``at``, opens with an adverbial or a dateline ("WASHINGTON —")."""
    opening = tokens[at]
    first = opening.lower
    if first in _STOP or first in SKIPPABLE or first in _LEADING or first in _CALENDAR:
        return True
    if first in _CONNECTIVES and at + 1 < len(tokens) and tokens[at + 1].text == ",":
        return True
    if opening.text.isupper() and len(opening.text) > 2 or first.startswith("there"):
        return True
    time_words = any(token.lower in _TIME_ADVERBS for token in tokens[at + 1 : at + 3])
    return opens_with_participle(tokens, at) or time_words


def opens_with_participle(tokens: list[Token], at: int = 0) -> bool:
    """ "Speaking in Ohio, …", "Asked whether …": not a name like "Boreing said …"."""
    if len(tokens) < at + 2 or not tokens[at].lower.endswith(("ing", "ed", "ly")):
        return False
    second = tokens[at + 1]
    return second.text[0].islower() and not is_cue_verb(tokens, at + 1)


def _np_word(token: Token) -> bool:
    if not token.is_word or token.lower in _STOP and token.text not in _NAMES_LIKE_STOPS:
        return False
    if token.text in _THINKING:
        return False  # "Lee thinks Trump said": a verb, never inside a name
    return token.is_capitalized or not token.is_verb


def _pronoun_then_verb(tokens: list[Token], pronoun: int, end: int) -> bool:
    """A subject pronoun followed only by lower-case words: a clause, not a phrase."""
    if pronoun == end or not tokens[pronoun].is_pronoun or tokens[pronoun].lower == "who":
        return False
    return all(token.text.islower() for token in tokens[pronoun + 1 : end + 1])


def phrase_left(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """Bounds (i, j) of the noun phrase ending at ``tokens[end]``, or None."""
    if end < 0:
        return None
    if tokens[end].is_pronoun:
        return end, end
    i = end
    while i >= 0 and end - i < 9:
        token = tokens[i]
        if _pronoun_then_verb(tokens, i, end):
            return None  # "She gives credit to …": no noun phrase ends at "gives"
        linked = token.lower in _NAME_LINKS and i > 0 and tokens[i - 1].is_capitalized
        if not (_np_word(token) or linked):
            break
        if token.lower in DETERMINERS or token.text.endswith(("’s", "'s")) and i < end:
            return (i, end) if i < end else None
        i -= 1
    return (i + 1, end) if i < end else None


def phrase_right(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """Bounds (i, j) of the noun phrase starting at ``tokens[start]``, or None."""
    if start >= len(tokens):
        return None
    if tokens[start].is_pronoun:
        return start, start
    j = start
    while j < len(tokens) and j - start < 9:
        token = tokens[j]
        is_determiner = j == start and token.lower in DETERMINERS
        linked = token.lower in _NAME_LINKS and j > start and tokens[j - 1].is_capitalized
        # Right after an article a word is a noun or adjective ("the ruling", "an archived")
        after_article = j == start + 1 and tokens[start].lower in _ARTICLES
        after_article = after_article and token.text.islower()
        after_article = after_article and (token.is_verb or token.text.endswith("ed"))
        verb_like = j > start and token.text.islower()
        verb_like = verb_like and (token.text.endswith("ed") or token.text in _COMMON_VERBS)
        phrasal = j > start and is_cue_verb(tokens, j) and token.text not in REPORTING_VERBS
        stop = token.is_pronoun or (verb_like or phrasal) and not after_article
        if stop or not (_np_word(token) or is_determiner or linked or after_article):
            break
        j += 1
    if j == start + 1 and _is_lone_adverb(tokens[start]):
        return None  # "“…,” said matter-of-factly as confetti fell"
    return (start, j - 1) if j > start else None


def _is_lone_adverb(token: Token) -> bool:
    return token.text.islower() and token.text.endswith("ly") and len(token.text) > 4


def looks_finite(token: Token) -> bool:
    """A lower-case past tense or frequent verb form ("interrupted", "went", "said")."""
    text = token.text
    if not text.isalpha() or not text.islower():
        return False
    finite = text in _COMMON_VERBS or text in _IRREGULAR_PAST or text in CLAUSE_VERBS
    return finite or text.endswith("ed")
