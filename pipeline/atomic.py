"""Atomic file replacement, with no dependency beyond the standard library.

:func:`atomic_file` writes through a hidden temporary file beside the target,
fsyncs it and renames it into place: readers see the old file or the new one,
never a half-written one. The table writer, the nightly raw store and manifest,
and the regex cache all write through it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

# mkstemp creates 0600 files; published files get the usual mode (0644 under umask 022)
# so that other users (a notebook, a web server) can read what a service account wrote.
_UMASK = os.umask(0)
os.umask(_UMASK)
FILE_MODE = 0o666 & ~_UMASK


@contextmanager
def atomic_file(path: Path, suffix: str = ".tmp") -> Iterator[BinaryIO]:
    """Write ``path`` through a hidden temporary file beside it, fsynced and renamed into
    place on success, deleted on failure: readers see the old file or the new one."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as sink:
            yield sink
            sink.flush()
            os.fsync(sink.fileno())
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
