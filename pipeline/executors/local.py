"""Local executor: an ordered map over batches, in-process or on worker processes.

Results come back in input order whatever the worker count, so the output is
byte-identical with 1 or N workers.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


class LocalExecutor:
    """``workers == 1`` runs in this process; more uses a spawn-safe process pool."""

    name = "local"

    def __init__(self, workers: int = 1) -> None:
        self.workers = max(1, workers)

    def start(self) -> None:
        """Start the forkserver now, so that it warms up (see ``executors.warm``) while
        this process does something else; :meth:`map` would otherwise start it."""
        if self.workers > 1:
            self._context()
            multiprocessing.forkserver.ensure_running()

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        if self.workers == 1:
            yield from map(fn, items)
            return
        with self._context().Pool(self.workers) as pool:
            yield from pool.imap(fn, items, chunksize=1)

    @staticmethod
    def _context() -> multiprocessing.context.ForkServerContext:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["pipeline.executors.warm"])  # workers start warm
        return ctx
