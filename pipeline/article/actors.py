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

from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from pipeline.lang import language_data
from pipeline.lang.gazetteer import matcher
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
    #: Commas, semicolons and conjunctions that chain addressees ("aux ministères, aux agences
    #: et …", "Bộ trưởng các Bộ: …; Chủ tịch UBND các tỉnh …").
    chain: regex.Pattern[str]
    #: The word before the agent of a passive, ending right before it ("par le", "przez").
    passive_agent: regex.Pattern[str]
    #: Punctuation and conjunctions cut from the end of an action ("… et", "… ainsi que").
    trailing: regex.Pattern[str]


def _words(words: tuple[str, ...]) -> str:
    """``|\\b(?:w1|w2)\\b`` of a language's conjunction regexes (empty without any)."""
    return r"|\b(?:" + "|".join(words) + r")\b" if words else ""


@cache
def actor_grammar(lang: str) -> Grammar:
    """The compiled obligation grammar of ``lang`` (``KeyError`` for other languages)."""
    data = language_data(lang)
    return Grammar(
        cues=tuple((regex.compile(p), kind) for p, kind in data.OBLIGATION_CUES),
        addressee_lead=regex.compile(data.ADDRESSEE_LEAD),
        action_lead=regex.compile(data.ACTION_LEAD),
        director_pronoun=regex.compile(data.DIRECTOR_PRONOUN),
        speech_verbs=regex.compile(data.SPEECH_VERBS),
        subject_determiners=regex.compile(data.SUBJECT_DETERMINERS),
        passive_agent=regex.compile(data.PASSIVE_AGENT + r"\s*$"),
        chain=regex.compile(r"\s*(?:[,;]" + _words(data.ACTOR_CHAIN_WORDS) + r")\s*"),
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
    actor_grammar(lang)  # KeyError for a language without data, as before
    found = matcher(lang).find(text, start, end)
    return [ActorSpan(label, s, e) for s, e, label in _leftmost_longest(found) if label]


def find_cues(text: str, lang: str, start: int = 0, end: int | None = None) -> list[CueSpan]:
    """Obligation cues in ``text[start:end]``; on overlap the longest (then the first listed
    in the language module) wins.

    >>> [(c.kind, "La fusion doit être achevée en 2025"[c.start:c.end])
    ...  for c in find_cues("La fusion doit être achevée en 2025", "fr")]
    [('passive', 'doit être achevée')]
    """
    end = len(text) if end is None else end
    found: list[tuple[int, int, int, str]] = []
    for rank, (pattern, kind) in enumerate(actor_grammar(lang).cues):
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
