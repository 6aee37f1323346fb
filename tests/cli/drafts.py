"""Drafts for checking: the seed article with a planted misattribution."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEED_FILE

MISATTRIBUTED_QUOTE = (
    "When it comes to Russia’s defense industrial base, the main contributor right now is China"
)


def misattributed_draft(folder: Path) -> Path:
    """The seed article, with Blinken's first quote given to Xi Jinping."""
    seed = SEED_FILE.read_text(encoding="utf-8")
    draft = seed.replace("Blinken told reporters", "Xi Jinping told reporters")
    assert draft != seed
    path = folder / "draft.txt"
    path.write_text(draft, encoding="utf-8")
    return path
