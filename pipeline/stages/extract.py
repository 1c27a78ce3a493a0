"""Per-article extraction: the pure step that runs on every worker."""

from __future__ import annotations

import sys

from pipeline.extract.dates import extract_dates
from pipeline.extract.deadlines import extract_deadlines
from pipeline.extract.decrees import extract_decrees
from pipeline.extract.officials import extract_officials
from pipeline.lang import SUPPORTED
from pipeline.records import Article, Extraction


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
