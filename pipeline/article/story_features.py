"""The per-article half of story grouping: an article's :class:`StoryFeatures`.

Strong keys (its page, its portal and title slugs, the pages it credits), its anchors
(``article/anchors``) as sorted hashes with their relative positions, its word 5-gram
hashes and their LSH band keys. Pure; runs on the workers, and the nightly job caches
it, so story grouping (``combine/stories``) never needs the text again.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import numpy as np

from pipeline.article.anchors import article_anchors, name_continuations
from pipeline.lang import all_language_data
from pipeline.minhash import (
    NEAR_DUPLICATE_LSH,
    anchor_hash,
    band_keys,
    fmix32,
    fold32,
    token_hash,
    unique_sorted,
)
from pipeline.records import Article, Extraction, StoryFeatures, StoryMeta
from pipeline.settings import CREDIT_LINES, MIN_SLUG_WORDS, SAMPLE_EVERY, SHINGLE
from pipeline.textnorm import ascii_fold
from pipeline.urls import normalise_url

_LANG_SEGMENT = re.compile(r"^[a-z]{2}(?:-[a-z]{2})?$")
_WORD = re.compile(r"\w+")


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
    shingles = shingle_hashes(article.text)
    anchors = article_anchors(article.text, extraction)
    continuations = name_continuations(article.text)
    keys = np.array([anchor_hash(a) for a in anchors], dtype=np.uint64)
    order = np.argsort(keys, kind="stable")
    return StoryFeatures(
        meta=story_meta(article),
        shingles=shingles,
        near_bands=band_keys([shingles], NEAR_DUPLICATE_LSH)[0],
        anchor_keys=keys[order],
        anchor_positions=np.array(list(anchors.values()), dtype=np.float64)[order],
        anchor_is_name=np.array([a.startswith("p:") for a in anchors], dtype=bool)[order],
        anchor_continues=np.array(
            [a.startswith("p:") and a[2:] in continuations for a in anchors], dtype=bool
        )[order],
    )


def shingle_hashes(text: str) -> np.ndarray:
    """Sorted unique 32-bit hashes of the word 5-grams of ``text`` (folded, lower-case):
    a few kilobytes per article instead of the 5-gram strings themselves."""
    words = np.array(
        [token_hash(w) for w in _WORD.findall(ascii_fold(text).lower())], dtype=np.uint64
    )
    if len(words) == 0:
        return words.astype(np.uint32)
    width = min(SHINGLE, len(words))
    grams = np.zeros(len(words) - width + 1, dtype=np.uint64)
    for k in range(width):  # polynomial hash of each window; uint64 arithmetic wraps
        grams = grams * np.uint64(1_000_003) + words[k : len(words) - width + 1 + k]
    return unique_sorted(fold32(grams))


def sampled(shingles: np.ndarray) -> np.ndarray:
    """The shingles that stand for a text when versions are looked for: one in
    ``SAMPLE_EVERY``, chosen by hash, so two texts sample the same ones."""
    return shingles[fmix32(shingles) % SAMPLE_EVERY == 0]


def version_keys(text: str) -> set[str]:
    """``v:`` keys of the sampled shingles of ``text`` (those ``combine.stories._sample_pairs``
    compares): through them the nightly job finds the versions an article may have."""
    return {f"v:{h:08x}" for h in sampled(shingle_hashes(text)).tolist()}
