"""The contract of a language module: every name the engines read, typed, with defaults.

A language module (``pipeline/lang/<code>.py``, or a ``<code>.py`` in a folder of
``PIPELINE_LANG_PATH``) states only the names where it differs from the defaults below;
:func:`load_language` reads it into a frozen :class:`LanguageData`, checking on the way
that every name is known (a typo is an error, not a silently ignored setting), that every
value has its type and that every regex compiles. An error names the file and the field.

Defaults are neutral: a cue regex that never matches (``(?!)``), an empty word list. A
language without ``OBLIGATION_CUES`` has no contract: it is the one required name.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from types import ModuleType
from typing import Any

import regex

#: A regex that never matches: the default of every cue.
NEVER = r"(?!)"
#: Kinds of obligation cues (``OBLIGATION_CUES``), as read by ``article/obligations.py``.
CUE_KINDS = frozenset(
    {"passive", "subject", "impersonal", "object", "future", "first_person", "speech",
     "assign", "tasks"}
)  # fmt: skip
#: Relations of deadline cues (``DEADLINE_CUES``).
DEADLINE_RELATIONS = frozenset({"before", "by", "in"})
#: Placeholders that ``article/date_grammar.py`` fills in a date template.
_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


class LanguageDataError(ValueError):
    """A language module that breaks the contract; the message names file and field."""


def _f(default: Any, check: str, doc: str = "") -> Any:
    """A field with its default (copied for mutable ones) and how it is checked."""
    meta = {"check": check, "doc": doc}
    if isinstance(default, dict):
        return field(default_factory=lambda: dict(default), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class LanguageData:
    """Everything the engines know of one language. Attribute names are those of the
    language modules; see ``fr.py`` for what each one means, with examples."""

    code: str
    source: str

    # ---- sentences (article/sentences.py)
    SENTENCE_ABBREVIATIONS: frozenset[str] = _f(frozenset(), "words")

    # ---- dates (article/date_grammar.py)
    DATE_MONTHS: dict[str, int] = _f({}, "word_ints")
    DATE_ORDINALS: dict[str, int] = _f({}, "word_ints")
    DATE_PATTERNS: tuple[str, ...] = _f((), "templates")
    DATE_RELATIVE: dict[str, int] = _f({}, "word_ints")
    DATE_NOT_AFTER: str = _f(NEVER, "regex")

    # ---- decrees (article/decrees.py)
    DECREE_ISSUE_LINKS: tuple[str, ...] = _f((NEVER,), "regexes")
    DECREE_ISSUE_VERBS: str = _f(NEVER, "regex")
    DECREE_ISSUER_PHRASE: str = _f(NEVER, "regex")
    # a type and an issuer that never match: no document is named by type without its code
    DECREE_NAMED_TYPES: dict[str, str] = _f({"NQ": NEVER}, "regex_values")
    DECREE_NAMED_PREFIX: str = _f(NEVER, "regex")
    DECREE_NAMED_ISSUERS: dict[str, str] = _f({"TW": NEVER}, "regex_values")
    #: The word for a law right before a National Assembly number ("Luật số 56/2024/QH15").
    DECREE_LAW_WORDS: str = _f(NEVER, "regex")
    #: Abbreviations whose full stop ends no sentence before a decree's issue date.
    DECREE_ABBREVIATIONS: tuple[str, ...] = _f((), "words")

    # ---- deadlines (article/deadlines.py)
    DEADLINE_CUES: tuple[tuple[str, str], ...] = _f((("by", NEVER),), "deadline_cues")
    DEADLINE_FILLERS: tuple[str, ...] = _f((), "regexes")
    DEADLINE_BLOCKERS: tuple[str, ...] = _f((), "regexes")
    DEADLINE_ABBREVIATIONS: tuple[str, ...] = _f((), "words")
    COMPLETION_VERBS: tuple[str, ...] = _f((NEVER,), "regexes")
    COMPLETION_PAST_BEFORE: tuple[str, ...] = _f((), "regexes")
    COMPLETION_PAST_FORMS: tuple[str, ...] = _f((), "regexes")

    # ---- officials (lang/titles.py)
    OFFICIAL_TITLES: tuple[str, ...] = _f((), "words")
    TITLE_PLURALS: tuple[str, ...] = _f((), "words")
    TITLE_SHARED_BY_PAIRS: bool = _f(False, "bool")
    TITLE_PREFIXES: tuple[str, ...] = _f((), "words")
    NAME_LIST_CONJUNCTIONS: tuple[str, ...] = _f((), "words")
    MEMBERSHIP_TITLE_WORDS: tuple[str, ...] = _f((), "words")
    TITLE_CONNECTORS: frozenset[str] = _f(frozenset(), "words")
    NAME_OF_CONNECTORS: tuple[str, ...] = _f((), "words")
    TITLE_COMPLEMENT_WORDS: frozenset[str] = _f(frozenset(), "words")
    PARTY_STATE_BODIES: dict[str, tuple[str, ...]] = _f({}, "word_lists")
    NAME_HONORIFICS: tuple[str, ...] = _f((), "words")
    OFFICIAL_HONORIFICS: tuple[str, ...] = _f((), "words")
    TITLE_ARTICLES: frozenset[str] = _f(frozenset(), "words")
    #: Words that make the office after them a deputy's ("Phó Thủ tướng" is not "Thủ
    #: tướng"), lower case, accents folded: a bare office is never read as a deputy named before.
    DEPUTY_WORDS: frozenset[str] = _f(frozenset(), "words")
    NON_OFFICIAL_CUES: tuple[str, ...] = _f((), "words")
    BYLINE_CUES: tuple[str, ...] = _f((), "words")
    NAME_PLACE_NOUNS: tuple[str, ...] = _f((), "words")
    NAME_CASE_SUFFIXES: tuple[str, ...] = _f((), "words")
    NAME_CASE_MARKS: tuple[tuple[str, str, str], ...] = _f((), "case_marks")
    NAME_CASE_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = _f({}, "case_endings")
    NAME_CASE_CUES: dict[str, str] = _f({}, "word_map")
    NAME_STEM_FIXES: dict[str, str] = _f({}, "word_map")
    NAME_STOP_PHRASES: tuple[str, ...] = _f((), "words")
    PERSON_NER_MODEL: str | None = _f(None, "optional_word")

    # ---- commitments (article/actors.py, discourse.py, obligations.py)
    OBLIGATION_CUES: tuple[tuple[str, str], ...] = _f((), "cues")  # required
    FUTURE_CUES: str = _f(NEVER, "regex")
    FIRST_PERSON_CUES: str = _f(NEVER, "regex")
    SPEECH_DIRECTIVES: str = _f(NEVER, "regex")
    ASSIGNMENT_CUES: str = _f(NEVER, "regex")
    TASK_LIST_CUES: str = _f(NEVER, "regex")
    ASSIGNMENT_LEAD: str = _f(r"(?:)", "regex")
    FLOOR_VERBS: str = _f(NEVER, "regex")
    REFERENCE_PRONOUNS: str = _f(NEVER, "regex")
    #: A language that drops a subject it repeats: the whole phrase before a modal or a
    #: future in such a clause (empty, or a connective: "Ponadto przedłoży…"); its
    #: subject is the one of the sentence before, in the same paragraph.
    SUBJECT_DROP_LEADS: str = _f(NEVER, "regex")
    REFERENCE_NOUNS: dict[str, str] = _f({}, "regex_keys")
    INTERVIEW_MARKERS: str = _f(NEVER, "regex")
    #: An office standing for its body as the subject ("Le ministre de la Justice doit…"):
    #: title regex at the start of the subject → the body's head word put in its place.
    TITLE_BODY_HEADS: dict[str, str] = _f({}, "regex_keys")
    #: Copulas right after a modal verb ("doit être différent"): a state, not a task; regex
    #: matched where the modal ends.
    COPULA_VERBS: str = _f(NEVER, "regex")
    #: The word that opens a passive's agent, with its article ("par le", "przez", "bởi"):
    #: a body after a passive verb acts only after it.
    PASSIVE_AGENT: str = _f(NEVER, "regex")
    ADDRESSEE_LEAD: str = _f(r"(?:\s*)", "regex")
    ACTION_LEAD: str = _f(r"(?:^[\s,:]*)", "regex")
    DIRECTOR_PRONOUN: str = _f(NEVER, "regex")
    SUBJECT_DETERMINERS: str = _f(NEVER, "regex")
    SPEECH_VERBS: str = _f(NEVER, "regex")
    #: Words that chain addressees ("aux ministères, aux agences et aux localités"); regex.
    ACTOR_CHAIN_WORDS: tuple[str, ...] = _f((), "regexes")
    #: Conjunctions cut from the end of an action ("… et", "… ainsi que"); regex.
    ACTION_TRAILING_WORDS: tuple[str, ...] = _f((), "regexes")

    # ---- stories (combine/stories.py)
    #: A story takes its title from a member in a preferred language first.
    STORY_TITLE_PREFERRED: bool = _f(False, "bool")
    #: Line openings that credit the text's origin ("Theo …", "Source :"); regex.
    CREDIT_MARKERS: tuple[str, ...] = _f((), "regexes")

    # ---- loading (ingest/decode.py): read for every input, before its language is
    # known, so the engine takes every language's.
    #: Letters the language writes: a legacy decoding mostly made of them is plausible.
    LETTERS: str = _f("", "str")

    # ---- portal exports (ingest/portal.py): cleaned before the article's language is
    # known, so the engine takes every language's words, and those of the portal's own
    # interface that belong to no language (pipeline/lang/data/portal_interface.toml).
    # Words are matched whole and case-insensitively; a space is one space.
    #: Navigation lines from which everything to the end is cut ("Même catégorie").
    PORTAL_TAIL_MARKERS: tuple[str, ...] = _f((), "words")
    #: Words of a comment counter, a navigation line too ("Commentaire (0)").
    PORTAL_COMMENT_WORDS: tuple[str, ...] = _f((), "words")
    #: Labels of a tag line, a navigation line too ("Mots-clés : …").
    PORTAL_TAG_WORDS: tuple[str, ...] = _f((), "words")
    #: Share and like widgets, dropped wherever they stand ("Partager", "J'aime (3)").
    PORTAL_COUNTER_WORDS: tuple[str, ...] = _f((), "words")
    #: Labels of the line giving the original's URL ("Source: https://…").
    PORTAL_SOURCE_LABELS: tuple[str, ...] = _f((), "words")
    #: Cues of photo captions and credits, before a colon ("Photo :", "Ảnh:").
    PORTAL_CAPTION_CUES: tuple[str, ...] = _f((), "words")
    #: News agencies credited in parentheses at the end of a caption ("(TTXVN)").
    PORTAL_CAPTION_AGENCIES: tuple[str, ...] = _f((), "words")
    #: Author cues that open a byline line ("Par Huong Le", "Theo TTXVN").
    PORTAL_BYLINE_CUES: tuple[str, ...] = _f((), "words")
    #: Weekdays, as a source line writes them between paper and date ("Thứ Sáu"); a
    #: space stands for any run of spaces.
    WEEKDAYS: tuple[str, ...] = _f((), "words")
    #: Words that open a newspaper's name on a source line, as written and followed by a
    #: space ("Báo Nhân Dân").
    PAPER_WORDS: tuple[str, ...] = _f((), "words")


#: The names a language module may state (every field but ``code`` and ``source``).
NAMES: tuple[str, ...] = tuple(f.name for f in fields(LanguageData) if f.name.isupper())
_CHECKS = {f.name: f.metadata["check"] for f in fields(LanguageData) if f.name.isupper()}
#: The names every language states.
_REQUIRED = ("OBLIGATION_CUES",)


# ---------------------------------------------------------------- checks


def _regex(value: Any, where: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{where}: a regex string, not {type(value).__name__}")
    try:
        regex.compile(value)
    except regex.error as e:
        raise TypeError(f"{where}: regex does not compile ({e}): {value!r}") from None


def _seq(value: Any, where: str, kind: str) -> None:
    if isinstance(value, str) or not isinstance(value, (tuple, list, frozenset, set)):
        raise TypeError(f"{where}: a tuple of {kind}, not {type(value).__name__}")


def _map(value: Any, where: str) -> None:
    if not isinstance(value, Mapping):
        raise TypeError(f"{where}: a dict, not {type(value).__name__}")


def _word(value: Any, where: str) -> None:
    if not isinstance(value, str) or not value:
        raise TypeError(f"{where}: a non-empty string, not {value!r}")


def _check(check: str, value: Any, where: str) -> None:  # noqa: C901 - one branch per kind
    if check == "regex":
        _regex(value, where)
    elif check == "str":
        if not isinstance(value, str):
            raise TypeError(f"{where}: a string, not {type(value).__name__}")
    elif check == "bool":
        if not isinstance(value, bool):
            raise TypeError(f"{where}: True or False, not {value!r}")
    elif check == "optional_word":
        if value is not None:
            _word(value, where)
    elif check in ("words", "regexes", "templates"):
        _seq(value, where, "strings")
        for i, item in enumerate(value):
            if check == "words":
                _word(item, f"{where}[{i}]")
            elif check == "regexes":
                _regex(item, f"{where}[{i}]")
            else:  # a date template: its placeholders filled with a plain group
                _word(item, f"{where}[{i}]")
                _regex(_PLACEHOLDER.sub("(?:0)", item), f"{where}[{i}]")
    elif check == "word_ints":
        _map(value, where)
        for k, v in value.items():
            _word(k, f"{where} key")
            if not isinstance(v, int) or isinstance(v, bool):
                raise TypeError(f"{where}[{k!r}]: an integer, not {v!r}")
    elif check in ("word_map", "regex_values", "regex_keys", "word_lists"):
        _map(value, where)
        for k, v in value.items():
            (_regex if check == "regex_keys" else _word)(k, f"{where} key {k!r}")
            if check == "regex_values":
                _regex(v, f"{where}[{k!r}]")
            elif check == "word_lists":
                _seq(v, f"{where}[{k!r}]", "strings")
                for item in v:
                    _word(item, f"{where}[{k!r}]")
            else:
                _word(v, f"{where}[{k!r}]")
    elif check in ("cues", "deadline_cues"):
        _seq(value, where, "pairs")
        for i, pair in enumerate(value):
            if not isinstance(pair, (tuple, list)) or len(pair) != 2:
                raise TypeError(f"{where}[{i}]: a pair, not {pair!r}")
            if check == "cues":
                pattern, kind = pair
                if kind not in CUE_KINDS:
                    raise TypeError(
                        f"{where}[{i}]: kind {kind!r} is not one of {sorted(CUE_KINDS)}"
                    )
            else:
                kind, pattern = pair
                if kind not in DEADLINE_RELATIONS:
                    raise TypeError(
                        f"{where}[{i}]: relation {kind!r} not in {sorted(DEADLINE_RELATIONS)}"
                    )
            _regex(pattern, f"{where}[{i}]")
    elif check == "case_marks":
        _seq(value, where, "triples")
        for i, t in enumerate(value):
            if not (
                isinstance(t, (tuple, list)) and len(t) == 3 and all(isinstance(s, str) for s in t)
            ):
                raise TypeError(
                    f"{where}[{i}]: a (ending, case, nominative ending) triple, not {t!r}"
                )
    elif check == "case_endings":
        _map(value, where)
        for k, v in value.items():
            _seq(v, f"{where}[{k!r}]", "pairs")
            for pair in v:
                if not (isinstance(pair, (tuple, list)) and len(pair) == 2):
                    raise TypeError(f"{where}[{k!r}]: (ending, replacement) pairs, not {pair!r}")
    else:  # pragma: no cover - a field without a known check
        raise AssertionError(check)


def _frozen(value: Any, default: Any) -> Any:
    """Lists and sets written in a module become the default's type (tuple, frozenset)."""
    if isinstance(value, list):
        return tuple(tuple(v) if isinstance(v, list) else v for v in value)
    if isinstance(value, set):
        return frozenset(value)
    if isinstance(default, frozenset) and isinstance(value, tuple):
        return frozenset(value)
    return value


# ---------------------------------------------------------------- loading


def from_module(code: str, module: ModuleType) -> LanguageData:
    """The checked :class:`LanguageData` of ``module``; :class:`LanguageDataError` names
    the module's file and the field that breaks the contract."""
    source = getattr(module, "__file__", None) or module.__name__
    stated = {n: v for n, v in vars(module).items() if n.isupper() and not n.startswith("_")}
    unknown = sorted(set(stated) - set(NAMES))
    if unknown:
        near = {n: [k for k in NAMES if _close(n, k)] for n in unknown}
        hint = "; ".join(f"{n}" + (f" (did you mean {', '.join(c)}?)" if c else "")
                         for n, c in near.items())  # fmt: skip
        raise LanguageDataError(
            f"{source}: unknown name(s) {hint}; known: see pipeline/lang/contract.py"
        )
    missing = [n for n in _REQUIRED if n not in stated]
    if missing:
        raise LanguageDataError(f"{source}: required name(s) missing: {', '.join(missing)}")
    values: dict[str, Any] = {}
    defaults = {f.name: f for f in fields(LanguageData)}
    for name, value in stated.items():
        f = defaults[name]
        default = f.default if f.default is not MISSING else None
        value = _frozen(value, default)
        try:
            _check(_CHECKS[name], value, name)
        except TypeError as e:
            raise LanguageDataError(f"{source}: {e}") from None
        values[name] = value
    return LanguageData(code=code, source=str(source), **values)


def _close(a: str, b: str) -> bool:
    """Names one letter or a plural apart (``DATE_MONTH`` / ``DATE_MONTHS``)."""
    if a.rstrip("S") == b.rstrip("S"):
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    diff = sum(x != y for x, y in zip(a, b, strict=False)) + abs(len(a) - len(b))
    return diff <= 1


def load_file(code: str, path: Path) -> LanguageData:
    """Import ``path`` as the language module of ``code`` and check it."""
    spec = importlib.util.spec_from_file_location(f"pipeline_lang_ext.{code}", path)
    if spec is None or spec.loader is None:
        raise LanguageDataError(f"{path}: cannot be imported as a Python module")
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as e:  # noqa: BLE001 - any failure of a language file is its own
        raise LanguageDataError(f"{path}: cannot be imported ({type(e).__name__}: {e})") from e
    return from_module(code, module)
