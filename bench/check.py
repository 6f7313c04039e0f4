"""Order and completeness of what one client received. Pure; no I/O.

Every delivery the generator sees is checked, not sampled: for each client
and circle the received seqs must be exactly the stored seqs of the run,
each once, strictly increasing.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass


@dataclass
class Verdict:
    """What went wrong across any number of streams (all zero: nothing)."""

    streams: int = 0
    received: int = 0
    expected: int = 0
    missing: int = 0
    doubled: int = 0
    out_of_order: int = 0
    unexpected: int = 0

    @property
    def ok(self) -> bool:
        return not (self.missing or self.doubled or self.out_of_order or self.unexpected)

    def add(self, other: Verdict) -> None:
        for k, v in asdict(other).items():
            setattr(self, k, getattr(self, k) + v)

    def as_dict(self) -> dict[str, int | bool]:
        return {**asdict(self), "ok": self.ok}


def check_stream(received: list[int], expected: Iterable[int]) -> Verdict:
    """Compare one client's seqs in one circle, in arrival order, with what was stored.

    ``doubled`` counts extra copies, ``out_of_order`` every arrival not above the
    one before it (a copy counts there too), ``missing`` stored seqs never seen,
    ``unexpected`` seqs seen that were never stored.
    """
    want = set(expected)
    counts = Counter(received)
    v = Verdict(streams=1, received=len(received), expected=len(want))
    v.doubled = sum(n - 1 for n in counts.values() if n > 1)
    v.out_of_order = sum(1 for a, b in itertools.pairwise(received) if b <= a)
    v.missing = len(want - counts.keys())
    v.unexpected = len(counts.keys() - want)
    return v


def check_all(streams: Iterable[tuple[list[int], Iterable[int]]]) -> Verdict:
    total = Verdict()
    for received, expected in streams:
        total.add(check_stream(received, expected))
    return total
