"""The per-article step: everything the global stages need of one article.

``extract`` and the nightly job both run :func:`process_article` (on worker
processes when there are several): the extraction, the story features and the
obligations. What it returns is all the main process keeps, and what the
nightly job caches per article in ``state.sqlite``.
"""

from __future__ import annotations

import sys

from pipeline.records import Article, Processed, Reject
from pipeline.stages.extract import safe_extract
from pipeline.stages.obligations import find_obligations
from pipeline.stages.stories import story_features


def process_article(article: Article) -> Processed:
    """Extract one article and compute its share of the global stages (pure)."""
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
