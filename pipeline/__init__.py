"""Multilingual (fr/pl/vi) news pipeline: Vietnamese policy commitments as Parquet tables.

Run it with ``python -m pipeline extract --input corpus --output extracted``; query the
result with :func:`open_tables`::

    >>> import pipeline                                                  # doctest: +SKIP
    >>> con = pipeline.open_tables("extracted")                          # doctest: +SKIP
    >>> con.execute("SELECT actor, due_date FROM commitments").df()      # doctest: +SKIP

Importing the package is cheap: :func:`open_tables` (DuckDB) and
:func:`render_data_dictionary` are imported on first use. It does import ``regex``
(30 ms), to serve the grammars' patterns from :mod:`pipeline.regexstore`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from pipeline import regexstore

regexstore.install()

if TYPE_CHECKING:  # pragma: no cover - for type checkers and editors only
    from pipeline.dictionary import render_data_dictionary
    from pipeline.query import open_tables

__all__ = ["open_tables", "render_data_dictionary"]

_LAZY = {"open_tables": "pipeline.query", "render_data_dictionary": "pipeline.dictionary"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value  # later look-ups skip this hook
        return value
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
