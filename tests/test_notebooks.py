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
    ("due_and_who", r"^\d+ dated commitments, \d+ actors, \d+ deadlines$"),
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


@pytest.fixture
def kernel_env(extracted: Path, kernel_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the kernel inherits: the tables, this checkout, our kernelspec, no GUI."""
    monkeypatch.setenv("PIPELINE_DATA", str(extracted))
    monkeypatch.setenv("JUPYTER_PATH", str(kernel_dir))  # searched before user and system
    paths = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(paths))
    monkeypatch.setenv("MPLBACKEND", "Agg")


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


def test_due_notebook_draws_the_timeline(kernel_env: None, tmp_path: Path) -> None:
    """Executed from its .py twin with FIGURE set: the PNG is shown and saved."""
    nb = jupytext.read(NOTEBOOKS / "due_and_who.py")
    params = next(c for c in nb.cells if c.source.startswith("# Parameters"))
    figure = tmp_path / "timeline.png"
    params.source = params.source.replace("FIGURE = None", f"FIGURE = {str(figure)!r}")
    NotebookClient(
        nb, timeout=60, kernel_name=KERNEL, resources={"metadata": {"path": str(NOTEBOOKS)}}
    ).execute()
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) == 1
    assert figure.read_bytes().startswith(b"\x89PNG")


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


def test_every_documented_query_runs(extracted: Path) -> None:
    queries = _documented_queries()
    assert len(queries) == 3
    con = open_tables(extracted)
    for heading, query in queries.items():
        assert len(con.execute(query).df()) > 0, heading
