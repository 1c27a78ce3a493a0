"""The one ID scheme: short hex digests of content, never of run order or time."""

from __future__ import annotations

import hashlib


def sha256_hex(text: str) -> str:
    """Full SHA-256 of UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stable_id(kind: str, *parts: object) -> str:
    """16-hex-digit ID of ``kind`` and its parts.

    >>> stable_id("decree", "72-NQ/TW") == stable_id("decree", "72-NQ/TW")
    True
    """
    key = "\x1f".join([kind, *(str(p) for p in parts)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
