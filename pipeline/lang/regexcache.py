"""A persistent cache of compiled regular-expression code for a few very large patterns.

Why: loading spaCy's ``fr_core_news_sm`` costs about 3 s per process, and 2.3 s of that
is one ``re.compile`` of a 1.45 MB pattern (``TOKEN_MATCH`` in
``spacy/lang/fr/tokenizer_exceptions.py``, built at import time); the gazetteer's
alternations (``pipeline/lang/gazetteer``, 4 to 28 kB each) cost 0.15 s more. Nearly
all of it is spent in pure Python (``re._parser.parse`` and ``re._compiler._code``)
turning the pattern text into a list of integers, the "sre code"; building the
``re.Pattern`` from that list (``_sre.compile``) takes a millisecond.

How: :func:`remember` stores a big compiled pattern's text, flags, groups and sre code
in a file keyed to this interpreter; :func:`preload`, called in a later process just
before the code that compiles the same text, builds the identical ``re.Pattern`` from
that file in milliseconds and puts it into ``re``'s own module cache under the key
``re.compile`` looks up, ``(str, text, flags)``. The later ``re.compile(text)`` is then
a cache hit and returns the preloaded object.

Safety:

* An entry is written only after it was verified: the pattern rebuilt from the stored
  code must compare equal to the live one (``re.Pattern.__eq__`` compares flags, text
  and the code word for word), have the same ``pattern``, ``flags``, ``groups`` and
  ``groupindex``, and match a set of probe strings the same way.
* Entries are keyed to the interpreter (``sys.version``, ``_sre.MAGIC``,
  ``_sre.CODESIZE``, ...): in its file name and again inside the file; an entry of
  another interpreter is never read. Files carry a SHA-256 of their content, are
  zlib-compressed JSON plus raw bytes (no pickle) and are written atomically.
* Fail-safe: any problem (no cache directory, unwritable directory, corrupt or foreign
  file, a CPython private that moved: ``re._cache``, ``re._parser.parse``,
  ``re._compiler._code``, ``_sre.compile``) makes these functions do nothing, and the
  normal slow compile happens. They never raise for cache problems.

Location: ``$PIPELINE_CACHE_DIR/regex`` if that variable is set, else
``$XDG_CACHE_HOME/pipeline/regex``, else ``~/.cache/pipeline/regex``.

Relies on CPython internals (3.11, and 3.12+ where ``re._compile`` looks in
``_cache2`` first and then takes the entry from ``_cache``): the module cache dict
``re._cache``, ``re._parser.parse``, ``re._compiler._code``, the argument list of
``_sre.compile`` and the constants ``_sre.MAGIC`` and ``_sre.CODESIZE``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import zlib
from array import array
from pathlib import Path

from pipeline.atomic import atomic_file
from pipeline.cachedir import read_entry, regex_cache_dir, same_behaviour

__all__ = ["MIN_PATTERN_LENGTH", "compile_cached", "preload", "remember"]

#: Patterns shorter than this (in characters) compile fast enough: not stored.
MIN_PATTERN_LENGTH = 2_000

_MAGIC = b"pipeline-regexcache 1\n"
_SUFFIX = ".sre"
_MAX_FILES = 32  # preload reads at most this many entries, the most recently used...
_MAX_FILE_BYTES = 64 << 20  # ...of at most this size each
# Flags whose compiled code depends on more than the text (LOCALE: the current locale),
# or that re._compile never caches (DEBUG): such patterns are not stored.
_UNCACHEABLE_FLAGS = re.LOCALE | re.DEBUG

# Entries this process preloaded: file name -> (re._cache key, pattern).
_loaded: dict[str, tuple[tuple[type, str, int], re.Pattern[str]]] = {}


def preload(cache_dir: Path | None = None) -> int:
    """Seed ``re``'s module cache with every stored pattern valid for this interpreter.

    Call it right before the code that compiles the big patterns (``re._cache`` drops
    its oldest entries beyond 512, so the later the better). ``cache_dir`` defaults to
    :func:`pipeline.cachedir.regex_cache_dir`. Returns how many patterns are now in
    ``re._cache`` from the store; 0 when there is nothing to load or anything goes wrong.
    """
    try:
        cache = re._cache  # type: ignore[attr-defined]
        if type(cache) is not dict or _interpreter() is None:
            return 0
        folder = Path(cache_dir) if cache_dir is not None else regex_cache_dir()
        names = [p.name for p in _entries_newest_first(folder)]
    except Exception:
        return 0
    seeded = 0
    for name in names[:_MAX_FILES]:
        try:
            if name not in _loaded:
                entry = _read(folder / name)
                if entry is None:
                    continue
                _loaded[name] = entry
            key, pattern = _loaded[name]
            # Put it last (newest) so that FIFO/LRU eviction reaches it last; keep an
            # object already there (same text and flags: same code).
            present = cache.pop(key, None)
            cache[key] = pattern if present is None else present
            seeded += 1
        except Exception:
            continue
    return seeded


def compile_cached(text: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(text, flags)``, with the code from the store when an earlier process
    stored it (milliseconds), and stored for the next process when not."""
    preload()
    pattern = re.compile(text, flags)
    remember(pattern, flags)
    return pattern


def remember(
    pattern: re.Pattern[str], flags: int | None = None, cache_dir: Path | None = None
) -> Path | None:
    """Store the sre code of the big compiled ``pattern`` for later :func:`preload`.

    ``flags`` are the flags that were given to ``re.compile`` (the cache key; they are
    not always ``pattern.flags``, which also holds inline and implied flags such as
    ``(?i)`` and UNICODE). ``None``: read from ``re._cache`` where ``pattern`` still is,
    else 0; wrong flags are caught by the verification and nothing is stored.

    Re-parses and re-generates the code (about as slow as the first compile, once per
    machine) unless ``pattern`` was preloaded by this process or an entry for it is
    already stored. Returns the entry's path, or None when not stored (a str pattern
    shorter than :data:`MIN_PATTERN_LENGTH`, LOCALE/DEBUG flags, verification failed,
    an unwritable directory, ...).
    """
    try:
        if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
            return None
        text = pattern.pattern
        if len(text) < MIN_PATTERN_LENGTH or _interpreter() is None:
            return None
        if flags is None:
            flags = _flags_in_re_cache(pattern)
        flags = int(flags)
        if flags & _UNCACHEABLE_FLAGS or pattern.flags & _UNCACHEABLE_FLAGS:
            return None
        folder = Path(cache_dir) if cache_dir is not None else regex_cache_dir()
        path = folder / _entry_name(text, flags)
        if any(p is pattern for _, p in _loaded.values()) or (
            path.is_file() and (stored := _read(path)) is not None and stored[1] == pattern
        ):
            os.utime(path)  # used again: among the newest that preload reads
            return path
        path.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(path.parent, os.W_OK | os.X_OK):
            return None  # before the slow part
        blob = _encode(pattern, flags)
        if blob is None:
            return None
        with atomic_file(path) as sink:
            sink.write(blob)
        for stale in _entries_newest_first(folder)[2 * _MAX_FILES :]:
            stale.unlink(missing_ok=True)  # patterns of earlier code, used no more
        return path
    except Exception:
        return None


def _entries_newest_first(folder: Path) -> list[Path]:
    """This interpreter's entries, the most recently used first (every change of a
    gazetteer or grammar pattern leaves an entry of the old text behind: the ones in use
    must be those :func:`preload` reads)."""
    entries = []
    for path in folder.glob(f"{_interpreter_tag()}-*{_SUFFIX}"):
        try:
            entries.append((-path.stat().st_mtime_ns, path.name, path))
        except OSError:
            continue
    return [path for _, _, path in sorted(entries)]


# --- internals --------------------------------------------------------------------


def _interpreter() -> str | None:
    """What the stored code depends on, as canonical JSON; None if not CPython."""
    import _sre

    if sys.implementation.name != "cpython":
        return None
    return json.dumps(
        {
            "implementation": sys.implementation.name,
            "version": sys.version,
            "hexversion": sys.hexversion,
            "sre_magic": _sre.MAGIC,
            "sre_codesize": _sre.CODESIZE,
            "sre_maxrepeat": _sre.MAXREPEAT,
            "sre_maxgroups": _sre.MAXGROUPS,
            "maxunicode": sys.maxunicode,
            "byteorder": sys.byteorder,
        },
        sort_keys=True,
    )


def _interpreter_tag() -> str:
    return hashlib.sha256(str(_interpreter()).encode()).hexdigest()[:16]


def _entry_name(text: str, flags: int) -> str:
    """``<interpreter tag>-<hash of flags and text>.sre``."""
    digest = hashlib.sha256(f"{flags}\n".encode())
    digest.update(text.encode("utf-8", "surrogatepass"))
    return f"{_interpreter_tag()}-{digest.hexdigest()[:32]}{_SUFFIX}"


def _code_typecode() -> str:
    """The array type code whose items are ``_sre.CODESIZE`` bytes."""
    import _sre

    for typecode in "ILHQ":
        if array(typecode).itemsize == _sre.CODESIZE:
            return typecode
    raise ValueError(f"no array type of {_sre.CODESIZE} bytes")


def _flags_in_re_cache(pattern: re.Pattern[str]) -> int:
    """The flags under which ``re._cache`` holds ``pattern``; 0 if it does not."""
    cache = getattr(re, "_cache", None)
    if type(cache) is dict:
        for key, value in list(cache.items()):
            if value is pattern and type(key) is tuple and len(key) == 3:
                return int(key[2])
    return 0


def _compile_parts(text: str, flags: int) -> tuple[int, list[int], int, dict[str, int], tuple]:
    """What ``re._compiler.compile(text, flags)`` passes to ``_sre.compile`` after the
    text: flags, code, groups, groupindex, indexgroup (mirrors CPython 3.11-3.13)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(text, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _build(text: str, parts: tuple[int, list[int], int, dict[str, int], tuple]) -> re.Pattern[str]:
    import _sre

    pattern_flags, code, groups, groupindex, indexgroup = parts
    return _sre.compile(text, pattern_flags, code, groups, groupindex, indexgroup)


def _verified(built: re.Pattern[str], live: re.Pattern[str]) -> bool:
    return (
        built == live  # flags, text and the code word for word
        and built.pattern == live.pattern
        and built.flags == live.flags
        and built.groups == live.groups
        and built.groupindex == live.groupindex
        and same_behaviour(built, live)
    )


def _encode(pattern: re.Pattern[str], flags: int) -> bytes | None:
    """The file content for ``pattern`` compiled with ``flags``; None if unverified."""
    text = pattern.pattern
    parts = _compile_parts(text, flags)
    if not _verified(_build(text, parts), pattern):
        return None
    pattern_flags, code, groups, groupindex, indexgroup = parts
    text_bytes = text.encode("utf-8", "surrogatepass")
    code_bytes = array(_code_typecode(), code).tobytes()
    header = {
        "interpreter": _interpreter(),
        "flags": flags,
        "pattern_flags": pattern_flags,
        "groups": groups,
        "groupindex": groupindex,
        "indexgroup": list(indexgroup),
        "text_bytes": len(text_bytes),
        "code_bytes": len(code_bytes),
        "typecode": _code_typecode(),
        "sha256": hashlib.sha256(text_bytes + code_bytes).hexdigest(),
    }
    body = json.dumps(header).encode() + b"\n" + text_bytes + code_bytes
    return _MAGIC + zlib.compress(body, 6)


def _read(path: Path) -> tuple[tuple[type, str, int], re.Pattern[str]] | None:
    """``(re._cache key, pattern)`` of the entry at ``path``; None if it is not a valid
    entry for this interpreter."""
    try:
        blob = read_entry(path, _MAGIC, _MAX_FILE_BYTES)
        if blob is None:
            return None
        body = zlib.decompress(blob)
        newline = body.index(b"\n")
        header = json.loads(body[:newline])
        if header["interpreter"] != _interpreter() or header["typecode"] != _code_typecode():
            return None
        rest = memoryview(body)[newline + 1 :]
        n_text, n_code = int(header["text_bytes"]), int(header["code_bytes"])
        if len(rest) != n_text + n_code or hashlib.sha256(rest).hexdigest() != header["sha256"]:
            return None
        text = bytes(rest[:n_text]).decode("utf-8", "surrogatepass")
        code = array(header["typecode"])
        code.frombytes(rest[n_text:])
        flags = int(header["flags"])
        groupindex = {str(k): int(v) for k, v in header["groupindex"].items()}
        indexgroup = tuple(None if g is None else str(g) for g in header["indexgroup"])
        parts = (int(header["pattern_flags"]), code.tolist(), int(header["groups"]))
        pattern = _build(text, (*parts, groupindex, indexgroup))
        if pattern.pattern != text or path.name != _entry_name(text, flags):
            return None
        return (str, text, flags), pattern
    except Exception:
        return None
