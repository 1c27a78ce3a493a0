"""The per-article step: everything the global phase needs of one article.

``extract`` and the nightly job both run :func:`process_article` (on worker processes
when there are several): the extraction (decrees, dates, deadlines, officials), the
story features and the obligations. What it returns is all the main process keeps,
and what the nightly job caches per article in ``state.sqlite``.
"""

from __future__ import annotations

import sys

from pipeline.article.dates import extract_dates
from pipeline.article.deadlines import extract_deadlines
from pipeline.article.decrees import extract_decrees
from pipeline.article.obligations import find_obligations
from pipeline.article.officials import extract_officials
from pipeline.article.story_features import story_features
from pipeline.lang import SUPPORTED
from pipeline.records import Article, Extraction, Processed, Reject


def extract_article(article: Article) -> Extraction:
    """Decree numbers first (so their years are never dates), then dates,
    deadlines over those dates, and officials outside captions and bylines.
    Articles in other languages get an empty extraction."""
    if article.lang not in SUPPORTED:
        return Extraction(article.article_id)
    text, lang = article.text, article.lang
    decrees = extract_decrees(text, lang)
    dates = extract_dates(
        text, lang, article.published_date, exclude=[(d.start, d.end) for d in decrees]
    )
    return Extraction(
        article_id=article.article_id,
        decrees=tuple(decrees),
        dates=tuple(dates),
        deadlines=tuple(extract_deadlines(text, lang, dates)),
        officials=tuple(extract_officials(text, lang, article.no_official_spans)),
    )


def safe_extract(article: Article) -> Extraction:
    """:func:`extract_article`; an extractor bug yields an empty extraction and a warning
    on stderr, never a failed run (the article is still in ``articles``)."""
    try:
        return extract_article(article)
    except Exception as err:  # one article must not stop the run
        print(f"warning: extraction failed for {article.source_path}: {err!r}", file=sys.stderr)
        return Extraction(article.article_id)


def process_article(article: Article) -> Processed:
    """Extract one article and compute its share of the global phase (pure)."""
    extraction = safe_extract(article)
    try:
        obligations = tuple(find_obligations(article, extraction))
    except Exception as err:  # like safe_extract: one article must not stop the run
        print(f"warning: obligations failed for {article.source_path}: {err!r}", file=sys.stderr)
        obligations = ()
    return Processed(article, extraction, story_features(article, extraction), obligations)


def process_item(item: Article | Reject) -> Processed:
    """:func:`process_article` for an article; a reject passes through."""
    return process_article(item) if isinstance(item, Article) else Processed(item)
