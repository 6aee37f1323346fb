"""Interned tokens, their document frequencies and the posting lists of the rarer ones.

A posting list holds the sentence slots that contain a token. Lists of tokens found in more than
``max_postings`` sentences are dropped for good ("capped"): such words ("the", "said") select
nothing and would make every query read a large share of the corpus. Their frequencies are still
counted, because rescoring weighs every word of a claim.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable


class Postings:
    """Token ids, document frequencies and posting lists; slots are opaque sentence numbers."""

    def __init__(self, max_postings: int) -> None:
        self.max_postings = max_postings
        self.token_ids: dict[str, int] = {}
        self.frequencies = array("i")
        self.capped = bytearray()
        self.lists: list[array[int]] = []

    def intern(self, tokens: Iterable[str]) -> list[int]:
        """Return the ids of ``tokens`` in order, creating ids for unseen tokens."""
        ids = []
        for token in tokens:
            token_id = self.token_ids.get(token)
            ids.append(self._new_token(token) if token_id is None else token_id)
        return ids

    def add(self, slot: int, token_ids: Iterable[int]) -> None:
        """Record that sentence ``slot`` contains ``token_ids`` (repeats count once)."""
        frequencies, capped, lists = self.frequencies, self.capped, self.lists
        for token_id in set(token_ids):
            frequency = frequencies[token_id] + 1
            frequencies[token_id] = frequency
            if capped[token_id]:
                continue
            if frequency > self.max_postings:
                capped[token_id] = 1
                lists[token_id] = array("i")
            else:
                lists[token_id].append(slot)

    def discount(self, token_ids: Iterable[int]) -> None:
        """Record that a sentence containing ``token_ids`` (repeats count once) is gone.

        Its slot stays in the posting lists; the owner skips dead slots and compacts.
        """
        for token_id in set(token_ids):
            self.frequencies[token_id] -= 1

    def emptied(self) -> Postings:
        """Return postings with the same token ids and no sentences."""
        empty = Postings(self.max_postings)
        empty.token_ids = self.token_ids
        empty.frequencies = array("i", bytes(self.frequencies.itemsize * len(self.frequencies)))
        empty.capped = bytearray(len(self.capped))
        empty.lists = [array("i") for _ in self.lists]
        return empty

    def _new_token(self, token: str) -> int:
        token_id = len(self.lists)
        self.token_ids[token] = token_id
        self.frequencies.append(0)
        self.capped.append(0)
        self.lists.append(array("i"))
        return token_id
