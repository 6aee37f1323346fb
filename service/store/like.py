"""LIKE patterns built from user text, with the wildcards in it taken literally."""

LIKE_ESCAPE = "\\"


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains_pattern(text: str) -> str:
    """A pattern matching any value that contains ``text``."""
    return f"%{escape_like(text)}%"
