"""Partitioned Parquet tables with a manifest: ``DIR/tables/<table>/<part>.parquet``.

Why this layout (and not Delta or one file per table): DuckDB cannot read Delta
offline here, and rewriting one big file per table every night grows with the
history. Each night adds one part per table; a row that must change (a page
whose content changed, an article whose story grew) is removed by rewriting
only the parts that hold it, under a new name. ``_manifest.json``
(``{"version": N, "tables": {"articles": ["articles/part-….parquet", …]}}``)
lists the parts that make up the tables, and it is the commit point:

1. new and rewritten parts are written to ``tables/_staging/``, fsynced;
2. moved into ``tables/<table>/`` (new names: nothing a reader uses is touched);
3. the manifest is written to a temporary file, fsynced and ``os.replace``-d.

A crash before step 3 leaves the previous manifest and its files intact; files
not in the manifest are garbage, removed at the start of the next run (not
right after the commit, so a notebook still reading the previous version keeps
its files until the next night). Readers go through the manifest::

    import duckdb
    from pipeline.nightly.tables import duckdb_views
    con = duckdb.connect(); duckdb_views(con, "data/tables")
    con.sql("SELECT story_id, count(*) FROM articles GROUP BY 1")
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.atomic import atomic_file
from pipeline.schema import TABLES
from pipeline.write import ROW_GROUP_SIZE, to_arrow

if TYPE_CHECKING:  # pragma: no cover - only duckdb_views takes a connection
    import duckdb

MANIFEST = "_manifest.json"
STAGING = "_staging"


class TableStore:
    """The committed tables under ``root`` (``DIR/tables``)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def manifest(self) -> dict[str, Any]:
        """The committed manifest (version 0 and no tables before the first night)."""
        path = self.root / MANIFEST
        if not path.exists():
            return {"version": 0, "tables": {}}
        return json.loads(path.read_text(encoding="utf-8"))

    def files(self, name: str) -> list[Path]:
        return [self.root / rel for rel in self.manifest()["tables"].get(name, [])]

    def collect_garbage(self) -> int:
        """Remove the staging folder and every part file the manifest does not list."""
        shutil.rmtree(self.root / STAGING, ignore_errors=True)
        listed = {rel for parts in self.manifest()["tables"].values() for rel in parts}
        removed = 0
        if not self.root.is_dir():
            return 0
        for path in sorted(self.root.glob("*/*")):
            rel = path.relative_to(self.root).as_posix()
            if path.is_file() and rel not in listed:
                path.unlink()
                removed += 1
        for path in sorted(self.root.glob(f".{MANIFEST}.*")):
            path.unlink()
        return removed

    def select(
        self,
        name: str,
        columns: Iterable[str],
        where: str | None = None,
        values: Iterable[str] = (),
    ) -> list[dict[str, Any]]:
        """Rows of committed table ``name`` (only ``columns``) whose ``where`` column is one
        of ``values`` (all rows when ``where`` is None)."""
        return _select(self.files(name), columns, where, values)


class Transaction:
    """One night's changes; nothing is visible to readers until :meth:`commit`."""

    def __init__(self, store: TableStore) -> None:
        self.store = store
        manifest = store.manifest()
        self.version = int(manifest["version"]) + 1
        self.parts: dict[str, list[str]] = {n: list(manifest["tables"].get(n, [])) for n in TABLES}
        self._staged: list[str] = []
        self._seq = 0
        (store.root / STAGING).mkdir(parents=True, exist_ok=True)

    def files(self, name: str) -> list[Path]:
        """The parts of ``name`` as this transaction would commit them (staged included)."""
        return [self._path(rel) for rel in self.parts[name]]

    def select(
        self,
        name: str,
        columns: Iterable[str],
        where: str | None = None,
        values: Iterable[str] = (),
    ) -> list[dict[str, Any]]:
        """Like :meth:`TableStore.select`, over this transaction's view of ``name``."""
        return _select(self.files(name), columns, where, values)

    def replace(
        self,
        name: str,
        *,
        column: str | None = None,
        remove: Iterable[str] = (),
        rows: Iterable[Mapping[str, Any]] = (),
    ) -> int:
        """Remove the rows whose ``column`` is in ``remove`` (rewriting only the parts that
        hold some), then add ``rows`` as a new part. Returns the number of rows removed."""
        removed = 0
        doomed = sorted(set(remove))
        if column and doomed:
            holders = _holders(self.files(name), column, doomed)
            kept_parts = []
            for rel in self.parts[name]:
                if rel not in holders:
                    kept_parts.append(rel)
                    continue
                table = pq.read_table(self._path(rel))
                mask = pc.is_in(table[column], value_set=pa.array(doomed, pa.string()))
                keep = table.filter(pc.invert(mask))
                removed += table.num_rows - keep.num_rows
                if keep.num_rows:
                    kept_parts.append(self._stage(name, keep))
            self.parts[name] = kept_parts
        arrow = to_arrow(name, rows)
        if arrow.num_rows:
            self.parts[name].append(self._stage(name, arrow))
        return removed

    def commit(self, before_manifest: Callable[[], None] = lambda: None) -> int:
        """Move the staged parts into place and replace the manifest; returns the version."""
        for name in TABLES:
            if not self.parts[name]:  # every table exists, even empty: a schema-only file
                self.parts[name].append(self._stage(name, to_arrow(name, [])))
        staging = self.store.root / STAGING
        for rel in self._staged:
            target = self.store.root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / rel, target)
        for name in TABLES:
            _fsync_dir(self.store.root / name)
        before_manifest()
        manifest = {"version": self.version, "tables": {n: self.parts[n] for n in TABLES}}
        data = json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8")
        with atomic_file(self.store.root / MANIFEST) as sink:
            sink.write(data)
        _fsync_dir(self.store.root)
        shutil.rmtree(staging, ignore_errors=True)
        return self.version

    def abandon(self) -> None:
        """Drop everything staged (nothing to commit)."""
        shutil.rmtree(self.store.root / STAGING, ignore_errors=True)
        self._staged.clear()

    def _stage(self, name: str, arrow: pa.Table) -> str:
        self._seq += 1
        rel = f"{name}/part-{self.version:06d}-{self._seq:04d}.parquet"
        path = self.store.root / STAGING / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as sink:
            pq.write_table(arrow, sink, row_group_size=ROW_GROUP_SIZE, compression="zstd")
            sink.flush()
            os.fsync(sink.fileno())
        self._staged.append(rel)
        return rel

    def _path(self, rel: str) -> Path:
        staged = self.store.root / STAGING / rel
        return staged if rel in self._staged else self.store.root / rel


def duckdb_views(con: duckdb.DuckDBPyConnection, tables_dir: str | os.PathLike[str]) -> list[str]:
    """Create one DuckDB view per table of the committed manifest; returns their names."""
    root = Path(tables_dir)
    manifest = TableStore(root).manifest()
    for name, parts in sorted(manifest["tables"].items()):
        files = [str(root / p) for p in parts]
        con.execute(
            f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet({files!r}, "
            "union_by_name = true)"
        )
    return sorted(manifest["tables"])


def read_table(tables_dir: str | os.PathLike[str], name: str) -> pa.Table:
    """One committed table as a pyarrow Table (all its parts)."""
    store = TableStore(Path(tables_dir))
    files = store.files(name)
    if not files:
        return to_arrow(name, [])
    return pa.concat_tables([pq.read_table(f) for f in files], promote_options="default")


def _holders(files: list[Path], column: str, values: list[str]) -> set[str]:
    """Relative names (``table/part``) of the files holding a row with ``column`` in values."""
    wanted = pa.array(values, pa.string())
    return {
        f"{path.parent.name}/{path.name}"
        for path in files
        if pc.any(pc.is_in(pq.read_table(path, columns=[column])[column], value_set=wanted)).as_py()
    }


def _select(
    files: list[Path], columns: Iterable[str], where: str | None, values: Iterable[str]
) -> list[dict[str, Any]]:
    """The rows of ``files`` (only ``columns``), in file and row order, whose ``where``
    column is one of ``values`` (every row when ``where`` is None). Only the columns
    needed are read, part by part (a few milliseconds per part)."""
    columns = list(columns)
    wanted = pa.array(sorted(set(values)), pa.string())
    if where is not None and not len(wanted):
        return []
    out: list[dict[str, Any]] = []
    for path in files:
        table = pq.read_table(path, columns=list(dict.fromkeys([*columns, *filter(None, [where])])))
        if where is not None:
            table = table.filter(pc.is_in(table[where], value_set=wanted))
        out.extend(table.select(columns).to_pylist())
    return out


def _fsync_dir(path: Path) -> None:
    if not path.is_dir():
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
