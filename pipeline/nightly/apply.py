"""Apply one night's downloaded pages to the tables, incrementally and idempotently.

Per-article tables (articles, the four mention tables) get one new part per night;
rows of an article that changed or disappeared are removed by rewriting only the
parts that hold them. Global tables are updated for what changed, never recomputed
from the whole history:

- stories: the articles that could join a new one are found through the ``keys``
  table of ``state.sqlite`` (a strong key: the same page, title slug, portal slug,
  credited original URL or source line; or a shared *rare* anchor or sampled
  shingle: held by at most ``RARE_ANCHOR_DF`` live articles, the cut-off story
  grouping uses for its candidates), then
  every member of their current stories is added, and the global phase of
  ``extract`` (``combine.phase``: the same code and thresholds) runs on that set
  only, from each article's cached story features (``state.sqlite``).
  Articles whose story_id changed get their ``articles`` row rewritten;
  superseded story rows are removed and the new ones added. We chose "rewrite
  only the parts holding superseded rows" over a tombstone list because readers
  then need no anti-join (DuckDB over the manifest just works), and the stories
  table is small.
- commitments/evidence: removed and rebuilt for the affected stories only, from
  the cached obligations of their members.
- decrees/officials: rows of the numbers/people mentioned by changed articles are
  recomputed from the (committed + staged) mention tables.

Applying the same pages twice gives the same tables: every write is "remove rows
with these keys, add these rows". That is what makes a crash at any point safe:
the next night re-applies whatever ``state.sqlite`` does not mark as applied.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from pipeline import rows
from pipeline.article.anchors import article_anchors
from pipeline.article.story_features import story_meta, version_keys
from pipeline.combine.phase import GlobalPart, combine, global_part
from pipeline.nightly.state import State
from pipeline.nightly.tables import Transaction
from pipeline.records import Article, DecreeMention, Extraction, Processed, Reject, StoryMeta
from pipeline.settings import RARE_ANCHOR_DF

STRONG = ("src:", "page:", "title:", "slug:", "line:")
MENTION_TABLES = ("decree_mentions", "date_mentions", "deadlines", "official_mentions")


@dataclass(frozen=True)
class Loaded:
    """One pending page read from ``raw/`` and processed: an article or a reject."""

    url_norm: str
    url: str
    content_hash: str
    previous: str | None  # article_id this URL had in the committed tables
    processed: Processed

    @property
    def item(self) -> Article | Reject:
        return self.processed.item


@dataclass
class Applied:
    """What a night changed, for the summary and for ``State.mark_applied``."""

    marks: list[tuple[str, str, str | None]] = field(default_factory=list)
    new_articles: int = 0
    removed_articles: int = 0
    rewritten_rows: int = 0
    stories: int = 0
    candidates: int = 0
    commitments: int = 0
    removed: set[str] = field(default_factory=set)  # article_ids that left the tables


def story_keys(article: Article, extraction: Extraction | None) -> set[str]:
    """Strong keys (``src:``, ``page:``, ``title:``, ``slug:``, ``line:``), anchors (``d:``,
    ``t:``, ``n:``, ``p:``) and sampled shingles (``v:``, for versions in one language)
    through which another article could join this one's story.

    The anchors are the strings themselves: the story features only keep their hashes,
    and ``state.sqlite`` holds the keys of every night's articles in this form."""
    return (
        set(article_anchors(article.text, extraction))
        | _strong_keys(story_meta(article))
        | version_keys(article.text)
    )


def _strong_keys(meta: StoryMeta) -> set[str]:
    """The keys story grouping always links on (``StoryMeta.links``: the page, its title
    slug, its portal slug, the pages it credits as its source), and the source line
    (paper and date)."""
    keys = set(meta.links)
    if meta.source_line is not None:
        paper, published = meta.source_line
        keys.add(f"line:{paper}|{published.isoformat()}")
    return keys


Rebuild = Callable[[set[str]], dict[str, Processed]]


def apply_pages(
    tx: Transaction,
    state: State,
    loaded: list[Loaded],
    version: str,
    urls: Mapping[str, str],
    rebuild: Rebuild = lambda ids: {},
) -> Applied:
    """Stage every table change for ``loaded`` in ``tx``. ``urls``: url_norm -> URL shown
    as ``source_path`` for every page (for duplicate lists); ``rebuild`` re-reads
    committed articles missing from the cache (new extractor code) from ``raw/``."""
    out = Applied(
        marks=[
            (p.url_norm, p.content_hash, p.item.article_id if isinstance(p.item, Article) else None)
            for p in loaded
        ]
    )
    before = state.url_articles()
    after = dict(before)
    for page in loaded:
        after.pop(page.url_norm, None)
        if isinstance(page.item, Article):
            after[page.url_norm] = page.item.article_id
    live = set(after.values())
    new_ids = {p.item.article_id for p in loaded if isinstance(p.item, Article)}
    old_ids = {p.previous for p in loaded if p.previous}
    touched = new_ids | old_ids
    removed = old_ids - live
    out.removed, out.removed_articles = removed, len(removed)
    out.new_articles = len(new_ids - set(before.values()))

    fresh = {p.item.article_id: p.processed for p in loaded if isinstance(p.item, Article)}
    candidates = _candidates(state, fresh, live) - new_ids
    out.candidates = len(candidates)
    old_story = {
        r["article_id"]: r["story_id"]
        for r in tx.select(
            "articles", ["article_id", "story_id"], "article_id", touched | candidates
        )
    }
    old_stories = {s for s in old_story.values() if s}
    for r in tx.select("articles", ["article_id", "story_id"], "story_id", old_stories):
        old_story[r["article_id"]] = r["story_id"]
    group = (set(old_story) | new_ids | candidates) & live
    sources = _Sources(state, version, fresh, rebuild)
    parts = sources.global_parts(group)
    group = {aid for aid in group if aid in parts}
    # the same global phase as extract, on these articles
    combined = combine(parts[aid] for aid in sorted(group))
    story_of = combined.story_of
    rewrite = sorted(a for a in group if a in touched or story_of[a] != old_story.get(a))
    records = sources.records(rewrite)  # the touched articles are among them
    extractions = {aid: records[aid].extraction or Extraction(aid) for aid in touched & group}

    # articles: rows of touched articles and of those whose story changed
    by_url: dict[str, list[str]] = defaultdict(list)
    for url_norm, aid in after.items():
        if aid in group:
            by_url[aid].append(urls.get(url_norm, url_norm))
    rewritten = [_with_first_path(records[a].item, by_url[a]) for a in rewrite]
    duplicates = {
        a.article_id: sorted(set(by_url[a.article_id]) - {a.source_path}) for a in rewritten
    }
    out.rewritten_rows = len(set(rewrite) - new_ids)
    tx.replace(
        "articles",
        column="article_id",
        remove=set(rewrite) | removed,
        rows=rows.article_rows(rewritten, story_of, duplicates),
    )
    kept = [extractions[a] for a in sorted(touched & group)]
    mentions = rows.mention_rows(kept)
    for name in MENTION_TABLES:
        tx.replace(name, column="article_id", remove=touched, rows=mentions.get(name, []))

    # stories, commitments, evidence: the affected stories only
    stories = set(story_of.values())
    superseded = old_stories | stories
    old_commitments = {
        r["commitment_id"]
        for r in tx.select("commitments", ["commitment_id"], "story_id", superseded)
    }
    tx.replace("stories", column="story_id", remove=superseded, rows=combined.stories)
    tx.replace("commitments", column="story_id", remove=superseded, rows=combined.commitments)
    tx.replace(
        "commitment_evidence",
        column="commitment_id",
        remove=old_commitments,
        rows=combined.evidence,
    )
    out.stories, out.commitments = len(stories), len(combined.commitments)

    # decrees, officials: recomputed for what the touched articles mention
    gone = sources.records(removed)
    # In article_id order: the first mention of a decree gives its type, issuer and year.
    touched_ex = [extractions[a] for a in sorted(touched & group)] + [
        gone[a].extraction for a in sorted(gone) if gone[a].extraction is not None
    ]
    _update_decrees(tx, touched_ex)
    _update_officials(tx, touched_ex)

    # rejects: pages that could not be read as articles
    page_urls = {p.url for p in loaded} | {urls.get(p.url_norm, p.url) for p in loaded}
    rejects = [p.item for p in loaded if isinstance(p.item, Reject)]
    tx.replace("rejects", column="source_path", remove=page_urls, rows=rows.reject_rows(rejects))
    return out


def _candidates(state: State, fresh: Mapping[str, Processed], live: set[str]) -> set[str]:
    """Live articles sharing a strong key or a rare anchor with a fresh article."""
    keys_of = {aid: story_keys(p.item, p.extraction) for aid, p in fresh.items()}
    state.put_keys(keys_of)
    wanted = set().union(*keys_of.values())
    # A key held by more than RARE_ANCHOR_DF + (articles with keys that are not live) articles
    # has more than RARE_ANCHOR_DF live holders: its holders need not be read at all.
    cap = RARE_ANCHOR_DF + len(state.key_articles() - live)
    counts = state.holder_counts(wanted, at_most=cap)
    wanted = {k for k in wanted if k.startswith(STRONG) or counts.get(k, 0) <= cap}
    found: set[str] = set()
    for key, holders in state.sharing(wanted, live).items():
        if key.startswith(STRONG) or len(holders) <= RARE_ANCHOR_DF:
            found |= holders
    return found


@dataclass(frozen=True)
class _Sources:
    """Where a night finds processed articles: its own fresh ones first, then the cache
    in ``state.sqlite``, then ``raw/`` (``rebuild``: committed articles missing from the
    cache, after an extractor change)."""

    state: State
    version: str
    fresh: Mapping[str, Processed]
    rebuild: Rebuild

    def global_parts(self, ids: Iterable[str]) -> dict[str, GlobalPart]:
        """What the global phase reads of the articles ``ids`` (from the cache, only
        that part of each record)."""
        ids = set(ids)
        out = {aid: global_part(p) for aid, p in self.fresh.items() if aid in ids}
        out.update(self.state.get_global_parts(self.version, ids - set(out)))
        if missing := ids - set(out):
            out.update((aid, global_part(p)) for aid, p in self.records(missing).items())
        return out

    def records(self, ids: Iterable[str]) -> dict[str, Processed]:
        """The processed articles ``ids``."""
        ids = set(ids)
        out = {aid: p for aid, p in self.fresh.items() if aid in ids}
        ids -= set(out)
        out.update(self.state.get_processed(self.version, ids))
        missing = ids - set(out)
        if missing:
            out.update(self.rebuild(missing))
            missing -= set(out)
        if missing:
            print(
                f"warning: {len(missing)} article(s) could not be re-read from raw/; "
                "their rows are left as they are",
                file=sys.stderr,
            )
        return out


def _with_first_path(article: Article, paths: list[str]) -> Article:
    """The smallest of the article's URLs is its source_path, the others its duplicates
    (whichever night each URL was found)."""
    if not paths or article.source_path == min(paths):
        return article
    return replace(article, source_path=min(paths))


def _update_decrees(tx: Transaction, extractions: list[Extraction]) -> None:
    """Rows of the numbers ``extractions`` mention, from every mention left (type,
    issuer and year stay those of the row already there, if any)."""
    mentioned: dict[str, DecreeMention] = {}
    for ex in extractions:
        for d in ex.decrees:
            mentioned.setdefault(d.number, d)
    if not mentioned:
        return
    old = {
        r["number"]: r
        for r in tx.select("decrees", ["number", "doc_type", "issuer", "year"], "number", mentioned)
    }
    issue_dates: dict[str, Counter[str]] = {}
    for r in tx.select("decree_mentions", ["number", "issue_date"], "number", mentioned):
        stated = issue_dates.setdefault(r["number"], Counter())
        if r["issue_date"]:
            stated[r["issue_date"].isoformat()] += 1
    new_rows = []
    for number in sorted(issue_dates):
        d = mentioned[number]
        base = old.get(number) or {"doc_type": d.doc_type, "issuer": d.issuer, "year": d.year}
        new_rows.append(
            rows.decree_row(
                number, base["doc_type"], base["issuer"], base["year"], issue_dates[number]
            )
        )
    tx.replace("decrees", column="number", remove=mentioned, rows=new_rows)


def _update_officials(tx: Transaction, extractions: list[Extraction]) -> None:
    """Rows of the people ``extractions`` mention, from every mention left; the native
    spellings (not in ``official_mentions``) are the row's and those of ``extractions``."""
    mentioned: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        for o in ex.officials:
            mentioned[o.person_id].update([o.name_native] if o.name_native else [])
    if not mentioned:
        return
    old = {
        r["person_id"]: r["name_native"]
        for r in tx.select("officials", ["person_id", "name_native"], "person_id", mentioned)
    }
    people: dict[str, tuple[str, set[str | None]]] = {}
    for r in tx.select("official_mentions", ["person_id", "name", "title"], "person_id", mentioned):
        people.setdefault(r["person_id"], (r["name"], set()))[1].add(r["title"])
    new_rows = [
        rows.official_row(pid, name, [old.get(pid), *mentioned[pid]], titles)
        for pid, (name, titles) in people.items()
    ]
    tx.replace("officials", column="person_id", remove=mentioned, rows=new_rows)
