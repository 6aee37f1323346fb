"""What the machine's two cores give together, with no HTTP in the way.

``http_ratio`` divides the HTTP rate by twice the in-process single-core rate, so it charges to
the HTTP layer whatever a second busy core costs the first: shared caches and memory bandwidth,
and on a virtual machine a neighbour's load. Two forked copies of the in-process verifier, each
verifying the claims for the same fixed time at the same moment, measure that share apart: their
combined rate is what two gunicorn workers could reach if HTTP cost nothing.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

COPIES = 2
GO = b"g"
STOP = b"s"


@contextmanager
def twin_verifiers(
    verify: Callable[[str], object],
    quotes: Sequence[str],
    seconds: float,
    after_fork: Callable[[], None],
) -> Iterator[Callable[[], float]]:
    """Fork two copies that each verify ``quotes`` in turn for ``seconds`` whenever asked; yield
    a function that runs both at once and returns their combined verifies per second.

    ``after_fork`` runs first in each copy (to drop database connections inherited from the
    parent). The first run warms the copies' pages and is not returned.
    """
    copies = [_fork_copy(verify, quotes, seconds, after_fork) for _ in range(COPIES)]

    def combined_rate() -> float:
        for go_write, _, _ in copies:
            os.write(go_write, GO)
        rates = [_read_line(done_read).split() for _, done_read, _ in copies]
        return sum(int(done) / float(elapsed) for done, elapsed in rates)

    try:
        combined_rate()
        yield combined_rate
    finally:
        # A word to stop rather than end of file: each copy holds the pipes of those forked
        # before it, so closing the parent's ends would not reach them.
        for go_write, _, _ in copies:
            os.write(go_write, STOP)
        for go_write, done_read, pid in copies:
            os.close(go_write)
            os.close(done_read)
            os.waitpid(pid, 0)


def _fork_copy(
    verify: Callable[[str], object],
    quotes: Sequence[str],
    seconds: float,
    after_fork: Callable[[], None],
) -> tuple[int, int, int]:
    go_read, go_write = os.pipe()
    done_read, done_write = os.pipe()
    pid = os.fork()
    if pid:
        os.close(go_read)
        os.close(done_write)
        return go_write, done_read, pid
    os.close(go_write)
    os.close(done_read)
    try:
        after_fork()
        while os.read(go_read, 1) == GO:
            done, elapsed = _verified_in(verify, quotes, seconds)
            os.write(done_write, b"%d %f\n" % (done, elapsed))
    finally:
        os._exit(0)


def _verified_in(
    verify: Callable[[str], object], quotes: Sequence[str], seconds: float
) -> tuple[int, float]:
    """How many quotes ``verify`` got through, cycling through them for about ``seconds``,
    and the seconds it took."""
    done = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        verify(quotes[done % len(quotes)])
        done += 1
    return done, time.perf_counter() - started


def _read_line(descriptor: int) -> bytes:
    line = b""
    while not line.endswith(b"\n"):
        chunk = os.read(descriptor, 32)
        if not chunk:
            raise RuntimeError("a verifying copy exited early")
        line += chunk
    return line
