"""Nightly job configuration: one TOML file, parsed with the standard library's ``tomllib``.

Example::

    user_agent = "vn-commitments-pipeline/0.1 (+mailto:data@example.org)"
    delay_per_host = 2.0        # seconds between two requests to one host
    concurrency = 4             # pages fetched at once (different hosts)
    timeout = 20.0              # seconds per attempt (connect, then each read)
    max_bytes = 5_000_000       # a page larger than this (on the wire or decoded) is refused
    retries = 2                 # extra attempts for 5xx and timeouts, exponential backoff
    refetch_after_days = 0      # 0: a page fetched successfully is never downloaded again
    allow_hosts = ["vietnam.vn", "nhandan.vn"]   # optional: only these hosts (and subdomains)
    allow_private = []          # e.g. ["127.0.0.1"] to reach a loopback test server

    [[source]]
    name = "vietnam-fr"
    feed = "https://www.vietnam.vn/fr/rss.xml"
    lang = "fr"                 # optional hint; default: detected per article

    [[source]]
    name = "hand-picked"
    urls = "urls.txt"           # one URL a line, relative to this file; '#' comments

Unknown keys are errors (a typo would otherwise silently keep a default):
:class:`ConfigError` carries a one-line message naming the key.
"""

from __future__ import annotations

import ipaddress
import math
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

KINDS = ("feed", "sitemap", "urls")


class ConfigError(ValueError):
    """The configuration cannot be used; the message names the file and the key."""


@dataclass(frozen=True, slots=True)
class Source:
    """One place to discover article URLs: an RSS/Atom feed, a sitemap, or a URL list."""

    name: str
    kind: str  # feed | sitemap | urls
    location: str  # feed/sitemap URL, or the absolute path of the URL list
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class Politeness:
    """How the fetcher treats other people's servers. Defaults are safe for real sites."""

    user_agent: str = "vn-commitments-pipeline/0.1 (nightly; respects robots.txt)"
    delay_per_host: float = 2.0
    concurrency: int = 4
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    retries: int = 2
    backoff: float = 1.0  # first retry waits this long, then doubles
    max_redirects: int = 5
    max_pages_per_source: int = 500  # bound on one night's new pages from one source
    refetch_after_days: float = 0.0  # 0 = never re-download a page fetched successfully
    max_attempts: int = 3  # nights a transient failure (5xx, timeout) is retried
    allow_hosts: tuple[str, ...] = ()  # empty: any public host
    allow_private: frozenset[str] = frozenset()  # IPs or networks, e.g. "127.0.0.1"


@dataclass(frozen=True, slots=True)
class NightlyConfig:
    path: Path
    sources: tuple[Source, ...]
    politeness: Politeness = field(default_factory=Politeness)


_FLOATS = {"delay_per_host", "timeout", "backoff", "refetch_after_days"}
_INTS = {
    "concurrency",
    "max_bytes",
    "retries",
    "max_redirects",
    "max_pages_per_source",
    "max_attempts",
}
#: Largest accepted value of each number: beyond these a value is a typo, and some
#: (``retries``: ``2 ** retries`` seconds of backoff) would overflow or never end.
_MAX = {
    "delay_per_host": 3600.0,
    "timeout": 3600.0,
    "backoff": 600.0,
    "refetch_after_days": 36500.0,
    "concurrency": 256,
    "max_bytes": 2**40,
    "retries": 10,
    "max_redirects": 50,
    "max_pages_per_source": 10_000_000,
    "max_attempts": 1000,
}
_TOP_KEYS = {"user_agent", "allow_hosts", "allow_private", "source", *_FLOATS, *_INTS}
_SOURCE_KEYS = {"name", "lang", *KINDS}


def load_config(path: Path) -> NightlyConfig:
    """Read and validate ``path``; raises :class:`ConfigError` with a one-line message.

    >>> load_config(Path("missing.toml"))
    Traceback (most recent call last):
    ...
    pipeline.nightly.config.ConfigError: missing.toml: cannot read (No such file or directory)
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ConfigError(f"{path}: cannot read ({err.strerror or err})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: not valid TOML: {err}") from None
    return parse_config(data, path)


def parse_config(data: dict[str, Any], path: Path) -> NightlyConfig:
    """Validate the parsed TOML ``data`` (see the module docstring for the keys)."""
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise ConfigError(
            f"{path}: unknown key {unknown[0]!r} (known: {', '.join(sorted(_TOP_KEYS))})"
        )
    values: dict[str, Any] = {}
    for key in _FLOATS | _INTS:
        if key in data:
            values[key] = _number(data[key], key, path, integer=key in _INTS)
    if "user_agent" in data:
        if not isinstance(data["user_agent"], str) or not data["user_agent"].strip():
            raise ConfigError(f"{path}: 'user_agent' must be a non-empty string")
        values["user_agent"] = data["user_agent"].strip()
    hosts = _strings(data.get("allow_hosts", []), "allow_hosts", path)
    values["allow_hosts"] = tuple(h.lower().strip(".") for h in hosts)
    private = _strings(data.get("allow_private", []), "allow_private", path)
    for item in private:
        try:
            ipaddress.ip_network(item, strict=False)
        except ValueError:
            raise ConfigError(
                f"{path}: 'allow_private' item {item!r} is not an IP address or network"
            ) from None
    values["allow_private"] = frozenset(private)
    for key, low, what in (
        ("concurrency", 1, "at least 1"),
        ("max_bytes", 1024, "at least 1024"),
        ("timeout", 1e-3, "positive"),
        ("max_redirects", 0, "at least 0"),
    ):
        if key in values and values[key] < low:
            raise ConfigError(f"{path}: {key!r} must be {what}, got {values[key]!r}")
    sources = data.get("source")
    if not isinstance(sources, list) or not sources:
        raise ConfigError(f"{path}: no [[source]] tables; add at least one source")
    parsed = tuple(_source(item, i, path) for i, item in enumerate(sources))
    names = [s.name for s in parsed]
    duplicate = next((n for n in names if names.count(n) > 1), None)
    if duplicate:
        raise ConfigError(f"{path}: source name {duplicate!r} is used twice")
    return NightlyConfig(path=path, sources=parsed, politeness=Politeness(**values))


def _source(item: object, index: int, path: Path) -> Source:
    where = f"{path}: source #{index + 1}"
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: must be a [[source]] table")
    unknown = sorted(set(item) - _SOURCE_KEYS)
    if unknown:
        raise ConfigError(
            f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(_SOURCE_KEYS))})"
        )
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: missing key 'name'")
    kinds = [k for k in KINDS if k in item]
    if len(kinds) != 1:
        raise ConfigError(f"{where} ({name}): needs exactly one of 'feed', 'sitemap', 'urls'")
    kind = kinds[0]
    value = item[kind]
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where} ({name}): '{kind}' must be a non-empty string")
    lang = item.get("lang")
    if lang is not None and (not isinstance(lang, str) or not lang.isalpha()):
        raise ConfigError(f"{where} ({name}): 'lang' must be a language code such as 'fr'")
    if kind == "urls":
        location = str((path.parent / value).resolve())
    else:
        if urlsplit(value).scheme not in ("http", "https"):
            raise ConfigError(f"{where} ({name}): '{kind}' must be an http(s) URL, got {value!r}")
        location = value.strip()
    return Source(name=name.strip(), kind=kind, location=location, lang=lang)


def _number(value: object, key: str, path: Path, *, integer: bool) -> float | int:
    ok = isinstance(value, int) if integer else isinstance(value, int | float)
    if ok and not integer and not math.isfinite(value):
        ok = False  # nan, inf
    if not ok or isinstance(value, bool) or value < 0:
        kind = "a non-negative integer" if integer else "a finite non-negative number"
        raise ConfigError(f"{path}: {key!r} must be {kind}, got {value!r}")
    if value > _MAX[key]:
        raise ConfigError(f"{path}: {key!r} must be at most {_MAX[key]:g}, got {value!r}")
    return int(value) if integer else float(value)


def _strings(value: object, key: str, path: Path) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{path}: {key!r} must be a list of strings")
    return list(value)
