"""Polite, bounded HTTP fetching for the nightly job (our own urllib3 loop, not trafilatura's).

Why not ``trafilatura.downloads.fetch_response``: it reports status and headers,
but it cannot enforce this job's limits. Its SSRF guard is all-or-nothing (no
"allow 127.0.0.1 only"), it follows redirects internally (no host allow-list
or robots check per hop), its timeout is a whole number of seconds that its
retries multiply (backoff up to 30 s per retry), and its size cap counts
decoded bytes only. Here, with urllib3 (trafilatura's own transport):

- one overall deadline per fetch (``timeout * (retries + 2)`` plus backoff), and
  each attempt's timeout is cut to what is left of it. The socket timeout bounds
  each read; the deadline itself is enforced on the socket by a timer that shuts
  it down (:class:`_Watch`), so a server that drips headers or body a byte at a
  time cannot hold a fetch (and the host's gate) beyond it;
- redirects are followed by hand: every hop is re-checked (scheme, allow-list,
  resolved address, robots.txt), at most ``max_redirects`` hops;
- retries only for 5xx, 429 and timeouts/connection errors, ``retries`` times,
  exponential backoff (``backoff``, ×2), never beyond the deadline;
- at most ``max_bytes`` read from the wire (Content-Length checked first) and at
  most ``max_bytes`` after decompression: gzip/deflate are decoded here with
  ``zlib``'s ``max_length`` so a compression bomb never expands in memory;
- the connected socket's peer address is vetted again (DNS rebinding);
- one request at a time per host, ``delay_per_host`` (or the host's robots.txt
  ``Crawl-delay``, whichever is longer) between two requests to one host.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from pipeline.nightly.config import Politeness
from pipeline.nightly.safety import Blocked, Robots, address_allowed, check_resolved, check_url

REDIRECTS = (301, 302, 303, 307, 308)
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
    "application/json",
    "text/plain",
    "text/html",
)
CHUNK = 64 * 1024


@dataclass(slots=True)
class FetchResult:
    """Outcome of one fetch. ``error`` is a short code (``None`` when the body is usable):
    timeout, http_error, network_error, too_large, not_html, robots, bad_scheme,
    host_not_allowed, private_address, too_many_redirects, unsupported_encoding."""

    url: str
    final_url: str
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    error: str | None = None
    detail: str = ""
    attempts: int = 0
    fetched_at: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None and self.body is not None

    @property
    def charset(self) -> str | None:
        """The charset declared in Content-Type, if any."""
        msg = Message()
        msg["content-type"] = self.headers.get("content-type", "")
        value = msg.get_param("charset")
        return value.strip().lower() if isinstance(value, str) and value.strip() else None

    @property
    def transient(self) -> bool:
        """Whether a later night may succeed (5xx, 429, timeouts, network errors)."""
        return self.error in ("timeout", "network_error") or (
            self.error == "http_error" and self.status in RETRY_STATUS
        )


class _Retryable(Exception):
    def __init__(self, error: str, detail: str, status: int | None = None) -> None:
        super().__init__(detail)
        self.error, self.detail, self.status = error, detail, status


class _Watch:
    """The deadline of one request, enforced on its socket: when the timer fires, the
    connection used by the request is shut down, so a blocked read returns at once."""

    _local = threading.local()

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._lock = threading.Lock()
        self._conns: list[HTTPConnection] = []
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Watch:
        self._outer = getattr(_Watch._local, "current", None)
        _Watch._local.current = self
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        _Watch._local.current = self._outer

    @classmethod
    def attach(cls, conn: HTTPConnection) -> None:
        """Called by a connection about to send a request on this thread."""
        watch = getattr(cls._local, "current", None)
        if watch is None:
            return
        with watch._lock:
            if watch.fired:
                raise urllib3.exceptions.ReadTimeoutError(None, "", "deadline passed")  # type: ignore[arg-type]
            watch._conns.append(conn)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            conns = list(self._conns)
        for conn in conns:
            sock = getattr(conn, "sock", None)
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


class Fetcher:
    """Thread-safe fetcher; one per night. ``sleep``/``clock`` are injectable for tests."""

    def __init__(
        self,
        politeness: Politeness,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.p = politeness
        self._sleep, self._clock = sleep, clock
        self._pool = _vetted_pool(politeness.allow_private)
        self._gates: dict[str, threading.RLock] = {}
        self._last: dict[str, float] = {}
        self._crawl_delay: dict[str, float] = {}
        self._gates_lock = threading.Lock()
        self.requests = 0  # HTTP requests sent (robots.txt included)
        self.robots = Robots(politeness.user_agent, self._robots_text)

    def get(
        self, url: str, *, accept: tuple[str, ...] = HTML_TYPES, check_robots: bool = True
    ) -> FetchResult:
        """Fetch ``url`` within the policy; never raises for network or policy failures."""
        result = FetchResult(url=url, final_url=url, fetched_at=time.time())
        retries = max(0, self.p.retries)
        deadline = self._clock() + self.p.timeout * (retries + 2) + self.p.backoff * 2**retries
        current = url
        try:
            return self._get(result, current, accept, check_robots, deadline)
        except ValueError as err:  # a malformed URL or redirect: never crash the night
            result.error, result.detail = "bad_url", f"{type(err).__name__}: {err}"[:500]
        return result

    def _get(
        self,
        result: FetchResult,
        current: str,
        accept: tuple[str, ...],
        check_robots: bool,
        deadline: float,
    ) -> FetchResult:
        try:
            for _hop in range(self.p.max_redirects + 1):
                self._check(current, check_robots)
                status, headers, body = self._with_retries(current, accept, deadline, result)
                result.final_url, result.status, result.headers = current, status, headers
                location = headers.get("location")
                if status in REDIRECTS and location:
                    current = urljoin(current, location)
                    continue
                if status != 200:
                    result.error, result.detail = "http_error", f"HTTP {status}"
                else:
                    result.body = body
                return result
            result.error, result.detail = "too_many_redirects", f"> {self.p.max_redirects} hops"
        except Blocked as err:
            result.final_url = current
            result.error, result.detail = err.reason, err.detail
        except _Retryable as err:
            result.final_url = current
            result.error, result.detail, result.status = err.error, err.detail, err.status
        return result

    def _check(self, url: str, check_robots: bool) -> None:
        host = check_url(url, allow_hosts=self.p.allow_hosts)
        parts = urlsplit(url)
        check_resolved(
            host, parts.port or (443 if parts.scheme == "https" else 80), self.p.allow_private
        )
        if check_robots:
            if not self.robots.allowed(url):
                raise Blocked(
                    "robots", f"robots.txt of {parts.netloc} disallows {parts.path or '/'}"
                )
            self._crawl_delay[parts.netloc.lower()] = self.robots.crawl_delay(url)

    def _with_retries(
        self, url: str, accept: tuple[str, ...], deadline: float, result: FetchResult
    ) -> tuple[int, dict[str, str], bytes | None]:
        wait = self.p.backoff
        for attempt in range(max(0, self.p.retries) + 1):
            result.attempts += 1
            try:
                return self._once(url, accept, deadline)
            except _Retryable:
                left = deadline - self._clock()
                if attempt == self.p.retries or left <= wait:
                    raise
                self._sleep(wait)
                wait *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(
        self, url: str, accept: tuple[str, ...], deadline: float
    ) -> tuple[int, dict[str, str], bytes | None]:
        host = urlsplit(url).netloc.lower()
        with self._gate(host):
            left = deadline - self._clock()
            if left <= 0:
                raise _Retryable("timeout", "overall deadline passed")
            delay = max(self.p.delay_per_host, self._crawl_delay.get(host, 0.0))
            since = self._clock() - self._last.get(host, -1e9)
            if since < delay:
                self._sleep(min(delay - since, max(0.0, left)))
            per_try = min(self.p.timeout, max(0.05, deadline - self._clock()))
            watch = _Watch(deadline - self._clock())
            try:
                return self._request(url, accept, deadline, per_try, watch)
            finally:
                self._last[host] = self._clock()

    def _request(
        self, url: str, accept: tuple[str, ...], deadline: float, per_try: float, watch: _Watch
    ) -> tuple[int, dict[str, str], bytes | None]:
        with watch:
            try:
                self.requests += 1
                resp = self._pool.request(
                    "GET",
                    url,
                    redirect=False,
                    retries=False,
                    preload_content=False,
                    decode_content=False,
                    timeout=urllib3.Timeout(connect=per_try, read=per_try),
                    headers={
                        "User-Agent": self.p.user_agent,
                        "Accept-Encoding": "gzip, deflate",
                        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
                    },
                )
            except urllib3.exceptions.NewConnectionError as err:
                if "not public" in str(err):
                    raise Blocked("private_address", str(err).split(": ", 1)[-1]) from None
                raise _Retryable("network_error", f"{type(err).__name__}: {err}") from None
            except (urllib3.exceptions.TimeoutError, TimeoutError) as err:
                raise _Retryable("timeout", f"no answer within {per_try:.1f} s ({err})") from None
            except (urllib3.exceptions.HTTPError, OSError) as err:
                if watch.fired:
                    raise _Retryable("timeout", "deadline passed before the headers") from None
                raise _Retryable("network_error", f"{type(err).__name__}: {err}") from None
            complete = False
            try:
                headers = {k.lower(): v for k, v in resp.headers.items()}
                if resp.status in RETRY_STATUS:
                    raise _Retryable("http_error", f"HTTP {resp.status}", resp.status)
                body = self._body(resp, headers, accept, deadline) if resp.status == 200 else None
                complete = body is not None and not watch.fired
                return resp.status, headers, body
            except _Retryable as err:
                if watch.fired and err.error == "network_error":
                    raise _Retryable("timeout", "overall deadline passed while reading") from None
                raise
            finally:
                # a connection with an unread body (or shut down) must not go back to the pool
                if complete:
                    resp.release_conn()
                else:
                    resp.close()

    def _body(
        self,
        resp: urllib3.BaseHTTPResponse,
        headers: dict[str, str],
        accept: tuple[str, ...],
        deadline: float,
    ) -> bytes:
        ctype = headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if ctype and not any(ctype == a for a in accept):
            raise Blocked("not_html", f"content type {ctype!r} is not one of {', '.join(accept)}")
        limit = self.p.max_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise Blocked("too_large", f"Content-Length {declared} > max_bytes {limit}")
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("identity", "", "gzip", "x-gzip", "deflate"):
            raise Blocked("unsupported_encoding", f"Content-Encoding {encoding!r}")
        decoder = (
            None
            if encoding in ("identity", "")
            else zlib.decompressobj(47 if "gzip" in encoding else zlib.MAX_WBITS)
        )
        out = bytearray()
        wire = 0
        try:
            for chunk in resp.stream(CHUNK, decode_content=False):
                wire += len(chunk)
                if wire > limit:
                    raise Blocked("too_large", f"more than max_bytes {limit} on the wire")
                if self._clock() > deadline:
                    raise _Retryable("timeout", "overall deadline passed while reading")
                # max_length: a small compressed chunk never expands past the cap in memory
                out += decoder.decompress(chunk, limit - len(out) + 1) if decoder else chunk
                if len(out) > limit:
                    raise Blocked("too_large", f"more than max_bytes {limit} after decompression")
        except (urllib3.exceptions.TimeoutError, TimeoutError) as err:
            raise _Retryable("timeout", f"body stalled ({err})") from None
        except (urllib3.exceptions.HTTPError, OSError) as err:
            raise _Retryable("network_error", f"{type(err).__name__}: {err}") from None
        except zlib.error as err:
            raise Blocked("bad_encoding", f"{encoding} data is corrupt: {err}") from None
        return bytes(out)

    def _gate(self, host: str) -> threading.RLock:
        # re-entrant: a robots.txt fetch may run inside a page fetch of the same host
        with self._gates_lock:
            return self._gates.setdefault(host, threading.RLock())

    def _robots_text(self, url: str) -> tuple[int | None, str]:
        result = self.get(url, accept=("text/plain", "text/html"), check_robots=False)
        if result.body is not None:
            return result.status, result.body.decode("utf-8", errors="replace")
        if result.status is not None and result.error == "http_error":
            return result.status, ""
        return (200, "") if result.error in ("not_html",) else (None, "")


def _vetted_pool(allow_private: frozenset[str]) -> urllib3.PoolManager:
    """A PoolManager whose sockets are checked after connect (DNS rebinding guard)."""

    def vet(sock) -> None:
        peer = sock.getpeername()[0].split("%", 1)[0]
        if not address_allowed(peer, allow_private):
            sock.close()
            raise OSError(f"connected peer {peer} is not public")

    class Conn(HTTPConnection):
        def request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            _Watch.attach(self)  # the fetch's deadline covers this request
            return super().request(*args, **kwargs)

        def _new_conn(self):  # type: ignore[no-untyped-def]
            sock = super()._new_conn()
            try:
                vet(sock)
            except OSError as err:
                raise urllib3.exceptions.NewConnectionError(self, str(err)) from err
            return sock

    class SConn(Conn, HTTPSConnection):
        pass

    class Pool(HTTPConnectionPool):
        ConnectionCls = Conn

    class SPool(HTTPSConnectionPool):
        ConnectionCls = SConn

    manager = urllib3.PoolManager(num_pools=50, maxsize=4)
    manager.pool_classes_by_scheme = {"http": Pool, "https": SPool}
    return manager
