"""The gazetteer of the Vietnamese state: bodies, places and titles as data files.

The TOML files beside this module hold, keyed by English canonical name:

- ``national.toml``: Party, State, Government, the ministries and ministerial-level
  agencies of the 2025 structure (former ones with ``became``), National Assembly
  bodies, courts, the Front and mass organisations, government agencies, state groups;
- ``provinces.toml``: the 34 provinces and cities from 1 July 2025 and the 63 before,
  with the merges;
- ``local.toml``: the bodies of a province, city or commune (People's Committee,
  People's Council, Party Committee, police, departments of every sector…), named with
  the place that follows them;
- ``plural.toml``: generic plural bodies ("các bộ, ngành, địa phương"), read as lists of
  units whose types give the name, plural bodies with one name, and blockers;
- ``titles.toml``: the titles of each kind of body, in every language;
- ``languages.toml``: connectors, fallback place pattern, Polish endings and nouns.

:func:`matcher` compiles one language into three alternations (national bodies as a
trie, local bodies with their places, generic plurals); matching runs on folded,
lower-cased text of the same length, so offsets are those of the text.
"""

from __future__ import annotations

import json
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path

import regex

from pipeline import buildcache
from pipeline.lang import regexcache
from pipeline.textnorm import ascii_fold

HERE = Path(__file__).parent
LANGS = ("fr", "pl", "vi")


# ------------------------------------------------------------------ data classes


@dataclass(frozen=True, slots=True)
class Body:
    """A national or plural body: ``forms[lang]`` are the forms as written in the data."""

    name: str
    kind: str
    forms: dict[str, tuple[str, ...]]
    titles: tuple[str, ...] = ()
    status: str = "current"
    became: str | None = None


@dataclass(frozen=True, slots=True)
class Province:
    """A province or centrally-run city (``type`` "province" or "city")."""

    name: str
    vi: str
    type: str
    status: str
    merged_into: str | None = None
    absorbed: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LocalBody:
    """A body of a place: ``forms[lang][level]`` (level "province", "city", "commune",
    "ward" or "any")."""

    kind: str
    template: str
    bare: str
    forms: dict[str, dict[str, tuple[str, ...]]]
    titles: tuple[str, ...] = ()
    status: str = "current"
    became: str | None = None


@dataclass(frozen=True, slots=True)
class Title:
    """A title of officials: ``forms[lang]`` as written in the data."""

    name: str
    forms: dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Everything the data files hold."""

    bodies: dict[str, Body]
    provinces: dict[str, Province]
    local: tuple[LocalBody, ...]
    titles: dict[str, Title]
    kind_titles: dict[str, tuple[str, ...]]
    levels: dict[str, str]
    #: The noun of each level, for bodies named by their place alone ("Lao Cai Province").
    place_nouns: dict[str, str]
    languages: dict[str, dict]
    plural: dict
    blockers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: A ministry's short name per language, as written after a plural head that lists
    #: several ("các Bộ: Y tế, Tài chính", "ministères de la Santé et des Finances"):
    #: ``{lang: ((form, ministry name), …)}``, each ministry's forms without the
    #: language's ``ministry_word`` (languages.toml).
    ministry_short: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)


def _short_forms(forms: Iterable[str], conf: dict) -> list[str]:
    """A ministry's forms without the language's ``ministry_word``: "Bộ Y tế" → "Y tế"."""
    word = conf["ministry_word"]
    return [form[len(word) :] for form in forms if form.startswith(word)]


def _minister_forms(shorts: Iterable[str], conf: dict) -> list[str]:
    """The ministry named by its minister ("au ministre de l'Intérieur de…", "ministrowi
    Zdrowia"): the language's ``minister_words`` before each short name."""
    return [f"{minister} {short}" for minister in conf["minister_words"] for short in shorts]


def _read(name: str) -> dict:
    with (HERE / name).open("rb") as f:
        return tomllib.load(f)


def _forms(entry: dict, prefix: str = "") -> dict[str, tuple[str, ...]]:
    return {lang: tuple(entry.get(prefix + lang, ())) for lang in LANGS}


@cache
def load() -> Gazetteer:
    """The gazetteer, read once (``ValueError`` when a file contradicts itself)."""
    national, plural, local, titles_file = (
        _read("national.toml"),
        _read("plural.toml"),
        _read("local.toml"),
        _read("titles.toml"),
    )
    languages = _read("languages.toml")
    bodies: dict[str, Body] = {}
    ministry_short: dict[str, list[tuple[str, str]]] = {lang: [] for lang in LANGS}
    for entry in national["body"] + plural["body"]:
        forms = _forms(entry)
        if entry["kind"] == "ministry":
            for lang in LANGS:
                shorts = _short_forms(forms[lang], languages[lang])
                ministry_short[lang] += [(short, entry["name"]) for short in shorts]
                forms[lang] = (*forms[lang], *_minister_forms(shorts, languages[lang]))
        body = Body(
            name=entry["name"],
            kind=entry["kind"],
            forms=forms,
            titles=tuple(entry.get("titles", ())),
            status=entry.get("status", "current"),
            became=entry.get("became"),
        )
        if body.name in bodies:
            raise ValueError(f"gazetteer: body {body.name!r} twice")
        bodies[body.name] = body
    provinces = {
        p["name"]: Province(
            name=p["name"],
            vi=p["vi"],
            type=p["type"],
            status=p["status"],
            merged_into=p.get("merged_into"),
            absorbed=tuple(p.get("absorbed", ())),
            forms=tuple(p.get("forms", ())),
        )
        for p in _read("provinces.toml")["province"]
    }
    heads = [
        LocalBody(
            kind=e["kind"],
            template=e["template"],
            bare=e["bare"],
            forms={lang: {lvl: tuple(f) for lvl, f in e.get(lang, {}).items()} for lang in LANGS},
            titles=tuple(e.get("titles", ())),
        )
        for e in local["local"]
    ]
    dept_titles = tuple(local["department_titles"]["titles"])
    for dept in local["department"]:
        became = dept.get("became")
        dept_name = f"Department of {became or dept['name']}"
        if dept.get("vi") or dept.get("fr") or dept.get("pl"):
            heads.append(
                LocalBody(
                    kind="department",
                    template="{place} " + dept_name,
                    bare=dept_name,
                    forms={
                        lang: {
                            "any": tuple(
                                p.replace("{x}", x)
                                for p in local["department_forms"][lang]
                                for x in dept.get(lang, ())
                            )
                        }
                        for lang in LANGS
                    },
                    titles=dept_titles,
                    status=dept.get("status", "current"),
                    became=became,
                )
            )
        if any(dept.get(f"sector_{lang}") for lang in LANGS):
            sector = dept.get("sector", f"{dept['name']} sector")
            heads.append(
                LocalBody(
                    kind="sector",
                    template="{place} " + sector,
                    bare=sector,
                    forms={
                        lang: {
                            "any": tuple(
                                p.replace("{x}", x)
                                for p in local["sector_forms"][lang]
                                for x in dept.get(f"sector_{lang}", ())
                            )
                        }
                        for lang in LANGS
                    },
                )
            )
    titles = {
        name: Title(name=name, forms=_forms(entry)) for name, entry in titles_file["title"].items()
    }
    kind_titles = {k: tuple(v) for k, v in titles_file["kinds"].items()}
    blockers: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for entry in plural.get("blocker", ()):
        for lang in LANGS:
            blockers[lang] += entry.get(lang, ())
    gaz = Gazetteer(
        bodies=bodies,
        provinces=provinces,
        local=tuple(heads),
        titles=titles,
        kind_titles=kind_titles,
        levels=dict(local["levels"]),
        place_nouns=dict(local["place_nouns"]),
        languages=languages,
        plural=plural,
        blockers={k: tuple(v) for k, v in blockers.items()},
        ministry_short={k: tuple(v) for k, v in ministry_short.items()},
    )
    _check(gaz)
    return gaz


def _check(gaz: Gazetteer) -> None:
    for body in gaz.bodies.values():
        if body.became is not None and body.became not in gaz.bodies:
            raise ValueError(f"gazetteer: {body.name!r} became unknown {body.became!r}")
        for t in body_titles(body.name, gaz):
            if t not in gaz.titles:
                raise ValueError(f"gazetteer: {body.name!r} has unknown title {t!r}")
    for head in gaz.local:
        for t in head.titles:
            if t not in gaz.titles:
                raise ValueError(f"gazetteer: {head.bare!r} has unknown title {t!r}")
    for p in gaz.provinces.values():
        for other in (p.merged_into, *p.absorbed):
            if other is not None and other not in gaz.provinces:
                raise ValueError(f"gazetteer: province {p.name!r} refers to {other!r}")


# ------------------------------------------------------------------ queries


def bodies(kind: str | None = None, *, current_only: bool = False) -> list[Body]:
    """National and plural bodies, of one ``kind`` if given."""
    return [
        b
        for b in load().bodies.values()
        if (kind is None or b.kind == kind) and not (current_only and b.status == "former")
    ]


def successor(name: str) -> str:
    """The body of 2025 that ``name`` became (itself when it still exists).

    >>> successor("Ministry of Planning and Investment")
    'Ministry of Finance'
    """
    seen = set()
    bodies_ = load().bodies
    while name in bodies_ and bodies_[name].became and name not in seen:
        seen.add(name)
        name = bodies_[name].became  # type: ignore[assignment]
    return name


def province(name: str) -> Province | None:
    """The province or city of that English name."""
    return load().provinces.get(name)


def current_province(name: str) -> str | None:
    """The unit of 1 July 2025 that holds the province ``name``.

    >>> current_province("Tra Vinh"), current_province("Hanoi")
    ('Vinh Long', 'Hanoi')
    """
    p = load().provinces.get(name)
    if p is None:
        return None
    return p.merged_into or p.name


def body_titles(name: str, gaz: Gazetteer | None = None) -> tuple[str, ...]:
    """English titles of the officials of body ``name`` (national, plural or a local
    body's bare name such as ``Department of Health``)."""
    gaz = gaz or load()
    body = gaz.bodies.get(name)
    if body is not None:
        return body.titles or gaz.kind_titles.get(body.kind, ())
    for head in gaz.local:
        if head.bare.replace("{level} ", "") == name or head.bare == name:
            return head.titles or gaz.kind_titles.get(head.kind, ())
    return ()


@cache
def title_forms(lang: str) -> dict[str, str]:
    """Every written form of every title in ``lang`` (Polish cases expanded), lower-cased
    → English title: ``{"thứ trưởng": "Deputy Minister", …}``."""
    out: dict[str, str] = {}
    for title in load().titles.values():
        for form in title.forms.get(lang, ()):  # none for a language without forms
            for surface in expand(form, lang):
                out.setdefault(surface.lower(), title.name)
    return out


# ------------------------------------------------------------------ forms

_NOUN = re.compile(r"~(\w+)")
_ENDING = re.compile(r"(\w*)<(\w+)>")


def expand(form: str, lang: str) -> list[str]:
    """Every string a data form stands for.

    >>> expand("Ministerstw<neut_o> Zdrowia", "pl")[:3]
    ['Ministerstwo Zdrowia', 'Ministerstwa Zdrowia', 'Ministerstwu Zdrowia']
    >>> expand("{các |}bộ, ngành{,| và} địa phương", "vi")[0]
    'các bộ, ngành, địa phương'
    """
    return list(dict.fromkeys(_braces(_sugar(form, lang))))


def _sugar(form: str, lang: str) -> str:
    """``~noun`` and ``stem<class>`` written out as ``{a|b|c}``."""
    data = load().languages.get(lang, {})
    nouns, endings = data.get("nouns", {}), data.get("endings", {})

    def noun(m: re.Match[str]) -> str:
        word = m.group(1)
        cases = nouns.get(word.lower())
        if cases is None:
            raise ValueError(f"gazetteer: no noun {word!r} for {lang}")
        if word[:1].isupper():
            cases = [c[:1].upper() + c[1:] for c in cases]
        return "{" + "|".join(cases) + "}"

    def ending(m: re.Match[str]) -> str:
        cls = endings.get(m.group(2))
        if cls is None:
            raise ValueError(f"gazetteer: no ending class {m.group(2)!r} for {lang}")
        return m.group(1) + "{" + "|".join(cls) + "}"

    return _ENDING.sub(ending, _NOUN.sub(noun, form))


_BRACE = re.compile(r"[{}|]")


def _group(form: str, start: int) -> tuple[list[str], int]:
    """The top-level alternatives of the ``{…}`` opening at ``start``, and its end."""
    depth, parts, last = 0, [], start + 1
    for m in _BRACE.finditer(form, start):
        ch, i = m.group(), m.start()
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                parts.append(form[last:i])
                return parts, i
        elif depth == 1:
            parts.append(form[last:i])
            last = i + 1
    raise ValueError(f"gazetteer: unbalanced braces in {form!r}")


def _braces(form: str) -> list[str]:
    start = form.find("{")
    if start < 0:
        return [form]
    parts, end = _group(form, start)
    head, tails = form[:start], _braces(form[end + 1 :])
    return [head + alt + tail for part in parts for alt in _braces(part) for tail in tails]


def _seq_atoms(form: str) -> list[str]:
    """Regex atoms of a form with ``{…}`` groups kept as one atom each (so a trie of
    forms grows with the forms, not with their expansions)."""
    out: list[str] = []
    start = form.find("{")
    if start < 0:
        return list(_atoms(_norm(form)))
    parts, end = _group(form, start)
    alts = sorted({"".join(_seq_atoms(p)) for p in parts}, key=lambda a: (-len(a), a))
    out += _atoms(_norm(form[:start]))
    out.append("(?:" + "|".join(alts) + ")")
    return out + _seq_atoms(form[end + 1 :])


def form_atoms(form: str, lang: str) -> list[tuple[str, ...]]:
    """The regex atom sequences of a data form (see :func:`trie_pattern`): written out
    when it stands for few strings (a trie of literals matches the longest), with its
    ``{…}`` groups kept as atoms otherwise (Polish cases)."""
    form = _sugar(form, lang).strip()
    expanded = _braces(form)
    if len(expanded) <= 12:
        return [_atoms(_norm(x).strip()) for x in dict.fromkeys(expanded)]
    return [tuple(_seq_atoms(form))]


# ------------------------------------------------------------------ folding


# Folded text is scanned by ``re`` and by ``regex``, which disagree on a few characters
# being ``\w`` (combining marks: ``regex`` only; ``½``, ``²``: ``re`` only). Such a
# character is never part of a name, so it folds to a stand-in that both engines read
# as ``regex`` reads the original: every match is the same in both engines.
_RE_WORD = re.compile(r"\w")
_REGEX_WORD = regex.compile(r"\w")
_WORD_STAND_IN, _NON_WORD_STAND_IN = "\u01c2", "\x00"  # ǂ (a letter), NUL


class _FoldMap(dict):
    r"""``str.translate`` table: every character to one folded lower-case character,
    ``\w`` alike for ``re`` and ``regex``."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch.isspace():
            out = "\n" if ch in "\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85" else " "
        elif ch in "’‘`´ʼ":
            out = "'"
        elif ch in "‐‑‒–—―":
            out = "-"
        else:
            low = ch.lower()
            low = low if len(low) == 1 else ch
            folded = ascii_fold(low)
            if len(folded) != 1:
                folded = unicodedata.normalize("NFC", folded)
            out = folded if len(folded) == 1 else low
        if bool(_RE_WORD.match(out)) != bool(_REGEX_WORD.match(out)):
            out = _WORD_STAND_IN if _REGEX_WORD.match(out) else _NON_WORD_STAND_IN
        self[code] = out
        return out


_FOLD = _FoldMap()


@lru_cache(maxsize=8)
def folded(text: str) -> str:
    """``text`` folded, lower-cased, same length: ``Bộ Y tế`` → ``bo y te`` (spaces
    read as one space, line breaks kept: no name runs over a line)."""
    return text.translate(_FOLD)


_SEP = re.compile(r"\s*-\s*|\s+")
_PUNCT = re.compile(r"\s*([,;.&])\s*")
_APOS = re.compile(r"'\s*")


def _norm(text: str) -> str:
    text = _SEP.sub(" ", text.translate(_FOLD))
    return _APOS.sub("'", _PUNCT.sub(r"\1 ", text))


def key(text: str) -> str:
    """The lookup key of a folded form or matched span: one space between words,
    none before punctuation."""
    return " ".join(_norm(text).split())


def form_keys(form: str, lang: str) -> list[str]:
    """The lookup keys of every expansion of a data form (= ``key`` of each)."""
    return list(dict.fromkeys(" ".join(s.split()) for s in _braces(_norm(_sugar(form, lang)))))


class _AtomMap(dict):
    """Each character of a key to its regex atom (escaped; a space reads as spaces or
    hyphens)."""

    def __missing__(self, ch: str) -> str:
        if ch in ",;.&":
            out = " *" + regex.escape(ch) + " *"
        elif ch == " ":
            out = "[ \\-]+"
        elif ch == "'":
            out = "' *"
        else:
            out = regex.escape(ch)
        self[ch] = out
        return out


_ATOM = _AtomMap()


def _atoms(k: str) -> tuple[str, ...]:
    atom = _ATOM
    out: list[str] = []
    skip = False
    for ch in k:
        if skip:  # the space after punctuation is in the punctuation's atom
            skip = False
            if ch == " ":
                continue
        out.append(atom[ch])
        skip = ch in ",;.&"
    return tuple(out)


def trie_pattern(seqs: Iterable[str | tuple[str, ...]]) -> str:
    """One regular expression matching every key (as :func:`key` writes them) or atom
    sequence (:func:`form_atoms`), the longest first: a trie, so its size grows with
    the text of the keys, not their number."""
    root: dict = {}
    for seq in sorted(seqs):  # the same pattern text in every process
        node = root
        for atom in _atoms(seq) if isinstance(seq, str) else seq:
            node = node.setdefault(atom, {})
        node[""] = {}

    depths: dict[int, int] = {}

    def depth(node: dict) -> int:
        if id(node) not in depths:
            depths[id(node)] = max((1 + depth(child) for child in node.values()), default=0)
        return depths[id(node)]

    def emit(node: dict) -> str:
        # the deepest path first: two atoms may match the same text (a group and a
        # literal, "firm{y|om|ami|ach}" written out and "firm{y|om|ami} budowlan<adj>"
        # kept as a group), and the first that leads to a match wins; on a tie, literal
        # atoms before groups (a group may match nothing)
        items = sorted((a for a in node if a), key=lambda a: (-depth(node[a]), a.startswith("(?:")))
        alts = [atom + emit(node[atom]) for atom in items]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return emit(root) or "(?!)"


# ------------------------------------------------------------------ matching


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str | None  # None: a blocker, matched and dropped
    capital: bool  # the text must start with a capital letter
    upper: bool  # an abbreviation: the text must have no lower-case letter


@dataclass(frozen=True, slots=True)
class _Head:
    template: str
    bare: str
    level: str | None
    capital: bool
    upper: bool


def _flags(form: str, capital_initial: bool) -> tuple[bool, bool]:
    letters = [c for c in form if c.isalpha()]
    upper = len(letters) >= 2 and not any(c.islower() for c in letters)
    return capital_initial and form[:1].isupper(), upper


def _merge(table: dict, k: str, value) -> None:
    old = table.get(k)
    if old is None:
        table[k] = value
    elif old.capital and not value.capital or old.upper and not value.upper:
        table[k] = type(old)(
            **{
                **{s: getattr(old, s) for s in old.__slots__},
                "capital": old.capital and value.capital,
                "upper": old.upper and value.upper,
            }
        )


def _tables(lang: str) -> dict:
    """What :class:`Matcher` needs of ``lang``, built from the data: every form's lookup
    keys (Polish cases expanded) and the pattern texts, as JSON values. The slow part of
    a matcher (0.1 to 0.3 s per language), hence kept by :mod:`pipeline.buildcache`."""
    gaz = load()
    conf = gaz.languages[lang]
    cap = bool(conf.get("capital_initial"))
    # national bodies, plural bodies with one name, blockers
    national: dict[str, _Entry] = {}
    seqs: set[tuple[str, ...]] = set()
    suffixes = conf.get("suffixes", {})
    for body in gaz.bodies.values():
        name = successor(body.name)
        extra = suffixes.get(body.kind, ())
        tail = "{" + "".join(" " + x + "|" for x in extra) + "}" if extra else ""
        forms = [f + tail for f in body.forms[lang]]
        for form in forms:
            c, u = _flags(form, cap)
            seqs.update(form_atoms(form, lang))
            for k in form_keys(form, lang):
                _merge(national, k, _Entry(name, c, u))
    for form in gaz.blockers[lang]:
        seqs.update(form_atoms(form, lang))
        for k in form_keys(form, lang):
            national[k] = _Entry(None, False, False)
    # local bodies and places
    heads: dict[str, _Head] = {}
    head_seqs: set[tuple[str, ...]] = set()
    for head in gaz.local:
        for level, forms in head.forms[lang].items():
            for form in forms:
                c, u = _flags(form, cap)
                lvl = None if level == "any" else level
                head_seqs.update(form_atoms(form, lang))
                for k in form_keys(form, lang):
                    _merge(heads, k, _Head(head.template, head.bare, lvl, c, u))
    places: dict[str, str] = {}
    for p in gaz.provinces.values():
        for form in (p.vi, p.name, *p.forms):
            places.setdefault(key(form), p.name)
    conns = [key(c) for c in conf["connectors"] if key(c)]
    conn_re = "(?:[ \\-]+(?:" + trie_pattern(conns) + ")[ \\-]*|[ \\-]+| *\\. *)"
    local_pattern = (
        r"\b(?P<head>" + trie_pattern(head_seqs) + r")"
        r"(?:" + conn_re + r"?(?<!\w)(?P<place>" + trie_pattern(places) + r")(?!\w))?"
        r"(?!\w)"
    )
    return {
        "national": _shared_values(national),
        "national_pattern": r"\b(?:" + trie_pattern(seqs) + r")(?!\w)",
        **_ministry_list_tables(gaz, lang),
        "heads": _shared_values(heads),
        "places": places,
        "connector_pattern": conn_re,
        "local_pattern": local_pattern,
        **_plural_tables(gaz.plural[lang], lang),
    }


def _ministry_list_tables(gaz: Gazetteer, lang: str) -> dict:
    """The ministry lists' part of :func:`_tables`: a plural head and its first short name
    (``list_pattern``), a separator and the next one (``list_next_pattern``), and each
    short name's ministry (``list_items``)."""
    items: dict[str, str] = {}
    for form, ministry in gaz.ministry_short[lang]:
        for k in form_keys(form, lang):
            items.setdefault(k, successor(ministry))
    heads = [
        k for f in gaz.languages[lang].get("ministry_list_heads", ()) for k in form_keys(f, lang)
    ]
    seps = [k for f in gaz.plural[lang]["separators"] for k in form_keys(f, lang) if k]
    item = r"(?P<item>" + trie_pattern(items) + r")(?!\w)"
    return {
        "list_items": items,
        "list_pattern": r"\b(?:" + trie_pattern(heads) + r") *:? *" + item if heads else "(?!)",
        "list_next_pattern": r" *(?:" + trie_pattern(seps) + r") *" + item,
    }


def _plural_tables(conf: dict, lang: str) -> dict:
    """The generic plurals' part of :func:`_tables`."""

    def keys(forms: Iterable[str]) -> list[str]:
        return [k for f in forms for k in form_keys(f, lang)]

    def pattern(forms: Iterable[str]) -> str:
        return trie_pattern({seq for f in forms for seq in form_atoms(f, lang)})

    unit_types: dict[str, str] = {}
    for t in ("M", "A", "L", "P", "C", "D", "E"):
        for k in keys(conf.get(t, ())):
            unit_types.setdefault(k, t)
    seps = []
    for s in conf["separators"]:
        k = key(s)
        atoms = "".join(_atoms(k))
        seps.append((" *" + atoms + " *") if k[:1] in ",;" else ("[ ]+" + atoms + "[ ]+"))
    sep = "(?:" + "|".join(sorted(seps, key=len, reverse=True)) + ")"
    art, pre, post = (conf.get(k, ()) for k in ("article", "pre", "post"))
    units = [f for t in ("M", "A", "L", "P", "C", "D", "E") for f in conf.get(t, ())]
    unit = (
        (r"(?:(?:" + pattern(art) + r")[ ]+)?" if art else "")
        + (r"(?:(?P<mod>" + pattern(pre) + r")[ ]+)?" if pre else "")
        + r"(?P<w>"
        + pattern(units)
        + r")"
        + (r"(?:[ ]+(?P<mod>" + pattern(post) + r"))?" if post else "")
    )
    generic = (
        r"\b(?:(?P<lead>"
        + pattern(conf.get("lead", ()))
        + r")[ ]+)?"
        + unit
        + r"(?:"
        + sep
        + unit
        + r")*(?!\w)"
    )
    return {
        "unit_types": unit_types,
        "alone": sorted(set(keys(conf.get("alone", ())))),
        "no_name_after": sorted(set(keys(conf.get("no_name_after", ())))),
        "generic_pattern": generic,
    }


def _shared_values(table: dict) -> dict:
    """``{key: entry}`` as JSON: each distinct entry once, and each key's index into them."""
    values: dict[tuple, int] = {}
    index = {k: values.setdefault(tuple(getattr(v, s) for s in v.__slots__), len(values))
             for k, v in table.items()}  # fmt: skip
    return {"values": list(values), "index": index}


def _from_shared(cls: type, stored: dict) -> dict:
    values = [cls(*v) for v in stored["values"]]
    return {k: values[i] for k, i in stored["index"].items()}


@cache
def _tables_key() -> str:
    """What :func:`_tables` depends on: this package (code and data), the language
    modules, the folding, and ``regex`` (its ``escape``)."""
    here = Path(__file__).resolve().parent
    textnorm = here.parent.parent / "textnorm.py"
    return buildcache.digest(here.parent, textnorm, regex.__version__)


def stored_tables(lang: str) -> dict:
    """:func:`_tables` of ``lang``, from the build cache when an earlier process stored
    it (decoded from the same JSON either way, so both read alike)."""
    blob = buildcache.cached(
        f"gazetteer-{lang}", _tables_key(), lambda: json.dumps(_tables(lang)).encode()
    )
    return json.loads(blob)


class Matcher:
    """The compiled gazetteer of one language."""

    def __init__(self, lang: str) -> None:
        gaz = load()
        tables = stored_tables(lang)
        self.lang = lang
        self.levels = gaz.levels
        self.place_nouns = gaz.place_nouns
        self.national: dict[str, _Entry] = _from_shared(_Entry, tables["national"])
        self.national_pattern: str = tables["national_pattern"]
        self.heads: dict[str, _Head] = _from_shared(_Head, tables["heads"])
        self.places: dict[str, Province] = {
            k: gaz.provinces[name] for k, name in tables["places"].items()
        }
        self.local_pattern: str = tables["local_pattern"]
        self.conn_re = regex.compile(tables["connector_pattern"])
        self.place_fallback = regex.compile(gaz.languages[lang]["place_fallback"])
        # generic plurals
        self.unit_types: dict[str, str] = tables["unit_types"]
        self.alone = set(tables["alone"])
        self.no_name_after = set(tables["no_name_after"])
        self.needs_modifier = set(gaz.plural.get("needs_modifier", ()))
        self.combinations = [(frozenset(c["all"]), c["name"]) for c in gaz.plural["combination"]]
        self.generic_re = regex.compile(tables["generic_pattern"])
        # lists of ministries under one plural head
        self.list_items: dict[str, str] = tables["list_items"]
        self.list_re = regex.compile(tables["list_pattern"])
        self.list_next_re = regex.compile(tables["list_next_pattern"])

    # The two big alternations are scanned by CPython's ``re``, about 6x faster than
    # the ``regex`` module on them (0.2 instead of 1.3 ms per 7 kB article); the folded
    # text they scan reads the same in both engines (see ``_FoldMap``). Their code is
    # kept in the regex cache: 0.15 s less at every start.
    @cached_property
    def national_re(self) -> re.Pattern[str]:
        return regexcache.compile_cached(self.national_pattern)

    @cached_property
    def local_re(self) -> re.Pattern[str]:
        return regexcache.compile_cached(self.local_pattern)

    # ---------------------------------------------------------------- finding

    def find(self, text: str, start: int = 0, end: int | None = None):
        """``(start, -end, rank, name or None)`` of every candidate in ``text[start:end]``."""
        end = len(text) if end is None else end
        low = folded(text)
        out: list[tuple[int, int, int, str | None]] = []
        for m in self.national_re.finditer(low, start, end):
            entry = self.national.get(key(m.group()))
            if entry is not None and self._ok(text, m.start(), m.end(), entry):
                out.append((m.start(), -m.end(), 0, entry.name))
        for m in self.local_re.finditer(low, start, end):
            found = self._local(text, low, m, end)
            if found is not None:
                out.append(found)
        for m in self.generic_re.finditer(low, start, end):
            found = self._generic(text, m)
            if found is not None:
                out.append(found)
        for m in self.list_re.finditer(low, start, end):
            out.extend(self._ministry_list(low, m, end))
        return out

    def _ministry_list(self, low: str, m, end: int) -> list[tuple]:
        """ "các Bộ: Y tế, Tài chính và Xây dựng" → one span per ministry (the first one
        holds the head), so that each is an addressee of its own; a single name after a
        plural head is no list."""
        spans = [(m.start(), m.end(), m.group("item"))]
        while nxt := self.list_next_re.match(low, spans[-1][1], end):
            spans.append((nxt.start("item"), nxt.end(), nxt.group("item")))
        if len(spans) < 2:
            return []
        return [(s, -e, 0, self.list_items[key(item)]) for s, e, item in spans]

    @staticmethod
    def _ok(text: str, s: int, e: int, entry) -> bool:
        if entry.capital and not text[s].isupper():
            return False
        return not (entry.upper and any(c.islower() for c in text[s:e]))

    def _local(self, text: str, low: str, m, end: int) -> tuple | None:
        head = self.heads.get(key(m.group("head")))
        if head is None or not self._ok(text, m.start(), m.end("head"), head):
            return None
        place_name, place_type, stop = None, None, m.end()
        if m.group("place") is not None:
            p = self.places.get(key(m.group("place")))
            if p is not None:
                place_name, place_type = p.name, p.type
        else:
            c = self.conn_re.match(low, m.end("head"), end)
            if c is not None and not self.national_re.match(low, c.end(), end):
                f = self.place_fallback.match(text, c.end(), end)
                if f is not None:
                    place_name, stop = _title(f.group()), f.end()
        if not head.bare and place_type is None:
            return None  # a body named by its place alone needs a known province or city
        level = head.level
        if level not in ("commune", "ward") and place_type is not None:
            level = place_type
        words = self.levels.get(level or "", "")
        if place_name:
            noun = self.place_nouns.get(level or "", "")
            name = head.template.format(place=place_name, level=words, noun=noun)
        else:
            name = head.bare.format(level=words)
        return (m.start(), -stop, 1, " ".join(name.split()))

    def _generic(self, text: str, m):
        low = folded(text)
        mods = {ms: me for ms, me in m.spans("mod")}
        words = []
        for ws, we in m.spans("w"):
            # "oddziały terenowe" is a unit of its own, not "oddziały" + modifier
            nxt = next((me for ms, me in mods.items() if we < ms <= we + 2), None)
            whole = key(low[ws:nxt]) if nxt is not None else None
            words.append(whole if whole in self.unit_types else key(low[ws:we]))
        types = [self.unit_types.get(w) for w in words]
        if None in types:
            return None
        e = m.end()
        if words[-1] in self.no_name_after and regex.match(r"\s+\p{Lu}", text[e : e + 3]):
            if len(words) == 1:
                return None
            types = types[:-1]
        mod = bool(m.captures("mod"))
        if not (m.group("lead") or len(words) > 1 or self.alone & set(words) or mod):
            return None
        if len(set(types)) == 1 and types[0] in self.needs_modifier and not mod:
            return None
        present = set(types)
        for need, name in self.combinations:
            if need <= present:
                return (m.start(), -e, 2, name)
        return None


def _title(raw: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in ascii_fold(raw).split())


@cache
def matcher(lang: str) -> Matcher:
    """The compiled gazetteer of ``lang``: a matcher that finds nothing for a language
    with language data but no forms here (a new language names no body until its forms
    are added); ``KeyError`` for a language without data."""
    if lang not in load().languages:
        from pipeline.lang import SUPPORTED  # noqa: PLC0415 - the package imports this one

        if lang in SUPPORTED:
            return NoBodies(lang)  # type: ignore[return-value]
        raise KeyError(f"no gazetteer for {lang!r}")
    return Matcher(lang)


class NoBodies:
    """The gazetteer of a language without forms: it finds no body."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def find(self, text: str, start: int = 0, end: int | None = None) -> list:
        return []
