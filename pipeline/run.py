"""The one path through the stages: ``run(config)``.

load → language → extract (per article, on the executor) → dedupe →
stories → commitments (global) → write (atomic Parquet).
The CLI, ``make``, the nightly job and the tests all call :func:`run`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from pipeline.executors import make_executor
from pipeline.records import Article, Extraction, Reject, RunSummary
from pipeline.schema import TABLES
from pipeline.stages import rows
from pipeline.stages.commitments import build_commitments
from pipeline.stages.extract import extract_article
from pipeline.stages.load import DEFAULT_MAX_BYTES, LoadOptions, discover, load_file
from pipeline.stages.stories import assign_stories, story_rows
from pipeline.stages.write import remove_stale_temps, write_table

BATCH_FILES = 32  # fixed, so that batching never depends on the worker count


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

    def add(self, item: Article | Reject, extraction: Extraction | None) -> None:
        if isinstance(item, Reject):
            self.rejects.append(item)
        elif item.article_id in self.extractions:
            self.duplicates.setdefault(item.article_id, []).append(item.source_path)
        else:
            self.articles.append(item)
            self.extractions[item.article_id] = extraction or Extraction(item.article_id)


Batch = tuple[Path, int, Sequence[Path]]  # input root, max bytes, files


def process_batch(batch: Batch) -> list[tuple[Article | Reject, Extraction | None]]:
    """Load and extract one batch of files (runs on a worker; pure)."""
    root, max_bytes, paths = batch
    options = LoadOptions(max_bytes=max_bytes)
    out: list[tuple[Article | Reject, Extraction | None]] = []
    for path in paths:
        for item in load_file(path, root, options):
            if isinstance(item, Article):
                out.append((item, _safe_extract(item)))
            else:
                out.append((item, None))
    return out


def _safe_extract(article: Article) -> Extraction | None:
    try:
        return extract_article(article)
    except Exception as err:  # an extractor bug must not stop the run: record and go on
        print(f"warning: extraction failed for {article.source_path}: {err!r}", file=sys.stderr)
        return None


def load_and_extract(config: RunConfig, summary: RunSummary) -> Loaded:
    """Discover the inputs and run the per-article step on the executor."""
    found = discover(config.input)
    summary.files_seen = len(found.files)
    loaded = Loaded(rejects=list(found.rejects))
    batches = [
        (config.input, config.max_bytes, found.files[i : i + BATCH_FILES])
        for i in range(0, len(found.files), BATCH_FILES)
    ]
    executor = make_executor(config.executor, config.workers, config.scheduler)
    bar = tqdm(total=len(found.files), unit="file", desc="extract", file=sys.stderr,
               disable=not config.progress or len(found.files) < 50)
    results: Iterator[list] = executor.map(process_batch, batches)
    for batch, result in zip(batches, results, strict=True):
        for item, extraction in result:
            loaded.add(item, extraction)
        bar.update(len(batch[2]))
    bar.close()
    return loaded


def run(config: RunConfig) -> RunSummary:
    """Run every stage on ``config.input`` and write every table to ``config.output``."""
    summary = RunSummary()
    remove_stale_temps(config.output)
    loaded = load_and_extract(config, summary)
    articles = loaded.articles
    story_of = assign_stories(articles, loaded.extractions)
    commitments, evidence = build_commitments(articles, loaded.extractions, story_of)
    extractions = [loaded.extractions[a.article_id] for a in articles]
    mentions = rows.mention_rows(extractions)
    tables = {
        "articles": rows.article_rows(articles, story_of, loaded.duplicates),
        "stories": story_rows(articles, story_of),
        "decrees": rows.decree_rows(extractions),
        "officials": rows.official_rows(extractions),
        "commitments": rows.commitment_rows(commitments),
        "commitment_evidence": rows.evidence_rows(evidence),
        "rejects": rows.reject_rows(loaded.rejects),
        **mentions,
    }
    for name in TABLES:
        write_table(name, tables.get(name, []), config.output)
    summary.articles = len(articles)
    summary.duplicates = sum(len(v) for v in loaded.duplicates.values())
    summary.rejected = len(loaded.rejects)
    for a in articles:
        summary.per_lang[a.lang] = summary.per_lang.get(a.lang, 0) + 1
    summary.skipped_lang = sum(1 for r in tables["articles"] if not r["extracted"])
    summary.stories = len(tables["stories"])
    summary.commitments = len(commitments)
    return summary
