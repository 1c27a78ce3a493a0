"""The streaming and sorted table writers: row groups, order, atomic replace."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.write import (
    SchemaError,
    SortedTableWriter,
    StreamingTableWriter,
    write_table,
)


def _rejects(*paths: str) -> list[dict[str, str]]:
    return [{"source_path": p, "reason": "empty", "detail": "d"} for p in paths]


def test_rows_keep_appended_order_across_batches(tmp_path: Path) -> None:
    with StreamingTableWriter("rejects", tmp_path, row_group_rows=2) as writer:
        writer.write_rows(_rejects("c", "a", "b"))
        writer.write_rows([])
        writer.write_rows(_rejects("e", "d"))
        path = writer.commit()
    read = pq.read_table(path)
    assert read.column("source_path").to_pylist() == ["c", "a", "b", "e", "d"]
    assert pq.ParquetFile(path).metadata.num_row_groups == 3  # 2 + 2 + 1


@pytest.mark.parametrize("batches", [[5], [1, 1, 1, 1, 1], [2, 3], [4, 1]])
def test_bytes_do_not_depend_on_batch_boundaries(tmp_path: Path, batches: list[int]) -> None:
    rows = _rejects("a", "b", "c", "d", "e")
    with StreamingTableWriter("rejects", tmp_path / "one", row_group_rows=2) as writer:
        writer.write_rows(rows)
        one = writer.commit().read_bytes()
    with StreamingTableWriter("rejects", tmp_path / "many", row_group_rows=2) as writer:
        start = 0
        for size in batches:
            writer.write_rows(rows[start : start + size])
            start += size
        many = writer.commit().read_bytes()
    assert one == many


def test_nothing_visible_until_commit(tmp_path: Path) -> None:
    writer = StreamingTableWriter("rejects", tmp_path)
    writer.write_rows(_rejects("a"))
    assert not (tmp_path / "rejects.parquet").exists()
    writer.commit()
    assert pq.read_table(tmp_path / "rejects.parquet").num_rows == 1
    assert [p.name for p in tmp_path.iterdir()] == ["rejects.parquet"]


def test_failure_keeps_previous_table_and_leaves_no_temp(tmp_path: Path) -> None:
    write_table("rejects", _rejects("old"), tmp_path)
    with pytest.raises(SchemaError), StreamingTableWriter("rejects", tmp_path) as writer:
        writer.write_rows(_rejects("new"))
        writer.write_rows([{"source_path": "bad"}])  # lacks reason: schema error
    assert pq.read_table(tmp_path / "rejects.parquet").column(0).to_pylist() == ["old"]
    assert [p.name for p in tmp_path.iterdir()] == ["rejects.parquet"]


def test_empty_stream_writes_an_empty_table_with_its_schema(tmp_path: Path) -> None:
    with StreamingTableWriter("deadlines", tmp_path) as writer:
        path = writer.commit()
    read = pq.read_table(path)
    assert read.num_rows == 0
    assert "due_date" in read.schema.names


def _dates(*spans: tuple[str, int]) -> list[dict]:
    return [
        {
            "article_id": a,
            "raw": f"{a}{s}",
            "value": "2025",
            "precision": "year",
            "start": s,
            "end": s + 4,
        }
        for a, s in spans
    ]


def test_sorted_writer_sorts_by_the_table_key_whatever_the_order(tmp_path: Path) -> None:
    spans = [("b", 9), ("a", 30), ("b", 2), ("a", 4), ("c", 0)]
    with SortedTableWriter("date_mentions", tmp_path / "shuffled", row_group_rows=2) as writer:
        writer.write_rows(_dates(*spans[:2]))
        writer.write_rows(_dates(*spans[2:]))
        shuffled = writer.commit()
    read = pq.read_table(shuffled)
    assert list(zip(read["article_id"].to_pylist(), read["start"].to_pylist(), strict=True)) == [
        ("a", 4),
        ("a", 30),
        ("b", 2),
        ("b", 9),
        ("c", 0),
    ]
    assert pq.ParquetFile(shuffled).metadata.num_row_groups == 3  # fixed size: 2 + 2 + 1
    with SortedTableWriter("date_mentions", tmp_path / "sorted", row_group_rows=2) as writer:
        writer.write_rows(_dates(*sorted(spans)))
        in_order = writer.commit()
    assert shuffled.read_bytes() == in_order.read_bytes()
    assert sorted(p.name for p in (tmp_path / "shuffled").iterdir()) == ["date_mentions.parquet"]


def test_sorted_writer_overrides_columns_by_key(tmp_path: Path) -> None:
    rows = _rejects("x", "y")
    with SortedTableWriter("rejects", tmp_path) as writer:
        writer.write_rows(rows)
        overrides = pa.table({"source_path": ["y", "x"], "detail": ["late y", "late x"]})
        path = writer.commit(overrides)
    read = pq.read_table(path).to_pylist()
    assert read == [
        {"source_path": "x", "reason": "empty", "detail": "late x"},
        {"source_path": "y", "reason": "empty", "detail": "late y"},
    ]


def test_sorted_writer_failure_keeps_previous_table(tmp_path: Path) -> None:
    write_table("rejects", _rejects("old"), tmp_path)
    with pytest.raises(SchemaError), SortedTableWriter("rejects", tmp_path) as writer:
        writer.write_rows(_rejects("new"))
        writer.write_rows([{"source_path": "bad"}])
    assert pq.read_table(tmp_path / "rejects.parquet").column(0).to_pylist() == ["old"]
    assert [p.name for p in tmp_path.iterdir()] == ["rejects.parquet"]
