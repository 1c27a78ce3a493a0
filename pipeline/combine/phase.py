"""The global phase: stories and commitments over a set of processed articles.

``extract`` runs it over every article of the run; ``nightly`` over the articles a
night could change (the new ones, those sharing a strong key or a rare anchor with
them, and every member of their current stories), from the per-article results it
cached. Both go through :func:`combine`, so a night groups and merges exactly as a full
run does on the same articles, with the same thresholds (``pipeline.settings``).

What it needs of an article is its :class:`~pipeline.records.StoryFeatures` and its
obligations: no text.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline import rows
from pipeline.combine.commitments import merge_obligations
from pipeline.combine.stories import StoryAssignment, StoryIndex, story_rows
from pipeline.records import Obligation, Processed, StoryFeatures
from pipeline.timing import lap

#: What the global phase needs of one article: its story features and its obligations.
GlobalPart = tuple[StoryFeatures | None, tuple[Obligation, ...]]


def global_part(processed: Processed) -> GlobalPart:
    """The share of ``processed`` the global phase reads."""
    return processed.features, processed.obligations


@dataclass
class Combined:
    """What the global phase found: ``story_of`` (article_id -> story_id, with the
    evidence of each story) and the rows of ``stories``, ``commitments`` and
    ``commitment_evidence`` for those articles."""

    story_of: StoryAssignment
    stories: list[rows.Row]
    commitments: list[rows.Row]
    evidence: list[rows.Row]


@dataclass
class GlobalInputs:
    """The share of each article the global phase needs, gathered as results arrive
    (:meth:`add`): its story features and its obligations."""

    stories: StoryIndex = field(default_factory=StoryIndex)
    obligations: list[Obligation] = field(default_factory=list)

    def add(self, part: GlobalPart) -> None:
        """Keep one article's story features and obligations (:func:`global_part`)."""
        features, obligations = part
        if features is not None:
            self.stories.add(features)
        self.obligations.extend(obligations)

    def combine(self, timings: dict[str, float] | None = None) -> Combined:
        """Group the stories, then merge the obligations into commitments per story;
        ``timings`` gets the seconds of each (``stories``, ``commitments``)."""
        spent: dict[str, float] = {} if timings is None else timings
        clock = time.perf_counter()
        story_of = self.stories.assign()
        clock = lap(spent, "stories", clock)
        commitments, evidence = merge_obligations(self.obligations, story_of)
        lap(spent, "commitments", clock)
        return Combined(
            story_of=story_of,
            stories=story_rows(self.stories.metas, story_of),
            commitments=rows.commitment_rows(commitments),
            evidence=rows.evidence_rows(evidence),
        )


def combine(members: Iterable[GlobalPart]) -> Combined:
    """The global phase over ``members`` (see :meth:`GlobalInputs.combine`)."""
    inputs = GlobalInputs()
    for member in members:
        inputs.add(member)
    return inputs.combine()
