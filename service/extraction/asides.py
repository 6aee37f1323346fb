"""Asides and adverbs a cue search steps over between a speaker and a reporting verb:
"Hemsley, the co-author of “Going Viral,” said", "Trump (R) flatly denied", "Gingrich — a
leading choice for running mate — told".

``SKIPPABLE`` holds the adverbs and auxiliaries such a search passes over.
"""

from __future__ import annotations

from service.extraction.lexicon import VERBS_AFTER_QUOTE
from service.extraction.tokens import Token

SKIPPABLE = frozenset(
    """also has had have would will later then once again previously recently repeatedly
    publicly privately reportedly further even just already often frequently simply flatly
    quickly angrily bluntly firmly sharply calmly quietly loudly famously recently once
    did does do not never has had always subsequently initially first finally""".split()
)  # fmt: skip
_TITLE_QUOTE = 40
_ASIDES_REACH = 30
_DASHES = frozenset({"—", "–"})


def skip_left(tokens: list[Token], at: int) -> int:
    """Index of the token left of ``at`` once adverbs, asides and parentheses are skipped."""
    i = at - 1
    while i >= 0:
        word = tokens[i].lower
        if word in SKIPPABLE or _is_adverb(tokens[i]):
            i -= 1
        elif word == ")":
            i = _find_left(tokens, i, "(") - 1
        elif word == "," and i > 0 and tokens[i - 1].text == ")":
            i -= 1
        elif word == "," and i > 0:
            i = _find_left(tokens, i, ",") - 1
        elif _title_ending_aside(tokens[i]) and (opening := _find_left(tokens, i, ",")) < i:
            if opening == 0 or not tokens[opening - 1].is_capitalized:
                return i
            i = opening - 1
        elif word in _DASHES and i > 0 and (opening := _find_left(tokens, i, word)) < i:
            i = opening - 1
        else:
            return i
    return i


def skip_aside_right(tokens: list[Token], at: int) -> int:
    """Index of the first token at or after ``at`` once asides and adverbs are skipped."""
    j = at
    while j < len(tokens):
        word = tokens[j].lower
        if word in SKIPPABLE:
            j += 1
        elif word == "(":
            j = _find_right(tokens, j, ")") + 1
        elif word == ",":
            j = _aside_end(tokens, j) + 1
        else:
            return j
    return j


def _aside_end(tokens: list[Token], opening: int) -> int:
    """The comma closing the asides that open at ``opening``. When a verb does not follow the
    first aside, more asides do ("Scott Pruitt, the attorney general of Oklahoma, one of the
    states suing the EPA, said"): they end at the next comma a verb follows, if any."""
    closing = _find_right(tokens, opening, ",")
    if closing + 1 >= len(tokens) or _is_verb_or_adverb(tokens[closing + 1]):
        return closing
    for k in range(closing + 1, min(len(tokens) - 1, opening + _ASIDES_REACH)):
        if tokens[k].is_quote:
            break
        if tokens[k].text == "," and _is_verb_or_adverb(tokens[k + 1]):
            return k
    return closing


def _is_verb_or_adverb(token: Token) -> bool:
    return token.lower in VERBS_AFTER_QUOTE or token.lower in SKIPPABLE


def _title_ending_aside(token: Token) -> bool:
    """ "Washington, star of television’s “Scandal,” thanked": a short quoted title holding
    the comma that closes an aside (after a name: not a list's item)."""
    return token.is_quote and len(token.text) <= _TITLE_QUOTE and token.text[:-1].endswith(",")


def _is_adverb(token: Token) -> bool:
    """Lower-case "-ly" words ("flatly") and negated auxiliaries ("wouldn’t")."""
    text = token.text
    return text.islower() and (text.endswith("ly") or text.endswith(("n’t", "n't")))


def _find_left(tokens: list[Token], at: int, mark: str) -> int:
    """The opening ``mark`` of an aside ending at ``at``; a short quoted title inside the
    aside ("Hemsley, the co-author of “Going Viral,” said") does not end it."""
    for i in range(at - 1, max(-1, at - 30), -1):
        if tokens[i].text == mark:
            return i
        if tokens[i].is_quote and len(tokens[i].text) > _TITLE_QUOTE:
            return at
    return at


def _find_right(tokens: list[Token], at: int, mark: str) -> int:
    """The closing ``mark`` of an aside opening at ``at``, past a short quoted title ("Lee,
    wearing “Ted Cruz” pins, said"); a longer quotation ends the search."""
    for j in range(at + 1, min(len(tokens), at + 30)):
        if tokens[j].text == mark:
            return j
        if tokens[j].is_quote and len(tokens[j].text) > _TITLE_QUOTE:
            return len(tokens)
    return len(tokens)
