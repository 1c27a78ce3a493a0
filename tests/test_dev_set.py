"""The labelled sets that ``make eval`` scores through the real command line: the
development set (``shared/eval/dev``, 45 real excerpts) and the project's own held-out
set (``eval/heldout``, 12 articles written for the project on other topics, never used
to write a rule).

Each set is fed to the CLI as one JSONL crawl (``url``, ``text``, ``published``); every
figure is held to its floor in ``tests/floors.py``, overall, and the commitments are
checked per language too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from floors import DEV, DEV_MAX, HELDOUT, HELDOUT_MAX, below

from tools.evaluation import DEV as DEV_DIR
from tools.evaluation import HELDOUT as HELDOUT_DIR
from tools.evaluation import breakdown, evaluate_dev
from tools.scoring import SeedReport


@dataclass(frozen=True)
class LabelledSet:
    folder: Path
    articles: int
    floors: dict[str, float]
    ceilings: dict[str, int]
    #: per language: at least this many commitments found, at this precision
    found_per_language: int
    precision_per_language: float


SETS = {
    "dev": LabelledSet(Path(DEV_DIR), 45, DEV, DEV_MAX, 4, 0.6),
    "heldout": LabelledSet(Path(HELDOUT_DIR), 12, HELDOUT, HELDOUT_MAX, 4, 1.0),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[LabelledSet, SeedReport, dict, list]:
    labelled = SETS[request.param]
    if not (labelled.folder / "gold.jsonl").exists():
        pytest.skip(f"{labelled.folder} is not beside the checkout")
    report, per_article, records = evaluate_dev(
        labelled.folder, tmp_path_factory.mktemp(request.param)
    )
    return labelled, report, per_article, records


def test_every_article_is_scored(scored: tuple) -> None:
    labelled, report, _, records = scored
    assert len(report.articles) == len(records) == labelled.articles


def test_floors(scored: tuple) -> None:
    labelled, report, _, _ = scored
    assert below(report.figures(), labelled.floors, labelled.ceilings) == []


@pytest.mark.parametrize("lang", ["fr", "pl", "vi"])
def test_commitments_found_in_every_language(scored: tuple, lang: str) -> None:
    labelled, _, per_article, records = scored
    by_lang = dict(breakdown(per_article, records, "lang"))
    assert by_lang[lang].commitments.tp >= labelled.found_per_language
    assert by_lang[lang].commitments.precision >= labelled.precision_per_language
