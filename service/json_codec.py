"""JSON through orjson, with the standard library wherever orjson refuses.

Every request body, response and log line goes through here: orjson reads and writes them
several times faster than ``json`` (``python -m bench.json_codec``). It is stricter: it refuses
lone surrogate escapes, NaN and text that is not UTF-8, and those go to ``json`` as before, so
the service accepts and answers what it did. One difference remains: an integer beyond 64 bits
is read as a float (no field here takes a number that large, as an integer or a float).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import orjson

# Types orjson would write its own way are handed to ``default``, as ``json`` would.
_AS_JSON_WOULD = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME
_SORTED = _AS_JSON_WOULD | orjson.OPT_SORT_KEYS


def loads(text: str | bytes) -> Any:
    """The value ``json.loads(text)`` gives (but for the module's one difference); it raises
    what ``json.loads`` raises."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def dumps(value: Any, default: Callable[[Any], Any], sort_keys: bool = False) -> bytes:
    """Compact JSON in UTF-8; ``default`` turns what JSON has no type for into something it
    has. Text orjson cannot write (a lone surrogate) is written by ``json`` as an escape."""
    options = _SORTED if sort_keys else _AS_JSON_WOULD
    try:
        return orjson.dumps(value, default=default, option=options)
    except orjson.JSONEncodeError:
        text = json.dumps(value, default=default, sort_keys=sort_keys, separators=(",", ":"))
        return text.encode()
