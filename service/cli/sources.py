"""Source files as documents to ingest: plain text, HTML, ninjs or document JSON, JSON Lines.

A document without an ``external_id`` is given its file's ``file://`` URI (with ``#line=N`` for
a JSON Lines record), so a changed file becomes a new version and an unchanged one is skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from service.formats import ninjs_to_document
from service.formats.ninjs import NinjsError

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")


@dataclass(frozen=True)
class SourceItem:
    """One document read from ``origin`` (a path, with its line for JSON Lines), or the
    ``problem`` that kept it from being read."""

    origin: str
    fields: dict[str, Any] | None = None
    problem: str | None = None


def source_files(arguments: Sequence[Path]) -> list[Path]:
    """The files named, with every supported file inside each folder, recursively, sorted;
    hidden files and folders (``.git``, editor backups) are left out."""
    found: list[Path] = []
    for argument in arguments:
        if argument.is_dir():
            found.extend(sorted(p for p in argument.rglob("*") if _is_source(p, argument)))
        else:
            found.append(argument)
    return found


def _is_source(path: Path, folder: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
    return path.suffix.lower() in SUFFIXES and path.is_file() and not hidden


def count_documents(path: Path) -> int:
    """How many documents ``path`` holds, cheaply: its non-blank lines for JSON Lines, else 1."""
    if path.suffix.lower() != ".jsonl":
        return 1
    try:
        with path.open("rb") as lines:
            return sum(1 for line in lines if line.strip())
    except OSError:
        return 1


def read_documents(path: Path, default_kind: str) -> Iterator[SourceItem]:
    """Each document of ``path`` in order; unreadable files and records come as problems."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield SourceItem(str(path), problem=f"not a supported file ({', '.join(SUFFIXES)})")
        return
    identity = path.resolve().as_uri()
    try:
        if suffix == ".jsonl":
            yield from _json_lines(path, identity, default_kind)
        elif suffix == ".json":
            yield _json_document(str(path), path.read_bytes(), identity, default_kind)
        else:
            # utf-8-sig: a byte-order mark some Windows editors write is not part of the text.
            content = path.read_text(encoding="utf-8-sig")
            yield _text_document(path, suffix, content, identity, default_kind)
    except (OSError, UnicodeDecodeError) as error:
        yield SourceItem(str(path), problem=f"cannot read: {error}")


def _text_document(path: Path, suffix: str, content: str, identity: str, kind: str) -> SourceItem:
    fields = {"text": content, "format": "text" if suffix == ".txt" else "html"}
    return SourceItem(str(path), _with_defaults(fields, identity, kind))


def _json_lines(path: Path, identity: str, kind: str) -> Iterator[SourceItem]:
    # Read as bytes split on b"\n" only: a feed may be larger than memory, one line with a bad
    # byte should fail alone, and str.splitlines() would also split at U+2028 inside a string.
    with path.open("rb") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                origin = f"{path} line {number}"
                yield _json_document(origin, line, f"{identity}#line={number}", kind)


def _json_document(origin: str, raw: bytes, identity: str, kind: str) -> SourceItem:
    try:
        parsed = json.loads(raw)
    except json.JSONDecodeError as error:
        return SourceItem(origin, problem=f"invalid JSON ({error.msg} at column {error.colno})")
    except UnicodeDecodeError:
        return SourceItem(origin, problem="invalid JSON (not UTF-8)")
    if not isinstance(parsed, dict):
        return SourceItem(origin, problem="not a JSON object")
    try:
        fields = _document_fields(parsed)
    except NinjsError as error:
        return SourceItem(origin, problem=f"ninjs {error.field}: {error}")
    return SourceItem(origin, _with_defaults(fields, identity, kind))


def _document_fields(parsed: dict[str, Any]) -> dict[str, Any]:
    """Our document JSON (it has ``text``) as it is; anything else read as a ninjs item."""
    if "text" in parsed:
        return dict(parsed)
    converted = ninjs_to_document(parsed)
    return {name: value for name, value in converted.items() if value is not None}


def _with_defaults(fields: dict[str, Any], identity: str, kind: str) -> dict[str, Any]:
    return {
        **fields,
        "kind": fields.get("kind") or kind,
        "external_id": fields.get("external_id") or identity,
    }
