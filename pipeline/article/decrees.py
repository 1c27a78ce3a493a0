"""Vietnamese document numbers (decrees, resolutions, circulars...) and their issue dates.

Three numbering shapes, one parser:

- Party ``n-TYPE/ISSUER``: ``72-NQ/TW``, ``35-CT/TW``, ``12-HD/BTCTW``
- administrative ``n/TYPE-ISSUER``: ``282/NQ-CP``, ``1234/QĐ-TTg``, ``45/CĐ-TTg``
- normative ``n/year/TYPE-ISSUER``: ``38/2025/QĐ-UBND``, ``03/2023/TT-BYT``
- National Assembly ``n/year/QHk`` (laws and resolutions, no type code): ``202/2025/QH15``;
  the type is read from the word before ("Nghị quyết", "résolution": ``NQ``; "Luật",
  "loi", "ustawa": ``Luật``), else ``QH``

Forms damaged by translation are restored from closed tables of codes (``QD``/``Qd``/
``QÐ`` → ``QĐ``, ``ND`` → ``NĐ``, ``HDND`` → ``HĐND``, spaces around ``/`` and ``-``); an
unknown issuer code is kept as written, upper-cased, never invented. A number without
a known document-type code is not a decree: ``Résolution 72``, ``10/10/2025``, ``24/7``,
``50/50``, ``COVID-19``, ``ISO 9001`` and phone numbers never match; but a number whose
type and issuing body the text names is restored from them ("Rezolucję nr 72 Biura
Politycznego" → ``72-NQ/TW``, "Nghị quyết số 282 của Chính phủ" → ``282/NQ-CP``).

>>> parse_decree_number("n°72 - NQ/TW")
('72-NQ/TW', 'NQ', 'TW', None)
>>> parse_decree_number("38/2025/QD-UBND")
('38/2025/QĐ-UBND', 'QĐ', 'UBND', 2025)
>>> parse_decree_number("COVID-19") is None
True
"""

from __future__ import annotations

from functools import cache

import regex

from pipeline.article.dates import extract_dates
from pipeline.lang import language_data
from pipeline.records import DecreeMention
from pipeline.textnorm import ascii_fold

__all__ = ["DOC_TYPES", "ISSUERS", "extract_decrees", "parse_decree_number"]

# Document-type codes, keyed by their ASCII-folded upper-case form.
DOC_TYPES: dict[str, str] = {
    "NQ": "NQ",  # nghị quyết (resolution)
    "NQLT": "NQLT",  # nghị quyết liên tịch (joint resolution)
    "QD": "QĐ",  # quyết định (decision)
    "QDI": "QĐi",  # quy định (Party regulation)
    "QYD": "QyĐ",  # quy định (regulation)
    "ND": "NĐ",  # nghị định (decree)
    "TT": "TT",  # thông tư (circular)
    "TTLT": "TTLT",  # thông tư liên tịch (joint circular)
    "CT": "CT",  # chỉ thị (directive)
    "KH": "KH",  # kế hoạch (plan)
    "TB": "TB",  # thông báo (notice)
    "KL": "KL",  # kết luận (conclusion)
    "HD": "HD",  # hướng dẫn (guidance)
    "CD": "CĐ",  # công điện (official dispatch)
    "CV": "CV",  # công văn (official letter)
    "QC": "QC",  # quy chế (rules)
    "BC": "BC",  # báo cáo (report)
    "TTR": "TTr",  # tờ trình (submission)
    "CTR": "CTr",  # chương trình (programme)
    "DA": "ĐA",  # đề án (scheme)
    "PA": "PA",  # phương án (option)
}
# Issuer codes whose Vietnamese letters or case translation may have lost.
ISSUERS: dict[str, str] = {
    code.upper().replace("Đ", "D"): code
    for code in (
        "TW", "CP", "TTg", "QH", "UBTVQH", "VPCP", "VPTW", "UBND", "HĐND", "BCT", "BTCTW",
        "BTGTW", "BDVTW", "UBKTTW", "BCĐ", "BCSĐ", "ĐU", "TU", "BTV", "BYT", "BTC", "BCA",
        "BQP", "BNV", "BNG", "BTP", "BXD", "BGTVT", "BGDĐT", "BKHĐT", "BKHCN", "BTNMT",
        "BNNPTNT", "BNNMT", "BLĐTBXH", "BVHTTDL", "BTTTT", "BDTTG", "NHNN", "TTCP", "KTNN",
        "TANDTC", "VKSNDTC", "BHXH", "BHXHVN", "UBMTTQVN", "MTTQ", "SYT", "STC", "SNV",
        "SGDĐT", "SKHĐT", "SXD", "STNMT", "SNNPTNT", "SNNMT", "SLĐTBXH", "SVHTTDL",
        "STTTT", "SCT", "SKHCN", "STP", "TTXVN",
    )
}  # fmt: skip

_DASH = r"\s?[-–]\s?"
_SLASH = r"\s?/\s?"
_TYPE = r"(?P<t>[\p{L}]{1,4})"
# issuer parts are capitalised codes: CP, UBND, TTg, QH15, BTC; "Rządu" is no code
_PART = r"\p{Lu}(?:[\p{Lu}\d]*g?)(?![\p{L}\p{N}])"
_ISSUER = r"(?P<i>" + _PART + r"(?:[-.]" + _PART + r"){0,2})"
_START = r"(?:(?<![\p{L}\p{N}/.,–-])|(?<=\b[Nn][oOrR]?\.?))"
_NUMBER_RE = regex.compile(
    _START
    + r"(?P<n>\d{1,5})(?:"
    + _SLASH + r"(?P<y>(?:19|20)\d\d)" + _SLASH + _TYPE + _DASH + _ISSUER
    + "|" + _SLASH + _TYPE + _DASH + _ISSUER
    + "|" + _DASH + _TYPE + _SLASH + _ISSUER
    + "|" + _SLASH + r"(?P<ly>(?:19|20)\d\d)" + _SLASH + r"(?P<qh>QH\d{1,2})"
    + r")(?![\p{L}\p{N}])",
    regex.VERSION0,
)  # fmt: skip
# what may precede a number given to the parser: "Résolution n°", "uchwała nr", "số"
_LEAD_RE = regex.compile(r"[\p{L}\s°º.:]*")


def _fold(code: str) -> str:
    """ASCII key of a code: ``QÐ`` (eth), ``Qđ``, ``QD`` → ``QD``."""
    return ascii_fold(code.replace("Ð", "Đ").replace("ð", "đ")).upper()


def _canonical_issuer(raw: str) -> str:
    parts = regex.split(r"[-.]", raw)
    return "-".join(ISSUERS.get(_fold(p), p.replace("ð", "đ").replace("Ð", "Đ").upper())
                    for p in parts)  # fmt: skip


def _parse_match(match: regex.Match[str]) -> tuple[str, str, str, int | None] | None:
    if match["qh"]:
        year = int(match["ly"])
        return f"{match['n']}/{year}/{match['qh']}", "QH", match["qh"], year
    doc_type = DOC_TYPES.get(_fold(match["t"]))
    if doc_type is None:
        return None
    issuer = _canonical_issuer(match["i"])
    number = match["n"]
    if match["y"]:
        year = int(match["y"])
        return f"{number}/{year}/{doc_type}-{issuer}", doc_type, issuer, year
    if match.group(0)[len(number) :].lstrip().startswith("/"):
        return f"{number}/{doc_type}-{issuer}", doc_type, issuer, None
    return f"{number}-{doc_type}/{issuer}", doc_type, issuer, None


def parse_decree_number(raw: str) -> tuple[str, str, str, int | None] | None:
    """(canonical, doc_type, issuer, year) of one number as written, or None.

    ``year`` is the year inside a normative number, else None. Accepts leading words
    (``Résolution n°``, ``uchwała nr``, ``Nghị quyết số``) but nothing after the number.

    >>> parse_decree_number("282 / NQ - CP")
    ('282/NQ-CP', 'NQ', 'CP', None)
    >>> parse_decree_number("số 1234/QD-TTG")[0]
    '1234/QĐ-TTg'
    >>> parse_decree_number("10/10/2025") is None
    True
    """
    text = raw.strip()
    for match in _NUMBER_RE.finditer(text):
        if match.end() == len(text) and _LEAD_RE.fullmatch(text, 0, match.start()):
            return _parse_match(match)
    return None


@cache
def _issue_links(lang: str) -> tuple[regex.Pattern[str], ...]:
    """Links to an issue date: right after the number (" du "), or after the issuing
    body (" du Gouvernement du ")."""
    data = language_data(lang)
    links = "|".join(sorted(data.DECREE_ISSUE_LINKS, key=len, reverse=True))
    tail = rf"\s*[,(]?\s*(?:{links})\s+"
    return (
        regex.compile(tail, regex.IGNORECASE | regex.VERSION0),
        regex.compile(rf"\s+{data.DECREE_ISSUER_PHRASE}{tail}", regex.VERSION0),
    )


def _issue_date(text: str, end: int, lang: str) -> str | None:
    """ISO day stated right after the number (``du 9 septembre 2025``, ``ngày 9/9/2025``),
    or after its issuing body (``du Gouvernement du 16 septembre 2025``)."""
    for link_re in _issue_links(lang):
        link = link_re.match(text, end)
        if link is None:
            continue
        window = text[link.end() : link.end() + 48]
        first = next(iter(extract_dates(window, lang, None)), None)
        if first is not None and first.start == 0 and first.precision == "day":
            return first.value
    return None


@cache
def _named_re(lang: str) -> regex.Pattern[str]:
    """ "<type word> [n°] <number> <issuing body>" of ``lang`` (see ``DECREE_NAMED_*``)."""
    data = language_data(lang)
    types = "|".join(f"(?P<t_{code}>{word})" for code, word in data.DECREE_NAMED_TYPES.items())
    issuers = "|".join(f"(?P<i_{code}>{body})" for code, body in data.DECREE_NAMED_ISSUERS.items())
    return regex.compile(
        rf"\b(?:{types})\s+(?:{data.DECREE_NAMED_PREFIX})?(?P<n>\d{{1,4}})\s+(?:{issuers})",
        regex.IGNORECASE | regex.VERSION0,
    )


def _named_decrees(text: str, lang: str) -> list[DecreeMention]:
    """Numbers restored from the document's type and issuing body when translation lost the
    code: "la Résolution n° 72 du Bureau politique" → ``72-NQ/TW`` (Party bodies), "uchwała
    nr 282 rządu" → ``282/NQ-CP`` (the Government)."""
    found = []
    for m in _named_re(lang).finditer(text):
        doc_type = next(k[2:] for k, v in m.groupdict().items() if k.startswith("t_") and v)
        issuer = next(k[2:] for k, v in m.groupdict().items() if k.startswith("i_") and v)
        n = m["n"]
        number = f"{n}-{doc_type}/{issuer}" if issuer == "TW" else f"{n}/{doc_type}-{issuer}"
        issued = _issue_date(text, m.end(), lang)
        year = int(issued[:4]) if issued else None
        found.append(DecreeMention(number, doc_type, issuer, year, issued, m.group(0),
                                   m.start(), m.end()))  # fmt: skip
    return found


@cache
def _sentence_end(lang: str) -> regex.Pattern[str]:
    """End of a sentence or clause, not after the language's ``DECREE_ABBREVIATIONS``
    (the Polish "r." of "2025 r.", "nr.")."""
    words = "|".join(regex.escape(a) for a in language_data(lang).DECREE_ABBREVIATIONS)
    return regex.compile((rf"(?<!\b(?:{words}))" if words else "") + r"[.!?;](?=\s)|\n")


# How far back a date may stand from the number it dates, within the sentence.
_ISSUE_LOOKBACK = 160


@cache
def _issue_verb(lang: str) -> regex.Pattern[str]:
    return regex.compile(rf"\b(?:{language_data(lang).DECREE_ISSUE_VERBS})\b", regex.IGNORECASE)


def _issue_date_before(text: str, start: int, lang: str) -> str | None:
    """ISO day stated earlier in the sentence and tied to the number by an issuing verb:
    "Le 22 août 2025, le Bureau politique a publié la résolution n° 71-NQ/TW"."""
    lo = max(0, start - _ISSUE_LOOKBACK)
    window = text[lo:start]
    ends = [m.end() for m in _sentence_end(lang).finditer(window)]
    window = window[ends[-1] :] if ends else window
    verbs = list(_issue_verb(lang).finditer(window))
    if not verbs:
        return None
    days = [d for d in extract_dates(window, lang, None) if d.precision == "day"]
    before = [d for d in days if d.end <= verbs[-1].start()]
    if not before or len(days) != len(before):  # a date after the verb belongs elsewhere
        return None
    return before[-1].value


@cache
def _assembly_types(lang: str) -> tuple[tuple[regex.Pattern[str], str], ...]:
    """The words before a National Assembly number that give its type (ending at it)."""
    data = language_data(lang)
    lead = rf"\s*(?:{data.DECREE_NAMED_PREFIX})?\s*$"
    return (
        (regex.compile(rf"\b(?:{data.DECREE_NAMED_TYPES['NQ']}){lead}", regex.IGNORECASE), "NQ"),
        (regex.compile(rf"\b(?:{data.DECREE_LAW_WORDS}){lead}", regex.IGNORECASE), "Luật"),
    )


def _assembly_type(text: str, start: int, lang: str) -> str:
    """``NQ`` or ``Luật`` from the word right before a National Assembly number, else ``QH``."""
    before = text[max(0, start - 40) : start]
    return next((t for pattern, t in _assembly_types(lang) if pattern.search(before)), "QH")


def extract_decrees(text: str, lang: str) -> list[DecreeMention]:
    """Document numbers in ``text``, sorted by (start, end); raw is the number as written.

    >>> [(d.number, d.issue_date) for d in extract_decrees(
    ...     "la Résolution n°72-NQ/TW du 9 septembre 2025 du Politburo", "fr")]
    [('72-NQ/TW', '2025-09-09')]
    """
    mentions: list[DecreeMention] = []
    for match in _NUMBER_RE.finditer(text):
        parsed = _parse_match(match)
        if parsed is None:
            continue
        number, doc_type, issuer, year = parsed
        if doc_type == "QH":
            doc_type = _assembly_type(text, match.start(), lang)
        issued = _issue_date(text, match.end(), lang) or _issue_date_before(
            text, match.start(), lang
        )
        if year is None and issued is not None:
            year = int(issued[:4])
        mentions.append(
            DecreeMention(
                number=number,
                doc_type=doc_type,
                issuer=issuer,
                year=year,
                issue_date=issued,
                raw=match.group(0),
                start=match.start(),
                end=match.end(),
            )
        )
    taken = [(m.start, m.end) for m in mentions]
    mentions += [
        m for m in _named_decrees(text, lang)
        if not any(a < m.end and m.start < b for a, b in taken)
    ]  # fmt: skip
    return sorted(mentions, key=lambda m: (m.start, m.end))
