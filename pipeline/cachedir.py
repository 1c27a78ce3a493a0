"""Where the pipeline keeps its caches of compiled regular expressions."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["regex_cache_dir"]


def regex_cache_dir() -> Path:
    """``$PIPELINE_CACHE_DIR/regex``, else ``$XDG_CACHE_HOME/pipeline/regex``, else
    ``~/.cache/pipeline/regex`` (an empty variable counts as unset)."""
    if base := os.environ.get("PIPELINE_CACHE_DIR"):
        return Path(base) / "regex"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "pipeline" / "regex"
