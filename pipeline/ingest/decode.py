"""Bytes to clean, NFC-normalised text, with a reason when that is impossible."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

from pipeline.lang import all_language_data

# Zero-width characters and the BOM carry no text; no-break and narrow spaces
# become plain spaces so grammars need one space class (offsets index the
# result, so nothing is lost for evidence). One regex pass each: str.translate
# with a table is ten times slower on non-ASCII text.
_DROP = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile("[\u00a0\u202f\u2007\u2009\u200a\u3000]")
# C0/C1 controls except tab and newline (NUL bytes, stray U+0083 …).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Magic numbers of common binary formats that a text decoder might accept.
_BINARY_MAGIC = (
    b"\x89PNG",
    b"%PDF",
    b"\x1f\x8b",
    b"PK\x03\x04",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
)


def foreign_signature(head: bytes) -> bool:
    """Whether data starting with ``head`` is a binary format or carries a BOM other
    than UTF-8's: :func:`decode_bytes` does not read such data as plain UTF-8."""
    return head.startswith(_BINARY_MAGIC) or any(
        head.startswith(bom) for bom, encoding in _BOMS if encoding != "utf-8-sig"
    )


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warning: str | None = None


class NotText(ValueError):
    """The bytes are not usable text; ``reason`` is a short code for ``rejects``."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def decode_bytes(data: bytes) -> Decoded:
    """Decode UTF-8 (BOM allowed), else detect the encoding and say so.

    >>> decode_bytes("Hà Nội".encode("utf-8")).text
    'Hà Nội'
    >>> decode_bytes("Zażółć".encode("iso-8859-2")).warning is not None
    True
    """
    if not data.strip():
        raise NotText("empty", f"{len(data)} bytes, no text")
    for magic in _BINARY_MAGIC:
        if data.startswith(magic):
            raise NotText("not_text", f"binary file (starts with {magic[:4]!r})")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as err:
                raise NotText("undecodable", f"{encoding} BOM but invalid data: {err}") from None
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        utf8_error = f"not UTF-8 (byte 0x{data[err.start]:02x} at {err.start})"
    if data.count(b"\x00") > len(data) // 100:
        # UTF-16 without BOM has a NUL in every other byte of Latin text.
        for encoding in ("utf-16-le", "utf-16-be"):
            text = _try_decode(data, encoding)
            if text is not None and _looks_like_text(text):
                return Decoded(text, encoding, f"{utf8_error}; decoded as {encoding}")
        raise NotText("not_text", f"{utf8_error}; binary data (NUL bytes)")
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    if bad <= max(1, len(data) // 200) and _looks_like_text(lenient):
        # Truncated or lightly damaged UTF-8: keep the text, mark the damage.
        return Decoded(lenient, "utf-8", f"{utf8_error}; {bad} invalid byte(s) replaced by U+FFFD")
    declared = _declared_charset(data[:4096])
    if declared and codecs.lookup(declared).name not in ("utf-8", "utf-16", "utf-32"):
        text = _try_decode(data, declared)
        if text is not None and _looks_like_text(text):
            return Decoded(text, declared, f"{utf8_error}; decoded as {declared} (declared)")
    encoding, text = _best_legacy_decoding(data)
    if text is None or not _looks_like_text(text):
        raise NotText("not_text", f"{utf8_error}; not text in any known encoding")
    return Decoded(text, encoding, f"{utf8_error}; decoded as {encoding} by detection")


# Letters each target language writes (``LETTERS`` of its language data); a legacy
# decoding whose non-ASCII characters are mostly letters of one language is the plausible one.
_LETTERS = {d.code: set(d.LETTERS) for d in all_language_data() if d.LETTERS}
_LEGACY = ("cp1252", "iso-8859-2", "cp1250", "cp1258", "iso-8859-15")


#: ``<meta charset=…>``, ``<meta … content="text/html; charset=…">``, ``<?xml … encoding=…?>``.
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)
#: Multi-byte encodings of scripts none of fr/pl/vi uses: when detection finds one and
#: the text is then mostly of that script, a single-byte guess (cp1258 …) is garbage.
_CJK = ("gb18030", "gb2312", "gbk", "big5", "euc_jp", "shift_jis", "cp932", "euc_kr", "cp949")


def _declared_charset(head: bytes) -> str | None:
    """The encoding a document declares in its first bytes, if Python knows it."""
    match = _DECLARED.search(head)
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def _mostly_cjk(text: str) -> bool:
    non_ascii = [c for c in text[:20_000] if ord(c) > 127]
    cjk = sum(1 for c in non_ascii if "\u3000" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af")
    return bool(non_ascii) and cjk / len(non_ascii) > 0.5


def _best_legacy_decoding(data: bytes) -> tuple[str, str | None]:
    """The single-byte encoding whose text best fits one of fr/pl/vi, else detection."""
    best: tuple[float, str, str | None] = (-1.0, "", None)
    detected = from_bytes(data).best()
    if detected and codecs.lookup(detected.encoding).name in {codecs.lookup(c).name for c in _CJK}:
        text = _try_decode(data, detected.encoding)
        if text is not None and _mostly_cjk(text):
            return detected.encoding, text
    candidates = [*_LEGACY, *([detected.encoding] if detected else [])]
    for encoding in candidates:
        text = _try_decode(data, encoding)
        if text is None:
            continue
        non_ascii = [c for c in text if ord(c) > 127]
        if not non_ascii:
            return encoding, text
        score = max(
            (sum(c in letters for c in non_ascii) for letters in _LETTERS.values()), default=0
        )
        score /= len(non_ascii)
        if score > best[0]:
            best = (score, encoding, text)
    return best[1], best[2]


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _looks_like_text(text: str) -> bool:
    """Mostly letters, digits, punctuation and spaces: not a mis-decoded binary."""
    sample = text[:20_000]
    if not sample.strip():
        return False
    printable = sum(1 for c in sample if c.isprintable() or c in "\n\r\t")
    return printable / len(sample) > 0.95


def normalise_text(text: str) -> str:
    """NFC, LF line endings, no controls or zero-width characters, plain spaces.

    >>> normalise_text("Nghi\\u0323 quye\\u0302\\u0301t\\r\\n")
    'Nghị quyết\\n'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", _DROP.sub("", text))
    text = _CONTROLS.sub("", text)
    return unicodedata.normalize("NFC", text)
