"""The vectorised pieces of story grouping against plain one-at-a-time references:
datasketch's own MinHash, an all-pairs band comparison, and a per-pair anchor score."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from pipeline import minhash, records, settings
from pipeline.combine import stories
from pipeline.combine.stories import (
    MAX_BUCKET_DISTANCE,
    _anchor_scores,
    _colliding_pairs,
    _weigh_anchors,
)
from pipeline.minhash import minhashes


def _datasketch(values: np.ndarray, num_perm: int) -> np.ndarray:
    mh = MinHash(num_perm=num_perm, seed=settings.SEED, hashfunc=int)
    mh.update_batch(values.tolist())
    return mh.hashvalues


def test_minhashes_are_datasketch_minhashes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(minhash, "_MINHASH_CHUNK", 64)  # exercise the chunked paths
    rng = np.random.default_rng(7)
    sets = [rng.integers(0, 2**32, size, dtype=np.uint64).astype(np.uint32) for size in
            (1, 3, 60, 64, 65, 200, 2, 500, 1)]  # fmt: skip
    for num_perm in (64, 128):
        got = minhashes(sets, num_perm)
        for row, values in zip(got, sets, strict=True):
            assert np.array_equal(row, _datasketch(values, num_perm))


@pytest.mark.parametrize(
    ("shape", "threshold"),
    [
        (minhash.NEAR_DUPLICATE_LSH, settings.NEAR_DUPLICATE_JACCARD),
        (minhash.ANCHOR_LSH, settings.ANCHOR_LSH_THRESHOLD),
    ],
)
def test_lsh_shapes_are_datasketch_optimum(shape: minhash.LshShape, threshold: float) -> None:
    lsh = MinHashLSH(threshold=threshold, num_perm=shape.num_perm)
    assert (lsh.b, lsh.r) == (shape.bands, shape.rows)


def test_colliding_pairs_are_every_pair_that_shares_a_band() -> None:
    rng = np.random.default_rng(3)
    bands = [None if i % 7 == 0 else rng.integers(0, 5, 4).astype(np.uint64) for i in range(60)]
    expected = [
        (i, j)
        for i in range(60)
        for j in range(i + 1, 60)
        if bands[i] is not None and bands[j] is not None and (bands[i] == bands[j]).any()
    ]
    got = _colliding_pairs(bands)
    assert [tuple(p) for p in got.tolist()] == expected
    assert len(expected) > 100  # runs of 3 and more equal keys, not only pairs


def _features(keys: list[list[int]], positions: list[list[float]], langs: str) -> list:
    metas = [
        records.StoryMeta(f"a{i:03d}", lang, None, None, None, None, None)
        for i, lang in enumerate(langs)
    ]
    return [
        records.StoryFeatures(
            meta=meta,
            shingles=np.empty(0, np.uint32),
            near_bands=None,
            anchor_keys=np.array(sorted(k), dtype=np.uint64),
            anchor_positions=np.array([p for _, p in sorted(zip(k, pos, strict=True))]),
            anchor_is_name=np.zeros(len(k), dtype=bool),
        )
        for meta, k, pos in zip(metas, keys, positions, strict=True)
    ]


def _reference_score(anchors, x: int, y: int) -> float:
    """The score of one pair written out plainly."""

    def entries(i: int) -> dict[int, tuple[float, float]]:
        part = slice(anchors.starts[i], anchors.starts[i] + anchors.lengths[i])
        ranks = anchors.ranks[part]
        return {
            int(k): (p, w)
            for k, p, w in zip(
                ranks, anchors.positions[part], anchors.key_weights[ranks], strict=True
            )
        }

    ex, ey = entries(x), entries(y)
    common = [k for k in ey if k in ex]
    if len(common) < stories.MIN_SHARED_ANCHORS:
        return 0.0
    shared = sum(ey[k][1] for k in common)
    placed = sum(ey[k][1] for k in common if abs(ex[k][0] - ey[k][0]) <= stories.POSITION_TOLERANCE)
    total_x, total_y = sum(w for _, w in ex.values()), sum(w for _, w in ey.values())
    return shared / (total_x + total_y - shared) * placed / shared


def test_anchor_scores_match_a_per_pair_computation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stories, "_SCORE_CHUNK", 16)  # several chunks
    rng = np.random.default_rng(11)
    keys = [rng.choice(40, size=rng.integers(0, 12), replace=False).tolist() for _ in range(30)]
    positions = [rng.random(len(k)).round(2).tolist() for k in keys]
    features = _features(keys, positions, "fpv" * 10)
    anchors, _bands = _weigh_anchors(features)
    xs, ys = np.triu_indices(len(features), 1)
    scores = _anchor_scores(anchors, xs.astype(np.int64), ys.astype(np.int64))
    expected = [_reference_score(anchors, x, y) for x, y in zip(xs, ys, strict=True)]
    assert scores.tolist() == pytest.approx(expected, abs=1e-12)
    assert (scores > 0).sum() > 5  # some pairs really score


def test_anchor_weights_are_idf_over_articles_and_one_language_names_are_dropped() -> None:
    """A key held by ``k`` of ``n`` articles weighs ``log(1 + n / k)``; a name key that
    only one language writes is no evidence across languages, so it is not kept."""
    keys = [[1, 2, 9], [1, 2], [1, 5], [1, 2, 7]]
    features = _features(keys, [[0.1] * len(k) for k in keys], "fpvf")
    for f in features:  # names: 2 in French and Polish; 7 and 9 in French only
        f.anchor_is_name[:] = np.isin(f.anchor_keys, [2, 7, 9])
    anchors, _bands = _weigh_anchors(features)
    kept = [
        anchors.key_weights[anchors.ranks[start : start + length]].tolist()
        for start, length in zip(anchors.starts, anchors.lengths, strict=True)
    ]
    n = len(features)
    idf = {1: np.log(1 + n / 4), 2: np.log(1 + n / 3), 5: np.log(1 + n / 1)}
    assert kept == [[idf[1], idf[2]], [idf[1], idf[2]], [idf[1], idf[5]], [idf[1], idf[2]]]
    assert anchors.totals.tolist() == [sum(w) for w in kept]


def test_a_huge_run_of_equal_band_keys_gives_a_linear_number_of_candidates() -> None:
    """10,000 pages of one text and a counter share their band keys: each pairs with the
    next ``MAX_BUCKET_DISTANCE`` only (not 50 million pairs), in one connected chain."""
    n = 10_000
    bands = [np.array([7, 9, i], dtype=np.uint64) for i in range(n)]
    pairs = _colliding_pairs(bands)
    assert len(pairs) <= n * MAX_BUCKET_DISTANCE
    assert set(map(tuple, pairs[:3].tolist())) == {(0, 1), (0, 2), (0, 3)}
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs.tolist():
        parent[find(b)] = find(a)
    assert len({find(i) for i in range(n)}) == 1


def test_short_runs_keep_every_pair() -> None:
    bands = [np.array([i % 3], dtype=np.uint64) for i in range(30)]
    expected = {(i, j) for i in range(30) for j in range(i + 1, 30) if i % 3 == j % 3}
    assert set(map(tuple, _colliding_pairs(bands).tolist())) == expected
