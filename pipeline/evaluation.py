"""Story grouping evaluated on NTREX-128 (``shared/data/ntrex``): 123 news articles,
each in French, Polish and Vietnamese. Articles are loaded from their content only
(no file names, no URLs), extracted with the real extractors and grouped with
:func:`pipeline.stages.stories.assign_stories`; pairs are scored against
``clusters.jsonl``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from itertools import combinations
from pathlib import Path

from pipeline.extract.dates import extract_dates
from pipeline.extract.deadlines import extract_deadlines
from pipeline.extract.decrees import extract_decrees
from pipeline.ids import sha256_hex
from pipeline.records import Article, Extraction
from pipeline.stages.decode import normalise_text
from pipeline.stages.stories import assign_stories

NTREX_LANGS = {"fra": "fr", "pol": "pl", "vie": "vi"}


def extract_basic(article: Article) -> Extraction:
    """Decrees, dates and deadlines of one article (officials are not needed to group)."""
    decrees = extract_decrees(article.text, article.lang)
    dates = extract_dates(
        article.text, article.lang, article.published_date, [(d.start, d.end) for d in decrees]
    )
    deadlines = extract_deadlines(article.text, article.lang, dates)
    return Extraction(article.article_id, tuple(decrees), tuple(dates), tuple(deadlines))


def load_ntrex(root: Path) -> tuple[list[Article], dict[str, str]]:
    """Articles of ``fra/``, ``pol/``, ``vie/`` and the true document of each article id."""
    articles: list[Article] = []
    truth: dict[str, str] = {}
    for line in (root / "clusters.jsonl").read_text(encoding="utf-8").splitlines():
        cluster = json.loads(line)
        for rel in cluster["files"]:
            folder = rel.split("/", 1)[0]
            if folder not in NTREX_LANGS:
                continue
            text = normalise_text((root / rel).read_text(encoding="utf-8"))
            article_id = sha256_hex(text)[:16]
            truth[article_id] = cluster["doc"]
            articles.append(
                Article(article_id, "ntrex", text, sha256_hex(text), lang=NTREX_LANGS[folder])
            )
    return articles, truth


def pairwise_scores(predicted: Mapping[str, str], truth: Mapping[str, str]) -> dict:
    """Pairwise precision, recall and F1 of a partition against the true one."""

    def pairs(labels: Mapping[str, str]) -> set[tuple[str, str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for item, label in labels.items():
            groups[label].append(item)
        return {p for members in groups.values() for p in combinations(sorted(members), 2)}

    pred, gold = pairs(predicted), pairs(truth)
    hits = len(pred & gold)
    precision = hits / len(pred) if pred else 1.0
    recall = hits / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "true_pairs": len(gold),
        "predicted_pairs": len(pred),
        "correct_pairs": hits,
    }


def evaluate_ntrex(root: Path) -> dict:
    """Group the NTREX articles and score the grouping.

    Returns pairwise ``precision``, ``recall``, ``f1``, pair counts, ``articles``,
    ``stories`` (predicted), ``documents`` (true) and ``exact_stories`` (predicted
    stories equal to a true document).
    """
    articles, truth = load_ntrex(Path(root))
    extractions = {a.article_id: extract_basic(a) for a in articles}
    story_of = assign_stories(articles, extractions)
    scores = pairwise_scores(story_of, truth)
    predicted_groups = _groups(story_of.items())
    true_groups = _groups(truth.items())
    scores.update(
        articles=len(articles),
        stories=len(predicted_groups),
        documents=len(true_groups),
        exact_stories=len(predicted_groups & true_groups),
    )
    return scores


def _groups(labels: Iterable[tuple[str, str]]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for item, label in labels:
        groups[label].add(item)
    return {frozenset(g) for g in groups.values()}
