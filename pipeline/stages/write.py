"""Atomic, schema-enforced Parquet writing.

A table is written to a hidden temporary file in the output directory, fsynced
and renamed into place, so an interrupted run never leaves a half-written
table: readers see the previous file or the new one, never a mix.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import table

ROW_GROUP_SIZE = 50_000
# mkstemp creates 0600 files; published tables get the usual mode (0644 under umask 022)
# so that other users (a notebook, a web server) can read what a service account wrote.
_UMASK = os.umask(0)
os.umask(_UMASK)
FILE_MODE = 0o666 & ~_UMASK


class SchemaError(ValueError):
    """Rows do not match the declared table."""


def to_arrow(name: str, rows: Iterable[Mapping[str, Any]], *, sort: bool = True) -> pa.Table:
    """Build table ``name`` from dict rows, enforcing the declared schema.

    Required (non-nullable) columns must be present and non-null; unknown keys
    are an error (a typo would otherwise vanish silently). Rows are sorted by
    the table's stable key so output bytes do not depend on input order
    (``sort=False`` keeps the given order, for callers that stream rows in a
    deterministic order of their own).
    """
    spec = table(name)
    columns: dict[str, list[Any]] = {c.name: [] for c in spec.columns}
    for i, row in enumerate(rows):
        extra = set(row) - columns.keys()
        if extra:
            raise SchemaError(f"{name}: row {i} has unknown columns {sorted(extra)}")
        for col in spec.columns:
            value = row.get(col.name)
            if value is None and not col.nullable:
                raise SchemaError(f"{name}: row {i} lacks required column {col.name!r}")
            columns[col.name].append(value)
    arrow = pa.table(columns, schema=spec.schema)
    if sort and arrow.num_rows:
        arrow = arrow.sort_by([(key, "ascending") for key in spec.sort_by])
    return arrow


def remove_stale_temps(out_dir: Path) -> int:
    """Delete temporary files a killed run left in ``out_dir``; returns how many."""
    stale = list(out_dir.glob(".*.parquet.tmp")) if out_dir.is_dir() else []
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)


def write_table(name: str, rows: Iterable[Mapping[str, Any]], out_dir: Path) -> Path:
    """Write table ``name`` to ``out_dir/name.parquet`` atomically; returns the path."""
    return write_arrow(to_arrow(name, rows), name, out_dir)


@contextmanager
def atomic_file(path: Path, suffix: str = ".tmp") -> Iterator[BinaryIO]:
    """Write ``path`` through a hidden temporary file beside it, fsynced and renamed into
    place on success, deleted on failure: readers see the old file or the new one."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as sink:
            yield sink
            sink.flush()
            os.fsync(sink.fileno())
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_arrow(arrow: pa.Table, name: str, out_dir: Path) -> Path:
    """Atomically replace ``out_dir/name.parquet`` with ``arrow``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    final = out_dir / f"{name}.parquet"
    with atomic_file(final, suffix=".parquet.tmp") as sink:
        pq.write_table(arrow, sink, row_group_size=ROW_GROUP_SIZE, compression="zstd")
    return final


class StreamingTableWriter:
    """Append rows to table ``name`` batch by batch, in row groups of ``row_group_rows``.

    Rows go to a hidden temporary file in ``out_dir``; :meth:`commit` closes it,
    fsyncs it and renames it to ``out_dir/name.parquet``, so readers never see a
    partial table. Rows keep the order they were appended in (no global sort):
    callers append in a deterministic order. Leaving a ``with`` block on an
    exception, or calling :meth:`abort`, removes the temporary file and keeps
    any previous table.
    """

    def __init__(self, name: str, out_dir: Path, row_group_rows: int = ROW_GROUP_SIZE) -> None:
        self.name = name
        self.schema = table(name).schema
        self.row_group_rows = row_group_rows
        self.rows_written = 0
        out_dir.mkdir(parents=True, exist_ok=True)
        self.final = out_dir / f"{name}.parquet"
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".parquet.tmp", dir=out_dir)
        self._tmp = Path(tmp)
        self._sink = os.fdopen(fd, "wb")
        self._writer: pq.ParquetWriter | None = pq.ParquetWriter(
            self._sink, self.schema, compression="zstd"
        )
        self._pending: list[pa.Table] = []
        self._pending_rows = 0

    def write_rows(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Validate ``rows`` against the schema and queue them (in order)."""
        arrow = to_arrow(self.name, rows, sort=False)
        if arrow.num_rows:
            self._pending.append(arrow)
            self._pending_rows += arrow.num_rows
        while self._pending_rows >= self.row_group_rows:
            self._flush(self.row_group_rows)

    def _flush(self, limit: int | None = None) -> None:
        if not self._pending or self._writer is None:
            return
        queued = pa.concat_tables(self._pending)
        take = queued.num_rows if limit is None else min(limit, queued.num_rows)
        self._writer.write_table(queued.slice(0, take), row_group_size=take)
        self.rows_written += take
        rest = queued.slice(take)
        self._pending = [rest] if rest.num_rows else []
        self._pending_rows = rest.num_rows

    def commit(self) -> Path:
        """Write what is queued, close, and atomically replace ``name.parquet``."""
        try:
            self._flush()
            assert self._writer is not None, "writer already closed"
            self._writer.close()
            self._writer = None
            self._sink.flush()
            os.fsync(self._sink.fileno())
            self._sink.close()
            os.chmod(self._tmp, FILE_MODE)
            os.replace(self._tmp, self.final)
        except BaseException:
            self.abort()
            raise
        return self.final

    def abort(self) -> None:
        """Drop the temporary file; the previous table, if any, stays."""
        if self._writer is not None:
            try:
                self._writer.close()
            finally:
                self._writer = None
        if not self._sink.closed:
            self._sink.close()
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> StreamingTableWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is not None:
            self.abort()
