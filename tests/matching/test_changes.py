"""Typing a difference: what changes meaning and what does not."""

from __future__ import annotations

import pytest

from service.matching.changes import classify


@pytest.mark.parametrize(
    ("claimed", "source", "change_type", "severity"),
    [
        ("wants", "doesn't want", "negation", "meaning"),
        ("is", "is not", "negation", "meaning"),
        ("never", "always", "negation", "meaning"),
        ("don't", "do not", "word", "minor"),
        ("can't", "cannot", "word", "minor"),
        ("it's", "it is", "word", "minor"),
        ("16", "61", "number", "meaning"),
        ("", "3", "number", "meaning"),
        ("difficult", "hard", "word", "meaning"),
        ("wants", "want", "word", "minor"),
        ("favour", "favor", "word", "minor"),
        ("organise", "organize", "word", "minor"),
        ("a", "the", "word", "minor"),
        ("um", "", "insertion", "minor"),
        ("you know", "", "insertion", "minor"),
        ("", "I mean", "omission", "minor"),
        ("sort of huge", "huge", "word", "minor"),
        ("huge", "", "insertion", "meaning"),
        ("", "really", "omission", "minor"),
        ("", "only", "omission", "meaning"),
        ("", "almost", "omission", "meaning"),
        ("increase", "decrease", "word", "meaning"),
        ("e mail", "email", "word", "minor"),
    ],
)
def test_change_type_and_severity(
    claimed: str, source: str, change_type: str, severity: str
) -> None:
    assert classify(claimed.split(), source.split()) == (change_type, severity)
