"""Obligations stated in one article's sentences (the per-article half of commitments).

A sentence without an obligation cue is never an obligation. For each cue the
actor is found by the cue's kind (see ``lang/fr.py``):

- ``object`` ("a demandé au ministère de la Santé de…", "polecił Ministerstwu
  Zdrowia…", "yêu cầu Bộ Y tế…"): the body right after the cue; the official
  who is the subject of the verb directed it;
- ``subject`` ("le ministère de la Santé doit…"): the body that opens the clause;
  an unknown capitalised noun phrase is kept as written only when the sentence
  also has a deadline or a decree;
- ``passive`` ("la fusion doit être achevée avant…") and ``impersonal`` ("il faut…"):
  the body named in the clause, else ``Unspecified`` when a deadline or decree
  makes the sentence a commitment on its own.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from pipeline.article.actors import (
    ActorSpan,
    CueSpan,
    Grammar,
    actor_grammar,
    find_actors,
    find_cues,
)
from pipeline.article.anchors import name_anchors, number_anchors
from pipeline.article.discourse import Discourse, DiscourseGrammar
from pipeline.article.sentences import split_sentences
from pipeline.records import Article, Deadline, Extraction, Obligation, OfficialMention
from pipeline.settings import (
    ASSIGNEE_WINDOW,
    CREDIT_WORDS,
    FUTURE_SUBJECT_GAP,
    MAX_ACTION,
    SHORT_TITLE_TAIL,
    TITLE_LEAD,
)
from pipeline.spans import SpanIndex, overlaps_any
from pipeline.textnorm import ascii_fold

UNSPECIFIED = "Unspecified"
_CLAUSE_BREAK = regex.compile(r"[;:]")
_CLAUSE_OPEN = regex.compile(r"[,;:«“\"(]")
_UNKNOWN_SUBJECT = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]*(?:\s+[\p{L}\p{M}'’-]+){0,7}")
# A common noun phrase after a determiner: "Les autorités compétentes doivent…".
_UNKNOWN_COMMON = regex.compile(r"\p{Ll}[\p{L}\p{M}'’-]*(?:\s+[\p{L}\p{M}'’-]+){0,5}")


@dataclass(frozen=True, slots=True)
class _Reading:
    actors: tuple[ActorSpan, ...]
    region_start: int  # where this obligation's words begin (for deadlines and scope)
    action_start: int
    cue: CueSpan
    #: False when a directive names no addressee and its actor was read from the clause.
    addressed: bool = True


def find_obligations(article: Article, extraction: Extraction) -> list[Obligation]:
    """Obligations of one article, in text order."""
    text, lang = article.text, article.lang
    try:
        gram = actor_grammar(lang)
    except KeyError:
        return []
    found: list[Obligation] = []
    skipped = sorted(article.no_official_spans)
    deadline_index = SpanIndex(extraction.deadlines)
    decree_index = SpanIndex(extraction.decrees)
    officials = _Officials(extraction.officials)
    covered = sorted((d.start, d.end) for d in (*extraction.decrees, *extraction.dates))
    discourse = Discourse(text, lang, find_actors(text, lang), extraction.officials)
    # one scan of the whole text per cue pattern (not one per sentence): the same cues, as
    # none runs over a sentence end, at a fifth less of the scan's time
    cue_index = SpanIndex(find_cues(text, lang))
    for s0, s1 in split_sentences(text, lang):
        if _credit_only(text, skipped, s0, s1):
            continue
        inside = officials.index.within(s0, s1)
        discourse.start_sentence(s0, s1, inside)
        cues = cue_index.within(s0, s1)
        before = len(found)
        if cues:
            found.extend(
                _sentence_obligations(
                    article, gram, discourse, officials, cues, s0, s1,
                    deadline_index.within(s0, s1), decree_index.within(s0, s1), covered,
                )
            )  # fmt: skip
        discourse.end_sentence(len(found) > before)
    return _without_repeated_captions(found, skipped)


def _without_repeated_captions(
    found: list[Obligation], skipped: Sequence[tuple[int, int]]
) -> list[Obligation]:
    """A caption that repeats what the article states (same actor, deadline and decree)
    is no second commitment; a caption that states one of its own is kept."""

    in_caption = [overlaps_any(skipped, o.start, o.end) for o in found]
    keys = [(o.actor, o.deadline.value if o.deadline else None, o.decree) for o in found]
    stated = {k for k, caption in zip(keys, in_caption, strict=True) if not caption}
    return [
        o
        for o, k, caption in zip(found, keys, in_caption, strict=True)
        if not caption or k not in stated
    ]


def _sentence_obligations(
    article: Article,
    gram: Grammar,
    discourse: Discourse,
    officials: _Officials,
    cues: list[CueSpan],
    s0: int,
    s1: int,
    deadlines: list[Deadline],
    decrees: list,
    covered: Sequence[tuple[int, int]],
) -> list[Obligation]:
    text, lang = article.text, article.lang
    actors = discourse.actors_in(s0, s1)
    readings = [
        r
        for c in cues
        if (r := _read(text, gram, discourse, c, actors, _after_director(cues, c, s0), s1))
        is not None
    ]
    readings = [
        r
        for i, r in enumerate(readings)
        # "X yêu cầu Bộ Y tế chỉ đạo, hỗ trợ…": the second verb is the action
        if not (i and not r.addressed and r.cue.kind != "tasks")
        # "Yêu cầu Bộ A chủ trì, phối hợp với B … khẩn trương…": A's action
        and not _inside_directive(text, readings[:i], r)
    ]
    found: list[Obligation] = []
    seen: set[tuple[str, Deadline | None]] = set()
    for i, reading in enumerate(readings):
        names = [a.name for a in reading.actors]
        # the action runs to the next kept reading of other actors (a verb read as part
        # of this action does not cut it)
        later = [r.region_start for r in readings[i + 1 :] if r.actors != reading.actors]
        action_end = min(later, default=s1)
        in_scope = [d for d in deadlines if reading.region_start <= d.start < action_end]
        deadline = (in_scope or (deadlines if len(readings) == 1 else []) or [None])[0]
        decree = _nearest_decree(decrees, reading.cue.start)
        directed_by = _director(text, gram, reading.cue, s0, s1, officials, discourse.grammar)
        if directed_by:
            discourse.take_floor(directed_by)
        # an office that no named official stands for directs ("Thủ tướng yêu cầu…" after
        # the Deputy Prime Minister spoke): the director is unnamed, not the floor's holder
        by_office = reading.cue.kind in DIRECTING_KINDS and discourse.office_before(
            s0, reading.cue.start
        )
        if not by_office:
            directed_by = directed_by or discourse.director(s0)
        by_authority = by_office or (
            reading.cue.kind in DIRECTING_KINDS
            and _body_directs(text, gram, discourse, s0, reading.cue)
        )
        if by_authority and directed_by is None:
            discourse.take_office_floor()
        directive = reading.cue.kind in DIRECTING_KINDS and (
            directed_by is not None or by_authority
        )
        variants = [deadline]
        if reading.cue.kind == "tasks" and not names:
            # Each dated task of a directed list is a commitment of its own.
            variants = in_scope if directed_by else []
        if not names:
            if deadline is None and decree is None and not directive:
                continue
            names = [UNSPECIFIED]
        if any(n.startswith("?") for n in names) and deadline is None and decree is None:
            under_directive = directed_by is not None or discourse.office_floor
            if not under_directive or discourse.grammar.copula.match(text, reading.cue.end):
                continue  # "Le nouveau poste doit être différent": a state, not a task
            # An unnamed party told what it must do, in a directive: "Les autorités doivent…".
            names = [UNSPECIFIED]
        action = _trim(text[reading.action_start : action_end], gram)
        if not action:
            continue
        for name, deadline in ((n.lstrip("?"), d) for n in names for d in variants):
            if (name, deadline) in seen:
                continue
            seen.add((name, deadline))
            if name != UNSPECIFIED:
                discourse.note_actor(name)
            found.append(
                Obligation(
                    article.article_id,
                    lang,
                    s0,
                    s1,
                    text[s0:s1],
                    name,
                    action,
                    deadline,
                    decree,
                    directed_by,
                    s0 / max(len(text), 1),
                    _sentence_anchors(text, s0, s1, covered),
                )
            )
    if _headline(text, s0, s1) or any(o.actor != UNSPECIFIED for o in found):
        # A title line ("Le Premier ministre exige l'accélération de…") announces what the
        # article states, and a sentence that names who acts has no other, unattributed
        # commitment: only named actors are kept.
        found = [o for o in found if o.actor != UNSPECIFIED]
    return found


def _after_director(cues: list[CueSpan], cue: CueSpan, s0: int) -> int:
    """Where the words that may name ``cue``'s own subject begin: after the last directing
    verb before it ("Chính phủ yêu cầu 11 bộ … khẩn trương…": the Government directs,
    it is not the subject of "khẩn trương"), else at the sentence start."""
    return max(
        (c.end for c in cues if c.kind in DIRECTING_KINDS and c.end <= cue.start), default=s0
    )


def _inside_directive(text: str, earlier: list[_Reading], reading: _Reading) -> bool:
    """A modal or future verb that stands in the action of a directive before it in the
    same clause ("asks ministry A to lead, with B …, and urgently study…") belongs to that
    action; it states no commitment of another body."""
    if reading.cue.kind in DIRECTING_KINDS:
        return False
    return any(
        r.cue.kind in DIRECTING_KINDS
        and r.actors
        and r.addressed
        and ";" not in text[r.cue.end : reading.cue.start]
        for r in earlier
    )


def _credit_only(text: str, skipped: Sequence[tuple[int, int]], s0: int, s1: int) -> bool:
    """The sentence lies in a byline or credit span and states no clause of its own: a
    caption that carries a directive ("Premier X zwrócił się do…, — Zdjęcie: VGP") is
    read; a bare byline is not."""
    return overlaps_any(skipped, s0, s1) and len(text[s0:s1].split()) <= CREDIT_WORDS


def _headline(text: str, s0: int, s1: int) -> bool:
    """The sentence is a whole line without final punctuation: a title or a caption."""
    before = text[text.rfind("\n", 0, s0) + 1 : s0]
    newline = text.find("\n", s1)
    after = text[s1 : newline if newline >= 0 else len(text)]
    return not before.strip() and not after.strip() and text[s1 - 1 : s1] not in _FINAL


_FINAL = frozenset(".!?…:;»”\")'")


#: Cue kinds that direct someone else to act: their subject is the director.
DIRECTING_KINDS = frozenset({"object", "speech", "assign", "tasks"})


def _addressees(text: str, gram: Grammar, actors: list[ActorSpan], lo: int) -> list[ActorSpan]:
    """The bodies right at ``lo`` (after an optional article or preposition), chained by
    commas and conjunctions: "aux ministères, aux agences et aux localités"."""
    chosen: list[ActorSpan] = []
    while True:
        lead = gram.addressee_lead.match(text, lo)
        hi = (lead.end() if lead else lo) + 1
        nxt = next((a for a in actors if lo <= a.start <= hi and a not in chosen), None)
        if nxt is None:
            break
        chosen.append(nxt)
        chain = gram.chain.match(text, nxt.end)
        if chain is None or chain.end() == nxt.end:
            break
        lo = chain.end()
    return chosen


def _read(
    text: str,
    gram: Grammar,
    discourse: Discourse,
    cue: CueSpan,
    actors: list[ActorSpan],
    s0: int,
    s1: int,
) -> _Reading | None:
    """Actor(s), region and action start of one cue, or None when the cue has no reading."""
    if cue.kind in ("object", "speech"):
        # The addressee starts where the cue ends, after an optional article or preposition
        # ("au", "les") that may also open the actor's own name ("les localités").
        chosen = _addressees(text, gram, actors, _skip_space(text, cue.end))
        if chosen:
            start = chosen[-1].end
            lead = gram.action_lead.match(text[start:s1])
            return _Reading(tuple(chosen), cue.start, start + (lead.end() if lead else 0), cue)
        if cue.kind == "object" and not _directive_without_addressee(text, cue, s1):
            return None
        # "Il a demandé que le ministère achève…": the body of the clause that follows.
        clause_end = _clause_end(text, cue.end, s1)
        after = [a for a in actors if cue.end <= a.start and a.end <= clause_end]
        lead = gram.action_lead.match(text[cue.end : s1])
        action = cue.end + (lead.end() if lead else 0)
        return _Reading(tuple(after[:1]), cue.start, action, cue, addressed=False)
    if cue.kind == "tasks":
        # "Ministerstwa i samorządy: wdrożyć…" names who acts right before the colon.
        owner = [a for a in actors if a.end <= cue.start and not text[a.end : cue.start].strip()]
        return _Reading(tuple(owner[-1:]), cue.end, cue.end, cue, addressed=bool(owner))
    if cue.kind == "assign":
        lead_word = discourse.grammar.assignment_lead
        for a in actors:
            if not (cue.end <= a.start <= cue.end + ASSIGNEE_WINDOW):
                continue
            gap = text[cue.end : a.start]
            if _CLAUSE_BREAK.search(gap):
                break
            lead = lead_word.search(text, max(cue.end, a.start - 8), a.start) or lead_word.match(
                text, a.start
            )
            if lead is None and lead_word.pattern != "(?:)":
                continue
            chosen = _addressees(text, gram, actors, lead.start() if lead else a.start)
            chosen = chosen or [a]
            return _Reading(tuple(chosen), cue.start, cue.end, cue)
        return None
    clause = _clause_start(text, gram, s0, cue.start)
    before = [a for a in actors if clause <= a.start and a.end <= cue.start]
    after = [a for a in actors if a.start >= cue.end]
    if cue.kind == "first_person":
        body = discourse.first_person_actor(cue.start)
        if body is None:
            return None
        return _Reading((ActorSpan(body, cue.start, cue.start),), cue.start, cue.end, cue)
    if cue.kind in ("subject", "future"):
        subject = _subject(text, before, cue)
        if subject is not None and cue.kind == "future":
            gap = text[subject.end : cue.start]
            if "," in gap or len(gap.split()) > FUTURE_SUBJECT_GAP:
                subject = None
        if subject is None:
            subject = _referenced_subject(text, discourse, clause, cue)
        if subject is None and (dropped := discourse.dropped_subject(text[clause : cue.start])):
            subject = ActorSpan(dropped, cue.start, cue.start)
        if subject is None and cue.kind == "subject":
            subject = _unknown_subject(text, gram, clause, cue.start)
        if subject is None and cue.kind == "future":
            return None
        chosen_actors = _joined(text, gram, before, subject) if subject else ()
        return _Reading(
            chosen_actors, chosen_actors[0].start if subject else clause, cue.start, cue
        )
    if cue.kind == "passive":
        if before:
            return _Reading(_joined(text, gram, before, before[0]), clause, clause, cue)
        # after the verb only the agent acts ("… doit être achevée par le ministère"); a
        # body in another role is a recipient ("… przekazany Prezesowi Rady Ministrów")
        agents = [a for a in after[:1] if gram.passive_agent.search(text, cue.end, a.start)]
        return _Reading(tuple(agents), clause, clause, cue)
    # impersonal ("il faut que les localités…", "należy, aby ministerstwa…"): only a body
    # right after the cue and its subordinator is who acts; one further on is an object
    # or a recipient ("należy zgłaszać właściwym organom")
    lead = gram.action_lead.match(text[cue.end : s1])
    action = cue.end + (lead.end() if lead else 0)
    subject = _addressees(text, gram, actors, _skip_space(text, action))
    return _Reading(tuple(subject[:1]), cue.start, action, cue)


def _body_directs(text: str, gram: Grammar, discourse: Discourse, s0: int, cue: CueSpan) -> bool:
    """A body is the subject of the directing verb ("Le ministère a demandé aux organes
    gestionnaires de…", "Bộ Xây dựng yêu cầu các nhà thầu…"): its directive is a
    commitment of the addressee even when no official is named."""
    clause = _clause_start(text, gram, s0, cue.start)
    if _nearest_subject(text, discourse.actors_in(clause, cue.start), cue) is not None:
        return True
    # a definite reference ("Le ministère"), not a pronoun: "Il a demandé…" may be a person
    pronoun = discourse.grammar.reference_pronouns.match(text[clause : cue.start].strip())
    return pronoun is None and _referenced_subject(text, discourse, clause, cue) is not None


def _directive_without_addressee(text: str, cue: CueSpan, s1: int) -> bool:
    """An object cue with no body after it still directs when a clause or an action
    follows at once ("yêu cầu thi công…", "a exigé que…"), not a noun phrase of its own."""
    rest = text[cue.end : s1].lstrip()
    return rest[:1].isalpha() and not rest[:1].isupper()


def _clause_end(text: str, start: int, s1: int) -> int:
    m = _CLAUSE_BREAK.search(text, start, s1)
    return m.start() if m else s1


def _referenced_subject(
    text: str, discourse: Discourse, clause: int, cue: CueSpan
) -> ActorSpan | None:
    """The body that the words before the verb refer back to ("Il", "Le Département")."""
    phrase = text[clause : cue.start]
    name = discourse.resolve(phrase, clause) or discourse.office_body(phrase)
    if name is None:
        return None
    offset = clause + (len(phrase) - len(phrase.lstrip()))
    return ActorSpan(name, offset, offset + len(phrase.strip()))


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _clause_start(text: str, gram: Grammar, s0: int, cue_start: int) -> int:
    start = s0
    for m in _CLAUSE_BREAK.finditer(text, s0, cue_start):
        start = m.end()
    for m in gram.speech_verbs.finditer(text, start, cue_start):
        start = m.end()
    while start < cue_start and text[start] in " ,«“\"'„":
        start += 1
    return start


def _subject(text: str, before: list[ActorSpan], cue: CueSpan) -> ActorSpan | None:
    """The body nearest the cue if nothing but a few words separate them, else the body
    that opens the clause ("Le ministère, avec les localités, doit…" → the ministry)."""
    if not before:
        return None
    return _nearest_subject(text, before, cue) or before[0]


def _joined(
    text: str, gram: Grammar, before: list[ActorSpan], subject: ActorSpan
) -> tuple[ActorSpan, ...]:
    """The subject with the bodies joined to it by commas and conjunctions ("Bộ Quốc phòng
    và Bộ Công an phải…", "Le ministère de la Santé et le ministère des Finances doivent…")."""
    if subject not in before:
        return (subject,)
    i = j = before.index(subject)
    while i > 0 and _chained(text, gram, before[i - 1], before[i]):
        i -= 1
    while j + 1 < len(before) and _chained(text, gram, before[j], before[j + 1]):
        j += 1
    return tuple(before[i : j + 1])


def _chained(text: str, gram: Grammar, first: ActorSpan, second: ActorSpan) -> bool:
    """Only a comma or a conjunction, and an article, stand between the two bodies."""
    chain = gram.chain.match(text, first.end, second.start)
    if chain is None or chain.end() == first.end:
        return False
    lead = gram.addressee_lead.match(text, chain.end(), second.start)
    return (lead.end() if lead else chain.end()) == second.start


def _nearest_subject(text: str, before: list[ActorSpan], cue: CueSpan) -> ActorSpan | None:
    """The last body before the cue when nothing but a few words separate them."""
    if not before:
        return None
    gap = text[before[-1].end : cue.start]
    return before[-1] if "," not in gap and len(gap.split()) <= 3 else None


def _unknown_subject(text: str, gram: Grammar, clause: int, cue_start: int) -> ActorSpan | None:
    phrase = text[clause:cue_start].strip()
    det = gram.subject_determiners.match(phrase)
    offset = text.index(phrase, clause) + (det.end() if det else 0) if phrase else clause
    phrase = text[offset:cue_start].rstrip()
    if not phrase or any(c.isdigit() or c in ",;()" for c in phrase):
        return None
    m = _UNKNOWN_SUBJECT.fullmatch(phrase) or (det and _UNKNOWN_COMMON.fullmatch(phrase))
    if m is None:
        return None
    return ActorSpan("?" + phrase, offset, offset + len(phrase))


def _nearest_decree(decrees: list, cue_start: int) -> str | None:
    if not decrees:
        return None
    return min(decrees, key=lambda d: (abs(d.start - cue_start), d.start)).number


def _trim(action: str, gram: Grammar) -> str:
    action = gram.trailing.sub("", action.strip()).rstrip(" .;,")
    if len(action) <= MAX_ACTION:
        return action
    cut = action.rfind(" ", 0, MAX_ACTION)
    return action[: cut if cut > 0 else MAX_ACTION]


class _Officials:
    """An article's official mentions, indexed for the sentence-by-sentence lookups."""

    def __init__(self, mentions: Sequence[OfficialMention]) -> None:
        self.index = SpanIndex(mentions)
        titled = [o for o in self.index.spans if o.title]
        self._titled = sorted(titled, key=lambda o: o.end)
        self._titled_ends = [o.end for o in self._titled]
        self._latest_by_title: dict[str, tuple[int, str]] = {}
        self._seen = 0

    def titled_before(self, pos: int) -> dict[str, tuple[int, str]]:
        """Folded title → (end, name) of its latest mention ending at or before ``pos``.

        Sentences are visited in text order, so the map only ever grows.
        """
        stop = bisect_right(self._titled_ends, pos)
        for official in self._titled[self._seen : stop]:
            title = ascii_fold(official.title or "").lower()
            self._latest_by_title[title] = (official.end, official.name)
        self._seen = max(self._seen, stop)
        return self._latest_by_title


def _director(
    text: str,
    gram: Grammar,
    cue: CueSpan,
    s0: int,
    s1: int,
    officials: _Officials,
    words: DiscourseGrammar,
) -> str | None:
    """The official who directed the obligation, when the text says so: subject of a
    directing verb ("Le vice-Premier ministre Le Thanh Long a demandé…"), a pronoun, a
    courtesy word with the last words of a name ("Ông Được", "M. Duoc") or a bare title
    standing for an official named before ("Il a demandé…"), or the speaker of the
    sentence ("…, a souligné le vice-Premier ministre Le Thanh Long")."""
    inside = officials.index.within(s0, s1)
    if cue.kind in DIRECTING_KINDS:
        subjects = [o for o in inside if o.end <= cue.start and len(text[o.end : cue.start]) <= 60]
        if subjects:
            return subjects[-1].name
        head = text[s0 : cue.start]
        paragraph = text.rfind("\n", 0, s0) + 1
        earlier = officials.index.within(paragraph, s0)
        if earlier and gram.director_pronoun.match(head):
            return earlier[-1].name
        if honorific := words.honorific_name.match(head):
            named = _named_before(honorific["name"], officials.index.within(0, s0))
            if named:
                return named
        titled = _titled_official(head, officials, s0, words)
        if titled:
            return titled
    for verb in gram.speech_verbs.finditer(text, s0, s1):
        for official in inside:
            if 0 <= official.start - verb.end() <= 40 or 0 <= verb.start() - official.end <= 20:
                return official.name
        titled = _titled_official(text[s0 : verb.start()], officials, s0, words)
        if titled:
            return titled
    return None


def _named_before(short: str, earlier: Sequence[OfficialMention]) -> str | None:
    """The latest official named before whose name ends with ``short`` ("Được" → Nguyen
    Van Duoc)."""
    tail = " " + " ".join(ascii_fold(short).lower().split())
    found = [o for o in earlier if (" " + ascii_fold(o.name).lower()).endswith(tail)]
    return found[-1].name if found else None


def _titled_official(
    head: str, officials: _Officials, before: int, words: DiscourseGrammar
) -> str | None:
    """The official a bare title right before a verb stands for ("Wicepremier zwrócił się…",
    "le Premier ministre a demandé…"): the latest one named with that title, the longest
    title winning ("wicepremier" over "premier"); else the latest one whose title begins
    with the office that opens the subject, its complement shortened ("Chủ tịch UBND Thành
    phố cũng yêu cầu…" after "Chủ tịch UBND TP Hồ Chí Minh Nguyễn Văn Được"), or ends
    with it after a qualifier that is no deputy's ("Wicepremier" after "Stały wicepremier
    Nguyen Hoa Binh"; "Thủ tướng" is never the "Phó Thủ tướng")."""
    clause = _CLAUSE_OPEN.split(head)[-1]
    folded = " " + " ".join(ascii_fold(clause).lower().split())
    titled = officials.titled_before(before)
    matches = [
        (len(title), end, name)
        for title, (end, name) in titled.items()
        if title and folded.endswith(" " + title) and len(folded) - len(title) <= TITLE_LEAD
    ]
    if matches:
        return max(matches)[2]
    office = words.title_opening.match(clause)
    if office is None or len(clause) - office.end() > SHORT_TITLE_TAIL:
        return None
    short = " ".join(ascii_fold(office["title"]).lower().split())
    english = words.title_english.get(short)
    same = [
        (end, name)
        for title, (end, name) in titled.items()
        if f"{title} ".startswith(f"{short} ")
        or (
            title.endswith(f" {short}")
            and title[: -len(short)].split()[-1] not in words.deputy_words
        )
        or (english is not None and _english_title(title, words) == english)
    ]
    return max(same)[1] if same else None


def _english_title(title: str, words: DiscourseGrammar) -> str | None:
    """The English title of a recorded (folded) title: its longest opening words that are a
    title form ("president du comite populaire de hanoi" → Chairman of the People's
    Committee; "chef du gouvernement" → Prime Minister)."""
    parts = title.split()
    for n in range(len(parts), 0, -1):
        english = words.title_english.get(" ".join(parts[:n]))
        if english is not None:
            return english
    return None


def _sentence_anchors(
    text: str, s0: int, s1: int, covered: Sequence[tuple[int, int]]
) -> frozenset[str]:
    """Numbers (outside dates and decree numbers) and name keys of one sentence."""
    sentence = text[s0:s1]
    anchors = {
        f"n:{v}"
        for v, s, e in number_anchors(sentence)
        if not overlaps_any(covered, s0 + s, s0 + e)
    }
    anchors.update(f"p:{k}" for k, _, _ in name_anchors(sentence))
    return frozenset(anchors)
