"""Fast lookups of extracted spans by position (sentence-local filters stay linear)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar


class HasSpan(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=HasSpan)


class SpanIndex(Generic[S]):
    """Spans sorted by start; ``within(a, b)`` returns those inside ``[a, b)`` in order.

    >>> from pipeline.records import DateMention
    >>> idx = SpanIndex([DateMention("2025", "2025", "year", 10, 14)])
    >>> [m.raw for m in idx.within(0, 20)], idx.within(12, 20)
    (['2025'], [])
    """

    def __init__(self, spans: Sequence[S]) -> None:
        self.spans = sorted(spans, key=lambda s: (s.start, s.end))
        self._starts = [s.start for s in self.spans]

    def within(self, lo: int, hi: int) -> list[S]:
        i = bisect_left(self._starts, lo)
        j = bisect_left(self._starts, hi, lo=i)
        return [s for s in self.spans[i:j] if s.end <= hi]


def overlaps_any(ranges: Sequence[tuple[int, int]], lo: int, hi: int) -> bool:
    """True when ``[lo, hi)`` overlaps one of the sorted, disjoint ``ranges``."""
    i = bisect_left(ranges, (lo, lo))
    return any(a < hi and lo < b for a, b in ranges[max(0, i - 1) : i + 1])
