"""What a reader carries from one sentence to the next while reading commitments.

- **The floor**: reported speech keeps its speaker until another one is introduced. An
  official takes the floor with a directing or concluding verb ("En conclusion, le
  camarade X a souligné…", "zaapelował", "yêu cầu"); a pronoun ("Il a demandé…") keeps
  it; another official's plain report ("a déclaré", "a présenté") ends it, and so do
  three paragraphs in a row that state no commitment.
- **Bodies named so far**, for pronouns ("Il renforcera…") and definite references
  ("Le Département continuera…", "Ten resort…", "Bộ này…"): the last body whose English
  name holds the reference's head word ("Department").
- **The interviewee** of an interview: "nous sommes déterminés à…" has the interviewee's
  body as its actor, and the interviewee holds the floor.

The words come from the language modules (``FLOOR_VERBS``, ``REFERENCE_PRONOUNS``,
``REFERENCE_NOUNS``, ``INTERVIEW_MARKERS``, ``ASSIGNMENT_LEAD``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from pipeline.article.actors import ActorSpan, find_actors
from pipeline.lang import gazetteer, language_data
from pipeline.records import OfficialMention
from pipeline.settings import FLOOR_PARAGRAPHS, INTERVIEWEE_TITLE, INTERVIEWEE_WINDOW
from pipeline.textnorm import ascii_fold

#: How far (characters) an official may stand from the verb that gives the floor.
FLOOR_BEFORE, FLOOR_AFTER = 80, 40


@dataclass(frozen=True, slots=True)
class DiscourseGrammar:
    floor_verbs: regex.Pattern[str]
    speech_verbs: regex.Pattern[str]
    reference_pronouns: regex.Pattern[str]
    subject_drop_leads: regex.Pattern[str]
    reference_nouns: tuple[tuple[regex.Pattern[str], str], ...]
    interview_markers: regex.Pattern[str]
    assignment_lead: regex.Pattern[str]
    subject_determiners: regex.Pattern[str]
    #: An office named without a person, right before a verb: "Phó Thủ tướng yêu cầu…".
    bare_title: regex.Pattern[str]
    #: An office opening a phrase, its complement shortened: "Chủ tịch UBND Thành phố",
    #: "le président du Comité populaire municipal" (group ``title``).
    title_opening: regex.Pattern[str]
    #: A courtesy word and a name's last words as a whole subject: "Ông Được", "M. Duoc".
    honorific_name: regex.Pattern[str]
    #: Folded words that make the office after them a deputy's ("pho").
    deputy_words: frozenset[str]
    #: Folded title forms → English title: "chef du gouvernement" and "premier ministre" are
    #: both "Prime Minister" (gazetteer titles.toml).
    title_english: dict[str, str]
    title_body_heads: tuple[tuple[regex.Pattern[str], str], ...]
    #: A copula right after a modal: "doit être différent" states a state, not a task.
    copula: regex.Pattern[str]


@cache
def discourse_grammar(lang: str) -> DiscourseGrammar:
    """The compiled discourse words of ``lang`` (``KeyError`` for other languages)."""
    data = language_data(lang)
    return DiscourseGrammar(
        floor_verbs=regex.compile(data.FLOOR_VERBS),
        speech_verbs=regex.compile(data.SPEECH_VERBS),
        reference_pronouns=regex.compile(data.REFERENCE_PRONOUNS),
        subject_drop_leads=regex.compile(data.SUBJECT_DROP_LEADS),
        reference_nouns=tuple(
            (regex.compile(rf"(?i:^{p}$)"), word) for p, word in data.REFERENCE_NOUNS.items()
        ),
        interview_markers=regex.compile(data.INTERVIEW_MARKERS),
        assignment_lead=regex.compile(data.ASSIGNMENT_LEAD),
        subject_determiners=regex.compile(data.SUBJECT_DETERMINERS),
        copula=regex.compile(data.COPULA_VERBS),
        title_body_heads=tuple(
            (regex.compile(p), word) for p, word in data.TITLE_BODY_HEADS.items()
        ),
        bare_title=regex.compile(r"(?i:(?<![\p{L}\p{N}])(?:" + _titles(data) + r")\s*$)"),
        title_opening=regex.compile(
            r"(?i:^\s*(?:(?:"
            + "|".join(regex.escape(a) for a in sorted(data.TITLE_ARTICLES, key=len, reverse=True))
            + r")\s*)?(?P<title>"
            + _titles(data)
            + r")(?![\p{L}\p{N}]))"
        ),
        deputy_words=frozenset(data.DEPUTY_WORDS),
        title_english={
            " ".join(ascii_fold(form).split()): english
            for form, english in gazetteer.title_forms(lang).items()
        },
        honorific_name=regex.compile(
            r"^\s*(?i:"
            + "|".join(regex.escape(h) for h in sorted(data.NAME_HONORIFICS, key=len, reverse=True))
            + r")\s+(?P<name>\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})\s*$"
        ),
    )


def _titles(data) -> str:  # noqa: ANN001 - a language module's data
    """The language's titles as one alternation, the longest first."""
    return "|".join(regex.escape(t) for t in sorted(data.OFFICIAL_TITLES, key=len, reverse=True))


class Discourse:
    """The state of one article's reading, advanced sentence by sentence in text order."""

    def __init__(
        self,
        text: str,
        lang: str,
        actors: Sequence[ActorSpan],
        officials: Sequence[OfficialMention],
    ) -> None:
        self.text = text
        self.lang = lang
        self.grammar = discourse_grammar(lang)
        self._actors = sorted(actors, key=lambda a: (a.start, a.end))
        self._actor_starts = [a.start for a in self._actors]
        self._officials = sorted(officials, key=lambda o: (o.start, o.end))
        self.floor: str | None = None
        #: An unnamed office ("le Premier ministre") directs what follows.
        self.office_floor = False
        self.last_actor: str | None = None
        #: The named actor of the sentence before, in this paragraph (a dropped subject):
        #: the actor of its last obligation, else the body it opens with.
        self.previous_actor: str | None = None
        self._sentence_actor: str | None = None
        self._quiet_paragraphs = 0
        self._paragraph_start = -1
        self._paragraph_had_cue = False
        self.interviewee, self.interview_body, self._interview_start = self._interview()

    # ---- bodies ----

    def actors_in(self, lo: int, hi: int) -> list[ActorSpan]:
        i = bisect_left(self._actor_starts, lo)
        j = bisect_left(self._actor_starts, hi, lo=i)
        return [a for a in self._actors[i:j] if a.end <= hi]

    def resolve(self, phrase: str, before: int) -> str | None:
        """The body a pronoun or definite reference (``phrase``, the words before the
        verb) stands for, named before ``before``; None when it is neither."""
        words, head = self._subject_words(phrase)
        if not words:
            return None
        if self.grammar.reference_pronouns.match(words):
            return self.last_actor or self._last_body(before, None)
        for pattern, word in self.grammar.reference_nouns:
            if pattern.match(head):
                return self._last_body(before, word)
        return None

    def office_body(self, phrase: str) -> str | None:
        """The body of an office named as the subject ("Le ministre de la Justice" →
        Ministry of Justice, "Wiceminister Zdrowia" → Ministry of Health)."""
        _, head = self._subject_words(phrase)
        for pattern, word in self.grammar.title_body_heads:
            m = pattern.match(head)
            if m is None:
                continue
            reading = word + head[m.end() :]
            bodies = find_actors(reading, self.lang)
            if bodies and bodies[0].start == 0:
                return bodies[0].name
        return None

    def _subject_words(self, phrase: str) -> tuple[str, str]:
        """The words before a verb, spaces collapsed, and the same without their
        determiner ("Le ministère" → "ministère")."""
        words = " ".join(phrase.split()).strip(" ,")
        det = self.grammar.subject_determiners.match(words)
        return words, words[det.end() :] if det else words

    def _last_body(self, before: int, word: str | None) -> str | None:
        i = bisect_left(self._actor_starts, before)
        for actor in reversed(self._actors[:i]):
            if word is None or word in actor.name.split():
                return actor.name
        if word is not None and self.interview_body and word in self.interview_body.split():
            return self.interview_body
        return None

    # ---- the interview ----

    def _interview(self) -> tuple[str | None, str | None, int]:
        marker = self.grammar.interview_markers.search(self.text)
        if marker is None:
            return None, None, len(self.text)
        for official in self._officials:
            if 0 <= official.start - marker.end() <= INTERVIEWEE_WINDOW:
                hi = min(len(self.text), official.end + INTERVIEWEE_TITLE)
                line_end = self.text.find("\n", official.end)
                hi = min(hi, line_end) if line_end >= 0 else hi
                bodies = self.actors_in(official.start, hi)
                return official.name, bodies[-1].name if bodies else None, marker.start()
        return None, None, len(self.text)

    def first_person_actor(self, pos: int) -> str | None:
        """The body that "nous" stands for at ``pos``: the interviewee's."""
        return self.interview_body if pos >= self._interview_start else None

    def office_before(self, s0: int, pos: int) -> bool:
        """An office (a title without a name) is the subject right before ``pos``."""
        return self.grammar.bare_title.search(self.text, max(s0, pos - 60), pos) is not None

    # ---- the floor ----

    def director(self, pos: int) -> str | None:
        """Who holds the floor at ``pos`` (the speaker of reported speech)."""
        if self.floor:
            return self.floor
        if self.interviewee and pos >= self._interview_start:
            return self.interviewee
        return None

    def start_sentence(self, s0: int, s1: int, officials: Sequence[OfficialMention]) -> None:
        """Before a sentence: a long stretch without commitments ends the floor; an
        official who directs or concludes in it takes the floor; another official's
        plain report ends it."""
        paragraph = self.text.rfind("\n", 0, s0) + 1
        self.previous_actor = self._sentence_actor if paragraph == self._paragraph_start else None
        # a sentence that opens with a body has it as its subject, commitment or not
        # ("Ministerstwo X koncentruje się na… Ponadto dąży do…")
        opening = self.actors_in(s0, s1)[:1]
        self._sentence_actor = opening[0].name if opening and opening[0].start == s0 else None
        if paragraph != self._paragraph_start:
            if self._paragraph_start >= 0:
                quiet = not self._paragraph_had_cue
                self._quiet_paragraphs = self._quiet_paragraphs + 1 if quiet else 0
                if self._quiet_paragraphs >= FLOOR_PARAGRAPHS:
                    self._end_floor()
            self._paragraph_start = paragraph
            self._paragraph_had_cue = False
        if not officials:
            return  # no official to take or end the floor: no verb to look for
        for verb in self.grammar.floor_verbs.finditer(self.text, s0, s1):
            near = [o for o in officials if _near(o, verb)]
            if near:
                self.take_floor(near[0].name)
                return
        for verb in self.grammar.speech_verbs.finditer(self.text, s0, s1):
            if any(o.name != self.floor and _near(o, verb) for o in officials):
                self._end_floor()
                return

    def note_actor(self, name: str) -> None:
        """An obligation of the current sentence names ``name``."""
        self.last_actor = self._sentence_actor = name

    def dropped_subject(self, phrase: str) -> str | None:
        """The actor a clause without a subject continues ("Ponadto przedłoży…"): the
        named actor of the sentence before, where the language drops repeated subjects."""
        if self.previous_actor and self.grammar.subject_drop_leads.match(phrase):
            return self.previous_actor
        return None

    def end_sentence(self, stated: bool) -> None:
        """After a sentence: whether it stated a commitment."""
        if stated:
            self._paragraph_had_cue = True

    def take_office_floor(self) -> None:
        """An office without a name directs: what follows is under its directive, no longer
        the named speaker's."""
        self.floor = None
        self.office_floor = True
        self._directed()

    def take_floor(self, name: str) -> None:
        """``name`` directs or speaks: reported speech after it is theirs."""
        self.floor = name
        self._directed()

    def _directed(self) -> None:
        self._paragraph_had_cue = True
        self._quiet_paragraphs = 0

    def _end_floor(self) -> None:
        self.floor = None
        self.office_floor = False


def _near(official: OfficialMention, verb: regex.Match[str]) -> bool:
    """The official is the subject of the verb, or named right after it."""
    before = verb.start() - official.end
    return 0 <= before <= FLOOR_BEFORE or 0 <= official.start - verb.end() <= FLOOR_AFTER
