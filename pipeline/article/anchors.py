"""Language-independent anchors of an article: what survives translation.

Anchors are strings prefixed by their kind, so that a number never meets a
name: ``d:72-NQ/TW`` (decree), ``t:2025-10-30`` (day-precision date), ``n:1500``
(number), ``p:kavan`` (capitalised name token). They feed the cross-language
story grouping (``combine/stories``) and the matching of commitments across the
languages of a story (``combine/commitments``).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

import regex

from pipeline.records import Extraction
from pipeline.spans import overlaps_any
from pipeline.textnorm import ascii_fold

# "1 500", "1.500", "1,500", "1500", "7,1", "2.5", "1 500,75": digits with grouping/decimals.
_NUMBER = re.compile(
    r"(?<![\w.,/-])\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?(?![\w/-])"
    r"|(?<![\w.,/-])\d+(?:[.,]\d+)?(?![\w/-])"
)
_THOUSANDS = re.compile(r"\d{1,3}(?:([ \u00a0\u202f.,])\d{3})(?:\1\d{3})*")
_THOUSANDS_DECIMAL = re.compile(r"(\d{1,3}(?:([ \u00a0\u202f.,])\d{3})(?:\2\d{3})*)([.,])(\d+)")
_NON_DIGITS = re.compile(r"\D")
_GROUP_SPACES = re.compile(r"[ \u00a0\u202f]")
_DIGIT = re.compile(r"\d")
_NON_LETTERS = re.compile(r"[^a-z]")
# A capitalised word: "Kavanaugh", "Quảng", "O'Rourke"; not "ONU"-style acronyms under 2.
_CAPITALISED = regex.compile(r"\b\p{Lu}[\p{L}\p{M}'’]*")
# What makes the next capital a sentence opening rather than a name.
_OPENERS = set('.!?:;"«»“”„‘’()[]—–-…')
_VOWELS = "aeiouy"


def normalise_number(raw: str) -> str:
    """Canonical decimal string of a number as written in any of the three languages.

    >>> [normalise_number(s) for s in ("1 500", "1.500", "1,500", "1500", "7,1", "2.50")]
    ['1500', '1500', '1500', '1500', '7.1', '2.5']
    """
    s = raw.strip()
    if _THOUSANDS.fullmatch(s):
        digits = _NON_DIGITS.sub("", s)
    else:
        m = _THOUSANDS_DECIMAL.fullmatch(s)
        if m and m.group(2) != m.group(3):
            digits = _NON_DIGITS.sub("", m.group(1)) + "." + m.group(4)
        else:
            digits = _GROUP_SPACES.sub("", s).replace(",", ".")
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return digits
    text = format(value.normalize(), "f")
    return text


def number_anchors(text: str) -> list[tuple[str, int, int]]:
    """``(normalised, start, end)`` of every number; single digits are skipped (they are
    spelled out in some languages and written as digits in others).

    >>> [a for a, _, _ in number_anchors("Sur 1 500 lits, 7,1 % et 3 salles")]
    ['1500', '7.1']
    """
    found: list[tuple[str, int, int]] = []
    for m in _NUMBER.finditer(text):
        value = normalise_number(m.group())
        if _DIGIT.fullmatch(value):
            continue
        found.append((value, m.start(), m.end()))
    return found


def name_key(word: str) -> str:
    """Language-independent key of a capitalised word: folded, lower-case, five letters,
    trailing vowels dropped, so that Polish cases and French spellings meet.

    >>> [name_key(w) for w in ("Kavanaugh", "Kavanaugha", "Indonésie", "Indonezja", "Kima")]
    ['kavan', 'kavan', 'indon', 'indon', 'kim']
    """
    folded = _NON_LETTERS.sub("", ascii_fold(word).lower())
    return folded[:5].rstrip(_VOWELS) or folded[:1]


def name_anchors(text: str) -> list[tuple[str, int, int]]:
    """Keys of capitalised words that do not open a sentence, line or quotation.

    >>> [k for k, _, _ in name_anchors("Le juge Kavanaugh a parlé. Trump aussi, selon Ford.")]
    ['kavan', 'ford']
    """
    found: list[tuple[str, int, int]] = []
    for m in _CAPITALISED.finditer(text):
        before = m.start() - 1  # the last character before the word, spaces and tabs skipped
        while before >= 0 and text[before] in " \u00a0\t":
            before -= 1
        if before < 0 or text[before] == "\n" or text[before] in _OPENERS:
            continue
        key = name_key(m.group())
        if len(key) >= 2:
            found.append((key, m.start(), m.end()))
    return found


def name_continuations(text: str) -> set[str]:
    """Keys of capitalised words that only ever follow another capitalised word after a
    space (``Minh`` and ``Chinh`` in "Pham Minh Chinh"): one name of several words is one
    piece of evidence, not several.

    >>> sorted(name_continuations("Le ministre Pham Minh Chinh et Chinh seul."))
    ['minh']
    """
    heads: set[str] = set()
    rest: set[str] = set()
    end = -2
    for m in _CAPITALISED.finditer(text):
        key = name_key(m.group())
        (rest if m.start() == end + 1 and text[end] == " " else heads).add(key)
        end = m.end()
    return rest - heads


def article_anchors(text: str, extraction: Extraction | None) -> dict[str, float]:
    """Kind-prefixed anchors of one article, each with the relative position (0 to 1) of
    its first occurrence: translations keep the order of what they translate.

    Decrees and day-precision dates come from the extractors; numbers inside a
    decree or date span are not counted twice.

    >>> found = article_anchors("Le 30 septembre, 1 500 maisons et Kavanaugh.", None)
    >>> {anchor: round(position, 2) for anchor, position in found.items()}
    {'n:30': 0.07, 'n:1500': 0.39, 'p:kavan': 0.77}
    """
    found: list[tuple[int, str]] = []
    covered: list[tuple[int, int]] = []
    if extraction is not None:
        for decree in extraction.decrees:
            found.append((decree.start, f"d:{decree.number}"))
            covered.append((decree.start, decree.end))
        for date in extraction.dates:
            covered.append((date.start, date.end))
            if date.precision == "day":
                found.append((date.start, f"t:{date.value}"))
    covered.sort()
    found.extend(
        (s, f"n:{v}") for v, s, e in number_anchors(text) if not overlaps_any(covered, s, e)
    )
    found.extend((s, f"p:{k}") for k, s, _ in name_anchors(text))
    length = max(len(text), 1)
    first: dict[str, float] = {}
    for start, anchor in sorted(found):
        first.setdefault(anchor, start / length)
    return first
