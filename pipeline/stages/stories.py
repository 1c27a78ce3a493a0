"""Group translations and versions of one story across languages (a global stage).

Evidence, strongest first:

1. the same original-paper URL (``Source: https://…``), normalised;
2. the same portal slug shared by language editions
   (``https://www.vietnam.vn/fr/SLUG`` and ``https://www.vietnam.vn/pl/SLUG``);
3. within one language, near-duplicates (re-posts, small edits): word 5-gram
   shingles, MinHash/LSH candidates, exact Jaccard >= 0.8 verified;
4. across languages, language-independent anchors (decrees, day dates,
   numbers, folded name keys; see ``stages/anchors``) weighted by rarity:
   MinHash/LSH proposes candidates, an IDF-weighted Jaccard verifies them. The
   same ``(paper, published_date)`` source line lowers the bar, never alone.

Anchor pairs are accepted greedily, best score first, and only when the two
groups have no language in common: a story holds one version per language
(near-duplicates and strong keys aside), so a chain of pairs cannot pull two
different French articles into one story.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from pipeline.ids import stable_id
from pipeline.records import Article, Extraction
from pipeline.stages.anchors import article_anchors
from pipeline.textnorm import ascii_fold

NUM_PERM = 128
SEED = 1
#: Word shingles of this many tokens for within-language near-duplicates.
SHINGLE = 5
NEAR_DUPLICATE_JACCARD = 0.8
#: Score (IDF-weighted Jaccard of anchors times the share of them in the same order)
#: above which two articles in different languages are one story; lowered by
#: ``SOURCE_LINE_FACTOR`` when they share paper and date.
ANCHOR_THRESHOLD = 0.2
#: Shared anchors count in full only when their first occurrences sit at about the same
#: relative place in both texts (translations keep the order of what they translate).
POSITION_TOLERANCE = 0.1
SOURCE_LINE_FACTOR = 0.5
#: Candidates come from the anchors at most this many articles share: a frequent anchor
#: (the year, a famous resolution, "Hanoi") says little about which story an article
#: tells, and in an LSH band it would make every article a candidate of every other
#: (quadratic time, and memory that grows with the corpus). Verification still
#: weighs every anchor.
RARE_ANCHOR_DF = 30
#: LSH over those rare anchors: translations share most of them (Jaccard >= 0.2 for
#: all but a handful of NTREX pairs), unrelated articles almost none.
ANCHOR_LSH_THRESHOLD = 0.15
ANCHOR_NUM_PERM = 64
#: At least this many shared anchors, so that two short texts never join on one number.
MIN_SHARED_ANCHORS = 3

_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_\w+|ref|source|zarsrc|gidzl)$", re.I)
_LANG_SEGMENT = re.compile(r"^[a-z]{2}(?:-[a-z]{2})?$")
_WORD = re.compile(r"\w+")
GROUP_KEYS = ("source_url", "slug", "anchors", "near_duplicate", "single")


def normalise_url(url: str | None) -> str | None:
    """Comparable form of a URL: lower-case scheme and host, no ``www.``, no fragment,
    no tracking parameters, no trailing slash.

    >>> normalise_url("HTTPS://www.NhanDan.vn/post914419.html/?utm_source=fb#top")
    'https://nhandan.vn/post914419.html'
    """
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)))
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme.lower() or "https", host, path, query, ""))


def portal_slug(url: str | None) -> str | None:
    """``host/slug`` when the URL is a language edition on a portal: a two-letter language
    segment and a last segment (the slug) after it.

    >>> portal_slug("https://www.vietnam.vn/fr/khan-truong-kien-toan/")
    'vietnam.vn/khan-truong-kien-toan'
    >>> portal_slug("https://nhandan.vn/khan-truong-kien-toan") is None
    True
    """
    norm = normalise_url(url)
    if norm is None:
        return None
    parts = urlsplit(norm)
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) < 2 or not _LANG_SEGMENT.match(segments[0].lower()):
        return None
    return f"{parts.netloc}/{segments[-1]}"


class _Groups:
    """Union-find that remembers the languages of each group."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.parent = {a.article_id: a.article_id for a in articles}
        self.langs = {a.article_id: {a.lang} for a in articles}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, *, exclusive: bool) -> bool:
        """Join the groups of ``a`` and ``b``; with ``exclusive`` only when they share no
        language. Returns whether they are (now) one group."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if exclusive and self.langs[ra] & self.langs[rb]:
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.langs[ra] |= self.langs.pop(rb)
        return True


def _token_hash(token: str) -> int:
    """Deterministic 32-bit hash (Python's ``hash`` changes from process to process)."""
    return zlib.crc32(token.encode("utf-8"))


@cache
def _permutations(num_perm: int) -> tuple[object, str]:
    """The seeded permutations and their scheme, drawn once (not once per article)."""
    first = MinHash(num_perm=num_perm, seed=SEED, hashfunc=int)
    return first.permutations, first.scheme


def _minhash(hashes: Iterable[int], num_perm: int) -> LeanMinHash:
    permutations, scheme = _permutations(num_perm)
    mh = MinHash(
        num_perm=num_perm, seed=SEED, hashfunc=int, permutations=permutations, scheme=scheme
    )
    mh.update_batch(sorted(set(hashes)))
    return LeanMinHash(mh)


def _shingles(text: str) -> np.ndarray:
    """Sorted unique 64-bit hashes of the word 5-grams of ``text`` (folded, lower-case):
    a few kilobytes per article instead of the 5-gram strings themselves."""
    words = np.array(
        [_token_hash(w) for w in _WORD.findall(ascii_fold(text).lower())], dtype=np.uint64
    )
    if len(words) == 0:
        return words
    width = min(SHINGLE, len(words))
    grams = np.zeros(len(words) - width + 1, dtype=np.uint64)
    for k in range(width):  # polynomial hash of each window; uint64 arithmetic wraps
        grams = grams * np.uint64(1_000_003) + words[k : len(words) - width + 1 + k]
    return np.unique(grams)


def _fold32(hashes: np.ndarray) -> list[int]:
    """64-bit shingle hashes folded to the 32 bits a datasketch MinHash takes."""
    return ((hashes ^ (hashes >> np.uint64(32))) & np.uint64(0xFFFFFFFF)).tolist()


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    if not len(a) or not len(b):
        return 0.0
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return shared / (len(a) + len(b) - shared)


def _lsh_pairs(
    sets: Mapping[str, Iterable[int]], threshold: float, num_perm: int
) -> list[tuple[str, str]]:
    """Candidate pairs (sorted ids) whose MinHash Jaccard estimate may pass ``threshold``.

    Each article is queried before it is inserted, so no MinHash is kept beyond the
    index itself."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    pairs: set[tuple[str, str]] = set()
    for key in sorted(sets):
        hashes = list(sets[key])
        if not hashes:
            continue
        mh = _minhash(hashes, num_perm)
        pairs.update((min(key, other), max(key, other)) for other in lsh.query(mh))
        lsh.insert(key, mh)
    return sorted(pairs)


def near_duplicate_pairs(articles: Sequence[Article]) -> list[tuple[str, str]]:
    """Same-language pairs whose word 5-gram Jaccard is at least 0.8."""
    shingles = {a.article_id: _shingles(a.text) for a in articles}
    lang = {a.article_id: a.lang for a in articles}
    return [
        (x, y)
        for x, y in _lsh_pairs(
            {k: _fold32(v) for k, v in shingles.items()}, NEAR_DUPLICATE_JACCARD, NUM_PERM
        )
        if lang[x] == lang[y] and _jaccard(shingles[x], shingles[y]) >= NEAR_DUPLICATE_JACCARD
    ]


def anchor_pairs(
    articles: Sequence[Article], extractions: Mapping[str, Extraction]
) -> list[tuple[float, str, str]]:
    """Cross-language pairs that pass the anchor verification, as ``(score, id, id)``."""
    raw = {a.article_id: article_anchors(a.text, extractions.get(a.article_id)) for a in articles}
    lang = {a.article_id: a.lang for a in articles}
    anchor_langs: dict[str, set[str]] = defaultdict(set)
    df: Counter[str] = Counter()
    for aid, anchors in raw.items():
        df.update(anchors)
        for anchor in anchors:
            anchor_langs[anchor].add(lang[aid])
    # A name key written in one language only cannot be evidence across languages.
    sets = {
        aid: {x for x in anchors if not x.startswith("p:") or len(anchor_langs[x]) > 1}
        for aid, anchors in raw.items()
    }
    idf = {anchor: math.log(1.0 + len(articles) / count) for anchor, count in df.items()}
    source = {
        a.article_id: (a.paper, a.published_date) for a in articles if a.paper and a.published_date
    }
    rare = {
        aid: [_token_hash(x) for x in anchors if df[x] <= RARE_ANCHOR_DF]
        for aid, anchors in sets.items()
    }
    candidates = set(_lsh_pairs(rare, ANCHOR_LSH_THRESHOLD, ANCHOR_NUM_PERM))
    by_source: dict[tuple, list[str]] = defaultdict(list)
    for aid, key in sorted(source.items()):
        by_source[key].append(aid)
    for members in by_source.values():
        candidates.update((x, y) for i, x in enumerate(members) for y in members[i + 1 :])
    accepted: list[tuple[float, str, str]] = []
    for x, y in sorted(candidates):
        if lang[x] == lang[y]:
            continue
        shared = sets[x] & sets[y]
        if len(shared) < MIN_SHARED_ANCHORS:
            continue
        shared_weight = sum(idf[a] for a in shared)
        overlap = shared_weight / sum(idf[a] for a in sets[x] | sets[y])
        in_order = sum(idf[a] for a in shared if abs(raw[x][a] - raw[y][a]) <= POSITION_TOLERANCE)
        score = overlap * in_order / shared_weight
        same_source = x in source and source.get(x) == source.get(y)
        threshold = ANCHOR_THRESHOLD * (SOURCE_LINE_FACTOR if same_source else 1.0)
        if score >= threshold:
            accepted.append((score, x, y))
    accepted.sort(key=lambda t: (-t[0], t[1], t[2]))
    return accepted


def assign_stories(
    articles: Sequence[Article], extractions: Mapping[str, Extraction]
) -> dict[str, str]:
    """article_id -> story_id for every article (singletons get their own story).

    ``story_id = stable_id("story", *sorted(member_article_ids))``: independent of
    input order and of run.
    """
    ordered = sorted({a.article_id: a for a in articles}.values(), key=lambda a: a.article_id)
    groups = _Groups(ordered)
    for key_of in (lambda a: normalise_url(a.source_url), lambda a: portal_slug(a.url)):
        first: dict[str, str] = {}
        for article in ordered:
            key = key_of(article)
            if key is not None:
                groups.union(
                    first.setdefault(key, article.article_id), article.article_id, exclusive=False
                )
    for x, y in near_duplicate_pairs(ordered):
        groups.union(x, y, exclusive=False)
    for _score, x, y in anchor_pairs(ordered, extractions):
        groups.union(x, y, exclusive=True)
    members: dict[str, list[str]] = defaultdict(list)
    for article in ordered:
        members[groups.find(article.article_id)].append(article.article_id)
    story_of: dict[str, str] = {}
    for ids in members.values():
        story_id = stable_id("story", *sorted(ids))
        story_of.update((aid, story_id) for aid in ids)
    return story_of


def group_key(members: Sequence[Article]) -> str:
    """How a story was grouped, strongest evidence first (one of ``GROUP_KEYS``)."""
    if len(members) < 2:
        return "single"
    for name, key_of in (
        ("source_url", lambda a: normalise_url(a.source_url)),
        ("slug", lambda a: portal_slug(a.url)),
    ):
        keys = [k for k in map(key_of, members) if k is not None]
        if len(keys) != len(set(keys)):
            return name
    return "anchors" if len({a.lang for a in members}) > 1 else "near_duplicate"


def story_title(members: Sequence[Article]) -> str | None:
    """The French member's title if any, else the earliest-published (then lowest id)
    member's; an article without a title offers its first line."""

    def rank(a: Article) -> tuple:
        return (a.lang != "fr", a.published_date is None, a.published_date or "", a.article_id)

    for article in sorted(members, key=rank):
        title = article.title or next(
            (ln.strip() for ln in article.text.splitlines() if ln.strip()), None
        )
        if title:
            return title[:300]
    return None


def story_rows(articles: Sequence[Article], story_of: Mapping[str, str]) -> list[dict]:
    """Rows of the ``stories`` table, sorted by ``story_id``: ``story_id``, ``languages``
    (sorted list), ``article_count``, ``title``, ``group_key``."""
    members: dict[str, dict[str, Article]] = defaultdict(dict)
    for article in articles:
        members[story_of[article.article_id]][article.article_id] = article
    rows = []
    for story_id in sorted(members):
        group = sorted(members[story_id].values(), key=lambda a: a.article_id)
        rows.append(
            {
                "story_id": story_id,
                "languages": sorted({a.lang for a in group}),
                "article_count": len(group),
                "title": story_title(group),
                "group_key": group_key(group),
            }
        )
    return rows
