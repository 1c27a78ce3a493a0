"""The labelled development set (``shared/eval/dev``), as ``make eval`` scores it.

The 45 excerpts are fed to the real command line as one JSONL crawl (``url``, ``text``,
``published``); every figure is held to its floor in ``tests/floors.py``, overall, and
the commitments are checked per language too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from floors import DEV, DEV_MAX, below

from tools.evaluation import breakdown, evaluate_dev
from tools.scoring import SeedReport

DEV_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev"


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> tuple[SeedReport, dict, list]:
    if not (DEV_DIR / "gold.jsonl").exists():
        pytest.skip("../shared/eval/dev is not beside the checkout")
    return evaluate_dev(DEV_DIR, tmp_path_factory.mktemp("dev"))


def test_every_excerpt_is_scored(scored: tuple) -> None:
    report, per_article, records = scored
    assert len(report.articles) == len(records) == 45


def test_floors(scored: tuple) -> None:
    report, _, _ = scored
    assert below(report.figures(), DEV, DEV_MAX) == []


@pytest.mark.parametrize("lang", ["fr", "pl", "vi"])
def test_commitments_found_in_every_language(scored: tuple, lang: str) -> None:
    _, per_article, records = scored
    by_lang = dict(breakdown(per_article, records, "lang"))
    assert by_lang[lang].commitments.tp >= 4
    assert by_lang[lang].commitments.precision >= 0.6
