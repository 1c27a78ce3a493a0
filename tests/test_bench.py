"""The benchmark's corpus generator (deterministic, varied) and a ``--quick`` smoke run.

Nothing here is timed: the benchmark measures, the tests only check it works.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tools.benchgen import (
    GROW_MAX_CHARS,
    GROW_MIN_CHARS,
    LinePool,
    Template,
    generate,
    grow_lines,
    iter_articles,
    load_templates,
    make_variant,
    variant_number,
    variant_vn_name,
)


@pytest.fixture(scope="module")
def templates(corpus_dir: Path, shared_dir: Path) -> list[Template]:
    return load_templates(corpus_dir, shared_dir / "data" / "ntrex")


def _files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_same_size_gives_same_bytes(tmp_path: Path, corpus_dir: Path, shared_dir: Path) -> None:
    ntrex = shared_dir / "data" / "ntrex"
    first = _files(generate(tmp_path / "a", 120, corpus_dir, ntrex))
    second = _files(generate(tmp_path / "b", 120, corpus_dir, ntrex))
    assert len(first) == 121  # 120 articles + the manifest
    assert first == second


def test_existing_corpus_is_reused(tmp_path: Path, corpus_dir: Path) -> None:
    out = generate(tmp_path / "c", 10, corpus_dir, None)
    stamp = (out / ".manifest.json").stat().st_mtime_ns
    generate(tmp_path / "c", 10, corpus_dir, None)
    assert (out / ".manifest.json").stat().st_mtime_ns == stamp
    assert len(list(generate(tmp_path / "c", 12, corpus_dir, None).rglob("*.txt"))) == 12


def test_articles_are_all_different(templates: list[Template]) -> None:
    texts = [text for _, text in iter_articles(templates, 3 * len(templates))]
    assert len(set(texts)) == len(texts)


def test_paths_sort_in_article_order(templates: list[Template]) -> None:
    paths = [rel for rel, _ in iter_articles(templates, 1500)]
    assert paths == sorted(paths)
    assert paths[1001].startswith("001/001001_")


@pytest.mark.parametrize(
    ("raw", "low", "high"),
    [
        ("2025", 2000, 2035),  # a year stays a plausible year
        ("12", 1, 12),  # a month-sized number stays one
        ("31", 13, 28),  # a day stays a valid day of any month
        ("282", 100, 999),  # a decree number keeps its width
        ("05", 1, 12),
    ],
)
def test_numbers_keep_their_kind(raw: str, low: int, high: int) -> None:
    for k in range(30):
        new = variant_number(raw, k)
        assert len(new) == len(raw)
        assert low <= int(new) <= high


@pytest.mark.parametrize(
    ("name", "folded"),
    [("Nguyễn Văn Bình", False), ("Tran Van Thuan", True), ("Tô Lâm", False)],
)
def test_vietnamese_names_keep_shape(name: str, folded: bool) -> None:
    new = variant_vn_name(name, 4)
    assert len(new.split()) == len(name.split())
    assert new.isascii() == folded


def test_translations_of_one_story_change_together(templates: list[Template]) -> None:
    """The fra/pol/vie versions of one NTREX document get the same new numbers and names."""
    family = [t for t in templates if t.shared_words and t.family == templates[-1].family]
    assert {t.lang for t in family} == {"fr", "pl", "vi"}
    variants = [make_variant(t, 7, LinePool.of(templates)) for t in family]
    years = [set(re.findall(r"\b20\d\d\b", v)) for v in variants]
    assert years[0] == years[1] == years[2]
    for word in family[0].shared_words:
        assert not any(re.search(rf"\b{word}\b", v) for v in variants)


def test_variants_are_not_near_duplicates_but_stay_translations(
    templates: list[Template],
) -> None:
    """Variants of a long document with few numbers and names are different texts (word
    5-gram Jaccard far below the 0.8 of a near-duplicate), and its three translations
    replace the same lines."""
    pool = LinePool.of(templates)
    longest = max((t for t in templates if t.aligned), key=lambda t: len(t.text))
    shingles = [_shingles(make_variant(longest, k, pool)) for k in range(12)]
    similar = [len(a & b) / len(a | b) for i, a in enumerate(shingles) for b in shingles[i + 1 :]]
    assert max(similar) < 0.6
    family = [t for t in templates if t.family == longest.family]
    for k in range(12):
        grown = {len(grow_lines(t, k, pool)) for t in family}
        assert len(grown) == 1  # the same added lines in every translation
        for t in family:
            lines = make_variant(t, k, pool).splitlines()
            base = len(t.text.rstrip("\n").splitlines())
            assert len(lines) == base + min(grown) + 2  # + blank line and dateline


def test_variants_have_real_article_sizes(templates: list[Template]) -> None:
    """NTREX variants grow to 2-12 kB (their French translation), the seeds' range; the
    target counts the template's own lines, so a variant whose replaced lines are
    shorter may fall a little below it."""
    pool = LinePool.of(templates)
    french = [t for t in templates if t.aligned and t.lang == "fr"]
    sizes = [len(make_variant(t, k, pool)) for t in french[:40] for k in range(3)]
    assert min(sizes) >= 0.9 * GROW_MIN_CHARS
    assert max(sizes) <= GROW_MAX_CHARS + 2_000  # the last line added, the dateline
    assert 5_000 < sum(sizes) / len(sizes) < 9_000


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def test_quick_bench_writes_results(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    cmd = [
        sys.executable,
        "-m",
        "tools.bench",
        "--quick",
        "--workers",
        "1",
        "--baseline-sample",
        "2",
        "--results",
        str(results),
        "--corpora",
        str(tmp_path / "corpora"),
        "--out-dir",
        str(tmp_path / "out"),
    ]
    subprocess.run(cmd, check=True, timeout=300, stdout=subprocess.DEVNULL)
    got = json.loads(results.read_text())
    (run,) = got["runs"]
    assert run["size"] == 60
    assert run["articles"] == 60
    assert run["articles_per_s"] > 0
    assert run["peak_rss_mb"] > 0
    assert set(run["stages_s"]) == {"load_extract", "stories", "commitments", "write"}
    assert got["baseline"]["articles"] == 2
    assert run["ratio_to_baseline"] > 0
    assert (tmp_path / "out" / "60" / "articles.parquet").is_file()
