"""Immutable raw pages: ``DIR/raw/ab/<sha256>.html.gz`` plus a ``.json`` fetch sidecar.

Files are named by the SHA-256 of the downloaded bytes, written to a temporary
name, fsynced and renamed; an existing file is never rewritten, so a page seen
twice (or by two URLs) is stored once and the sidecar keeps its first fetch.
Extraction can be re-run from here at any time without the network
(:func:`iter_pages`, or ``export_jsonl`` for ``python -m pipeline extract``).

>>> import tempfile
>>> store = RawStore(Path(tempfile.mkdtemp()))
>>> h = store.put(b"<p>x</p>", {"url": "https://example.org/a"})
>>> store.get(h)[0], store.get(h)[1]["url"]
(b'<p>x</p>', 'https://example.org/a')
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from pipeline.atomic import atomic_file
from pipeline.ingest.decode import NotText, decode_bytes


class RawStore:
    """Content-addressed, write-once storage of fetched bytes and their metadata."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, content_hash: str) -> Path:
        return self.root / content_hash[:2] / f"{content_hash}.html.gz"

    def put(self, body: bytes, meta: Mapping[str, Any]) -> str:
        """Store ``body`` (once) and its sidecar; returns the content hash."""
        content_hash = hashlib.sha256(body).hexdigest()
        final = self.path(content_hash)
        sidecar = final.with_name(f"{content_hash}.json")
        if final.exists() and sidecar.exists():
            return content_hash
        final.parent.mkdir(parents=True, exist_ok=True)
        record = {**meta, "content_hash": content_hash, "bytes": len(body)}
        _write_once(sidecar, json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))
        _write_once(final, gzip.compress(body, compresslevel=6, mtime=0))
        return content_hash

    def get(self, content_hash: str) -> tuple[bytes, dict[str, Any]]:
        """The stored bytes and sidecar of ``content_hash`` (``FileNotFoundError`` if absent)."""
        final = self.path(content_hash)
        meta = json.loads(final.with_name(f"{content_hash}.json").read_text(encoding="utf-8"))
        return gzip.decompress(final.read_bytes()), meta

    def has(self, content_hash: str) -> bool:
        return self.path(content_hash).exists()

    def files(self) -> list[Path]:
        """Every stored page file (for tests and audits)."""
        return sorted(self.root.glob("*/*.html.gz")) if self.root.is_dir() else []


def decode_html(body: bytes, charset: str | None) -> tuple[str, tuple[str, ...]]:
    """HTML text of ``body``: the declared charset when it decodes cleanly, else the
    project's detector (:func:`pipeline.ingest.decode.decode_bytes`), with a warning.

    >>> decode_html("Zażółć".encode("iso-8859-2"), "iso-8859-2")
    ('Zażółć', ())
    """
    if charset:
        try:
            return body.decode(charset), ()
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        decoded = decode_bytes(body)
    except NotText as err:
        raise ValueError(f"{err.reason}: {err.detail}") from None
    warnings = (decoded.warning,) if decoded.warning else ()
    if charset:
        warnings = (
            f"declared charset {charset!r} did not decode; used {decoded.encoding}",
            *warnings,
        )
    return decoded.text, warnings


def iter_pages(store: RawStore) -> Iterator[tuple[dict[str, Any], bytes]]:
    """Every stored page as ``(sidecar, bytes)``, in content-hash order."""
    for path in store.files():
        content_hash = path.name.removesuffix(".html.gz")
        body, meta = store.get(content_hash)
        yield meta, body


def _write_once(path: Path, data: bytes) -> None:
    with atomic_file(path) as sink:
        sink.write(data)
