"""Stage timings shared by the extract run and the nightly job."""

from __future__ import annotations

import time


def lap(timings: dict[str, float], stage: str, since: float) -> float:
    """Record the seconds since ``since`` as ``timings[stage]``; returns now."""
    now = time.perf_counter()
    timings[stage] = round(now - since, 4)
    return now
