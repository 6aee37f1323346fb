"""Progress on stderr: redrawn in place on a terminal, periodic plain lines in a log."""

from __future__ import annotations

import io

from service.cli.progress import LOG_INTERVAL_S, Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_bar_is_redrawn_in_place_and_ends_with_a_newline() -> None:
    terminal = Terminal()
    progress = Progress(4, terminal)
    for _ in range(4):
        progress.advance()
    progress.finish()

    frames = terminal.getvalue().split("\r")[1:]
    assert frames[1] == "[" + "#" * 15 + "." * 15 + "] 2/4 documents"
    assert terminal.getvalue().endswith("] 4/4 documents\n")


def test_in_a_log_a_line_is_written_every_few_seconds_and_at_the_end() -> None:
    now = [0.0]
    log = io.StringIO()
    progress = Progress(3, log, clock=lambda: now[0])
    progress.advance()
    now[0] += LOG_INTERVAL_S
    progress.advance()
    progress.advance()
    progress.finish()

    assert log.getvalue().splitlines() == ["ingested 2/3 documents", "ingested 3/3 documents"]
