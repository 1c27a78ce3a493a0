"""What the fetcher may touch: schemes, hosts, resolved addresses, robots.txt.

Every URL (feed, sitemap, page, each redirect hop) passes :func:`check_url`;
every connection is vetted after DNS resolution by :func:`check_resolved`
and again on the connected socket (see ``fetch._vetted_pool``), so a DNS answer
that changes between the two checks cannot reach a private address.

>>> check_url("ftp://example.org/x", allow_hosts=())
Traceback (most recent call last):
...
pipeline.nightly.safety.Blocked: bad_scheme: only http and https are fetched, not 'ftp'
>>> check_url("https://news.example.org/a", allow_hosts=("example.org",))
'news.example.org'
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

IP = ipaddress.IPv4Address | ipaddress.IPv6Address


class Blocked(Exception):
    """A URL or address that policy refuses; ``reason`` is a short code for fetch_log."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def check_url(url: str, *, allow_hosts: Iterable[str]) -> str:
    """The lower-case host of ``url`` if policy allows it; raises :class:`Blocked`.

    Only http/https; with a non-empty ``allow_hosts``, the host must be one of them
    or a subdomain ("www.vietnam.vn" is allowed by "vietnam.vn", "evilvietnam.vn" is not).
    """
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range or not a number
    except ValueError as err:  # "Invalid IPv6 URL", "Port out of range 0-65535", …
        raise Blocked("bad_url", f"malformed URL {url[:200]!r}: {err}") from None
    if parts.scheme not in ("http", "https"):
        raise Blocked("bad_scheme", f"only http and https are fetched, not {parts.scheme!r}")
    host = (parts.hostname or "").lower().rstrip(".")
    if not host:
        raise Blocked("bad_url", f"no host in {url[:200]!r}")
    if parts.username or parts.password:
        raise Blocked("bad_url", "URLs with credentials are not fetched")
    allowed = tuple(allow_hosts)
    if allowed and not any(host == h or host.endswith("." + h) for h in allowed):
        raise Blocked("host_not_allowed", f"{host} is not in allow_hosts")
    return host


def address_allowed(address: str, allow_private: Iterable[str]) -> bool:
    """Public (global) addresses always; others only when listed in ``allow_private``.

    >>> address_allowed("93.184.216.34", ()), address_allowed("127.0.0.1", ())
    (True, False)
    >>> address_allowed("127.0.0.1", ["127.0.0.1"]), address_allowed("10.1.2.3", ["10.0.0.0/8"])
    (True, True)
    >>> address_allowed("169.254.169.254", ["127.0.0.1"])
    False
    """
    ip = _parse_ip(address)
    if ip.is_global and not ip.is_multicast:
        return True
    return any(ip in ipaddress.ip_network(item, strict=False) for item in allow_private)


def check_resolved(host: str, port: int, allow_private: Iterable[str]) -> None:
    """Resolve ``host``; raises :class:`Blocked` if any address is private, loopback or
    link-local (and not explicitly allowed), or if it does not resolve."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, ValueError) as err:
        raise Blocked("dns_error", f"{host}: {err}") from None
    allow = tuple(allow_private)
    for info in infos:
        address = str(info[4][0]).split("%", 1)[0]
        if not address_allowed(address, allow):
            raise Blocked(
                "private_address",
                f"{host} resolves to {address}, which is not "
                "public; list it in allow_private to reach it",
            )


def _parse_ip(address: str) -> IP:
    ip = ipaddress.ip_address(address)
    mapped = getattr(ip, "ipv4_mapped", None)
    return mapped or ip


class Robots:
    """robots.txt per scheme+host, fetched once per run (RFC 9309 status rules).

    ``fetch_text(url) -> (status, text)`` does the request (status ``None`` on a network
    failure). 2xx: the rules apply; 4xx: no rules (everything allowed); 5xx or no answer:
    everything disallowed for this run (the server may be overloaded).
    """

    def __init__(self, user_agent: str, fetch_text: Callable[[str], tuple[int | None, str]]):
        self.user_agent = user_agent
        self._fetch_text = fetch_text
        self._parsers: dict[str, RobotFileParser | bool] = {}
        # one lock per scheme+host: a slow robots.txt never holds up another host's
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def allowed(self, url: str) -> bool:
        """Whether ``url`` may be fetched by our user agent."""
        rules = self._rules(url)
        if isinstance(rules, bool):
            return rules
        return rules.can_fetch(self.user_agent, url)

    def crawl_delay(self, url: str) -> float:
        """The host's ``Crawl-delay`` for our agent, 0 when none (capped at 60 s)."""
        rules = self._rules(url)
        if isinstance(rules, bool):
            return 0.0
        delay = rules.crawl_delay(self.user_agent)
        return min(float(delay), 60.0) if delay else 0.0

    def _rules(self, url: str) -> RobotFileParser | bool:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            if key in self._parsers:
                return self._parsers[key]
            host_lock = self._locks.setdefault(key, threading.Lock())
        with host_lock:  # the fetch runs outside the shared lock
            if key not in self._parsers:
                rules = self._load(key + "/robots.txt")
                with self._lock:
                    self._parsers[key] = rules
            return self._parsers[key]

    def _load(self, robots_url: str) -> RobotFileParser | bool:
        status, text = self._fetch_text(robots_url)
        if status is None or status >= 500:
            return False
        if status >= 400:
            return True
        parser = RobotFileParser(robots_url)
        parser.parse(text.splitlines())
        return parser
