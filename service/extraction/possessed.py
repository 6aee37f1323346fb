"""Speech someone owns: "her remark that “…”", "Trump's pledge to be “…”".

With no verb to cue it, a quotation a few words after a noun for speech is the words of
whoever owns the noun: "his" or "her" right before it, or a name's possessive right before it
(or one word earlier) when the noun's complement holds the quotation. "Ann Lee played down
Tom Price's comments as “…”" is Ann Lee's view of the comments, not the comments.
"""

from __future__ import annotations

from service.extraction.tokens import Token

# Nouns for what someone said: "her remark that “…”", "his calls to end the “…”".
_SPEECH_NOUNS = frozenset(
    """remark remarks comment comments claim claims assertion assertions statement statements
    call calls promise promises pledge pledges vow vows warning warnings insistence argument
    arguments declaration suggestion quip boast admission accusation accusations prediction
    complaint complaints plea""".split()
)
_REACH = 8
# "Trump's claim that “…”", "Sanders's call for a “…”": words opening the noun's complement.
_COMPLEMENT_OPENERS = frozenset({"that", "for", "to", "of"})
_POSSESSIVE_ENDINGS = ("'s", "’s")


def owned_speech(tokens: list[Token], at: int) -> tuple[int, int] | None:
    """(owner, noun) for the quotation at ``at``: the nearest noun for speech within reach
    before it, with no other quotation between, and the token of its owner."""
    if at >= len(tokens) or not tokens[at].is_quote:
        return None
    for k in range(at - 1, max(0, at - _REACH), -1):
        if tokens[k].is_quote:
            return None
        if tokens[k].lower in _SPEECH_NOUNS:
            owner = _owner(tokens, k)
            if owner is not None:
                return owner, k
    return None


def _owner(tokens: list[Token], noun: int) -> int | None:
    if noun >= 1 and tokens[noun - 1].lower in ("his", "her"):
        return noun - 1
    if noun + 1 >= len(tokens) or tokens[noun + 1].lower not in _COMPLEMENT_OPENERS:
        return None
    for k in (noun - 1, noun - 2):
        if k >= 0 and tokens[k].is_capitalized and tokens[k].text.endswith(_POSSESSIVE_ENDINGS):
            return k
    return None
