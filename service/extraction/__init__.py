"""Quote and speaker extraction: plain text in, quotations with speakers out.

Pure Python: imports neither Flask nor the database.

- ``extract_quotes(text)``: every direct and partial quotation, its speaker mention, the
  resolved speaker (fullest name in the document, or a description) and a confidence.
- ``split_sentences(text)``: sentence spans, robust to "U.S." and "Mr.".

Identity across documents is the store's: ``service.corpus.speaker_index``.
"""

from service.extraction.model import ExtractedQuote, Mention, Speaker
from service.extraction.quotes import extract_quotes
from service.extraction.sentences import split_sentences

__all__ = [
    "ExtractedQuote",
    "Mention",
    "Speaker",
    "extract_quotes",
    "split_sentences",
]
