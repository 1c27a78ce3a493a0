"""Atomic, schema-enforced Parquet writing.

A table is written to a hidden temporary file in the output directory, fsynced
and renamed into place, so an interrupted run never leaves a half-written
table: readers see the previous file or the new one, never a mix.

The tables of one run are published together (:class:`Publication`): every table
is written and fsynced first, then a journal listing the renames is written
atomically, then the renames run. A failure while writing (a full disk) leaves
every previous table; a kill during the renames leaves the journal, which the
next run (or :func:`remove_stale_temps`) completes before anything else. A lock
(:func:`output_lock`) keeps two runs from writing into one folder at once.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.atomic import FILE_MODE, atomic_file
from pipeline.locks import Locked, pid_lock
from pipeline.schema import table
from pipeline.settings import ROW_GROUP_SIZE

#: SortedTableWriter spills its queued rows once they reach either bound.
SPILL_ROWS, SPILL_BYTES = 20_000, 4 * 1024 * 1024
TEMP_SUFFIX, SPILL_SUFFIX = ".parquet.tmp", ".arrow.tmp"
JOURNAL, LOCK = ".publish.json", ".extract.lock"
_SEQ = "_seq"  # input order: the last sort key, so that equal keys keep their order


class SchemaError(ValueError):
    """Rows do not match the declared table."""


def warm_arrow() -> None:
    """Convert one Python value with pyarrow: its first conversion imports pandas (about
    0.25 s), which a caller may want done while it waits for something else."""
    pa.array([0], pa.int64())


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


class OutputLocked(Locked):
    """Another run is writing into the same output folder."""


def output_lock(out_dir: Path) -> AbstractContextManager[None]:
    """Exclusive, non-blocking lock on ``out_dir/.extract.lock`` for one run; raises
    :class:`OutputLocked` naming the holder's pid when another run holds it."""
    return pid_lock(
        out_dir / LOCK,
        lambda holder: OutputLocked(
            f"another extract run (pid {holder}) is writing to {out_dir}; wait for it "
            "to finish or choose another --output"
        ),
    )


class Publication:
    """The tables of one run, renamed into place together by :meth:`publish` (see the
    module docstring). Writers given one (``pending=``) leave their fsynced temporary
    file for it instead of renaming it at once."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self._renames: list[tuple[Path, Path]] = []
        self._journaled = False

    def add(self, tmp: Path, final: Path) -> Path:
        self._renames.append((tmp, final))
        return final

    def publish(self) -> None:
        """Journal the renames, run them, remove the journal."""
        entries = [[tmp.name, final.name] for tmp, final in self._renames]
        with atomic_file(self.out_dir / JOURNAL) as sink:
            sink.write(json.dumps(entries).encode())
        self._journaled = True  # from here on the run is committed: only roll forward
        _fsync_dir(self.out_dir)
        _roll_forward(self.out_dir)
        self._renames = []

    def abort(self) -> None:
        """Drop the temporary files; every previous table stays. Once the journal is
        written the publication is only ever completed (here or by the next run)."""
        if self._journaled:
            if self._renames:
                _roll_forward(self.out_dir)
            self._renames = []
            return
        for tmp, _final in self._renames:
            tmp.unlink(missing_ok=True)
        self._renames = []

    def __enter__(self) -> Publication:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.abort()  # nothing left after publish(); everything after a failure


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _roll_forward(out_dir: Path) -> bool:
    """Complete the renames of a journal in ``out_dir``, if any; returns whether one was."""
    journal = out_dir / JOURNAL
    try:
        entries = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return False
    except (OSError, ValueError):
        journal.unlink(missing_ok=True)  # torn before its own rename: nothing was renamed
        return False
    for tmp_name, final_name in entries:
        tmp = out_dir / tmp_name
        if tmp.exists():
            os.replace(tmp, out_dir / final_name)
    _fsync_dir(out_dir)
    journal.unlink(missing_ok=True)
    return True


def remove_stale_temps(out_dir: Path) -> int:
    """Complete the publication a killed run left half done, then delete the temporary
    files it left in ``out_dir``; returns how many were deleted."""
    if out_dir.is_dir():
        _roll_forward(out_dir)
    patterns = (f".*{TEMP_SUFFIX}", f".*{SPILL_SUFFIX}")
    stale = [p for pattern in patterns for p in out_dir.glob(pattern)] if out_dir.is_dir() else []
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)


def write_table(
    name: str,
    rows: Iterable[Mapping[str, Any]],
    out_dir: Path,
    pending: Publication | None = None,
) -> Path:
    """Write table ``name`` to ``out_dir/name.parquet`` atomically; returns the path."""
    return write_arrow(to_arrow(name, rows), name, out_dir, pending)


def write_arrow(
    arrow: pa.Table, name: str, out_dir: Path, pending: Publication | None = None
) -> Path:
    """Atomically replace ``out_dir/name.parquet`` with ``arrow`` (with ``pending``: when
    it is published)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    final = out_dir / f"{name}.parquet"
    if pending is None:
        with atomic_file(final, suffix=TEMP_SUFFIX) as sink:
            pq.write_table(arrow, sink, row_group_size=ROW_GROUP_SIZE, compression="zstd")
        return final
    fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=TEMP_SUFFIX, dir=out_dir)
    pending.add(Path(tmp), final)  # registered first: removed by abort() on failure
    with os.fdopen(fd, "wb") as sink:
        pq.write_table(arrow, sink, row_group_size=ROW_GROUP_SIZE, compression="zstd")
        sink.flush()
        os.fsync(sink.fileno())
    os.chmod(tmp, FILE_MODE)
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
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=TEMP_SUFFIX, dir=out_dir)
        self._tmp = Path(tmp)
        self._sink = os.fdopen(fd, "wb")
        self._writer: pq.ParquetWriter | None = pq.ParquetWriter(
            self._sink, self.schema, compression="zstd"
        )
        self._pending: list[pa.Table] = []
        self._pending_rows = 0

    def write_rows(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Validate ``rows`` against the schema and queue them (in order)."""
        self.write_arrow(to_arrow(self.name, rows, sort=False))

    def write_arrow(self, arrow: pa.Table) -> None:
        """Queue an Arrow table with the table's columns (cast to its schema)."""
        arrow = arrow.cast(self.schema)
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
        # One contiguous chunk per row group: the bytes never depend on how the rows
        # were chunked on their way here.
        self._writer.write_table(queued.slice(0, take).combine_chunks(), row_group_size=take)
        self.rows_written += take
        rest = queued.slice(take)
        self._pending = [rest] if rest.num_rows else []
        self._pending_rows = rest.num_rows

    def commit(self, pending: Publication | None = None) -> Path:
        """Write what is queued, close, and atomically replace ``name.parquet`` (with
        ``pending``: leave the fsynced file for it to rename)."""
        try:
            self._flush()
            assert self._writer is not None, "writer already closed"
            self._writer.close()
            self._writer = None
            self._sink.flush()
            os.fsync(self._sink.fileno())
            self._sink.close()
            os.chmod(self._tmp, FILE_MODE)
            if pending is None:
                os.replace(self._tmp, self.final)
            else:
                pending.add(self._tmp, self.final)
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


class SortedTableWriter:
    """Append rows to table ``name`` in any order; :meth:`commit` writes them sorted by
    the table's stable key, in the same bytes whatever the order they came in.

    Memory is bounded by a sixteenth of the table, not the table: rows are queued
    (up to ``SPILL_ROWS`` rows or ``SPILL_BYTES``) and spill to 16 hidden Arrow IPC
    files in ``out_dir``, one per range of the first sort key (a hex digest such as
    ``article_id``, so the ranges are even). :meth:`commit`
    reads one range at a time, sorts it (then by input position, so equal keys
    keep their order) and writes it through a :class:`StreamingTableWriter` in
    fixed row groups, which renames the table into place. A failure or a kill
    leaves the previous table.
    """

    def __init__(self, name: str, out_dir: Path, row_group_rows: int = ROW_GROUP_SIZE) -> None:
        self.name, self.out_dir, self.row_group_rows = name, out_dir, row_group_rows
        spec = table(name)
        self.sort_by = spec.sort_by
        self._seq_field = pa.field(_SEQ, pa.int64(), nullable=False)
        self._schema = spec.schema.append(self._seq_field)
        out_dir.mkdir(parents=True, exist_ok=True)
        self._paths: dict[int, Path] = {}
        self._writers: dict[int, pa.ipc.RecordBatchStreamWriter] = {}
        self._sinks: dict[int, pa.NativeFile] = {}
        self._seq = 0
        self._queued: list[pa.Table] = []
        self._queued_rows = self._queued_bytes = 0
        self._committed = False

    def write_rows(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Validate ``rows`` against the schema and queue them for spilling: a spill
        writes many calls' rows at once (a few spills per range, not one per call)."""
        arrow = to_arrow(self.name, rows, sort=False)
        if not arrow.num_rows:
            return
        self._queued.append(arrow)
        self._queued_rows += arrow.num_rows
        self._queued_bytes += arrow.nbytes
        if self._queued_rows >= SPILL_ROWS or self._queued_bytes >= SPILL_BYTES:
            self._flush()

    def _flush(self) -> None:
        """Spill the queued rows, each to the file of its key range, in input order."""
        if not self._queued:
            return
        arrow = pa.concat_tables(self._queued)
        self._queued, self._queued_rows, self._queued_bytes = [], 0, 0
        seq = pa.array(range(self._seq, self._seq + arrow.num_rows), pa.int64())
        arrow = arrow.append_column(self._seq_field, seq)
        self._seq += arrow.num_rows
        firsts = pc.utf8_slice_codeunits(arrow.column(self.sort_by[0]), 0, 1)
        ranges = np.searchsorted(
            _RANGE_STARTS, firsts.to_numpy(zero_copy_only=False).astype("U1"), "right"
        )
        order = np.argsort(ranges, kind="stable")  # by range, then input order
        arrow, ranges = arrow.take(pa.array(order)), ranges[order]
        starts = np.flatnonzero(np.r_[True, ranges[1:] != ranges[:-1]])
        for start, end in zip(starts, np.r_[starts[1:], len(ranges)], strict=True):
            self._spill(int(ranges[start])).write_table(arrow.slice(start, end - start))

    def _spill(self, bucket: int) -> pa.ipc.RecordBatchStreamWriter:
        if bucket not in self._writers:
            fd, tmp = tempfile.mkstemp(
                prefix=f".{self.name}.spill{bucket:02d}.", suffix=SPILL_SUFFIX, dir=self.out_dir
            )
            os.close(fd)
            self._paths[bucket] = Path(tmp)
            self._sinks[bucket] = pa.OSFile(tmp, "wb")
            self._writers[bucket] = pa.ipc.new_stream(self._sinks[bucket], self._schema)
        return self._writers[bucket]

    def commit(self, overrides: pa.Table | None = None, pending: Publication | None = None) -> Path:
        """Sort, write and atomically replace ``name.parquet``.

        ``overrides``, if given, has a first column holding keys (values of a column
        of the table, each at most once) and replacement values for some of the
        table's other columns: each row takes them from the override row with its
        key (nulls when none).
        """
        try:
            assert not self._committed, "writer already committed"
            self._committed = True
            self._flush()
            self._close_spills()
            with StreamingTableWriter(self.name, self.out_dir, self.row_group_rows) as out:
                for bucket in sorted(self._paths):
                    order = [(key, "ascending") for key in (*self.sort_by, _SEQ)]
                    with pa.memory_map(str(self._paths[bucket])) as source:
                        spilled = pa.ipc.open_stream(source).read_all()
                        ordered = spilled.sort_by(order).drop_columns([_SEQ])
                        out.write_arrow(_override(ordered, overrides))
                return out.commit(pending)
        finally:
            self.abort()

    def _close_spills(self) -> None:
        for bucket, writer in self._writers.items():
            writer.close()
            self._sinks[bucket].close()

    def abort(self) -> None:
        """Drop the spill files; the previous table, if any, stays."""
        for sink in self._sinks.values():
            if not sink.closed:
                sink.close()
        for path in self._paths.values():
            path.unlink(missing_ok=True)

    def __enter__(self) -> SortedTableWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is not None:
            self.abort()


#: First characters where the spill ranges of SortedTableWriter start (after "0").
_RANGE_STARTS = np.array(list("123456789abcdef"), dtype="U1")


def _override(arrow: pa.Table, overrides: pa.Table | None) -> pa.Table:
    """``arrow`` with the columns of ``overrides`` (keyed by its first column) replaced."""
    if overrides is None:
        return arrow
    key, *replaced = overrides.column_names
    rows = pc.index_in(arrow.column(key), value_set=overrides.column(key))
    for name in replaced:
        index = arrow.schema.get_field_index(name)
        arrow = arrow.set_column(index, name, overrides.column(name).take(rows))
    return arrow
