"""Vietnamese personal names, written with or without diacritics, in any text language.

A Vietnamese name is a listed surname followed by 1-3 given/middle syllables, every
token capitalised and shaped like a Vietnamese syllable once ASCII-folded::

    Trần Cẩm Tú, Tran Cam Tu, Lê Thành Long, Tô Lâm, To Lam, Kien Soc Kha,
    Diep Thi Minh Quyet, Nguyen Van A

Must not be read as names: ``Le Premier`` (``Premier`` is no Vietnamese syllable),
``Hà Nội`` / ``Ha Tinh`` / ``Ho Chi Minh`` (places that start with a surname),
``Donald Trump``. The data (family names of the Kinh and of the Khmer, Cham, Tày,
Thái, Hmông, Dao and Central Highlands peoples; places that begin with one) is shared
by every text language, French and Polish articles carrying the same names folded:
``pipeline/lang/data/names_vi.toml``, read once.
"""

from __future__ import annotations

import tomllib
import unicodedata
from functools import cache
from pathlib import Path

import regex

from pipeline.textnorm import ascii_fold

_DATA = Path(__file__).resolve().parent.parent / "lang" / "data" / "names_vi.toml"


@cache
def _name_data() -> dict:
    """``lang/data/names_vi.toml``: family names by people, extra syllables, places."""
    with _DATA.open("rb") as f:
        return tomllib.load(f)


def _surnames() -> tuple[str, ...]:
    groups = _name_data()["surnames"].values()
    return tuple(dict.fromkeys(name.split()[0] for group in groups for name in group))


SURNAMES: tuple[str, ...] = _surnames()
# Places and landmarks that begin with a surname (compared folded, case-folded).
PLACES: tuple[str, ...] = tuple(_name_data()["places"]["names"])
# Name words of minority peoples outside the syllable shape ("Niê", "Kđăm", "Ksor").
EXTRA_SYLLABLES: frozenset[str] = frozenset(
    ascii_fold(w).casefold() for w in _name_data()["syllables"]["minority"]
)
# Given-name-first peoples of the Central Highlands: a name may run to five words.
_LONG_NAME_HEADS: frozenset[str] = frozenset(
    ascii_fold(w).casefold() for w in _name_data()["surnames"]["highlands"]
)

_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?"
_SYLLABLE = regex.compile(rf"{_ONSET}[aeiouy]{{1,3}}(?:ch|ng|nh|c|m|n|p|t)?")
_SURNAME_KEYS: frozenset[str] = frozenset(ascii_fold(s).casefold() for s in SURNAMES)
_SURNAME_FORMS: frozenset[str] = frozenset(s.casefold() for s in SURNAMES)
# Tone marks (combining grave, acute, tilde, hook, dot below); the vowel letters ê, ô,
# â stay, so "Nguyên" (a French page's "Nguyễn", tones dropped) is told from "Trường".
_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_VN_ONLY_LETTERS = frozenset("ăđơưĂĐƠƯ")


def _toneless(word: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", word).translate(_TONES))


_SURNAME_TONELESS: frozenset[str] = frozenset(_toneless(s).casefold() for s in SURNAMES)
_PLACE_KEYS: tuple[tuple[str, ...], ...] = tuple(
    tuple(ascii_fold(p).casefold().split()) for p in PLACES
)


def fold_key(token: str) -> str:
    """ASCII-folded, case-folded token: ``Trần`` → ``tran``."""
    return ascii_fold(token).casefold()


def is_capitalised(token: str) -> bool:
    """``Lâm``, ``A``, ``H'Hen`` yes; ``UBND`` (acronym), ``lâm`` no."""
    if not token[:1].isupper():
        return False
    letters = [c for c in token if c.isalpha()]
    return len(letters) == 1 or not all(c.isupper() for c in letters)


def is_vn_syllable(token: str) -> bool:
    """``Thành``, ``Quyet``, ``A``, ``Niê`` yes; ``Premier``, ``Trump``, ``Santé`` no."""
    key = fold_key(token)
    return _SYLLABLE.fullmatch(key) is not None or key in EXTRA_SYLLABLES


def is_surname(token: str) -> bool:
    """``Trần``, ``Tran``, ``KIEN``, ``H'Hen`` yes; ``Thanh``, ``Trường`` (not ``Trương``) no.

    A token written with diacritics must match a surname's own spelling; a folded
    token matches any surname that folds to it.
    """
    key = fold_key(token)
    if regex.fullmatch(r"h'[a-z]+", key):
        return True
    if ascii_fold(token) != token:
        if token.casefold() in _SURNAME_FORMS:
            return True
        # Tones dropped but vowel letters kept, as French pages write: "Nguyên", "Lê".
        toneless = _toneless(token)
        return (
            toneless == token
            and not _VN_ONLY_LETTERS.intersection(token)
            and token.casefold() in _SURNAME_TONELESS
        )
    return key in _SURNAME_KEYS


def is_vn_name(tokens: list[str]) -> bool:
    """True when ``tokens`` (2-4, 5 for Highlands names) form a Vietnamese name, not a place.

    >>> is_vn_name(["Tô", "Lâm"]), is_vn_name(["Hà", "Nội"]), is_vn_name(["Le", "Premier"])
    (True, False, False)
    >>> is_vn_name(["Kiên", "Sóc", "Kha"]), is_vn_name(["Y", "Thanh", "Hà", "Niê", "Kđăm"])
    (True, True)
    """
    head = fold_key(tokens[0]) if tokens else ""
    longest = 5 if head in _LONG_NAME_HEADS or regex.fullmatch(r"h'[a-z]+", head) else 4
    if not 2 <= len(tokens) <= longest or not is_surname(tokens[0]):
        return False
    if not all(is_capitalised(t) for t in tokens):
        return False
    if not all(is_vn_syllable(t) for t in tokens[1:]):
        return False
    keys = tuple(fold_key(t) for t in tokens)
    return not any(keys[: len(p)] == p for p in _PLACE_KEYS)


def split_vn_name_tail(tokens: list[str]) -> int | None:
    """Index where a Vietnamese name ends ``tokens`` (a capitalised run), or None.

    Prefers the usual three syllables, then two, then four, so a province or an
    institution before the name stays with the title:

    >>> split_vn_name_tail(["Quảng", "Trị", "Võ", "Văn", "Hưng"])
    2
    >>> split_vn_name_tail(["Quang", "Tri", "Diep", "Thi", "Minh", "Quyet"])
    2
    >>> split_vn_name_tail(["Hà", "Tĩnh"]) is None
    True
    """
    for size in (3, 2, 4):
        start = len(tokens) - size
        if start >= 0 and is_vn_name(tokens[start:]):
            return start
    return None
