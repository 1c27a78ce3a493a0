"""Local executor: an ordered map over batches, in-process or on worker processes.

Results come back in input order whatever the worker count, so the output is
byte-identical with 1 or N workers.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


class LocalExecutor:
    """``workers == 1`` runs in this process; more uses a spawn-safe process pool."""

    name = "local"

    def __init__(self, workers: int = 1) -> None:
        self.workers = max(1, workers)

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        if self.workers == 1:
            yield from map(fn, items)
            return
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["pipeline.executors.warm"])  # workers start warm
        with ctx.Pool(self.workers) as pool:
            yield from pool.imap(fn, items, chunksize=1)
