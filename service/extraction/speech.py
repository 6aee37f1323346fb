"""Speech or not: which quoted spans report what someone said, and how directly.

A quoted span is speech unless it names a work ("Meet the Press"), is a scare quote after
"so-called", or is a single-quoted headline fragment with no cue of its own.
"""

from __future__ import annotations

import re

from service.extraction.cues import Cue
from service.extraction.layout import Place
from service.extraction.lexicon import CALENDAR
from service.extraction.marks import QuotedSpan
from service.extraction.model import QuoteType
from service.extraction.tokens import is_cue_verb

_WORD = re.compile(r"\S+")
_NAME_BEFORE = re.compile(r"(?<![\w.’'-])[A-Z][\w’'-]*\.? $")
_NAME_AFTER = re.compile(r" ([A-Z][a-z][\w’'-]*)\b")
_NICKNAME_REACH = 30
_NICKNAME_WORDS = 2
_SUBJECT_ONLY = 0.4
_SCARE_QUOTE_WORDS = 3
_REPORTED_REACH = 30
_EMBED_REACH = 600
_HEADLINE_LENGTH = 200
_NAME_REACH = 1000
_HEADLINE_SHARE = 0.6
_HEADLINE_WORDS = 4
_NOT_NAMES = frozenset({"The", "A", "An", "This", "That", "It", "They", "We", "I", "You"})
_NOT_SPEECH = frozenset({"so-called", "titled", "entitled", "nicknamed", "headlined"})
_NAMING = frozenset({"called", "named", "dubbed", "labeled", "labelled"})
_TITLE_FUNCTION_WORDS = frozenset({"with", "from", "into", "over", "upon", "than", "about"})
_BEFORE_TITLES = frozenset(
    """on in of and or from told to at for with podcast show program programme episode series
    film movie book column song album documentary""".split()
)


def quote_type(text: str, span: QuotedSpan, place: Place) -> QuoteType:
    """Direct when the quotation opens with a capital or stands after a colon, comma, verb
    or another quotation; partial when quoted words sit inside a paraphrase."""
    before = place.tokens[place.index - 1] if place.index > 0 else None
    if text[span.start].isupper() or before is None or before.text in {":", ","}:
        return "direct"
    return "direct" if before.is_verb or before.is_quote else "partial"


def is_reported(
    text: str, span: QuotedSpan, place: Place, own: Cue | None, cue: Cue | None
) -> bool:
    """Whether a quoted span reports speech, rather than naming a work or scare-quoting.

    "so-called" and "titled" mark words nobody said; a span a closing mark (”) opens is
    pasted copy, not a quotation; single marks count only with a cue of
    their own, and never in a first line above a body (headlines use them for emphasis and
    quote fragments of what the article reports); a title-cased span ("Meet the Press") needs
    a cue of its own or a continued speaker; a few quoted words that no cue reports are a
    scare quote (a guess from the sentence's subject is no report unless a reporting verb
    comes earlier in the sentence or the subject is a proper name); a headline's quotes are
    fragments of what the article reports.
    """
    before = place.tokens[place.index - 1].lower if place.index > 0 else ""
    if before in _NOT_SPEECH or place.paragraph == 0 and _is_headline(text):
        return False
    if _inside_embedded_post(text, span.start) or text[span.open_at] == "”":
        return False
    if _nickname(text, span):
        return False
    if span.single:
        return own is not None and not (place.paragraph == 0 and "\n" in text)
    if _title_like(text, span.start, span.end):
        if before in _NAMING or before in _BEFORE_TITLES or before.endswith(("’s", "'s")):
            return False
        if own is not None:
            return True
        return cue is not None and cue.strength > _SUBJECT_ONLY and not _names_a_thing(place)
    if len(text[span.start : span.end].split(maxsplit=_SCARE_QUOTE_WORDS)) <= _SCARE_QUOTE_WORDS:
        if cue is None:
            return False
        named = _named(text, cue) and not _after_a_name(place)
        return cue.strength > _SUBJECT_ONLY or _reported_earlier(place) or named
    return True


def _nickname(text: str, span: QuotedSpan) -> bool:
    """A name's quoted nickname: 'Marcia “Cia” Price', 'Robert C. “Bobby” Scott'."""
    before = _NAME_BEFORE.search(text, max(0, span.open_at - _NICKNAME_REACH), span.open_at)
    after = _NAME_AFTER.match(text, span.close_at + 1) if span.closed else None
    if before is None or after is None or after.group(1).lower() in CALENDAR:
        return False
    words = text[span.start : span.end].split()
    return 0 < len(words) <= _NICKNAME_WORDS and all(word[0].isupper() for word in words)


def _after_a_name(place: Place) -> bool:
    """Right after a name or an owner ("DuVernay’s “13th”", "Tea Party “super PACs”"): the
    quoted words are a title or part of a noun phrase."""
    before = place.tokens[place.index - 1] if place.index > 0 else None
    if before is None or not before.is_word:
        return False
    return before.text[0].isupper() or before.text.endswith(("’s", "'s"))


def _named(text: str, cue: Cue) -> bool:
    """A subject that is a proper name ("Trump likened them to a “vicious snake”"): every word
    capitalised, and a lone word written capitalised mid-sentence nearby too ("Programs" or
    "Several" opening a sentence is no name)."""
    words = text[cue.start : cue.end].split()
    if not all(word[:1].isupper() for word in words) or words[0] in _NOT_NAMES:
        return False
    if len(words) > 1:
        return True
    near = text[max(0, cue.start - _NAME_REACH) : cue.end + _NAME_REACH]
    return re.search(rf"[a-z,] {re.escape(words[0])}\b", near) is not None


def _reported_earlier(place: Place) -> bool:
    """A reporting verb earlier in the sentence ("said he hoped with his “whole heart”"):
    the few quoted words are someone's, even where no cue rule reaches them."""
    first = max(0, place.index - _REPORTED_REACH)
    return any(is_cue_verb(place.tokens, at) for at in range(first, place.index))


def _inside_embedded_post(text: str, start: int) -> bool:
    """Inside a scraped ``<tweet …>…</tweet>`` embed: its marks belong to the markup or to the
    post shown, not to speech the article reports (the article quotes a post in its own words)."""
    opening = text.rfind("<tweet", max(0, start - _EMBED_REACH), start)
    if opening < 0 or text.startswith("<tweet/>", opening):
        return False
    return text.find("</tweet>", opening, start) < 0


def _names_a_thing(place: Place) -> bool:
    """A title-cased quotation after a plain word ("the “Avatar” star", "the TV show “Shark
    Tank”") sits inside a noun phrase: it names something rather than quoting anyone."""
    if place.index == 0:
        return False
    before = place.tokens[place.index - 1]
    return before.is_word and not before.is_verb


def _is_headline(text: str) -> bool:
    """A short, title-cased first line above a body: headline quotes are fragments."""
    end = text.find("\n", 0, _HEADLINE_LENGTH)
    if end < 0:
        return False
    words = [word for word in text[:end].split() if len(word) > 3 and word[0].isalpha()]
    if len(words) < _HEADLINE_WORDS:
        return False
    return sum(word[0].isupper() for word in words) >= _HEADLINE_SHARE * len(words)


def _title_like(text: str, start: int, end: int) -> bool:
    """Every longer word capitalised ("Meet the Press"); stops at the first that is not."""
    seen = False
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        if len(word) > 3 and word not in _TITLE_FUNCTION_WORDS:
            if not word[0].isupper():
                return False
            seen = True
    return seen
