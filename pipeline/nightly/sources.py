"""Discovery: the article URLs of one source (RSS/Atom/JSON feed, XML/TXT sitemap, URL list).

Parsing is trafilatura's (``trafilatura.feeds.find_links`` for feeds, a
``trafilatura.sitemaps.SitemapObject`` for sitemaps, sitemap indexes followed);
downloading is ours (``fetch.Fetcher``: robots.txt, limits, private addresses),
because trafilatura's feed and sitemap fetches do not consult robots.txt. Link
validation is ours too: trafilatura's (courlan's) check rejects any URL with an
explicit port, so that a site on ``:8080`` (or the test server) would yield nothing.

Links are kept when they are http(s), on the source's own site (same host, or
sharing the last two labels: ``www.vietnam.vn`` ↔ ``vietnam.vn``) or on an
``allow_hosts`` host; fragments are dropped; order is kept, duplicates removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

from trafilatura.feeds import FeedParameters, find_links
from trafilatura.sitemaps import DETECT_SITEMAP_LINK, SitemapObject

from pipeline.nightly.config import Politeness, Source
from pipeline.nightly.fetch import FEED_TYPES, Fetcher, FetchResult
from pipeline.nightly.safety import Blocked, check_url

MAX_SITEMAPS = 20  # sitemap files read per source per night (indexes included)
SITEMAP_TYPES = ("application/xml", "text/xml", "text/plain", "application/x-gzip")


@dataclass
class Discovery:
    """URLs found for one source, and the fetches that failed on the way."""

    urls: list[str] = field(default_factory=list)
    failures: list[FetchResult] = field(default_factory=list)
    fetched: list[FetchResult] = field(default_factory=list)
    #: Links refused as malformed or of another scheme (``bad_url``, ``bad_scheme``:
    #: ``http://[::1/x``, ``file:``, ``javascript:``, credentials), one fetch_log row each;
    #: links to other sites are policy, not errors, and are not listed.
    skipped: list[FetchResult] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """The source yielded nothing because its feed, sitemap or list could not be read."""
        return not self.urls and bool(self.failures)


def discover(source: Source, fetcher: Fetcher) -> Discovery:
    """Every article URL of ``source``, in order, without duplicates. Not capped here: the
    job takes ``max_pages_per_source`` of those that are due (not of those listed, or
    a long feed's first URLs, already known, would hide the others for ever)."""
    found = Discovery()
    try:
        if source.kind == "urls":
            _from_list(source, fetcher.p, found)
        elif source.kind == "feed":
            _from_feed(source, fetcher, found)
        else:
            _from_sitemap(source, fetcher, found)
    except ValueError as err:  # a parser choking on a hostile document: this source only
        found.failures.append(
            FetchResult(
                url=source.location,
                final_url=source.location,
                error="unparsable",
                detail=f"{type(err).__name__}: {err}"[:500],
            )
        )
    found.urls = list(dict.fromkeys(found.urls))
    return found


def _skip(found: Discovery | None, link: str, err: Blocked) -> None:
    if found is not None and err.reason in ("bad_url", "bad_scheme"):
        found.skipped.append(
            FetchResult(url=link[:2000], final_url=link[:2000], error=err.reason, detail=err.detail)
        )


def keep_link(
    link: str, base: str, politeness: Politeness, found: Discovery | None = None
) -> str | None:
    """The absolute, fragment-free link if it may be fetched as an article of ``base``'s site.

    >>> keep_link("/fr/a.html#top", "https://www.vietnam.vn/fr/rss.xml", Politeness())
    'https://www.vietnam.vn/fr/a.html'
    >>> keep_link("https://evil.example/a", "https://www.vietnam.vn/rss", Politeness()) is None
    True
    >>> keep_link("ftp://www.vietnam.vn/a", "https://www.vietnam.vn/rss", Politeness()) is None
    True
    """
    link = link.strip()
    if plain := _PLAIN_ABSOLUTE.fullmatch(link):
        # What a sitemap mostly lists: urljoin and urldefrag would return it unchanged,
        # and the policy only depends on its scheme and host (checked once per origin).
        absolute, origin = link, link[: plain.end(1)]
    else:
        try:
            absolute = urldefrag(urljoin(base, link))[0]
            parts = urlsplit(absolute)
        except ValueError as err:  # "Invalid IPv6 URL"
            _skip(found, link, Blocked("bad_url", f"malformed URL: {err}"))
            return None
        origin = f"{parts.scheme}://{parts.netloc}"
        if parts.username is not None or parts.password is not None:
            origin = absolute  # the credentials are in the netloc: refused below
    host = _allowed_host(origin, politeness.allow_hosts)
    if isinstance(host, Blocked):
        _skip(found, link, host)
        return None
    if politeness.allow_hosts:
        return absolute
    return absolute if _site(host) == _base_site(base) else None


#: An absolute http(s) link with a plain host, a non-empty query if any, and nothing
#: that urljoin would rewrite (fragment, parameters, credentials, backslash, blanks).
_PLAIN_ABSOLUTE = re.compile(r"https?://([^/?#;@\\\s]+)[^?#;\\\s]*(?:\?[^#\s]+)?")


@lru_cache(maxsize=4096)
def _allowed_host(origin: str, allow_hosts: tuple[str, ...]) -> str | Blocked:
    """The host of the URLs of ``origin`` (``scheme://netloc``) if policy allows them,
    else why not."""
    try:
        return check_url(origin, allow_hosts=allow_hosts)
    except Blocked as err:
        return err


@cache
def _base_site(base: str) -> str:
    """The site of the feed or sitemap at ``base`` (every link of it is compared to it)."""
    return _site((urlsplit(base).hostname or "").lower())


def _site(host: str) -> str:
    if host.replace(".", "").isdigit() or ":" in host:
        return host  # an IP address is its own site
    return ".".join(host.split(".")[-2:])


def _from_list(source: Source, politeness: Politeness, found: Discovery) -> None:
    path = Path(source.location)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        found.failures.append(
            FetchResult(
                url=path.as_uri(), final_url=path.as_uri(), error="unreadable_list", detail=str(err)
            )
        )
        return
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            check_url(line, allow_hosts=politeness.allow_hosts)
            url = urldefrag(line)[0]
        except Blocked as err:  # listed by hand: every refusal is logged
            found.skipped.append(
                FetchResult(
                    url=line[:2000], final_url=line[:2000], error=err.reason, detail=err.detail
                )  # fmt: skip
            )
            continue
        except ValueError as err:
            _skip(found, line, Blocked("bad_url", f"malformed URL: {err}"))
            continue
        found.urls.append(url)


def _read(fetcher: Fetcher, url: str, accept: tuple[str, ...], found: Discovery) -> str | None:
    result = fetcher.get(url, accept=accept)
    found.fetched.append(result)
    if not result.ok or result.body is None:
        found.failures.append(result)
        return None
    return result.body.decode(result.charset or "utf-8", errors="replace")


def _from_feed(source: Source, fetcher: Fetcher, found: Discovery) -> None:
    text = _read(fetcher, source.location, FEED_TYPES, found)
    if text is None:
        return
    parts = urlsplit(source.location)
    params = FeedParameters(
        f"{parts.scheme}://{parts.netloc}",
        parts.hostname or "",
        source.location,
        external=bool(fetcher.p.allow_hosts),
        target_lang=source.lang,
    )
    links = find_links(text.strip(), params)
    if not links:
        found.failures.append(
            FetchResult(
                url=source.location,
                final_url=source.location,
                status=200,
                error="not_a_feed",
                detail="no RSS, Atom or JSON feed links found",
            )
        )
    for link in links:
        kept = keep_link(link, source.location, fetcher.p, found)
        # the channel's own <link> is the site's home page, not an article
        if kept and kept != source.location and urlsplit(kept).path.strip("/"):
            found.urls.append(kept)


class _Sitemap(SitemapObject):
    """trafilatura's sitemap parser with our own link filter (see module docstring)."""

    politeness: Politeness
    found: Discovery

    def handle_link(self, link: str) -> None:
        if link == self.current_url:
            return
        kept = keep_link(link, self.current_url, self.politeness, self.found)
        if kept is None:
            return
        if DETECT_SITEMAP_LINK.search(kept):
            self.sitemap_urls.append(kept)
        else:
            self.urls.append(kept)


def _from_sitemap(source: Source, fetcher: Fetcher, found: Discovery) -> None:
    parts = urlsplit(source.location)
    sitemap = _Sitemap(
        f"{parts.scheme}://{parts.netloc}",
        parts.hostname or "",
        [source.location],
        target_lang=None,
    )
    sitemap.politeness = fetcher.p
    sitemap.found = found
    for _ in range(MAX_SITEMAPS):
        todo = [u for u in sitemap.sitemap_urls if u not in sitemap.seen]
        if not todo:
            break
        sitemap.current_url = todo[0]
        sitemap.seen.add(sitemap.current_url)
        sitemap.content = _read(fetcher, sitemap.current_url, SITEMAP_TYPES, found) or ""
        if sitemap.content:
            sitemap.process()
    found.urls.extend(sitemap.urls)
