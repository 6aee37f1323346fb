"""The few English word lists the matcher reasons with (all lower case, apostrophes plain)."""

from __future__ import annotations

from functools import lru_cache

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 1000000, "billion": 1000000000, "trillion": 1000000000000, "dozen": 12,
}  # fmt: skip

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 1000000,
}  # fmt: skip

# A currency as a symbol or a word has one key: "$8" and "8 dollars" name the same money.
CURRENCIES = {
    "$": "dollars", "dollar": "dollars", "dollars": "dollars", "usd": "dollars",
    "£": "pounds", "pound": "pounds", "pounds": "pounds", "gbp": "pounds",
    "€": "euros", "euro": "euros", "euros": "euros", "eur": "euros",
    "¥": "yen", "yen": "yen", "jpy": "yen",
}  # fmt: skip
CURRENCY_SYMBOLS = frozenset(symbol for symbol in CURRENCIES if not symbol.isalpha())
CURRENCY_KEYS = frozenset(CURRENCIES.values())

# Common Chinese, Korean and Vietnamese family names, which come first in the name as written
# in English news (Xi Jinping, Kim Jong Un, Nguyen Xuan Phuc), lower case and unaccented.
FAMILY_NAMES_FIRST = frozenset(
    """xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo
    zheng liang xie song tang han deng feng cao peng zeng xiao tian dong pan yuan cai jiang yu
    du ye cheng wei su lu ding ren shen yao shi fu zhong cui tan fan jin qin kim park choi jung
    jeong kang cho yoon jang lim moon shin ahn nguyen tran pham hoang vu vo dang bui ngo duong
    ly""".split()
)

NEGATIONS = frozenset(
    "not no never none nobody nothing neither nor nowhere cannot without n't".split()
)

# Words whose omission or swap can turn a statement around even when nothing else changes.
QUALIFIERS = frozenset(
    """only never always all every almost nearly barely hardly scarcely if unless except
    maybe perhaps possibly probably allegedly reportedly partly partially might may could
    would should some few many most least more less""".split()
)

FILLERS = frozenset("um uh er erm ah oh well like so just actually basically really".split())
_FILLER_PHRASES = (("you", "know"), ("i", "mean"), ("sort", "of"), ("kind", "of"))

FUNCTION_WORDS = frozenset(
    """a an the this that these those of to in on at by for with from into onto over under
    about as and or but so than then there here it its it's is are was were be been being am
    do does did have has had having i me my we us our you your he him his she her they them
    their what which who whom whose when where why how very also too going gonna got get""".split()
)

_IRREGULAR_CONTRACTIONS = {
    "can't": ("can", "not"),
    "cannot": ("can", "not"),
    "won't": ("will", "not"),
    "shan't": ("shall", "not"),
    "ain't": ("is", "not"),
    "let's": ("let", "us"),
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
}
_SUFFIX_EXPANSIONS = {"'re": "are", "'ve": "have", "'ll": "will", "'m": "am", "'d": "would"}
# "'s" is a possessive far more often than "is"; expand it only after these pronouns.
_IS_CONTRACTIONS = frozenset("it that he she there what who here where how".split())


@lru_cache(maxsize=65536)
def expand_contraction(word: str) -> tuple[str, ...]:
    """Return the words a contraction stands for (``don't`` -> ``do not``), else ``(word,)``."""
    if word in _IRREGULAR_CONTRACTIONS:
        return _IRREGULAR_CONTRACTIONS[word]
    if word.endswith("n't") and len(word) > 3:
        return (word[:-3], "not")
    for suffix, expansion in _SUFFIX_EXPANSIONS.items():
        if word.endswith(suffix) and len(word) > len(suffix):
            return (word[: -len(suffix)], expansion)
    if word.endswith("'s") and word[:-2] in _IS_CONTRACTIONS:
        return (word[:-2], "is")
    return (word,)


def without_filler_phrases(words: list[str]) -> list[str]:
    """``words`` without the two-word fillers of speech ("you know", "I mean", "sort of")."""
    return without_phrases(words, _FILLER_PHRASES)


def without_phrases(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> list[str]:
    """``words`` without every occurrence of each of ``phrases`` (word sequences)."""
    kept: list[str] = []
    for word in words:
        kept.append(word)
        for phrase in phrases:
            if tuple(kept[-len(phrase) :]) == phrase:
                del kept[-len(phrase) :]
                break
    return kept
