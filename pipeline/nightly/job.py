"""``python -m pipeline nightly``: fetch new pages, extract them, update the tables.

One night, in order (each step safe to interrupt; the next night finishes the work):

1. take ``DIR/.lock`` (non-blocking ``flock``; held: exit 75);
2. remove garbage: staging files and parts the manifest does not list;
3. read every source's feed / sitemap / URL list (every night) and download the
   pages that are due (new URLs; failed ones again while transient; known ones only
   after ``refetch_after_days``); bytes go to ``raw/``, outcomes to ``state.sqlite``;
4. read every page whose content is not yet in the tables from ``raw/`` and run
   the per-article step on it (on ``workers`` processes; with several, their
   start-up overlaps step 3);
5. stage the table changes (``apply.apply_pages``) and commit them with the manifest;
6. mark the pages applied in ``state.sqlite``.

``PIPELINE_NIGHTLY_CRASH_AT=download|fetch|extract|write|commit`` kills the process with
SIGKILL at that point (tests use it to prove crash safety).
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from pipeline.article.step import process_item
from pipeline.executors import batched, map_batches
from pipeline.executors.local import LocalExecutor
from pipeline.exit_codes import EX_OK, EX_PARTIAL
from pipeline.ingest.load import article_from_html
from pipeline.locks import Locked, pid_lock
from pipeline.nightly.apply import Loaded, apply_pages
from pipeline.nightly.cachekey import per_article_version
from pipeline.nightly.config import NightlyConfig, Source
from pipeline.nightly.fetch import Fetcher, FetchResult
from pipeline.nightly.rawstore import RawStore, decode_html
from pipeline.nightly.sources import discover
from pipeline.nightly.state import State
from pipeline.nightly.tables import TableStore, Transaction
from pipeline.records import Article, Processed, Reject
from pipeline.settings import COMMIT_EVERY, PAGES_PER_BATCH
from pipeline.timing import lap
from pipeline.urls import normalise_url
from pipeline.worker import warm_pages

CRASH_ENV = "PIPELINE_NIGHTLY_CRASH_AT"
#: (content hash, URL, language hint, charset) of one stored page.
PageRef = tuple[str, str, str | None, str | None]


class LockHeld(Locked):
    """Another nightly run holds the data folder's lock."""


@dataclass
class NightSummary:
    """What one night did; ``line()`` is printed, ``exit_code`` returned by the CLI."""

    version: int = 0
    sources: int = 0
    failed_sources: list[str] = field(default_factory=list)
    urls_found: int = 0
    fetched: int = 0
    fetch_failures: int = 0
    applied_pages: int = 0
    new_articles: int = 0
    removed_articles: int = 0
    rewritten_rows: int = 0
    stories: int = 0
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        return EX_PARTIAL if self.failed_sources else EX_OK

    def line(self) -> str:
        failed = (
            f" ({len(self.failed_sources)} with failures: {', '.join(self.failed_sources)})"
            if self.failed_sources
            else ""
        )
        return (
            f"night {self.version}: {self.sources} sources{failed}, {self.urls_found} URLs "
            f"listed, {self.fetched} downloaded ({self.fetch_failures} failed), "
            f"{self.applied_pages} pages applied: {self.new_articles} new articles, "
            f"{self.removed_articles} removed, {self.rewritten_rows} rows updated, "
            f"{self.stories} stories touched; {self.seconds:.2f} s"
        )


def night_lock(data_dir: Path) -> AbstractContextManager[None]:
    """Exclusive, non-blocking lock on ``DIR/.lock``; raises :class:`LockHeld`."""
    return pid_lock(
        data_dir / ".lock",
        lambda holder: LockHeld(
            f"another nightly run (pid {holder}) holds {data_dir / '.lock'}; try again later"
        ),
    )


def crash_point(name: str) -> None:
    """Kill this process (SIGKILL, no cleanup) when ``PIPELINE_NIGHTLY_CRASH_AT`` names it."""
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def run_nightly(config: NightlyConfig, data_dir: Path, workers: int = 1) -> NightSummary:
    """One night over ``data_dir`` (see the module docstring); raises LockHeld.
    ``workers``: processes for the per-article step (the tables are the same for any)."""
    started = time.perf_counter()
    with night_lock(data_dir):
        summary = NightSummary(sources=len(config.sources))
        executor = LocalExecutor(workers, warm_pages)
        executor.start()  # the workers warm up while the pages download
        store = TableStore(data_dir / "tables")
        store.collect_garbage()
        state = State(data_dir / "state.sqlite")
        try:
            raw = RawStore(data_dir / "raw")
            log = _fetch_all(config, state, raw, summary)
            clock = lap(summary.timings, "fetch", started)
            crash_point("fetch")
            version = per_article_version()
            loaded = _load_pending(state, raw, version, executor)
            summary.applied_pages = len(loaded)
            clock = lap(summary.timings, "extract", clock)
            crash_point("extract")
            tx = Transaction(store)
            urls = dict(
                state.db.execute("SELECT url_norm, COALESCE(final_url, url) FROM pages").fetchall()
            )
            rebuild = partial(_rebuild, state, raw, version, executor)
            applied = apply_pages(tx, state, loaded, version, urls, rebuild) if loaded else None
            tx.replace("fetch_log", rows=[_log_row(tx.version, *item) for item in log])
            first = store.manifest()["version"] == 0
            if loaded or log or first:
                summary.version = tx.commit(before_manifest=lambda: crash_point("write"))
            else:
                tx.abandon()
                summary.version = store.manifest()["version"]
            crash_point("commit")
            if applied is not None:
                state.mark_applied(applied.marks)
                state.drop_keys(applied.removed)
                summary.new_articles = applied.new_articles
                summary.removed_articles = applied.removed_articles
                summary.rewritten_rows = applied.rewritten_rows
                summary.stories = applied.stories
            lap(summary.timings, "apply", clock)
        finally:
            state.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _fetch_all(
    config: NightlyConfig, state: State, raw: RawStore, summary: NightSummary
) -> list[tuple[str, str, FetchResult]]:
    """Discover every source, download the due pages; returns the fetch_log entries
    ``(source, kind, result)``."""
    p = config.politeness
    fetcher = Fetcher(p)
    log: list[tuple[str, str, FetchResult]] = []
    failed: set[str] = set()
    queue: dict[str, tuple[Source, str]] = {}
    now = time.time()
    for source in config.sources:
        found = discover(source, fetcher)
        summary.urls_found += len(found.urls)
        for result in found.failures:
            log.append((source.name, source.kind, result))
            failed.add(source.name)
        for result in found.skipped:  # malformed or non-http links: logged, not fetched
            log.append((source.name, "link", result))
        listed = {}
        for url in found.urls:
            try:
                key = normalise_url(url) or url
            except ValueError:
                key = url
            listed.setdefault(key, url)
        due = state.due(listed.keys() - queue.keys(), now, p.refetch_after_days, p.max_attempts)
        # the cap applies to what is due, so a long list is worked through night by night
        taken = [key for key in listed if key in due][: p.max_pages_per_source]
        queue.update((key, (source, listed[key])) for key in taken)
    with ThreadPoolExecutor(max_workers=p.concurrency) as pool:
        futures = {
            key: pool.submit(_download, fetcher, raw, url) for key, (_source, url) in queue.items()
        }
        for done, (key, future) in enumerate(futures.items(), 1):  # state: this thread only
            source, url = queue[key]
            result, content_hash = future.result()
            summary.fetched += 1
            log.append((source.name, "page", result))
            if not result.ok:
                summary.fetch_failures += 1
                failed.add(source.name)
            state.record_fetch(
                url_norm=key,
                url=url,
                source=source.name,
                lang=source.lang,
                ok=result.ok,
                http_status=result.status,
                error=result.error,
                transient=result.transient,
                fetched_at=result.fetched_at,
                content_hash=content_hash,
                final_url=result.final_url if result.ok else None,
                charset=result.charset,
            )
            if done % COMMIT_EVERY == 0:
                state.commit()
            if done == 1:
                crash_point("download")  # tests: killed while the pages download
        state.commit()
    summary.failed_sources = [s.name for s in config.sources if s.name in failed]
    return log


def _download(fetcher: Fetcher, raw: RawStore, url: str) -> tuple[FetchResult, str | None]:
    result = fetcher.get(url)
    if not result.ok or result.body is None:
        return result, None
    meta = {
        "url": url,
        "final_url": result.final_url,
        "status": result.status,
        "time": datetime.fromtimestamp(result.fetched_at, UTC).isoformat(),
        "charset": result.charset,
        "content_type": result.headers.get("content-type"),
    }
    return result, raw.put(result.body, meta)


def _load_pending(
    state: State, raw: RawStore, version: str, executor: LocalExecutor
) -> list[Loaded]:
    """Every page whose content is not in the committed tables, read from ``raw/`` and
    processed (then cached)."""
    pages = state.pending()
    refs = [(p["content_hash"], p["final_url"] or p["url"], p["lang"], p["charset"]) for p in pages]
    out = [
        Loaded(page["url_norm"], ref[1], page["content_hash"], page["applied_article_id"], done)
        for page, ref, done in zip(pages, refs, _process(raw, refs, executor), strict=True)
    ]
    state.put_processed(version, (entry.processed for entry in out))
    return out


def _rebuild(
    state: State, raw: RawStore, version: str, executor: LocalExecutor, ids: set[str]
) -> dict[str, Processed]:
    """Committed articles ``ids`` re-read from ``raw/`` and processed (then cached)."""
    refs: dict[str, PageRef] = {}
    rows = state.db.execute(
        "SELECT applied_article_id, applied_hash, COALESCE(final_url, url), lang, charset "
        "FROM pages WHERE applied_article_id IS NOT NULL ORDER BY url_norm"
    ).fetchall()
    for aid, *ref in rows:
        if aid in ids:
            refs.setdefault(aid, tuple(ref))
    out = {
        aid: done
        for aid, done in zip(refs, _process(raw, list(refs.values()), executor), strict=True)
        if isinstance(done.item, Article) and done.item.article_id == aid
    }
    state.put_processed(version, out.values())
    return out


def _process(raw: RawStore, refs: list[PageRef], executor: LocalExecutor) -> list[Processed]:
    """The per-article step over stored pages, in order, in batches on ``executor``."""
    batches = batched(refs, PAGES_PER_BATCH)
    out: list[Processed] = []
    for done in map_batches(executor, partial(process_pages, raw), batches, unit="page"):
        out.extend(done)
    return out


def process_pages(raw: RawStore, refs: Sequence[PageRef]) -> list[Processed]:
    """Read and process one batch of stored pages (runs on a worker; pure)."""
    return [process_item(page_article(raw, *ref)) for ref in refs]


def page_article(
    raw: RawStore, content_hash: str, url: str, lang: str | None, charset: str | None
) -> Article | Reject:
    """The article of one stored page, read exactly as ``extract`` reads a JSONL
    ``{"url", "html", "lang"}`` record (so a full re-run gives the same IDs)."""
    try:
        body, _meta = raw.get(content_hash)
        html, warnings = decode_html(body, charset)
    except (OSError, ValueError) as err:
        return Reject(url, "unreadable_raw", f"raw/{content_hash[:12]}…: {err}")
    try:
        return article_from_html(html, url, url=url, lang=lang, warnings=warnings)
    except Exception as err:  # a parser bug on one page must not stop the night
        return Reject(url, "load_error", f"{type(err).__name__}: {err}")


def _log_row(night: int, source: str, kind: str, result: FetchResult) -> dict:
    return {
        "night": night,
        "source": source,
        "url": result.url,
        "final_url": result.final_url,
        "kind": kind,
        "status": result.status,
        "error": result.error,
        "detail": result.detail or None,
        "time": datetime.fromtimestamp(int(result.fetched_at or time.time()), UTC),
    }


def export_jsonl(data_dir: Path, out: Path) -> int:
    """Write the pages now in the tables as JSONL ``{"url", "html", "lang"?}`` records, for
    ``python -m pipeline extract --input OUT`` (a full re-run from ``raw/``, no network).
    Returns the number of records."""
    raw = RawStore(data_dir / "raw")
    state = State(data_dir / "state.sqlite")
    try:
        pages = state.db.execute(
            "SELECT COALESCE(final_url, url), lang, charset, applied_hash FROM pages "
            "WHERE applied_hash IS NOT NULL ORDER BY url_norm"
        ).fetchall()
    finally:
        state.close()
    written = 0
    with open(out, "w", encoding="utf-8") as sink:
        for url, lang, charset, content_hash in pages:
            try:
                html, _warnings = decode_html(raw.get(content_hash)[0], charset)
            except (OSError, ValueError):
                continue  # a stored page that is not text (its article is a reject anyway)
            record = {"url": url, "html": html, **({"lang": lang} if lang else {})}
            line = json.dumps(record, ensure_ascii=False)
            # escaped, so that no line reader splits a record at them
            for char in _LINE_BREAKS:
                line = line.replace(char, f"\\u{ord(char):04x}")
            sink.write(line + "\n")
            written += 1
    return written


#: Characters ``str.splitlines`` breaks at that JSON strings may hold raw.
_LINE_BREAKS = ("\u2028", "\u2029", "\x85", "\x1c", "\x1d", "\x1e")
