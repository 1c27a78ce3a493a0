"""Where the pipeline keeps its caches (compiled regular expressions, tables built from
the language data), how it reads their files, and how a pattern rebuilt from one is
checked against the live pattern (shared by :mod:`pipeline.lang.regexcache`,
:mod:`pipeline.regexstore` and :mod:`pipeline.buildcache`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

__all__ = ["built_cache_dir", "cache_root", "read_entry", "regex_cache_dir", "same_behaviour"]

#: Strings every rebuilt pattern must treat as the live one does, besides pieces of its
#: own text: short and empty ones, hyphens and apostrophes, dates, capitals and the three
#: languages' letters.
_GENERIC_PROBES = (
    "", "a", "Z", "-", "'", "0", " ", "x" * 40, "porte-parole", "PEUT-ÊTRE", "aujourd'hui",
    "l'anti-corruption", "Saint-Jean-de-Luz", "c'est-à-dire", "e-mail 2024-01-01",
    "Jean-Pierre", "grand-mère", "arc-en-ciel", "prud'homme", "VICE-PRÉSIDENT", "l'État",
    "Le 12 mars 2025, le ministre", "Thủ tướng", "do 31 grudnia 2025 r.",
    "Nghị định số 15/2025/NĐ-CP", "ŁÓDŹ — ŻÓŁW",
)  # fmt: skip


def cache_root() -> Path:
    """``$PIPELINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/pipeline``, else
    ``~/.cache/pipeline`` (an empty variable counts as unset)."""
    if base := os.environ.get("PIPELINE_CACHE_DIR"):
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "pipeline"


def regex_cache_dir() -> Path:
    """Compiled regular expressions: ``regex`` under :func:`cache_root`."""
    return cache_root() / "regex"


def built_cache_dir() -> Path:
    """Tables built from the language data (:mod:`pipeline.buildcache`): ``built`` under
    :func:`cache_root`."""
    return cache_root() / "built"


def read_entry(path: Path, magic: bytes, max_bytes: int) -> bytes | None:
    """What follows ``magic`` in the cache file at ``path``; None when the file is
    missing, unreadable, larger than ``max_bytes`` or of another kind."""
    try:
        if path.stat().st_size > max_bytes:
            return None
        blob = path.read_bytes()
    except OSError:
        return None
    return blob[len(magic) :] if blob.startswith(magic) else None


def same_behaviour(built: Any, live: Any) -> bool:
    """True when ``built`` (a ``re`` or ``regex`` pattern rebuilt from stored code) gives
    the same ``match``, ``fullmatch``, ``search`` and ``finditer`` results as ``live``
    (spans and groups) on the generic probes and on pieces of the pattern's text (literal
    parts of a big alternation often match)."""

    def seen(m: Any) -> object:
        return None if m is None else (m.span(), m.groups(), m.groupdict())

    text = live.pattern
    step = max(1, len(text) // 16)
    probes = list(_GENERIC_PROBES)
    for start in range(0, len(text), step):
        piece = text[start : start + 24]
        probes += [piece, piece.upper(), piece.strip("()[]?:|^$\\")]
    for probe in probes:
        for method in ("match", "fullmatch", "search"):
            if seen(getattr(built, method)(probe)) != seen(getattr(live, method)(probe)):
                return False
        if [seen(m) for m in built.finditer(probe)] != [seen(m) for m in live.finditer(probe)]:
            return False
    return True
