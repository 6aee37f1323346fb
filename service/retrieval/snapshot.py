"""Snapshots of a ``SentenceIndex``, so a worker starts in seconds instead of re-indexing.

A snapshot is the index's flat arrays written back to back behind a small JSON header, and it
records the change-log position it reflects: a worker loads the newest snapshot, then replays
only the changes after that position. Loading is a few ``memcpy``-speed ``array.frombytes``
calls plus one slice per token for the posting lists.
"""

from __future__ import annotations

import json
import os
import struct
import sys
from array import array
from pathlib import Path

from service.retrieval.index import SentenceIndex

MAGIC = b"QCSIDX\x00\x01"
_HEADER_LENGTH = struct.Struct("<I")
# Integer columns in the order they are written, with their array typecodes.
_COLUMNS = (
    ("frequencies", "i"),
    ("posting_offsets", "q"),
    ("postings", "i"),
    ("documents", "q"),
    ("starts", "i"),
    ("ends", "i"),
    ("token_offsets", "q"),
    ("tokens", "i"),
    ("document_ids", "q"),
    ("document_firsts", "q"),
    ("document_counts", "q"),
)


def to_bytes(index: SentenceIndex, log_position: int = 0) -> bytes:
    """Encode ``index`` and the change-log position it reflects (compacting the index first)."""
    if index.dead_slots:
        index.compact()
    vocabulary = "\n".join(index.postings.token_ids).encode()
    columns = [_columns(index)[name].tobytes() for name, _ in _COLUMNS]
    header = {
        "byteorder": sys.byteorder,
        "max_postings": index.postings.max_postings,
        "log_position": log_position,
        "sizes": [len(vocabulary), len(index.postings.capped), *map(len, columns)],
    }
    encoded = json.dumps(header).encode()
    head = [
        MAGIC,
        _HEADER_LENGTH.pack(len(encoded)),
        encoded,
        vocabulary,
        bytes(index.postings.capped),
    ]
    return b"".join(head + columns)


def from_bytes(data: bytes) -> tuple[SentenceIndex, int]:
    """Decode a snapshot into its index and change-log position; ``ValueError`` if malformed."""
    if not data.startswith(MAGIC):
        raise ValueError("not a sentence index snapshot")
    (length,) = _HEADER_LENGTH.unpack_from(data, len(MAGIC))
    at = len(MAGIC) + _HEADER_LENGTH.size
    header = json.loads(data[at : at + length])
    at += length
    parts = []
    for size in header["sizes"]:
        parts.append(memoryview(data)[at : at + size])
        at += size
    columns = {
        name: _column(part, typecode, header["byteorder"])
        for (name, typecode), part in zip(_COLUMNS, parts[2:], strict=True)
    }
    index = _index(columns, bytes(parts[0]).decode(), bytearray(parts[1]), header["max_postings"])
    return index, header["log_position"]


def save(index: SentenceIndex, path: Path, log_position: int) -> None:
    """Write a snapshot to ``path`` atomically: readers see the old file or the new one."""
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(to_bytes(index, log_position))
    os.replace(partial, path)


def load(path: Path) -> tuple[SentenceIndex, int]:
    """Read a snapshot written by ``save``: the index and its change-log position."""
    return from_bytes(path.read_bytes())


def _columns(index: SentenceIndex) -> dict[str, array[int]]:
    postings = index.postings
    posting_offsets = array("q", [0])
    for posting_list in postings.lists:
        posting_offsets.append(posting_offsets[-1] + len(posting_list))
    documents = index.document_slots
    return {
        "frequencies": postings.frequencies,
        "posting_offsets": posting_offsets,
        "postings": array("i", b"".join(map(bytes, postings.lists))),
        "documents": index.documents,
        "starts": index.starts,
        "ends": index.ends,
        "token_offsets": index.token_offsets,
        "tokens": index.tokens,
        "document_ids": array("q", documents),
        "document_firsts": array("q", (first for first, _ in documents.values())),
        "document_counts": array("q", (count for _, count in documents.values())),
    }


def _column(raw: memoryview, typecode: str, byteorder: str) -> array[int]:
    column = array(typecode)
    column.frombytes(raw)
    if byteorder != sys.byteorder:
        column.byteswap()
    return column


def _index(
    columns: dict[str, array[int]], vocabulary: str, capped: bytearray, max_postings: int
) -> SentenceIndex:
    index = SentenceIndex(max_postings)
    postings = index.postings
    tokens = vocabulary.split("\n") if vocabulary else []
    postings.token_ids = {token: token_id for token_id, token in enumerate(tokens)}
    postings.frequencies, postings.capped = columns["frequencies"], capped
    flat, offsets = columns["postings"], columns["posting_offsets"]
    postings.lists = [flat[offsets[i] : offsets[i + 1]] for i in range(len(tokens))]
    index.documents, index.starts, index.ends = (
        columns[name] for name in ("documents", "starts", "ends")
    )
    index.token_offsets, index.tokens = columns["token_offsets"], columns["tokens"]
    slots = zip(columns["document_firsts"], columns["document_counts"], strict=True)
    index.document_slots = dict(zip(columns["document_ids"], slots, strict=True))
    return index
