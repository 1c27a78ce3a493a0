"""MinHash and LSH for many sets at once, with NumPy: datasketch's ``affine32`` MinHash
(a test checks it value for value) and band keys, so that candidate pairs come from
sorting keys instead of a live index. Used for the per-article story features
(``article/story_features``) and by story grouping (``combine/stories``)."""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from pipeline.settings import ANCHOR_NUM_PERM, NUM_PERM, SEED


def token_hash(token: str) -> int:
    """Deterministic 32-bit hash (Python's ``hash`` changes from process to process)."""
    return zlib.crc32(token.encode("utf-8"))


def anchor_hash(anchor: str) -> int:
    """Deterministic 64-bit hash of an anchor string."""
    return int.from_bytes(hashlib.blake2b(anchor.encode("utf-8"), digest_size=8).digest(), "big")


@dataclass(frozen=True, slots=True)
class LshShape:
    """A MinHash of ``num_perm`` permutations cut into ``bands`` bands of ``rows`` rows."""

    num_perm: int
    bands: int
    rows: int


#: datasketch ``MinHashLSH``'s optimum for threshold 0.8 and for 0.15 (a test checks it):
#: fixed here, because computing it imports SciPy (0.6 s of every start-up).
NEAR_DUPLICATE_LSH = LshShape(NUM_PERM, bands=9, rows=13)


ANCHOR_LSH = LshShape(ANCHOR_NUM_PERM, bands=32, rows=2)


@cache
def minhash_permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``(a, b)`` of datasketch's ``affine32`` MinHash for seed ``SEED`` (odd ``a``,
    so that ``a * h + b`` is a bijection on 32 bits), drawn the way datasketch draws
    them; a test checks them against datasketch."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (a bijection), as datasketch pre-mixes its input."""
    h = values.astype(np.uint32)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


#: Values hashed at once: bounds the (values x permutations) matrix to a few MB.
_MINHASH_CHUNK = 8192


def minhashes(sets: Sequence[np.ndarray], num_perm: int) -> np.ndarray:
    """The MinHash of each non-empty set of 32-bit hashes, one row per set: the values of
    datasketch's ``MinHash(num_perm, seed=SEED, hashfunc=int)`` after ``update_batch``
    (scheme ``affine32``), computed for many sets at once instead of one object each."""
    a, b = minhash_permutations(num_perm)
    out = np.empty((len(sets), num_perm), dtype=np.uint32)
    lengths = np.array([len(v) for v in sets], dtype=np.int64)
    ends = np.cumsum(lengths)
    first = 0
    while first < len(sets):  # consecutive sets with at most _MINHASH_CHUNK values together
        limit = ends[first] - lengths[first] + _MINHASH_CHUNK
        last = max(first + 1, int(np.searchsorted(ends, limit, "right")))
        if last - first == 1 and lengths[first] > _MINHASH_CHUNK:  # one large set, in slices
            row = np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
            for at in range(0, lengths[first], _MINHASH_CHUNK):
                part = fmix32(sets[first][at : at + _MINHASH_CHUNK])
                np.minimum(row, (part[:, None] * a + b).min(axis=0), out=row)
            out[first] = row
        else:
            mixed = fmix32(np.concatenate(sets[first:last]))
            starts = np.r_[0, np.cumsum(lengths[first : last - 1])]
            out[first:last] = np.minimum.reduceat(mixed[:, None] * a + b, starts, axis=0)
        first = last
    return out


def band_keys(sets: Sequence[np.ndarray], shape: LshShape) -> list[np.ndarray | None]:
    """For each set of 32-bit hashes, one 64-bit key per LSH band of its MinHash (``None``
    for an empty set): two sets are candidates when any band key is equal."""
    present = [i for i, values in enumerate(sets) if len(values)]
    out: list[np.ndarray | None] = [None] * len(sets)
    if not present:
        return out
    bands, rows = shape.bands, shape.rows
    hashes = minhashes([sets[i] for i in present], shape.num_perm)[:, : bands * rows]
    values = hashes.reshape(len(present), bands, rows).astype(np.uint64)
    keys = np.zeros((len(present), bands), dtype=np.uint64)
    for r in range(rows):  # polynomial hash of each band; uint64 arithmetic wraps
        keys = keys * np.uint64(0x100000001B3) + values[:, :, r]
    for i, row in zip(present, keys, strict=True):
        out[i] = row
    return out


def unique_sorted(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values, by sorting: several times faster than ``np.unique``, whose
    default in NumPy 2.4 hashes (the same result)."""
    ordered = np.sort(values)
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]] if len(ordered) else ordered


def fold32(hashes: np.ndarray) -> np.ndarray:
    """64-bit hashes folded to the 32 bits a datasketch MinHash takes."""
    return ((hashes ^ (hashes >> np.uint64(32))) & np.uint64(0xFFFFFFFF)).astype(np.uint32)
