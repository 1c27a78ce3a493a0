"""Deterministic scaled corpora for the benchmark (``make bench``).

Article ``i`` is a variant of template ``i % T`` (the ``corpus/*.txt`` samples and
the French, Polish and Vietnamese NTREX documents), variant number ``k = i // T``.
Every variant rewrites what makes a story a story, so that variants are different
stories rather than re-posts of one:

- every run of digits gets a new value of the same kind (day-sized numbers stay
  1-28, months 1-12, years 2000-2035, other numbers keep their digit count), so
  dates, amounts, decree numbers and the ``post1002`` of source URLs change;
- Vietnamese names (a common surname and 1-3 syllables, with or without
  diacritics) get a new surname, middle and given name;
- the capitalised words that an NTREX document's three translations share
  (``Warren``, ``Massachusetts``: names and places) get invented names, also
  before a Polish case ending (``Trumpa``);
- about half of the body lines (never the title) are replaced by a body line
  of another NTREX document, the same line in every language (NTREX documents
  are line-aligned); a ``corpus/`` sample has no aligned translation, so its
  variants leave those lines out instead. Without this, the variants of a
  short document differ only in their numbers and names, are near-duplicates
  of each other, and pile up into stories of hundreds of articles that no real
  corpus has (version 1 of this generator made stories of up to 402 articles
  at 50k);
- an NTREX variant then grows to a drawn length, uniform over 2,000 to 12,000
  characters of its French translation (the range of the ``corpus/`` seeds, real
  portal articles of 6 to 11 kB, and of the dev set's texts): body lines of other
  NTREX documents, each drawn on its own from ``(k, family, line number)``, the
  same lines in every language, so the translations stay aligned and two variants
  share a line only by chance (version 2 had the NTREX sizes, 2.5 kB on average,
  which flattered articles/s);
- a last line states a publication date, different for every variant.

The substitutions depend only on ``(k, original token)`` and the replaced lines
on ``(k, family, line number)``, never on the language, so the three
translations of one NTREX document stay translations of one story at every
``k``: the grouping of stories has real work to do at every scale.
Generation streams (one file written at a time) and is deterministic: the same
``n`` gives the same bytes on every machine.

>>> variant_number("2025", 3) == variant_number("2025", 3)
True
>>> 2000 <= int(variant_number("2025", 3)) <= 2035
True
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import regex

from pipeline.textnorm import ascii_fold, has_diacritics

GENERATOR_VERSION = 3
NTREX_LANGS = {"fra": "fr", "pol": "pl", "vie": "vi"}
FILES_PER_DIR = 1000
#: An NTREX variant grows to this many characters of its French translation (uniform).
GROW_MIN_CHARS, GROW_MAX_CHARS = 2_000, 12_000

SURNAMES = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Ngô",
    "Dương",
    "Lý",
    "Đinh",
    "Trịnh",
    "Lương",
    "Cao",
    "Mai",
)
MIDDLES = ("Văn", "Thị", "Minh", "Đức", "Thanh", "Quốc", "Hữu", "Ngọc", "Xuân", "Kim")
GIVENS = (
    "Bình",
    "Hùng",
    "Lan",
    "Hương",
    "Tuấn",
    "Dũng",
    "Hải",
    "Phương",
    "Sơn",
    "Thảo",
    "Long",
    "Nam",
    "Trang",
    "Khoa",
    "Quyết",
    "Hà",
    "Vinh",
    "Tâm",
    "Lộc",
    "Yến",
)
_SYLLABLES = (
    "ka",
    "lo",
    "mi",
    "ran",
    "tes",
    "vo",
    "den",
    "bra",
    "sil",
    "mor",
    "ta",
    "rik",
    "nel",
    "du",
    "gar",
    "fen",
    "po",
    "zan",
    "li",
    "ost",
)
_MONTHS = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "pl": (
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ),
}

_DIGITS = re.compile(r"\d+")
# Folded "Le" is left out: it is the French article ("Le Monde", "Le Premier").
_ANY_SURNAME = "|".join(
    sorted(({ascii_fold(s) for s in SURNAMES} - {"Le"}) | set(SURNAMES), key=lambda s: (-len(s), s))
)
# A listed surname, then 1-3 capitalised words (Vietnamese syllables are short).
_VN_NAME = regex.compile(rf"\b(?:{_ANY_SURNAME})(?: \p{{Lu}}\p{{Ll}}{{0,6}}){{1,3}}\b")
_CAPITALISED_ASCII = re.compile(r"\b[A-Z][a-z]{3,}\b")


@dataclass(frozen=True, slots=True)
class Template:
    family: str  # the NTREX document id, or the sample's file stem
    lang: str  # fr | pl | vi | und
    text: str
    shared_words: tuple[str, ...] = ()  # names shared by the family's translations
    aligned: bool = False  # an NTREX document: line i of every translation says the same


@dataclass(frozen=True, slots=True)
class LinePool:
    """The lines of the aligned (NTREX) templates, by family and language: where a
    variant's replacement lines come from."""

    families: tuple[str, ...]
    lines: dict[tuple[str, str], tuple[str, ...]]

    @classmethod
    def of(cls, templates: Sequence[Template]) -> LinePool:
        aligned = [t for t in templates if t.aligned and len(_lines(t.text)) > 1]
        return cls(
            families=tuple(sorted({t.family for t in aligned})),
            lines={(t.family, t.lang): _lines(t.text) for t in aligned},
        )


def _draw(k: int, token: str, salt: str = "") -> int:
    digest = hashlib.blake2b(f"{k}\x00{salt}\x00{token}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def variant_number(raw: str, k: int) -> str:
    """The value that digits ``raw`` take in variant ``k`` (same width, same kind)."""
    n, h = int(raw), _draw(k, raw)
    if len(raw) == 4 and 1900 <= n <= 2099:
        new = 2000 + h % 36
    elif n <= 12 and len(raw) <= 2:
        new = 1 + h % 12
    elif n <= 31 and len(raw) <= 2:
        new = 13 + h % 16
    else:
        low = 10 ** (len(raw) - 1) if len(raw) > 1 else 0
        new = low + h % (10 ** len(raw) - low)
    return str(new).zfill(len(raw))


def variant_vn_name(name: str, k: int) -> str:
    """A new Vietnamese name with as many words, folded when ``name`` has no diacritics."""
    words = name.split(" ")
    h = _draw(k, ascii_fold(name), "vn")
    parts = [SURNAMES[h % len(SURNAMES)]]
    if len(words) >= 3:
        parts.append(MIDDLES[(h >> 8) % len(MIDDLES)])
    parts += [GIVENS[(h >> (16 + 8 * i)) % len(GIVENS)] for i in range(len(words) - len(parts))]
    new = " ".join(parts)
    return new if has_diacritics(name) else ascii_fold(new)


def variant_word(word: str, k: int) -> str:
    """An invented capitalised name standing for ``word`` in variant ``k``."""
    h = _draw(k, word, "word")
    count = 2 + h % 2
    syllables = [_SYLLABLES[(h >> (4 + 6 * i)) % len(_SYLLABLES)] for i in range(count)]
    return "".join(syllables).capitalize()


def dateline(template: Template, k: int) -> str:
    """A last line with a publication date distinct for every variant of a family."""
    h = _draw(0, template.family, "family")
    day = date(2015, 1, 1) + timedelta(days=(k * 131 + h) % 3650)
    if template.lang in _MONTHS:
        month = _MONTHS[template.lang][day.month - 1]
        if template.lang == "fr":
            return f"Publié le {day.day} {month} {day.year}."
        return f"Opublikowano {day.day} {month} {day.year} r."
    if template.lang == "vi":
        return f"Cập nhật ngày {day.day}/{day.month}/{day.year}."
    return day.isoformat()


def _lines(text: str) -> tuple[str, ...]:
    return tuple(text.rstrip("\n").split("\n"))


def variant_lines(template: Template, k: int, pool: LinePool) -> str:
    """The text of ``template`` with about half of its non-empty body lines replaced by
    the same line of another aligned document (``pool``), or left out when ``template``
    is not aligned; the title (first line) always stays."""
    lines = _lines(template.text)
    out = [lines[0]]
    for i, line in enumerate(lines[1:], 1):
        h = _draw(k, f"{template.family}\x00{i}", "line")
        if h % 2 == 0 or not line.strip():
            out.append(line)
        elif template.aligned and pool.families:
            donor = pool.families[(h >> 8) % len(pool.families)]
            donor_lines = pool.lines.get((donor, template.lang), lines)
            out.append(donor_lines[1 + (h >> 24) % (len(donor_lines) - 1)])
    return "\n".join(out)


def grow_lines(template: Template, k: int, pool: LinePool) -> list[str]:
    """The body lines appended to variant ``k`` of an aligned ``template`` so that its
    French translation reaches a length drawn from ``GROW_MIN_CHARS..GROW_MAX_CHARS``.

    Which lines, and how many, depend on ``(k, family)`` and the French lengths only,
    never on ``template.lang``: the three translations get the same lines."""
    if not template.aligned or not pool.families:
        return []
    base = pool.lines.get((template.family, "fr"))
    if base is None:
        return []
    span = GROW_MAX_CHARS - GROW_MIN_CHARS + 1
    target = GROW_MIN_CHARS + _draw(k, template.family, "size") % span
    size, out, j = sum(map(len, base)) + len(base), [], 0
    while size < target:
        h = _draw(k, f"{template.family}\x00{j}", "grow")
        j += 1
        donor = pool.families[(h >> 8) % len(pool.families)]
        fr = pool.lines.get((donor, "fr"))
        mine = pool.lines.get((donor, template.lang))
        if fr is None or mine is None or len(fr) < 2 or len(mine) != len(fr):
            if j > 10_000:  # no usable donor at all
                break
            continue
        n = 1 + (h >> 24) % (len(fr) - 1)
        if not fr[n].strip():
            continue
        size += len(fr[n]) + 1
        out.append(mine[n])
    return out


def make_variant(template: Template, k: int, pool: LinePool) -> str:
    """Variant ``k`` of ``template`` (see the module docstring); replacement and added
    lines come from ``pool``."""
    text = variant_lines(template, k, pool)
    grown = grow_lines(template, k, pool)
    if grown:
        text = text.rstrip("\n") + "\n" + "\n".join(grown)
    text = _VN_NAME.sub(lambda m: variant_vn_name(m.group(0), k), text)
    if template.shared_words:
        words = "|".join(map(re.escape, template.shared_words))
        text = re.sub(rf"\b(?:{words})", lambda m: variant_word(m.group(0), k), text)
    text = _DIGITS.sub(lambda m: variant_number(m.group(0), k), text)
    return text.rstrip("\n") + "\n\n" + dateline(template, k) + "\n"


def load_templates(corpus: Path, ntrex: Path | None) -> list[Template]:
    """The samples of ``corpus`` and the fra/pol/vie NTREX documents, in a fixed order."""
    templates: list[Template] = []
    for path in sorted(corpus.glob("*.txt")):
        m = re.search(r"(?:^|_)(fr|pl|vi)(?:_|$)", path.stem)
        templates.append(
            Template(path.stem, m.group(1) if m else "und", path.read_text(encoding="utf-8"))
        )
    if ntrex is None or not ntrex.is_dir():
        return templates
    first = ntrex / next(iter(NTREX_LANGS))
    for doc in sorted(p.name for p in first.glob("*.txt")):
        texts = {
            lang: (ntrex / d / doc).read_text(encoding="utf-8")
            for d, lang in NTREX_LANGS.items()
            if (ntrex / d / doc).is_file()
        }
        shared = set.intersection(*(set(_CAPITALISED_ASCII.findall(t)) for t in texts.values()))
        words = tuple(sorted(shared, key=lambda w: (-len(w), w)))
        family = doc.removesuffix(".txt")
        templates += [Template(family, lang, t, words, aligned=True) for lang, t in texts.items()]
    return templates


def iter_articles(templates: Sequence[Template], n: int) -> Iterator[tuple[str, str]]:
    """``(relative path, text)`` of articles ``0..n-1``; paths sort in article order."""
    pool = LinePool.of(templates)
    for i in range(n):
        template = templates[i % len(templates)]
        k = i // len(templates)
        rel = f"{i // FILES_PER_DIR:03d}/{i:06d}_{template.lang}_{template.family}.txt"
        yield rel, make_variant(template, k, pool)


def generate(out: Path, n: int, corpus: Path, ntrex: Path | None) -> Path:
    """Write ``n`` articles under ``out`` (replaced atomically) unless an identical corpus
    is already there; returns ``out``."""
    templates = load_templates(corpus, ntrex)
    if not templates:
        raise FileNotFoundError(f"no templates in {corpus} or {ntrex}")
    manifest = {"generator": GENERATOR_VERSION, "articles": n, "templates": _fingerprint(templates)}
    stamp = out / ".manifest.json"
    if stamp.is_file() and json.loads(stamp.read_text()) == manifest:
        return out
    tmp = out.with_name(f".{out.name}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    for rel, text in iter_articles(templates, n):
        path = tmp / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (tmp / ".manifest.json").write_text(json.dumps(manifest, sort_keys=True))
    if out.exists():
        shutil.rmtree(out)
    os.replace(tmp, out)
    return out


def _fingerprint(templates: Sequence[Template]) -> str:
    digest = hashlib.sha256()
    for t in templates:
        digest.update(f"{t.family}\x00{t.lang}\x00{t.text}\x00".encode())
    return digest.hexdigest()[:16]
