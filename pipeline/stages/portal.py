"""Cleaning of portal exports (Vietnam.vn style translations of Vietnamese papers).

A portal export is plain text: the title on the first line, the article, a
source line naming the original paper and its date (``Báo Nhân Dân - 10/10/2025``),
``Source: https://…``, then navigation: related-news lists (``Même catégorie``,
``Même auteur``), counters (``Comment (0)``, ``Komentarz (0)``), ``No videos
available`` and section names. The navigation is cut; captions and bylines stay
in the text but are marked so that they never yield officials.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import regex

# Lines from which everything to the end is navigation, in any language the
# portal serves. Matched against a whole stripped line, case-insensitively.
_TAIL_MARKERS = re.compile(
    r"""^(?:
        (?: même\ catégorie | même\ auteur | sur\ le\ même\ sujet | à\ lire\ aussi
          | articles?\ (?:liés|similaires|connexes) | lire\ aussi
          | ta\ sama\ kategoria | ten\ sam\ autor | powiązane(?:\ artykuły|\ wiadomości)?
          | czytaj\ (?:też|także|również)
          | cùng\ chuyên\ mục | cùng\ tác\ giả | tin\ liên\ quan | tin\ cùng\ chuyên\ mục
          | xem\ thêm | đọc\ thêm
          | same\ category | same\ author | related\ (?:news|articles)
          | no\ videos?\ available
          | (?:comments?|commentaires?|komentarz[ey]?|bình\ luận)\s*\(\d+\)
        )\s*:?\s*$
      | (?:tags?|mots[- ]clés|tagi|từ\ khóa)\s*:
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Share and like widgets, dropped wherever they stand.
_COUNTER_LINE = re.compile(
    r"^(?:likes?|partager|share|udostępnij|chia\ sẻ|j'aime|thích)\s*\(?\d*\)?$",
    re.IGNORECASE | re.VERBOSE,
)
# "Báo Nhân Dân - 10/10/2025", "Báo Quảng Trị, 20/07/2025 08:15": paper and date.
# The portal also glues the name, repeated, to the date: "Báo Nhân DânBáo Nhân Dân10/10/2025".
_SOURCE_LINE = regex.compile(
    r"^(?P<paper>\p{Lu}[^\n\d]{1,160}?)\s*[-–—,:|]?\s*"
    r"(?P<date>(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}))"
    r"(?P<time>\s*[-–,|]?\s+\d{1,2}[:h]\d{2}(?::\d{2})?"
    r"(?:\s*\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}\)?)?)?\s*$",
)
# A weekday between the paper and the date: "Báo Nhân Dân - Thứ Sáu, 10/10/2025".
_WEEKDAY = regex.compile(
    r"\s*[-–—,|]\s*(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ\s+[Nn]hật|lundi|mardi|mercredi"
    r"|jeudi|vendredi|samedi|dimanche|poniedziałek|wtorek|środa|czwartek|piątek|sobota"
    r"|niedziela)\s*,?\s*$",
    regex.IGNORECASE,
)
_PAPER_WORDS = ("Báo ", "Tạp chí ", "Cổng thông tin ", "Đài ", "Thông tấn ")
# The portal's own banner above the title: "Vietnam.vn - Nền tảng quảng bá Việt Nam".
_SITE_BANNER = re.compile(r"^Vietnam\.vn\s*[-–—|:]", re.IGNORECASE)
_SOURCE_URL = re.compile(
    r"^(?:Source|Źródło|Nguồn|Fuente|Quelle)\s*:\s*(?P<url>https?://\S+)\s*$", re.IGNORECASE
)
# Photo captions and credits: the whole line is marked.
_CAPTION = re.compile(
    r"(?:^|[\s.(])(?:photos?|ảnh|zdjęcie|zdjęcia|fot\.|foto|source\ photo|crédit)\s*:"
    r"|\((?:VNA|TTXVN|AVI|VNS)\)\s*$",
    re.IGNORECASE | re.VERBOSE,
)
# Bylines: a short line that starts with an author cue ("Par Huong Le", "Theo TTXVN").
_BYLINE = re.compile(
    r"^(?:par|autor|auteur|theo|by|tác\ giả|texte\ et\ photos?)\s*:?\s+\S",
    re.IGNORECASE | re.VERBOSE,
)
_BYLINE_MAX_WORDS = 8
# A byline alone on a line: two to five capitalised words, nothing else.
_NAME_LINE = regex.compile(r"^(?:\p{Lu}[\p{Ll}\p{M}]*\.?\s?){2,5}$")


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    title: str | None
    paper: str | None
    published: date | None
    source_url: str | None
    no_official_spans: tuple[tuple[int, int], ...]
    removed_lines: int


def clean_portal_text(text: str) -> Cleaned:
    """Cut navigation, read the header lines, mark captions; offsets index ``text``.

    >>> c = clean_portal_text("Titre\\n\\nCorps.\\nBáo Nhân Dân - 10/10/2025\\n"
    ...                       "Source: https://nhandan.vn/a.html\\nMême catégorie\\nAutre")
    >>> (c.title, c.paper, str(c.published), c.source_url, c.text.endswith(".html"))
    ('Titre', 'Báo Nhân Dân', '2025-10-10', 'https://nhandan.vn/a.html', True)
    """
    lines = text.split("\n")
    kept: list[str] = []
    removed = 0
    paper: str | None = None
    published: date | None = None
    source_url: str | None = None
    for i, line in enumerate(lines):
        stripped = line.strip()
        if i > 0 and _TAIL_MARKERS.match(stripped):
            removed += len(lines) - i
            break
        if _COUNTER_LINE.match(stripped):
            removed += 1
            continue
        if source_url is None and (m := _SOURCE_URL.match(stripped)):
            source_url = m["url"].rstrip(".,;)")
        if not any(k.strip() for k in kept) and _SITE_BANNER.match(stripped):
            removed += 1
            continue
        if paper is None and (source := _source_line(stripped)):
            paper, published, line = source
        kept.append(line.rstrip())
    body = "\n".join(kept).strip("\n")
    body = re.sub(r"\n{3,}", "\n\n", body)
    title = next((ln.strip() for ln in body.split("\n") if ln.strip()), None)
    return Cleaned(body, title, paper, published, source_url, mark_captions(body), removed)


def mark_captions(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of caption, credit and byline lines in ``text``."""
    spans: list[tuple[int, int]] = []
    offset = 0
    lines = text.split("\n")
    last_content = max((i for i, ln in enumerate(lines) if ln.strip()), default=-1)
    for i, line in enumerate(lines):
        stripped = line.strip()
        is_byline = (_BYLINE.match(stripped) and len(stripped.split()) <= _BYLINE_MAX_WORDS) or (
            i == last_content and i > 0 and _NAME_LINE.match(stripped)
        )
        # Every caption has a colon or a closing parenthesis; the search is the slow part.
        caption = (":" in stripped or ")" in stripped) and _CAPTION.search(stripped)
        if stripped and (caption or is_byline):
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return tuple(spans)


def _source_line(line: str) -> tuple[str, date, str] | None:
    """(paper, date, line) for a source line, else None; a glued line is re-spaced as
    "Paper - dd/mm/yyyy" so that its date is a findable date mention.

    >>> _source_line("Báo Nhân DânBáo Nhân Dân10/10/2025")
    ('Báo Nhân Dân', datetime.date(2025, 10, 10), 'Báo Nhân Dân - 10/10/2025')
    >>> _source_line("Le 10/10/2025 a eu lieu la réunion") is None
    True
    """
    m = _SOURCE_LINE.match(line)
    if m is None:
        return None
    paper = _WEEKDAY.sub("", m["paper"]).strip()
    half = len(paper) // 2
    doubled = len(paper) % 2 == 0 and paper[:half] == paper[half:]
    if doubled:
        paper = paper[:half].strip()
    if not (doubled or paper.startswith(_PAPER_WORDS)):
        return None
    day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if day is None:
        return None
    if doubled or not line[m.start("date") - 1].isspace():
        line = f"{paper} - {m['date']}{m['time'] or ''}"
    return paper, day, line


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
