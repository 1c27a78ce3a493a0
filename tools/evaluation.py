"""``make eval``: scores on the seed articles, the development set and NTREX-128.

1. **Seeds**: ``extracted/`` (``make extract`` on ``corpus/``) against
   ``shared/eval/seeds.gold.jsonl``.
2. **Development set**: the 45 excerpts of ``shared/eval/dev`` are fed to the
   real command line as a crawl gives them (one JSONL file, each record's
   ``url``, ``text`` and ``published``), extracted into a temporary folder and
   scored against ``dev/gold.jsonl`` and ``dev/clusters.json``: one line for the
   set, one per language and one per topic.
3. **Held-out set** (``eval/heldout/``): 12 short articles the project wrote itself
   (fr, pl, vi; transport, fisheries, banking, tourism, energy, road safety, digital
   government, disasters, taxes, public investment, social insurance), never used to
   write rules, labelled in the dev set's format and scored the same way: how the
   extractors do on topics and wordings that neither the seeds nor the dev set hold.
4. **Stories on NTREX-128**: the 123 parallel documents in French, Polish and
   Vietnamese, loaded from their content only and grouped with the real
   grouper; pairs scored against ``clusters.jsonl``.

Scoring follows ``shared/eval/FORMAT.md`` (:mod:`tools.scoring`), commitments
included. ``--details`` lists every miss, false positive and wrong commitment
field with its text. The figures are also written as JSON (``--json``), so runs
can be compared.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from pipeline.article.step import extract_article
from pipeline.combine.stories import assign_stories
from pipeline.ids import sha256_hex
from pipeline.ingest.decode import normalise_text
from pipeline.records import Article
from tools.scoring import (
    SeedReport,
    empty_report,
    format_report,
    format_table,
    load_gold,
    pairwise,
    score_set,
)

NTREX_LANGS = {"fra": "fr", "pol": "pl", "vie": "vi"}
ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS_GOLD = SHARED / "eval" / "seeds.gold.jsonl"
DEV = SHARED / "eval" / "dev"
HELDOUT = ROOT / "eval" / "heldout"


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


def dev_jsonl(dev: Path, dest: Path) -> Path:
    """The development set as a crawl gives it: one JSONL record per excerpt with its
    ``url``, ``text`` and (when known) ``published`` date."""
    lines = []
    for line in (dev / "gold.jsonl").read_text("utf-8").splitlines():
        if not line:
            continue
        g = json.loads(line)
        record = {"url": g["url"], "text": (dev / "texts" / f"{g['id']}.txt").read_text("utf-8")}
        if g.get("published"):
            record["published"] = g["published"]
        lines.append(json.dumps(record, ensure_ascii=False))
    dest.mkdir(parents=True, exist_ok=True)
    path = dest / "dev.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def extract_dev(dev: Path, work: Path) -> Path:
    """Run the real command line on the development set; the tables' folder."""
    from pipeline.cli import main as cli

    source = dev_jsonl(dev, work / "in")
    out = work / "out"
    code = cli(["extract", "--input", str(source), "--output", str(out), "--no-progress"])
    if code != 0:
        raise RuntimeError(f"extract on the development set exited {code}")
    return out


def evaluate_dev(dev: Path, work: Path) -> tuple[SeedReport, dict[str, SeedReport], list[dict]]:
    """The development set's report, per-article reports and gold records."""
    gold = load_gold(dev / "gold.jsonl", dev / "clusters.json")
    total, per_article = score_set(gold, extract_dev(dev, work))
    return total, per_article, gold.records


def breakdown(
    per_article: dict[str, SeedReport], records: list[dict], key: str
) -> list[tuple[str, SeedReport]]:
    """One summed report per value of ``key`` (``lang``, ``topic``) of the gold records."""
    groups: dict[str, SeedReport] = defaultdict(empty_report)
    for g in records:
        if g["id"] in per_article:
            groups[g[key]] = groups[g[key]] + per_article[g["id"]]
    return sorted(groups.items())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.evaluation",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--extracted",
        type=Path,
        default=Path("extracted"),
        help="tables written by `make extract` on the seeds (default: extracted)",
    )
    parser.add_argument("--seeds-gold", type=Path, default=SEEDS_GOLD, help="seed gold JSONL")
    parser.add_argument("--dev", type=Path, default=DEV, help="development set folder")
    parser.add_argument(
        "--heldout", type=Path, default=HELDOUT, help="the project's own held-out set folder"
    )
    parser.add_argument("--ntrex", type=Path, default=SHARED / "data" / "ntrex")
    parser.add_argument(
        "--details", action="store_true", help="list every miss, false positive and wrong field"
    )
    parser.add_argument(
        "--json",
        type=Path,
        default=Path("eval") / "results.json",
        help="where to write the figures as JSON (default: eval/results.json)",
    )
    args = parser.parse_args(argv)
    if not (args.extracted / "articles.parquet").exists():
        print(
            f"error: {args.extracted}/articles.parquet missing; run `make extract` first",
            file=sys.stderr,
        )
        return 64
    figures: dict = {}
    print(f"== seeds: {args.extracted} against {args.seeds_gold}")
    seeds, seed_articles = score_set(load_gold(args.seeds_gold), args.extracted)
    if not seeds.articles:
        print(f"none of the seed articles is in {args.extracted}; run `make extract`")
    else:
        rows = [("seeds", seeds), *sorted(seed_articles.items())]
        print(format_table(rows))
        print(format_report(seeds, details=args.details))
        figures["seeds"] = {label: r.figures() for label, r in rows}
    for label, folder, what in (
        ("dev", args.dev, "development set"),
        ("heldout", args.heldout, "held-out set"),
    ):
        if not (folder / "gold.jsonl").exists():
            print(f"\nno {what} at {folder}")
            continue
        print(f"\n== {what}: {folder} (JSONL with url, text, published)")
        with tempfile.TemporaryDirectory(prefix=f"eval-{label}-") as tmp:
            total, per_article, records = evaluate_dev(folder, Path(tmp))
        rows = [
            (label, total),
            *breakdown(per_article, records, "lang"),
            *breakdown(per_article, records, "topic"),
        ]
        print(format_table(rows))
        print(format_report(total, details=args.details))
        figures[label] = {name: r.figures() for name, r in rows}
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
        figures["ntrex_stories"] = s
    else:
        print(f"no NTREX data at {args.ntrex}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
