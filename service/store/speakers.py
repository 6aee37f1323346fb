"""The speaker index: one row per person or organisation across documents, with aliases.

Descriptions ("a senior State Department official") get a row per quote-bearing document and
are never merged, since two anonymous officials are rarely the same person.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, RowMapping, and_, bindparam, exists, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from service.store.like import LIKE_ESCAPE, contains_pattern
from service.store.tables import documents, quotes, speaker_aliases, speakers

SpeakerRow = RowMapping

# Built once: ingest runs these for every document (see documents.py).
_BY_MERGE_KEYS = select(speakers.c.merge_key, speakers.c.id, speakers.c.kind).where(
    speakers.c.merge_key.in_(bindparam("merge_keys", expanding=True))
)
_BY_SURNAME_KEY = select(speakers.c.id).where(
    speakers.c.kind == "person",
    speakers.c.surname_key == bindparam("surname_key"),
    speakers.c.merge_key != bindparam("surname_key"),
)
_INSERT_SPEAKER = insert(speakers)
# Aliases already known are skipped by their unique constraint, not by reading them first.
_ALIAS_KEY = [speaker_aliases.c.speaker_id, speaker_aliases.c.alias]
_INSERT_NEW_ALIASES = {
    "postgresql": postgresql.insert(speaker_aliases).on_conflict_do_nothing(
        index_elements=_ALIAS_KEY
    ),
    "sqlite": sqlite.insert(speaker_aliases).on_conflict_do_nothing(index_elements=_ALIAS_KEY),
}
_PROMOTE = update(speakers).where(speakers.c.id == bindparam("speaker_id"))


def ids_by_merge_keys(connection: Connection, merge_keys: set[str]) -> dict[str, tuple[int, str]]:
    """Merge key → (id, kind) of the speakers known under any of ``merge_keys``."""
    if not merge_keys:
        return {}
    found = connection.execute(_BY_MERGE_KEYS, {"merge_keys": sorted(merge_keys)})
    return {str(key): (int(i), str(kind)) for key, i, kind in found}


def find_by_surname_key(connection: Connection, surname_key: str) -> list[int]:
    """Persons whose merge key ends with this surname ("antony blinken" for "blinken")."""
    return list(connection.execute(_BY_SURNAME_KEY, {"surname_key": surname_key}).scalars())


def insert_speaker(connection: Connection, name: str, kind: str, merge_key: str | None) -> int:
    surname_key = merge_key.split()[-1] if merge_key else None
    result = connection.execute(
        _INSERT_SPEAKER,
        {"name": name, "kind": kind, "merge_key": merge_key, "surname_key": surname_key},
    )
    assert result.inserted_primary_key is not None
    return int(result.inserted_primary_key[0])


def add_aliases(connection: Connection, aliases: dict[int, set[str]]) -> None:
    """Record, for each speaker id, the aliases not yet known for them."""
    fresh = sorted({(i, alias) for i, names in aliases.items() for alias in names if alias})
    if fresh:
        connection.execute(
            _INSERT_NEW_ALIASES[connection.dialect.name],
            [{"speaker_id": i, "alias": alias} for i, alias in fresh],
        )


def _quoted_in_current_documents() -> Any:
    return exists().where(
        quotes.c.speaker_id == speakers.c.id,
        quotes.c.document_id == documents.c.id,
        documents.c.is_current.is_(True),
    )


def list_speakers(
    connection: Connection, *, name_query: str | None, after_id: int | None, limit: int
) -> list[SpeakerRow]:
    """Speakers with at least one quote in a current document, by id, after the cursor."""
    query = select(speakers).where(_quoted_in_current_documents())
    if name_query:
        query = query.where(speakers.c.id.in_(speaker_ids_matching(name_query)))
    if after_id is not None:
        query = query.where(speakers.c.id > after_id)
    query = query.order_by(speakers.c.id).limit(limit)
    return list(connection.execute(query).mappings())


def speaker_ids_matching(name_text: str) -> Any:
    """A subquery of speakers whose name or an alias contains ``name_text``, any case."""
    pattern = contains_pattern(name_text.lower())
    by_alias = select(speaker_aliases.c.speaker_id).where(
        func.lower(speaker_aliases.c.alias).like(pattern, escape=LIKE_ESCAPE)
    )
    by_name = select(speakers.c.id).where(
        func.lower(speakers.c.name).like(pattern, escape=LIKE_ESCAPE)
    )
    return by_name.union(by_alias)


def get_speaker(connection: Connection, speaker_id: int) -> SpeakerRow | None:
    query = select(speakers).where(speakers.c.id == speaker_id, _quoted_in_current_documents())
    return connection.execute(query).mappings().first()


# Built once: verification reads it on every source-cache miss.
_ALIASES_OF = (
    select(speaker_aliases.c.speaker_id, speaker_aliases.c.alias)
    .where(speaker_aliases.c.speaker_id.in_(bindparam("ids", expanding=True)))
    .order_by(speaker_aliases.c.alias)
)


def aliases_of(connection: Connection, speaker_ids: list[int]) -> dict[int, list[str]]:
    """Aliases of each speaker, alphabetically."""
    found: dict[int, list[str]] = {speaker_id: [] for speaker_id in speaker_ids}
    for speaker_id, alias in connection.execute(_ALIASES_OF, {"ids": list(speaker_ids)}):
        found[speaker_id].append(alias)
    return found


def quote_counts(connection: Connection, speaker_ids: list[int]) -> dict[int, int]:
    """How many quotes in current documents each speaker has."""
    query = (
        select(quotes.c.speaker_id, func.count())
        .select_from(quotes.join(documents, quotes.c.document_id == documents.c.id))
        .where(and_(quotes.c.speaker_id.in_(speaker_ids), documents.c.is_current.is_(True)))
        .group_by(quotes.c.speaker_id)
    )
    counts = {speaker_id: 0 for speaker_id in speaker_ids}
    counts.update({speaker_id: int(count) for speaker_id, count in connection.execute(query)})
    return counts


def count_listed(connection: Connection) -> int:
    query = select(func.count()).select_from(speakers).where(_quoted_in_current_documents())
    return int(connection.execute(query).scalar_one())


def promote_speaker(connection: Connection, speaker_id: int, name: str, merge_key: str) -> None:
    """Give a speaker known only by surname the full name a later document supplies."""
    connection.execute(
        _PROMOTE,
        {
            "speaker_id": speaker_id,
            "name": name,
            "merge_key": merge_key,
            "surname_key": merge_key.split()[-1],
        },
    )
