"""Scoring extracted tables against hand-labelled gold (``shared/eval/FORMAT.md``).

Per field, the distinct predicted values of each article are compared with the
gold set; true/false positives and false negatives are summed over articles.
Items marked ``optional`` (or listed under ``<field>_optional`` and
``optional_officials``) count neither way.

Commitments follow FORMAT.md "Commitments": a predicted commitment is one
``commitment_id`` with its evidence spans in one article; it matches a gold
item when one of its spans overlaps the item's cue. Field accuracy (actor,
deadline, decree, directed_by, and ``exact`` for all four) is taken over the
matched pairs; ``merge`` scores whether the items one story states in several
languages share one ``commitment_id``.

Reports add up (``a + b``), so a set's figures per language or per topic are
the sums of its articles' reports.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import pandas as pd

from pipeline.textnorm import ascii_fold

FIELDS = ("decrees", "dates", "deadlines", "officials")
COMMITMENT_FIELDS = ("actor", "deadline", "decree", "directed_by", "exact")
TABLES = (
    "articles",
    "decree_mentions",
    "date_mentions",
    "deadlines",
    "official_mentions",
    "commitments",
    "commitment_evidence",
)


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: FieldScore) -> FieldScore:
        return FieldScore(
            self.tp + other.tp,
            self.fp + other.fp,
            self.fn + other.fn,
            self.misses + other.misses,
            self.false_positives + other.false_positives,
        )

    def figures(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    """Right answers over matched items, with the wrong ones listed."""

    hits: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 1.0

    def add(self, right: bool, note: str) -> None:
        self.total += 1
        self.hits += right
        if not right:
            self.wrong.append(note)

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.hits + other.hits, self.total + other.total, self.wrong + other.wrong)


@dataclass
class SeedReport:
    """Scores of one or more articles against their gold (the name is historical: it
    scores any gold set, the seeds and the development set alike)."""

    articles: list[str]
    fields: dict[str, FieldScore]
    title_hits: int = 0
    title_total: int = 0
    not_officials_reported: list[str] = field(default_factory=list)
    stories: FieldScore = field(default_factory=FieldScore)
    hard_negatives_merged: list[str] = field(default_factory=list)
    commitments: FieldScore = field(default_factory=FieldScore)
    commitment_fields: dict[str, Accuracy] = field(
        default_factory=lambda: {name: Accuracy() for name in COMMITMENT_FIELDS}
    )
    merge: FieldScore = field(default_factory=FieldScore)
    #: ``(article, gold key, commitment_id)`` of each matched gold commitment.
    matched: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def title_accuracy(self) -> float:
        return self.title_hits / self.title_total if self.title_total else 1.0

    def __add__(self, other: SeedReport) -> SeedReport:
        return SeedReport(
            self.articles + other.articles,
            {name: self.fields[name] + other.fields[name] for name in FIELDS},
            self.title_hits + other.title_hits,
            self.title_total + other.title_total,
            self.not_officials_reported + other.not_officials_reported,
            self.stories + other.stories,
            self.hard_negatives_merged + other.hard_negatives_merged,
            self.commitments + other.commitments,
            {n: self.commitment_fields[n] + other.commitment_fields[n] for n in COMMITMENT_FIELDS},
            self.merge + other.merge,
            self.matched + other.matched,
        )

    def figures(self) -> dict:
        """Every figure as plain JSON values (for comparing runs)."""
        return {
            "articles": len(self.articles),
            **{name: s.figures() for name, s in self.fields.items()},
            "title_accuracy": round(self.title_accuracy, 4),
            "not_officials_reported": len(self.not_officials_reported),
            "stories": self.stories.figures(),
            "hard_negatives_merged": len(self.hard_negatives_merged),
            "commitments": self.commitments.figures(),
            **{
                f"commitment_{name}": {
                    "accuracy": round(a.value, 4),
                    "hits": a.hits,
                    "total": a.total,
                }
                for name, a in self.commitment_fields.items()
            },  # fmt: skip
            "commitment_merge": self.merge.figures(),
        }


def empty_report() -> SeedReport:
    return SeedReport([], {name: FieldScore() for name in FIELDS})


@dataclass(frozen=True)
class GoldSet:
    """Gold records and the set's story truth: ``story_of`` maps a record id to its
    story label, ``hard_negatives`` are pairs that must never share a story, and
    ``ignored_pairs`` are debatable pairs left out of the story score."""

    records: list[dict]
    story_of: dict[str, str]
    hard_negatives: tuple[tuple[str, str], ...] = ()
    ignored_pairs: frozenset[frozenset[str]] = frozenset()


def load_gold(path: Path, clusters: Path | None = None) -> GoldSet:
    """A gold JSONL file; its stories come from each record's ``story`` key, or from a
    ``clusters.json`` (records outside every cluster are a story of their own)."""
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    if clusters is None or not clusters.exists():
        return GoldSet(records, {r["id"]: r.get("story", r["id"]) for r in records})
    spec = json.loads(clusters.read_text("utf-8"))
    story_of = {r["id"]: r["id"] for r in records}
    for label, members in spec.get("clusters", {}).items():
        for member in members:
            story_of[member] = label
    ignored = {
        frozenset(pair)
        for group in spec.get("debatable_same_event_groups", [])
        for pair in combinations(_members(group), 2)
        if story_of.get(pair[0]) != story_of.get(pair[1])
    }
    negatives = tuple((n[0], n[1]) for n in spec.get("hard_negatives", []))
    return GoldSet(records, story_of, negatives, frozenset(ignored))


def _members(group: list) -> list[str]:
    """The ids of a ``[[id, …], "why"]`` group."""
    return list(group[0])


def pairwise(
    predicted: dict[str, str],
    gold: dict[str, str],
    ignored: frozenset[frozenset[str]] = frozenset(),
) -> FieldScore:
    """Pairwise precision/recall of two partitions given as item -> group label."""
    items = sorted(set(predicted) & set(gold))
    score = FieldScore()
    for a, b in combinations(items, 2):
        if frozenset((a, b)) in ignored:
            continue
        _tally(score, predicted[a] == predicted[b], gold[a] == gold[b], f"{a} + {b}")
    return score


def _tally(score: FieldScore, same_pred: bool, same_gold: bool, pair: str) -> None:
    """Count one pair: together in both, only in the prediction, or only in the gold."""
    if same_pred and same_gold:
        score.tp += 1
    elif same_pred:
        score.fp += 1
        score.false_positives.append(pair)
    elif same_gold:
        score.fn += 1
        score.misses.append(pair)


def fold(name: str) -> str:
    """Comparable form of a name: ASCII-folded, lower case, single spaces."""
    return " ".join(ascii_fold(name).lower().split())


def _add(score: FieldScore, article: str, predicted: dict, gold: set, optional: set) -> None:
    """``predicted`` maps a comparable key to the text shown for it."""
    for key in sorted(set(predicted) - optional, key=str):
        if key in gold:
            score.tp += 1
        else:
            score.fp += 1
            score.false_positives.append(f"{article}: {key} ← {predicted[key]!r}")
    for key in sorted(gold - set(predicted), key=str):
        score.fn += 1
        score.misses.append(f"{article}: {key}")


def read_tables(extracted: Path) -> dict[str, pd.DataFrame]:
    return {name: pd.read_parquet(extracted / f"{name}.parquet") for name in TABLES}


def article_ids(gold: Sequence[dict], articles: pd.DataFrame) -> dict[str, str]:
    """Gold record id → ``article_id``: by the record's ``url`` when it has one, else by
    the input file's name without ``.txt``."""
    by_url = {u: a for u, a in zip(articles["url"], articles["article_id"], strict=True) if u}
    by_stem = {
        Path(p).stem: a
        for p, a in zip(articles["source_path"], articles["article_id"], strict=True)
    }
    found: dict[str, str] = {}
    for g in gold:
        aid = by_url.get(g["url"]) if g.get("url") else by_stem.get(g["id"])
        if aid is not None:
            found[g["id"]] = aid
    return found


def _score_articles(gold_set: GoldSet, tables: Mapping[str, pd.DataFrame]) -> dict[str, SeedReport]:
    """One report per gold record found in the tables; stories and the merge of
    commitments, which span articles, are scored by :func:`score_set`."""
    ids = article_ids(gold_set.records, tables["articles"])
    texts = dict(zip(tables["articles"]["article_id"], tables["articles"]["text"], strict=True))
    groups = {
        n: dict(tuple(t.groupby("article_id")))
        for n, t in tables.items()
        if n not in ("articles", "commitments")
    }
    empty = {n: t.iloc[0:0] for n, t in tables.items()}
    commitments = tables["commitments"].set_index("commitment_id")
    reports: dict[str, SeedReport] = {}
    for g in gold_set.records:
        aid = ids.get(g["id"])
        if aid is None:
            continue
        rows = {n: groups[n].get(aid, empty[n]) for n in groups}
        report = empty_report()
        report.articles.append(g["id"])
        _score_fields(report, g, rows)
        _score_commitments(report, g, texts[aid], rows, commitments)
        reports[g["id"]] = report
    return reports


def score_set(gold_set: GoldSet, extracted: Path) -> tuple[SeedReport, dict[str, SeedReport]]:
    """The whole set's report (stories and merge included) and the per-article ones."""
    tables = read_tables(extracted)
    reports = _score_articles(gold_set, tables)
    total = sum(reports.values(), empty_report())
    arts = tables["articles"]
    story = dict(zip(arts["article_id"], arts["story_id"], strict=True))
    predicted = {g: story[a] for g, a in article_ids(gold_set.records, arts).items()}
    truth = {g: gold_set.story_of[g] for g in predicted}
    total.stories = pairwise(predicted, truth, gold_set.ignored_pairs)
    total.hard_negatives_merged = [
        f"{a} + {b}"
        for a, b in gold_set.hard_negatives
        if a in predicted and b in predicted and predicted[a] == predicted[b]
    ]
    total.merge = _merge_score(total, truth)
    return total, reports


def score_seeds(gold_path: Path, extracted: Path) -> SeedReport:
    """Compare ``extracted/*.parquet`` with the gold of every record found there."""
    return score_set(load_gold(gold_path), extracted)[0]


def _score_fields(report: SeedReport, g: dict, rows: dict[str, pd.DataFrame]) -> None:
    aid = g["id"]
    dm = rows["decree_mentions"]
    _add(
        report.fields["decrees"],
        aid,
        dict(zip(dm["number"], dm["raw"], strict=True)),
        {d["number"] for d in g["decrees"]},
        {d["number"] for d in g.get("decrees_optional", [])},
    )
    dt = rows["date_mentions"]
    _add(
        report.fields["dates"],
        aid,
        dict(zip(dt["value"], dt["raw"], strict=True)),
        set(g["dates"]),
        set(g.get("dates_optional", [])),
    )
    dl = rows["deadlines"]
    predicted = {
        (v, r): raw for v, r, raw in zip(dl["value"], dl["relation"], dl["raw"], strict=True)
    }
    _add(
        report.fields["deadlines"],
        aid,
        predicted,
        {(d["value"], d["relation"]) for d in g["deadlines"] if not d.get("optional")},
        {(d["value"], d["relation"]) for d in g["deadlines"] if d.get("optional")},
    )
    om = rows["official_mentions"]
    names = {fold(n): raw for n, raw in zip(om["name"], om["raw"], strict=True)}
    _add(
        report.fields["officials"],
        aid,
        names,
        {fold(o["name"]) for o in g["officials"]},
        {fold(n) for n in g.get("optional_officials", [])},
    )
    for o in g["officials"]:
        titles = [
            t
            for n, t in zip(om["name"], om["title"], strict=True)
            if fold(n) == fold(o["name"]) and isinstance(t, str) and t
        ]
        if titles:
            want = fold(o["title"] or "")
            report.title_total += 1
            report.title_hits += any(fold(t) == want for t in titles)
    report.not_officials_reported += [
        f"{aid}: {n}" for n in g.get("not_officials", []) if fold(n) in names
    ]


# ---- commitments ----


@dataclass(frozen=True)
class _Predicted:
    commitment_id: str
    spans: tuple[tuple[int, int], ...]
    actor: str
    deadline: tuple[str | None, str | None]
    decree: str | None
    directed_by: str | None
    sentence: str


def _predicted_commitments(evidence: pd.DataFrame, rows: pd.DataFrame) -> list[_Predicted]:
    """One article's predicted commitments; ``rows``: the commitments by commitment_id."""
    spans: dict[str, list[tuple[int, int]]] = {}
    sentence: dict[str, str] = {}
    for cid, s, e, sent in zip(
        evidence["commitment_id"], evidence["start"], evidence["end"], evidence["sentence"],
        strict=True,
    ):  # fmt: skip
        spans.setdefault(cid, []).append((int(s), int(e)))
        sentence.setdefault(cid, sent)
    out = []
    for cid in sorted(spans):
        row = rows.loc[cid]
        out.append(
            _Predicted(
                cid,
                tuple(sorted(spans[cid])),
                str(row["actor"]),
                (_none(row["deadline_value"]), _none(row["deadline_relation"])),
                _none(row["decree_number"]),
                _none(row["directed_by"]),
                sentence[cid],
            )
        )
    return out


def _none(value: object) -> str | None:
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def _accepted_actors(item: dict) -> set[str]:
    return {a.lower() for a in [item.get("actor"), *item.get("actor_also", [])] if a}


def _cue_span(text: str, cue: str) -> tuple[int, int] | None:
    start = text.find(cue)
    return (start, start + len(cue)) if start >= 0 else None


def _overlaps(spans: Iterable[tuple[int, int]], cue: tuple[int, int]) -> bool:
    return any(s < cue[1] and cue[0] < e for s, e in spans)


def _match(
    predicted: list[_Predicted], items: list[tuple[dict, tuple[int, int]]]
) -> dict[int, int]:
    """Gold item index → predicted index: a maximum matching on overlap, trying first
    the predictions whose actor the item accepts, then those with its deadline (Kuhn's
    augmenting paths; several commitments of one sentence share its evidence span)."""
    edges: dict[int, list[int]] = {}
    for gi, (item, cue) in enumerate(items):
        accepted = _accepted_actors(item)
        candidates = [pi for pi, p in enumerate(predicted) if _overlaps(p.spans, cue)]
        deadline = item.get("deadline") or {}
        want = (deadline.get("value"), deadline.get("relation"))
        edges[gi] = sorted(
            candidates,
            key=lambda pi: (
                predicted[pi].actor.lower() not in accepted,
                predicted[pi].deadline != want,
                pi,
            ),
        )
    owner: dict[int, int] = {}  # predicted -> gold

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in edges[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in edges:
        augment(gi, set())
    return {gi: pi for pi, gi in owner.items()}


def _score_commitments(
    report: SeedReport, g: dict, text: str, rows: dict[str, pd.DataFrame], commitments: pd.DataFrame
) -> None:
    aid = g["id"]
    predicted = _predicted_commitments(rows["commitment_evidence"], commitments)
    required: list[tuple[dict, tuple[int, int]]] = []
    optional: list[tuple[int, int]] = []
    for item in g.get("commitments", []):
        cue = _cue_span(text, item["cue"])
        if cue is None:
            report.commitments.misses.append(f"{aid}: cue not in text: {item['cue']!r}")
            if not item.get("optional"):
                report.commitments.fn += 1
            continue
        (optional.append(cue) if item.get("optional") else required.append((item, cue)))
    matched = _match(predicted, required)
    used = set(matched.values())
    score, acc = report.commitments, report.commitment_fields
    for gi, (item, _cue) in enumerate(required):
        if gi not in matched:
            score.fn += 1
            score.misses.append(f"{aid}: {item['cue']!r} (actor {item.get('actor')})")
            continue
        score.tp += 1
        p = predicted[matched[gi]]
        _field_accuracy(acc, aid, item, p)
        report.matched.append((aid, item.get("key") or f"{aid}#{gi}", p.commitment_id))
    for pi, p in enumerate(predicted):
        if pi in used:
            continue
        on_required = [item for item, cue in required if _overlaps(p.spans, cue)]
        if any(p.actor.lower() in _accepted_actors(item) for item in on_required):
            continue
        if not on_required and any(_overlaps(p.spans, cue) for cue in optional):
            continue
        score.fp += 1
        score.false_positives.append(f"{aid}: [{p.actor}] {_clip(p.sentence)}")


def _field_accuracy(acc: dict[str, Accuracy], aid: str, item: dict, p: _Predicted) -> None:
    where = f"{aid}: {item['cue'][:60]!r}"
    actor_ok = p.actor.lower() in _accepted_actors(item)
    gold_deadline = item.get("deadline") or {}
    want = (gold_deadline.get("value"), gold_deadline.get("relation"))
    deadline_ok = p.deadline == want or (
        bool(item.get("deadline_optional")) and p.deadline == (None, None)
    )
    decree_ok = p.decree == item.get("decree")
    directors = [item.get("directed_by"), *item.get("directed_by_also", [])]
    accepted_directors = {fold(d) if d else None for d in directors}
    director_ok = (fold(p.directed_by) if p.directed_by else None) in accepted_directors
    acc["actor"].add(actor_ok, f"{where} actor {p.actor!r}, want {item.get('actor')!r}")
    acc["deadline"].add(deadline_ok, f"{where} deadline {p.deadline}, want {want}")
    acc["decree"].add(decree_ok, f"{where} decree {p.decree}, want {item.get('decree')}")
    acc["directed_by"].add(
        director_ok, f"{where} directed_by {p.directed_by!r}, want {item.get('directed_by')!r}"
    )
    acc["exact"].add(actor_ok and deadline_ok and decree_ok and director_ok, where)


def _merge_score(report: SeedReport, story_of: Mapping[str, str]) -> FieldScore:
    """Pairwise: matched items of different articles of one gold story with the same
    ``key`` should share a ``commitment_id``, and only those."""
    keyed = sorted(report.matched)
    score = FieldScore()
    for (a1, k1, c1), (a2, k2, c2) in combinations(keyed, 2):
        if a1 == a2 or story_of.get(a1) != story_of.get(a2):
            continue
        _tally(score, c1 == c2, k1 == k2, f"{a1}:{k1} + {a2}:{k2}")
    return score


def _clip(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# ---- printing ----


def format_table(rows: Sequence[tuple[str, SeedReport]]) -> str:
    """One line per set or subset: F1 of every field, title accuracy, stories,
    commitments P/R/F1 and field accuracies."""
    head = (
        f"{'':<36} {'n':>3} {'decr':>5} {'dates':>5} {'dead':>5} {'offic':>5} {'title':>5} "
        f"{'story':>5} {'c.P':>5} {'c.R':>5} {'c.F1':>5} {'actor':>5} {'dline':>5} "
        f"{'decr':>5} {'dir':>5} {'exact':>5} {'merge':>5}"
    )
    lines = [head]
    for label, r in rows:
        f = r.fields
        acc = r.commitment_fields
        lines.append(
            f"{label:<36} {len(r.articles):>3} {f['decrees'].f1:5.2f} {f['dates'].f1:5.2f} "
            f"{f['deadlines'].f1:5.2f} {f['officials'].f1:5.2f} {r.title_accuracy:5.2f} "
            f"{_pairs_f1(r.stories):>5} {r.commitments.precision:5.2f} {r.commitments.recall:5.2f} "
            f"{r.commitments.f1:5.2f} {acc['actor'].value:5.2f} {acc['deadline'].value:5.2f} "
            f"{acc['decree'].value:5.2f} {acc['directed_by'].value:5.2f} "
            f"{acc['exact'].value:5.2f} {_pairs_f1(r.merge):>5}"
        )
    return "\n".join(lines)


def _pairs_f1(score: FieldScore) -> str:
    """F1 of a pairwise score, or "-" where there is no pair to score (one article)."""
    return f"{score.f1:.2f}" if score.tp + score.fp + score.fn else "-"


def format_report(report: SeedReport, details: bool = True) -> str:
    """Per-field counts, then (with ``details``) every miss, false positive and wrong
    commitment field with its text."""
    lines = [
        f"articles scored: {len(report.articles)}",
        f"{'field':<12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}",
    ]
    items: list[tuple[str, FieldScore]] = [
        *report.fields.items(),
        ("stories", report.stories),
        ("commitments", report.commitments),
        ("c. merge", report.merge),
    ]
    for name, s in items:
        lines.append(
            f"{name:<12} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
            f"{s.tp:4d} {s.fp:4d} {s.fn:4d}"
        )
    lines.append(
        "commitment fields over matched: "
        + "  ".join(
            f"{n} {a.value:.2f} ({a.hits}/{a.total})" for n, a in report.commitment_fields.items()
        )
    )
    lines.append(
        f"officials' title accuracy: {report.title_accuracy:.3f} "
        f"({report.title_hits}/{report.title_total})"
    )
    lines.append(
        f"not_officials reported: {len(report.not_officials_reported)} "
        f"{report.not_officials_reported}"
    )
    lines.append(
        f"hard negatives merged: {len(report.hard_negatives_merged)} {report.hard_negatives_merged}"
    )
    if details:
        for name, s in items:
            lines += [f"  miss  {name}: {m}" for m in s.misses]
            lines += [f"  false {name}: {m}" for m in s.false_positives]
        for name, a in report.commitment_fields.items():
            if name != "exact":
                lines += [f"  wrong {name}: {w}" for w in a.wrong]
    return "\n".join(lines)
