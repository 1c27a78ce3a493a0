"""Language data: one module per language, each exporting the same names.

The engines never branch on ``lang == "pl"``; they read the names below from
the module that :func:`language_data` returns. Adding Spanish is adding
``es.py`` with the same names and listing it in ``SUPPORTED``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

SUPPORTED: tuple[str, ...] = ("fr", "pl", "vi")


def language_data(lang: str) -> ModuleType:
    """The language module for ``lang`` (``fr``, ``pl``, ``vi``).

    Raises ``KeyError`` for a language without data.
    """
    if lang not in SUPPORTED:
        raise KeyError(f"no language data for {lang!r}; supported: {', '.join(SUPPORTED)}")
    return importlib.import_module(f"pipeline.lang.{lang}")
