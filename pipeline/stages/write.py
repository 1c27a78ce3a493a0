"""Atomic, schema-enforced Parquet writing.

A table is written to a hidden temporary file in the output directory, fsynced
and renamed into place, so an interrupted run never leaves a half-written
table: readers see the previous file or the new one, never a mix.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import table

ROW_GROUP_SIZE = 50_000


class SchemaError(ValueError):
    """Rows do not match the declared table."""


def to_arrow(name: str, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    """Build table ``name`` from dict rows, enforcing the declared schema.

    Required (non-nullable) columns must be present and non-null; unknown keys
    are an error (a typo would otherwise vanish silently). Rows are sorted by
    the table's stable key so output bytes do not depend on input order.
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
    if arrow.num_rows:
        arrow = arrow.sort_by([(key, "ascending") for key in spec.sort_by])
    return arrow


def write_table(name: str, rows: Iterable[Mapping[str, Any]], out_dir: Path) -> Path:
    """Write table ``name`` to ``out_dir/name.parquet`` atomically; returns the path."""
    return write_arrow(to_arrow(name, rows), name, out_dir)


def write_arrow(arrow: pa.Table, name: str, out_dir: Path) -> Path:
    """Atomically replace ``out_dir/name.parquet`` with ``arrow``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    final = out_dir / f"{name}.parquet"
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".parquet.tmp", dir=out_dir)
    try:
        with os.fdopen(fd, "wb") as sink:
            pq.write_table(arrow, sink, row_group_size=ROW_GROUP_SIZE, compression="zstd")
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(tmp, final)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return final
