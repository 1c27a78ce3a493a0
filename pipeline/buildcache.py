"""A persistent cache of the tables a process builds from data at start-up.

Why: every process that extracts (the main process with one worker, the forkserver's
warm-up with more) used to rebuild the same tables from the same files in pure Python:
the gazetteer's form tables (Polish cases expanded: about 0.45 s for the three
languages) and langdetect's profile matrix (0.2 s). Those were a third of the start-up.

How: :func:`cached` returns the bytes ``build()`` encodes, read from a file when an
earlier process stored them under the same name and key, else built and stored. The
caller decodes the bytes in both cases, so a process that built them uses exactly what a
later process reads. The key is a :func:`digest` of every input of the build: the data
files, the source files of the code that builds, and the interpreter (its version and
its Unicode database, on which case folding depends). Changing any of them selects
another file; the one it replaces is removed.

Safety: a file starts with a magic line and the SHA-256 of its zlib-compressed payload,
and is written atomically (:func:`pipeline.atomic.atomic_file`); there is no pickle.
Fail-safe: a missing, unwritable, corrupt or foreign cache means building in the process
as before; nothing here raises for a cache problem.

Location: ``built`` under :func:`pipeline.cachedir.cache_root`
(``$PIPELINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/pipeline``, else ``~/.cache/pipeline``).
"""

from __future__ import annotations

import hashlib
import sys
import unicodedata
import zlib
from collections.abc import Callable
from pathlib import Path

from pipeline.atomic import atomic_file
from pipeline.cachedir import built_cache_dir, read_entry

__all__ = ["cached", "digest"]

_MAGIC = b"pipeline-buildcache 1\n"
_SUFFIX = ".bin"
_MAX_FILE_BYTES = 256 << 20


def digest(*parts: str | bytes | Path) -> str:
    """A hex SHA-256 of ``parts`` and of this interpreter: a path stands for its bytes, a
    folder for every file under it (by relative name, ``__pycache__`` skipped)."""
    sha = hashlib.sha256()

    def add(data: bytes) -> None:
        sha.update(len(data).to_bytes(8, "little") + data)

    for part in (sys.version, unicodedata.unidata_version, *parts):
        if not isinstance(part, Path):
            add(part.encode() if isinstance(part, str) else part)
        elif part.is_dir():
            for path in sorted(part.rglob("*")):
                if path.is_file() and "__pycache__" not in path.parts:
                    add(path.relative_to(part).as_posix().encode())
                    add(path.read_bytes())
        else:
            add(part.read_bytes())
    return sha.hexdigest()


def cached(name: str, key: str, build: Callable[[], bytes], folder: Path | None = None) -> bytes:
    """The bytes ``build()`` returns for ``name`` under ``key`` (a :func:`digest` of every
    input of the build): stored ones when an earlier process wrote them, else ``build()``'s,
    stored for the next process. ``folder`` defaults to the cache folder (module doc)."""
    try:
        folder = Path(folder) if folder is not None else built_cache_dir()
        path = folder / f"{name}-{key}{_SUFFIX}"
    except Exception:  # no home directory: build without the cache
        return build()
    stored = _read(path)
    if stored is not None:
        return stored
    data = build()
    _write(folder, name, path, data)
    return data


def _read(path: Path) -> bytes | None:
    """The payload of ``path``, or None when missing, foreign or damaged."""
    try:
        blob = read_entry(path, _MAGIC, _MAX_FILE_BYTES)
        if blob is None or len(blob) < 32:
            return None
        check, packed = blob[:32], blob[32:]
        if hashlib.sha256(packed).digest() != check:
            return None
        return zlib.decompress(packed)
    except Exception:
        return None


def _write(folder: Path, name: str, path: Path, data: bytes) -> None:
    """Store ``data`` at ``path`` (atomically) and remove the entries of ``name`` under
    other keys; any failure leaves the cache as it was."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        packed = zlib.compress(data, 1)
        with atomic_file(path) as sink:
            sink.write(_MAGIC + hashlib.sha256(packed).digest() + packed)
        for old in folder.glob(f"{name}-*{_SUFFIX}"):
            # the same length: another key of this name, not a longer name's entry
            if old != path and len(old.name) == len(path.name):
                old.unlink(missing_ok=True)
    except Exception:
        return
