"""Sentences no claim quotes: an article's narration (for ``unquoted`` claims) and the word
four-grams that keep a fabricated sentence out of every ingested article (``not_found``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

Article = dict[str, Any]
WORD = re.compile(r"[A-Za-z][\w'’-]*")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the sentences of ``text`` (a plain split on end punctuation and line breaks)."""
    for paragraph in re.finditer(r"[^\n]+", text):
        start = paragraph.start()
        for end in re.finditer(r"[.!?](?=\s+[A-Z]|\s*$)", paragraph.group()):
            yield start, paragraph.start() + end.end()
            start = paragraph.start() + end.end() + 1


def narration(article: Article) -> Iterator[str]:
    """Sentences of 8 to 30 words outside every gold quotation, from paragraphs that quote no
    one (the gold annotation leaves some quotations unmarked)."""
    text = article["text"]
    taken = [(q["start"], q["end"]) for q in article["quotes"]] + [
        tuple(span) for span in article.get("ignore_spans", [])
    ]
    for start, end in sentences(text):
        sentence = text[start:end].strip()
        overlaps = any(s < end and start < e for s, e in taken)
        if not overlaps and 8 <= len(sentence.split()) <= 30 and not _quoting(text, start):
            yield sentence


def _quoting(text: str, start: int) -> bool:
    """True when the paragraph holding ``start`` has a quotation mark or a speaker label: the
    annotators may have left some of its quotations unmarked."""
    paragraph = text[text.rfind("\n", 0, start) + 1 :].split("\n", 1)[0]
    return bool(re.search('["“”]', paragraph) or re.match(r"\W*[A-Z .]{2,40}:", paragraph))


def four_grams(text: str) -> Iterator[tuple[str, ...]]:
    words = [w.lower().replace("’", "'") for w in WORD.findall(text)]
    return (tuple(words[i : i + 4]) for i in range(len(words) - 3))
