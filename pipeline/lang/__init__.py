"""Language data: one module per language, checked against :mod:`pipeline.lang.contract`.

The engines never branch on ``lang == "pl"``; they read the names of
:class:`~pipeline.lang.contract.LanguageData` from the object that :func:`language_data`
returns. The languages are the modules present: every ``<code>.py`` of this folder
(but ``contract.py`` and ``__init__.py``; ``gazetteer/`` and ``data/`` are data), then
every ``<code>.py`` of the folders listed in ``PIPELINE_LANG_PATH`` (``os.pathsep``
separated), read when this package is first imported. ``<code>`` is the ISO 639-1 code
that language detection gives (``es``, ``de``) or that a JSONL record's ``lang`` states.

Adding Spanish is writing ``es.py`` with the names where Spanish differs from the
defaults (``OBLIGATION_CUES`` is the only required one), in this folder or in a folder of
``PIPELINE_LANG_PATH``. A module that breaks the contract stops the run with a
:class:`~pipeline.lang.contract.LanguageDataError` naming its file and field.
"""

from __future__ import annotations

import importlib
import os
import re
from functools import cache
from pathlib import Path

from pipeline.lang.contract import LanguageData, LanguageDataError, from_module, load_file

__all__ = ["SUPPORTED", "LanguageData", "LanguageDataError", "all_language_data",
           "language_data", "language_files"]  # fmt: skip

#: Environment variable: extra folders of language modules.
PATH_ENV = "PIPELINE_LANG_PATH"
_HERE = Path(__file__).resolve().parent
_NOT_LANGUAGES = frozenset({"contract", "__init__"})
_CODE = re.compile(r"[a-z]{2,3}")


def language_files(extra: str | None = None) -> dict[str, Path]:
    """``{code: file}`` of every language module: this folder's, then those of the
    folders in ``PIPELINE_LANG_PATH`` (``extra`` instead when given). A code found twice
    is an error: a language has one file."""
    folders = [_HERE]
    spec = os.environ.get(PATH_ENV, "") if extra is None else extra
    folders += [Path(p) for p in spec.split(os.pathsep) if p.strip()]
    found: dict[str, Path] = {}
    for folder in folders:
        if not folder.is_dir():
            raise LanguageDataError(f"{PATH_ENV}: {folder} is not a folder")
        for path in sorted(folder.glob("*.py")):
            code = path.stem
            if code in _NOT_LANGUAGES or not _CODE.fullmatch(code):
                continue
            if code in found:
                raise LanguageDataError(f"{path}: language {code!r} already in {found[code]}")
            found[code] = path
    return found


_FILES = language_files()
#: The languages with data, in file order: this folder's (sorted), then the extra ones.
SUPPORTED: tuple[str, ...] = tuple(_FILES)


@cache
def language_data(lang: str) -> LanguageData:
    """The checked language data of ``lang`` (``fr``, ``pl``, ``vi``, …), read once.

    Raises ``KeyError`` for a language without data, :class:`LanguageDataError` for a
    module that breaks the contract.
    """
    path = _FILES.get(lang)
    if path is None:
        raise KeyError(f"no language data for {lang!r}; supported: {', '.join(SUPPORTED)}")
    if path.parent == _HERE:  # a module of this package: imported as such
        return from_module(lang, importlib.import_module(f"{__name__}.{lang}"))
    return load_file(lang, path)


def all_language_data() -> tuple[LanguageData, ...]:
    """The data of every supported language, in :data:`SUPPORTED` order."""
    return tuple(language_data(lang) for lang in SUPPORTED)
