"""The one path through the stages: ``run(config)``.

load → language → extract → story features and obligations (per article, on
the executor: :mod:`pipeline.worker`) → dedupe → the global phase over every article
(stories, commitments: :mod:`pipeline.combine.phase`, which the nightly job runs over
the articles a night could change) → write (atomic Parquet). The CLI, ``make``, the
benchmark and the tests call :func:`run`.

Memory is bounded by what the global stages need, not by the corpus: the main
process keeps no text. Each batch's articles and mentions are spilled to
files as they arrive (and sorted range by range at the end); stories keep a few
kilobytes of hashes per article, commitments the obligation sentences only.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pyarrow as pa

from pipeline import rows
from pipeline.combine.phase import GlobalInputs, global_part
from pipeline.executors import batched, make_executor, map_batches, stop_forkserver
from pipeline.executors.local import LocalExecutor
from pipeline.ingest.load import (
    DEFAULT_MAX_BYTES,
    WorkUnit,
    discover,
    plan_inputs,
    unit_weight,
)
from pipeline.lang import SUPPORTED
from pipeline.records import Extraction, Processed, Reject, RunSummary
from pipeline.schema import TABLES
from pipeline.settings import ARTICLE_ROW_GROUP, BATCH_FILES
from pipeline.timing import lap
from pipeline.worker import process_batch, warm
from pipeline.write import (
    Publication,
    SortedTableWriter,
    remove_stale_temps,
    warm_arrow,
    write_table,
)

#: Tables spilled batch by batch while extracting and sorted at the end.
SPILLED_TABLES = ("articles", "decree_mentions", "date_mentions", "deadlines", "official_mentions")


@dataclass(frozen=True)
class RunConfig:
    input: Path
    output: Path
    max_bytes: int = DEFAULT_MAX_BYTES
    workers: int = 1
    executor: str = "local"
    scheduler: str | None = None
    progress: bool = True


def plan_batches(files: Sequence[Path], max_bytes: int) -> list[list[WorkUnit]]:
    """The batches of work for ``files``: up to ``BATCH_FILES`` files each, and a large
    JSONL file split into parts of ``BATCH_FILES`` records, each part a batch of its own
    (so one big file spreads over every worker). Offsets only, no text."""
    units = plan_inputs(files, max_bytes, BATCH_FILES)
    return batched(units, BATCH_FILES, unit_weight)


def process_inputs(config: RunConfig, summary: RunSummary) -> Iterator[list[Processed]]:
    """Discover the inputs and run the per-article step on the executor; yields each
    batch's results in input order (the discovery rejects first)."""
    executor = make_executor(config.executor, config.workers, config.scheduler, warm)
    try:
        if isinstance(executor, LocalExecutor) and executor.workers > 1:
            # The forkserver loads the models (about 1.5 s) while this process reads the
            # inputs and imports what pyarrow imports on its first conversion (pandas).
            executor.start()
            warm_arrow()
        found = discover(config.input)
        summary.files_seen = len(found.files)
        yield [Processed(reject) for reject in found.rejects]
        batches = plan_batches(found.files, config.max_bytes)
        work = partial(process_batch, config.input, config.max_bytes)
        total = sum(unit_weight(unit) for batch in batches for unit in batch)
        disable = not config.progress or total < 50
        yield from map_batches(executor, work, batches, weight=unit_weight, disable=disable)
    finally:
        stop_forkserver()  # its models are not needed by the global phase: 220 MB less


@dataclass
class _Collected:
    """What the main process keeps of the per-article results: no texts."""

    global_inputs: GlobalInputs = field(default_factory=GlobalInputs)
    decrees: rows.DecreeTable = field(default_factory=rows.DecreeTable)
    officials: rows.OfficialTable = field(default_factory=rows.OfficialTable)
    rejects: list[Reject] = field(default_factory=list)
    duplicates: dict[str, list[str]] = field(default_factory=dict)
    langs: dict[str, str] = field(default_factory=dict)  # article_id -> lang

    def add(self, batch: list[Processed], spills: dict[str, SortedTableWriter]) -> None:
        """Keep one batch: spill its article and mention rows, index the rest."""
        fresh: list[Processed] = []
        for p in batch:
            item = p.item
            if isinstance(item, Reject):
                self.rejects.append(item)
            elif item.article_id in self.langs:
                self.duplicates.setdefault(item.article_id, []).append(item.source_path)
            else:
                self.langs[item.article_id] = item.lang
                fresh.append(p)
        extractions = [p.extraction or Extraction(p.item.article_id) for p in fresh]
        for ex in extractions:
            self.decrees.add(ex)
            self.officials.add(ex)
        for p in fresh:
            self.global_inputs.add(global_part(p))
        spills["articles"].write_rows(rows.article_rows([p.item for p in fresh], {}, {}))
        for name, table_rows in rows.mention_rows(extractions).items():
            spills[name].write_rows(table_rows)

    def article_overrides(self, story_of: dict[str, str]) -> pa.Table:
        """The columns of ``articles`` only known at the end, by article_id."""
        ids = sorted(self.langs)
        paths = [sorted(self.duplicates.get(aid, [])) for aid in ids]
        return pa.table(
            {
                "article_id": pa.array(ids, pa.string()),
                "story_id": pa.array([story_of.get(aid) for aid in ids], pa.string()),
                "duplicates": pa.array([len(p) for p in paths], pa.int64()),
                "duplicate_paths": pa.array(paths, pa.list_(pa.string())),
            }
        )


def run(config: RunConfig) -> RunSummary:
    """Run every stage on ``config.input`` and write every table to ``config.output``.

    Articles and mentions spill to temporary files while extracting; the tables
    are renamed into place together (:class:`~pipeline.write.Publication`),
    only once every stage succeeded and every table is written.
    ``summary.timings`` holds the wall seconds of each stage.
    """
    summary = RunSummary()
    remove_stale_temps(config.output)  # before the spills open their own temp files
    kept = _Collected()
    with ExitStack() as stack:
        publication = stack.enter_context(Publication(config.output))
        spills = {
            name: stack.enter_context(
                SortedTableWriter(
                    name,
                    config.output,
                    **({"row_group_rows": ARTICLE_ROW_GROUP} if name == "articles" else {}),
                )
            )
            for name in SPILLED_TABLES
        }
        clock = time.perf_counter()
        for batch in process_inputs(config, summary):
            kept.add(batch, spills)
        lap(summary.timings, "load_extract", clock)
        combined = kept.global_inputs.combine(summary.timings)
        clock = time.perf_counter()
        tables = {
            "stories": combined.stories,
            "decrees": kept.decrees.rows(),
            "officials": kept.officials.rows(),
            "commitments": combined.commitments,
            "commitment_evidence": combined.evidence,
            "rejects": rows.reject_rows(kept.rejects),
        }
        for name in TABLES:
            if name == "articles":
                spills[name].commit(kept.article_overrides(combined.story_of), publication)
            elif name in spills:
                spills[name].commit(pending=publication)
            else:
                write_table(name, tables.get(name, []), config.output, publication)
        publication.publish()
        lap(summary.timings, "write", clock)
    summary.articles = len(kept.langs)
    summary.duplicates = sum(len(v) for v in kept.duplicates.values())
    summary.rejected = len(kept.rejects)
    per_lang: dict[str, int] = defaultdict(int)
    for lang in kept.langs.values():
        per_lang[lang] += 1
    summary.per_lang = dict(per_lang)
    summary.skipped_lang = sum(n for lang, n in per_lang.items() if lang not in SUPPORTED)
    summary.stories = len(tables["stories"])
    summary.commitments = len(tables["commitments"])
    return summary
