"""Cleaning of portal exports (Vietnam.vn style translations of Vietnamese papers).

A portal export is plain text: the title on the first line, the article, a
source line naming the original paper and its date (``Báo Nhân Dân - 10/10/2025``),
``Source: https://…``, then navigation: related-news lists (``Même catégorie``,
``Même auteur``), counters (``Comment (0)``, ``Komentarz (0)``), ``No videos
available`` and section names. The navigation is cut; captions and bylines stay
in the text but are marked so that they never yield officials.

The words of these lines are language data: the ``PORTAL_*`` names, ``WEEKDAYS`` and
``PAPER_WORDS`` of every language module (an export is cleaned before its language is
known), and the portal's interface words of no supported language in
``pipeline/lang/data/portal_interface.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import regex

from pipeline.lang import all_language_data
from pipeline.lang.contract import NEVER, LanguageDataError

#: The portal's own interface words that belong to no supported language (English
#: labels, a Spanish and a German one), by language.
INTERFACE_WORDS = Path(__file__).resolve().parent.parent / "lang" / "data" / "portal_interface.toml"
#: The language data this module reads: every language's, then the interface's, since
#: an export is cleaned before its language is known.
WORD_NAMES = (
    "PORTAL_TAIL_MARKERS", "PORTAL_COMMENT_WORDS", "PORTAL_TAG_WORDS", "PORTAL_COUNTER_WORDS",
    "PORTAL_SOURCE_LABELS", "PORTAL_CAPTION_CUES", "PORTAL_CAPTION_AGENCIES",
    "PORTAL_BYLINE_CUES", "WEEKDAYS", "PAPER_WORDS",
)  # fmt: skip

# "Báo Nhân Dân - 10/10/2025", "Báo Quảng Trị, 20/07/2025 08:15": paper and date.
# The portal also glues the name, repeated, to the date: "Báo Nhân DânBáo Nhân Dân10/10/2025".
_SOURCE_LINE = regex.compile(
    r"^(?P<paper>\p{Lu}[^\n\d]{1,160}?)\s*[-–—,:|]?\s*"
    r"(?P<date>(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}))"
    r"(?P<time>\s*[-–,|]?\s+\d{1,2}[:h]\d{2}(?::\d{2})?"
    r"(?:\s*\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}\)?)?)?\s*$",
)
# The portal's own banner above the title: "Vietnam.vn - Nền tảng quảng bá Việt Nam".
_SITE_BANNER = re.compile(r"^Vietnam\.vn\s*[-–—|:]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The regexes built from the portal words of every language and of the interface."""

    tail_markers: re.Pattern[str]
    counter_line: re.Pattern[str]
    weekday: regex.Pattern[str]
    paper_words: tuple[str, ...]
    source_url: re.Pattern[str]
    caption: re.Pattern[str]
    byline: re.Pattern[str]


@cache
def _interface_words() -> dict[str, tuple[str, ...]]:
    """``{name: words}`` of ``portal_interface.toml``, its languages' words joined."""
    try:
        with INTERFACE_WORDS.open("rb") as f:
            tables = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise LanguageDataError(f"{INTERFACE_WORDS}: cannot be read ({err})") from None
    words: dict[str, list[str]] = {}
    for lang, table in tables.items():
        if not isinstance(table, dict):
            raise LanguageDataError(f"{INTERFACE_WORDS}: {lang}: a table of word lists")
        for name, values in table.items():
            where = f"{INTERFACE_WORDS}: [{lang}] {name}"
            if name not in WORD_NAMES:
                raise LanguageDataError(f"{where}: unknown name; known: {', '.join(WORD_NAMES)}")
            if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
                raise LanguageDataError(f"{where}: a list of non-empty strings")
            words.setdefault(name, []).extend(values)
    return {name: tuple(values) for name, values in words.items()}


def _words(name: str) -> tuple[str, ...]:
    """Every language's words of ``name``, then the interface's, each once."""
    words = [w for data in all_language_data() for w in getattr(data, name)]
    return tuple(dict.fromkeys(words + list(_interface_words().get(name, ()))))


def _either(name: str, *, any_spaces: bool = False) -> str:
    """A group matching any word of ``name``, escaped: a space is one space, or any run
    of spaces with ``any_spaces``."""
    words = _words(name)
    if any_spaces:
        words = tuple(r"\s+".join(re.escape(part) for part in w.split()) for w in words)
    else:
        words = tuple(re.escape(w) for w in words)
    return "(?:" + ("|".join(words) or NEVER) + ")"


def check_words() -> None:
    """Read the portal words of every language and of the interface, and build the
    regexes (once); raises :class:`LanguageDataError` for a file that breaks the contract."""
    _patterns()


@cache
def _patterns() -> _Patterns:
    """The portal regexes, built once from the language data."""
    return _Patterns(
        # Lines from which everything to the end is navigation. Matched against a whole
        # stripped line, case-insensitively.
        tail_markers=re.compile(
            rf"^(?:(?:{_either('PORTAL_TAIL_MARKERS')}"
            rf"|{_either('PORTAL_COMMENT_WORDS')}\s*\(\d+\))\s*:?\s*$"
            rf"|{_either('PORTAL_TAG_WORDS')}\s*:)",
            re.IGNORECASE,
        ),
        # Share and like widgets, dropped wherever they stand.
        counter_line=re.compile(rf"^{_either('PORTAL_COUNTER_WORDS')}\s*\(?\d*\)?$", re.IGNORECASE),
        # A weekday between the paper and the date: "Báo Nhân Dân - Thứ Sáu, 10/10/2025".
        weekday=regex.compile(
            rf"\s*[-–—,|]\s*{_either('WEEKDAYS', any_spaces=True)}\s*,?\s*$", regex.IGNORECASE
        ),
        paper_words=tuple(f"{w} " for w in _words("PAPER_WORDS")),
        source_url=re.compile(
            rf"^{_either('PORTAL_SOURCE_LABELS')}\s*:\s*(?P<url>https?://\S+)\s*$",
            re.IGNORECASE,
        ),
        # Photo captions and credits: the whole line is marked.
        caption=re.compile(
            rf"(?:^|[\s.(]){_either('PORTAL_CAPTION_CUES')}\s*:"
            rf"|\({_either('PORTAL_CAPTION_AGENCIES')}\)\s*$",
            re.IGNORECASE,
        ),
        # Bylines: a short line that starts with an author cue ("Par Huong Le", "Theo TTXVN").
        byline=re.compile(rf"^{_either('PORTAL_BYLINE_CUES')}\s*:?\s+\S", re.IGNORECASE),
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
    patterns = _patterns()
    lines = text.split("\n")
    kept: list[str] = []
    removed = 0
    paper: str | None = None
    published: date | None = None
    source_url: str | None = None
    for i, line in enumerate(lines):
        stripped = line.strip()
        if i > 0 and patterns.tail_markers.match(stripped):
            removed += len(lines) - i
            break
        if patterns.counter_line.match(stripped):
            removed += 1
            continue
        if source_url is None and (m := patterns.source_url.match(stripped)):
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
    patterns = _patterns()
    spans: list[tuple[int, int]] = []
    offset = 0
    lines = text.split("\n")
    last_content = max((i for i, ln in enumerate(lines) if ln.strip()), default=-1)
    for i, line in enumerate(lines):
        stripped = line.strip()
        is_byline = (
            patterns.byline.match(stripped) and len(stripped.split()) <= _BYLINE_MAX_WORDS
        ) or (i == last_content and i > 0 and _NAME_LINE.match(stripped))
        # Every caption has a colon or a closing parenthesis; the search is the slow part.
        caption = (":" in stripped or ")" in stripped) and patterns.caption.search(stripped)
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
    patterns = _patterns()
    paper = patterns.weekday.sub("", m["paper"]).strip()
    half = len(paper) // 2
    doubled = len(paper) % 2 == 0 and paper[:half] == paper[half:]
    if doubled:
        paper = paper[:half].strip()
    if not (doubled or paper.startswith(patterns.paper_words)):
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
