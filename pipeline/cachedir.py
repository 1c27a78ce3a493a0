"""Where the pipeline keeps its caches of compiled regular expressions."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["read_entry", "regex_cache_dir"]


def regex_cache_dir() -> Path:
    """``$PIPELINE_CACHE_DIR/regex``, else ``$XDG_CACHE_HOME/pipeline/regex``, else
    ``~/.cache/pipeline/regex`` (an empty variable counts as unset)."""
    if base := os.environ.get("PIPELINE_CACHE_DIR"):
        return Path(base) / "regex"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "pipeline" / "regex"


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
