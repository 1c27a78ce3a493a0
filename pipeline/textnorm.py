"""Text helpers shared by extractors: ASCII folding, Vietnamese Đ."""

from __future__ import annotations

import unicodedata

_FOLD_EXTRA = str.maketrans({"Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o"})


def ascii_fold(text: str) -> str:
    """Strip diacritics, Đ→D, Ł→L: ``Trần Cẩm Tú`` → ``Tran Cam Tu``."""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def has_diacritics(text: str) -> bool:
    """True when folding changes the text."""
    return ascii_fold(text) != text
