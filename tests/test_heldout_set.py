"""The project's own held-out set (``eval/heldout``), as ``make eval`` scores it.

Twelve short articles written for the project (fr, pl, vi; transport, fisheries,
banking, tourism, energy, road safety, digital government, disasters, taxes, public
investment, social insurance), labelled in the development set's format and never used
to write a rule. They are fed to the real command line as one JSONL crawl; every figure
is held to its floor in ``tests/floors.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from floors import HELDOUT, HELDOUT_MAX, below

from tools.evaluation import HELDOUT as HELDOUT_DIR
from tools.evaluation import breakdown, evaluate_dev
from tools.scoring import SeedReport


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> tuple[SeedReport, dict, list]:
    return evaluate_dev(Path(HELDOUT_DIR), tmp_path_factory.mktemp("heldout"))


def test_every_article_is_scored(scored: tuple) -> None:
    report, _, records = scored
    assert len(report.articles) == len(records) == 12


def test_floors(scored: tuple) -> None:
    report, _, _ = scored
    assert below(report.figures(), HELDOUT, HELDOUT_MAX) == []


@pytest.mark.parametrize("lang", ["fr", "pl", "vi"])
def test_every_language_finds_its_commitments(scored: tuple, lang: str) -> None:
    _, per_article, records = scored
    by_lang = dict(breakdown(per_article, records, "lang"))
    assert by_lang[lang].commitments.recall >= 0.9
    assert by_lang[lang].commitments.precision == 1.0
