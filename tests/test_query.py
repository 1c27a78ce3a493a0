"""open_tables: the same views over `make extract` output and the nightly manifest layout."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

import pipeline
from pipeline.query import open_tables, table_files
from pipeline.schema import TABLES, sql_type
from pipeline.textnorm import ascii_fold
from pipeline.write import to_arrow, write_table

ARTICLES = [
    {
        "article_id": aid,
        "source_path": f"{aid}.txt",
        "lang": lang,
        "extracted": True,
        "story_id": "s1",
        "text": text,
        "text_sha256": "0" * 64,
        "duplicates": 0,
    }
    for aid, lang, text in (
        ("a-fr", "fr", "Le ministère doit agir avant le 31 décembre 2025."),
        ("a-pl", "pl", "Ministerstwo musi działać przed 31 grudnia 2025 r."),
        ("a-vi", "vi", "Bộ phải hành động trước ngày 31/12/2025."),
    )
]
COMMITMENTS = [
    {
        "commitment_id": "c1",
        "story_id": "s1",
        "actor": "Ministry of Health",
        "action": "agir",
        "deadline_value": "2025-12-31",
        "deadline_relation": "before",
        "due_date": date(2025, 12, 30),
        "decree_number": "145/NQ-CP",
        "directed_by": "Nguyen Van Binh",
        "languages": ["fr", "pl", "vi"],
    },
]


def make_flat(root: Path) -> Path:
    """The layout of `python -m pipeline extract --output root`, with only two tables."""
    write_table("articles", ARTICLES, root)
    write_table("commitments", COMMITMENTS, root)
    return root


def make_nightly(root: Path) -> Path:
    """The nightly layout: parts under root/tables/<table>/ and a manifest listing them."""
    tables = root / "tables"
    listed: dict[str, list[str]] = {}
    for i, rows in enumerate((ARTICLES[:2], ARTICLES[2:])):
        part = tables / "articles" / f"part-{i:05d}.parquet"
        part.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(to_arrow("articles", rows), part)
        listed.setdefault("articles", []).append(f"articles/{part.name}")
    # a part left behind by a compaction: on disk, not in the manifest, never read
    pq.write_table(to_arrow("articles", ARTICLES), tables / "articles" / "part-stale.parquet")
    (tables / "commitments").mkdir()
    pq.write_table(to_arrow("commitments", COMMITMENTS), tables / "commitments" / "p0.parquet")
    listed["commitments"] = ["commitments/p0.parquet"]
    listed["rejects"] = []
    (tables / "_manifest.json").write_text(json.dumps({"version": 3, "tables": listed}))
    return root


LAYOUTS = {
    "extract output dir": lambda tmp: make_flat(tmp),
    "nightly data dir": lambda tmp: make_nightly(tmp),
    "nightly tables dir": lambda tmp: make_nightly(tmp) / "tables",
    "nightly manifest file": lambda tmp: make_nightly(tmp) / "tables" / "_manifest.json",
}


@pytest.fixture(params=sorted(LAYOUTS))
def con(request: pytest.FixtureRequest, tmp_path: Path) -> duckdb.DuckDBPyConnection:
    return open_tables(LAYOUTS[request.param](tmp_path))


def test_every_contract_table_is_a_view(con: duckdb.DuckDBPyConnection) -> None:
    views = {row[0] for row in con.execute("SELECT view_name FROM duckdb_views()").fetchall()}
    assert set(TABLES) <= views


def test_rows_are_the_same_in_every_layout(con: duckdb.DuckDBPyConnection) -> None:
    assert con.execute("SELECT list(lang ORDER BY lang) FROM articles").fetchone() == (
        ["fr", "pl", "vi"],
    )
    row = con.execute(
        "SELECT c.actor, c.due_date, c.languages, count(a.article_id) "
        "FROM commitments c JOIN articles a USING (story_id) GROUP BY ALL"
    ).fetchone()
    assert row == ("Ministry of Health", date(2025, 12, 30), ["fr", "pl", "vi"], 3)


@pytest.mark.parametrize("name", ["deadlines", "officials", "commitment_evidence", "rejects"])
def test_missing_table_is_an_empty_view_with_declared_types(
    con: duckdb.DuckDBPyConnection, name: str
) -> None:
    assert con.execute(f"SELECT count(*) FROM {name}").fetchone() == (0,)
    described = [(r[0], r[1]) for r in con.execute(f"DESCRIBE {name}").fetchall()]
    assert described == [(c.name, sql_type(c.type)) for c in TABLES[name].columns]


def test_empty_view_joins_like_a_real_table(con: duckdb.DuckDBPyConnection) -> None:
    row = con.execute(
        "SELECT count(e.sentence) FROM commitments c "
        "LEFT JOIN commitment_evidence e USING (commitment_id)"
    ).fetchone()
    assert row == (0,)


@pytest.mark.parametrize(
    "written",
    [
        "Nguyễn Văn Bình",  # vi
        "Đỗ Quốc Khánh",  # vi, Đ is not a combining accent
        "Łódź, Żółkiewski",  # pl, Ł is not either
        "Département de la Santé, ministère",  # fr
        "Lương Thị Mai",  # vi
    ],
)
def test_fold_macro_folds_like_ascii_fold(con: duckdb.DuckDBPyConnection, written: str) -> None:
    assert con.execute("SELECT fold($s)", {"s": written}).fetchone() == (ascii_fold(written),)


def test_hidden_temp_files_of_an_interrupted_write_are_ignored(tmp_path: Path) -> None:
    make_flat(tmp_path)
    (tmp_path / ".articles.x1.parquet.tmp").write_bytes(b"half a file")
    assert sorted(table_files(tmp_path)) == ["articles", "commitments"]


def test_table_as_folder_of_parts_in_extract_layout(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    for i, row in enumerate(ARTICLES):
        pq.write_table(to_arrow("articles", [row]), tmp_path / "articles" / f"{i}.parquet")
    con = open_tables(tmp_path)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (3,)


def test_views_join_an_existing_connection(tmp_path: Path) -> None:
    mine = duckdb.connect()
    assert open_tables(make_flat(tmp_path), mine) is mine
    assert mine.execute("SELECT count(*) FROM commitments").fetchone() == (1,)


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda tmp: tmp / "nowhere", r"nowhere: no such folder; expected .*extract"),
        (lambda tmp: tmp, r"no tables found; expected <table>\.parquet .*_manifest\.json"),
        (lambda tmp: _write(tmp / "notes.txt", "x").parent, r"no tables found"),
    ],
    ids=["missing path", "empty folder", "folder without tables"],
)
def test_unusable_path_is_a_clear_file_not_found(tmp_path: Path, setup, message: str) -> None:
    with pytest.raises(FileNotFoundError, match=message):
        open_tables(setup(tmp_path))


def test_manifest_listing_a_missing_part_names_it(tmp_path: Path) -> None:
    manifest = {"version": 1, "tables": {"articles": ["articles/part-9.parquet"]}}
    _write(tmp_path / "tables" / "_manifest.json", json.dumps(manifest))
    with pytest.raises(FileNotFoundError, match=r"part-9\.parquet: listed for table 'articles'"):
        open_tables(tmp_path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not a JSON manifest"),
        ('{"version": 1}', "expected"),
        ('{"tables": {"articles": "a.parquet"}}', "must map to a list"),
        ('{"tables": {"articles": [3]}}', "must map to a list"),
        ('{"tables": {"articles": ["../../secret.parquet"]}}', "points outside"),
    ],
)
def test_malformed_manifest_is_a_value_error(tmp_path: Path, content: str, message: str) -> None:
    _write(tmp_path / "_manifest.json", content)
    with pytest.raises(ValueError, match=message):
        open_tables(tmp_path)


def test_reads_what_the_nightly_writer_commits(tmp_path: Path) -> None:
    """Night 2 rewrites the part holding a-fr; night 1's part stays on disk, unread."""
    nightly = pytest.importorskip("pipeline.nightly.tables")
    store = nightly.TableStore(tmp_path / "tables")
    night = nightly.Transaction(store)
    night.replace("articles", rows=ARTICLES[:2])
    night.commit()
    night = nightly.Transaction(store)
    night.replace("articles", column="article_id", remove=["a-fr"], rows=ARTICLES[2:])
    night.commit()
    assert len(list((tmp_path / "tables" / "articles").glob("*.parquet"))) > 2
    con = open_tables(tmp_path)
    assert con.execute("SELECT list(article_id ORDER BY article_id) FROM articles").fetchone() == (
        ["a-pl", "a-vi"],
    )


def test_open_tables_is_exported_and_import_stays_cheap() -> None:
    assert pipeline.open_tables is open_tables
    assert set(pipeline.__all__) == {"open_tables", "render_data_dictionary"}
    probe = "import sys, pipeline; print('duckdb' in sys.modules, 'pyarrow' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
