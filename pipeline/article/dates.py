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

from pipeline.article.date_grammar import date_grammar, needs_year, normalise
from pipeline.records import DateMention

__all__ = ["DateMentions", "extract_dates", "first_day", "header_date", "last_day"]


class DateMentions(list[DateMention]):
    """The date mentions of one text, with the ``reference`` date their partial dates were
    read against (the publication date, else the crawler's ``date YYYY-MM`` header, else
    None). :func:`pipeline.article.deadlines.extract_deadlines` reads it to tell a past
    date from a deadline."""

    reference: datetime.date | None = None


# The crawler's header at the very start of a text: " date 2025-07 Title…"
_HEADER = regex.compile(r"\A\s*date\s+(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d))?\b")
# A page timestamp: a date followed by a clock time ("17/03/2026 01:43"); its year is the
# site's, not the story's, so it never gives a partial date its year
_CLOCK = regex.compile(r"\s*,?\s*\d{1,2}[:h]\d{2}\b")


def header_date(text: str) -> datetime.date | None:
    """The date of a crawler header " date 2025-07" opening the text (first of the month).

    >>> str(header_date(" date 2025-07 Titre")), header_date("Titre du 2025-07")
    ('2025-07-01', None)
    """
    match = _HEADER.match(text)
    if match is None:
        return None
    try:
        return datetime.date(int(match["y"]), int(match["m"]), int(match["d"] or 1))
    except ValueError:
        return None


def extract_dates(
    text: str,
    lang: str,
    published: datetime.date | None,
    exclude: Sequence[tuple[int, int]] = (),
) -> DateMentions:
    """Date mentions of ``text`` sorted by (start, end).

    Candidates of every template are collected; overlaps are resolved leftmost-longest
    (ties: template order). An impossible date (``31/02/2025``) or a quantity
    (``2025 zł``) still claims its span, so no shorter piece of it becomes a date.

    A partial date ("le 17 juillet", "w grudniu", "Sáng 26.1") takes its year from the
    publication date, else from the crawler header, else from the nearest day, month or
    quarter of the text that writes its year (never a bare year nor a page timestamp);
    with none of these it is dropped.
    """
    gram = date_grammar(lang)
    candidates: list[tuple[int, int, int, regex.Match[str]]] = []
    for rank, pattern in enumerate(gram.patterns):
        for match in pattern.finditer(text):
            if match.end() > match.start():
                candidates.append((match.start(), -match.end(), rank, match))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))

    reference = published or header_date(text)
    found: list[tuple[int, int, DateMention | regex.Match[str]]] = []
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
        groups = match.groupdict()
        if reference is None and needs_year(groups):
            found.append((start, end, match))  # its year comes from the text around
            continue
        parsed = normalise(groups, gram.months, gram.ordinals, reference, None, gram.relative)
        if parsed is None:
            continue
        value, precision = parsed
        found.append((start, end, DateMention(text[start:end], value, precision, start, end)))

    mentions = DateMentions()
    mentions.reference = reference
    anchors = [
        f[2]
        for f in found
        if isinstance(f[2], DateMention)
        and "-" in f[2].value.split("/")[0]  # a day, a month, a quarter or days
        and not _CLOCK.match(text, f[1])
    ]
    for start, end, item in found:
        if isinstance(item, DateMention):
            mentions.append(item)
            continue
        year = _context_year(anchors, start)
        parsed = normalise(item.groupdict(), gram.months, gram.ordinals, None, year, gram.relative)
        if parsed is not None:
            mentions.append(DateMention(text[start:end], *parsed, start, end))
    return mentions


def _context_year(anchors: Sequence[DateMention], position: int) -> int | None:
    """Year of the nearest day, month or quarter of the text that writes its year.

    A bare year is no anchor: in an undated text it is mostly a statistic or a
    background fact ("en 2020", "xây dựng năm 2013"), not the year of the story.
    """
    if not anchors:
        return None
    best = min(anchors, key=lambda a: (abs(a.start - position), a.start))
    return int(best.value[:4])


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
