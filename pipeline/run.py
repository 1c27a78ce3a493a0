"""The one path through the stages: ``run(config)``.

load → language → extract (per article, on the executor) → dedupe →
stories → commitments (global) → write (atomic Parquet).
The CLI, ``make``, the nightly job and the tests all call :func:`run`.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from pipeline.executors import make_executor
from pipeline.lang import SUPPORTED
from pipeline.records import Article, Extraction, Reject, RunSummary
from pipeline.schema import TABLES
from pipeline.stages import rows
from pipeline.stages.extract import safe_extract
from pipeline.stages.load import DEFAULT_MAX_BYTES, LoadOptions, discover, load_file
from pipeline.stages.write import StreamingTableWriter, remove_stale_temps, write_table
from pipeline.timing import lap

BATCH_FILES = 32  # fixed, so that batching never depends on the worker count
#: Per-article tables written batch by batch while extracting (rows in sorted
#: source-path order, then by offset), instead of being held until the end.
STREAMED_TABLES = ("decree_mentions", "date_mentions", "deadlines", "official_mentions")
#: Articles per chunk when writing the articles table (bounds the row dicts and
#: Arrow buffers held at once; the texts themselves are already in memory).
ARTICLE_CHUNK = 2_000


@dataclass(frozen=True)
class RunConfig:
    input: Path
    output: Path
    max_bytes: int = DEFAULT_MAX_BYTES
    workers: int = 1
    executor: str = "local"
    scheduler: str | None = None
    progress: bool = True


@dataclass
class Loaded:
    """Per-article results of the parallel step, deduplicated by article_id."""

    articles: list[Article] = field(default_factory=list)
    extractions: dict[str, Extraction] = field(default_factory=dict)
    rejects: list[Reject] = field(default_factory=list)
    duplicates: dict[str, list[str]] = field(default_factory=dict)

    def add(self, item: Article | Reject, extraction: Extraction | None) -> Extraction | None:
        """Keep ``item``; returns its extraction when it is a new article, else None."""
        if isinstance(item, Reject):
            self.rejects.append(item)
        elif item.article_id in self.extractions:
            self.duplicates.setdefault(item.article_id, []).append(item.source_path)
        else:
            self.articles.append(item)
            kept = extraction or Extraction(item.article_id)
            self.extractions[item.article_id] = kept
            return kept
        return None


Batch = tuple[Path, int, Sequence[Path]]  # input root, max bytes, files


def process_batch(batch: Batch) -> list[tuple[Article | Reject, Extraction | None]]:
    """Load and extract one batch of files (runs on a worker; pure)."""
    root, max_bytes, paths = batch
    options = LoadOptions(max_bytes=max_bytes)
    out: list[tuple[Article | Reject, Extraction | None]] = []
    for path in paths:
        for item in load_file(path, root, options):
            if isinstance(item, Article):
                out.append((item, safe_extract(item)))
            else:
                out.append((item, None))
    return out


def load_and_extract(
    config: RunConfig,
    summary: RunSummary,
    on_batch: Callable[[list[Extraction]], None] | None = None,
) -> Loaded:
    """Discover the inputs and run the per-article step on the executor.

    ``on_batch``, if given, receives the extractions of each batch's new
    (non-duplicate) articles, in input order, as soon as the batch is done.
    """
    found = discover(config.input)
    summary.files_seen = len(found.files)
    loaded = Loaded(rejects=list(found.rejects))
    batches = [
        (config.input, config.max_bytes, found.files[i : i + BATCH_FILES])
        for i in range(0, len(found.files), BATCH_FILES)
    ]
    executor = make_executor(config.executor, config.workers, config.scheduler)
    bar = tqdm(
        total=len(found.files),
        unit="file",
        desc="extract",
        file=sys.stderr,
        disable=not config.progress or len(found.files) < 50,
    )
    results: Iterator[list] = executor.map(process_batch, batches)
    for batch, result in zip(batches, results, strict=True):
        fresh = [loaded.add(item, extraction) for item, extraction in result]
        if on_batch is not None:
            on_batch([ex for ex in fresh if ex is not None])
        bar.update(len(batch[2]))
    bar.close()
    return loaded


def run(config: RunConfig) -> RunSummary:
    """Run every stage on ``config.input`` and write every table to ``config.output``.

    Per-article tables stream to temporary files while extracting; every table
    is renamed into place only once all stages succeeded. ``summary.timings``
    holds the wall seconds of each stage.
    """
    # The global stages are imported here, not at module level, so that worker
    # processes (which unpickle ``process_batch`` from this module) never load
    # datasketch/scipy: about 80 MB less per worker.
    from pipeline.stages.commitments import build_commitments
    from pipeline.stages.stories import assign_stories, story_rows

    summary = RunSummary()
    remove_stale_temps(config.output)  # before the streams open their own temp files
    with ExitStack() as stack:
        streams = {
            name: stack.enter_context(StreamingTableWriter(name, config.output))
            for name in STREAMED_TABLES
        }
        clock = time.perf_counter()
        loaded = load_and_extract(config, summary, lambda batch: _stream_mentions(batch, streams))
        clock = lap(summary.timings, "load_extract", clock)
        articles = loaded.articles
        story_of = assign_stories(articles, loaded.extractions)
        clock = lap(summary.timings, "stories", clock)
        commitments, evidence = build_commitments(articles, loaded.extractions, story_of)
        clock = lap(summary.timings, "commitments", clock)
        extractions = [loaded.extractions[a.article_id] for a in articles]
        stories = story_rows(articles, story_of)
        tables = {
            "stories": stories,
            "decrees": rows.decree_rows(extractions),
            "officials": rows.official_rows(extractions),
            "commitments": rows.commitment_rows(commitments),
            "commitment_evidence": rows.evidence_rows(evidence),
            "rejects": rows.reject_rows(loaded.rejects),
        }
        for name in TABLES:
            if name in streams:
                streams[name].commit()
            elif name == "articles":
                _write_articles(articles, story_of, loaded.duplicates, config.output)
            else:
                write_table(name, tables.get(name, []), config.output)
        lap(summary.timings, "write", clock)
    summary.articles = len(articles)
    summary.duplicates = sum(len(v) for v in loaded.duplicates.values())
    summary.rejected = len(loaded.rejects)
    for a in articles:
        summary.per_lang[a.lang] = summary.per_lang.get(a.lang, 0) + 1
    summary.skipped_lang = sum(1 for a in articles if a.lang not in SUPPORTED)
    summary.stories = len(stories)
    summary.commitments = len(commitments)
    return summary


def _stream_mentions(
    extractions: list[Extraction], streams: dict[str, StreamingTableWriter]
) -> None:
    """Append one batch's mention rows: articles in input order, spans by offset."""
    batch: dict[str, list[rows.Row]] = {name: [] for name in streams}
    for ex in extractions:
        for name, table_rows in rows.mention_rows([ex]).items():
            batch[name].extend(sorted(table_rows, key=lambda r: (r["start"], r["end"])))
    for name, table_rows in batch.items():
        streams[name].write_rows(table_rows)


def _write_articles(
    articles: Sequence[Article],
    story_of: dict[str, str],
    duplicates: dict[str, list[str]],
    out_dir: Path,
) -> None:
    """The articles table in chunks, in article_id order (as ``write_table`` sorts it)."""
    ordered = sorted(articles, key=lambda a: a.article_id)
    with StreamingTableWriter("articles", out_dir, row_group_rows=ARTICLE_CHUNK) as writer:
        for i in range(0, len(ordered), ARTICLE_CHUNK):
            chunk = ordered[i : i + ARTICLE_CHUNK]
            writer.write_rows(rows.article_rows(chunk, story_of, duplicates))
        writer.commit()
