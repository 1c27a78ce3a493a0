"""Dask executor: the same per-batch function over ``dask.bag`` partitions.

Locally it uses Dask's ``processes`` scheduler on one process pool kept for the
whole run (no extra dependency: plain ``dask`` is enough). With ``scheduler``
set to an address (``tcp://host:8786``) it sends the partitions to a running
``dask.distributed`` cluster instead; that needs ``pip install "dask[distributed]"``,
the ``pipeline`` package installed on every worker, and the input files readable
at the same paths on every worker (a shared file system).

Batches are computed in windows of a few per worker, so memory holds only a
window's results, and the next window is already running while the caller
consumes the current one. Results come back in input order, so the output is
byte-identical to the local executor's whatever the worker count.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from itertools import islice
from typing import Any, TypeVar

import dask.bag as db

from pipeline.executors import WarmUp, forkserver_context
from pipeline.settings import WINDOW_PER_WORKER

T = TypeVar("T")
R = TypeVar("R")

INSTALL_HINT = 'the Dask cluster executor needs dask.distributed: pip install "dask[distributed]"'


class DaskExecutor:
    """Ordered map on Dask: local processes, or a cluster when ``scheduler`` is an address.

    >>> list(DaskExecutor(1).map(abs, [-2, 1, -3]))
    [2, 1, 3]
    """

    name = "dask"

    def __init__(
        self, workers: int = 1, scheduler: str | None = None, warm_up: WarmUp | None = None
    ) -> None:
        self.workers = max(1, workers)
        self.scheduler = scheduler or None
        self.warm_up = warm_up
        if self.scheduler is not None:
            _require_distributed()

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """Apply ``fn`` to every item on Dask; yield the results in input order."""
        if self.scheduler is not None:
            yield from self._map_cluster(fn, items)
            return
        if self.workers == 1:  # Dask's synchronous scheduler: same graph, this process
            yield from _windows(fn, items, 8, {"scheduler": "synchronous"})
            return
        ctx = forkserver_context(self.warm_up)  # workers start warm
        with ProcessPoolExecutor(self.workers, mp_context=ctx) as pool:
            options = {"scheduler": "processes", "pool": pool, "num_workers": self.workers}
            yield from _windows(fn, items, self.workers * WINDOW_PER_WORKER, options)

    def _map_cluster(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        from distributed import Client

        with Client(self.scheduler) as client:
            if self.warm_up is not None:  # every worker, in parallel, before any task
                client.run(self.warm_up)
            workers = max(self.workers, len(client.scheduler_info().get("workers", {})))
            yield from _sliding(client, fn, items, workers * WINDOW_PER_WORKER)


def _sliding(client: Any, fn: Callable[[T], R], items: Iterable[T], size: int) -> Iterator[R]:
    """Ordered map on a ``distributed`` cluster with at most ``size`` tasks in flight.

    One future per item, submitted as the oldest one is consumed: no barrier at the
    end of a window (a slow batch no longer idles the other workers), no bag graph to
    build and optimise per window, and ``fn`` is scattered once instead of pickled into
    every task. Results are taken in input order and released as soon as consumed."""
    from collections import deque

    it = iter(items)
    [fn_future] = client.scatter([fn], broadcast=True, hash=False)
    pending: deque[Any] = deque()

    def submit_next() -> bool:
        for item in islice(it, 1):
            pending.append(client.submit(_apply, fn_future, item, pure=False))
            return True
        return False

    try:
        while len(pending) < size and submit_next():
            pass
        while pending:
            future = pending.popleft()
            result = future.result()
            future.release()
            submit_next()
            yield result
    finally:
        for future in pending:
            future.cancel()


def _apply(fn: Callable[[T], R], item: T) -> R:
    return fn(item)


def _windows(
    fn: Callable[[T], R], items: Iterable[T], size: int, options: dict[str, Any]
) -> Iterator[R]:
    """Compute ``items`` window by window (one bag partition per item), keeping the
    next window running in the background while this one is consumed."""
    it = iter(items)

    def compute(window: list[T]) -> list[R]:
        bag = db.from_sequence(window, npartitions=len(window))
        return bag.map(fn).compute(**options)

    def submit(runner: ThreadPoolExecutor) -> Future[list[R]] | None:
        window = list(islice(it, size))
        return runner.submit(compute, window) if window else None

    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="dask-window") as runner:
        current = submit(runner)
        while current is not None:
            following = submit(runner)
            try:
                yield from current.result()
            except BaseException:
                if following is not None:
                    following.cancel()
                raise
            current = following


def scheduler_problem(executor: str, scheduler: str | None) -> str | None:
    """Why ``--scheduler`` cannot be used with ``executor`` here, or None if it can.

    >>> scheduler_problem("local", "tcp://10.0.0.5:8786")
    '--scheduler needs --executor dask'
    >>> scheduler_problem("dask", None) is None
    True
    """
    if not scheduler:
        return None
    if executor != "dask":
        return "--scheduler needs --executor dask"
    try:
        import distributed  # noqa: F401
    except ImportError:
        return INSTALL_HINT
    return None


def _require_distributed() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError as err:
        raise RuntimeError(INSTALL_HINT) from err
