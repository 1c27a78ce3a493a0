"""Scoring extracted tables against hand-labelled gold (``shared/eval/FORMAT.md``).

Per field, the distinct predicted values of each article are compared with the
gold set; true/false positives and false negatives are summed over articles.
Items marked ``optional`` (and ``optional_officials``) count neither way.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import pandas as pd

from pipeline.textnorm import ascii_fold

FIELDS = ("decrees", "dates", "deadlines", "officials")


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class SeedReport:
    articles: list[str]
    fields: dict[str, FieldScore]
    title_hits: int = 0
    title_total: int = 0
    not_officials_reported: list[str] = field(default_factory=list)
    stories: FieldScore = field(default_factory=FieldScore)

    @property
    def title_accuracy(self) -> float:
        return self.title_hits / self.title_total if self.title_total else 1.0


def pairwise(predicted: dict[str, str], gold: dict[str, str]) -> FieldScore:
    """Pairwise precision/recall of two partitions given as item -> group label."""
    items = sorted(set(predicted) & set(gold))
    score = FieldScore()
    for a, b in combinations(items, 2):
        same_pred, same_gold = predicted[a] == predicted[b], gold[a] == gold[b]
        if same_pred and same_gold:
            score.tp += 1
        elif same_pred:
            score.fp += 1
            score.false_positives.append(f"{a} + {b}")
        elif same_gold:
            score.fn += 1
            score.misses.append(f"{a} + {b}")
    return score


def _fold(name: str) -> str:
    return " ".join(ascii_fold(name).lower().split())


def _add(score: FieldScore, article: str, predicted: dict, gold: set, optional: set) -> None:
    """``predicted`` maps a comparable key to the text shown for it."""
    for key in sorted(set(predicted) - optional, key=str):
        if key in gold:
            score.tp += 1
        else:
            score.fp += 1
            score.false_positives.append(f"{article}: {key} ← {predicted[key]!r}")
    for key in sorted(gold - set(predicted), key=str):
        score.fn += 1
        score.misses.append(f"{article}: {key}")


def score_seeds(gold_path: Path, extracted: Path) -> SeedReport:
    """Compare ``extracted/*.parquet`` with the gold of every seed found there."""
    gold = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line]
    tables = {
        name: pd.read_parquet(extracted / f"{name}.parquet")
        for name in (
            "articles",
            "decree_mentions",
            "date_mentions",
            "deadlines",
            "official_mentions",
        )
    }
    arts = tables["articles"]
    stem = arts["source_path"].map(lambda p: Path(p).stem)
    id_of = dict(zip(stem, arts["article_id"], strict=True))
    story_of = dict(zip(stem, arts["story_id"], strict=True))
    report = SeedReport([], {f: FieldScore() for f in FIELDS})
    for g in gold:
        aid = id_of.get(g["id"])
        if aid is None:
            continue
        report.articles.append(g["id"])
        rows = {n: t[t["article_id"] == aid] for n, t in tables.items() if n != "articles"}
        _score_article(report, g, rows)
    gold_story = {g["id"]: g["story"] for g in gold if g["id"] in id_of}
    report.stories = pairwise({k: story_of[k] for k in gold_story}, gold_story)
    return report


def _score_article(report: SeedReport, g: dict, rows: dict[str, pd.DataFrame]) -> None:
    aid = g["id"]
    dm = rows["decree_mentions"]
    _add(
        report.fields["decrees"],
        aid,
        dict(zip(dm["number"], dm["raw"], strict=True)),
        {d["number"] for d in g["decrees"]},
        set(),
    )
    dt = rows["date_mentions"]
    _add(
        report.fields["dates"],
        aid,
        dict(zip(dt["value"], dt["raw"], strict=True)),
        set(g["dates"]),
        set(),
    )
    dl = rows["deadlines"]
    predicted = {
        (v, r): raw for v, r, raw in zip(dl["value"], dl["relation"], dl["raw"], strict=True)
    }
    _add(
        report.fields["deadlines"],
        aid,
        predicted,
        {(d["value"], d["relation"]) for d in g["deadlines"] if not d.get("optional")},
        {(d["value"], d["relation"]) for d in g["deadlines"] if d.get("optional")},
    )
    om = rows["official_mentions"]
    names = {_fold(n): raw for n, raw in zip(om["name"], om["raw"], strict=True)}
    _add(
        report.fields["officials"],
        aid,
        names,
        {_fold(o["name"]) for o in g["officials"]},
        {_fold(n) for n in g.get("optional_officials", [])},
    )
    for o in g["officials"]:
        titles = [
            t
            for n, t in zip(om["name"], om["title"], strict=True)
            if _fold(n) == _fold(o["name"]) and t
        ]
        if titles:
            report.title_total += 1
            report.title_hits += any(_fold(t) == _fold(o["title"]) for t in titles)
    report.not_officials_reported += [
        f"{aid}: {n}" for n in g.get("not_officials", []) if _fold(n) in names
    ]


def format_report(report: SeedReport) -> str:
    """A per-field table, then every miss and false positive with its text."""
    lines = [
        f"articles scored: {len(report.articles)}",
        f"{'field':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}",
    ]
    items: Iterable[tuple[str, FieldScore]] = [*report.fields.items(), ("stories", report.stories)]
    for name, s in items:
        lines.append(
            f"{name:<10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
            f"{s.tp:4d} {s.fp:4d} {s.fn:4d}"
        )
    lines.append(
        f"officials' title accuracy: {report.title_accuracy:.3f} "
        f"({report.title_hits}/{report.title_total})"
    )
    lines.append(
        f"not_officials reported: {len(report.not_officials_reported)} "
        f"{report.not_officials_reported}"
    )
    for name, s in items:
        lines += [f"  miss  {name}: {m}" for m in s.misses]
        lines += [f"  false {name}: {m}" for m in s.false_positives]
    return "\n".join(lines)
