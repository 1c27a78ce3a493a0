"""Crash safety of `extract`: SIGKILL at several points, then re-run.

After every kill each table present is readable (never half-written); the
re-run leaves no temporary files and gives exactly the uninterrupted result.
"""

from __future__ import annotations

import random
import signal
import subprocess
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from conftest import corpus_with_ntrex, extract_command

from pipeline.schema import TABLES

KILL_POINTS = 4


def _extract(src: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        extract_command(src, out),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Path:
    return corpus_with_ntrex(tmp_path_factory.mktemp("crash") / "in", shared_dir, 40)


def _tables(out: Path) -> dict[str, pd.DataFrame]:
    return {name: pd.read_parquet(out / f"{name}.parquet") for name in TABLES}


def test_kill_and_rerun(inputs: Path, tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    assert _extract(inputs, reference).wait(timeout=600) == 0
    wall = 0.0
    out = tmp_path / "killed"
    rng = random.Random(20251123)
    for point in range(KILL_POINTS):
        proc = _extract(inputs, out)
        start = time.monotonic()
        delay = rng.uniform(0.5, 6.0) if point else 2.0
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        wall = max(wall, time.monotonic() - start)
        for path in out.glob("*.parquet") if out.exists() else []:
            pq.read_table(path)  # every visible table is whole
    assert _extract(inputs, out).wait(timeout=600) == 0
    assert not list(out.glob(".*.tmp"))
    expected, got = _tables(reference), _tables(out)
    for name in TABLES:
        pd.testing.assert_frame_equal(got[name], expected[name], obj=name)
