"""The key of the nightly ``records`` cache: a hash of the code and data of the
per-article step, found by following its imports (no list to keep up to date).

A cached result is reused only while every module the step imports (directly or not,
at the top of a module or inside a function), and every language data file, is
byte for byte the one that produced it.
"""

from __future__ import annotations

import ast
import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
#: What the cached result of one page depends on: reading the stored page
#: (``nightly.rawstore``), turning it into an article (``ingest.load``) and the
#: per-article step (``article.step``).
ROOTS = ("pipeline.nightly.rawstore", "pipeline.ingest.load", "pipeline.article.step")
#: Language data read at run time (TOML lexicons, the gazetteer, name lists).
DATA = PACKAGE / "lang"


def module_path(name: str) -> Path | None:
    """The source file of ``pipeline.x.y`` (a module or a package), None for another
    package or a name that is not a module (``pipeline.records.Article``)."""
    if name != "pipeline" and not name.startswith("pipeline."):
        return None
    base = PACKAGE.joinpath(*name.split(".")[1:])
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def imported_modules(path: Path) -> set[Path]:
    """Our modules that ``path`` imports anywhere in its body."""
    found: set[Path] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        found.update(p for p in map(module_path, names) if p is not None)
    return found


def closure(roots: Iterable[str] = ROOTS) -> list[Path]:
    """Every module of ours that ``roots`` import, directly or not, sorted."""
    todo = [p for p in map(module_path, roots) if p is not None]
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path not in seen:
            seen.add(path)
            todo.extend(imported_modules(path) - seen)
    return sorted(seen)


def data_files() -> list[Path]:
    """Every language data file (``lang/`` minus its Python code), sorted."""
    return sorted(p for p in DATA.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc"))


@cache
def per_article_version() -> str:
    """Hash of the code and data of the per-article step (the ``records`` cache key)."""
    digest = hashlib.sha256()
    for path in [*closure(), *data_files()]:
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
