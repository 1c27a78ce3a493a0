"""Group translations and versions of one story across languages (the global phase).

Each article brings its :class:`StoryFeatures` (``article/story_features``, computed on
the workers); this module only compares them.

Evidence, strongest first (the ``stories`` row names the weakest kind a story needed,
``group_key``, and the lowest score of those links, ``group_score``):

1. ``source_url``: the same page (``src:`` normalised URL, ``page:`` host and numeric
   article id, so an edited slug still meets), whether it is the article's own URL, its
   ``Source:`` URL or a URL on a credit line ("Theo …", "Nguồn:", "Źródło:");
2. ``slug``: the same portal slug across language editions
   (``https://www.vietnam.vn/fr/SLUG`` and ``…/pl/SLUG``), or the same long title slug
   on another host (a portal's translation keeps the slug of its Vietnamese original);
3. ``near_duplicate``, within one language: word 5-gram Jaccard >= 0.8 (MinHash/LSH
   candidates), or a text mostly contained in another (a version cut short, a
   republication with its own furniture): judged on the smaller text, candidates from
   shared sampled 5-grams;
4. ``anchors``, across languages: language-independent anchors (decrees, day dates,
   numbers, folded name keys; see ``article/anchors``) weighted by rarity:
   MinHash/LSH proposes candidates, an IDF-weighted Jaccard verifies them. A few names
   and at most one number, date or decree halve the score (that is what different
   articles on one subject share). The same ``(paper, published_date)`` source line
   lowers the bar, never alone.

A story may hold several articles of one language (versions). Anchor pairs are accepted
greedily, best score first, and only when the two groups have no language in common:
two texts of one language that the version test kept apart are different articles, so
a chain of translations cannot pull them into one story.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from pipeline.article.story_features import sampled, story_features
from pipeline.ids import stable_id
from pipeline.lang import SUPPORTED, language_data
from pipeline.minhash import ANCHOR_LSH, band_keys, fold32, unique_sorted
from pipeline.records import Article, Extraction, StoryFeatures, StoryMeta
from pipeline.settings import (
    ANCHOR_THRESHOLD,
    CONTAINMENT,
    FEW_NAMES_FACTOR,
    MIN_SAMPLE_SHARE,
    MIN_SHARED_ANCHORS,
    MIN_SHARED_NAMES_ALONE,
    MIN_SHARED_SAMPLES,
    MIN_SHARED_SHINGLES,
    MIN_SHARED_SPECIFIC,
    NEAR_DUPLICATE_JACCARD,
    POSITION_TOLERANCE,
    RARE_ANCHOR_DF,
    SAMPLE_MAX_DF,
    SOURCE_LINE_FACTOR,
)

GROUP_KEYS = ("source_url", "slug", "anchors", "near_duplicate", "single")
#: Ranges of first articles whose sample pairs are counted in turn (bounds memory).
PAIR_CHUNKS = 16


class StoryIndex:
    """Story grouping over a stream of articles: :meth:`add` each article's
    :class:`StoryFeatures` as it arrives, :meth:`assign` once at the end (the
    rarity of an anchor is only known once every article has been seen).

    Memory per article is its features without their shingles (about 3 kB of arrays):
    the shingles go to a temporary file (:class:`ShingleSpill`) and only their sample
    stays, since a text's full shingles are read once per candidate pair it is in. LSH
    candidates come from sorting the band keys at the end, not from a live index.
    """

    def __init__(self) -> None:
        self._features: dict[str, StoryFeatures] = {}  # held with no shingles
        self._samples: dict[str, np.ndarray] = {}
        self._slots: dict[str, int] = {}
        self._spill = ShingleSpill()

    @classmethod
    def of(cls, articles: Sequence[Article], extractions: Mapping[str, Extraction]) -> StoryIndex:
        index = cls()
        for article in articles:
            index.add(story_features(article, extractions.get(article.article_id)))
        return index

    def add(self, features: StoryFeatures) -> None:
        """Index one article (a second article with the same id is ignored)."""
        aid = features.meta.article_id
        if aid in self._features:
            return
        self._samples[aid] = sampled(features.shingles)
        self._slots[aid] = self._spill.put(features.shingles)
        self._features[aid] = replace(features, shingles=_NO_SHINGLES)

    @property
    def metas(self) -> list[StoryMeta]:
        return [f.meta for f in self._features.values()]

    def assign(self) -> StoryAssignment:
        """article_id -> story_id for every article (singletons get their own story),
        with the evidence that formed each story (``StoryAssignment.evidence``).

        ``story_id = stable_id("story", *sorted(member_article_ids))``: independent
        of input order and of run.
        """
        ids = sorted(self._features)
        ordered = [self._features[aid] for aid in ids]
        groups = _Groups([f.meta for f in ordered])
        first: dict[str, str] = {}
        for f in ordered:
            aid = f.meta.article_id
            for key in f.meta.links:
                kind = "slug" if key.startswith(("slug:", "title:")) else "source_url"
                groups.union(first.setdefault(key, aid), aid, kind, 1.0, exclusive=False)
        shingles = self._spill.reader([self._slots[aid] for aid in ids])
        for x, y, score in version_pairs(ordered, shingles, [self._samples[a] for a in ids]):
            groups.union(ids[x], ids[y], "near_duplicate", score, exclusive=False)
        for score, x, y in anchor_pairs(ordered):
            groups.union(x, y, "anchors", score, exclusive=True)
        members: dict[str, list[str]] = defaultdict(list)
        for aid in ids:
            members[groups.find(aid)].append(aid)
        story_of = StoryAssignment()
        for root, group in members.items():
            story_id = stable_id("story", *sorted(group))
            story_of.update((aid, story_id) for aid in group)
            story_of.evidence[story_id] = groups.evidence.get(root, ("single", None))
        return story_of


class StoryAssignment(dict):
    """``article_id -> story_id``, plus ``evidence``: ``story_id -> (group_key,
    group_score)``, the weakest kind of link that formed the story and the lowest score
    among those links (``("single", None)`` for a story of one article)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.evidence: dict[str, tuple[str, float | None]] = {}


_NO_SHINGLES = np.empty(0, dtype=np.uint32)


class ShingleSpill:
    """Shingle arrays (uint32) in an unnamed temporary file, read back one at a time
    with ``pread``: read pages stay in the system's file cache, not in this process
    (about 4.8 kB per real-sized article, the largest part of its story features)."""

    def __init__(self) -> None:
        # as long as the index lives: the system deletes it when it is closed or freed
        self._file = tempfile.TemporaryFile(buffering=0)  # noqa: SIM115
        self._places: list[tuple[int, int]] = []  # (byte offset, count) per slot
        self._end = 0

    def put(self, shingles: np.ndarray) -> int:
        """Store one array; its slot."""
        data = np.ascontiguousarray(shingles, dtype=np.uint32).tobytes()
        self._file.write(data)
        self._places.append((self._end, len(shingles)))
        self._end += len(data)
        return len(self._places) - 1

    def get(self, slot: int) -> np.ndarray:
        offset, count = self._places[slot]
        data = os.pread(self._file.fileno(), count * 4, offset)
        return np.frombuffer(data, dtype=np.uint32)

    def reader(self, slots: Sequence[int]) -> _SpillReader:
        """The arrays of ``slots``, by position in that list."""
        return _SpillReader(self, slots)


@dataclass(frozen=True, slots=True)
class _SpillReader:
    spill: ShingleSpill
    slots: Sequence[int]

    def __getitem__(self, i: int) -> np.ndarray:
        return self.spill.get(self.slots[i])

    def __len__(self) -> int:
        return len(self.slots)


def assign_stories(
    articles: Sequence[Article], extractions: Mapping[str, Extraction]
) -> dict[str, str]:
    """article_id -> story_id for a list of articles (see :meth:`StoryIndex.assign`)."""
    return StoryIndex.of(articles, extractions).assign()


#: Kinds of link, strongest first: a story's ``group_key`` is the weakest it needed.
LINK_KINDS = ("source_url", "slug", "near_duplicate", "anchors")


class _Groups:
    """Union-find that remembers the languages of each group and the weakest link
    (kind and score) that formed it."""

    def __init__(self, metas: Sequence[StoryMeta]) -> None:
        self.parent = {m.article_id: m.article_id for m in metas}
        self.langs = {m.article_id: {m.lang} for m in metas}
        self.evidence: dict[str, tuple[str, float]] = {}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, kind: str, score: float, *, exclusive: bool) -> bool:
        """Join the groups of ``a`` and ``b`` through a link of ``kind`` and ``score``;
        with ``exclusive`` only when they share no language. Returns whether they are
        (now) one group."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if exclusive and self.langs[ra] & self.langs[rb]:
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.langs[ra] |= self.langs.pop(rb)
        links = [(kind, round(score, 4))]
        links += [e for e in (self.evidence.pop(ra, None), self.evidence.pop(rb, None)) if e]
        self.evidence[ra] = max(links, key=lambda e: (LINK_KINDS.index(e[0]), -e[1]))
        return True


#: Bands whose pairs are gathered before duplicates are dropped (bounds the memory).
_BANDS_PER_MERGE = 8


def _colliding_pairs(bands: Sequence[np.ndarray | None]) -> np.ndarray:
    """Index pairs ``(i, j)``, ``i < j``, unique and sorted, of the entries whose band
    keys agree in at least one band (an entry without band keys pairs with none)."""
    present = np.flatnonzero([b is not None for b in bands])
    n = len(present)
    if n < 2:
        return np.empty((0, 2), dtype=np.int64)
    matrix = np.stack([bands[i] for i in present])
    unique = np.empty(0, dtype=np.int64)  # pair i, j (local indices) as i * n + j
    codes: list[np.ndarray] = []
    for band, column in enumerate(matrix.T, start=1):
        codes.extend(_same_key_pairs(column))
        if band % _BANDS_PER_MERGE == 0 or band == matrix.shape[1]:
            unique = unique_sorted(np.concatenate([unique, *codes]))
            codes = []
    return np.stack([present[unique // n], present[unique % n]], axis=1)


#: Within a run of equal band keys, each entry pairs with the next this many only: a run
#: of thousands of near-identical pages (one text and a counter) gives a linear number of
#: candidates, and still one chain of verified links, instead of every pair.
MAX_BUCKET_DISTANCE = 64


def _same_key_pairs(column: np.ndarray) -> Iterator[np.ndarray]:
    """Pairs ``i < j`` with ``column[i] == column[j]``, coded ``i * len + j``, in arrays:
    the pairs at distance 1, 2, ... ``MAX_BUCKET_DISTANCE`` within each run of equal
    sorted keys (every pair of a run no longer than that)."""
    n = len(column)
    order = np.argsort(column, kind="stable").astype(np.int64)  # a run keeps index order
    keys = column[order]
    starts = _run_starts(keys)
    ends = np.repeat(np.r_[starts[1:], n], np.diff(np.r_[starts, n]))  # run end per place
    at = np.flatnonzero(ends - np.arange(n) > 1)
    distance = 1
    while len(at) and distance <= MAX_BUCKET_DISTANCE:
        yield order[at] * n + order[at + distance]
        distance += 1
        at = at[ends[at] > at + distance]


def version_pairs(
    features: Sequence[StoryFeatures],
    shingles: Sequence[np.ndarray] | None = None,
    samples: Sequence[np.ndarray] | None = None,
) -> list[tuple[int, int, float]]:
    """Index pairs ``(i, j, containment)`` into ``features`` of same-language versions
    of one text: word 5-gram Jaccard at least ``NEAR_DUPLICATE_JACCARD`` (re-posts,
    small edits), or at least ``CONTAINMENT`` of the smaller text's 5-grams in the
    other, with ``MIN_SHARED_SHINGLES`` of them (a text cut short, a republication with
    its own page furniture). ``containment`` is the share of the smaller text found in
    the other. Candidates come from MinHash/LSH bands and from shared sampled shingles.
    ``shingles`` and ``samples``: each article's, where ``features`` are held without
    them (default: those of ``features``)."""
    n = len(features)
    if shingles is None:
        shingles = [f.shingles for f in features]
    if samples is None:
        samples = [sampled(s) for s in shingles]
    candidates = np.concatenate(
        [_colliding_pairs([f.near_bands for f in features]), _sample_pairs(samples)]
    )
    codes = (
        unique_sorted(candidates[:, 0] * n + candidates[:, 1]) if len(candidates) else candidates
    )
    pairs = np.stack([codes // n, codes % n], axis=1) if len(codes) else codes.reshape(0, 2)
    langs = np.array([f.meta.lang for f in features])
    found: list[tuple[int, int, float]] = []
    table = _ShingleTable()
    for x, partners in _by_first(pairs):
        partners = partners[langs[partners] == langs[x]]
        if not len(partners):
            continue
        theirs = [shingles[y] for y in partners.tolist()]
        sizes = np.array([len(s) for s in theirs])
        owner = np.repeat(np.arange(len(partners)), sizes)
        mine = shingles[x]
        hit = table.held(mine, np.concatenate(theirs))
        shared = np.bincount(owner[hit], minlength=len(partners))
        own = len(mine)
        jaccard = shared / (own + sizes - shared)
        contained = shared / np.maximum(np.minimum(own, sizes), 1)
        kept = (jaccard >= NEAR_DUPLICATE_JACCARD) | (
            (contained >= CONTAINMENT) & (shared >= MIN_SHARED_SHINGLES)
        )
        ys, cs = partners[kept].tolist(), contained[kept].tolist()
        found.extend((x, y, c) for y, c in zip(ys, cs, strict=True))
    return found


def _sample_pairs(samples: Sequence[np.ndarray]) -> np.ndarray:
    """Index pairs ``(i, j)``, ``i < j``, sorted, of articles that share at least
    ``MIN_SHARED_SAMPLES`` of their ``samples`` (``story_features.sampled``), and at
    least ``MIN_SAMPLE_SHARE`` of the smaller one's, counting only samples held by at
    most ``SAMPLE_MAX_DF`` articles (a shingle on many pages is furniture). Runs stay
    short, so pairs stay few.

    Memory: the samples are sorted as one ``value << 32 | article`` array (no index
    array; read through views), only the samples of the runs that count are copied out
    (a corpus that repeats texts has most samples in runs too long), and the pairs are
    counted for ``PAIR_CHUNKS`` ranges of first articles in turn: every pair's
    occurrences fall in one range, so no range needs the others."""
    n = len(samples)
    sizes = np.array([len(s) for s in samples], dtype=np.int64)
    if sizes.sum() < 2:
        return np.empty((0, 2), dtype=np.int64)
    keyed = np.empty(int(sizes.sum()), dtype=np.uint64)
    for i, (end, s) in enumerate(zip(np.cumsum(sizes).tolist(), samples, strict=True)):
        keyed[end - len(s) : end] = (s.astype(np.uint64) << 32) | i
    keyed.sort()  # by value, then article: each article holds a value once
    values, owner = _halves(keyed)  # views: the high and the low 32 bits
    lengths = np.diff(np.r_[_run_starts(values), len(values)])
    usable = np.bincount(owner[np.repeat(lengths <= SAMPLE_MAX_DF, lengths)], minlength=n)
    shared = np.repeat((lengths >= 2) & (lengths <= SAMPLE_MAX_DF), lengths)
    values, owner = values[shared], owner[shared].astype(np.int64)
    del keyed, shared, lengths
    if len(values) < 2:
        return np.empty((0, 2), dtype=np.int64)
    starts = _run_starts(values)
    ends = np.repeat(np.r_[starts[1:], len(values)], np.diff(np.r_[starts, len(values)]))
    del values
    heads = np.flatnonzero(ends - np.arange(len(owner)) > 1)  # a pair starts here
    kept: list[np.ndarray] = []
    bounds = np.linspace(0, n, PAIR_CHUNKS + 1).astype(np.int64)
    for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        first = owner[heads]  # each pair's first article (not kept across ranges: memory)
        at = heads[(first >= lo) & (first < hi)]
        del first
        codes: list[np.ndarray] = []
        distance = 1
        while len(at):  # the pairs at distance 1, 2, ... within each run
            codes.append(owner[at] * n + owner[at + distance])
            distance += 1
            at = at[ends[at] > at + distance]
        if codes:
            kept.append(_shared_enough(np.concatenate(codes), usable, n))
    pairs = np.concatenate(kept) if kept else np.empty(0, dtype=np.int64)
    return np.stack([pairs // n, pairs % n], axis=1)


def _run_starts(ordered: np.ndarray) -> np.ndarray:
    """Where each run of equal values starts in the sorted array ``ordered`` (``[0]``
    for an empty one: callers append the length as the last end)."""
    return np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])


def _halves(keyed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The high and the low 32 bits of each of ``keyed`` (uint64), as uint32 views."""
    words = keyed.view(np.uint32)
    high = 1 if sys.byteorder == "little" else 0
    return words[high::2], words[1 - high :: 2]


def _shared_enough(codes: np.ndarray, usable: np.ndarray, n: int) -> np.ndarray:
    """The distinct pair codes ``i * n + j`` (sorted) that occur often enough in ``codes``
    (one occurrence per shared sample) for :func:`_sample_pairs`."""
    ordered = np.sort(codes)
    starts = _run_starts(ordered)
    counts = np.diff(np.r_[starts, len(ordered)])
    distinct = ordered[starts]
    smaller = np.minimum(usable[distinct // n], usable[distinct % n])
    return distinct[counts >= np.maximum(MIN_SHARED_SAMPLES, np.ceil(MIN_SAMPLE_SHARE * smaller))]


def _by_first(pairs: np.ndarray) -> Iterator[tuple[int, np.ndarray]]:
    """Sorted index pairs grouped by their first index: ``(i, array of j)`` in order."""
    if not len(pairs):
        return
    starts = _run_starts(pairs[:, 0])
    yield from zip(pairs[starts, 0].tolist(), np.split(pairs[:, 1], starts[1:]), strict=True)


class _ShingleTable:
    """Which of many shingles (uint32 hashes) one article holds: one gather in a fixed
    table instead of a binary search each. The article's shingles are written at their
    low bits; a slot it does not use holds a value whose low bits are not the slot's, so
    it matches no shingle. The few of its shingles that share a slot with another of its
    own (one or two, in one article of six with 1,200 shingles) are compared directly:
    the answer is exact. 16 MB, whatever the corpus (dense ids over the corpus, tried
    first, cost 30 bytes per shingle of the corpus at their peak)."""

    BITS = 22

    def __init__(self) -> None:
        self.low = np.uint32((1 << self.BITS) - 1)
        self.table = np.arange(1 << self.BITS, dtype=np.uint32) ^ np.uint32(1)

    def held(self, own: np.ndarray, values: np.ndarray) -> np.ndarray:
        """For each of ``values``, whether the sorted array ``own`` holds it."""
        if not len(own):
            return np.zeros(len(values), dtype=bool)
        slots = own & self.low
        self.table[slots] = own
        kept = self.table[slots] == own  # False for those that lost their slot to another
        hit = self.table[values & self.low] == values
        if not kept.all():
            hit |= np.isin(values, own[~kept])
        self.table[slots] = slots ^ np.uint32(1)
        return hit


@dataclass(frozen=True, slots=True, eq=False)
class _Anchors:
    """Every article's anchors as verification uses them, flat: article ``i`` owns
    entries ``starts[i]`` to ``starts[i] + lengths[i]`` (its keys, sorted), and
    ``totals[i]`` is the sum of their IDF weights. An entry holds its key's rank among
    the corpus's distinct keys (the same order), whose weight is ``key_weights[rank]``:
    the keys repeat, so the entries keep 4 bytes each instead of 16."""

    ranks: np.ndarray  # int32
    key_weights: np.ndarray  # float64, by rank
    positions: np.ndarray  # float64
    is_name: np.ndarray  # bool
    continues: np.ndarray  # bool: a name key that continues a longer name
    starts: np.ndarray
    lengths: np.ndarray
    totals: np.ndarray


#: Anchor entries looked up at once when scoring candidate pairs (bounds the memory).
_SCORE_CHUNK = 1 << 18


def anchor_pairs(features: Sequence[StoryFeatures]) -> list[tuple[float, str, str]]:
    """Cross-language pairs that pass the anchor verification, as ``(score, id, id)``,
    best first. ``features`` must be sorted by article_id."""
    if not features:
        return []
    anchors, rare_bands = _weigh_anchors(features)
    n = len(features)
    candidates = [
        _colliding_pairs(rare_bands),
        _same_source_pairs(f.meta.source_line for f in features),
    ]
    codes = unique_sorted(np.concatenate([pairs[:, 0] * n + pairs[:, 1] for pairs in candidates]))
    xs, ys = codes // n, codes % n
    langs = np.array([f.meta.lang for f in features])
    cross = langs[xs] != langs[ys]
    xs, ys = xs[cross], ys[cross]
    scores = _anchor_scores(anchors, xs, ys)
    source_ids: dict[tuple, int] = {}
    source = np.array(
        [
            -1
            if f.meta.source_line is None
            else source_ids.setdefault(f.meta.source_line, len(source_ids))
            for f in features
        ]
    )
    same_source = (source[xs] >= 0) & (source[xs] == source[ys])
    passed = scores >= np.where(
        same_source, ANCHOR_THRESHOLD * SOURCE_LINE_FACTOR, ANCHOR_THRESHOLD
    )
    xs, ys, scores = xs[passed], ys[passed], scores[passed]
    order = np.lexsort((ys, xs, -scores))  # best first, then by index
    ids = [f.meta.article_id for f in features]
    return [
        (score, ids[x], ids[y])
        for score, x, y in zip(
            scores[order].tolist(), xs[order].tolist(), ys[order].tolist(), strict=True
        )
    ]


def _weigh_anchors(features: Sequence[StoryFeatures]) -> tuple[_Anchors, list[np.ndarray | None]]:
    """Each article's anchors with IDF weights over the whole corpus, and the LSH band
    keys of its rare anchors (those at most ``RARE_ANCHOR_DF`` articles share)."""
    all_keys = np.concatenate([f.anchor_keys for f in features])
    known = unique_sorted(all_keys)
    ranks = np.searchsorted(known, all_keys).astype(np.int32)
    del all_keys
    df = np.bincount(ranks, minlength=len(known))  # each article holds a key once
    # A name key written in one language only cannot be evidence across languages.
    is_name = np.concatenate([f.anchor_is_name for f in features])
    keep = ~is_name | np.isin(known, _names_in_several_languages(features))[ranks]
    lengths = np.bincount(
        np.repeat(np.arange(len(features)), [len(f.anchor_keys) for f in features])[keep],
        minlength=len(features),
    )
    starts = np.r_[0, np.cumsum(lengths)[:-1]]
    ranks, is_name = ranks[keep], is_name[keep]
    key_weights = np.log(1.0 + len(features) / df)
    per_article = np.split(ranks, starts[1:])
    anchors = _Anchors(
        ranks=ranks,
        key_weights=key_weights,
        positions=np.concatenate([f.anchor_positions for f in features])[keep],
        is_name=is_name,
        continues=np.concatenate([_continues(f) for f in features])[keep],
        starts=starts,
        lengths=lengths,
        totals=np.array([float(key_weights[r].sum()) for r in per_article]),
    )
    folded, rare = fold32(known), df <= RARE_ANCHOR_DF
    return anchors, band_keys([folded[r[rare[r]]] for r in per_article], ANCHOR_LSH)


def _continues(features: StoryFeatures) -> np.ndarray:
    """``anchor_continues``, all False when the features have none."""
    if features.anchor_continues is None:
        return np.zeros(len(features.anchor_keys), dtype=bool)
    return features.anchor_continues


def _same_source_pairs(source: Iterable[tuple | None]) -> np.ndarray:
    """Index pairs ``(i, j)``, ``i < j``, of articles with the same (paper, date) line."""
    members: dict[tuple, list[int]] = defaultdict(list)
    for i, key in enumerate(source):
        if key is not None:
            members[key].append(i)
    pairs = [
        (x, y) for group in members.values() for k, x in enumerate(group) for y in group[k + 1 :]
    ]
    return np.array(pairs, dtype=np.int64).reshape(-1, 2)


def _names_in_several_languages(features: Sequence[StoryFeatures]) -> np.ndarray:
    """Sorted name keys that occur in articles of at least two languages."""
    per_lang: dict[str, list[np.ndarray]] = defaultdict(list)
    for f in features:
        per_lang[f.meta.lang].append(f.anchor_keys[f.anchor_is_name])
    distinct = [unique_sorted(np.concatenate(arrays)) for arrays in per_lang.values()]
    names, languages = np.unique(np.concatenate(distinct), return_counts=True)
    return names[languages > 1]


def _anchor_scores(anchors: _Anchors, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Score of each pair ``(xs[k], ys[k])``: the IDF-weighted Jaccard of their anchors,
    times the share of the shared weight whose first occurrences sit at about the same
    relative place in both texts (0 under ``MIN_SHARED_ANCHORS``; halved for a few names
    and at most one number, date or decree)."""
    scores = np.zeros(len(xs))
    if not len(anchors.ranks):
        return scores
    # Each of y's anchors is looked up among x's in one sorted array of (article, key
    # rank) codes: increasing, since articles come in order and their keys sorted.
    ranks = anchors.ranks.astype(np.int64)
    width = int(ranks.max()) + 1
    located = np.repeat(np.arange(len(anchors.lengths)), anchors.lengths) * width + ranks
    sizes = anchors.lengths[ys]
    ends = np.cumsum(sizes)
    first = 0
    while first < len(xs):  # as many pairs as have _SCORE_CHUNK entries of y together
        limit = ends[first] - sizes[first] + _SCORE_CHUNK
        last = max(first + 1, int(np.searchsorted(ends, limit, "right")))
        x, y, size = xs[first:last], ys[first:last], sizes[first:last]
        pair = np.repeat(np.arange(len(y)), size)
        entry = np.repeat(anchors.starts[y] - (np.cumsum(size) - size), size) + np.arange(len(pair))
        query = x[pair] * width + ranks[entry]
        at = np.minimum(np.searchsorted(located, query), len(located) - 1)
        found = located[at] == query
        pair, at, entry = pair[found], at[found], entry[found]
        weights = anchors.key_weights[anchors.ranks[entry]]
        count = np.bincount(pair, minlength=len(y))
        specific = np.bincount(pair[~anchors.is_name[entry]], minlength=len(y))
        shared = np.bincount(pair, weights=weights, minlength=len(y))
        in_place = np.abs(anchors.positions[at] - anchors.positions[entry]) <= POSITION_TOLERANCE
        placed = np.bincount(pair[in_place], weights=weights[in_place], minlength=len(y))
        with np.errstate(divide="ignore", invalid="ignore"):
            part = shared / (anchors.totals[x] + anchors.totals[y] - shared) * placed / shared
        # a name of several words counts once (when it continues a name in both texts)
        continued = anchors.continues[entry] & anchors.continues[at]
        pieces = count - np.bincount(pair[continued], minlength=len(y))
        strong = (specific >= MIN_SHARED_SPECIFIC) | (pieces >= MIN_SHARED_NAMES_ALONE)
        part = np.where(strong, part, part * FEW_NAMES_FACTOR)
        scores[first:last] = np.where(count >= MIN_SHARED_ANCHORS, part, 0.0)
        first = last
    return scores


def group_key(members: Sequence[StoryMeta]) -> str:
    """How a story was grouped, strongest evidence first (one of ``GROUP_KEYS``)."""
    if len(members) < 2:
        return "single"
    for name, keys in (
        ("source_url", [m.source_key for m in members if m.source_key is not None]),
        ("slug", [m.slug for m in members if m.slug is not None]),
    ):
        if len(keys) != len(set(keys)):
            return name
    return "anchors" if len({m.lang for m in members}) > 1 else "near_duplicate"


def story_title(members: Sequence[StoryMeta]) -> str | None:
    """The title of a member in a preferred language (``STORY_TITLE_PREFERRED``: French)
    if any, else the earliest-published (then lowest id) member's; an article without a
    title offers its first line."""

    def rank(m: StoryMeta) -> tuple:
        preferred = m.lang in SUPPORTED and language_data(m.lang).STORY_TITLE_PREFERRED
        return (not preferred, m.published_date is None, m.published_date or "", m.article_id)

    return next((m.title for m in sorted(members, key=rank) if m.title), None)


def story_rows(metas: Iterable[StoryMeta], story_of: Mapping[str, str]) -> list[dict]:
    """Rows of the ``stories`` table, sorted by ``story_id``: ``story_id``, ``languages``
    (sorted list), ``article_count``, ``title``, ``group_key`` and ``group_score`` (from
    ``story_of.evidence`` when it is a :class:`StoryAssignment`; else ``group_key`` is
    read off the members' keys and the score is unknown)."""
    members: dict[str, dict[str, StoryMeta]] = defaultdict(dict)
    for meta in metas:
        members[story_of[meta.article_id]][meta.article_id] = meta
    evidence = getattr(story_of, "evidence", {})
    rows = []
    for story_id in sorted(members):
        group = sorted(members[story_id].values(), key=lambda m: m.article_id)
        key, score = evidence.get(story_id) or (group_key(group), None)
        rows.append(
            {
                "story_id": story_id,
                "languages": sorted({m.lang for m in group}),
                "article_count": len(group),
                "title": story_title(group),
                "group_key": key,
                "group_score": score,
            }
        )
    return rows
