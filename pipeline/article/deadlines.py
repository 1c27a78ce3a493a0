"""Deadlines: a date governed by a deadline cue in the same clause.

Relations (DESIGN "Value conventions"): ``before`` (strictly before: "avant le 30
octobre 2025", "przed grudniem 2025 roku", "trước ngày 31/12/2025"), ``by`` (no later
than: "d'ici fin 2025", "do końca 2025 r.", "chậm nhất ngày 15/11/2025") and ``in``
(during: "en 2025", "w 2025 r.", "trong năm 2025"). ``due_date`` is the last allowed
day: before 2025-10-30 → 2025-10-29, before 2025-12 → 2025-11-30, by 2025 → 2025-12-31.

The cue must stand right before the date: only the language's filler words (articles,
"ngày", "dnia") may come between, so "avant la réunion du 30 octobre 2025" (the date
belongs to "réunion"), "avant la fusion", "trước khi sáp nhập", "depuis 2020",
"à partir du 1er juillet", "od 1 lipca", "từ ngày 1/7", "après", "po", "sau" are no
deadlines. An ``in`` deadline also needs a completion verb in its sentence ("achever",
"wdrożyć", "hoàn thành"...) that is not in a past tense: "né en 1960", "le projet a été
achevé en 2023", "zakończono w 2023 r.", "đã hoàn thành trong năm 2023" are no deadlines.

>>> from pipeline.article.dates import extract_dates
>>> text = "Le plan doit être adopté avant le 30 octobre 2025."
>>> [(d.cue, d.relation, str(d.due_date)) for d in
...  extract_deadlines(text, "fr", extract_dates(text, "fr", None))]
[('avant le', 'before', '2025-10-29')]
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from pipeline.article.dates import first_day, last_day
from pipeline.lang import language_data
from pipeline.records import DateMention, Deadline

__all__ = ["due_date", "extract_deadlines"]

_FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION0
# how far before a date a cue may start, and how far around it the completion verb may be
_CUE_WINDOW = 60
_VERB_WINDOW = 160
# sentence or clause boundary: ".", "!", "?" or ";" then space, or a line break; not the
# dot of the language's abbreviations (DEADLINE_ABBREVIATIONS: the Polish "r.", "nr.")
_BOUNDARY = r"[.!?;](?=\s)|\n"
# a range "od 1 lipca do 30 czerwca" / "từ ngày 1/7 đến ngày 31/12": the second date
# closes a period, it is not a deadline
_RANGE_GAP = regex.compile(r"\s*")


@dataclass(frozen=True, slots=True)
class _Cues:
    pattern: regex.Pattern[str]
    relations: tuple[str, ...]  # relation of group c0, c1, ...
    blocker: regex.Pattern[str] | None
    verbs: regex.Pattern[str]
    past_before: regex.Pattern[str] | None  # auxiliary right before a verb: "a été", "đã"
    past_form: regex.Pattern[str] | None  # past form of the verb itself: "zakończono"
    boundary: regex.Pattern[str]  # end of a clause


@cache
def _cues(lang: str) -> _Cues:
    data = language_data(lang)
    cues = sorted(data.DEADLINE_CUES, key=lambda rc: -len(rc[1]))
    branches = "|".join(f"(?P<c{i}>{cue})" for i, (_rel, cue) in enumerate(cues))
    fillers = "|".join(data.DEADLINE_FILLERS) or r"(?!)"
    # cue, then only fillers, then the date: anchored at the date start (endpos)
    pattern = regex.compile(
        r"(?<![\p{L}\p{N}'’-])(?:" + branches + r")(?:\s+(?:" + fillers + r"))*"
        r"(?:\s+|(?<=['’]))$",
        _FLAGS,
    )
    blocker = None
    if data.DEADLINE_BLOCKERS:
        blocker = regex.compile(r"(?:" + "|".join(data.DEADLINE_BLOCKERS) + r")\s*$", _FLAGS)
    verbs = regex.compile(r"\b(?:" + "|".join(data.COMPLETION_VERBS) + r")", _FLAGS)
    before = getattr(data, "COMPLETION_PAST_BEFORE", ())
    forms = getattr(data, "COMPLETION_PAST_FORMS", ())
    past_before = regex.compile(r"(?:" + "|".join(before) + r")\s*$", _FLAGS) if before else None
    past_form = regex.compile(r"(?:" + "|".join(forms) + r")$", _FLAGS) if forms else None
    abbreviations = "|".join(regex.escape(a) for a in getattr(data, "DEADLINE_ABBREVIATIONS", ()))
    boundary = regex.compile(
        (r"(?<!\b(?:" + abbreviations + r"))" if abbreviations else "") + _BOUNDARY, _FLAGS
    )
    relations = tuple(rel for rel, _cue in cues)
    return _Cues(pattern, relations, blocker, verbs, past_before, past_form, boundary)


def _completion_ahead(cues: _Cues, text: str, left: int, right: int) -> bool:
    """A completion verb in text[left:right] that is not in a past tense ("achèvera",
    "doit être achevé", "zakończy", "phải hoàn thành"; not "a été achevé",
    "zakończono", "đã hoàn thành", "chưa hoàn thành")."""
    for verb in cues.verbs.finditer(text, left, right):
        if cues.past_form is not None and cues.past_form.search(text, verb.start(), verb.end()):
            continue
        if cues.past_before is not None and cues.past_before.search(
            text, max(left, verb.start() - 40), verb.start()
        ):
            continue
        return True
    return False


def due_date(relation: str, value: str) -> datetime.date:
    """Last allowed day of a deadline.

    >>> [str(due_date(r, v)) for r, v in [("before", "2025-10-30"), ("before", "2025-12"),
    ...                                   ("by", "2025"), ("in", "2025-Q4")]]
    ['2025-10-29', '2025-11-30', '2025-12-31', '2025-12-31']
    """
    if relation == "before":
        return first_day(value) - datetime.timedelta(days=1)
    if relation in ("by", "in"):
        return last_day(value)
    raise ValueError(f"unknown deadline relation {relation!r}; expected before, by or in")


def _clause_bounds(
    boundary: regex.Pattern[str], text: str, start: int, end: int
) -> tuple[int, int]:
    """Start and end of the sentence around text[start:end]."""
    lo = max(0, start - _VERB_WINDOW)
    left = lo
    for found in boundary.finditer(text, lo, start):
        left = found.end()
    right_match = boundary.search(text, end, min(len(text), end + _VERB_WINDOW))
    right = right_match.start() if right_match else min(len(text), end + _VERB_WINDOW)
    return left, right


def extract_deadlines(
    text: str,
    lang: str,
    dates: Sequence[DateMention],
    published: datetime.date | None = None,
) -> list[Deadline]:
    """Deadlines of ``text`` built on its date mentions, sorted by (start, end).

    ``raw`` spans the cue through the end of the date; ``cue`` is the text from the cue
    to the date ("avant le", "do końca", "trước ngày").

    A deadline whose last allowed day is before the publication date is a statement
    about the past ("en février 2025" in a March 2025 article), no deadline. The
    publication date is ``published``, else the ``reference`` of the mentions that
    :func:`~pipeline.article.dates.extract_dates` returns (its publication date or the
    crawler header). An ``in`` relation on a single day ("au 19 août … doivent être
    achevés") means by the end of that day: relation ``by``.
    """
    reference = published or getattr(dates, "reference", None)
    cues = _cues(lang)
    ordered = sorted(dates, key=lambda d: (d.start, d.end))
    deadlines: list[Deadline] = []
    previous_end = -1
    for date in ordered:
        after_previous, previous_end = previous_end, date.end
        lo = max(0, date.start - _CUE_WINDOW, after_previous if after_previous > 0 else 0)
        match = cues.pattern.search(text, lo, date.start)
        if match is None:
            continue
        cue_start = match.start()
        group = next(name for name, span in match.groupdict().items() if span is not None)
        relation = cues.relations[int(group[1:])]
        blocker = cues.blocker
        if blocker is not None and blocker.search(text, max(0, cue_start - 40), cue_start):
            continue
        if (
            relation != "before"
            and after_previous > 0
            and _RANGE_GAP.fullmatch(text, after_previous, cue_start)
        ):
            # second date of a range, "du 1er juillet au 30 septembre 2025"; a "before"
            # cue closes no range ("kỳ thi năm 2026 trước ngày 15/1/2026")
            continue
        if relation == "in":
            left, right = _clause_bounds(cues.boundary, text, cue_start, date.end)
            if not _completion_ahead(cues, text, left, right):
                continue
            if date.precision == "day":
                relation = "by"
        due = due_date(relation, date.value)
        if reference is not None and due < reference:
            continue  # already past when the article was written
        deadlines.append(
            Deadline(
                raw=text[cue_start : date.end],
                relation=relation,
                value=date.value,
                due_date=due,
                cue=text[cue_start : date.start].strip(),
                start=cue_start,
                end=date.end,
            )
        )
    return deadlines
