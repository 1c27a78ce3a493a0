"""Executors: results in input order, and the same tables whatever runs the batches.

``extract`` is run on the same inputs (more than one batch) with the local executor
on 1 and 2 workers and with the Dask executor on 2 local workers; every table must
come out byte-identical.
"""

from __future__ import annotations

import multiprocessing.resource_tracker
import sys
import time
from pathlib import Path

import pytest
from conftest import corpus_with_ntrex

from pipeline.cli import EX_USAGE, main
from pipeline.executors import make_executor
from pipeline.executors.dask import INSTALL_HINT, DaskExecutor
from pipeline.executors.local import LocalExecutor
from pipeline.run import BATCH_FILES, RunConfig, run
from pipeline.schema import TABLES


def _slow_inverse(x: int) -> int:
    """Later items finish first, so an unordered map would come back reversed."""
    time.sleep(0.02 * (5 - x % 5))
    return x * 10


@pytest.mark.parametrize(
    ("executor", "workers"),
    [("local", 1), ("local", 2), ("dask", 1), ("dask", 2)],
)
def test_map_keeps_input_order(executor: str, workers: int) -> None:
    items = list(range(23))
    got = list(make_executor(executor, workers).map(_slow_inverse, items))
    assert got == [x * 10 for x in items]


@pytest.mark.parametrize("executor", ["local", "dask"])
def test_map_of_nothing_is_nothing(executor: str) -> None:
    assert list(make_executor(executor, 2).map(_slow_inverse, [])) == []


def test_dask_cluster_without_distributed_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if it were not installed
    with pytest.raises(RuntimeError, match=r'pip install "dask\[distributed\]"'):
        DaskExecutor(2, "tcp://127.0.0.1:8786")
    assert "dask[distributed]" in INSTALL_HINT


@pytest.mark.parametrize(
    ("executor", "message"),
    [("dask", 'pip install "dask[distributed]"'), ("local", "needs --executor dask")],
)
def test_cli_scheduler_errors_are_one_line(
    executor: str,
    message: str,
    corpus_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if it were not installed
    argv = [
        "extract",
        "--input",
        str(corpus_dir),
        "--output",
        str(tmp_path),
        "--executor",
        executor,
        "--scheduler",
        "tcp://127.0.0.1:8786",
    ]
    assert main(argv) == EX_USAGE
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_unknown_executor_is_an_error() -> None:
    with pytest.raises(ValueError, match="local, dask"):
        make_executor("ray", 2)


def test_workers_below_one_mean_one() -> None:
    assert LocalExecutor(0).workers == 1
    assert DaskExecutor(0).workers == 1


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Path:
    """The samples plus 3 x 15 NTREX translations: 50 files, two batches."""
    src = corpus_with_ntrex(tmp_path_factory.mktemp("executors") / "in", shared_dir, 15)
    assert len(list(src.glob("*.txt"))) > BATCH_FILES
    return src


@pytest.fixture(scope="module")
def reference(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reference")
    run(RunConfig(inputs, out, workers=1, executor="local", progress=False))
    return out


def _table_bytes(out: Path) -> dict[str, bytes]:
    return {name: (out / f"{name}.parquet").read_bytes() for name in TABLES}


@pytest.mark.parametrize(
    ("executor", "workers"),
    [("local", 2), ("dask", 2)],
)
def test_tables_are_byte_identical_to_one_local_worker(
    inputs: Path, reference: Path, tmp_path: Path, executor: str, workers: int
) -> None:
    summary = run(RunConfig(inputs, tmp_path, workers=workers, executor=executor, progress=False))
    assert summary.articles > BATCH_FILES
    expected, got = _table_bytes(reference), _table_bytes(tmp_path)
    differing = [name for name in TABLES if got[name] != expected[name]]
    assert differing == []


def _child_processes() -> list[int]:
    tasks = Path("/proc/self/task")
    return [int(pid) for task in tasks.iterdir() for pid in (task / "children").read_text().split()]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc (Linux)")
def test_no_worker_process_outlives_the_per_article_step(inputs: Path, tmp_path: Path) -> None:
    """With 2 workers, the forkserver holding the warm-up's models (~220 MB) is stopped
    before the global phase, and every worker is gone when ``run`` returns."""
    run(RunConfig(inputs, tmp_path, workers=2, executor="local", progress=False))
    tracker = multiprocessing.resource_tracker._resource_tracker._pid  # the stdlib's helper
    assert [pid for pid in _child_processes() if pid != tracker] == []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc (Linux)")
def test_a_run_that_fails_after_starting_workers_leaves_no_process(
    inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With 2 workers the forkserver starts before the inputs are read; a run that fails
    there stops it all the same."""

    def unreadable(root: Path) -> None:
        raise PermissionError(f"cannot list {root}")

    monkeypatch.setattr("pipeline.run.discover", unreadable)
    with pytest.raises(PermissionError):
        run(RunConfig(inputs, tmp_path, workers=2, executor="local", progress=False))
    tracker = multiprocessing.resource_tracker._resource_tracker._pid
    assert [pid for pid in _child_processes() if pid != tracker] == []
    assert not list(tmp_path.glob("*.parquet"))


def test_run_reports_time_per_stage(inputs: Path, tmp_path: Path) -> None:
    summary = run(RunConfig(inputs, tmp_path, progress=False))
    assert list(summary.timings) == ["load_extract", "stories", "commitments", "write"]
    assert all(seconds >= 0 for seconds in summary.timings.values())
    assert not list(tmp_path.glob(".*.tmp"))


def test_dask_cluster_writes_the_same_tables(inputs: Path, reference: Path, tmp_path: Path) -> None:
    """``--scheduler`` against a real dask.distributed cluster (two worker processes on
    this machine, reached over TCP like a remote one) gives the same bytes."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        argv = ["extract", "--input", str(inputs), "--output", str(tmp_path), "--no-progress"]
        argv += ["--executor", "dask", "--scheduler", cluster.scheduler_address]
        assert main(argv) == 0
    expected, got = _table_bytes(reference), _table_bytes(tmp_path)
    assert [name for name in TABLES if got[name] != expected[name]] == []
