"""Quality floors of ``make eval``, one place for every set (raise them, never lower them).

Keys are paths into :meth:`tools.scoring.SeedReport.figures`: ``"commitments.f1"``,
``"commitment_actor.accuracy"``. Measured on 2026-12-07 (see README, "Evaluation").
"""

from __future__ import annotations

SEEDS: dict[str, float] = {
    "decrees.f1": 1.0,
    "dates.f1": 1.0,
    "deadlines.f1": 1.0,
    "officials.f1": 1.0,
    "title_accuracy": 1.0,
    "stories.f1": 1.0,
    "commitments.precision": 1.0,
    "commitments.recall": 1.0,
    "commitments.f1": 1.0,
    "commitment_actor.accuracy": 1.0,
    "commitment_deadline.accuracy": 1.0,
    "commitment_decree.accuracy": 1.0,
    "commitment_directed_by.accuracy": 1.0,
    "commitment_exact.accuracy": 1.0,
    "commitment_merge.f1": 1.0,
}

DEV: dict[str, float] = {
    "decrees.f1": 0.98,
    "dates.f1": 0.99,
    "deadlines.f1": 0.92,
    "officials.f1": 1.0,
    "title_accuracy": 1.0,
    "stories.f1": 1.0,
    "commitments.precision": 1.0,
    "commitments.recall": 0.95,
    "commitments.f1": 0.97,
    "commitment_actor.accuracy": 1.0,
    "commitment_deadline.accuracy": 0.97,
    "commitment_decree.accuracy": 0.97,
    "commitment_directed_by.accuracy": 0.97,
    "commitment_exact.accuracy": 0.92,
}

#: The project's own held-out set (eval/heldout, 12 articles written for the project).
HELDOUT: dict[str, float] = {
    "decrees.f1": 1.0,
    "dates.f1": 1.0,
    "deadlines.f1": 1.0,
    "officials.f1": 1.0,
    "title_accuracy": 1.0,
    "commitments.precision": 1.0,
    "commitments.recall": 1.0,
    "commitments.f1": 1.0,
    "commitment_actor.accuracy": 0.97,
    "commitment_deadline.accuracy": 1.0,
    "commitment_decree.accuracy": 1.0,
    "commitment_directed_by.accuracy": 1.0,
    "commitment_exact.accuracy": 0.97,
}

#: Counts that must stay at most this (errors, not scores).
DEV_MAX = {"not_officials_reported": 0, "hard_negatives_merged": 0}
SEEDS_MAX = {"not_officials_reported": 0, "hard_negatives_merged": 0}
HELDOUT_MAX = {"not_officials_reported": 0, "hard_negatives_merged": 0}


def below(figures: dict, floors: dict[str, float], ceilings: dict[str, int]) -> list[str]:
    """Every figure under its floor or over its ceiling, as readable lines."""
    failed = []
    for path, floor in floors.items():
        value = figures
        for part in path.split("."):
            value = value[part]
        if value < floor:
            failed.append(f"{path} = {value} < floor {floor}")
    for name, ceiling in ceilings.items():
        if figures[name] > ceiling:
            failed.append(f"{name} = {figures[name]} > {ceiling}")
    return failed
