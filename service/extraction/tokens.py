"""Tokens of masked text: words, punctuation signs and whole quotations (one QUOTE token)."""

from __future__ import annotations

import re
from typing import NamedTuple

from service.extraction.lexicon import (
    BASE_FORMS,
    DETERMINERS,
    PREPOSITIONS,
    REPORTING_VERBS,
    SUBJECT_PRONOUNS,
)

QUOTE = "\x01"
_TOKEN = re.compile(r"“[^”\n]*”?|[^\W_][\w’'.&-]*|[,:;()\[\]—–]|(?<= )-(?= )")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov gen lt col capt sgt st jr sr rev inc co".split()
)
# Words before a verb that are no noun or adjective: "people say", "they also say".
_NOT_MODIFIERS = frozenset(
    """people police children men women staff and but or who that which then also often
    now still never not just only even later again to will would could should might can
    may must did do does had have""".split()
)
_PHRASAL_HEADS = {
    "shot": "back",
    "fired": "back",
    "hit": "back",
    "went": "on",
    "goes": "on",
    "pointed": "out",
    "points": "out",
}


class Token(NamedTuple):
    """One word, punctuation sign or masked quotation, with its offsets in the text.

    A named tuple rather than a frozen dataclass: an article makes hundreds of tokens, and a
    tuple is built several times faster."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_quote(self) -> bool:
        return self.text.startswith("“")

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper() or self.text[0].isdigit() and "." in self.text

    @property
    def is_verb(self) -> bool:
        return self.text in REPORTING_VERBS

    @property
    def is_participle(self) -> bool:
        """A lower-case -ing word: "stripping", "speaking", "making"."""
        return self.text.islower() and self.text.endswith("ing")

    @property
    def is_pronoun(self) -> bool:
        return self.lower.replace("'", "’").split("’")[0] in SUBJECT_PRONOUNS


def tokenize(masked: str, start: int, end: int) -> list[Token]:
    """Tokens of ``masked[start:end]``; a sentence-final full stop is split off its word."""
    found = []
    for match in _TOKEN.finditer(masked, start, end):
        word, at = match.group(), match.start()
        if word.endswith(".") and not _keeps_full_stop(word):
            word = word[:-1]
        found.append(Token(word, at, at + len(word)))
    return found


def _keeps_full_stop(word: str) -> bool:
    stem = word[:-1]
    return len(stem) == 1 or "." in stem or stem.lower() in _ABBREVIATIONS


def is_cue_verb(tokens: list[Token], at: int) -> bool:
    """A reporting verb used as a verb: not "a call", "Trump's call", "to say", "a series of
    tweets" or "a flurry of late-night tweets"; phrasal cues ("shot back", "went on", "points
    out") count by their first word."""
    if tokens[at].text in _PHRASAL_HEADS:
        following = tokens[at + 1].lower if at + 1 < len(tokens) else ""
        return following == _PHRASAL_HEADS[tokens[at].text] and not _went_somewhere(tokens, at)
    if not tokens[at].is_verb:
        return False
    before = tokens[at - 1] if at > 0 else None
    if before is None:
        return True
    if before.lower in DETERMINERS or before.lower == "to" or _noun_head(before, tokens[at]):
        return False
    if _after_preposition(tokens, at):
        return False
    return not before.text.endswith(("’s", "'s"))


def _went_somewhere(tokens: list[Token], at: int) -> bool:
    """ "went on television", "the Senate goes on recess": "on" with a place or an activity
    after it, not "went on, “…”", "went on to say" or "went on about"."""
    after = tokens[at + 2] if at + 2 < len(tokens) else None
    return (
        tokens[at + 1].lower == "on"
        and after is not None
        and after.is_word
        and after.lower not in ("to", "that", "about", "and")
    )


def _after_preposition(tokens: list[Token], at: int) -> bool:
    """ "of tweets", "of late-night tweets": a preposition, then at most a hyphenated
    modifier, heads a noun phrase; "by saying" stays a participle cue."""
    if tokens[at].lower.endswith("ing"):
        return False
    before = tokens[at - 1]
    if before.lower in PREPOSITIONS:
        return True
    modifier = "-" in before.text and before.text.islower()
    return modifier and at >= 2 and tokens[at - 2].lower in PREPOSITIONS


def _noun_head(before: Token, word: Token) -> bool:
    """ "a fundraising call", "a rare note": a base form after a singular common noun or
    adjective heads a noun phrase; a verb there would not agree ("voters say" does)."""
    if word.text not in BASE_FORMS or not before.text.isalpha() or not before.text.islower():
        return False
    if before.text.endswith(("s", "ly")) or before.text in _NOT_MODIFIERS:
        return False
    return before.text not in SUBJECT_PRONOUNS
