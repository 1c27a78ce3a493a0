"""Executors run the per-article step over batches; all return results in input order.

They know nothing of the pipeline: the caller gives the function to map and, for
worker processes, a *warm-up* (a module-level function without arguments) that the
forkserver runs once before it forks the workers, so that they start with the
models and grammars loaded and share those pages copy-on-write.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol, TypeVar

from tqdm import tqdm

T = TypeVar("T")
R = TypeVar("R")

EXECUTORS = ("local", "dask")
#: A warm-up for worker processes: a module-level function, imported by name there.
WarmUp = Callable[[], None]
#: ``module:function`` of the warm-up, read by ``executors.preload`` in the forkserver.
WARM_UP_ENV = "PIPELINE_WARM_UP"


class Executor(Protocol):
    name: str
    workers: int

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]: ...


def make_executor(
    name: str, workers: int, scheduler: str | None = None, warm_up: WarmUp | None = None
) -> Executor:
    """The executor called ``name`` (``local`` or ``dask``) with ``workers`` workers,
    whose worker processes run ``warm_up`` before their first task."""
    if name == "local":
        from pipeline.executors.local import LocalExecutor

        return LocalExecutor(workers, warm_up)
    if name == "dask":
        from pipeline.executors.dask import DaskExecutor

        return DaskExecutor(workers, scheduler, warm_up)
    raise ValueError(f"unknown executor {name!r}; choose one of {', '.join(EXECUTORS)}")


def forkserver_context(warm_up: WarmUp | None) -> multiprocessing.context.ForkServerContext:
    """The forkserver context, whose server runs ``warm_up`` once (``executors.preload``)
    before it forks any worker. The forkserver is one per process, started by the first
    pool that needs it, so the warm-up it runs is that of the first executor."""
    ctx = multiprocessing.get_context("forkserver")
    if warm_up is not None:
        os.environ[WARM_UP_ENV] = f"{warm_up.__module__}:{warm_up.__qualname__}"
        ctx.set_forkserver_preload(["pipeline.executors.preload"])
    return ctx


def stop_forkserver() -> None:
    """Stop this process's forkserver, if one runs. It holds what the warm-up loaded (the
    models and grammars: about 220 MB once no worker shares its pages), which nothing
    after the per-article step needs; the next pool starts and warms a new one."""
    server = getattr(multiprocessing.forkserver, "_forkserver", None)
    stop = getattr(server, "_stop", None)  # CPython's own (3.8 and later)
    if stop is not None:
        stop()


def _one(_item: object) -> int:
    return 1


def batched(items: Iterable[T], size: int, weight: Callable[[T], int] = _one) -> list[list[T]]:
    """``items`` in order, cut into batches whose weights add up to at most ``size``
    (an item heavier than that is a batch of its own). Never depends on the worker count,
    so neither does anything computed per batch.

    >>> batched(range(5), 2)
    [[0, 1], [2, 3], [4]]
    >>> batched([1, 3, 1, 1], 3, weight=lambda x: x)
    [[1], [3], [1, 1]]
    """
    batches: list[list[T]] = []
    batch: list[T] = []
    total = 0
    for item in items:
        w = weight(item)
        if batch and total + w > size:
            batches.append(batch)
            batch, total = [], 0
        batch.append(item)
        total += w
    if batch:
        batches.append(batch)
    return batches


def map_batches(
    executor: Executor,
    fn: Callable[[Sequence[T]], R],
    batches: Sequence[Sequence[T]],
    *,
    weight: Callable[[T], int] = _one,
    unit: str = "item",
    desc: str = "extract",
    disable: bool | None = None,
) -> Iterator[R]:
    """``fn`` over ``batches`` on ``executor``: each batch's result, in input order, with
    a progress bar on stderr counting the items' ``weight``. ``fn`` runs on the workers,
    so it must pickle: a module-level function or a ``functools.partial`` of one.
    ``disable=None`` shows the bar on a terminal only."""
    sizes = [sum(map(weight, batch)) for batch in batches]
    with tqdm(total=sum(sizes), unit=unit, desc=desc, file=sys.stderr, disable=disable) as bar:
        for size, result in zip(sizes, executor.map(fn, batches), strict=True):
            yield result
            bar.update(size)
