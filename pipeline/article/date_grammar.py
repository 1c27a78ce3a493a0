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
    # first day of a day range: "25-26 octobre", "du 25 au 26 octobre", "ngày 25-26/10"
    "{DAY0}": _NUM_START + r"(?P<d0>\d{1,2})",
    "{DAY_END}": r"(?P<d>\d{1,2})",  # last day of the range, right after "-" or "au"
    "{MM}": r"(?P<m>\d{1,2})(?!\d)",
    "{YEAR}": r"(?P<y>\d{4})" + _NUM_END,
    "{YEAR2}": r"(?P<y2>(?:19|20)\d\d)" + _NUM_END,
    "{ROMAN}": r"(?-i:IV|III|II|I)(?![\p{L}\p{N}])",
    # Polish year suffix: "2025 r.", "2025 roku" (kept inside the raw span)
    "{RSUF}": r"(?:\s*r\.|\s+roku\b)?",
}

# English month names: translated pages keep English sentences ("On August 20, 2025").
EN_MONTHS: dict[str, int] = {
    name: number
    for number, name in enumerate(
        "january february march april may june july august september october november "
        "december".split(),
        start=1,
    )
}
_EN_MONTHS = "(?-i:" + "|".join(m.capitalize() for m in EN_MONTHS) + r")(?![\p{L}])"

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
    # Vietnamese sentences left inside translated pages: "Ngày 26.1", "Sáng 5/2", "Tối 25/11"
    # (day and month; the year comes from the publication date or the text around)
    r"(?<=\b(?:Ngày|Sáng|Trưa|Chiều|Tối|Đêm|Rạng\s+sáng)\s+){DAY}[./-](?P<m>\d{1,2})"
    r"(?![\d/-]|[.,]\d)",
    # English leftovers of translated pages: "On August 20, 2025", "August 20 2025"
    r"(?<![\p{L}])(?P<mn>" + _EN_MONTHS + r")\s+{DAY}(?:st|nd|rd|th)?,?\s+{YEAR}",
    r"(?<![\p{L}])(?P<mn>" + _EN_MONTHS + r")\s+{YEAR}",
    r"(?<=\b(?-i:in|by|since|until|end\s+of|beginning\s+of|early|late|mid-)\s*){YEAR}"
    r"(?=\s*[,.;:!?)]|\s+(?-i:and|to|with|the|as|on)\b)",
)

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
MIN_YEAR, MAX_YEAR = 1900, 2100
# long enough for anniversaries: "(1950-2025)"
MAX_INTERVAL_YEARS = 100
# a partial date ("le 10 octobre") takes the reference year unless that puts it more than
# this many days away from the reference and the neighbouring year does not: published
# 2026-01-27, "le 26 décembre" → 2025-12-26
_WRAP_DAYS = 300


@dataclass(frozen=True, slots=True)
class Grammar:
    """Compiled templates of one language, in priority order."""

    patterns: tuple[regex.Pattern[str], ...]
    not_after: regex.Pattern[str]
    months: dict[str, int]
    ordinals: dict[str, int]
    relative: dict[str, int]  # "dernier": -1, "prochain": +1


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
def date_grammar(lang: str) -> Grammar:
    """The compiled date grammar of ``lang`` (cached)."""
    data = language_data(lang)
    months = {k.casefold(): v for k, v in data.DATE_MONTHS.items()}
    ordinals = {k.casefold(): v for k, v in data.DATE_ORDINALS.items()}
    templates = (*COMMON_PATTERNS, *data.DATE_PATTERNS)
    patterns = tuple(regex.compile(fill(t, months, ordinals), _FLAGS) for t in templates)
    not_after = regex.compile(r"\s*(?:" + data.DATE_NOT_AFTER + ")", _FLAGS)
    # the English names are read by the common templates only
    relative = {k.casefold(): v for k, v in getattr(data, "DATE_RELATIVE", {}).items()}
    return Grammar(patterns, not_after, {**EN_MONTHS, **months}, ordinals, relative)


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


def resolve_year(month: int, day: int | None, ref: datetime.date) -> int:
    """Year of a partial date (month, day?) read against a reference date: the
    reference year, or its neighbour when that one is much nearer.

    >>> [resolve_year(m, d, datetime.date(2026, 1, 27)) for m, d in ((12, 26), (1, 26), (7, 1))]
    [2025, 2026, 2026]
    >>> resolve_year(1, 15, datetime.date(2025, 11, 26))
    2026
    """
    best = ref.year
    try:
        here = datetime.date(ref.year, month, day or 15)
    except ValueError:  # 29 February of a common year
        return best
    if abs((here - ref).days) <= _WRAP_DAYS:
        return best
    step = -1 if here > ref else 1
    try:
        there = datetime.date(ref.year + step, month, day or 15)
    except ValueError:
        return best
    return best + step if abs((there - ref).days) < abs((here - ref).days) else best


def needs_year(groups: dict[str, str | None]) -> bool:
    """A partial date: a day and month, or a month alone, without its year."""
    get = groups.get
    return not get("y") and bool(get("m") or get("mn"))


def normalise(
    groups: dict[str, str | None],
    months: dict[str, int],
    ordinals: dict[str, int],
    published: datetime.date | None,
    context_year: int | None = None,
    relative: dict[str, int] | None = None,
) -> tuple[str, str] | None:
    """(value, precision) from a match's named groups, or None when impossible.

    Partial dates (day and month, or a month alone, without a year) take their year from
    the publication date (the nearer of its year and the neighbouring one), else from
    ``context_year`` (a year written in the text around); without either they are
    dropped (precision first).

    >>> normalise({"d": "26", "mn": "décembre"}, {"décembre": 12}, {}, datetime.date(2026, 1, 5))
    ('2025-12-26', 'day')
    >>> normalise({"d0": "25", "d": "26", "m": "10"}, {}, {}, None, 2025)
    ('2025-10-25/2025-10-26', 'interval')
    >>> normalise({"mn": "mars", "rl": "dernier"}, {"mars": 3}, {}, datetime.date(2025, 3, 5),
    ...           relative={"dernier": -1})
    ('2024-03', 'month')
    """
    get = groups.get
    year = int(get("y")) if get("y") else None
    if year is None:
        if not needs_year(groups):
            return None
        month = int(get("m") or 0) if get("m") else months.get((get("mn") or "").casefold())
        if month is None or not 1 <= month <= 12:
            return None
        shift = (relative or {}).get((get("rl") or get("ry") or "").casefold())
        if shift is not None:  # "octobre dernier", "w lipcu ubiegłego roku"
            if published is None:
                return None
            if get("ry"):
                year = published.year + shift
            elif shift < 0:
                year = published.year - (month >= published.month)
            else:
                year = published.year + (month <= published.month)
        elif published is not None:
            day = int(get("d") or 0) or None
            year = resolve_year(month, day, published)
        elif context_year is not None:
            year = context_year
        else:
            return None
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
    if get("d0"):  # a day range: 25-26 octobre 2025
        day0 = int(get("d0") or 0)
        if not 1 <= day0 < day:
            return None
        first = datetime.date(year, month, day0).isoformat()
        return f"{first}/{datetime.date(year, month, day).isoformat()}", "interval"
    return datetime.date(year, month, day).isoformat(), "day"
