"""Executors run the per-article step over batches; all return results in input order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")

EXECUTORS = ("local", "dask")


class Executor(Protocol):
    name: str
    workers: int

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]: ...


def make_executor(name: str, workers: int, scheduler: str | None = None) -> Executor:
    """The executor called ``name`` (``local`` or ``dask``) with ``workers`` workers."""
    if name == "local":
        from pipeline.executors.local import LocalExecutor

        return LocalExecutor(workers)
    if name == "dask":
        from pipeline.executors.dask import DaskExecutor

        return DaskExecutor(workers, scheduler)
    raise ValueError(f"unknown executor {name!r}; choose one of {', '.join(EXECUTORS)}")
