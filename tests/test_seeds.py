"""The five real seed articles of ``corpus/`` against ``shared/eval/seeds.gold.jsonl``.

Runs the real command line on ``corpus/`` and checks what a researcher checks first
(the articles table), then every ``make eval`` figure against its floor in
``tests/floors.py``: decrees, dates, deadlines, officials, stories and commitments.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from floors import SEEDS, SEEDS_MAX, below

from pipeline.cli import main
from tools.scoring import load_gold, score_set

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "eval" / "seeds.gold.jsonl"
SEED_FILES = sorted((ROOT / "corpus").glob("0*.txt"))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds")
    assert (
        main(["extract", "--input", str(ROOT / "corpus"), "--output", str(out), "--no-progress"])
        == 0
    )
    return out


def test_corpus_is_the_seeds() -> None:
    names = [p.name for p in SEED_FILES]
    assert names == [f"{g['id']}.txt" for g in map(json.loads, GOLD.read_text().splitlines())]
    shared = ROOT.parent / "shared" / "seeds"
    if shared.is_dir():
        for path in SEED_FILES:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            assert digest == hashlib.sha256((shared / path.name).read_bytes()).hexdigest()


def test_articles_table(extracted: Path) -> None:
    arts = pd.read_parquet(extracted / "articles.parquet")
    arts["id"] = arts["source_path"].map(lambda p: Path(p).stem)
    seeds = arts.set_index("id")
    assert len(seeds) == 5
    assert sorted(seeds["lang"]) == ["fr", "fr", "fr", "fr", "pl"]
    assert seeds.loc["000_8dd35e0996514af1", "published_date"] == date(2025, 10, 10)
    assert seeds.loc["004_d9c8bdbd3450577d", "published_date"] == date(2025, 7, 20)
    with_url = sorted(i[:3] for i, u in seeds["source_url"].items() if isinstance(u, str))
    assert with_url == ["000", "001", "002", "004"]
    story = seeds["story_id"]
    assert story["000_8dd35e0996514af1"] == story["001_b5dda39b3bbdde81"]
    assert story[["000_8dd35e0996514af1", "002_f9645de2ee035e81", "003_8aedf722f7f3e92f",
                  "004_d9c8bdbd3450577d"]].nunique() == 4  # fmt: skip


def test_floors(extracted: Path) -> None:
    report, _ = score_set(load_gold(GOLD), extracted)
    assert len(report.articles) == 5
    assert below(report.figures(), SEEDS, SEEDS_MAX) == []


def test_french_and_polish_commitments_merge(extracted: Path) -> None:
    """000 (fr) and 001 (pl) state the same commitments: one row, both languages."""
    commitments = pd.read_parquet(extracted / "commitments.parquet")
    both = commitments[commitments["languages"].map(lambda langs: list(langs) == ["fr", "pl"])]
    assert len(both) >= 5
    assert set(both["deadline_value"].dropna()) >= {"2025-10-30"}
