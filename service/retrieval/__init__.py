"""Candidate retrieval: find the few indexed sentences a claimed quote could come from.

A pure core: imports neither Flask nor the database (numpy weighs the shortlist). Verification
aligns only the candidates returned here, so it never scans the corpus.

Indexing and querying::

    index = SentenceIndex()
    index.add_document(7, text)  # or with sentence spans: add_document(7, text, spans)
    index.candidates("claimed words", limit=10)  # -> [Candidate(document_id, start, end, score)]
    index.remove_document(7)

``add_document`` on a known id replaces the document; ``remove_document`` on an unknown id does
nothing. Both are therefore idempotent, which is what replaying a database change log needs.

Keeping workers consistent (the database is the single source of truth): every ingest, replace
and delete appends a row to a change log with an increasing position. A worker starts from the
newest snapshot (``snapshot.load(path) -> (index, log_position)``), replays the log rows after
that position, and before answering each request replays any newer rows (one indexed query on
the log's position). A periodic job writes fresh snapshots with ``snapshot.save``; it can
load the previous snapshot, replay the log and save, without touching the database's documents.

A ``SentenceIndex`` is not safe to change while another thread queries it: run one thread per
worker process, or hold one lock around both the replay and ``candidates``. Removing documents
leaves dead slots that queries skip; the index compacts itself once they outnumber the live
ones, and ``snapshot.to_bytes`` compacts before writing.
"""

from service.retrieval.index import Candidate, SentenceIndex
from service.retrieval.sentences import split_sentences
from service.retrieval.tokens import tokenize

__all__ = ["Candidate", "SentenceIndex", "split_sentences", "tokenize"]
