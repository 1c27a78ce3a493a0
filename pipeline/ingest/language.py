"""Language identification: langdetect's model, run by a faster exact copy of its detector.

langdetect (Shuyo's naive Bayes over character 1-3-grams with random walks) is the
model: its 55 profiles, its character normalisation (``NGram.normalize``,
``NGram.normalize_vi``) and its URL and e-mail patterns are used as they are. What this
module replaces is the pure-Python machinery around them, which was most of the cost
(about 1.5 ms per article and 0.3 s of start-up):

- the profiles become one float64 matrix (a row per n-gram, a column per language)
  instead of 87,598 Python lists; workers forked from the warm-up share its pages, which
  reference counting would otherwise copy;
- the n-grams of a word depend on the word alone, so they are memoised per word;
- the random walk multiplies whole rows with numpy instead of a Python loop.

Every arithmetic step is the one langdetect does, in the same order, with the same
seeded ``random.Random``, so the probabilities are the same floats;
``tests/test_language.py`` compares the two on thousands of texts. One difference is
deliberate: the languages are in sorted order, where langdetect takes the order in which
the file system lists its profile files (which only decides exact ties).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.utils.ngram import NGram

from pipeline import buildcache
from pipeline.settings import LANGUAGE_SAMPLE_CHARS, LANGUAGE_SEED, LANGUAGE_TRIALS

#: langdetect's constants (``Detector``): the n-gram order, the smoothing, when a walk
#: stops, and the probability below which a language is not reported.
N_GRAM = NGram.N_GRAM
ALPHA, ALPHA_WIDTH = Detector.ALPHA_DEFAULT, Detector.ALPHA_WIDTH
BASE_FREQ = Detector.BASE_FREQ
ITERATION_LIMIT, CONV_THRESHOLD = Detector.ITERATION_LIMIT, Detector.CONV_THRESHOLD
PROB_THRESHOLD = Detector.PROB_THRESHOLD
MAX_TEXT_LENGTH = 10_000
#: Bound on the per-word memo of n-gram rows (cleared when full: results never depend on
#: it). About 400 bytes a word: 50,000 words hold a language's common vocabulary in ~20 MB
#: per process; 200,000 grew every worker by ~80 MB on a long run.
WORD_MEMO_MAX = 50_000

_SPACES = re.compile(" {2,}")
_LATIN = re.compile("[A-z]")
#: What ``Detector.cleaning_text`` counts as non-Latin: from U+0300 up, except the
#: Latin Extended Additional block (U+1E00-U+1EFF, Vietnamese letters).
_NON_LATIN = re.compile("[\u0300-\u1dff\u1f00-\U0010ffff]")


class Profiles:
    """langdetect's profiles as a matrix: ``rows[ngram]`` indexes ``probs``."""

    def __init__(self, languages: Sequence[str], grams: Sequence[str], probs: np.ndarray) -> None:
        """``probs[row, column]``: the probability of n-gram ``grams[row]`` in language
        ``languages[column]``."""
        self.languages: list[str] = list(languages)
        self.rows: dict[str, int] = dict(zip(grams, range(len(grams)), strict=True))
        self.probs = probs
        self.probs.setflags(write=False)
        self._normalised: dict[str, str] = {}
        self._translation: dict[int, str] = {}
        self._word_rows: dict[str, list[int]] = {}

    @classmethod
    def from_files(cls, files: Sequence[Path]) -> Profiles:
        """``files``: one JSON profile per language, in the order of the columns."""
        profiles = [json.loads(p.read_text("utf-8")) for p in files]
        rows: dict[str, int] = {}
        for profile in profiles:
            for word in profile["freq"]:
                rows.setdefault(word, len(rows))
        probs = np.zeros((len(rows), len(profiles)), dtype=np.float64)
        for column, profile in enumerate(profiles):
            words = [w for w in profile["freq"] if 1 <= len(w) <= N_GRAM]
            counts = np.array([profile["freq"][w] for w in words], dtype=np.float64)
            totals = np.array(profile["n_words"], dtype=np.float64)
            lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
            ids = np.fromiter(map(rows.__getitem__, words), dtype=np.int64, count=len(words))
            probs[ids, column] = counts / totals[lengths - 1]
        return cls([p["name"] for p in profiles], list(rows), probs)

    def to_bytes(self) -> bytes:
        """The profiles as :meth:`from_bytes` reads them: a JSON header (languages and
        n-grams), then each column's non-zero rows (int32) and probabilities (float64,
        the same floats)."""
        columns, rows = np.nonzero(self.probs.T)  # column by column, rows ascending
        header = json.dumps({"languages": self.languages, "grams": list(self.rows)}).encode()
        counts = np.bincount(columns, minlength=len(self.languages)).astype(np.int64)
        return b"".join(
            (
                len(header).to_bytes(8, "little"),
                header,
                counts.tobytes(),
                rows.astype(np.int32).tobytes(),
                self.probs[rows, columns].tobytes(),
            )
        )

    @classmethod
    def from_bytes(cls, blob: bytes) -> Profiles:
        """What :meth:`to_bytes` wrote."""
        size = int.from_bytes(blob[:8], "little")
        header = json.loads(blob[8 : 8 + size])
        n_langs, at = len(header["languages"]), 8 + size
        counts = np.frombuffer(blob, np.int64, n_langs, at)
        total = int(counts.sum())
        ids = np.frombuffer(blob, np.int32, total, at + 8 * n_langs)
        values = np.frombuffer(blob, np.float64, total, at + 8 * n_langs + 4 * total)
        probs = np.zeros((len(header["grams"]), n_langs), dtype=np.float64)
        probs[ids, np.repeat(np.arange(n_langs), counts)] = values
        return cls(header["languages"], header["grams"], probs)

    def detect(self, text: str, trials: int, seed: int) -> tuple[str, float] | None:
        """The most probable language of ``text`` and its probability, as langdetect's
        ``Detector.get_probabilities()[0]``; None where it has no n-gram or no language
        above its threshold."""
        ngrams = self.ngram_rows(_clean(_prepare(text)))
        if not ngrams:
            return None
        n_langs = len(self.languages)
        total = np.zeros(n_langs)
        rng = random.Random()
        rng.seed(seed)
        for _ in range(trials):
            prob = np.full(n_langs, 1.0 / n_langs)
            weight = (ALPHA + rng.gauss(0.0, 1.0) * ALPHA_WIDTH) / BASE_FREQ
            i = 0
            while True:
                prob *= weight + self.probs[rng.choice(ngrams)]
                if i % 5 == 0:
                    prob /= np.add.accumulate(prob)[-1]  # left to right, as ``sum``
                    if prob.max() > CONV_THRESHOLD or i >= ITERATION_LIMIT:
                        break
                i += 1
            total += prob / trials
        best = int(np.argmax(total))  # the first of equals, as langdetect's stable sort
        if not total[best] > PROB_THRESHOLD:
            return None
        return self.languages[best], float(total[best])

    def ngram_rows(self, text: str) -> list[int]:
        """The rows of the n-grams langdetect's ``_extract_ngrams`` finds in ``text``,
        in its order (the random walk draws from this list by index)."""
        text = text.translate(self._translation_for(text))
        words = text.split(" ")
        last = len(words) - 1
        memo = self._word_rows
        if len(memo) > WORD_MEMO_MAX:
            memo.clear()
        found: list[int] = []
        for i, word in enumerate(words):
            if word:
                padded = f" {word} " if i < last else f" {word}"
                rows = memo.get(padded)
                if rows is None:
                    rows = memo[padded] = self._padded_word_rows(padded)
                found.extend(rows)
        return found

    def _padded_word_rows(self, padded: str) -> list[int]:
        """The n-grams ending at each character of one space-padded word: 1, 2, 3 long,
        none where this and the previous character are capitals (langdetect's
        ``capitalword``), only those the profiles know."""
        rows = self.rows
        found = []
        for end in range(1, len(padded)):
            if padded[end].isupper() and padded[end - 1].isupper():
                continue
            for n in range(1, min(N_GRAM, end + 1) + 1):
                gram = padded[end + 1 - n : end + 1]
                if gram != " " and (row := rows.get(gram)) is not None:
                    found.append(row)
        return found

    def _translation_for(self, text: str) -> dict[int, str]:
        """``str.translate`` table applying ``NGram.normalize``, grown by the new
        characters of ``text``."""
        seen, table = self._normalised, self._translation
        for ch in set(text).difference(seen):
            seen[ch] = normal = NGram.normalize(ch)
            if normal != ch:
                table[ord(ch)] = normal
        return table


def _prepare(text: str) -> str:
    """``Detector.append``: URLs and e-mail addresses blanked, Vietnamese combining marks
    composed, the first 10,000 characters with runs of spaces made one."""
    text = Detector.MAIL_RE.sub(" ", Detector.URL_RE.sub(" ", text))
    return _SPACES.sub(" ", NGram.normalize_vi(text)[:MAX_TEXT_LENGTH])


def _clean(text: str) -> str:
    """``Detector.cleaning_text``: Latin letters dropped from a mostly non-Latin text."""
    if len(_LATIN.findall(text)) * 2 < len(_NON_LATIN.findall(text)):
        return _LATIN.sub("", text)
    return text


@cache
def profiles() -> Profiles:
    """langdetect's shipped profiles, loaded once per process: from the build cache
    (:mod:`pipeline.buildcache`; 0.2 s less at each start) once a process has built them
    from langdetect's files."""
    folder = Path(PROFILES_DIRECTORY)
    key = buildcache.digest(folder, Path(__file__), np.__version__)
    blob = buildcache.cached(
        "langdetect-profiles", key, lambda: Profiles.from_files(sorted(folder.iterdir())).to_bytes()
    )
    return Profiles.from_bytes(blob)


def identify_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability); ``("und", 0.0)`` when nothing can be said.

    >>> identify_language("Le ministère de la Santé doit achever la fusion cette année.")[0]
    'fr'
    """
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < 3:
        return "und", 0.0
    found = profiles().detect(sample, LANGUAGE_TRIALS, LANGUAGE_SEED)
    if found is None:
        return "und", 0.0
    code, prob = found
    return code.split("-")[0], round(prob, 4)
