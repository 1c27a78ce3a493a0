"""Tokens and compiled title lexicons for the officials extractor.

The lexicons are read from the language modules (``pipeline.lang.fr|pl|vi``) and
compiled once per process into tries over case-folded tokens, so that
``vice-Premier ministre``, ``Stały Członek Sekretariatu`` and ``Phó Thủ tướng``
are found by one longest-match lookup in any capitalisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

import regex

from pipeline.lang import gazetteer, language_data

# Words; French elisions split off ("l'", "d'", "qu'"); a trailing "." stays apart.
# One capturing group: split() returns gap, token, gap, token, ..., gap.
_TOKEN_SPLIT = regex.compile(
    r"((?:[cdjlmnstCDJLMNST]|[qQ]u)['’](?=\p{L})|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{N}]+)*"
    r"|\p{N}+(?:[.,/]\p{N}+)*|\S)"
)


@dataclass(slots=True)
class Token:
    """One token: ``text[start:end] == surface``; ``key`` is case-folded.

    Not frozen: a frozen dataclass costs four times as much to build, and an article
    has hundreds of tokens. Tokens are never changed after :func:`tokenize` (and, being
    mutable, cannot be hashed).
    """

    surface: str
    start: int
    end: int
    key: str
    line_initial: bool


def token_key(surface: str) -> str:
    """Case-folded form with typographic apostrophes unified: ``D’État`` → ``d'état``."""
    return surface.casefold().replace("’", "'")


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with offsets; ``line_initial`` marks the first token of a line.

    >>> [t.surface for t in tokenize("l'hôpital, M. Tô Lâm")]
    ["l'", 'hôpital', ',', 'M', '.', 'Tô', 'Lâm']
    """
    # Built list-wise (an article has hundreds of tokens): offsets are running sums of
    # the part lengths, and keys are slices of the whole text's key when case folding
    # maps every character to one ("ß" → "ss" does not: then one token at a time).
    parts = _TOKEN_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts)))
    gaps, surfaces = parts[0:-1:2], parts[1::2]
    starts, ends = offsets[0:-1:2], offsets[1::2]
    folded = token_key(text)
    if len(folded) == len(text):
        keys = list(map(folded.__getitem__, map(slice, starts, ends)))
    else:
        keys = list(map(token_key, surfaces))
    initial = ["\n" in gap for gap in gaps]
    if initial:
        initial[0] = True  # the first token opens a line
    return list(map(Token, surfaces, starts, ends, keys, initial))


Trie = dict[str, "Trie"]
_END = "\x00"


def build_trie(phrases: tuple[str, ...] | frozenset[str]) -> Trie:
    """Trie over case-folded token sequences of ``phrases``.

    A hyphenated word is also entered broken at its hyphen, as pages print it across a
    line end or with a stray space ("vice- Premier ministre": ``vice`` ``-`` ``premier``).
    """
    root: Trie = {}
    for phrase in phrases:
        keys = [t.key for t in tokenize(phrase)]
        variants = [keys]
        if any("-" in k.strip("-") for k in keys):
            broken: list[str] = []
            for k in keys:
                parts = k.split("-") if "-" in k.strip("-") else [k]
                for n, part in enumerate(parts):
                    broken += ["-", part] if n else [part]
            variants.append(broken)
        for variant in variants:
            node = root
            for key in variant:
                node = node.setdefault(key, {})
            node[_END] = {}
    return root


def match_at(trie: Trie, tokens: list[Token], i: int) -> int:
    """End index (exclusive) of the longest phrase of ``trie`` starting at ``i``, or ``i``."""
    node, best, j = trie, i, i
    while j < len(tokens) and tokens[j].key in node:
        node = node[tokens[j].key]
        j += 1
        if _END in node:
            best = j
    return best


def match_ending_at(trie: Trie, tokens: list[Token], end: int, longest: int = 5) -> bool:
    """True when a phrase of ``trie`` ends exactly before index ``end``."""
    return any(match_at(trie, tokens, i) == end for i in range(max(0, end - longest), end))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The compiled officials data of one language."""

    titles: Trie
    honorifics: Trie
    non_official_cues: Trie
    place_nouns: Trie
    stop_phrases: Trie
    connectors: frozenset[str]
    complement_words: frozenset[str]
    articles: frozenset[str]
    byline_cues: frozenset[str]
    case_suffixes: tuple[str, ...]
    ner_model: str | None
    official_honorifics: Trie  # Party address: "camarade", "towarzysz", "đồng chí"
    plurals: Trie  # plural title heads, shared by the list of names after them
    prefixes: frozenset[str]  # "ancien", "quyền": may open a title
    conjunctions: frozenset[str]  # "et", "i", "và": inside lists of names or titles
    shared_by_pairs: bool  # "TITLE A và B": both hold it (no plural on titles)
    case_marks: tuple[tuple[str, str, str], ...]  # ending, case, nominative ending
    case_endings: dict[str, tuple[tuple[str, str], ...]]  # case -> (ending, nominative)
    case_cues: dict[str, str]  # title or honorific word -> case of the name after it
    stem_fixes: dict[str, str]  # stem -> nominative with its mobile vowel
    memberships: Trie  # first words of membership titles ("membre", "Ủy viên")
    of_connectors: frozenset[str]  # "des": a capitalised run after it is an institution


def gazetteer_titles(lang: str) -> tuple[str, ...]:
    """The gazetteer's titles of officials written in ``lang`` (Polish cases expanded);
    none for a language the gazetteer does not cover."""
    if lang not in gazetteer.load().languages:
        return ()
    return tuple(gazetteer.title_forms(lang))


@cache
def lexicon(lang: str) -> Lexicon:
    """Compiled lexicon of ``lang``; built once per process."""
    data = language_data(lang)
    bodies = [form for forms in data.PARTY_STATE_BODIES.values() for form in forms]
    body_words = {t.key for b in bodies for t in tokenize(b) if t.surface.islower()}
    return Lexicon(
        titles=build_trie(tuple(data.OFFICIAL_TITLES) + gazetteer_titles(lang)),
        honorifics=build_trie(data.NAME_HONORIFICS),
        non_official_cues=build_trie(data.NON_OFFICIAL_CUES),
        place_nouns=build_trie(data.NAME_PLACE_NOUNS),
        stop_phrases=build_trie(data.NAME_STOP_PHRASES),
        connectors=frozenset(token_key(c) for c in data.TITLE_CONNECTORS),
        complement_words=frozenset(token_key(w) for w in data.TITLE_COMPLEMENT_WORDS) | body_words,
        articles=frozenset(token_key(a) for a in data.TITLE_ARTICLES),
        byline_cues=frozenset(token_key(c) for c in data.BYLINE_CUES),
        case_suffixes=tuple(data.NAME_CASE_SUFFIXES),
        ner_model=data.PERSON_NER_MODEL,
        official_honorifics=build_trie(tuple(getattr(data, "OFFICIAL_HONORIFICS", ()))),
        plurals=build_trie(tuple(getattr(data, "TITLE_PLURALS", ()))),
        prefixes=frozenset(token_key(p) for p in getattr(data, "TITLE_PREFIXES", ())),
        conjunctions=frozenset(token_key(c) for c in getattr(data, "NAME_LIST_CONJUNCTIONS", ())),
        shared_by_pairs=bool(getattr(data, "TITLE_SHARED_BY_PAIRS", False)),
        case_marks=tuple(getattr(data, "NAME_CASE_MARKS", ())),
        case_endings=dict(getattr(data, "NAME_CASE_ENDINGS", {})),
        case_cues={token_key(k): v for k, v in getattr(data, "NAME_CASE_CUES", {}).items()},
        stem_fixes=dict(getattr(data, "NAME_STEM_FIXES", {})),
        memberships=build_trie(tuple(getattr(data, "MEMBERSHIP_TITLE_WORDS", ()))),
        of_connectors=frozenset(token_key(c) for c in getattr(data, "NAME_OF_CONNECTORS", ())),
    )


@cache
def person_ner(model: str):  # noqa: ANN201 - spaCy Language, imported lazily
    """The spaCy pipeline ``model`` with only NER, loaded once per process (None if absent).

    The tokenizer's big regexes (``token_match``: 1.45 MB for French, 2.3 s to compile;
    the prefix, suffix, infix and URL ones: 4 to 18 kB, 0.06 s together) are taken from
    :mod:`pipeline.lang.regexcache` when a previous process stored them.
    """
    import spacy

    from pipeline.lang import regexcache

    regexcache.preload()  # as late as possible: re's cache drops its oldest entries
    try:
        nlp = spacy.load(
            model, exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter"]
        )
    except OSError:
        return None
    for hook in ("token_match", "url_match", "prefix_search", "suffix_search", "infix_finditer"):
        compiled = getattr(getattr(nlp.tokenizer, hook, None), "__self__", None)
        if isinstance(compiled, re.Pattern):
            regexcache.remember(compiled)  # no-op when small, preloaded or stored already
    # The shared tok2vec fed only the excluded components when the NER has its own
    # embedding (as in fr_core_news_sm): same entities at half the cost per call.
    if "tok2vec" in nlp.pipe_names and not nlp.get_pipe("tok2vec").listening_components:
        nlp.disable_pipe("tok2vec")
    return nlp
