"""The persistent cache of compiled regex code (pipeline.lang.regexcache)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pipeline.cachedir import regex_cache_dir
from pipeline.lang import regexcache

# ~19k characters: IGNORECASE given as a flag, numbered and named groups, and thousands
# of alternatives (the shape of spaCy's TOKEN_MATCH, smaller).
WORDS = [f"w{i:04d}x" for i in range(700)]
TEXT = (
    r"(?P<head>[a-z]+)-(\d+)\b|"
    + "|".join(f"(?:{w}[-_]?[a-zé]{{0,3}})" for w in WORDS)
    + r"|(?P<tail>zz(top)?)$"
)
FLAGS = re.IGNORECASE
PROBES = [
    "",
    "abc-123",
    "ABC-123 rest",
    "zz",
    "ZZTOP",
    "zztopper",
    "W0007X",
    "w0007x-abé",
    "w0699X_ÉÉÉ",
    "w0700x",
    "xw0001x",
    "-12",
    *[w.upper() + "-q" for w in WORDS[::97]],
    *[w + "zzzz" for w in WORDS[::131]],
]


def outcome(pattern: re.Pattern[str], probe: str) -> list[object]:
    found = [pattern.match(probe), pattern.fullmatch(probe), pattern.search(probe)]
    return [None if m is None else (m.span(), m.groups(), m.groupdict()) for m in found]


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh cache dir (never the user's), a small threshold, clean re/module caches."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("PIPELINE_CACHE_DIR", str(cache))
    monkeypatch.setattr(regexcache, "MIN_PATTERN_LENGTH", 10_000)
    monkeypatch.setattr(regexcache, "_loaded", {})
    re.purge()
    yield cache / "regex"
    re.purge()


def test_default_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert regex_cache_dir() == tmp_path / "cache" / "regex"
    monkeypatch.setenv("PIPELINE_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert regex_cache_dir() == tmp_path / "xdg" / "pipeline" / "regex"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert regex_cache_dir() == tmp_path / "home" / ".cache" / "pipeline" / "regex"


def test_round_trip_seeds_re_cache(isolated: Path) -> None:
    original = re.compile(TEXT, FLAGS)
    path = regexcache.remember(original)  # flags found in re._cache
    assert path is not None and path.parent == isolated and path.is_file()
    assert regexcache.remember(original) == path  # stored already: no rewrite needed

    re.purge()
    assert regexcache.preload() == 1
    ((key, preloaded),) = regexcache._loaded.values()
    assert key == (str, TEXT, int(FLAGS))
    again = re.compile(TEXT, FLAGS)
    assert again is preloaded and again is not original

    fresh = re._compiler.compile(TEXT, FLAGS)  # bypasses re's cache
    assert again == fresh  # same flags, text and code word for word
    assert (again.flags, again.groups, again.groupindex) == (
        fresh.flags,
        fresh.groups,
        fresh.groupindex,
    )
    assert again.groups == 4 and set(again.groupindex) == {"head", "tail"}
    for probe in PROBES:
        assert outcome(again, probe) == outcome(fresh, probe), probe
    assert outcome(again, "W0007X-ab")[0] is not None  # IGNORECASE kept

    # Other flags, another key: not served by this entry.
    assert re.compile(TEXT) is not again
    # A second preload in the same process keeps the same object.
    assert regexcache.preload() == 1 and re.compile(TEXT, FLAGS) is again
    assert regexcache.remember(again) == path


def test_explicit_flags_and_wrong_flags(isolated: Path) -> None:
    pattern = re._compiler.compile(TEXT, FLAGS)  # not in re._cache: flags unknown
    assert regexcache.remember(pattern) is None  # assumed 0: verification fails
    assert not isolated.exists() or not list(isolated.iterdir())
    assert regexcache.remember(pattern, flags=FLAGS) is not None
    assert regexcache.preload() == 1
    assert re.compile(TEXT, FLAGS) == pattern


def test_small_and_bytes_patterns_are_not_stored(isolated: Path) -> None:
    assert regexcache.remember(re.compile(r"(\w+)-(\d+)")) is None
    assert regexcache.remember(re.compile(TEXT.encode(), re.LOCALE)) is None  # type: ignore[arg-type]
    assert regexcache.preload() == 0


@pytest.fixture(scope="module")
def entry(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, bytes]:
    """One stored entry for TEXT (name, content), made once for the tests that damage it."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(regexcache, "MIN_PATTERN_LENGTH", 10_000)
        path = regexcache.remember(re.compile(TEXT, FLAGS), cache_dir=tmp_path_factory.mktemp("e"))
    assert path is not None
    return path.name, path.read_bytes()


@pytest.fixture
def stored(isolated: Path, entry: tuple[str, bytes]) -> Path:
    """The entry for TEXT in this test's cache dir."""
    isolated.mkdir(parents=True, exist_ok=True)
    path = isolated / entry[0]
    path.write_bytes(entry[1])
    return path


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: b"",
        lambda blob: blob[: len(blob) // 2],
        lambda blob: blob[:-10] + bytes(10),
        lambda blob: b"not an entry at all",
    ],
)
def test_corrupt_entry_is_ignored(stored: Path, damage: Callable[[bytes], bytes]) -> None:
    stored.write_bytes(damage(stored.read_bytes()))
    assert regexcache.preload() == 0
    assert re.compile(TEXT, FLAGS) == re._compiler.compile(TEXT, FLAGS)


def test_tampered_code_is_ignored(stored: Path) -> None:
    path = stored
    body = bytearray(zlib.decompress(path.read_bytes()[len(regexcache._MAGIC) :]))
    body[-5] ^= 1  # one code word: the checksum no longer matches
    path.write_bytes(regexcache._MAGIC + zlib.compress(bytes(body)))
    assert regexcache.preload() == 0


def test_entry_of_another_interpreter_is_ignored(stored: Path, entry: tuple[str, bytes]) -> None:
    path = stored
    magic = regexcache._MAGIC
    body = zlib.decompress(path.read_bytes()[len(magic) :])
    newline = body.index(b"\n")
    header = json.loads(body[:newline])
    other = header["interpreter"].replace(json.dumps(sys.version), json.dumps("3.99.0 (other)"))
    assert other != header["interpreter"]
    header["interpreter"] = other
    path.write_bytes(magic + zlib.compress(json.dumps(header).encode() + body[newline:]))
    assert regexcache.preload() == 0

    # The same content under another interpreter's name is not even read.
    path.write_bytes(entry[1])
    assert regexcache.preload() == 1
    regexcache._loaded.clear()
    path.rename(path.with_name("0" * 16 + path.name[16:]))
    assert regexcache.preload() == 0


def test_unwritable_cache_dir_does_not_raise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    pattern = re.compile(TEXT, FLAGS)
    assert regexcache.remember(pattern, cache_dir=blocker / "regex") is None
    assert regexcache.preload(blocker / "regex") == 0
    monkeypatch.setenv("PIPELINE_CACHE_DIR", str(blocker))
    assert regexcache.remember(pattern) is None
    assert regexcache.preload() == 0


def test_missing_internals_do_nothing(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = re.compile(TEXT, FLAGS)
    with monkeypatch.context() as m:
        m.delattr(re._compiler, "_code")
        assert regexcache.remember(pattern) is None
    assert regexcache.remember(pattern) is not None
    with monkeypatch.context() as m:
        m.setattr(re, "_cache", None)
        assert regexcache.preload() == 0
    with monkeypatch.context() as m:
        m.delattr(re, "_cache")
        assert regexcache.preload() == 0
    assert regexcache.preload() == 1


FR_SENTENCE = (
    "Le porte-parole a dit peut-être qu'aujourd'hui l'anti-corruption du vice-président "
    "Jean-Pierre Dupont, arrivé à Saint-Jean-de-Luz, est-elle au rendez-vous ? "
    "Le sous-préfet d'Aix-en-Provence a-t-il vu l'arc-en-ciel ?"
)
SCRIPT = f"""
import json
from pipeline.lang import regexcache
from pipeline.lang.titles import person_ner
nlp = person_ner("fr_core_news_sm")
doc = nlp({FR_SENTENCE!r})
token_regex = nlp.tokenizer.token_match.__self__
print(json.dumps({{
    "tokens": [t.text for t in doc],
    "ents": [(e.text, e.label_) for e in doc.ents],
    "preloaded": any(p is token_regex for _, p in regexcache._loaded.values()),
}}))
"""


@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("fr_core_news_sm") is None, reason="fr_core_news_sm not installed"
)
def test_person_ner_uses_the_cache(isolated: Path) -> None:
    env = {**os.environ, "PIPELINE_CACHE_DIR": str(isolated.parent)}

    def run() -> dict:
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True
        )
        return json.loads(done.stdout.strip().splitlines()[-1])

    first = run()
    assert not first["preloaded"]
    # token_match, and the URL, prefix, suffix and infix patterns (4 to 18 kB each)
    assert len(list(isolated.glob("*.sre"))) == 5
    second = run()
    assert second["preloaded"]
    assert second["tokens"] == first["tokens"] and second["ents"] == first["ents"]
    assert "porte-parole" in second["tokens"]


def test_preload_reads_the_entries_in_use_and_old_ones_are_pruned(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every change of a big pattern leaves its old entry behind; preload reads the most
    recently used ones, so the entries in use are never crowded out, and a new entry
    prunes the oldest beyond twice the cap."""
    monkeypatch.setattr(regexcache, "_MAX_FILES", 2)
    paths = [regexcache.remember(re.compile(TEXT + "|" + w, FLAGS)) for w in ("a1", "b2", "c3")]
    assert all(p is not None for p in paths)
    for age, path in enumerate(paths):  # oldest first: a1, then b2, then c3
        os.utime(path, ns=(10**18 + age * 10**9, 10**18 + age * 10**9))
    in_use = re.compile(TEXT + "|a1", FLAGS)
    assert regexcache.remember(in_use) == paths[0]  # used again: now the newest
    re.purge()
    assert regexcache.preload() == 2
    assert {key[1] for key, _ in regexcache._loaded.values()} == {TEXT + "|a1", TEXT + "|c3"}
    for w in ("d4", "e5", "f6"):
        regexcache.remember(re.compile(TEXT + "|" + w, FLAGS))
    assert len(list(isolated.glob("*.sre"))) == 4  # twice the cap
    assert not paths[1].exists()  # the oldest, unused entry went first
