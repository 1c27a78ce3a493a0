"""Date candidate grammar: compiles each language's templates, normalises a match.

The language modules (``pipeline.lang.fr|pl|vi``) hold the words and word orders as
regex templates (``DATE_PATTERNS``); this module fills the placeholders, adds the
language-independent numeric shapes (``10/10/2025``, ``2025-10-10``, ``2026-2030``) and
turns the named groups of a match into an ISO value at its precision:

>>> normalise({"d": "10", "m": "10", "y": "2025"}, {}, {}, None)
('2025-10-10', 'day')
>>> normalise({"q": "IV", "y": "2025"}, {}, {}, None)
('2025-Q4', 'quarter')
>>> normalise({"d": "31", "m": "02", "y": "2025"}, {}, {}, None) is None  # impossible day
True
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import regex

from pipeline.lang import language_data

_FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION0

# Placeholders every template may use. Numbers are matched loosely and validated in
# `normalise`, so that "31/02/2025" is matched (and then rejected) as a whole instead of
# leaving pieces that another template could pick up.
_NUM_START = r"(?<![\p{L}\p{N}/.,-])"
_NUM_END = r"(?![\p{N}]|[/.,-]\p{N}|\p{L})"
_PLACEHOLDERS: dict[str, str] = {
    "{DAY}": _NUM_START + r"(?P<d>\d{1,2})",
    "{MM}": r"(?P<m>\d{1,2})(?!\d)",
    "{YEAR}": r"(?P<y>\d{4})" + _NUM_END,
    "{YEAR2}": r"(?P<y2>(?:19|20)\d\d)" + _NUM_END,
    "{ROMAN}": r"(?-i:IV|III|II|I)(?![\p{L}\p{N}])",
    # Polish year suffix: "2025 r.", "2025 roku" (kept inside the raw span)
    "{RSUF}": r"(?:\s*r\.|\s+roku\b)?",
}

# Language-independent numeric shapes, tried before the language's own templates.
#   must match: 10/10/2025, 10.10.2025, 10-10-2025, 2025-10-10, 2026-2030, 2021 – 2025,
#               1950-53, (1967)
#   must not match: 24/7, 50/50, 0912 345 678, 10h30, 1/2/3/2025, 2025-2020 (backwards)
COMMON_PATTERNS: tuple[str, ...] = (
    _NUM_START + r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _NUM_END,
    r"{DAY}(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep){YEAR}",
    _NUM_START + r"(?P<y>\d{4})\s*[-–—]\s*{YEAR2}",
    _NUM_START + r"(?P<y>(?:19|20)\d\d)[-–](?P<y2s>\d\d)" + _NUM_END,
    r"(?<=\()(?P<y>(?:19|20)\d\d)(?=\))",
)

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
MIN_YEAR, MAX_YEAR = 1900, 2100
MAX_INTERVAL_YEARS = 50


@dataclass(frozen=True, slots=True)
class Grammar:
    """Compiled templates of one language, in priority order."""

    patterns: tuple[regex.Pattern[str], ...]
    not_after: regex.Pattern[str]
    months: dict[str, int]
    ordinals: dict[str, int]


_Trie = dict[str, "_Trie"]


def _alternation(words: Iterable[str]) -> str:
    """Alternation of literal (case-folded) words, longest first, closed on the right.

    Written as a trie, so that the regex engine tests one branch per first letter at
    each position of the text instead of every word (three times faster for the Polish
    month and ordinal lists). Only a word and its extensions can match at the same
    position, and the trie tries the extensions first, as a longest-first list would:

    >>> print(_alternation(["mai", "maj", "maja", "févr", "févr."]))
    (?:févr(?:\\.|)|ma(?:i|j(?:a|)))(?![\\p{L}])
    """
    trie: _Trie = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    if not trie:
        return r"(?!)"
    return _trie_regex(trie) + r"(?![\p{L}])"


def _trie_regex(node: _Trie) -> str:
    branches = [regex.escape(char) + _trie_regex(node[char]) for char in sorted(node) if char]
    if "" in node:
        branches.append("")  # the word ending here after its extensions
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def fill(template: str, months: dict[str, int], ordinals: dict[str, int]) -> str:
    """Replace the placeholders of one template by their regex."""
    out = template.replace("{MONTH}", "(?P<mn>" + _alternation(months) + ")")
    out = out.replace("{ORD}", _alternation(ordinals))
    for key, value in _PLACEHOLDERS.items():
        out = out.replace(key, value)
    return out


@cache
def grammar(lang: str) -> Grammar:
    """The compiled date grammar of ``lang`` (cached)."""
    data = language_data(lang)
    months = {k.casefold(): v for k, v in data.DATE_MONTHS.items()}
    ordinals = {k.casefold(): v for k, v in data.DATE_ORDINALS.items()}
    templates = (*COMMON_PATTERNS, *data.DATE_PATTERNS)
    patterns = tuple(regex.compile(fill(t, months, ordinals), _FLAGS) for t in templates)
    not_after = regex.compile(r"\s*(?:" + data.DATE_NOT_AFTER + ")", _FLAGS)
    return Grammar(patterns, not_after, months, ordinals)


def _number(token: str | None, ordinals: dict[str, int]) -> int | None:
    """1 from "1", "I", "premier", "pierwszym"; None when unknown."""
    if token is None:
        return None
    token = token.strip()
    if token.isdigit():
        return int(token)
    if token in ROMAN:
        return ROMAN[token]
    return ordinals.get(token.casefold())


def _year_ok(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def normalise(
    groups: dict[str, str | None],
    months: dict[str, int],
    ordinals: dict[str, int],
    published: datetime.date | None,
) -> tuple[str, str] | None:
    """(value, precision) from a match's named groups, or None when impossible.

    Partial dates (day and month without a year) take the publication year; without a
    publication date they are dropped (precision first).
    """
    get = groups.get
    year = int(get("y")) if get("y") else None
    if year is None:
        if published is None or not (get("d") and (get("m") or get("mn"))):
            return None
        year = published.year
    if not _year_ok(year):
        return None
    if get("y2s"):  # 1950-53
        groups = {**groups, "y2": str(year // 100 * 100 + int(get("y2s") or 0))}
        get = groups.get
    if get("y2"):
        end = int(get("y2") or 0)
        if not (_year_ok(end) and year < end <= year + MAX_INTERVAL_YEARS):
            return None
        return f"{year}/{end}", "interval"
    first, last = get("nmf"), get("nml")
    if get("h"):
        half = _number(get("h"), ordinals)
        if half not in (1, 2):
            return None
        first, last = ("6", None) if half == 1 else (None, "6")
    if first or last:
        count = 6 if (first or last) in ("đầu", "cuối") else int(first or last or 0)
        if not 1 <= count <= 11:
            return None
        lo, hi = (1, count) if first else (13 - count, 12)
        return f"{year}-{lo:02d}/{year}-{hi:02d}", "interval"
    if get("q"):
        quarter = _number(get("q"), ordinals)
        if quarter not in (1, 2, 3, 4):
            return None
        return f"{year}-Q{quarter}", "quarter"
    month = int(get("m")) if get("m") else months.get((get("mn") or "").casefold())
    if month is None:
        return str(year), "year"
    if not 1 <= month <= 12:
        return None
    if not get("d"):
        return f"{year}-{month:02d}", "month"
    day = int(get("d") or 0)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return datetime.date(year, month, day).isoformat(), "day"
