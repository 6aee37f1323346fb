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


def resolve_speaker_ids(
    connection: Connection, mentions_by_speaker: dict[Speaker, set[str]]
) -> dict[Speaker, int]:
    """Speaker-index ids for one document's speakers, created or merged, aliases added; a
    handful of queries per document whatever its number of speakers."""
    keys = {s: merge_key(s.name) for s in mentions_by_speaker if s.kind != "description"}
    surnames = {key.split()[-1] for key in keys.values()}
    known = speaker_store.ids_by_merge_keys(connection, set(keys.values()) | surnames)
    ids: dict[Speaker, int] = {}
    for speaker in mentions_by_speaker:
        if speaker.kind == "description":
            ids[speaker] = speaker_store.insert_speaker(
                connection, speaker.name, "description", None
            )
        else:
            ids[speaker] = _merged_speaker_id(connection, speaker, keys[speaker], known)
    aliases = {
        ids[speaker]: {speaker.name, *speaker.aliases, *mentions}
        for speaker, mentions in mentions_by_speaker.items()
    }
    speaker_store.add_aliases(connection, aliases)
    return ids


def _merged_speaker_id(
    connection: Connection, speaker: Speaker, key: str, known: dict[str, tuple[int, str]]
) -> int:
    """The id of the known speaker this one is, else of a new one; ``known`` (merge key →
    (id, kind)) learns what this creates."""
    if key in known:
        return known[key][0]
    words = key.split()
    speaker_id = None
    if speaker.kind == "person" and len(words) == 1:
        same_surname = speaker_store.find_by_surname_key(connection, key)
        speaker_id = same_surname[0] if len(same_surname) == 1 else None
    elif speaker.kind == "person" and known.get(words[-1], (0, ""))[1] == "person":
        # Known so far only by surname: this document gives the full name.
        speaker_id = known.pop(words[-1])[0]
        speaker_store.promote_speaker(connection, speaker_id, speaker.name, key)
    if speaker_id is None:
        speaker_id = speaker_store.insert_speaker(connection, speaker.name, speaker.kind, key)
    known[key] = (speaker_id, speaker.kind)
    return speaker_id
