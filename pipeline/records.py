"""Frozen records that flow between the stages.

Every extracted value carries ``start``/``end``: character offsets into
``Article.text`` (the stored, NFC-normalised, cleaned text), so that
``article.text[m.start:m.end] == m.raw`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np



@dataclass(frozen=True, slots=True)
class Article:
    """One loaded article. ``text`` is what every offset indexes."""

    article_id: str
    source_path: str
    text: str
    text_sha256: str
    lang: str = "und"
    lang_confidence: float = 0.0
    title: str | None = None
    url: str | None = None
    source_url: str | None = None
    paper: str | None = None
    published_date: date | None = None
    # (start, end) ranges of photo captions, credits and bylines: kept in the
    # text for context, but never a source of officials.
    no_official_spans: tuple[tuple[int, int], ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that could not be used, with a machine-readable reason."""

    source_path: str
    reason: str
    detail: str


@dataclass(frozen=True, slots=True)
class DecreeMention:
    """A Vietnamese document number, e.g. ``282/NQ-CP`` (raw: ``282/NQ-CP``)."""

    number: str  # canonical, Vietnamese letters restored: 38/2025/QĐ-UBND
    doc_type: str  # NQ, QĐ, NĐ, TT, CT, KH, TB, KL, HD, ...
    issuer: str  # TW, CP, UBND, BYT, ...
    year: int | None  # year inside the number (normative shape) or of issue
    issue_date: str | None  # ISO day, when the text states it next to the number
    raw: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression normalised at its precision.

    ``value``: ``2025-10-10`` (day), ``2025-12`` (month), ``2025`` (year),
    ``2025-Q4`` (quarter), ``2026/2030`` (interval).
    """

    raw: str
    value: str
    precision: str  # day | month | year | quarter | interval
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Deadline:
    """A date governed by a deadline cue; ``raw`` spans cue + date."""

    raw: str
    relation: str  # before | by | in
    value: str  # the DateMention value
    due_date: date  # last allowed day
    cue: str  # the cue words as written ("avant le", "do końca", "trước ngày")
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class OfficialMention:
    """A named office holder: ``name`` ASCII-folded (Đ→D), ``title`` as written."""

    person_id: str
    name: str
    name_native: str | None
    title: str | None
    raw: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article (pure function of the article)."""

    article_id: str
    decrees: tuple[DecreeMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    officials: tuple[OfficialMention, ...] = ()


@dataclass(frozen=True, slots=True)
class Commitment:
    """One obligation of one story, merged across the story's languages."""

    commitment_id: str
    story_id: str
    actor: str
    action: str
    deadline_value: str | None
    deadline_relation: str | None
    due_date: date | None
    decree_number: str | None
    directed_by: str | None
    languages: tuple[str, ...]
    conflict: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence that states a commitment, with offsets into its article."""

    commitment_id: str
    article_id: str
    lang: str
    sentence: str
    start: int
    end: int


@dataclass(slots=True)
class RunSummary:
    """Counters of one run, printed as a one-line summary."""

    files_seen: int = 0
    articles: int = 0
    duplicates: int = 0
    rejected: int = 0
    per_lang: dict[str, int] = field(default_factory=dict)
    skipped_lang: int = 0
    stories: int = 0
    commitments: int = 0
    # Wall seconds per stage: load_extract (incl. streaming the per-article tables),
    # stories, commitments, write (the other tables, and committing every table).
    timings: dict[str, float] = field(default_factory=dict)

    def line(self) -> str:
        langs = ", ".join(f"{k}={v}" for k, v in sorted(self.per_lang.items())) or "none"
        return (
            f"read {self.files_seen} inputs: {self.articles} articles ({langs}), "
            f"{self.duplicates} duplicates, {self.rejected} rejected, "
            f"{self.skipped_lang} not extracted (other language); "
            f"{self.stories} stories, {self.commitments} commitments"
        )


@dataclass(frozen=True, slots=True)
class Obligation:
    """One obligation in one sentence of one article."""

    article_id: str
    lang: str
    start: int  # sentence offsets: article.text[start:end] == sentence
    end: int
    sentence: str
    actor: str
    action: str
    deadline: Deadline | None
    decree: str | None
    directed_by: str | None
    position: float  # sentence start / text length: where in the article it stands
    anchors: frozenset[str]  # numbers and name keys of the sentence, outside dates/decrees


@dataclass(frozen=True, slots=True)
class StoryMeta:
    """What the ``stories`` table and the strong keys need of one article."""

    article_id: str
    lang: str
    source_key: str | None  # normalised source URL
    slug: str | None  # portal slug of the article's own URL
    source_line: tuple[str, date] | None  # (paper, published_date) when both are known
    title: str | None  # the title, else the first line (at most 300 characters)
    published_date: date | None
    #: Strong keys (see :func:`link_keys`): the article's own page and title slug, and the
    #: pages it names as its source; two articles sharing one are one story.
    links: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, eq=False)
class StoryFeatures:
    """Everything story grouping needs of one article, computed where the article is
    extracted (on a worker): a few kilobytes of arrays instead of the text."""

    meta: StoryMeta
    shingles: np.ndarray  # sorted unique uint32 hashes of the word 5-grams
    near_bands: np.ndarray | None  # LSH band keys of the shingles' MinHash; None if no words
    anchor_keys: np.ndarray  # sorted unique uint64 hashes of the anchors
    anchor_positions: np.ndarray  # float64: relative position of each first occurrence
    anchor_is_name: np.ndarray  # bool: a name key (``p:``), not a number, date or decree
    #: bool: a name key that only continues a name of several words ("Minh" in "Pham Minh
    #: Chinh"); None for none of them
    anchor_continues: np.ndarray | None = None


@dataclass(frozen=True, slots=True)
class Processed:
    """What the per-article step returns for one input."""

    item: Article | Reject
    extraction: Extraction | None = None
    features: StoryFeatures | None = None
    obligations: tuple[Obligation, ...] = ()
