"""The writer: declared schemas enforced, empty tables written, atomic replace."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.schema import TABLES
from pipeline.write import FILE_MODE, SchemaError, to_arrow, write_table


def test_every_table_can_be_written_empty_with_its_schema(tmp_path: Path) -> None:
    for name, spec in TABLES.items():
        path = write_table(name, [], tmp_path)
        read = pq.read_table(path)
        assert read.num_rows == 0
        assert read.schema.names == [c.name for c in spec.columns]


def test_contract_columns_are_declared() -> None:
    required = {
        "articles": {
            "article_id",
            "source_path",
            "lang",
            "story_id",
            "title",
            "url",
            "source_url",
            "published_date",
            "text",
            "text_sha256",
        },
        "stories": {"story_id", "languages", "article_count", "title"},
        "decrees": {"decree_id", "number", "doc_type", "issuer", "year", "issue_date"},
        "decree_mentions": {"article_id", "decree_id", "number", "raw", "start", "end"},
        "date_mentions": {"article_id", "raw", "value", "precision", "start", "end"},
        "deadlines": {"article_id", "raw", "relation", "value", "due_date", "start", "end"},
        "officials": {"person_id", "name", "name_native", "titles"},
        "official_mentions": {"article_id", "person_id", "name", "title", "raw", "start", "end"},
        "commitments": {
            "commitment_id",
            "story_id",
            "actor",
            "action",
            "deadline_value",
            "deadline_relation",
            "due_date",
            "decree_number",
            "directed_by",
            "languages",
        },
        "commitment_evidence": {"commitment_id", "article_id", "lang", "sentence", "start", "end"},
        "rejects": {"source_path", "reason", "detail"},
    }
    for name, columns in required.items():
        assert columns <= set(TABLES[name].schema.names), name


def test_missing_required_column_is_an_error() -> None:
    with pytest.raises(SchemaError, match="reason"):
        to_arrow("rejects", [{"source_path": "x.txt", "detail": "d"}])


def test_unknown_column_is_an_error() -> None:
    with pytest.raises(SchemaError, match="reasn"):
        to_arrow("rejects", [{"source_path": "x", "reason": "r", "detail": "d", "reasn": "r"}])


def test_rows_are_sorted_by_stable_key() -> None:
    rows = [{"source_path": p, "reason": "empty", "detail": "d"} for p in ("b", "c", "a")]
    assert to_arrow("rejects", rows).column("source_path").to_pylist() == ["a", "b", "c"]


def test_failed_write_keeps_previous_table(tmp_path: Path) -> None:
    write_table("rejects", [{"source_path": "a", "reason": "r", "detail": "d"}], tmp_path)
    with pytest.raises(SchemaError):
        write_table("rejects", [{"source_path": "b"}], tmp_path)
    assert pq.read_table(tmp_path / "rejects.parquet").num_rows == 1
    assert [p.name for p in tmp_path.iterdir()] == ["rejects.parquet"]  # no temp left


def test_descriptions_are_stored_as_field_metadata(tmp_path: Path) -> None:
    schema = pq.read_schema(write_table("deadlines", [], tmp_path))
    assert b"last allowed day" in schema.field("due_date").metadata[b"doc"]


def test_tables_are_readable_by_others(tmp_path: Path) -> None:
    path = write_table("rejects", [], tmp_path)
    assert path.stat().st_mode & 0o777 == FILE_MODE
