"""One process at a time on a folder: an exclusive, non-blocking ``flock`` on a lock file
that holds the owner's pid, so that the one refused can say who holds it."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


class Locked(RuntimeError):
    """Another process holds the lock; the message names it."""


@contextmanager
def pid_lock(path: Path, refused: Callable[[str], Exception]) -> Iterator[None]:
    """Hold ``path`` (created with its folder) for the block; when another process holds
    it, raise ``refused(pid of the holder, or "?")`` at once instead of waiting."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            raise refused(handle.read().strip() or "?") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
