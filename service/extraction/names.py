"""What a name looks like in news text: capitalised words, titles, owners and openers
stripped, and the gender a first name or title tells."""

from __future__ import annotations

import re

from service.extraction.lexicon import (
    FEMALE_NAMES,
    FEMALE_TITLES,
    MALE_NAMES,
    MALE_TITLES,
    ORGANIZATION_WORDS,
    TITLES,
)

NAME_PATTERN = re.compile(r"(?:[A-Z][\w’'-]*\.?|[A-Z]\.)(?:[ \u00a0](?:[A-Z][\w’'-]*\.?|[A-Z]\.))*")
POSSESSIVE = re.compile(r"[’']s$")
_ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:[Tt]he|[Aa]n?) $")
_WORD = re.compile(r"\S+")
_ORGANIZATION_BEFORE = re.compile(r"\b([A-Z][a-z]+) (?:of|on|for) $")
LONGEST_NAME = 4
HEADLINE_WORDS = frozenset(
    "on for with in to and or at by from after as is are was will says said not"
    " but than into over about new".split()
)
SENTENCE_OPENERS = frozenset(
    "although though however but and or so yet still also even while when whenever if after"
    " before since because as then meanwhile instead indeed moreover furthermore nevertheless"
    " until unless once where whereas why how what who whom whose which that this these those"
    " there here now today yesterday tomorrow last next asked told during under over like unlike"
    " with without among despite for from in on at by to of the a an his her their its our my"
    " your we they he she it i you not no yes should could would many some most several top".split()
)


def is_abbreviation(word: str) -> bool:
    """A title or an initial before a full stop: "Sen", "Mr", "U.S", "J"."""
    bare = word.lstrip("(“\"‘'").rstrip(".")
    return bare.lower() in TITLES or len(bare) == 1 or "." in bare


def after_possessor(words: list[str]) -> list[str]:
    """The name after an owner: "Dante Chinni" of "NBC’s Dante Chinni"."""
    for index in range(len(words) - 1, 0, -1):
        if POSSESSIVE.search(words[index - 1]):
            return words[index:]
    return words


def sentence_parts(written: str, at: int) -> list[tuple[int, str]]:
    """A run of capitalised words split where a sentence ends inside it ("Sanders. He"), each
    part with its offset; a title or an initial ("Sen.", "J.") ends no sentence."""
    if "." not in written:
        return [(at, written)]
    parts: list[tuple[int, str]] = []
    start = 0
    for word in _WORD.finditer(written):
        if word.group().endswith(".") and not is_abbreviation(word.group()):
            parts.append((at + start, written[start : word.end()]))
            start = word.end() + 1
    if start < len(written):
        parts.append((at + start, written[start:]))
    return parts


def after_opener(words: list[str]) -> list[str]:
    """Without a capitalised sentence opener: "Scott" of "Although Scott"."""
    start = 0
    while start < len(words) - 1 and words[start].lower() in SENTENCE_OPENERS:
        start += 1
    return words[start:]


def plausible_name(words: list[str]) -> bool:
    """Two to four name words, none a headline's function word ("Trump Stands On ...")."""
    if len(words) > LONGEST_NAME:
        return False
    return not any(word.lower() in HEADLINE_WORDS for word in words)


def clean(word: str) -> str:
    """A name word without possessive "'s" or a sentence's full stop ("Smith." → "Smith")."""
    word = POSSESSIVE.sub("", word)
    return word[:-1] if word.endswith(".") and len(word) > 3 and "." not in word[:-1] else word


def from_last_title(words: list[str]) -> list[str]:
    """The full name after descriptors, with its title: "Gen. Norman Ham" of "Retired U.S. Air
    Force Gen. Norman Ham", "Mayor Don Guardian" of "Atlantic City Mayor Don Guardian" (not
    "Words" of "… To Use The Words")."""
    for index in range(len(words) - 3, -1, -1):
        title = words[index].lower().rstrip(".")
        if title in TITLES and title != "the":
            return words[index:]
    return words


def only_titles(words: list[str]) -> bool:
    """ "Former Democratic" of "Former Democratic candidate Bernie Sanders": no one's name."""
    return all(word.lower().rstrip(".") in TITLES for word in words)


def strip_titles(words: list[str]) -> list[str]:
    start = 0
    while start < len(words) - 1 and words[start].lower().rstrip(".") in TITLES:
        start += 1
    return words[start:]


def trailing_capitalised(words: list[str]) -> list[str]:
    """The name in a phrase: "Scott Hawkins" of "Scott Hawkins of Cheyenne", "Chris Wallace"
    of "Fox's Chris Wallace"."""
    if "of" in words[1:] and words[0][:1].isupper():
        words = words[: words.index("of")]
    end = len(words)
    start = end
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    return strip_titles(words[start:end]) if start < end else []


def contains(candidate: list[str], core: list[str]) -> bool:
    return all(word in candidate for word in core) and len(core) < len(candidate)


def is_organization(words: list[str], full: list[str]) -> bool:
    lowered = {w.lower().strip(".") for w in full}
    return bool(lowered & ORGANIZATION_WORDS) or (words[0].lower() == "the" and len(full) > 0)


def gender_of(title: str, core: list[str]) -> str:
    if title in MALE_TITLES or title + "." in MALE_TITLES:
        return "m"
    if title in FEMALE_TITLES or title + "." in FEMALE_TITLES:
        return "f"
    first = core[0].lower() if len(core) > 1 else ""
    return "m" if first in MALE_NAMES else "f" if first in FEMALE_NAMES else ""


def after_article(text: str, start: int) -> bool:
    """ "the Clinton campaign": a surname after an article names no one by itself."""
    return _ARTICLE_BEFORE.search(text[max(0, start - 5) : start]) is not None


def in_organization_name(text: str, start: int) -> bool:
    """ "the Commission on Presidential Debates", "the Bureau of Labor Statistics": capitalised
    words after an organisation's own word and "of", "on" or "for" name no person."""
    if not text.endswith((" of ", " on ", " for "), max(0, start - 5), start):
        return False
    before = _ORGANIZATION_BEFORE.search(text[max(0, start - 30) : start])
    return before is not None and before.group(1).lower() in ORGANIZATION_WORDS


def names_by(candidate: tuple[str, ...], core: list[str], surname: bool) -> bool:
    """Whether ``core`` names the person ``candidate``: by its last word, or, for a word no
    one in the text bears as a surname, by its first ("Hillary", "Shi" of "Shi Yinghong");
    never by a word inside it ("Beck" of the headline words "Glenn Beck Blasts Drudge")."""
    whole = list(candidate)
    by_last_word = candidate[-1] == core[-1]
    by_first_word = not surname and candidate[0] == core[-1] and not is_organization(whole, whole)
    return (by_last_word or by_first_word) and contains(whole, core)
