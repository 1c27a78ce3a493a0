"""Shared fixtures: paths to the embedded corpus and to ../shared."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "samples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


def extract_command(src: Path, out: Path) -> list[str]:
    """The researcher's command line, run as a separate process."""
    return [sys.executable, "-m", "pipeline", "extract", "--input", str(src), "--output",
            str(out), "--no-progress"]  # fmt: skip


def corpus_with_ntrex(dest: Path, shared: Path, per_language: int) -> Path:
    """``corpus/`` plus the first ``per_language`` NTREX files of fra/, pol/ and vie/."""
    shutil.copytree(CORPUS, dest)
    for folder in ("fra", "pol", "vie"):
        for path in sorted((shared / "data" / "ntrex" / folder).glob("*.txt"))[:per_language]:
            shutil.copy(path, dest / f"{folder}_{path.name}")
    return dest
