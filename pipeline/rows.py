"""Records to table rows (dicts keyed by the column names of ``pipeline.schema``)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from pipeline.ids import stable_id
from pipeline.lang import SUPPORTED
from pipeline.records import Article, Commitment, Evidence, Extraction, Reject

Row = dict[str, Any]


def article_rows(
    articles: Sequence[Article], story_of: Mapping[str, str], duplicates: Mapping[str, list[str]]
) -> list[Row]:
    return [
        {
            "article_id": a.article_id,
            "source_path": a.source_path,
            "lang": a.lang,
            "lang_confidence": a.lang_confidence,
            "extracted": a.lang in SUPPORTED,
            "story_id": story_of.get(a.article_id),
            "title": a.title,
            "url": a.url,
            "source_url": a.source_url,
            "paper": a.paper,
            "published_date": a.published_date,
            "text": a.text,
            "text_sha256": a.text_sha256,
            "duplicates": len(duplicates.get(a.article_id, [])),
            "duplicate_paths": sorted(duplicates.get(a.article_id, [])),
            "warnings": list(a.warnings),
        }
        for a in articles
    ]


def mention_rows(extractions: Iterable[Extraction]) -> dict[str, list[Row]]:
    """Rows of the per-article tables: decree, date, deadline and official mentions."""
    out: dict[str, list[Row]] = defaultdict(list)
    for ex in extractions:
        aid = ex.article_id
        for d in ex.decrees:
            out["decree_mentions"].append(
                {
                    "article_id": aid,
                    "decree_id": decree_id(d.number),
                    "number": d.number,
                    "raw": d.raw,
                    "issue_date": _iso_date(d.issue_date),
                    "start": d.start,
                    "end": d.end,
                }
            )
        for m in ex.dates:
            out["date_mentions"].append(
                {
                    "article_id": aid,
                    "raw": m.raw,
                    "value": m.value,
                    "precision": m.precision,
                    "start": m.start,
                    "end": m.end,
                }
            )
        for dl in ex.deadlines:
            out["deadlines"].append(
                {
                    "article_id": aid,
                    "raw": dl.raw,
                    "cue": dl.cue,
                    "relation": dl.relation,
                    "value": dl.value,
                    "due_date": dl.due_date,
                    "start": dl.start,
                    "end": dl.end,
                }
            )
        for o in ex.officials:
            out["official_mentions"].append(
                {
                    "article_id": aid,
                    "person_id": o.person_id,
                    "name": o.name,
                    "title": o.title,
                    "raw": o.raw,
                    "start": o.start,
                    "end": o.end,
                }
            )
    return out


class DecreeTable:
    """The ``decrees`` table, built one extraction at a time (see :func:`decree_row`):
    the first mention of a number gives its type, issuer and year."""

    def __init__(self) -> None:
        self._first: dict[str, tuple[str, str, int | None]] = {}
        self._issue_dates: dict[str, Counter[str]] = defaultdict(Counter)

    def add(self, extraction: Extraction) -> None:
        for d in extraction.decrees:
            self._first.setdefault(d.number, (d.doc_type, d.issuer, d.year))
            if d.issue_date:
                self._issue_dates[d.number][d.issue_date] += 1

    def rows(self) -> list[Row]:
        return [
            decree_row(number, doc_type, issuer, year, self._issue_dates[number])
            for number, (doc_type, issuer, year) in self._first.items()
        ]


def decree_row(
    number: str, doc_type: str, issuer: str, year: int | None, issue_dates: Counter[str]
) -> Row:
    """The ``decrees`` row of one canonical number, from its type, issuer and year and
    how often each issue date is stated: the date stated most often wins (ties: the
    earliest) and gives the year when the number has none."""
    best = most_stated(issue_dates)
    return {
        "decree_id": decree_id(number),
        "number": number,
        "doc_type": doc_type,
        "issuer": issuer,
        "year": (year or int(best[:4])) if best else year,
        "issue_date": _iso_date(best),
    }


def most_stated(issue_dates: Counter[str]) -> str | None:
    """The issue date stated most often for one decree (ties: the earliest)."""
    return min(issue_dates.items(), key=lambda kv: (-kv[1], kv[0]))[0] if issue_dates else None


class OfficialTable:
    """The ``officials`` table, built one extraction at a time (see :func:`official_row`):
    the first mention of a person gives the folded name."""

    def __init__(self) -> None:
        self._people: dict[str, tuple[str, set[str], set[str]]] = {}

    def add(self, extraction: Extraction) -> None:
        for o in extraction.officials:
            _, natives, titles = self._people.setdefault(o.person_id, (o.name, set(), set()))
            if o.name_native:
                natives.add(o.name_native)
            if o.title:
                titles.add(o.title)

    def rows(self) -> list[Row]:
        return [
            official_row(person_id, name, natives, titles)
            for person_id, (name, natives, titles) in self._people.items()
        ]


def official_row(
    person_id: str, name: str, natives: Iterable[str | None], titles: Iterable[str | None]
) -> Row:
    """The ``officials`` row of one person: the folded name, the smallest native
    spelling if any, every title seen (sorted)."""
    spelled = [n for n in natives if n]
    return {
        "person_id": person_id,
        "name": name,
        "name_native": min(spelled) if spelled else None,
        "titles": sorted({t for t in titles if t}),
    }


def commitment_rows(commitments: Iterable[Commitment]) -> list[Row]:
    return [
        {
            "commitment_id": c.commitment_id,
            "story_id": c.story_id,
            "actor": c.actor,
            "action": c.action,
            "deadline_value": c.deadline_value,
            "deadline_relation": c.deadline_relation,
            "due_date": c.due_date,
            "decree_number": c.decree_number,
            "directed_by": c.directed_by,
            "languages": list(c.languages),
            "conflict": c.conflict,
        }
        for c in commitments
    ]


def evidence_rows(evidence: Iterable[Evidence]) -> list[Row]:
    return [
        {
            "commitment_id": e.commitment_id,
            "article_id": e.article_id,
            "lang": e.lang,
            "sentence": e.sentence,
            "start": e.start,
            "end": e.end,
        }
        for e in evidence
    ]


def reject_rows(rejects: Iterable[Reject]) -> list[Row]:
    return [{"source_path": r.source_path, "reason": r.reason, "detail": r.detail} for r in rejects]


def decree_id(number: str) -> str:
    return stable_id("decree", number)


def _iso_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
