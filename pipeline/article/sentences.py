"""Sentence splitting with character offsets (no model, no download).

A sentence ends at a line break, or at ``.``/``!``/``?``/``…`` followed by
space and then a capital, a digit or an opening quote, unless the word before
the full stop is an abbreviation of the language (``M.``, ``ul.``, ``TP.``),
an initial (``N. Long``) or an ordinal-like token. Decimal numbers and decree
numbers (``1,5``, ``72-NQ/TW``, ``38/2025/QĐ-UBND``) contain no space after their
dots, so they never split.
"""

from __future__ import annotations

from functools import cache

import regex

from pipeline.lang import SUPPORTED, language_data

# Candidate ends: terminal punctuation (with closing quotes) followed by space, or a newline.
_END = regex.compile(
    r"[.!?…]+[\"'»”’)\]]*(?=[ \t\u00a0]+\S)"
    # two sentences glued by a lost space: "… national.Le Premier ministre …" (not "TP.HCM",
    # "vietnamplus.vn": a lower-case word of three letters or more, then a capitalised one)
    r"|(?<=\p{Ll}{3})\.(?=\p{Lu}\p{Ll})"
    r"|\n"
)
_NEXT_STARTS = regex.compile(r"[ \t\u00a0]+[\p{Lu}\p{N}\"'«“„‘(\[–—-]")
_INITIAL = regex.compile(r"\p{Lu}")
# A list item's number standing alone before its text: "1.", "12."
_LIST_MARK = regex.compile(r"\s*\d{1,2}\.")


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    return language_data(lang).SENTENCE_ABBREVIATIONS if lang in SUPPORTED else frozenset()


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, whitespace trimmed, so ``text[start:end]`` is it.

    >>> t = "M. Long a parlé. Le taux est de 1,5 %. Ul. x"
    >>> [t[s:e] for s, e in split_sentences(t, "fr")]
    ['M. Long a parlé.', 'Le taux est de 1,5 %.', 'Ul. x']
    >>> t = "Ông đến TP. Hồ Chí Minh. Bộ Y tế phải làm."
    >>> [t[s:e] for s, e in split_sentences(t, "vi")]
    ['Ông đến TP. Hồ Chí Minh.', 'Bộ Y tế phải làm.']
    >>> t = "le programme national.Le Premier ministre a demandé"
    >>> [t[s:e] for s, e in split_sentences(t, "fr")]
    ['le programme national.', 'Le Premier ministre a demandé']
    """
    abbreviations = _abbreviations(lang)
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        glued = match.end() < len(text) and text[match.end()].isalpha()
        if match.group() != "\n" and not glued:
            if not _NEXT_STARTS.match(text, match.end()):
                continue
            if match.group().startswith(".") and _is_abbreviation(
                _word_before(text, match.start()), abbreviations
            ):
                continue
            if _LIST_MARK.fullmatch(text, start, match.end()):
                continue  # "1. Bộ Tài chính chủ trì…": the number opens the item
        end = match.end() if match.group() != "\n" else match.start()
        bounds.append((start, end))
        start = match.end()
    bounds.append((start, len(text)))
    trimmed = []
    for s, e in bounds:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lstrip("(\"'«“„")


def _is_abbreviation(word: str, abbreviations: frozenset[str]) -> bool:
    return word.lower() in abbreviations or bool(_INITIAL.fullmatch(word))
