"""Newsroom formats to plain text: HTML pages and IPTC ninjs items.

Pure functions: text in, text out; no Flask, no database.
"""

from service.formats.html import html_to_text
from service.formats.ninjs import ninjs_to_document

__all__ = ["html_to_text", "ninjs_to_document"]
