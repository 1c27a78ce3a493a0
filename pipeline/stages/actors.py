"""Actors and obligation cues.

Actors come from the gazetteer of the Vietnamese state (``pipeline/lang/gazetteer/``):
every written form of a responsible body maps to one English name, ``le ministère de
la Santé`` = ``Ministerstwu Zdrowia`` = ``Bộ Y tế`` → ``Ministry of Health``; a local
body takes its place, ``UBND tỉnh Quảng Trị`` → ``Quang Tri Provincial People's
Committee``; a former body is named by what it became (``Bộ Kế hoạch và Đầu tư`` →
``Ministry of Finance``). Each language is compiled into three alternations (national
bodies, local bodies with their places, generic plurals), never a loop over forms.
Obligation cues come from the language modules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from pipeline.lang import language_data
from pipeline.lang.gazetteer import folded, key, matcher
from pipeline.textnorm import ascii_fold


@dataclass(frozen=True, slots=True)
class ActorSpan:
    """A responsible body named in the text: ``text[start:end]`` is the surface form."""

    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class CueSpan:
    """An obligation cue: ``kind`` is subject, passive, object or impersonal."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Grammar:
    """Compiled obligation grammar of one language (bodies: :func:`find_actors`)."""

    cues: tuple[tuple[regex.Pattern[str], str], ...]
    addressee_lead: regex.Pattern[str]
    action_lead: regex.Pattern[str]
    director_pronoun: regex.Pattern[str]
    speech_verbs: regex.Pattern[str]
    subject_determiners: regex.Pattern[str]
    #: Commas and conjunctions that chain addressees ("aux ministères, aux agences et …").
    chain: regex.Pattern[str]
    #: Punctuation and conjunctions cut from the end of an action ("… et", "… ainsi que").
    trailing: regex.Pattern[str]


def _words(words: tuple[str, ...]) -> str:
    """``|\\b(?:w1|w2)\\b`` of a language's conjunction regexes (empty without any)."""
    return r"|\b(?:" + "|".join(words) + r")\b" if words else ""


@cache
def grammar(lang: str) -> Grammar:
    """The compiled obligation grammar of ``lang`` (``KeyError`` for other languages)."""
    data = language_data(lang)
    return Grammar(
        cues=tuple((regex.compile(p), kind) for p, kind in data.OBLIGATION_CUES),
        addressee_lead=regex.compile(data.ADDRESSEE_LEAD),
        action_lead=regex.compile(data.ACTION_LEAD),
        director_pronoun=regex.compile(data.DIRECTOR_PRONOUN),
        speech_verbs=regex.compile(data.SPEECH_VERBS),
        subject_determiners=regex.compile(data.SUBJECT_DETERMINERS),
        chain=regex.compile(r"\s*(?:," + _words(data.ACTOR_CHAIN_WORDS) + r")\s*"),
        trailing=regex.compile(r"(?:[\s,;:–—-]" + _words(data.ACTION_TRAILING_WORDS) + r")+$"),
    )


def place_name(raw: str) -> str:
    """Folded, title-cased province name: ``Quảng Trị`` → ``Quang Tri``.

    >>> place_name("thừa thiên huế")
    'Thua Thien Hue'
    """
    return " ".join(w[:1].upper() + w[1:].lower() for w in ascii_fold(raw).split())


def find_actors(text: str, lang: str, start: int = 0, end: int | None = None) -> list[ActorSpan]:
    """Actors named in ``text[start:end]``, leftmost-longest, sorted by position.

    >>> [a.name for a in find_actors("Le Comité populaire de la province de Quang Tri et "
    ...                              "le ministère de la Santé", "fr")]
    ["Quang Tri Provincial People's Committee", 'Ministry of Health']
    >>> [a.name for a in find_actors("Ministerstwu Zdrowia i Komitetowi Ludowemu prowincji", "pl")]
    ['Ministry of Health', "Provincial People's Committee"]
    """
    grammar(lang)  # KeyError for a language without data, as before
    found = _find(matcher(lang), lang, text, start, end)
    return [ActorSpan(label, s, e) for s, e, label in _leftmost_longest(found) if label]


# Speed only: the gazetteer's national and local alternations are plain regular
# expressions (no ``regex``-only syntax), and CPython's ``re`` scans them about 6x
# faster than the ``regex`` module (0.2 instead of 1.3 ms per 7 kB article). Both
# engines are backtracking, leftmost-first, with the same ``pos``/``endpos``, ``\b``
# and lookaround semantics; they differ only in which characters are ``\w``. So the
# ``re`` copies are used only on a text whose every character is ``\w`` for both or
# for neither (any ASCII text, and nearly every folded one); otherwise, and for the
# generic plurals (repeated named groups, ``captures``), the ``regex`` scan as before.
_RE_WORD = re.compile(r"\w")
_REGEX_WORD = regex.compile(r"\w")
_WORD_AGREES: dict[str, bool] = {}


@cache
def _re_copies(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    m = matcher(lang)
    try:
        return re.compile(m.national_pattern), re.compile(m.local_pattern)
    except (AttributeError, re.error):  # a pattern that needs ``regex``: no copy
        return None


def _words_agree(low: str) -> bool:
    """True when ``re`` and ``regex`` read every character of ``low`` alike (``\\w``)."""
    if low.isascii():
        return True
    agrees = _WORD_AGREES
    for c in set(low):
        ok = agrees.get(c)
        if ok is None:
            ok = agrees[c] = bool(_RE_WORD.match(c)) == bool(_REGEX_WORD.match(c))
        if not ok:
            return False
    return True


def _find(m: Any, lang: str, text: str, start: int, end: int | None):
    """``m.find(text, start, end)``, value for value, with the ``re`` copies where they
    read the text alike (see above)."""
    copies = _re_copies(lang)
    low = folded(text)
    if copies is None or not _words_agree(low):
        return m.find(text, start, end)
    national_re, local_re = copies
    end = len(text) if end is None else end
    out: list[tuple[int, int, int, str | None]] = []
    for hit in national_re.finditer(low, start, end):
        entry = m.national.get(key(hit.group()))
        if entry is not None and m._ok(text, hit.start(), hit.end(), entry):  # noqa: SLF001
            out.append((hit.start(), -hit.end(), 0, entry.name))
    for hit in local_re.finditer(low, start, end):
        found = m._local(text, low, hit, end)  # noqa: SLF001
        if found is not None:
            out.append(found)
    for hit in m.generic_re.finditer(low, start, end):
        found = m._generic(text, hit)  # noqa: SLF001
        if found is not None:
            out.append(found)
    return out


def find_cues(text: str, lang: str, start: int = 0, end: int | None = None) -> list[CueSpan]:
    """Obligation cues in ``text[start:end]``; on overlap the longest (then the first listed
    in the language module) wins.

    >>> [(c.kind, "La fusion doit être achevée en 2025"[c.start:c.end])
    ...  for c in find_cues("La fusion doit être achevée en 2025", "fr")]
    [('passive', 'doit être achevée')]
    """
    end = len(text) if end is None else end
    found: list[tuple[int, int, int, str]] = []
    for rank, (pattern, kind) in enumerate(grammar(lang).cues):
        for m in pattern.finditer(text, start, end):
            if m.end() > m.start():
                found.append((m.start(), -m.end(), rank, kind))
    return [CueSpan(kind, s, e) for s, e, kind in _leftmost_longest(found)]


def _leftmost_longest(found: list[tuple[int, int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Non-overlapping ``(start, end, value)`` from ``(start, -end, rank, value)`` matches:
    leftmost first, then longest, then the lowest rank (first listed in the language)."""
    kept: list[tuple[int, int, Any]] = []
    taken = -1
    for s, neg_end, _rank, value in sorted(found):
        if s >= taken:
            kept.append((s, -neg_end, value))
            taken = -neg_end
    return kept
