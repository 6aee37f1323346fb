"""``SentenceIndex``: every sentence of every document, findable from a claim without a scan.

Layout, chosen for memory (about 1M sentences in a few hundred MB) and fast snapshots:
sentences live in numbered *slots* held by flat ``array`` columns (document, start, end and a
forward index of each sentence's token ids, in order); a document owns a contiguous run of slots.
Removing a document marks its slots dead; dead slots are skipped by queries and dropped by
``compact``, which runs by itself once they outnumber the live ones.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from service.retrieval.postings import Postings
from service.retrieval.query import Query
from service.retrieval.ranking import rank_windows
from service.retrieval.sentences import split_sentences
from service.retrieval.shortlist import DEAD
from service.retrieval.tokens import tokenize


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence, or a window of adjacent sentences, that a claim may come from.

    ``start``/``end`` are code-point offsets into the document text; ``score`` (0-1) is the
    share of the claim's word weight (rare words weigh more) found in that span.
    """

    document_id: int
    start: int
    end: int
    score: float


class SentenceIndex:
    """An in-memory, incrementally updated candidate index over document sentences."""

    def __init__(self, max_postings: int = 100_000) -> None:
        self.postings = Postings(max_postings)
        self.documents = array("q")
        self.starts = array("i")
        self.ends = array("i")
        self.token_offsets = array("q", [0])
        self.tokens = array("i")
        self.document_slots: dict[int, tuple[int, int]] = {}
        self.dead_slots = 0

    def __len__(self) -> int:
        """The number of indexed (live) sentences."""
        return len(self.documents) - self.dead_slots

    def __contains__(self, document_id: object) -> bool:
        return document_id in self.document_slots

    def add_document(
        self, document_id: int, text: str, sentences: Sequence[tuple[int, int]] | None = None
    ) -> None:
        """Index the sentences of ``text``, replacing any earlier version of ``document_id``.

        ``sentences`` are code-point spans into ``text``; when omitted, ``split_sentences``
        finds them. Raises ``ValueError`` for a negative id or a span outside ``text``.
        """
        if document_id < 0:
            raise ValueError(f"document id must not be negative: {document_id}")
        spans = split_sentences(text) if sentences is None else list(sentences)
        for start, end in spans:
            if not 0 <= start <= end <= len(text):
                raise ValueError(f"sentence span ({start}, {end}) is outside the text")
        self.remove_document(document_id)
        self.document_slots[document_id] = (len(self.documents), len(spans))
        for start, end in spans:
            token_ids = self.postings.intern(tokenize(text[start:end]))
            self._add_slot(document_id, start, end, token_ids)

    def remove_document(self, document_id: int) -> None:
        """Forget ``document_id``; unknown ids are ignored, so replaying a change log is safe."""
        first, count = self.document_slots.pop(document_id, (0, 0))
        for slot in range(first, first + count):
            self.postings.discount(self.slot_tokens(slot))
            self.documents[slot] = DEAD
        self.dead_slots += count
        if self.dead_slots > max(len(self), 1000):
            self.compact()

    def candidates(self, claim: str, limit: int = 10) -> list[Candidate]:
        """Return up to ``limit`` spans the ``claim`` most likely comes from, best first.

        Ranked by ``score``, then by more word pairs shared with the claim, then by shorter span;
        windows nested in a better one are left out. Claims made only of words found in more
        than ``max_postings`` sentences ("it is what it is") select nothing: the list is empty.
        """
        query = Query.of(tokenize(claim), self.postings, len(self))
        windows = rank_windows(query, self, limit)
        return [self._candidate(first, last, score) for first, last, score in windows]

    def compact(self) -> None:
        """Drop dead slots and rebuild the posting lists; candidates do not change."""
        live = SentenceIndex(self.postings.max_postings)
        live.postings = self.postings.emptied()
        # Dicts keep insertion order and a replaced document is re-inserted, so this walks
        # documents in slot order and compaction keeps the relative order of slots.
        for document_id, (first, count) in self.document_slots.items():
            live.document_slots[document_id] = (len(live.documents), count)
            for slot in range(first, first + count):
                starts, ends = self.starts[slot], self.ends[slot]
                live._add_slot(document_id, starts, ends, self.slot_tokens(slot))
        vars(self).update(vars(live))

    def slot_tokens(self, slot: int) -> array[int]:
        """The token ids of the sentence in ``slot``, in text order."""
        return self.tokens[self.token_offsets[slot] : self.token_offsets[slot + 1]]

    def _add_slot(self, document_id: int, start: int, end: int, token_ids: Sequence[int]) -> None:
        slot = len(self.documents)
        self.documents.append(document_id)
        self.starts.append(start)
        self.ends.append(end)
        self.tokens.extend(token_ids)
        self.token_offsets.append(len(self.tokens))
        self.postings.add(slot, token_ids)

    def _candidate(self, first: int, last: int, score: float) -> Candidate:
        return Candidate(self.documents[first], self.starts[first], self.ends[last], score)
