"""A persistent store of the ``regex`` module's compiled code, so that a process does not
parse its ~400 patterns again at every start.

Why: the language data, gazetteers and grammars compile about 400 patterns with the
``regex`` module (CPython's ``re`` lacks its Unicode properties, ``captures`` and
variable-width look-behinds). ``regex`` parses and optimises a pattern in pure Python;
its C part (``_regex.compile``) only builds the matcher from the resulting list of
integers. The parsing costs about 0.35 s of every process start (the forkserver's
warm-up, or the main process with one worker); building from stored code takes a few
milliseconds. (``pipeline.lang.regexcache`` does the same for a few huge ``re`` patterns.)

How: :func:`install` (run when ``pipeline`` is imported) wraps ``regex``'s internal
compile function. A pattern compiled with the text, flags and default version of a
stored entry is built from the entry's code; any other is compiled as usual, and the
arguments ``regex`` gave ``_regex.compile`` are recorded. :func:`save` (run after the
warm-up) writes the recorded entries, once each, after checking that the pattern rebuilt
from the written form behaves as the live one on probe strings.

Safety: entries are keyed to this ``regex`` version and interpreter (in the file name and
again inside the file); the file carries a SHA-256 of its content and is written
atomically. Patterns with named lists, locale-dependent ones, DEBUG and bytes patterns
are never stored. Any problem (no or unwritable cache directory, corrupt or foreign file,
a ``regex`` internal that moved) means the normal compile; nothing here raises.

Location: beside :mod:`pipeline.lang.regexcache`'s entries (``$PIPELINE_CACHE_DIR/regex``,
else ``$XDG_CACHE_HOME/pipeline/regex``, else ``~/.cache/pipeline/regex``).

Relies on ``regex`` internals (2024-2026 releases): ``regex._main._compile`` and its
arguments, the module global ``regex._main._regex`` and ``_regex.compile``'s argument list,
``regex._main._locale_sensitive`` and ``regex.DEFAULT_VERSION``.
"""

from __future__ import annotations

import hashlib
import json
import sys
import threading
import zlib
from pathlib import Path
from typing import Any

from pipeline.cachedir import read_entry, regex_cache_dir, same_behaviour

__all__ = ["install", "save", "served", "stored_count"]

_MAGIC = b"pipeline-regexstore 1\n"
_SUFFIX = ".regex"
_MAX_FILE_BYTES = 16 << 20
#: Flags under which nothing is stored (LOCALE: the code depends on the locale; DEBUG:
#: ``regex`` prints while compiling).
_UNSTORABLE_FLAGS = 0x4 | 0x80  # regex.LOCALE | regex.DEBUG

_Key = tuple[str, int, int]  # pattern text, flags given, default version

_state: dict[str, Any] = {
    "installed": False,
    "entries": {},  # key -> the arguments of _regex.compile, as stored (JSON types)
    "built": {},  # key -> pattern built from its entry
    "recorded": {},  # key -> (arguments, live pattern) compiled by this process
    "folder": None,
}
_captured = threading.local()


def install(cache_dir: Path | None = None) -> int:
    """Serve ``regex`` compiles from the store and record the others (idempotent).
    Returns how many entries the store holds for this interpreter and ``regex``."""
    try:
        if not _state["installed"]:
            import regex._main as main

            original, real = main._compile, main._regex
            main._regex = _Recorder(real)
            main._compile = _compiler(original)
            _state["installed"] = True
            _state["folder"] = Path(cache_dir) if cache_dir else regex_cache_dir()
            _state["entries"] = _read(_state["folder"] / _file_name()) or {}
        return len(_state["entries"])
    except Exception:
        return 0


def save() -> Path | None:
    """Write the store with this process's new entries, each verified first; None when
    there was nothing new or it could not be written."""
    try:
        new = {k: v for k, v in _state["recorded"].items() if k not in _state["entries"]}
        folder = _state["folder"]
        if not new or folder is None:
            return None
        entries = dict(_state["entries"])
        for key, (arguments, live) in new.items():
            try:
                stored = json.loads(json.dumps(_encode(arguments)))  # as read back later
                if _same(_build(stored), live):
                    entries[key] = stored
            except Exception:
                continue
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / _file_name()
        from pipeline.atomic import atomic_file

        with atomic_file(path) as sink:
            sink.write(_blob(entries))
        _state["entries"] = entries
        _state["recorded"] = {}
        return path
    except Exception:
        return None


def stored_count() -> int:
    """Entries of the store this process read or wrote."""
    return len(_state["entries"])


def served(pattern: str, flags: int = 0) -> bool:
    """Whether this process built ``regex.compile(pattern, flags)`` from the store."""
    import regex

    return (pattern, int(flags), int(regex.DEFAULT_VERSION)) in _state["built"]


# --- internals --------------------------------------------------------------------


class _Recorder:
    """Stands for ``_regex`` inside ``regex._main``: notes what ``compile`` is given."""

    def __init__(self, real: Any) -> None:
        self._real = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def compile(self, *arguments: Any) -> Any:
        _captured.arguments = arguments
        return self._real.compile(*arguments)


def _compiler(original: Any) -> Any:
    def compile_(pattern: Any, flags: Any, ignore_unused: Any, kwargs: Any, cache_it: Any) -> Any:
        key = _key(pattern, flags, kwargs)
        if key is None:
            return original(pattern, flags, ignore_unused, kwargs, cache_it)
        built = _state["built"].get(key)
        if built is not None:
            return built
        entry = _state["entries"].get(key)
        if entry is not None:
            try:
                built = _state["built"][key] = _build(entry)
                return built
            except Exception:
                pass
        _captured.arguments = None
        live = original(pattern, flags, ignore_unused, kwargs, cache_it)
        arguments = _captured.arguments
        if _storable(pattern, arguments):
            _state["recorded"][key] = (arguments, live)
        return live

    return compile_


def _key(pattern: Any, flags: Any, kwargs: Any) -> _Key | None:
    """The store's key for a compile call, None for one it never serves."""
    if type(pattern) is not str or kwargs:
        return None
    flags = int(flags)
    if flags & _UNSTORABLE_FLAGS:
        return None
    import regex

    return pattern, flags, int(regex.DEFAULT_VERSION)


def _storable(pattern: str, arguments: tuple | None) -> bool:
    import regex._main as main

    return (
        arguments is not None
        and arguments[0] is pattern
        and not arguments[5]  # named lists
        and not int(arguments[1]) & _UNSTORABLE_FLAGS
        and main._locale_sensitive.get((str, pattern)) is False
    )


def _encode(arguments: tuple) -> list:
    """``_regex.compile``'s arguments as JSON values."""
    text, flags, code, group_index, index_group, _, _, offset, chars, req_flags, groups = arguments
    return [
        text,
        int(flags),
        [int(c) for c in code],
        {str(k): int(v) for k, v in group_index.items()},
        [[int(k), str(v)] for k, v in index_group.items()],
        int(offset),
        [int(c) for c in chars],
        int(req_flags),
        int(groups),
    ]


def _build(entry: list) -> Any:
    import regex._main as main

    text, flags, code, group_index, index_group, offset, chars, req_flags, groups = entry
    real = main._regex._real if isinstance(main._regex, _Recorder) else main._regex
    return real.compile(
        text, flags, code, dict(group_index), {k: v for k, v in index_group}, {}, [],
        offset, tuple(chars), req_flags, groups,
    )  # fmt: skip


def _same(built: Any, live: Any) -> bool:
    """Same text, flags and groups, and the same matches on the probes."""
    return (built.pattern, built.flags, built.groups, built.groupindex) == (
        live.pattern, live.flags, live.groups, live.groupindex,
    ) and same_behaviour(built, live)  # fmt: skip


def _identity() -> str:
    """What the stored code depends on: the ``regex`` release and the interpreter."""
    import regex

    return json.dumps(
        {"regex": regex.__version__, "python": sys.version, "hexversion": sys.hexversion,
         "maxunicode": sys.maxunicode, "byteorder": sys.byteorder},
        sort_keys=True,
    )  # fmt: skip


def _file_name() -> str:
    return hashlib.sha256(_identity().encode()).hexdigest()[:16] + _SUFFIX


def _blob(entries: dict[_Key, list]) -> bytes:
    body = json.dumps(
        {"identity": _identity(), "entries": [[list(k), v] for k, v in sorted(entries.items())]},
        ensure_ascii=False,
    ).encode("utf-8", "surrogatepass")
    return _MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" + zlib.compress(body, 6)


def _read(path: Path) -> dict[_Key, list] | None:
    """The entries of the store at ``path``; None if absent, foreign or damaged."""
    try:
        blob = read_entry(path, _MAGIC, _MAX_FILE_BYTES)
        if blob is None:
            return None
        digest, _, packed = blob.partition(b"\n")
        body = zlib.decompress(packed)
        if hashlib.sha256(body).hexdigest().encode() != digest:
            return None
        data = json.loads(body.decode("utf-8", "surrogatepass"))
        if data["identity"] != _identity():
            return None
        return {(str(k[0]), int(k[1]), int(k[2])): v for k, v in data["entries"]}
    except Exception:
        return None
