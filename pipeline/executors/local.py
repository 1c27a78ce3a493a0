"""Local executor: an ordered map over batches, in-process or on worker processes.

Results come back in input order whatever the worker count, so the output is
byte-identical with 1 or N workers.

A worker that dies (``kill -9``, the OOM killer) is detected, not waited for: the
pool is replaced and the batches that had not come back are run again on fresh
workers (the step is pure, so the tables are the same). A pool that loses a worker
:data:`MAX_WORKER_DEATHS` times in one run is given up with :class:`WorkerDied`,
which the CLI reports (exit 70), and no table is replaced.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from pipeline.executors import WarmUp, forkserver_context
from pipeline.settings import IN_FLIGHT_PER_WORKER, MAX_WORKER_DEATHS

T = TypeVar("T")
R = TypeVar("R")

#: Tests: a worker that finds this file missing creates it and kills itself with
#: SIGKILL (once per file), exactly as the OOM killer would; ``always``: every worker
#: kills itself on its first batch.
KILL_ONCE_ENV = "PIPELINE_TEST_KILL_WORKER_ONCE"


class WorkerDied(RuntimeError):
    """Worker processes kept dying (killed by a signal: out of memory?)."""


class LocalExecutor:
    """``workers == 1`` runs in this process; more uses a spawn-safe process pool."""

    name = "local"

    def __init__(self, workers: int = 1, warm_up: WarmUp | None = None) -> None:
        self.workers = max(1, workers)
        self.warm_up = warm_up
        self.deaths = 0  # worker deaths survived by the last map

    def start(self) -> None:
        """Start the forkserver now, so that it runs the warm-up while
        this process does something else; :meth:`map` would otherwise start it."""
        if self.workers > 1:
            self._context()
            multiprocessing.forkserver.ensure_running()

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        if self.workers == 1:
            yield from map(fn, items)
            return
        todo = iter(items)
        pending: deque[tuple[T, Future[R] | None]] = deque()  # in input order
        self.deaths = 0
        window = self.workers * IN_FLIGHT_PER_WORKER
        while True:
            pool = ProcessPoolExecutor(
                self.workers, mp_context=self._context(), initializer=_worker_init
            )
            clean = False
            try:
                # resubmit what a dead pool lost, in order, then keep the window full
                for i, (item, _lost) in enumerate(pending):
                    pending[i] = (item, _submit(pool, fn, item))
                while True:
                    while len(pending) < window:
                        item = next(todo, _END)
                        if item is _END:
                            break
                        pending.append((item, _submit(pool, fn, item)))
                    if not pending:
                        clean = True
                        return
                    item, future = pending[0]
                    assert future is not None
                    result = future.result()
                    pending.popleft()
                    yield result
            except BrokenProcessPool:
                self.deaths += 1
                if self.deaths > MAX_WORKER_DEATHS:
                    raise WorkerDied(
                        f"a worker process died {self.deaths} times (killed by a signal; "
                        "out of memory?); no table was replaced. Retry with fewer --workers "
                        "or more memory"
                    ) from None
                pending = deque((item, None) for item, _future in pending)
                clean = True  # the dead pool's other workers end on their own
            finally:
                if not clean:  # interrupted, or the consumer failed: stop the workers now
                    for process in list(getattr(pool, "_processes", {}).values()):
                        process.terminate()
                pool.shutdown(wait=True, cancel_futures=True)

    def _context(self) -> multiprocessing.context.ForkServerContext:
        return forkserver_context(self.warm_up)  # workers start warm


_END = object()
_HELD = (signal.SIGINT, signal.SIGTERM)


def _submit(pool: ProcessPoolExecutor, fn: Callable[[T], R], item: T) -> Future[R]:
    """``pool.submit``, with Ctrl-C and SIGTERM held back while it may be starting a
    worker: an exception in the middle of a start would leave the half-started worker
    untracked, printing a traceback once this process is gone. A signal that came in
    meanwhile is raised again right after, to its usual handler."""
    if threading.current_thread() is not threading.main_thread():
        return pool.submit(_call, fn, item)
    caught: list[int] = []
    previous = {signum: signal.signal(signum, lambda n, _f: caught.append(n)) for signum in _HELD}
    try:
        return pool.submit(_call, fn, item)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for signum in dict.fromkeys(caught):
            signal.raise_signal(signum)


def _worker_init() -> None:
    """Workers leave Ctrl-C to the main process (which reports it once, no tracebacks)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _call(fn: Callable[[T], R], item: T) -> R:
    marker = os.environ.get(KILL_ONCE_ENV)
    if marker == "always":
        os.kill(os.getpid(), signal.SIGKILL)
    if marker:
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            pass
        else:
            os.close(fd)
            os.kill(os.getpid(), signal.SIGKILL)
    return fn(item)
