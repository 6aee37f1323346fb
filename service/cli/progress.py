"""Progress of a long run on stderr: a bar redrawn in place on a terminal, plain lines in logs."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

BAR_WIDTH = 30
LOG_INTERVAL_S = 5.0


class Progress:
    """Counts ``total`` items done; ``advance`` after each, ``finish`` once at the end."""

    def __init__(
        self,
        total: int,
        stream: TextIO,
        unit: str = "documents",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.done = 0
        self.stream = stream
        self.unit = unit
        self.clock = clock
        self.interactive = stream.isatty()
        self.last_shown = clock()

    def advance(self) -> None:
        self.done += 1
        if self.interactive:
            self._draw()
        elif self.clock() - self.last_shown >= LOG_INTERVAL_S:
            self._log()

    def finish(self) -> None:
        if self.interactive:
            self._draw()
            self.stream.write("\n")
        else:
            self._log()
        self.stream.flush()

    def _counter(self) -> str:
        return f"{self.done}/{self.total} {self.unit}"

    def _draw(self) -> None:
        filled = BAR_WIDTH * self.done // self.total if self.total else BAR_WIDTH
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        self.stream.write(f"\r[{bar}] {self._counter()}")
        self.stream.flush()

    def _log(self) -> None:
        self.stream.write(f"ingested {self._counter()}\n")
        self.stream.flush()
        self.last_shown = self.clock()
