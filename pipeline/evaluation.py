"""``make eval``: seed gold scores and story grouping on NTREX-128.

- Seeds: ``extracted/`` against ``shared/eval/seeds.gold.jsonl`` (see
  :mod:`pipeline.scoring`), printed as a per-field table with every miss and
  false positive.
- Stories: the 123 NTREX-128 documents in French, Polish and Vietnamese
  (``shared/data/ntrex``), loaded from their content only (no file names, no
  URLs), extracted with the real extractors and grouped with
  :func:`pipeline.stages.stories.assign_stories`; pairs scored against
  ``clusters.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from pipeline.ids import sha256_hex
from pipeline.records import Article
from pipeline.scoring import format_report, pairwise, score_seeds
from pipeline.stages.decode import normalise_text
from pipeline.stages.extract import extract_article
from pipeline.stages.stories import assign_stories

NTREX_LANGS = {"fra": "fr", "pol": "pl", "vie": "vi"}
ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
#: Gold files scored by ``make eval``: the seed articles' gold, and this project's own
#: labels of the fictional sample articles in ``corpus/``.
GOLD_FILES = (SHARED / "eval" / "seeds.gold.jsonl", ROOT / "tests" / "data" / "samples.gold.jsonl")


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


def evaluate_ntrex(root: Path) -> dict:
    """Group the NTREX articles and score the grouping.

    Returns pairwise ``precision``, ``recall``, ``f1``, pair counts, ``articles``,
    ``stories`` (predicted), ``documents`` (true) and ``exact_stories`` (predicted
    stories equal to a true document).
    """
    articles, truth = load_ntrex(Path(root))
    extractions = {a.article_id: extract_article(a) for a in articles}
    story_of = assign_stories(articles, extractions)
    score = pairwise(story_of, truth)
    predicted_groups, true_groups = _groups(story_of), _groups(truth)
    return {
        "precision": score.precision,
        "recall": score.recall,
        "f1": score.f1,
        "true_pairs": score.tp + score.fn,
        "predicted_pairs": score.tp + score.fp,
        "correct_pairs": score.tp,
        "articles": len(articles),
        "stories": len(predicted_groups),
        "documents": len(true_groups),
        "exact_stories": len(predicted_groups & true_groups),
    }


def _groups(labels: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for item, label in labels.items():
        groups.setdefault(label, set()).add(item)
    return {frozenset(g) for g in groups.values()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.evaluation",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--extracted",
        type=Path,
        default=Path("extracted"),
        help="tables written by `make extract` (default: extracted)",
    )
    parser.add_argument(
        "--gold",
        type=Path,
        nargs="+",
        default=list(GOLD_FILES),
        help="gold JSONL files (shared/eval/FORMAT.md); each is scored on the "
        "articles of it found in --extracted",
    )
    parser.add_argument("--ntrex", type=Path, default=SHARED / "data" / "ntrex")
    args = parser.parse_args(argv)
    if not (args.extracted / "articles.parquet").exists():
        print(
            f"error: {args.extracted}/articles.parquet missing; run `make extract` first",
            file=sys.stderr,
        )
        return 64
    for gold in args.gold:
        print(f"== gold {gold}")
        if not gold.exists():
            print("missing")
            continue
        report = score_seeds(gold, args.extracted)
        if report.articles:
            print(format_report(report))
        else:
            print(
                f"none of its articles is in {args.extracted} (copy them into corpus/ and "
                "run `make extract`)"
            )
    print("\n== stories on NTREX-128 (fr, pl, vi; content only)")
    if (args.ntrex / "clusters.jsonl").exists():
        s = evaluate_ntrex(args.ntrex)
        print(
            f"pairwise precision {s['precision']:.3f}  recall {s['recall']:.3f}  "
            f"F1 {s['f1']:.3f}  ({s['correct_pairs']}/{s['true_pairs']} true pairs, "
            f"{s['predicted_pairs']} predicted)"
        )
        print(
            f"{s['articles']} articles → {s['stories']} stories; {s['exact_stories']} of "
            f"{s['documents']} documents grouped exactly"
        )
    else:
        print(f"no NTREX data at {args.ntrex}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
