"""The data dictionary: generated from pipeline/schema.py, committed, and stored in Parquet."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.dictionary import DEFAULT_PATH, main, render_data_dictionary
from pipeline.schema import TABLES, Column
from pipeline.write import to_arrow, write_table

COLUMNS = [(t.name, c) for t in TABLES.values() for c in t.columns]
COLUMN_IDS = [f"{t}.{c.name}" for t, c in COLUMNS]


def test_committed_dictionary_is_up_to_date() -> None:
    committed = DEFAULT_PATH.read_text(encoding="utf-8") if DEFAULT_PATH.is_file() else ""
    assert committed == render_data_dictionary(), (
        "docs/data_dictionary.md is stale (pipeline/schema.py changed): "
        "run `python -m pipeline.dictionary` and commit the file"
    )


@pytest.mark.parametrize(
    ("line_start", "table_name"),
    [
        ("| `due_date` | `date` | `DATE` | no | last allowed day | `2025-10-29` |", "deadlines"),
        (
            "| `languages` | `list<string>` | `VARCHAR[]` | yes | languages that state it |",
            "commitments",
        ),
        (
            "| `number` | `string` | `VARCHAR` | no | canonical number, Vietnamese letters "
            "restored | `38/2025/QĐ-UBND` |",
            "decrees",
        ),
        ("| `lang_confidence` | `double` | `DOUBLE` | yes |", "articles"),
    ],
)
def test_rows_show_type_nullable_meaning_example(line_start: str, table_name: str) -> None:
    section = render_data_dictionary().split(f"\n## {table_name}\n", 1)[1].split("\n## ", 1)[0]
    assert any(line.startswith(line_start) for line in section.splitlines()), line_start


@pytest.mark.parametrize(("table_name", "column"), COLUMNS, ids=COLUMN_IDS)
def test_every_column_is_documented_in_its_table_section(table_name: str, column: Column) -> None:
    section = render_data_dictionary().split(f"\n## {table_name}\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith(f"| `{column.name}` |")]
    assert len(rows) == 1
    assert column.doc.replace("|", "\\|") in rows[0]
    assert f"| {'no' if not column.nullable else 'yes'} |" in rows[0]


def test_every_table_is_listed_with_its_meaning() -> None:
    text = render_data_dictionary()
    for spec in TABLES.values():
        assert f"- [`{spec.name}`](#{spec.name}): {spec.doc}" in text


@pytest.mark.parametrize("name", sorted(TABLES))
def test_descriptions_are_parquet_metadata_of_every_column(tmp_path: Path, name: str) -> None:
    schema = pq.read_schema(write_table(name, [], tmp_path))
    spec = TABLES[name]
    assert schema.metadata[b"doc"].decode() == spec.doc
    assert schema.metadata[b"table"].decode() == name
    for col in spec.columns:
        assert schema.field(col.name).metadata[b"doc"].decode() == col.doc


def test_descriptions_survive_in_nightly_parts(tmp_path: Path) -> None:
    """A part written with plain pyarrow from to_arrow() keeps the same metadata."""
    part = tmp_path / "rejects" / "part-0.parquet"
    part.parent.mkdir()
    rows = [{"source_path": "bad/empty.txt", "reason": "empty", "detail": "0 bytes"}]
    pq.write_table(to_arrow("rejects", rows), part)
    field = pq.read_schema(part).field("reason")
    assert field.metadata[b"doc"] == b"short machine-readable reason"


def test_command_writes_the_file_then_check_passes(tmp_path: Path) -> None:
    out = tmp_path / "docs" / "data_dictionary.md"
    assert main(["--check", "--output", str(out)]) == 1  # missing = stale
    assert main(["--output", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == render_data_dictionary()
    assert main(["--check", "--output", str(out)]) == 0


def test_check_names_the_command_to_run(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "data_dictionary.md"
    out.write_text("old\n", encoding="utf-8")
    assert main(["--check", "--output", str(out)]) == 1
    assert "run `python -m pipeline.dictionary`" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "old\n"  # --check writes nothing
