"""The nightly part of ``make bench``: what a night with 1 % new articles costs.

A scaled corpus of ``history + history // 100`` articles (``tools.benchgen``)
is published as HTML pages by a local web server on 127.0.0.1, listed in a
sitemap. Three child processes are timed, each from its own interpreter start:

1. the first night, over the history (everything is new: fetch, extract, tables);
2. the next night, after 1 % new pages were added to the sitemap;
3. a full ``extract`` over the same pages (history plus the new ones, the HTML files
   the server publishes), what a user without the nightly job would rerun.

The nights and the full run use the same number of worker processes.

The target is ``next night / full extract <= 5 %``. Nothing here runs in the test
suite except through ``python -m tools.bench --quick``.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tools.benchgen import generate

NEW_SHARE = 100  # one new article per this many in the history


def measure_nightly(
    work: Path, history: int, corpus: Path, ntrex: Path | None, workers: int
) -> dict[str, Any]:
    """Run the three timed steps under ``work`` (recreated); returns their numbers."""
    new = max(1, history // NEW_SHARE)
    shutil.rmtree(work, ignore_errors=True)
    texts = generate(work / "corpus", history + new, corpus, ntrex)
    articles = sorted(p for p in texts.rglob("*.txt"))
    site, data = work / "site", work / "data"
    night = ["nightly", "--config", str(work / "nightly.toml"), "--data", str(data)]
    night += ["--workers", str(workers)]
    with _serve(site) as base:
        _publish(site, base, articles[:history])
        _config(work / "nightly.toml", base, len(articles))
        first = _timed(night)
        _publish(site, base, articles)
        second = _timed(night)
    full = _timed(
        ["extract", "--input", str(site / "a"), "--output", str(work / "full"), "--no-progress"]
        + ["--workers", str(workers)]
    )
    return {
        "history": history,
        "new": new,
        "first_night_s": round(first, 2),
        "next_night_s": round(second, 2),
        "full_extract_s": round(full, 2),
        "next_night_share_of_full": round(second / full, 3),
    }


def _timed(args: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True)
    if done.returncode:
        raise RuntimeError(
            f"pipeline {args[0]} exited {done.returncode}: {done.stderr.decode()[-2000:]}"
        )
    return time.perf_counter() - started


@contextmanager
def _serve(site: Path) -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 in a thread; yields the base URL."""
    site.mkdir(parents=True, exist_ok=True)
    handler = partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
        pass


def _publish(site: Path, base: str, articles: list[Path]) -> None:
    """One HTML page per article (title in ``<h1>``, a ``<p>`` per line) and a sitemap."""
    urls = []
    for path in articles:
        page = site / "a" / f"{path.stem}.html"
        if not page.exists():
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(article_html(path.read_text(encoding="utf-8")), encoding="utf-8")
        urls.append(f"{base}/a/{page.name}")
    entries = "".join(f"<url><loc>{html.escape(u)}</loc></url>" for u in urls)
    (site / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>',
        encoding="utf-8",
    )


def article_html(text: str) -> str:
    """A plain article page for a portal export: its first line as title and ``<h1>``,
    every other non-empty line a ``<p>``."""
    title, *body = [line for line in text.splitlines() if line.strip()] or [""]
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in body)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}"
        f"</title></head><body><article><h1>{html.escape(title)}</h1>\n{paragraphs}"
        "</article></body></html>"
    )


def _config(path: Path, base: str, pages: int) -> Path:
    path.write_text(
        'user_agent = "pipeline-bench"\ndelay_per_host = 0\nconcurrency = 4\ntimeout = 10\n'
        f"retries = 0\nmax_pages_per_source = {pages}\n"
        'allow_hosts = ["127.0.0.1"]\nallow_private = ["127.0.0.1"]\n\n'
        f'[[source]]\nname = "bench-sitemap"\nsitemap = "{base}/sitemap.xml"\n',
        encoding="utf-8",
    )
    return path
