"""The data dictionary (``docs/data_dictionary.md``), rendered from ``pipeline/schema.py``.

``python -m pipeline.dictionary`` rewrites the file; ``--check`` only says whether it
is stale (exit 1), which is what the test suite checks. The same descriptions are
stored in every Parquet file as field metadata (key ``doc``) by the writer.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa

from pipeline.schema import TABLES, Column, Table, sql_type

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "docs" / "data_dictionary.md"
COMMAND = "python -m pipeline.dictionary"


_INTRO = f"""\
# Data dictionary

<!-- Generated from pipeline/schema.py by `{COMMAND}`: do not edit by hand. -->

Every table written by `python -m pipeline extract` (one `<table>.parquet` file per
table) and by the nightly job (`tables/<table>/<part>.parquet`, listed in
`tables/_manifest.json`). Open them all at once with `pipeline.open_tables(path)`
(see "Querying the tables" in `README.md`).

- **type**: the Parquet/Arrow type; **SQL type**: what DuckDB shows for it.
- **nullable**: `no` means every row has a value (the writer refuses rows without it).
- `start`/`end` are character offsets into `articles.text`:
  `text[start:end]` is the `raw` value (or the evidence sentence).
- The meanings below are also stored in each Parquet file, as field metadata `doc`
  (and the table's meaning as schema metadata `doc`):
  `pyarrow.parquet.read_schema("extracted/deadlines.parquet").field("due_date").metadata`.
"""


def render_data_dictionary() -> str:
    """Markdown describing every table and column of :data:`pipeline.schema.TABLES`.

    >>> "| `due_date` | `date` | `DATE` | no | last allowed day |" in render_data_dictionary()
    True
    """
    parts = [_INTRO, "## Tables\n"]
    parts.append("\n".join(f"- [`{t.name}`](#{t.name}): {t.doc}" for t in TABLES.values()))
    parts.append("")
    parts.extend(_render_table(t) for t in TABLES.values())
    return "\n".join(parts).rstrip("\n") + "\n"


def _render_table(spec: Table) -> str:
    keys = ", ".join(f"`{k}`" for k in spec.sort_by)
    lines = [
        f"## {spec.name}",
        "",
        f"{_cell(spec.doc)[0].upper()}{_cell(spec.doc)[1:]}.",
        "",
        f"File `{spec.name}.parquet`; rows sorted by {keys}.",
        "",
        "| column | type | SQL type | nullable | meaning | example |",
        "|---|---|---|---|---|---|",
    ]
    lines.extend(_render_column(c) for c in spec.columns)
    lines.append("")
    return "\n".join(lines)


def _render_column(col: Column) -> str:
    arrow = arrow_type_name(col.type)
    sql = sql_type(col.type)
    example = f"`{_cell(col.example)}`" if col.example else ""
    nullable = "yes" if col.nullable else "no"
    return f"| `{col.name}` | `{arrow}` | `{sql}` | {nullable} | {_cell(col.doc)} | {example} |"


def arrow_type_name(arrow_type: pa.DataType) -> str:
    """Short readable name: ``date32[day]`` → ``date``, ``list<item: string>`` →
    ``list<string>``."""
    if pa.types.is_list(arrow_type):
        return f"list<{arrow_type_name(arrow_type.value_type)}>"
    if pa.types.is_date32(arrow_type):
        return "date"
    return str(arrow_type)


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog=COMMAND, description="Write docs/data_dictionary.md from pipeline/schema.py."
    )
    parser.add_argument(
        "--output", type=Path, default=DEFAULT_PATH, help=f"file to write (default: {DEFAULT_PATH})"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if the file differs from the schema",
    )
    args = parser.parse_args(argv)
    text = render_data_dictionary()
    current = args.output.read_text(encoding="utf-8") if args.output.is_file() else None
    if args.check:
        if current != text:
            print(f"{args.output} is stale: run `{COMMAND}`", file=sys.stderr)
            return 1
        return 0
    if current != text:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}" if current != text else f"{args.output} is up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
