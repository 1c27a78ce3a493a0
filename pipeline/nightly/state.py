"""What the nightly job has seen: ``DIR/state.sqlite``.

Three tables, all written with ``INSERT … ON CONFLICT`` so that a re-run is idempotent:

- ``pages``: one row per normalised URL: last fetch status, the content hash of
  the last good download (``content_hash``) and the hash whose rows are in the
  committed tables (``applied_hash``). ``content_hash != applied_hash`` means
  "fetched, not yet in the tables": a night killed after fetching is completed
  by the next one from ``raw/`` without the network.
- ``cache``: Article + Extraction of each article_id (JSON, zlib), keyed by the
  extractor code version. Content-addressed, so it can never be wrong, only missing.
- ``keys``: the article's story keys (source URL, portal slug, source line) and
  language-independent anchors, so that the few articles that could join a new
  one are found without reading the history.

The committed tables (``tables/_manifest.json``) stay the truth for what readers
see; this database only says what to fetch and where to look.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, fields
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.records import (
    Article,
    DateMention,
    Deadline,
    DecreeMention,
    Extraction,
    OfficialMention,
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url_norm TEXT PRIMARY KEY, url TEXT NOT NULL, source TEXT NOT NULL, lang TEXT,
    status TEXT NOT NULL, http_status INTEGER, error TEXT, transient INTEGER DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0, fetched_at REAL, ok_at REAL,
    content_hash TEXT, final_url TEXT, charset TEXT,
    article_id TEXT, applied_hash TEXT, applied_article_id TEXT);
CREATE INDEX IF NOT EXISTS pages_applied ON pages(applied_article_id);
CREATE TABLE IF NOT EXISTS cache (
    article_id TEXT NOT NULL, version TEXT NOT NULL, article BLOB NOT NULL,
    extraction BLOB NOT NULL, PRIMARY KEY (article_id, version));
CREATE TABLE IF NOT EXISTS keys (
    key TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (key, article_id));
CREATE INDEX IF NOT EXISTS keys_article ON keys(article_id);
"""


class State:
    """Thin wrapper over the SQLite file; every method commits before returning."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=30, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(SCHEMA)
        self.db.commit()

    def close(self) -> None:
        self.db.close()

    # -- pages ---------------------------------------------------------------
    def page(self, url_norm: str) -> dict[str, Any] | None:
        cur = self.db.execute("SELECT * FROM pages WHERE url_norm = ?", (url_norm,))
        row = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None

    def due(self, url_norm: str, now: float, refetch_after_days: float, max_attempts: int) -> bool:
        """Whether the page should be downloaded tonight.

        New URL: yes. Fetched successfully: only when ``refetch_after_days`` > 0 and that
        long has passed. Failed transiently (5xx, timeout): until ``max_attempts`` nights
        have failed. Failed permanently (404, too large, not HTML, blocked): like a success.
        """
        page = self.page(url_norm)
        if page is None:
            return True
        if page["status"] == "failed" and page["transient"] and page["attempts"] < max_attempts:
            return True
        if refetch_after_days <= 0:
            return False
        last = page["fetched_at"] or 0.0
        return now - last >= refetch_after_days * 86400

    def record_fetch(
        self,
        *,
        url_norm: str,
        url: str,
        source: str,
        lang: str | None,
        ok: bool,
        http_status: int | None,
        error: str | None,
        transient: bool,
        fetched_at: float,
        content_hash: str | None,
        final_url: str | None,
        charset: str | None,
    ) -> None:
        """Upsert one download outcome. A failure keeps the last good ``content_hash``."""
        self.db.execute(
            """INSERT INTO pages (url_norm, url, source, lang, status, http_status, error,
                   transient, attempts, fetched_at, ok_at, content_hash, final_url, charset)
               VALUES (:n, :u, :s, :l, :st, :hs, :e, :t, :a, :f, :ok, :h, :fu, :c)
               ON CONFLICT(url_norm) DO UPDATE SET
                   url = excluded.url, source = excluded.source, lang = excluded.lang,
                   status = excluded.status, http_status = excluded.http_status,
                   error = excluded.error, transient = excluded.transient,
                   attempts = CASE WHEN excluded.status = 'ok' THEN 0
                                   ELSE pages.attempts + 1 END,
                   fetched_at = excluded.fetched_at,
                   ok_at = COALESCE(excluded.ok_at, pages.ok_at),
                   content_hash = COALESCE(excluded.content_hash, pages.content_hash),
                   final_url = COALESCE(excluded.final_url, pages.final_url),
                   charset = CASE WHEN excluded.content_hash IS NULL THEN pages.charset
                                  ELSE excluded.charset END""",
            {
                "n": url_norm,
                "u": url,
                "s": source,
                "l": lang,
                "st": "ok" if ok else "failed",
                "hs": http_status,
                "e": error,
                "t": int(transient),
                "a": 0 if ok else 1,
                "f": fetched_at,
                "ok": fetched_at if ok else None,
                "h": content_hash,
                "fu": final_url,
                "c": charset,
            },
        )
        self.db.commit()

    def pending(self) -> list[dict[str, Any]]:
        """Pages downloaded whose content is not yet in the committed tables."""
        cur = self.db.execute(
            "SELECT * FROM pages WHERE content_hash IS NOT NULL AND "
            "(applied_hash IS NULL OR applied_hash != content_hash) ORDER BY url_norm"
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def url_articles(self) -> dict[str, str]:
        """url_norm -> applied article_id, for every page in the committed tables."""
        cur = self.db.execute(
            "SELECT url_norm, applied_article_id FROM pages WHERE applied_article_id IS NOT NULL"
        )
        return dict(cur.fetchall())

    def mark_applied(self, applied: Sequence[tuple[str, str, str | None]]) -> None:
        """After the manifest commit: ``(url_norm, content_hash, article_id or None)``."""
        self.db.executemany(
            "UPDATE pages SET applied_hash = ?, article_id = ?, applied_article_id = ? "
            "WHERE url_norm = ?",
            [(h, a, a, n) for n, h, a in applied],
        )
        self.db.commit()

    # -- cache ---------------------------------------------------------------
    def put_cache(self, version: str, items: Iterable[tuple[Article, Extraction]]) -> None:
        self.db.executemany(
            "INSERT INTO cache (article_id, version, article, extraction) VALUES (?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            [(a.article_id, version, _pack(a), _pack(e)) for a, e in items],
        )
        self.db.commit()

    def get_cache(
        self, version: str, article_ids: Iterable[str]
    ) -> dict[str, tuple[Article, Extraction]]:
        out: dict[str, tuple[Article, Extraction]] = {}
        ids = sorted(set(article_ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            cur = self.db.execute(
                f"SELECT article_id, article, extraction FROM cache WHERE version = ? AND "
                f"article_id IN ({','.join('?' * len(chunk))})",
                (version, *chunk),
            )
            for aid, a, e in cur.fetchall():
                out[aid] = (article_from_dict(_unpack(a)), extraction_from_dict(_unpack(e)))
        return out

    # -- keys ----------------------------------------------------------------
    def put_keys(self, article_id: str, keys: Iterable[str]) -> None:
        self.db.executemany(
            "INSERT INTO keys (key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(k, article_id) for k in sorted(keys)],
        )
        self.db.commit()

    def sharing(self, keys: Iterable[str], live: set[str]) -> dict[str, set[str]]:
        """key -> live article_ids that have it, for each of ``keys``."""
        out: dict[str, set[str]] = {}
        wanted = sorted(set(keys))
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            cur = self.db.execute(
                f"SELECT key, article_id FROM keys WHERE key IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            for key, aid in cur.fetchall():
                if aid in live:
                    out.setdefault(key, set()).add(aid)
        return out


def _pack(record: Article | Extraction) -> bytes:
    return zlib.compress(json.dumps(asdict(record), default=str, ensure_ascii=False).encode())


def _unpack(blob: bytes) -> dict[str, Any]:
    return json.loads(zlib.decompress(blob))


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def article_from_dict(d: dict[str, Any]) -> Article:
    """Inverse of ``dataclasses.asdict`` for :class:`Article` (JSON round trip)."""
    d = _known(Article, d)
    d["published_date"] = (
        date.fromisoformat(d["published_date"]) if d.get("published_date") else None
    )
    d["no_official_spans"] = tuple(tuple(s) for s in d.get("no_official_spans", ()))
    d["warnings"] = tuple(d.get("warnings", ()))
    return Article(**d)


def extraction_from_dict(d: dict[str, Any]) -> Extraction:
    """Inverse of ``dataclasses.asdict`` for :class:`Extraction` (JSON round trip)."""
    deadlines = []
    for x in d.get("deadlines", ()):
        x = _known(Deadline, x)
        deadlines.append(Deadline(**{**x, "due_date": date.fromisoformat(str(x["due_date"]))}))
    return Extraction(
        article_id=d["article_id"],
        decrees=tuple(DecreeMention(**_known(DecreeMention, x)) for x in d.get("decrees", ())),
        dates=tuple(DateMention(**_known(DateMention, x)) for x in d.get("dates", ())),
        deadlines=tuple(deadlines),
        officials=tuple(
            OfficialMention(**_known(OfficialMention, x)) for x in d.get("officials", ())
        ),
    )
