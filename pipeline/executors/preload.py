"""Imported by the forkserver before it forks worker processes: runs the warm-up its
executor was given (``PIPELINE_WARM_UP=module:function``, see
:func:`pipeline.executors.forkserver_context`).

Best effort: a warm-up that cannot be found or fails only means colder workers (the
forkserver would otherwise die on the exception), with a warning on stderr.
"""

from __future__ import annotations

import importlib
import os
import sys

from pipeline.executors import WARM_UP_ENV


def run_warm_up(spec: str | None) -> None:
    """Import ``module`` and call ``function`` of ``spec`` (``module:function``)."""
    if not spec:
        return
    module, _, name = spec.partition(":")
    try:
        getattr(importlib.import_module(module), name)()
    except Exception as err:  # best effort by design
        print(f"warning: worker warm-up {spec} failed: {err!r}", file=sys.stderr)


run_warm_up(os.environ.get(WARM_UP_ENV))
