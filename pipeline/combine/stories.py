"""Group translations and versions of one story across languages (a global stage).

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

import hashlib
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

import numpy as np

from pipeline.article.anchors import article_anchors, name_continuations
from pipeline.ids import stable_id
from pipeline.lang import SUPPORTED, all_language_data, language_data
from pipeline.records import Article, Extraction, StoryFeatures, StoryMeta
from pipeline.settings import (
    ANCHOR_NUM_PERM,
    ANCHOR_THRESHOLD,
    CONTAINMENT,
    CREDIT_LINES,
    FEW_NAMES_FACTOR,
    MIN_SHARED_ANCHORS,
    MIN_SHARED_NAMES_ALONE,
    MIN_SHARED_SAMPLES,
    MIN_SHARED_SHINGLES,
    MIN_SHARED_SPECIFIC,
    MIN_SLUG_WORDS,
    NEAR_DUPLICATE_JACCARD,
    NUM_PERM,
    POSITION_TOLERANCE,
    RARE_ANCHOR_DF,
    SAMPLE_EVERY,
    SAMPLE_MAX_DF,
    SEED,
    SHINGLE,
    SOURCE_LINE_FACTOR,
)
from pipeline.textnorm import ascii_fold
from pipeline.urls import normalise_url

_LANG_SEGMENT = re.compile(r"^[a-z]{2}(?:-[a-z]{2})?$")
_WORD = re.compile(r"\w+")
GROUP_KEYS = ("source_url", "slug", "anchors", "near_duplicate", "single")


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


#: The last path segment of an article page, without its extension.
_PAGE_EXT = re.compile(r"\.(?:s?html?|vnp|tld|ece|aspx?|php|cms)$", re.I)
#: An id token that closes a slug or is the whole segment: "post1043830", "546775",
#: "c2a72182" (six or more letters and digits, three digits at least); not a year
#: ("…-nam-2025").
_ID_TOKEN = re.compile(r"(?:post|id|p)\d{3,}|\d{5,}|(?=(?:[a-z]*\d){3})(?=\d*[a-z])[a-z0-9]{6,}")
_PAGE_NUMBER = re.compile(r"^(?:post|id|p)(?=\d+$)")
_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"'()\[\]{}]+", re.I)
#: Line openings that name the text's origin (republication credits): a URL on that line
#: or on the next ``CREDIT_LINES`` lines is the page the text was taken from.
#: (``CREDIT_MARKERS`` of every language: a story links articles of all languages.)
CREDIT_MARKERS = re.compile(
    r"^\W*(?:"
    + ("|".join(m for d in all_language_data() for m in d.CREDIT_MARKERS) or r"(?!)")
    + r")\b",
    re.I,
)


def page_keys(url: str | None) -> list[str]:
    """Strong keys of a page URL: ``src:`` the normalised URL (when it has a path),
    ``page:`` host and numeric article id (``post1043830``, ``/1265126.html``: the same
    page under an edited slug), ``title:`` a long title slug with its id dropped (the
    same text on another host or language edition).

    >>> page_keys("https://www.example.vn/hai-benh-vien-lon-cham-dua-vao-su-dung-post1076.vnp")
    ... # doctest: +NORMALIZE_WHITESPACE
    ['src:https://example.vn/hai-benh-vien-lon-cham-dua-vao-su-dung-post1076.vnp',
     'page:example.vn#1076', 'title:hai-benh-vien-lon-cham-dua-vao-su-dung']
    >>> page_keys("https://nhandan.vn/")
    []
    """
    norm = normalise_url(url)
    if norm is None:
        return []
    parts = urlsplit(norm)
    segments = [s for s in parts.path.split("/") if s]
    if not segments:
        return []
    keys = [f"src:{norm}"]
    last = _PAGE_EXT.sub("", segments[-1].lower())
    words = [w for w in last.split("-") if w]
    page_id = None
    if words and _ID_TOKEN.fullmatch(words[-1]):
        page_id = _PAGE_NUMBER.sub("", words[-1])
        words = words[:-1]
    if not words and len(segments) > 1:  # "/slug/1265126.html": the id is the segment
        words = [w for w in segments[-2].lower().split("-") if w]
    if page_id is not None:
        keys.append(f"page:{parts.netloc}#{page_id}")
    if len(words) >= MIN_SLUG_WORDS and any(c.isalpha() for w in words for c in w):
        keys.append(f"title:{'-'.join(words)}")
    return keys


def credited_urls(text: str) -> list[str]:
    r"""URLs the text gives as its origin: on a credit line ("Theo …", "Source :",
    "Nguồn:", "Źródło:") or just below it.

    >>> credited_urls("Texte.\nTheo www.example.vn\nhttps://example.vn/a-b-post12345.html\nMenu")
    ['https://example.vn/a-b-post12345.html']
    """
    lines = text.splitlines()
    found: list[str] = []
    for i, line in enumerate(lines):
        if CREDIT_MARKERS.match(line.strip()):
            for below in lines[i : i + 1 + CREDIT_LINES]:
                found.extend(u.rstrip(".,;:") for u in _URL_IN_TEXT.findall(below))
    return list(dict.fromkeys(found))


def link_keys(url: str | None, source_url: str | None, text: str) -> tuple[str, ...]:
    """Every strong key of an article, sorted: those of its own URL (:func:`page_keys`,
    and ``slug:`` its portal slug), of its ``Source:`` URL and of the URLs its credit
    lines give. The same key in two articles makes them one story: a page and its
    translation or republication, two republications of one page."""
    keys = set(page_keys(url))
    slug = portal_slug(url)
    if slug is not None:
        keys.add(f"slug:{slug}")
    for cited in (source_url, *credited_urls(text)):
        keys.update(page_keys(cited))
    return tuple(sorted(keys))


def story_meta(article: Article) -> StoryMeta:
    first_line = next((ln.strip() for ln in article.text.splitlines() if ln.strip()), None)
    title = article.title or first_line
    paper, published = article.paper, article.published_date
    return StoryMeta(
        article_id=article.article_id,
        lang=article.lang,
        source_key=normalise_url(article.source_url),
        slug=portal_slug(article.url),
        source_line=(paper, published) if paper and published else None,
        title=title[:300] if title else None,
        published_date=published,
        links=link_keys(article.url, article.source_url, article.text),
    )


def story_features(article: Article, extraction: Extraction | None) -> StoryFeatures:
    """The per-article half of story grouping (pure; runs on the workers)."""
    shingles = _shingles(article.text)
    anchors = article_anchors(article.text, extraction)
    continuations = name_continuations(article.text)
    keys = np.array([_anchor_hash(a) for a in anchors], dtype=np.uint64)
    order = np.argsort(keys, kind="stable")
    return StoryFeatures(
        meta=story_meta(article),
        shingles=shingles,
        near_bands=_band_keys([shingles], NEAR_DUPLICATE_LSH)[0],
        anchor_keys=keys[order],
        anchor_positions=np.array(list(anchors.values()), dtype=np.float64)[order],
        anchor_is_name=np.array([a.startswith("p:") for a in anchors], dtype=bool)[order],
        anchor_continues=np.array(
            [a.startswith("p:") and a[2:] in continuations for a in anchors], dtype=bool
        )[order],
    )


class StoryIndex:
    """Story grouping over a stream of articles: :meth:`add` each article's
    :class:`StoryFeatures` as it arrives, :meth:`assign` once at the end (the
    rarity of an anchor is only known once every article has been seen).

    Memory per article is its features only (a few kilobytes of arrays): LSH
    candidates come from sorting the band keys at the end, not from a live index.
    """

    def __init__(self) -> None:
        self._features: dict[str, StoryFeatures] = {}

    @classmethod
    def of(cls, articles: Sequence[Article], extractions: Mapping[str, Extraction]) -> StoryIndex:
        index = cls()
        for article in articles:
            index.add(story_features(article, extractions.get(article.article_id)))
        return index

    def add(self, features: StoryFeatures) -> None:
        """Index one article (a second article with the same id is ignored)."""
        self._features.setdefault(features.meta.article_id, features)

    @property
    def metas(self) -> list[StoryMeta]:
        return [f.meta for f in self._features.values()]

    def assign(self) -> StoryAssignment:
        """article_id -> story_id for every article (singletons get their own story),
        with the evidence that formed each story (``StoryAssignment.evidence``).

        ``story_id = stable_id("story", *sorted(member_article_ids))``: independent
        of input order and of run.
        """
        ordered = [self._features[aid] for aid in sorted(self._features)]
        ids = [f.meta.article_id for f in ordered]
        groups = _Groups([f.meta for f in ordered])
        first: dict[str, str] = {}
        for f in ordered:
            aid = f.meta.article_id
            for key in f.meta.links:
                kind = "slug" if key.startswith(("slug:", "title:")) else "source_url"
                groups.union(first.setdefault(key, aid), aid, kind, 1.0, exclusive=False)
        for x, y, score in version_pairs(ordered):
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


def _token_hash(token: str) -> int:
    """Deterministic 32-bit hash (Python's ``hash`` changes from process to process)."""
    return zlib.crc32(token.encode("utf-8"))


def _anchor_hash(anchor: str) -> int:
    """Deterministic 64-bit hash of an anchor string."""
    return int.from_bytes(hashlib.blake2b(anchor.encode("utf-8"), digest_size=8).digest(), "big")


@dataclass(frozen=True, slots=True)
class LshShape:
    """A MinHash of ``num_perm`` permutations cut into ``bands`` bands of ``rows`` rows."""

    num_perm: int
    bands: int
    rows: int


#: datasketch ``MinHashLSH``'s optimum for threshold 0.8 and for 0.15 (a test checks it):
#: fixed here, because computing it imports SciPy (0.6 s of every start-up).
NEAR_DUPLICATE_LSH = LshShape(NUM_PERM, bands=9, rows=13)
ANCHOR_LSH = LshShape(ANCHOR_NUM_PERM, bands=32, rows=2)


@cache
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``(a, b)`` of datasketch's ``affine32`` MinHash for seed ``SEED`` (odd ``a``,
    so that ``a * h + b`` is a bijection on 32 bits), drawn the way datasketch draws
    them; a test checks them against datasketch."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (a bijection), as datasketch pre-mixes its input."""
    h = values.astype(np.uint32)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


#: Values hashed at once: bounds the (values x permutations) matrix to a few MB.
_MINHASH_CHUNK = 8192


def _minhashes(sets: Sequence[np.ndarray], num_perm: int) -> np.ndarray:
    """The MinHash of each non-empty set of 32-bit hashes, one row per set: the values of
    datasketch's ``MinHash(num_perm, seed=SEED, hashfunc=int)`` after ``update_batch``
    (scheme ``affine32``), computed for many sets at once instead of one object each."""
    a, b = _permutations(num_perm)
    out = np.empty((len(sets), num_perm), dtype=np.uint32)
    lengths = np.array([len(v) for v in sets], dtype=np.int64)
    ends = np.cumsum(lengths)
    first = 0
    while first < len(sets):  # consecutive sets with at most _MINHASH_CHUNK values together
        limit = ends[first] - lengths[first] + _MINHASH_CHUNK
        last = max(first + 1, int(np.searchsorted(ends, limit, "right")))
        if last - first == 1 and lengths[first] > _MINHASH_CHUNK:  # one large set, in slices
            row = np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
            for at in range(0, lengths[first], _MINHASH_CHUNK):
                part = _fmix32(sets[first][at : at + _MINHASH_CHUNK])
                np.minimum(row, (part[:, None] * a + b).min(axis=0), out=row)
            out[first] = row
        else:
            mixed = _fmix32(np.concatenate(sets[first:last]))
            starts = np.r_[0, np.cumsum(lengths[first : last - 1])]
            out[first:last] = np.minimum.reduceat(mixed[:, None] * a + b, starts, axis=0)
        first = last
    return out


def _band_keys(sets: Sequence[np.ndarray], shape: LshShape) -> list[np.ndarray | None]:
    """For each set of 32-bit hashes, one 64-bit key per LSH band of its MinHash (``None``
    for an empty set): two sets are candidates when any band key is equal."""
    present = [i for i, values in enumerate(sets) if len(values)]
    out: list[np.ndarray | None] = [None] * len(sets)
    if not present:
        return out
    bands, rows = shape.bands, shape.rows
    hashes = _minhashes([sets[i] for i in present], shape.num_perm)[:, : bands * rows]
    values = hashes.reshape(len(present), bands, rows).astype(np.uint64)
    keys = np.zeros((len(present), bands), dtype=np.uint64)
    for r in range(rows):  # polynomial hash of each band; uint64 arithmetic wraps
        keys = keys * np.uint64(0x100000001B3) + values[:, :, r]
    for i, row in zip(present, keys, strict=True):
        out[i] = row
    return out


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
            unique = _unique(np.concatenate([unique, *codes]))
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
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    ends = np.repeat(np.r_[starts[1:], n], np.diff(np.r_[starts, n]))  # run end per place
    at = np.flatnonzero(ends - np.arange(n) > 1)
    distance = 1
    while len(at) and distance <= MAX_BUCKET_DISTANCE:
        yield order[at] * n + order[at + distance]
        distance += 1
        at = at[ends[at] > at + distance]


def _unique(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values, by sorting: several times faster than ``np.unique``, whose
    default in NumPy 2.4 hashes (the same result)."""
    ordered = np.sort(values)
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]] if len(ordered) else ordered


def _shingles(text: str) -> np.ndarray:
    """Sorted unique 32-bit hashes of the word 5-grams of ``text`` (folded, lower-case):
    a few kilobytes per article instead of the 5-gram strings themselves."""
    words = np.array(
        [_token_hash(w) for w in _WORD.findall(ascii_fold(text).lower())], dtype=np.uint64
    )
    if len(words) == 0:
        return words.astype(np.uint32)
    width = min(SHINGLE, len(words))
    grams = np.zeros(len(words) - width + 1, dtype=np.uint64)
    for k in range(width):  # polynomial hash of each window; uint64 arithmetic wraps
        grams = grams * np.uint64(1_000_003) + words[k : len(words) - width + 1 + k]
    return _unique(_fold32(grams))


def _fold32(hashes: np.ndarray) -> np.ndarray:
    """64-bit hashes folded to the 32 bits a datasketch MinHash takes."""
    return ((hashes ^ (hashes >> np.uint64(32))) & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def version_pairs(features: Sequence[StoryFeatures]) -> list[tuple[int, int, float]]:
    """Index pairs ``(i, j, containment)`` into ``features`` of same-language versions
    of one text: word 5-gram Jaccard at least ``NEAR_DUPLICATE_JACCARD`` (re-posts,
    small edits), or at least ``CONTAINMENT`` of the smaller text's 5-grams in the
    other, with ``MIN_SHARED_SHINGLES`` of them (a text cut short, a republication with
    its own page furniture). ``containment`` is the share of the smaller text found in
    the other. Candidates come from MinHash/LSH bands and from shared sampled shingles."""
    n = len(features)
    candidates = np.concatenate(
        [_colliding_pairs([f.near_bands for f in features]), _sample_pairs(features)]
    )
    codes = _unique(candidates[:, 0] * n + candidates[:, 1]) if len(candidates) else candidates
    pairs = np.stack([codes // n, codes % n], axis=1) if len(codes) else codes.reshape(0, 2)
    langs = np.array([f.meta.lang for f in features])
    found: list[tuple[int, int, float]] = []
    for x, partners in _by_first(pairs):
        partners = partners[langs[partners] == langs[x]]
        if not len(partners):
            continue
        shingles = [features[y].shingles for y in partners]
        owner, hit, _ = _lookup(features[x].shingles, shingles)
        shared = np.bincount(owner[hit], minlength=len(partners))
        sizes = np.array([len(s) for s in shingles])
        own = len(features[x].shingles)
        jaccard = shared / (own + sizes - shared)
        contained = shared / np.maximum(np.minimum(own, sizes), 1)
        kept = (jaccard >= NEAR_DUPLICATE_JACCARD) | (
            (contained >= CONTAINMENT) & (shared >= MIN_SHARED_SHINGLES)
        )
        ys, cs = partners[kept].tolist(), contained[kept].tolist()
        found.extend((x, y, c) for y, c in zip(ys, cs, strict=True))
    return found


def version_keys(text: str) -> set[str]:
    """``v:`` keys of the sampled shingles of ``text`` (those :func:`_sample_pairs`
    compares): through them the nightly job finds the versions an article may have."""
    shingles = _shingles(text)
    return {f"v:{h:08x}" for h in shingles[_fmix32(shingles) % SAMPLE_EVERY == 0].tolist()}


def _sample_pairs(features: Sequence[StoryFeatures]) -> np.ndarray:
    """Index pairs ``(i, j)``, ``i < j``, sorted, of articles that share at least
    ``MIN_SHARED_SAMPLES`` sampled shingles (one in ``SAMPLE_EVERY``, chosen by hash, so
    both texts sample the same ones), each held by at most ``SAMPLE_MAX_DF`` articles (a
    shingle on many pages is furniture). Runs stay short, so pairs stay few."""
    n = len(features)
    samples = [f.shingles[_fmix32(f.shingles) % SAMPLE_EVERY == 0] for f in features]
    owner = np.repeat(np.arange(n, dtype=np.int64), [len(v) for v in samples])
    if len(owner) < 2:
        return np.empty((0, 2), dtype=np.int64)
    values = np.concatenate(samples)
    order = np.lexsort((owner, values))
    values, owner = values[order], owner[order]
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    lengths = np.diff(np.r_[starts, len(values)])
    keep = np.repeat((lengths >= 2) & (lengths <= SAMPLE_MAX_DF), lengths)
    values, owner = values[keep], owner[keep]
    if len(values) < 2:
        return np.empty((0, 2), dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    ends = np.repeat(np.r_[starts[1:], len(values)], np.diff(np.r_[starts, len(values)]))
    codes: list[np.ndarray] = []
    at = np.flatnonzero(ends - np.arange(len(values)) > 1)
    distance = 1
    while len(at):  # the pairs at distance 1, 2, ... within each run
        codes.append(owner[at] * n + owner[at + distance])
        distance += 1
        at = at[ends[at] > at + distance]
    if not codes:
        return np.empty((0, 2), dtype=np.int64)
    ordered = np.sort(np.concatenate(codes))
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    counts = np.diff(np.r_[starts, len(ordered)])
    kept = ordered[starts[counts >= MIN_SHARED_SAMPLES]]
    return np.stack([kept // n, kept % n], axis=1)


def _by_first(pairs: np.ndarray) -> Iterator[tuple[int, np.ndarray]]:
    """Sorted index pairs grouped by their first index: ``(i, array of j)`` in order."""
    if not len(pairs):
        return
    starts = np.flatnonzero(np.r_[True, pairs[1:, 0] != pairs[:-1, 0]])
    yield from zip(pairs[starts, 0].tolist(), np.split(pairs[:, 1], starts[1:]), strict=True)


def _lookup(
    keys: np.ndarray, others: Sequence[np.ndarray]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Where the elements of several sorted arrays occur in the sorted array ``keys``,
    in one vectorised pass: for every element of the concatenation of ``others``,
    the index of its array, whether ``keys`` holds it, and its index in ``keys``."""
    values = np.concatenate(others)
    owner = np.repeat(np.arange(len(others)), [len(o) for o in others])
    if not len(keys):
        return owner, np.zeros(len(values), dtype=bool), np.zeros(len(values), dtype=np.intp)
    at = np.minimum(np.searchsorted(keys, values), len(keys) - 1)
    return owner, keys[at] == values, at


@dataclass(frozen=True, slots=True, eq=False)
class _Anchors:
    """Every article's anchors as verification uses them, flat: article ``i`` owns
    entries ``starts[i]`` to ``starts[i] + lengths[i]`` (its keys, sorted), and
    ``totals[i]`` is the sum of their IDF weights."""

    keys: np.ndarray  # uint64
    positions: np.ndarray  # float64
    weights: np.ndarray  # float64
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
    codes = _unique(np.concatenate([pairs[:, 0] * n + pairs[:, 1] for pairs in candidates]))
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
    known, df = np.unique(all_keys, return_counts=True)
    counts = df[np.searchsorted(known, all_keys)]
    weights = np.log(1.0 + len(features) / counts)
    # A name key written in one language only cannot be evidence across languages.
    keep = ~np.concatenate([f.anchor_is_name for f in features]) | np.isin(
        all_keys, _names_in_several_languages(features)
    )
    owner = np.repeat(np.arange(len(features)), [len(f.anchor_keys) for f in features])[keep]
    lengths = np.bincount(owner, minlength=len(features))
    starts = np.r_[0, np.cumsum(lengths)[:-1]]
    kept_keys, kept_weights = all_keys[keep], weights[keep]
    anchors = _Anchors(
        keys=kept_keys,
        positions=np.concatenate([f.anchor_positions for f in features])[keep],
        weights=kept_weights,
        is_name=np.concatenate([f.anchor_is_name for f in features])[keep],
        continues=np.concatenate([_continues(f) for f in features])[keep],
        starts=starts,
        lengths=lengths,
        totals=np.array([float(w.sum()) for w in np.split(kept_weights, starts[1:])]),
    )
    rare = np.split(_fold32(kept_keys), starts[1:])
    rare_sets = [
        values[frequency <= RARE_ANCHOR_DF]
        for values, frequency in zip(rare, np.split(counts[keep], starts[1:]), strict=True)
    ]
    return anchors, _band_keys(rare_sets, ANCHOR_LSH)


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
    distinct = [_unique(np.concatenate(arrays)) for arrays in per_lang.values()]
    names, languages = np.unique(np.concatenate(distinct), return_counts=True)
    return names[languages > 1]


def _anchor_scores(anchors: _Anchors, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Score of each pair ``(xs[k], ys[k])``: the IDF-weighted Jaccard of their anchors,
    times the share of the shared weight whose first occurrences sit at about the same
    relative place in both texts (0 under ``MIN_SHARED_ANCHORS``; halved for a few names
    and at most one number, date or decree)."""
    scores = np.zeros(len(xs))
    if not len(anchors.keys):
        return scores
    # Each of y's anchors is looked up among x's in one sorted array of (article, key
    # rank) codes: increasing, since articles come in order and their keys sorted.
    ranks = np.searchsorted(_unique(anchors.keys), anchors.keys)
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
        weights = anchors.weights[entry]
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
