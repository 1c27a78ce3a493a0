"""A small news site on 127.0.0.1 for the nightly tests (a real HTTP server in a thread).

Pages are built at test time from ``corpus/sample_*.txt`` (title in ``<h1>``, each
other line a ``<p>``, the ``Source:`` line included). The site also serves an RSS
feed and a sitemap (their items are mutable, so a test can publish an article
between two nights), ``robots.txt``, and misbehaving pages: slow, 500, redirects
(to a page, to ftp://, to a host not allowed), too large, a gzip bomb, an image.
Every request path is recorded in ``requests``.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tools.benchnight import article_html

CORPUS = Path(__file__).resolve().parent / "data" / "samples"

ROBOTS = "User-agent: *\nDisallow: /private/\n"


def corpus_html(name: str) -> str:
    """HTML page of ``corpus/<name>.txt``."""
    return article_html((CORPUS / f"{name}.txt").read_text(encoding="utf-8"))


@dataclass
class Page:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    #: > 0: send the headers (``drip_headers``) or the body a byte at a time, this many
    #: seconds apart, for at most ``drip_for`` seconds (a slow-loris server).
    drip: float = 0.0
    drip_headers: bool = False
    drip_for: float = 30.0


class NewsSite:
    """Start with ``with NewsSite() as site:``; ``site.base`` is ``http://127.0.0.1:PORT``."""

    def __init__(self) -> None:
        self.pages: dict[str, Page | Callable[[], Page]] = {}
        self.feed: list[str] = []  # paths listed in /rss.xml
        self.sitemap: list[str] = []  # paths listed in /sitemap.xml
        self.requests: list[str] = []
        self.robots_page: Page | None = None  # replaces robots.txt (a slow one, say)
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> NewsSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def add_article(self, path: str, sample: str) -> None:
        self.html(path, corpus_html(sample))

    def html(self, path: str, text: str) -> None:
        self.pages[path] = Page(
            body=text.encode("utf-8"), headers={"Content-Type": "text/html; charset=utf-8"}
        )

    def hits(self, path: str) -> int:
        with self._lock:
            return self.requests.count(path)

    def _respond(self, path: str) -> Page:
        if path == "/robots.txt":
            if self.robots_page is not None:
                return self.robots_page
            return Page(body=ROBOTS.encode(), headers={"Content-Type": "text/plain"})
        if path == "/rss.xml":
            items = "".join(
                f"<item><title>{p}</title><link>{self.base}{p}</link></item>" for p in self.feed
            )
            body = (
                f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
                f"<title>news</title><link>{self.base}/</link>{items}</channel></rss>"
            )
            return Page(body=body.encode(), headers={"Content-Type": "application/rss+xml"})
        if path == "/sitemap.xml":
            urls = "".join(f"<url><loc>{self.base}{p}</loc></url>" for p in self.sitemap)
            body = (
                "<?xml version='1.0' encoding='UTF-8'?><urlset xmlns="
                f"'http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>"
            )
            return Page(body=body.encode(), headers={"Content-Type": "application/xml"})
        page = self.pages.get(path)
        if page is None:
            return Page(status=404, body=b"not found", headers={"Content-Type": "text/plain"})
        return page() if callable(page) else page

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                with site._lock:
                    site.requests.append(self.path)
                page = site._respond(self.path)
                if page.delay:
                    time.sleep(page.delay)
                if page.drip:
                    self._drip(page)
                    return
                try:
                    self.send_response(page.status)
                    for key, value in page.headers.items():
                        self.send_header(key, value)
                    if "Content-Length" not in page.headers:
                        self.send_header("Content-Length", str(len(page.body)))
                    self.end_headers()
                    self.wfile.write(page.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout, size cap): expected

            def _drip(self, page: Page) -> None:
                head = (
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
                )
                data = head if page.drip_headers else b"<p>" + b"x" * 99_997
                if not page.drip_headers:
                    self.wfile.write(head)
                    self.wfile.flush()
                end = time.monotonic() + page.drip_for
                try:
                    for byte in data:
                        if time.monotonic() > end:
                            break
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(page.drip)
                except OSError:
                    pass  # the client gave up: expected
                self.close_connection = True

            def log_message(self, *args: object) -> None:
                pass

        return Handler


def misbehaving_pages(site: NewsSite, *, slow: float, huge_bytes: int) -> dict[str, str]:
    """Add the misbehaving pages; returns path -> the fetch_log error expected for it."""
    site.pages["/slow.html"] = Page(
        delay=slow, body=b"<p>late</p>", headers={"Content-Type": "text/html"}
    )
    site.pages["/broken.html"] = Page(
        status=500, body=b"oops", headers={"Content-Type": "text/plain"}
    )
    site.pages["/to-ftp.html"] = Page(status=302, headers={"Location": "ftp://127.0.0.1/x"})
    site.pages["/to-other-host.html"] = Page(
        status=302, headers={"Location": "http://localhost:1/elsewhere.html"}
    )
    filler = "<p>" + "x" * 100 + "</p>"
    site.pages["/huge.html"] = Page(
        body=(filler * (huge_bytes // 100)).encode(), headers={"Content-Type": "text/html"}
    )
    site.pages["/bomb.html"] = Page(
        body=gzip.compress(b" " * (huge_bytes * 50)),
        headers={"Content-Type": "text/html", "Content-Encoding": "gzip"},
    )
    site.pages["/image.png"] = Page(
        body=b"\x89PNG\r\n\x1a\n" + b"\0" * 64, headers={"Content-Type": "image/png"}
    )
    site.pages["/private/secret.html"] = Page(
        body=b"<p>secret</p>", headers={"Content-Type": "text/html"}
    )
    return {
        "/slow.html": "timeout",
        "/broken.html": "http_error",
        "/to-ftp.html": "bad_scheme",
        "/to-other-host.html": "host_not_allowed",
        "/huge.html": "too_large",
        "/bomb.html": "too_large",
        "/image.png": "not_html",
        "/private/secret.html": "robots",
    }
