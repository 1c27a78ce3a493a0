"""Extraction quality floors on this project's own hand-labelled articles.

- ``corpus/sample_*.txt`` with ``tests/data/samples.gold.jsonl`` (fr, pl, vi);
- ``tests/data/heldout/`` with ``tests/data/heldout.gold.jsonl``: three articles
  written after the grammars, used once to measure generalisation (see README).
Scoring follows ``shared/eval/FORMAT.md`` (:mod:`tools.scoring`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.cli import main
from tools.scoring import SeedReport, score_seeds

DATA = Path(__file__).resolve().parent / "data"
FLOORS = {"decrees": 0.95, "dates": 0.90, "deadlines": 0.90, "officials": 0.90}


def _score(tmp_path: Path, corpus: Path, gold: Path) -> SeedReport:
    out = tmp_path / "out"
    assert main(["extract", "--input", str(corpus), "--output", str(out), "--no-progress"]) == 0
    return score_seeds(gold, out)


@pytest.mark.parametrize(
    ("corpus", "gold", "articles"),
    [
        (DATA / "samples", DATA / "samples.gold.jsonl", 5),
        (DATA / "heldout", DATA / "heldout.gold.jsonl", 3),
    ],
    ids=["samples", "heldout"],
)
def test_floors(tmp_path: Path, corpus: Path, gold: Path, articles: int) -> None:
    report = _score(tmp_path, corpus, gold)
    assert len(report.articles) == articles
    for name, floor in FLOORS.items():
        assert report.fields[name].f1 >= floor, (name, report.fields[name])
    assert report.not_officials_reported == []
    assert report.title_accuracy >= 0.9
    assert report.stories.precision == 1.0 and report.stories.recall == 1.0
