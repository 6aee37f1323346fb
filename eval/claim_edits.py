"""The edits that turn a gold quotation into a benchmark claim, and the word tests they use.

Each edit either keeps the meaning (typographic variants, fragments and ellipses that never cut
a negation, number or qualifier, contractions) or changes it in one place (a dropped or added
negation, a changed number); ``replace`` swaps one word for a name or content word.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

MEANINGFUL = frozenset(
    """not no never none nothing nobody nor neither cannot only if unless all every always
    almost nearly barely hardly except without might may could would should some many most
    more less few least maybe perhaps possibly probably""".split()
)
STOPWORDS = MEANINGFUL | frozenset(
    """the a an and or but of to in on at by for with from into about as is are was were be
    been being have has had do does did this that these those there their they them it its
    we our you your he his she her i my me what which who when where why how than then so
    very just also more most some such because while would could should will shall about
    after before other over under again""".split()
)
CONTRACTIONS = (
    ("do not", "don't"), ("does not", "doesn't"), ("did not", "didn't"), ("is not", "isn't"),
    ("are not", "aren't"), ("was not", "wasn't"), ("were not", "weren't"), ("will not", "won't"),
    ("would not", "wouldn't"), ("have not", "haven't"), ("has not", "hasn't"),
    ("it is", "it's"), ("that is", "that's"), ("i am", "i'm"), ("we are", "we're"),
    ("they are", "they're"), ("you are", "you're"), ("i have", "i've"), ("i will", "i'll"),
)  # fmt: skip
AUXILIARIES = ("is", "are", "was", "were", "will", "can", "would", "should", "could", "has")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
SPELLED_NUMBERS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    sixty seventy eighty ninety hundred thousand million billion trillion dozen""".split()
)


def typographic(text: str, rng: random.Random) -> str:
    variants: list[Callable[[str], str]] = [
        lambda t: t.replace("’", "'").replace("“", '"').replace("”", '"'),
        lambda t: t.replace("'", "’").replace(" - ", " — "),
        lambda t: f"“{t.rstrip('.,')}.”",
        lambda t: t.upper(),
        lambda t: t.replace(", ", " ,  ").replace(" ", "  "),
        lambda t: t.rstrip(".,;") + ".",
    ]
    return rng.choice(variants)(text)


def fragment(words: list[str], rng: random.Random) -> str | None:
    """Seven words, never right after or before a negation they would hide."""
    if len(words) < 10:
        return None
    start = rng.randrange(0, len(words) - 7)
    edges = words[start - 1 : start] + words[start + 7 : start + 8]
    if any(meaningful(word) for word in edges):
        return None
    return " ".join(words[start : start + 7]).strip(",;:")


def meaningful(word: str) -> bool:
    """A negation, qualifier or number (in digits or words), including contracted ones."""
    bare = bare_word(word)
    negated = bare.endswith("n't")
    head = bare.split("'")[0]  # would've, I'd: the modal before the apostrophe
    return (
        head in MEANINGFUL
        or bare in SPELLED_NUMBERS
        or negated
        or has_digit(word)
        or (bare.endswith("'d"))
    )


def ellipsis(words: list[str], rng: random.Random) -> str | None:
    if len(words) < 10:
        return None
    length = rng.randint(2, 5)
    start = rng.randrange(2, len(words) - length - 2)
    cut = words[start : start + length]
    if any(meaningful(word) for word in cut):
        return None
    mark = rng.choice([" … ", " ... ", " [...] "])
    return " ".join(words[:start]) + mark + " ".join(words[start + length :])


def trimmed(words: list[str], rng: random.Random) -> str | None:
    """Two to four words left out with no mark, two or three words in from either end (where
    an aligner may slide the claim past the gap instead): an unmarked omission, never of an
    editor's [bracketed] words or of a negation, number or qualifier. One word in from the end
    is left out: a lone word before a gap reads as well as a swap of the word beside it, and
    taking it for an omission would pass "we will build" against "we said they will build"."""
    if len(words) < 12:
        return None
    length, kept = rng.randint(2, 4), rng.randint(2, 3)
    start = kept if rng.random() < 0.5 else len(words) - kept - length
    cut = set(range(start, start + length))
    if any(meaningful(words[i]) for i in cut) or cut & bracketed_indexes(words):
        return None
    return " ".join(words[:start] + words[start + length :])


def reordered(text: str, rng: random.Random) -> str | None:
    """Two of the quotation's sentences (four words or more each) swapped."""
    sentences = re.split(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘]?\w)", text.strip())
    if len(sentences) < 2 or any(len(sentence.split()) < 4 for sentence in sentences):
        return None
    first, second = sorted(rng.sample(range(len(sentences)), 2))
    if bare_word(sentences[first]) == bare_word(sentences[second]):
        return None  # the same sentence twice: swapping them changes nothing
    sentences[first], sentences[second] = sentences[second], sentences[first]
    # A quotation's last sentence often ends in the comma before "she said": moved, it ends.
    return " ".join(s if s[-1] in ".!?" else s.rstrip(",;: ") + "." for s in sentences)


def contraction(text: str, rng: random.Random) -> str | None:
    plain = text.replace("’", "'")
    found = []
    for long, short in CONTRACTIONS:
        for source, target in ((long, short), (short, long)):
            for match in re.finditer(rf"\b{re.escape(source)}\b", plain, re.IGNORECASE):
                found.append((match.start(), match.end(), target))
    if not found:
        return None
    start, end, target = rng.choice(found)
    return plain[:start] + target + plain[end:]


def negation(words: list[str]) -> str | None:
    for i, word in enumerate(words):
        bare = bare_word(word)
        if bare in ("not", "never"):
            return " ".join(words[:i] + words[i + 1 :])
        if bare.endswith("n't") and bare not in ("can't", "won't"):
            return " ".join(
                [*words[:i], word.replace("n't", "").replace("n’t", ""), *words[i + 1 :]]
            )
    for i, word in enumerate(words[:-1]):
        if bare_word(word) in AUXILIARIES and bare_word(words[i + 1]) not in ("not", "never"):
            return " ".join([*words[: i + 1], "not", *words[i + 1 :]])
    return None


def has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


def number(words: list[str], rng: random.Random) -> str | None:
    for i, word in enumerate(words):
        digits = re.fullmatch(r"\W*\$?(\d{1,3}(?:,\d{3})+|\d+)\W*", word)
        if digits and "[" not in word and "]" not in word:
            value = int(digits.group(1).replace(",", "")) + rng.randint(2, 9)
            changed = f"{value:,}" if "," in digits.group(1) else str(value)
            edited = word[: digits.start(1)] + changed + word[digits.end(1) :]
            return " ".join([*words[:i], edited, *words[i + 1 :]])
        if bare_word(word) in NUMBER_WORDS:
            other = rng.choice([n for n in NUMBER_WORDS if n != bare_word(word)])
            return " ".join([*words[:i], other, *words[i + 1 :]])
    return None


def bracketed_indexes(words: list[str]) -> set[int]:
    """Indexes of the words inside [brackets]: an editor's words, not the speaker's."""
    inside, depth = set(), 0
    for index, word in enumerate(words):
        depth += word.count("[")
        if depth:
            inside.add(index)
        depth = max(0, depth - word.count("]"))
    return inside


def is_name(word: str, previous: str) -> bool:
    bare = word.strip(".,;:!?\"“”'’()")
    return (
        bare.isalpha() and bare[:1].isupper() and bare[1:].islower() and len(bare) > 2
        and previous[-1:] not in ".!?:\"“" and bare.lower() not in STOPWORDS
    )  # fmt: skip


def is_content(word: str) -> bool:
    return word.isalpha() and word.islower() and len(word) >= 5 and word not in STOPWORDS


def differs(candidate: str, original: str) -> bool:
    return bare_word(candidate)[:3] != bare_word(original)[:3]


def replace(words: list[str], index: int, word: str) -> str:
    bare = bare_word(words[index])
    original = words[index]
    at = original.lower().find(bare)
    replaced = original[:at] + word + original[at + len(bare) :] if at >= 0 else word
    return " ".join([*words[:index], replaced, *words[index + 1 :]])


def bare_word(word: str) -> str:
    return word.lower().replace("’", "'").strip(".,;:!?\"“”'()[]—-")
