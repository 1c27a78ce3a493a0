"""URL normalisation shared by story grouping and the nightly job (no other dependency)."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_\w+|ref|source|zarsrc|gidzl)$", re.I)


def normalise_url(url: str | None) -> str | None:
    """Comparable form of a URL: lower-case scheme and host, no ``www.``, no fragment,
    no tracking parameters, no trailing slash.

    >>> normalise_url("HTTPS://www.NhanDan.vn/post914419.html/?utm_source=fb#top")
    'https://nhandan.vn/post914419.html'
    """
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)))
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme.lower() or "https", host, path, query, ""))
