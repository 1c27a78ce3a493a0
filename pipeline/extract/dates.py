"""Date mentions: find date expressions and normalise them to ISO at their precision.

Values (see DESIGN "Value conventions"): day ``2025-10-10``, month ``2025-12``, year
``2025``, quarter ``2025-Q4``, interval ``2026/2030``. Half-years and "first N months"
are intervals of months: ``premier semestre 2026`` → ``2026-01/2026-06``,
``6 tháng đầu năm 2025`` → ``2025-01/2025-06``.

>>> [(d.raw, d.value) for d in extract_dates("Avant le 30 octobre 2025, en 2026-2030.", "fr", None)]
[('30 octobre 2025', '2025-10-30'), ('2026-2030', '2026/2030')]
>>> extract_dates("plus de 2025 patients, 65 ans, 20 %", "fr", None)
[]

A bare year only counts after a year cue (``en 2025``, ``w 2025 r.``, ``năm 2025``,
``d'ici 2030``) or inside a longer date. Spans in ``exclude`` (decree numbers such as
``38/2025/QĐ-UBND``) never yield a date.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Sequence

import regex

from pipeline.extract.date_grammar import grammar, normalise
from pipeline.records import DateMention

__all__ = ["extract_dates", "first_day", "last_day"]


def extract_dates(
    text: str,
    lang: str,
    published: datetime.date | None,
    exclude: Sequence[tuple[int, int]] = (),
) -> list[DateMention]:
    """Date mentions of ``text`` sorted by (start, end).

    Candidates of every template are collected; overlaps are resolved leftmost-longest
    (ties: template order). An impossible date (``31/02/2025``) or a quantity
    (``2025 zł``) still claims its span, so no shorter piece of it becomes a date.
    """
    gram = grammar(lang)
    candidates: list[tuple[int, int, int, regex.Match[str]]] = []
    for rank, pattern in enumerate(gram.patterns):
        for match in pattern.finditer(text):
            if match.end() > match.start():
                candidates.append((match.start(), -match.end(), rank, match))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))

    mentions: list[DateMention] = []
    taken_until = -1
    for start, neg_end, _rank, match in candidates:
        end = -neg_end
        if start < taken_until:
            continue
        taken_until = end
        if any(start < ex_end and ex_start < end for ex_start, ex_end in exclude):
            continue
        if gram.not_after.match(text, end):
            continue
        parsed = normalise(match.groupdict(), gram.months, gram.ordinals, published)
        if parsed is None:
            continue
        value, precision = parsed
        mentions.append(DateMention(text[start:end], value, precision, start, end))
    return mentions


def _bound(value: str, last: bool) -> datetime.date:
    """First or last day covered by one ISO value (no interval)."""
    try:
        if "-Q" in value:
            year, quarter = value.split("-Q")
            month = int(quarter) * 3 if last else int(quarter) * 3 - 2
            if not 1 <= int(quarter) <= 4:
                raise ValueError
            day = calendar.monthrange(int(year), month)[1] if last else 1
            return datetime.date(int(year), month, day)
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            return datetime.date(*parts)
        if len(parts) == 2:
            year, month = parts
            day = calendar.monthrange(year, month)[1] if last else 1
            return datetime.date(year, month, day)
        if len(parts) == 1:
            return datetime.date(parts[0], 12, 31) if last else datetime.date(parts[0], 1, 1)
    except (ValueError, calendar.IllegalMonthError):
        pass
    raise ValueError(f"not an ISO date value: {value!r} (expected 2025-10-10, 2025-12, "
                     f"2025, 2025-Q4 or 2026/2030)")  # fmt: skip


def last_day(value: str) -> datetime.date:
    """Last day covered by an ISO value at any precision.

    >>> [str(last_day(v)) for v in ("2025", "2025-Q4", "2026/2030", "2025-02", "2025-10-10")]
    ['2025-12-31', '2025-12-31', '2030-12-31', '2025-02-28', '2025-10-10']
    """
    return _bound(value.split("/")[-1], last=True)


def first_day(value: str) -> datetime.date:
    """First day covered by an ISO value at any precision.

    >>> [str(first_day(v)) for v in ("2025", "2025-Q4", "2026/2030", "2026-01/2026-06")]
    ['2025-01-01', '2025-10-01', '2026-01-01', '2026-01-01']
    """
    return _bound(value.split("/")[0], last=False)
