"""The database schema, as SQLAlchemy Core tables. Alembic migrations create it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

metadata = MetaData()


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that always comes back timezone-aware in UTC; SQLite forgets the zone."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("external_id", String(512), nullable=True),
    Column("version", Integer, nullable=False, default=1),
    # Only the current version of a story takes part in matching and listings.
    Column("is_current", Boolean, nullable=False, default=True),
    Column("title", Text, nullable=True),
    Column("url", Text, nullable=True),
    Column("publisher", Text, nullable=True),
    Column("published_at", UTCDateTime(), nullable=True),
    Column("language", String(35), nullable=True),
    Column("kind", String(16), nullable=False),
    Column("byline", Text, nullable=True),
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    UniqueConstraint("external_id", "version", name="uq_documents_external_id_version"),
)
Index("ix_documents_content_hash", documents.c.content_hash)
Index("ix_documents_current", documents.c.is_current, documents.c.id)

speakers = Table(
    "speakers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    # Persons and organisations share one row across documents through this key;
    # descriptions ("a senior official") have none and are never merged.
    Column("merge_key", String(512), nullable=True, unique=True),
    # The merge key's last word, so a surname alone finds the full name without a scan.
    Column("surname_key", String(200), nullable=True, index=True),
)

speaker_aliases = Table(
    "speaker_aliases",
    metadata,
    Column("speaker_id", Integer, ForeignKey("speakers.id", ondelete="CASCADE"), nullable=False),
    Column("alias", Text, nullable=False),
    UniqueConstraint("speaker_id", "alias", name="uq_speaker_aliases"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "document_id",
        Integer,
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("normalized_text", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("cue", Text, nullable=True),
    Column("speaker_id", Integer, ForeignKey("speakers.id"), nullable=True, index=True),
    Column("mention_text", Text, nullable=True),
    Column("mention_start", Integer, nullable=True),
    Column("mention_end", Integer, nullable=True),
    Column("speaker_confidence", Float, nullable=False),
)

# Every write to the corpus appends here, so each worker can bring its in-memory state
# up to date from the database alone.
corpus_changes = Table(
    "corpus_changes",
    metadata,
    Column("seq", Integer, primary_key=True),
    Column("document_id", Integer, nullable=False),
    Column("operation", String(8), nullable=False),
    Column("changed_at", UTCDateTime(), nullable=False),
)

# A verification result as given, with a snapshot of its evidence, so that deleting or
# correcting a source later does not rewrite what an editor was shown.
verifications = Table(
    "verifications",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("quote", Text, nullable=False),
    Column("claimed_speaker", Text, nullable=True),
    Column("verdict", String(24), nullable=False),
    Column("result", Text, nullable=False),
    Column("requested_by", Text, nullable=True),
)
Index("ix_verifications_verdict", verifications.c.verdict)

verification_reviews = Table(
    "verification_reviews",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "verification_id",
        Integer,
        ForeignKey("verifications.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("verdict", String(24), nullable=False),
    Column("note", Text, nullable=True),
    Column("reviewer", Text, nullable=False),
    Column("reviewed_at", UTCDateTime(), nullable=False),
)

# API keys are stored as SHA-256 digests: a key is 256 random bits, so a slow password hash
# buys nothing, and the prefix finds the row without comparing secrets in SQL.
api_keys = Table(
    "api_keys",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("role", String(8), nullable=False),
    Column("prefix", String(16), nullable=False, unique=True),
    Column("key_digest", String(64), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("revoked_at", UTCDateTime(), nullable=True),
)
