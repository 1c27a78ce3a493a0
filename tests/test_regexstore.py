"""The store of ``regex``'s compiled code (``pipeline.regexstore``).

Each case runs in a fresh interpreter (the store is installed when ``pipeline`` is
imported) with its own ``PIPELINE_CACHE_DIR``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PATTERNS = [
    (r"(?i:\b(?:doi(?:t|vent)|devr(?:a|ont))\b)", 0),
    (r"(?P<d>\d{1,2})\s+(?P<m>\p{L}+)\s+(?P<y>\d{4})", 0),
    (r"(?<![\p{L}\p{N}])(?P<n>\d+)/(?P<y>\d{4})/NĐ-CP", 0),
    (r"^\s*date\s+(\d{4})-(\d\d)$", 2 | 8),  # IGNORECASE | MULTILINE
]
TEXTS = [
    "Le ministère doit achever la réforme avant le 30 octobre 2025.",
    "Nghị định 15/2025/NĐ-CP, ILS DEVRONT le 1 lipca 2026",
    " date 2025-07\nDATE 2024-01",
]

SCRIPT = """
import json, sys
import pipeline  # installs the store
import regex
from pipeline import regexstore
patterns, texts, named = json.loads(sys.argv[1])
compiled = [regex.compile(p, f) for p, f in patterns]
listed = regex.compile(r"\\L<words>", words=["Hà Nội", "Huế"]) if named else None
out = {
    "listed_served": regexstore.served(r"\\L<words>", 0),
    "read": regexstore.stored_count(),
    "served": sum(1 for (p, f) in patterns if regexstore.served(p, f)),
    "matches": [[[m.span(), m.groups()] for m in c.finditer(t)] for c in compiled for t in texts],
    "groupindex": [dict(c.groupindex) for c in compiled],
}
out["saved"] = str(regexstore.save())
out["written"] = regexstore.stored_count()
print(json.dumps(out))
"""


def _run(cache: Path, named: bool = False) -> dict:
    env = {**os.environ, "PIPELINE_CACHE_DIR": str(cache)}
    args = json.dumps([PATTERNS, TEXTS, named])
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, args], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _store_files(cache: Path) -> list[Path]:
    return sorted((cache / "regex").glob("*.regex"))


def test_a_second_process_builds_the_same_patterns_from_the_store(tmp_path: Path) -> None:
    first = _run(tmp_path)
    assert first["read"] == 0 and first["served"] == 0
    assert first["written"] >= len(PATTERNS)
    assert [str(p) for p in _store_files(tmp_path)] == [first["saved"]]
    second = _run(tmp_path)
    assert second["read"] == first["written"]
    assert second["served"] == len(PATTERNS)
    assert second["saved"] == "None"  # nothing new to write
    assert second["matches"] == first["matches"]
    assert second["groupindex"] == first["groupindex"]
    # the values a grammar reads: the decree number and its year, with their offsets
    assert second["matches"][7] == [[[10, 23], ["15", "2025"]]]


def test_patterns_with_named_lists_are_never_stored(tmp_path: Path) -> None:
    first = _run(tmp_path, named=True)
    assert first["written"] == len(PATTERNS)
    second = _run(tmp_path, named=True)
    assert second["served"] == len(PATTERNS) and not second["listed_served"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[:-10],  # truncated
        lambda b: b.replace(b"pipeline-regexstore", b"pipeline-regexstorX"),  # foreign
        lambda b: b[:60] + bytes([b[60] ^ 1]) + b[61:],  # digest does not match
    ],
)
def test_a_damaged_store_is_ignored_and_rewritten(tmp_path: Path, damage) -> None:
    first = _run(tmp_path)
    path = _store_files(tmp_path)[0]
    path.write_bytes(damage(path.read_bytes()))
    again = _run(tmp_path)
    assert again["read"] == 0 and again["served"] == 0
    assert again["matches"] == first["matches"]
    assert again["saved"] == str(path)  # replaced by a good one
    assert _run(tmp_path)["served"] == len(PATTERNS)


def test_an_unwritable_cache_folder_changes_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    out = _run(blocker)
    assert out["saved"] == "None"
    assert out["matches"] == _run(tmp_path)["matches"]
