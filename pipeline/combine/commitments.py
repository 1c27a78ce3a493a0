"""Commitments: obligations merged across the languages of a story (a global stage).

Within a story, obligations with the same canonical actor, deadline (value and
relation) and decree are one commitment: the French and the Polish sentence that
state it become one row with ``languages == ("fr", "pl")`` and two evidence rows.
When one article states several obligations with the same key, each is its own
commitment and the other articles' sentences go to the best match by
language-independent anchors (numbers, names) and place in the article.

When the languages disagree (same actor and decree, sentences that match, but a
different deadline), both rows stay and carry ``conflict``, e.g.
``"deadline: fr=2025-10-30 before; pl=2025-11-30 before"``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping

from pipeline.ids import stable_id
from pipeline.records import Commitment, Evidence, Obligation
from pipeline.settings import SAME_ACTION_NUMBERS, SAME_ACTION_POSITION

_Key = tuple[str, str | None, str | None, str | None]


def merge_obligations(
    obligations: Iterable[Obligation], story_of: Mapping[str, str]
) -> tuple[list[Commitment], list[Evidence]]:
    """Commitments (sorted by ``commitment_id``) and their evidence (sorted by
    ``commitment_id``, ``article_id``, ``start``) from every article's obligations
    (each article's in text order); independent of the order of the articles."""
    by_story: dict[str, list[Obligation]] = defaultdict(list)
    for o in sorted(obligations, key=lambda o: o.article_id):  # stable: text order stays
        by_story[story_of[o.article_id]].append(o)
    commitments: list[Commitment] = []
    evidence: list[Evidence] = []
    for story_id in sorted(by_story):
        groups = _group(by_story[story_id])
        conflicts = _conflicts(groups)
        for key, ordinal, members in groups:
            actor, value, relation, decree = key
            lead = min(members, key=lambda o: (o.lang, o.article_id, o.start))
            commitment_id = stable_id(
                "commitment", story_id, actor, ordinal, value, relation, decree
            )
            directors = sorted({o.directed_by for o in members if o.directed_by})
            commitments.append(
                Commitment(
                    commitment_id=commitment_id,
                    story_id=story_id,
                    actor=actor,
                    action=lead.action,
                    deadline_value=value,
                    deadline_relation=relation,
                    due_date=lead.deadline.due_date if lead.deadline else None,
                    decree_number=decree,
                    directed_by=directors[0] if directors else None,
                    languages=tuple(sorted({o.lang for o in members})),
                    conflict=conflicts.get((key, ordinal)),
                )
            )
            evidence.extend(
                Evidence(commitment_id, o.article_id, o.lang, o.sentence, o.start, o.end)
                for o in members
            )
    commitments.sort(key=lambda c: c.commitment_id)
    evidence.sort(key=lambda e: (e.commitment_id, e.article_id, e.start))
    return commitments, evidence


def _key(o: Obligation) -> _Key:
    deadline = o.deadline
    return (
        o.actor,
        deadline.value if deadline else None,
        deadline.relation if deadline else None,
        o.decree,
    )


def _group(obligations: list[Obligation]) -> list[tuple[_Key, int, list[Obligation]]]:
    """Split a story's obligations into commitments: one per key, or, when one article
    states a key several times, one per statement of the article that states it most."""
    by_key: dict[_Key, list[Obligation]] = defaultdict(list)
    for o in obligations:
        by_key[_key(o)].append(o)
    groups: list[tuple[_Key, int, list[Obligation]]] = []
    for key in sorted(by_key, key=_sortable):
        per_article: dict[str, list[Obligation]] = defaultdict(list)
        for o in sorted(by_key[key], key=lambda o: (o.article_id, o.start)):
            per_article[o.article_id].append(o)
        pivot = min(per_article, key=lambda a: (-len(per_article[a]), a))
        clusters = [[o] for o in per_article[pivot]]
        for article_id in sorted(per_article):
            if article_id == pivot:
                continue
            free = list(range(len(clusters)))
            for o in per_article[article_id]:
                if not free:
                    clusters.append([o])
                    continue
                best = max(free, key=lambda i: (_similarity(clusters[i][0], o), -i))
                clusters[best].append(o)
                free.remove(best)
        groups.extend((key, i, members) for i, members in enumerate(clusters))
    return groups


def _numbers(o: Obligation) -> frozenset[str]:
    return frozenset(a for a in o.anchors if a.startswith("n:"))


def _similarity(a: Obligation, b: Obligation) -> float:
    """Language-independent likeness of two sentences: shared numbers, then place."""
    numbers = _numbers(a) | _numbers(b)
    overlap = len(_numbers(a) & _numbers(b)) / len(numbers) if numbers else 0.0
    return overlap + (1.0 - abs(a.position - b.position)) * 0.1


def _same_action(a: Obligation, b: Obligation) -> bool:
    """Two sentences state the same obligation: most of their numbers agree, or they
    stand at the same place in their articles and no number contradicts it."""
    na, nb = _numbers(a), _numbers(b)
    if na and nb and len(na & nb) / len(na | nb) >= SAME_ACTION_NUMBERS:
        return True
    agree = not (na and nb) or bool(na & nb)
    return agree and abs(a.position - b.position) <= SAME_ACTION_POSITION


def _conflicts(groups: list[tuple[_Key, int, list[Obligation]]]) -> dict[tuple[_Key, int], str]:
    """Rows of one story whose languages state the same obligation with different
    deadlines: same actor and decree, no language in common, matching sentences."""
    notes: dict[tuple[_Key, int], str] = {}
    for key_a, ord_a, members_a, key_b, ord_b, members_b in _conflict_candidates(groups):
        langs_a = {o.lang for o in members_a}
        langs_b = {o.lang for o in members_b}
        if langs_a & langs_b:
            continue
        if not any(_same_action(a, b) for a in members_a for b in members_b):
            continue
        sides = sorted(
            f"{lang}={_deadline_text(key)}"
            for key, langs in ((key_a, langs_a), (key_b, langs_b))
            for lang in langs
        )
        note = "deadline: " + "; ".join(sides)
        for ident in ((key_a, ord_a), (key_b, ord_b)):
            notes[ident] = note if ident not in notes else _join(notes[ident], note)
    return notes


def _conflict_candidates(groups: list[tuple[_Key, int, list[Obligation]]]) -> Iterator[tuple]:
    """Pairs of groups with the same actor and decree but different deadlines, without
    comparing every pair of the story (a long article can hold thousands of groups)."""
    buckets: dict[tuple, dict[tuple, list]] = defaultdict(lambda: defaultdict(list))
    for key, ordinal, members in groups:
        buckets[(key[0], key[3])][key[1:3]].append((key, ordinal, members))
    for by_deadline in buckets.values():
        deadlines = list(by_deadline)
        for i, first in enumerate(deadlines):
            for second in deadlines[i + 1 :]:
                for a in by_deadline[first]:
                    for b in by_deadline[second]:
                        yield (*a, *b)


def _deadline_text(key: _Key) -> str:
    return f"{key[1]} {key[2]}" if key[1] else "none"


def _join(old: str, new: str) -> str:
    parts = sorted(
        set(old.removeprefix("deadline: ").split("; "))
        | set(new.removeprefix("deadline: ").split("; "))
    )
    return "deadline: " + "; ".join(parts)


def _sortable(key: _Key) -> tuple[str, ...]:
    return tuple(part or "" for part in key)
