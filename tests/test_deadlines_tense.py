"""Deadlines against the publication date and the tense of their clause: past dates,
past completions, topic nouns, visions and orientations are no deadlines; ``in`` one
day means ``by`` it. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from pipeline.article.dates import extract_dates
from pipeline.article.deadlines import extract_deadlines

PUBLISHED = datetime.date(2025, 10, 10)

# (lang, text, published, [(raw, relation, value), ...])
CASES = [
    # ---- a date already past when the article was written
    ("fr", "Lors de la session de juin 2025, les députés ont voté ; il faut achever le plan.",
     PUBLISHED, []),
    ("fr", "Le ministère doit achever le plan en décembre 2025.", PUBLISHED,
     [("en décembre 2025", "in", "2025-12")]),
    ("vi", "Đến ngày 5/7/2025, Bộ Xây dựng đã ban hành quyết định.", PUBLISHED, []),
    ("pl", "Prace muszą zostać ukończone przed 1 marca 2025 r.", PUBLISHED, []),
    ("pl", "Prace muszą zostać ukończone przed 1 marca 2026 r.", PUBLISHED,
     [("przed 1 marca 2026 r.", "before", "2026-03-01")]),
    # the crawler header stands for the publication date
    ("fr", " date 2025-09 Titre\n\nLe chantier doit être achevé en août 2025.", None, []),
    ("fr", " date 2025-09 Titre\n\nLe chantier doit être achevé en août 2026.", None,
     [("en août 2026", "in", "2026-08")]),
    # ---- a completion in a past tense
    ("fr", "Le pont a été achevé en 2026 selon le rapport.", None, []),
    ("fr", "Le pont sera achevé en 2026.", None, [("en 2026", "in", "2026")]),
    ("fr", "Les réalisations du secteur en 2026 sont saluées.", None, []),
    ("pl", "Budowę zakończono w 2026 r.", None, []),
    ("pl", "Most został ukończony w 2026 r.", None, []),
    ("pl", "Most zostanie ukończony w 2026 r.", None, [("w 2026 r.", "in", "2026")]),
    ("pl", "Omówiono stan wdrożenia reformy w listopadzie 2026 r.", None, []),
    ("vi", "Tỉnh đã hoàn thành việc sáp nhập trong năm 2026.", None, []),
    ("vi", "Xử lý các việc chưa hoàn thành trong năm 2026.", None, []),
    ("vi", "Tỉnh phải hoàn thành việc sáp nhập trong năm 2026.", None,
     [("trong năm 2026", "in", "2026")]),
    # ---- visions and orientations
    ("fr", "Une stratégie jusqu'en 2030 avec une vision d'ici 2045.", None,
     [("jusqu'en 2030", "by", "2030")]),
    ("pl", "Strategia do 2030 r. z wizją do 2050 r.", None, [("do 2030 r.", "by", "2030")]),
    ("vi", "Chương trình đến năm 2030, định hướng đến năm 2050.", None,
     [("đến năm 2030", "by", "2030")]),
    # ---- "in" a single day is "by" that day
    ("fr", "Au 15 novembre, les travaux doivent être achevés.", PUBLISHED,
     [("Au 15 novembre", "by", "2025-11-15")]),
    ("vi", "Dự án phải hoàn thành vào ngày 20/12/2025.", PUBLISHED,
     [("vào ngày 20/12/2025", "by", "2025-12-20")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "published", "expected"), CASES)
def test_deadlines_in_context(
    lang: str, text: str, published: datetime.date | None, expected: list[tuple[str, str, str]]
) -> None:
    dates = extract_dates(text, lang, published)
    deadlines = extract_deadlines(text, lang, dates)
    assert [(d.raw, d.relation, d.value) for d in deadlines] == expected
    for d in deadlines:
        assert text[d.start : d.end] == d.raw


def test_published_argument_overrides_the_mentions() -> None:
    text = "Le plan doit être adopté avant le 30 octobre 2025."
    dates = extract_dates(text, "fr", None)
    assert [d.value for d in extract_deadlines(text, "fr", dates)] == ["2025-10-30"]
    late = datetime.date(2025, 11, 2)
    assert extract_deadlines(text, "fr", dates, published=late) == []
    # a plain list of mentions (no reference) keeps every deadline
    assert len(extract_deadlines(text, "fr", list(dates))) == 1
