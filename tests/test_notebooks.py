"""Journalist user story: extract the corpus, run both notebooks and the documented queries.

The notebooks are executed with nbclient on a kernel of the interpreter running the
tests, with ``PIPELINE_DATA`` pointing at a fresh extraction of ``corpus/``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jupytext
import nbformat
import pytest
from nbclient import NotebookClient

from pipeline.query import open_tables

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
QUERYING = ROOT / "README.md"
KERNEL = "pipeline-tests-python"
# (notebook, a line its last cell prints once its main tables are non-empty)
EXECUTED = [
    (
        "due_and_who",
        r"^\d+ dated commitments \(\d+ with a named actor, \d+ with a director\), "
        r"\d+ actors, \d+ deadlines$",
    ),
    ("who_said_what", r"^\d+ officials, \d+ directed commitments, \d+ decrees, \d+ stories"),
]


@pytest.fixture(scope="session")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`python -m pipeline extract` over corpus/, once per session, as a researcher runs it."""
    out = tmp_path_factory.mktemp("extracted")
    command = ["extract", "--input", str(ROOT / "corpus"), "--output", str(out), "--no-progress"]
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="session")
def kernel_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A kernelspec running this interpreter, whatever kernels the machine has installed."""
    jupyter = tmp_path_factory.mktemp("jupyter")
    spec = jupyter / "kernels" / KERNEL
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    spec.joinpath("kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": KERNEL, "language": "python"})
    )
    return jupyter


def _kernel_env(mp: pytest.MonkeyPatch, extracted: Path, kernel_dir: Path) -> None:
    """What the kernel inherits: the tables, this checkout, our kernelspec, no GUI."""
    mp.setenv("PIPELINE_DATA", str(extracted))
    mp.setenv("JUPYTER_PATH", str(kernel_dir))  # searched before user and system
    paths = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    mp.setenv("PYTHONPATH", os.pathsep.join(paths))
    mp.setenv("MPLBACKEND", "Agg")


@pytest.fixture
def kernel_env(extracted: Path, kernel_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The kernel environment, for one test."""
    _kernel_env(monkeypatch, extracted, kernel_dir)


@pytest.mark.parametrize(("name", "summary"), EXECUTED, ids=[n for n, _ in EXECUTED])
def test_notebook_runs_on_the_corpus_output(
    name: str, summary: str, kernel_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PIPELINE_TODAY", "2025-11-01")  # some deadlines past, some ahead
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    client = NotebookClient(
        nb, timeout=60, kernel_name=KERNEL, resources={"metadata": {"path": str(NOTEBOOKS)}}
    )
    client.execute()  # raises CellExecutionError, with the failing cell, on any error

    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    tables = [o for o in outputs if "text/html" in o.get("data", {})]
    assert len(tables) >= 4, "expected the main result tables to be displayed"
    last = nb.cells[-1].outputs
    printed = "".join(o.text for o in last if o.output_type == "stream").strip()
    assert re.match(summary, printed), printed


@pytest.fixture(scope="session")
def due_run(extracted: Path, kernel_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """due_and_who executed once from its .py twin, FIGURE set, its dated table saved.

    A cell added before the last one writes the `dated` table as JSON, so that the tests
    read what the notebook shows; returns the executed notebook, the figure and the table.
    """
    tmp = tmp_path_factory.mktemp("due_run")
    nb = jupytext.read(NOTEBOOKS / "due_and_who.py")
    params = next(c for c in nb.cells if c.source.startswith("# Parameters"))
    figure, probe = tmp / "timeline.png", tmp / "dated.json"
    params.source = params.source.replace("FIGURE = None", f"FIGURE = {str(figure)!r}")
    dates = "due_date=dated.due_date.astype(str)"
    save = f"dated.assign({dates}).to_json({str(probe)!r}, orient='records')"
    nb.cells.insert(len(nb.cells) - 1, nbformat.v4.new_code_cell(save))
    with pytest.MonkeyPatch.context() as mp:
        _kernel_env(mp, extracted, kernel_dir)
        mp.setenv("PIPELINE_TODAY", "2025-11-01")
        NotebookClient(
            nb, timeout=60, kernel_name=KERNEL, resources={"metadata": {"path": str(NOTEBOOKS)}}
        ).execute()
    return {"nb": nb, "figure": figure, "dated": json.loads(probe.read_text(encoding="utf-8"))}


def test_due_notebook_draws_the_timeline(due_run: dict) -> None:
    """Executed from its .py twin with FIGURE set: the PNG is shown and saved."""
    cells = due_run["nb"].cells
    images = [o for c in cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) == 1
    assert due_run["figure"].read_bytes().startswith(b"\x89PNG")


def _articles(extracted: Path) -> dict[str, str]:
    """articles.text by source_path (the `article` column of the notebook)."""
    rows = open_tables(extracted).execute("SELECT source_path, text FROM articles").fetchall()
    return dict(rows)


def test_due_notebook_quotes_each_dated_commitment(due_run: dict, extracted: Path) -> None:
    """Each dated commitment comes with its actor, deadline, director, languages and the
    sentence stating it, which its article and offsets locate in the article's text."""
    dated = due_run["dated"]
    assert dated
    texts = _articles(extracted)
    for row in dated:
        assert row["actor"], row
        assert row["deadline"] and row["action"] and row["languages"], row
        assert row["lang"] in row["languages"], row
        assert texts[row["article"]][row["start"] : row["end"]] == row["sentence"], row

    # The counts the notebook prints agree with the table it shows.
    commitments = {row["commitment_id"]: row for row in dated}
    named = sum(row["actor"] != "Unspecified" for row in commitments.values())
    directed = sum(bool(row["directed_by"]) for row in commitments.values())
    printed = "".join(
        o.text
        for c in due_run["nb"].cells
        if c.cell_type == "code" and c.source.lstrip().startswith("named = sql(")
        for o in c.outputs
        if o.output_type == "stream"
    )
    assert printed.startswith(
        f"{len(commitments)} dated commitments: {named} with a named actor "
    ), printed
    assert f", {directed} with a director" in printed, printed


def test_due_notebook_shows_what_the_seeds_say(due_run: dict) -> None:
    """Facts a journalist checks in the articles' text, whatever the extraction's counts.

    000/001 (fr, pl): closing the working session, Tran Cam Tu asks that the commune
    health station model be completed "avant le 30 octobre 2025" / "przed 30 października
    2025 r.". 004 (fr interview): "avant le 30 septembre 2025" for electronic records.
    """
    dated = due_run["dated"]
    station = [
        r
        for r in dated
        if r["due_date"].startswith("2025-10-29") and r["directed_by"] == "Tran Cam Tu"
    ]
    assert station, "no commitment due before 2025-10-30 directed by Tran Cam Tu"
    assert {"fr", "pl"} <= set(station[0]["languages"])
    quoted = {r["lang"]: (r["article"], r["sentence"]) for r in station}
    assert quoted["fr"][0].startswith("000_") and "30 octobre 2025" in quoted["fr"][1]
    assert quoted["pl"][0].startswith("001_") and "30 października 2025" in quoted["pl"][1]

    records = [r for r in dated if r["due_date"].startswith("2025-09-29")]
    assert [r for r in records if r["article"].startswith("004_")], records
    assert all("30 septembre 2025" in r["sentence"] for r in records), records
    assert all(r["status"] == "overdue" for r in records + station)  # today is 2025-11-01


def _cells(path: Path) -> list[tuple[str, str]]:
    return [(c.cell_type, c.source.strip()) for c in jupytext.read(path).cells]


@pytest.mark.parametrize("name", [n for n, _ in EXECUTED])
def test_py_and_ipynb_are_in_sync(name: str) -> None:
    py, ipynb = NOTEBOOKS / f"{name}.py", NOTEBOOKS / f"{name}.ipynb"
    assert _cells(py) == _cells(ipynb), (
        f"{ipynb.name} and {py.name} differ: run `jupytext --sync notebooks/{py.name}`"
    )
    nb = nbformat.read(ipynb, as_version=4)
    assert nb.cells[0].cell_type == "markdown", "a notebook opens with what it answers"
    assert "PIPELINE_DATA" in nb.cells[0].source
    assert not [c for c in nb.cells if c.cell_type == "code" and c.outputs], (
        f"commit {ipynb.name} without outputs: `jupytext --to ipynb notebooks/{py.name}`"
    )
    assert nb.metadata["jupytext"]["formats"] == "ipynb,py:percent"


def test_every_notebook_is_paired_and_tested() -> None:
    ipynbs = {p.stem for p in NOTEBOOKS.glob("*.ipynb")}
    pys = {p.stem for p in NOTEBOOKS.glob("*.py")}
    assert ipynbs == pys == {n for n, _ in EXECUTED}


def _documented_queries() -> dict[str, str]:
    """SQL blocks of the README, keyed by the heading above each."""
    text = QUERYING.read_text(encoding="utf-8")
    found = re.findall(r"^### (.+?)\n(?:(?!^#).)*?```sql\n(.*?)```", text, flags=re.M | re.S)
    return dict(found)


def test_due_before_end_of_2025_statement_answers_on_the_corpus(extracted: Path) -> None:
    heading = (
        "Which commitments are due before 2025-12-31, by whom, citing which decree, "
        "reported in which languages?"
    )
    query = _documented_queries()[heading]
    assert "<!-- query: due-before-2025-12-31" in QUERYING.read_text(encoding="utf-8")
    result = open_tables(extracted).execute(query).df()
    assert len(result) > 0
    assert list(result.columns) == [
        "due_date",
        "actor",
        "action",
        "decree_number",
        "decree_issued",
        "directed_by",
        "stated_in",
        "story_languages",
    ]
    assert (result["due_date"].dt.date.astype(str) < "2025-12-31").all()
    assert result["actor"].notna().all()
    # 000/001: Tran Cam Tu asks that the commune health station model be completed
    # "avant le 30 octobre 2025" / "przed 30 października 2025 r."
    station = result[
        (result["due_date"].dt.date.astype(str) == "2025-10-29")
        & (result["directed_by"] == "Tran Cam Tu")
    ]
    assert len(station) > 0, result
    assert {"fr", "pl"} <= set(station.iloc[0]["stated_in"])
    assert {"fr", "pl"} <= set(station.iloc[0]["story_languages"])


def test_one_officials_directives_are_quoted_in_each_language(extracted: Path) -> None:
    """Tran Cam Tu's directives, each with the sentence its offsets locate, in fr and pl."""
    heading = "What did one official direct, and which sentence says so in each language?"
    con = open_tables(extracted)
    result = con.execute(_documented_queries()[heading]).df()
    assert {"fr", "pl"} <= set(result["lang"])
    texts = _articles(extracted)
    for row in result.itertuples():
        assert texts[row.source_path][row.start : row.end] == row.sentence, row
    station = result[result["due_date"].dt.date.astype(str) == "2025-10-29"]
    quoted = dict(zip(station["lang"], station["sentence"], strict=True))
    assert "30 octobre 2025" in quoted["fr"] and "30 października 2025" in quoted["pl"]


def test_decrees_cited_most_answers_on_the_corpus(extracted: Path) -> None:
    """Resolution 72-NQ/TW is cited by story A (fr, pl) and by the Lang Son report (fr)."""
    heading = "Which decrees are cited most, in how many stories, and in which languages?"
    result = open_tables(extracted).execute(_documented_queries()[heading]).df()
    cited = result.set_index("number").loc["72-NQ/TW"]
    assert cited["stories"] >= 2 and {"fr", "pl"} <= set(cited["languages"])


def test_every_documented_query_runs(extracted: Path) -> None:
    queries = _documented_queries()
    assert len(queries) == 3
    con = open_tables(extracted)
    for heading, query in queries.items():
        assert len(con.execute(query).df()) > 0, heading
