"""Quote and speaker extraction: plain text in, quotations with speakers out.

Pure Python: imports neither Flask nor the database.
"""

from service.extraction.model import ExtractedQuote, Mention, Speaker
from service.extraction.quotes import extract_quotes

__all__ = ["ExtractedQuote", "Mention", "Speaker", "extract_quotes"]
