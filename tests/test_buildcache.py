"""The build cache: tables built from data once, read back by later processes."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from langdetect.detector_factory import PROFILES_DIRECTORY

from pipeline import buildcache
from pipeline.ingest.language import Profiles, profiles
from pipeline.lang import gazetteer


def _counting_build(payload: bytes) -> tuple[list[int], object]:
    calls: list[int] = []

    def build() -> bytes:
        calls.append(1)
        return payload

    return calls, build


def test_built_once_then_read(tmp_path: Path) -> None:
    calls, build = _counting_build(b"tables" * 100)
    key = buildcache.digest("input one")
    assert buildcache.cached("thing", key, build, tmp_path) == b"tables" * 100
    assert buildcache.cached("thing", key, build, tmp_path) == b"tables" * 100
    assert calls == [1]
    assert [p.name for p in tmp_path.iterdir()] == [f"thing-{key}.bin"]


def test_another_key_rebuilds_and_replaces_the_old_entry(tmp_path: Path) -> None:
    calls, build = _counting_build(b"x")
    old, new = buildcache.digest("data v1"), buildcache.digest("data v2")
    buildcache.cached("thing", old, build, tmp_path)
    buildcache.cached("thing-longer-name", old, build, tmp_path)
    buildcache.cached("thing", new, build, tmp_path)
    assert len(calls) == 3
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([f"thing-{new}.bin", f"thing-longer-name-{old}.bin"])


def test_digest_follows_file_contents(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "a.toml").write_text("x = 1")
    first = buildcache.digest(folder)
    (folder / "a.toml").write_text("x = 2")
    second = buildcache.digest(folder)
    (folder / "__pycache__").mkdir()
    (folder / "__pycache__" / "a.pyc").write_bytes(b"compiled")
    assert first != second == buildcache.digest(folder)
    assert buildcache.digest("ab", "c") != buildcache.digest("a", "bc")


def test_damaged_entry_is_rebuilt(tmp_path: Path) -> None:
    calls, build = _counting_build(b"good tables")
    key = buildcache.digest("k")
    buildcache.cached("thing", key, build, tmp_path)
    entry = tmp_path / f"thing-{key}.bin"
    blob = bytearray(entry.read_bytes())
    blob[-1] ^= 0xFF
    entry.write_bytes(bytes(blob))
    assert buildcache.cached("thing", key, build, tmp_path) == b"good tables"
    assert len(calls) == 2
    assert buildcache.cached("thing", key, build, tmp_path) == b"good tables"
    assert len(calls) == 2  # the rebuilt entry was stored again


def test_unusable_cache_folder_still_builds(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    calls, build = _counting_build(b"z")
    assert buildcache.cached("thing", "k", build, blocker) == b"z"
    assert calls == [1]


def test_profiles_read_back_are_the_same_floats() -> None:
    built = Profiles.from_files(sorted(Path(PROFILES_DIRECTORY).iterdir()))
    read = Profiles.from_bytes(built.to_bytes())
    assert read.languages == built.languages and "vi" in read.languages
    assert read.rows == built.rows
    assert read.probs.tobytes() == built.probs.tobytes()
    assert np.count_nonzero(read.probs) > 100_000
    assert profiles().probs.tobytes() == built.probs.tobytes()  # the process's own


@pytest.mark.parametrize("lang", ["fr", "pl", "vi"])
def test_gazetteer_tables_from_the_cache_are_the_built_ones(lang: str) -> None:
    built = json.loads(json.dumps(gazetteer._tables(lang)))
    assert gazetteer.stored_tables(lang) == built
    matcher = gazetteer.matcher(lang)
    assert len(matcher.national) == len(built["national"]["index"]) > 100
    assert matcher.national_pattern == built["national_pattern"]
