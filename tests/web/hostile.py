"""A source whose title, speaker and quote carry markup: the pages must show it as text."""

from __future__ import annotations

HOSTILE_MARKUP = "<img src=x onerror=alert(1)>"
HOSTILE_TITLE = f"{HOSTILE_MARKUP}<script>alert(2)</script> Bridge statement"
HOSTILE_QUOTE = f"The bridge {HOSTILE_MARKUP} reopens <script>alert(3)</script> on Friday,"
HOSTILE_SENTENCE = f"“{HOSTILE_QUOTE}” said Jane <img src=x onerror=alert(4)>."
HOSTILE_SPEAKER_START = "Jane <img"
HOSTILE_URL = "https://example.org/bridge?ref=%3Cscript%3E"

HOSTILE_DOCUMENT = {
    "text": HOSTILE_SENTENCE,
    "title": HOSTILE_TITLE,
    "url": HOSTILE_URL,
    "publisher": "<b>Harbour</b> Gazette",
    "kind": "statement",
}
