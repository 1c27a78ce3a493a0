"""Open the output tables in DuckDB: one view per table, whatever the layout.

Two layouts are read alike:

- ``make extract`` output: ``DIR/<table>.parquet`` (or a folder ``DIR/<table>/`` of
  Parquet parts);
- the nightly layout: ``DIR/tables/_manifest.json`` (or ``DIR/_manifest.json``) of the
  form ``{"version": N, "tables": {"articles": ["articles/part-0.parquet", ...]}}``,
  paths relative to the manifest's folder. Only the files the manifest lists are
  read, so parts left behind by a compaction never show up.

Every table of :data:`pipeline.schema.TABLES` becomes a view; a table with no file
becomes an empty view with the declared column types, so queries never fail because
a run found nothing. Example::

    >>> con = open_tables("extracted")                                  # doctest: +SKIP
    >>> con.execute("SELECT count(*) FROM commitments").fetchone()      # doctest: +SKIP
    (7,)

The connection also has a ``fold(text)`` SQL macro that folds names the way
``officials.name`` is stored: ``fold('Nguyễn Đỗ')`` = ``'Nguyen Do'``.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import duckdb

from pipeline.schema import TABLES, Table, sql_type

MANIFEST = "_manifest.json"

# Same folding as pipeline.textnorm.ascii_fold: strip accents, and the letters that
# Unicode does not decompose (Đ, Ł, Ø) mapped by hand.
_FOLD_LETTERS = (("Đ", "D"), ("đ", "d"), ("Ł", "L"), ("ł", "l"), ("Ø", "O"), ("ø", "o"))
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


def open_tables(
    path: str | os.PathLike[str], connection: duckdb.DuckDBPyConnection | None = None
) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with one view per table found under ``path``.

    ``path`` is a ``make extract`` output folder, a nightly data folder (holding
    ``tables/_manifest.json``), a nightly tables folder (holding ``_manifest.json``) or
    the manifest file itself. Views are added to ``connection`` when given (an
    in-memory database otherwise). Raises FileNotFoundError when ``path`` is none of
    these, or when the manifest lists a file that does not exist.
    """
    files = table_files(path)
    con = connection if connection is not None else duckdb.connect()
    con.execute(_fold_macro())
    for name, spec in TABLES.items():
        con.execute(_view_sql(name, files.get(name, []), spec))
    for name in sorted(files.keys() - TABLES.keys()):  # extra tables: readable too
        con.execute(_view_sql(name, files[name], None))
    return con


def table_files(path: str | os.PathLike[str]) -> dict[str, list[Path]]:
    """The Parquet files of each table under ``path`` (see :func:`open_tables`).

    Tables without files are absent from the result.
    """
    root = Path(path).expanduser()
    if root.is_file() and root.name == MANIFEST:
        return _manifest_files(root)
    if not root.is_dir():
        raise FileNotFoundError(
            f"{root}: no such folder; expected the output of `python -m pipeline extract` "
            f"(a folder of <table>.parquet files) or a nightly data folder with "
            f"tables/{MANIFEST}"
        )
    for manifest in (root / MANIFEST, root / "tables" / MANIFEST):
        if manifest.is_file():
            return _manifest_files(manifest)
    files = _flat_files(root)
    if not files.keys() & TABLES.keys():
        raise FileNotFoundError(
            f"{root}: no tables found; expected <table>.parquet files such as "
            f"{root / 'articles.parquet'} (run `python -m pipeline extract --output {root}`) "
            f"or a nightly manifest {root / 'tables' / MANIFEST}"
        )
    return files


def _fold_macro() -> str:
    expr = "s"
    for letter, plain in _FOLD_LETTERS:
        expr = f"replace({expr}, '{letter}', '{plain}')"
    return f"CREATE OR REPLACE MACRO fold(s) AS strip_accents({expr})"


def _flat_files(root: Path) -> dict[str, list[Path]]:
    files: dict[str, list[Path]] = {}
    for entry in sorted(root.iterdir()):
        if entry.name.startswith((".", "_")):
            continue  # temp files of an interrupted write, manifests, …
        if entry.is_file() and entry.suffix == ".parquet" and _NAME.match(entry.stem):
            files.setdefault(entry.stem, []).append(entry)
        elif entry.is_dir() and _NAME.match(entry.name):
            parts = sorted(p for p in entry.rglob("*.parquet") if not p.name.startswith("."))
            if parts:
                files.setdefault(entry.name, []).extend(parts)
    return files


def _manifest_files(manifest: Path) -> dict[str, list[Path]]:
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ValueError(f"{manifest}: not a JSON manifest ({err})") from None
    tables = data.get("tables") if isinstance(data, dict) else None
    if not isinstance(tables, dict):
        raise ValueError(f'{manifest}: expected {{"version": N, "tables": {{"<table>": [paths]}}}}')
    base = manifest.parent.resolve()
    files: dict[str, list[Path]] = {}
    for name, parts in tables.items():
        listed = isinstance(parts, list) and all(isinstance(part, str) for part in parts)
        if not (_NAME.match(name) and listed):
            raise ValueError(f"{manifest}: table {name!r} must map to a list of paths")
        resolved = [(base / part).resolve() for part in parts]
        for part, full in zip(parts, resolved, strict=True):
            if not full.is_relative_to(base):
                raise ValueError(f"{manifest}: {part!r} points outside {base}")
            if not full.is_file():
                raise FileNotFoundError(
                    f"{full}: listed for table {name!r} in {manifest} but missing; "
                    "the manifest and the files disagree (re-run the nightly job)"
                )
        if resolved:
            files[name] = resolved
    return files


def _view_sql(name: str, files: list[Path], spec: Table | None) -> str:
    if files:
        paths = ", ".join(_literal(str(p)) for p in files)
        return (
            f'CREATE OR REPLACE VIEW "{name}" AS '
            f"SELECT * FROM read_parquet([{paths}], union_by_name = true)"
        )
    assert spec is not None
    columns = ", ".join(f'CAST(NULL AS {sql_type(c.type)}) AS "{c.name}"' for c in spec.columns)
    return f'CREATE OR REPLACE VIEW "{name}" AS SELECT {columns} WHERE false'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
