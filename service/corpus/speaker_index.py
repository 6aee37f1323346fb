"""Mapping each document's speakers onto the cross-document speaker index."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import Connection

from service.extraction import Speaker
from service.store import speakers as speaker_store

_TITLES = frozenset(
    "mr mrs ms miss dr prof sen senator rep gov governor president vice secretary minister "
    "prime chancellor mayor judge justice gen general rev sir dame lord lady".split()
)
_SUFFIXES = frozenset("jr sr ii iii iv".split())
# The width of speakers.merge_key: PostgreSQL refuses longer values, and no real name nears it.
_MERGE_KEY_CHARS = 512


def merge_key(name: str) -> str:
    """The form of a name that is equal across documents: case, accents, titles and
    suffixes removed ("Mr. Antony Blinken Jr." → "antony blinken")."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = re.sub(r"['’]s\b", "", folded)
    words = re.findall(r"[^\W_]+", folded)
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words = words[:-1]
    return " ".join(words)[:_MERGE_KEY_CHARS]


def resolve_speaker_id(connection: Connection, speaker: Speaker, mentions: set[str]) -> int:
    """The speaker-index id for one document's speaker, created or merged, aliases added."""
    if speaker.kind == "description":
        speaker_id = speaker_store.insert_speaker(connection, speaker.name, speaker.kind, None)
    else:
        speaker_id = _merged_speaker_id(connection, speaker)
    aliases = {speaker.name, *speaker.aliases, *mentions}
    speaker_store.add_aliases(connection, speaker_id, aliases)
    return speaker_id


def _merged_speaker_id(connection: Connection, speaker: Speaker) -> int:
    key = merge_key(speaker.name)
    existing = speaker_store.find_by_merge_key(connection, key)
    if existing is not None:
        return existing
    words = key.split()
    if speaker.kind == "person" and len(words) == 1:
        same_surname = speaker_store.find_by_surname_key(connection, key)
        if len(same_surname) == 1:
            return same_surname[0]
    if speaker.kind == "person" and len(words) > 1:
        known_by_surname = speaker_store.find_by_merge_key(connection, words[-1], "person")
        if known_by_surname is not None:
            speaker_store.promote_speaker(connection, known_by_surname, speaker.name, key)
            return known_by_surname
    return speaker_store.insert_speaker(connection, speaker.name, speaker.kind, key)
