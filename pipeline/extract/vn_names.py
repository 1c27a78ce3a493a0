"""Vietnamese personal names, written with or without diacritics, in any text language.

A Vietnamese name is a listed surname followed by 1-3 given/middle syllables, every
token capitalised and shaped like a Vietnamese syllable once ASCII-folded::

    Trần Cẩm Tú, Tran Cam Tu, Lê Thành Long, Tô Lâm, To Lam, Kien Soc Kha,
    Diep Thi Minh Quyet, Nguyen Van A

Must not be read as names: ``Le Premier`` (``Premier`` is no Vietnamese syllable),
``Hà Nội`` / ``Ha Tinh`` / ``Ho Chi Minh`` (places that start with a surname),
``Donald Trump``. The data is shared by every text language (French and Polish
articles carry the same names, folded), so it lives here rather than in ``lang/``.
"""

from __future__ import annotations

import regex

from pipeline.textnorm import ascii_fold

SURNAMES: tuple[str, ...] = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
    "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Lâm",
    "Phùng", "Mai", "Tô", "Hà", "Tạ", "Lương", "Đinh", "Kiều", "Triệu", "Lưu", "Cao",
    "Kiên", "Thạch", "Châu", "Diệp", "Quách", "Tăng", "Văn", "Lại", "Khúc", "Chu", "Mạc",
    "Thái", "Tôn", "Ông", "Âu", "Giang", "Hứa", "Doãn", "Khổng", "Nông", "Bế", "Lò",
    "Sơn", "Danh", "Lục", "Y", "Tống", "Trình", "Đàm", "Đồng", "Ninh", "Mẫn", "Quan",
    "Hầu", "Lữ", "Tiêu", "Thân", "Ứng", "Lã", "Tòng", "Lầu", "Sùng", "Giàng", "Thào",
)  # fmt: skip

# Places and landmarks that begin with a surname (compared folded, case-folded).
PLACES: tuple[str, ...] = (
    "Hà Nội", "Hanoi", "Hà Tĩnh", "Hà Giang", "Hà Nam", "Hạ Long", "Hà Đông", "Hà Tiên",
    "Hồ Chí Minh", "Hồ Gươm", "Hồ Tây", "Lâm Đồng", "Cao Bằng", "Cao Lãnh", "Thái Bình",
    "Thái Nguyên", "Sơn La", "Sơn Tây", "Sơn Trà", "Kiên Giang", "Lai Châu", "Châu Đốc",
    "Đồng Nai", "Đồng Tháp", "Đồng Hới", "Đồng Xoài", "Ninh Bình", "Ninh Thuận",
    "Giang Nam", "Tây Ninh", "Mai Châu", "Lào Cai", "Văn Miếu", "Quan Hoa", "Lục Nam",
    "Y Tý", "Trang An", "Tràng An", "Vĩnh Long", "Trà Vinh", "Bà Rịa", "Hồng Lĩnh",
)  # fmt: skip

_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?"
_SYLLABLE = regex.compile(rf"{_ONSET}[aeiouy]{{1,3}}(?:ch|ng|nh|c|m|n|p|t)?")
_SURNAME_KEYS: frozenset[str] = frozenset(ascii_fold(s).casefold() for s in SURNAMES)
_SURNAME_FORMS: frozenset[str] = frozenset(s.casefold() for s in SURNAMES)
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
    """``Thành``, ``Quyet``, ``A`` yes; ``Premier``, ``Trump``, ``Santé`` no."""
    return _SYLLABLE.fullmatch(fold_key(token)) is not None


def is_surname(token: str) -> bool:
    """``Trần``, ``Tran``, ``KIEN``, ``H'Hen`` yes; ``Thanh``, ``Trường`` (not ``Trương``) no.

    A token written with diacritics must match a surname's own spelling; a folded
    token matches any surname that folds to it.
    """
    key = fold_key(token)
    if regex.fullmatch(r"h'[a-z]+", key):
        return True
    if ascii_fold(token) != token:
        return token.casefold() in _SURNAME_FORMS
    return key in _SURNAME_KEYS


def is_vn_name(tokens: list[str]) -> bool:
    """True when ``tokens`` (2-4) form a Vietnamese name that is not a place.

    >>> is_vn_name(["Tô", "Lâm"]), is_vn_name(["Hà", "Nội"]), is_vn_name(["Le", "Premier"])
    (True, False, False)
    """
    if not 2 <= len(tokens) <= 4 or not is_surname(tokens[0]):
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
