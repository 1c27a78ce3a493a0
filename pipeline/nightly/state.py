"""What the nightly job has seen: ``DIR/state.sqlite``.

Three tables, all written with ``INSERT … ON CONFLICT`` so that a re-run is idempotent:

- ``pages``: one row per normalised URL: last fetch status, the content hash of
  the last good download (``content_hash``) and the hash whose rows are in the
  committed tables (``applied_hash``). ``content_hash != applied_hash`` means
  "fetched, not yet in the tables": a night killed after fetching is completed
  by the next one from ``raw/`` without the network.
- ``records``: what the per-article step made of each article_id, keyed by a hash
  of the code that computes it, in two pickled, zlib-compressed parts: ``own`` (the
  article and its extraction, for its own rows) and ``shared`` (its story features
  and obligations, all the global phase reads). Content-addressed, so it can never
  be wrong, only missing. A night regroups the stories a new article touches from the
  ``shared`` parts, without re-reading or re-extracting their other members, and
  reads ``own`` only for the articles whose rows it rewrites (at 10k articles, 169 of
  the 7,000 a night of 100 regroups). Like the code, the file is trusted: never put a
  ``state.sqlite`` from someone else in a data folder.
- ``story_keys`` and ``key_owners``: each article's story keys (source URL, portal
  slug, source line), language-independent anchors and sampled shingles, so that the
  few articles that could join a new one are found without reading the history. An
  article is a small number there (``key_owners``), and the one index is the table
  itself (``WITHOUT ROWID``): a night's ~35,000 new keys land in a third fewer pages
  of a smaller tree than with the text article ids of the former ``keys`` table, which
  :class:`State` converts once when it opens an older file.

The committed tables (``tables/_manifest.json``) stay the truth for what readers
see; this database only says what to fetch and where to look.
"""

from __future__ import annotations

import pickle
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from pipeline.combine.phase import GlobalPart, global_part
from pipeline.records import Article, Processed

PICKLE_PROTOCOL = 5

SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url_norm TEXT PRIMARY KEY, url TEXT NOT NULL, source TEXT NOT NULL, lang TEXT,
    status TEXT NOT NULL, http_status INTEGER, error TEXT, transient INTEGER DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0, fetched_at REAL, ok_at REAL,
    content_hash TEXT, final_url TEXT, charset TEXT,
    article_id TEXT, applied_hash TEXT, applied_article_id TEXT);
CREATE INDEX IF NOT EXISTS pages_applied ON pages(applied_article_id);
DROP TABLE IF EXISTS cache;
DROP TABLE IF EXISTS processed;
CREATE TABLE IF NOT EXISTS records (
    article_id TEXT NOT NULL, version TEXT NOT NULL, own BLOB NOT NULL,
    shared BLOB NOT NULL, PRIMARY KEY (article_id, version));
CREATE TABLE IF NOT EXISTS key_owners (
    n INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS story_keys (
    key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (key, n)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_keys_owner ON story_keys(n);
"""

#: The former layout (article ids as text, a rowid table and two indexes), converted.
_OLD_KEYS = """
INSERT OR IGNORE INTO key_owners (article_id)
    SELECT DISTINCT article_id FROM keys ORDER BY article_id;
INSERT OR IGNORE INTO story_keys (key, n)
    SELECT key, n FROM keys JOIN key_owners USING (article_id) ORDER BY key, n;
DROP TABLE keys;
"""


class State:
    """Thin wrapper over the SQLite file; every method commits before returning, except
    :meth:`record_fetch` (many pages per commit)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=30, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(SCHEMA)
        self.db.commit()
        if self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'keys'").fetchone():
            self.db.executescript(f"BEGIN; {_OLD_KEYS} COMMIT;")

    def close(self) -> None:
        self.db.close()

    def commit(self) -> None:
        self.db.commit()

    # -- pages ---------------------------------------------------------------
    def due(
        self, url_norms: Iterable[str], now: float, refetch_after_days: float, max_attempts: int
    ) -> set[str]:
        """The pages of ``url_norms`` that should be downloaded tonight.

        New URL: yes. Fetched successfully: only when ``refetch_after_days`` > 0 and that
        long has passed. Failed transiently (5xx, timeout): until ``max_attempts`` nights
        have failed. Failed permanently (404, too large, not HTML, blocked): like a success.
        """
        wanted = set(url_norms)
        known = {}
        for chunk in _chunks(sorted(wanted)):
            cur = self.db.execute(
                "SELECT url_norm, status, transient, attempts, fetched_at FROM pages "
                f"WHERE url_norm IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            known.update((row[0], row[1:]) for row in cur)
        due = wanted - known.keys()
        for url_norm, (status, transient, attempts, fetched_at) in known.items():
            retry = status == "failed" and transient and attempts < max_attempts
            stale = now - (fetched_at or 0.0) >= refetch_after_days * 86400
            if retry or (refetch_after_days > 0 and stale):
                due.add(url_norm)
        return due

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
        """Upsert one download outcome. A failure keeps the last good ``content_hash``.
        Not committed: the caller calls :meth:`commit` (once per batch of pages)."""
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

    # -- records --------------------------------------------------------------
    def put_processed(self, version: str, items: Iterable[Processed]) -> None:
        """Cache the per-article results of articles (rejects are not cached)."""
        self.db.executemany(
            "INSERT INTO records (article_id, version, own, shared) VALUES (?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            [
                (p.item.article_id, version, _pack((p.item, p.extraction)), _pack(global_part(p)))
                for p in items
                if isinstance(p.item, Article)
            ],
        )
        self.db.commit()

    def get_processed(self, version: str, article_ids: Iterable[str]) -> dict[str, Processed]:
        """The cached per-article results of those ``article_ids`` that have one."""
        out: dict[str, Processed] = {}
        for aid, own, shared in self._select(version, "own, shared", article_ids):
            item, extraction = _unpack(own)
            features, obligations = _unpack(shared)
            out[aid] = Processed(item, extraction, features, obligations)
        return out

    def get_global_parts(self, version: str, article_ids: Iterable[str]) -> dict[str, GlobalPart]:
        """The cached story features and obligations of those ``article_ids`` that have
        them: what the global phase reads, without the texts and extractions."""
        return {
            aid: _unpack(shared) for aid, shared in self._select(version, "shared", article_ids)
        }

    def _select(self, version: str, columns: str, article_ids: Iterable[str]) -> Iterator[tuple]:
        for chunk in _chunks(sorted(set(article_ids))):
            yield from self.db.execute(
                f"SELECT article_id, {columns} FROM records WHERE version = ? AND "
                f"article_id IN ({','.join('?' * len(chunk))})",
                (version, *chunk),
            )

    # -- keys ----------------------------------------------------------------
    def put_keys(self, keys_of: Mapping[str, Iterable[str]]) -> None:
        """Record each article's story keys (article_id -> keys)."""
        owners = sorted(aid for aid, keys in keys_of.items() if keys)
        self.db.executemany(
            "INSERT INTO key_owners (article_id) VALUES (?) ON CONFLICT DO NOTHING",
            ((aid,) for aid in owners),
        )
        number = dict(self._owner_numbers(owners))
        self.db.executemany(
            "INSERT INTO story_keys (key, n) VALUES (?, ?) ON CONFLICT DO NOTHING",
            sorted((k, number[aid]) for aid in owners for k in set(keys_of[aid])),
        )
        self.db.commit()

    def holder_counts(self, keys: Iterable[str], at_most: int) -> dict[str, int]:
        """key -> how many articles (live or not) have it, counted up to ``at_most + 1``
        (enough to tell a key held by more), for each of ``keys`` that any article has.
        Counted by SQLite, each key's count stopping there: a key on thousands of pages
        costs ``at_most + 1`` index entries, not its rows."""
        out: dict[str, int] = {}
        for chunk in _chunks(sorted(set(keys))):
            cur = self.db.execute(
                f"WITH wanted(key) AS (VALUES {','.join(['(?)'] * len(chunk))}) "
                "SELECT key, (SELECT count(*) FROM (SELECT 1 FROM story_keys "
                "WHERE story_keys.key = wanted.key LIMIT ?)) AS holders FROM wanted "
                "WHERE holders > 0",
                (*chunk, at_most + 1),
            )
            out.update(cur)
        return out

    def key_articles(self) -> set[str]:
        """Every article_id that has keys recorded (live or not)."""
        return {aid for (aid,) in self.db.execute("SELECT article_id FROM key_owners")}

    def drop_keys(self, article_ids: Iterable[str]) -> None:
        """Forget the keys of articles that left the tables."""
        numbers = [(n,) for _, n in self._owner_numbers(sorted(set(article_ids)))]
        self.db.executemany("DELETE FROM story_keys WHERE n = ?", numbers)
        self.db.executemany("DELETE FROM key_owners WHERE n = ?", numbers)
        self.db.commit()

    def sharing(self, keys: Iterable[str], live: set[str]) -> dict[str, set[str]]:
        """key -> live article_ids that have it, for each of ``keys``."""
        out: dict[str, set[str]] = {}
        for chunk in _chunks(sorted(set(keys))):
            cur = self.db.execute(
                "SELECT key, article_id FROM story_keys JOIN key_owners USING (n) "
                f"WHERE key IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            for key, aid in cur.fetchall():
                if aid in live:
                    out.setdefault(key, set()).add(aid)
        return out

    def _owner_numbers(self, article_ids: Sequence[str]) -> Iterator[tuple[str, int]]:
        """``(article_id, n)`` of those ``article_ids`` that own keys."""
        for chunk in _chunks(article_ids):
            yield from self.db.execute(
                f"SELECT article_id, n FROM key_owners WHERE article_id IN "
                f"({','.join('?' * len(chunk))})",
                chunk,
            )


def _pack(value: object) -> bytes:
    return zlib.compress(pickle.dumps(value, PICKLE_PROTOCOL))


def _unpack(blob: bytes) -> Any:
    return pickle.loads(zlib.decompress(blob))


def _chunks(values: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    """``values`` in slices that fit in one SQL ``IN (…)`` list."""
    for i in range(0, len(values), size):
        yield values[i : i + size]
