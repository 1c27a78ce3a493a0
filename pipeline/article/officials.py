"""Named office holders: a title from the language's lexicon bound to a person name.

Patterns, in both orders (titles as written, articles and trailing commas trimmed)::

    le vice-Premier ministre Lê Thành Long      -> Le Thanh Long, "vice-Premier ministre"
    Tran Cam Tu, membre du Bureau politique, membre permanent du Secrétariat
                                                -> Tran Cam Tu, "membre permanent du Secrétariat"
    wicepremier Le Thanh Long / Sekretarz Generalny To Lam
    Phó Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng -> Vo Van Hung, "Phó Chủ tịch UBND tỉnh Quảng Trị"
    ông Nguyễn Thế Toàn, Giám đốc Sở Y tế       -> Nguyen The Toan, "Giám đốc Sở Y tế"
    le président français Emmanuel Macron       -> Emmanuel Macron, "président français"

Never officials: a title without a name (``le Premier ministre a demandé``), a name
without a title, credits and bylines (``Photo : Duy Linh``, ``Par Huong Le``), patients,
victims and heroes (``la patiente Nguyen Thi Luu``, ``bệnh nhân ...``), places named after
people (``rue Tran Hung Dao``, ``Thành phố Hồ Chí Minh``) and anything inside the
loader's ``no_official_spans``. A bare name is reported again (title None) only after
the same person appeared with a title earlier in the article.

Why token scanning over compiled tries instead of spaCy ``Matcher`` or one big regex:
the hard part is deciding where a title's complement ends and the name begins
(``Giám đốc Sở Y tế tỉnh Quảng Trị Nguyễn Văn A``), which needs Vietnamese-name checks
on the tail of a capitalised run; that is a few lines over a token list and awkward in
either a Matcher pattern or a regex. ``spacy.blank("vi")`` also needs the extra ``pyvi``
package. The French NER model (``PERSON_NER_MODEL``) is used only to confirm
non-Vietnamese names that the rules cannot tell from institutions, loaded lazily once.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from pipeline.article.vn_names import is_capitalised, is_vn_name, is_vn_syllable
from pipeline.ids import stable_id
from pipeline.lang.titles import (
    Lexicon,
    lexicon,
    match_at,
    match_ending_at,
    person_ner,
    tokenize,
)
from pipeline.records import OfficialMention
from pipeline.textnorm import ascii_fold, has_diacritics

_MAX_COMPLEMENT = 14  # tokens after a title head
_TRIM = " \t\n,;:"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_VOWELS = frozenset("aeiouyąęóáéíúàèìòùâêîôûäëïöü")
_BROKEN_HYPHEN = re.compile(r"(?<=\w)-\s+(?=\w)")


def person_id_for(name: str) -> str:
    """Stable person ID: ``Trần Cẩm Tú``, ``Tran Cam Tu`` and ``TRAN  CAM TU`` agree."""
    return stable_id("person", " ".join(_fold_name(name).casefold().split()))


def _fold_name(name: str) -> str:
    """ASCII-folded name with typographic apostrophes made plain: ``Flake’a`` → ``Flake'a``."""
    return ascii_fold(name).translate(_APOSTROPHES)


_NER_MEMO: dict[str, tuple[tuple[int, int], ...]] = {}
_NER_MEMO_MAX = 4096


def _ner_persons(model, window: str) -> tuple[tuple[int, int], ...]:  # noqa: ANN001 - spaCy
    """``(start_char, end_char)`` of the PER entities of ``window``, memoised: the same
    window (a candidate asked about twice, a repeated paragraph) runs the model once."""
    found = _NER_MEMO.get(window)
    if found is None:
        found = tuple((e.start_char, e.end_char) for e in model(window).ents if e.label_ == "PER")
        if len(_NER_MEMO) >= _NER_MEMO_MAX:
            _NER_MEMO.clear()
        _NER_MEMO[window] = found
    return found


class _Scan:
    """State of one extraction: tokens, lexicon, and the mentions found so far."""

    def __init__(self, text: str, lex: Lexicon, blocked: Sequence[tuple[int, int]]) -> None:
        self.text, self.lex = text, lex
        self.toks = tokenize(text)
        self.blocked = self.credit_parts(blocked)
        self.mentions: list[OfficialMention] = []
        self.used: set[int] = set()  # token indices inside a mention's name
        self.appositions: dict[int, int] = {}  # region end index -> mention index

    def credit_parts(self, blocked: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Caption spans cut to their credit: ``Le vice-Premier ministre X visite ... -
        Photo : Y`` keeps the official X and blocks ``Photo : Y`` onward. A span without
        a ``cue :`` credit (a byline, a name alone) stays blocked whole."""
        spans = []
        toks, cues = self.toks, self.lex.byline_cues
        starts = [t.start for t in toks]
        for start, end in blocked:
            cut = start
            for k in range(bisect_left(starts, start), len(toks) - 1):
                if toks[k + 1].end > end:
                    break
                if toks[k].key in cues and toks[k + 1].surface == ":":
                    cut = toks[k].start
                    break
            spans.append((cut, end))
        return spans

    # -- token classes -------------------------------------------------------------
    def gap_breaks(self, i: int) -> bool:
        """True when a line break separates token ``i - 1`` from token ``i``."""
        return "\n" in self.text[self.toks[i - 1].end : self.toks[i].start]

    def name_token(self, i: int) -> bool:
        t = self.toks[i]
        if not is_capitalised(t.surface) or match_at(self.lex.titles, self.toks, i) > i:
            return False
        return not (t.key in self.lex.complement_words and not is_vn_syllable(t.surface))

    def complement_token(self, i: int) -> bool:
        t, lex = self.toks[i], self.lex
        if t.key in lex.connectors or t.key in lex.complement_words or t.surface == "-":
            return True
        return t.surface[:1].isupper() or t.surface[:1].isdigit()

    # -- names ---------------------------------------------------------------------
    def name_surfaces(self, i: int, j: int) -> list[str]:
        """Name tokens ``i..j`` as written, a declined last token reduced to its stem."""
        words = [t.surface for t in self.toks[i:j]]
        if words and not is_vn_syllable(words[-1]):
            for suffix in self.lex.case_suffixes:
                stem = words[-1][: -len(suffix)]
                if (
                    words[-1].endswith(suffix)
                    and is_vn_syllable(stem)
                    and is_vn_name([*words[:-1], stem])
                ):
                    return [*words[:-1], stem]
        return words

    def nominative(self, words: list[str], cues: Sequence[str]) -> list[str]:
        """A declined non-Vietnamese name in its nominative (Polish: ``Krzysztofowi
        Gawkowskiemu`` → Krzysztof Gawkowski, ``Donalda Trumpa`` → Donald Trump).

        The case comes from an ending only that case has (``-skiego``, ``-owi``), else
        from the title or honorific before the name (``wicepremiera``), else from every
        word ending in ``-a`` after a consonant; without one the name stays as written.
        """
        lex = self.lex
        if not lex.case_endings or all(is_vn_syllable(w) for w in words):
            return words
        low = [w.casefold() for w in words]
        marked = (
            c
            for w in low
            for end, c, _ in lex.case_marks
            if w.endswith(end) and len(w) > len(end) + 2
        )
        case = next(marked, None)
        case = case or next((lex.case_cues[c] for c in cues if c in lex.case_cues), None)
        if (
            case is None
            and len(words) >= 2
            and all(w.endswith("a") and len(w) > 3 and w[-2] not in _VOWELS for w in low)
            and not any(w.endswith(("ska", "cka", "dzka")) for w in low)
        ):
            case = "gen"
        if case is None:
            return words
        out = []
        for word, w in zip(words, low, strict=True):
            new = word
            marks = [(e, nom) for e, c, nom in lex.case_marks if c == case]
            for end, nom in [*marks, *lex.case_endings.get(case, ())]:
                stem = w[: -len(end)]
                if w.endswith(end) and len(stem) >= 2 and (nom or stem[-1] not in _VOWELS):
                    new = word[: len(stem)].rstrip("'’") + nom  # "Flake’a" -> Flake
                    break
            fixed = lex.stem_fixes.get(new.casefold())
            out.append(new[:1] + fixed[1:] if fixed else new)
        return out

    def vn_name_tail(self, i: int, j: int) -> int | None:
        """Start of a Vietnamese name ending the run ``i..j`` (3, 2, then 4 syllables).

        A run that is exactly one four-syllable name is taken whole ("Lương Nguyễn Minh
        Triết": a second surname is a middle name here), unless it opens with an
        honorific ("Ông Nguyễn Thế Toàn").
        """
        whole = j - i == 4 and match_at(self.lex.honorifics, self.toks, i) == i
        if whole and is_vn_name(self.name_surfaces(i, j)):
            return i
        for size in (5, 3, 2, 4):  # five only for "Y"/"H'" names (see is_vn_name)
            if j - size >= i and is_vn_name(self.name_surfaces(j - size, j)):
                return j - size
        return None

    def ner_person(self, i: int, j: int, exact: bool) -> int | None:
        """Start of a NER person ending at token ``j`` within ``i..j`` (French only)."""
        if not self.lex.ner_model or all(is_vn_syllable(t.surface) for t in self.toks[i:j]):
            return None
        model = person_ner(self.lex.ner_model)
        if model is None:
            return None
        lo, hi = max(0, self.toks[i].start - 160), min(len(self.text), self.toks[j - 1].end + 80)
        for start_char, end_char in _ner_persons(model, self.text[lo:hi]):
            if lo + end_char == self.toks[j - 1].end:
                for k in range(i, j):
                    if self.toks[k].start == lo + start_char and (k == i or not exact):
                        return k
        return None

    def run_end(self, i: int, limit: int | None = None) -> int:
        j = i
        stop = len(self.toks) if limit is None else limit
        while j < stop and self.name_token(j) and (j == i or not self.gap_breaks(j)):
            j += 1
        return j

    def in_blocked(self, start: int, end: int) -> bool:
        """True when ``start..end`` overlaps a caption, credit or byline span."""
        return any(s < end and start < e for s, e in self.blocked)

    def rejected(self, i: int, j: int) -> bool:
        """Cues before the name (patients, credits, places) and loader spans."""
        toks, lex = self.toks, self.lex
        if self.in_blocked(toks[i].start, toks[j - 1].end):
            return True
        if match_ending_at(lex.non_official_cues, toks, i) or match_ending_at(
            lex.place_nouns, toks, i
        ):
            return True
        k = i - 1 if i and toks[i - 1].surface in ":-–—" else i
        return k > 0 and toks[k - 1].line_initial and toks[k - 1].key in lex.byline_cues

    def title_text(self, span: tuple[int, int]) -> str:
        """The title as written, a hyphen broken by a space rejoined ("vice- Premier")."""
        return _BROKEN_HYPHEN.sub("-", self.text[span[0] : span[1]].strip(_TRIM))

    def add(
        self,
        title_span: tuple[int, int] | None,
        i: int,
        j: int,
        raw: tuple[int, int],
        cue: int | None = None,
    ) -> int:
        """Record a mention; its index, or -1 when its span touches a caption or byline.

        ``cue``: index of the title's first token, whose case a declined name follows.
        """
        cues = [self.toks[k].key for k in (i - 1, cue) if k is not None and k >= 0]
        words = self.nominative(self.name_surfaces(i, j), cues)
        written = " ".join(words)
        title = None
        if title_span:
            title = self.title_text(title_span)
        if self.in_blocked(raw[0], raw[1]):
            return -1
        self.mentions.append(
            OfficialMention(
                person_id=person_id_for(written),
                name=_fold_name(written),
                name_native=written if has_diacritics(written) else None,
                title=title,
                raw=self.text[raw[0] : raw[1]],
                start=raw[0],
                end=raw[1],
            )
        )
        self.used.update(range(i, j))
        return len(self.mentions) - 1

    # -- titles --------------------------------------------------------------------
    def name_after_title(self, h: int) -> tuple[int, int, int] | None:
        """(name start, name end, region end) for the complement starting at ``h``."""
        toks, n = self.toks, len(self.toks)
        runs: list[tuple[int, int, bool]] = []  # start, end, led by a connector
        k = h
        while k < n and k - h < _MAX_COMPLEMENT and not self.gap_breaks(k):
            if match_at(self.lex.honorifics, toks, k) > k or not self.complement_token(k):
                break
            if match_at(self.lex.titles, toks, k) > k:
                break
            if (stop := match_at(self.lex.stop_phrases, toks, k)) > k:
                k = stop  # "Tổng thống Mỹ", "prezydenta Stanów Zjednoczonych"
                continue
            if self.name_token(k):
                e = self.run_end(k)
                led = k > h and toks[k - 1].key in self.lex.connectors
                runs.append((k, e, led))
                tail = self.vn_name_tail(k, e)
                if tail is not None:
                    return tail, e, e
                k = e
            else:
                k += 1
        for s, e, led in runs:
            if not led and self.plain_name(s, e):
                return s, e, e
            if led and e - s >= 2 and (start := self.ner_person(s, e, exact=False)) is not None:
                return start, e, e
        return None

    def plain_name(self, i: int, j: int) -> bool:
        """A non-Vietnamese name right after a title: 2-4 words, or 1 confirmed by NER."""
        if all(is_vn_syllable(t.surface) for t in self.toks[i:j]):
            return False  # Vietnamese-shaped words must pass the Vietnamese name grammar
        if any(match_at(self.lex.stop_phrases, self.toks, k) > k for k in range(i, j)):
            return False
        if any(is_vn_syllable(t.surface) and has_diacritics(t.surface) for t in self.toks[i:j]):
            return False  # "Trường Tư Thục Scotland" is Vietnamese words, not a foreign name
        if 2 <= j - i <= 4:
            return True
        return j - i == 1 and self.ner_person(i, j, exact=True) == i

    def name_after_comma(self, k: int) -> tuple[int, int] | None:
        """``, M. Nguyen The Toan`` / ``, ông Nguyễn Thế Toàn`` / ``, Tô Lâm`` after a title."""
        toks = self.toks
        if k < len(toks) and toks[k].surface == ",":
            k += 1
        h = match_at(self.lex.honorifics, toks, k)
        if h > k and h < len(toks) and toks[h].surface == ".":
            h += 1
        if h >= len(toks) or self.gap_breaks(h):
            return None
        e = self.run_end(h)
        if e == h or e - h > 4:
            return None
        if is_vn_name(self.name_surfaces(h, e)) or (h > k and self.plain_name(h, e)):
            return h, e
        return None

    def name_before(self, c: int) -> int | None:
        """Start of a name that ends just before token ``c`` (a comma)."""
        s = c
        while s > 0 and self.name_token(s - 1) and not self.gap_breaks(s):
            s -= 1
        if s == c or any(k in self.used for k in range(s, c)):
            return None
        tail = self.vn_name_tail(s, c)
        if tail is not None:
            return tail
        h = s - 1
        if h >= 0 and self.toks[h].surface == ".":
            h -= 1
        if h >= 0 and match_ending_at(self.lex.honorifics, self.toks, h + 1) and c - s <= 4:
            return s
        if s > 0 and self.toks[s - 1].key in self.lex.of_connectors:
            return None  # "la Force des Jeunes Volontaires, le président": an institution
        return self.ner_person(s, c, exact=True) if c - s >= 2 else None

    def title_end(self, i: int) -> int:
        """End of a title head starting at ``i`` (after an optional prefix), or ``i``."""
        lex, toks = self.lex, self.toks
        if toks[i].key in lex.prefixes and i + 1 < len(toks):
            h = match_at(lex.titles, toks, i + 1)
            if h > i + 1:
                return h
        return match_at(lex.titles, toks, i) if toks[i].key in lex.titles else i

    def has_own_title(self, e: int) -> bool:
        """True when ``, TITLE`` or ``(TITLE`` follows a name ending at ``e``."""
        toks, lex = self.toks, self.lex
        if e + 1 >= len(toks) or toks[e].surface not in ",(":
            return False
        k = e + 2 if toks[e + 1].key in lex.articles and e + 2 < len(toks) else e + 1
        h = self.title_end(k)
        return h > k and self.name_after_title(h) is None  # not the next person's title

    def list_after(self, i: int, h: int, e: int, title_span: tuple[int, int]) -> int:
        """Further names sharing the title ``i..h`` after the name ending at ``e``.

        ``les vice-Premiers ministres A, B et C`` (a plural title), ``Phó Chủ tịch UBND
        TP A và B`` (a language whose titles have no plural: two names joined). A name
        followed by a title of its own, an honorific or a title ends the list.
        """
        toks, lex, n = self.toks, self.lex, len(self.toks)
        start = i + 1 if toks[i].key in lex.prefixes else i
        plural = match_at(lex.plurals, toks, start) == h
        if not plural and not lex.shared_by_pairs:
            return e
        while e < n:
            k, conj = e, toks[e].key in lex.conjunctions
            if toks[k].surface == ",":
                if not plural:
                    return e
                k += 1
                if k < n and toks[k].key in lex.conjunctions:
                    k, conj = k + 1, True
            elif conj:
                k += 1
            else:
                return e
            if k >= n or self.gap_breaks(k) or self.title_end(k) > k:
                return e
            if match_at(lex.honorifics, toks, k) > k:
                return e
            end = self.run_end(k)
            if end == k:
                return e
            vn = is_vn_name(self.name_surfaces(k, end))
            if not (vn or (plural and self.plain_name(k, end))):
                return e
            if self.has_own_title(end) or self.rejected(k, end):
                return e
            self.add(title_span, k, end, (toks[k].start, toks[end - 1].end), cue=start)
            e = end
            if not plural:
                return e  # a pair
        return e

    def scan_titles(self) -> None:
        toks, lex = self.toks, self.lex
        i = 0
        while i < len(toks):
            if toks[i].key not in lex.titles and toks[i].key not in lex.prefixes:
                i += 1  # most tokens: no title starts here
                continue
            h = self.title_end(i)
            if h == i:
                i += 1
                continue
            found = self.name_after_title(h)
            if found:
                s, e, _ = found
                if not self.rejected(s, e):
                    span = (toks[i].start, toks[s - 1].end)
                    self.add(span, s, e, (toks[i].start, toks[e - 1].end), cue=i)
                    e = self.list_after(i, h, e, span)
                i = e
                continue
            region_end = h
            while region_end < len(toks) and region_end - h < _MAX_COMPLEMENT:
                if not self.complement_token(region_end) or self.gap_breaks(region_end):
                    break
                if match_at(lex.titles, toks, region_end) > region_end:
                    break
                region_end += 1
            while region_end > h and (
                toks[region_end - 1].key in lex.connectors
                or toks[region_end - 1].key in lex.articles
            ):
                region_end -= 1  # "président de la" -> "président"
            title_span = (toks[i].start, toks[region_end - 1].end)
            after = self.name_after_comma(region_end)
            if after and not self.rejected(*after):
                s, e = after
                self.add(title_span, s, e, (toks[i].start, toks[e - 1].end), cue=i)
                i = e
                continue
            self.attach_apposition(i, region_end, title_span)
            i = region_end

    def is_membership(self, title: str) -> bool:
        """True for a Party membership title ("membre du Comité central du Parti")."""
        toks = tokenize(title)
        return bool(toks) and match_at(self.lex.memberships, toks, 0) > 0

    def attach_apposition(self, i: int, region_end: int, title_span: tuple[int, int]) -> None:
        """``NAME, [article] TITLE`` and chains ``NAME, TITLE, TITLE`` (last title wins)."""
        toks, lex = self.toks, self.lex
        c = i - 1 if i and toks[i - 1].key in lex.articles else i
        if c == 0:
            return
        c -= 1
        joined = toks[c].key in lex.conjunctions and c in self.appositions
        if toks[c].surface not in ",(" and not joined:
            return
        if toks[c].surface == "(" and (region_end >= len(toks) or toks[region_end].surface != ")"):
            return  # "NAME (TITLE)" only when the bracket closes after the title
        if c in self.appositions:  # chain: previous title of the same person
            idx = self.appositions.pop(c)
            old = self.mentions[idx]
            if old.title and not self.is_membership(old.title):
                self.appositions[region_end] = idx  # an office is kept; the chain goes on
                return
            end = self.toks[region_end - 1].end
            self.mentions[idx] = OfficialMention(
                old.person_id, old.name, old.name_native, self.title_text(title_span),
                self.text[old.start : end], old.start, end,
            )  # fmt: skip
            self.appositions[region_end] = idx
            return
        s = self.name_before(c)
        if s is None or self.rejected(s, c):
            return
        end = region_end + 1 if toks[c].surface == "(" else region_end
        raw = (toks[s].start, toks[end - 1].end)
        if (idx := self.add(title_span, s, c, raw, cue=i)) >= 0:
            self.appositions[end] = idx

    # -- Party address -------------------------------------------------------------
    def scan_comrades(self) -> None:
        """``towarzysz Tran Cam Tu``, ``les camarades A et B``: office holders, title None.

        Only Vietnamese names (the address is the Party's); a list after a plural
        address ("các đồng chí A, B và C") gives every name.
        """
        toks, lex, n = self.toks, self.lex, len(self.toks)
        if not lex.official_honorifics:
            return
        i = 0
        while i < n:
            if toks[i].key not in lex.official_honorifics:
                i += 1
                continue
            k = match_at(lex.official_honorifics, toks, i)
            if k == i:
                i += 1
                continue
            plural = match_at(lex.plurals, toks, i) == k
            if k < n and toks[k].surface == ":":
                k += 1  # "các đồng chí: A, B và C"
            while k < n and not self.gap_breaks(k):
                e = self.run_end(k)
                if e == k or any(x in self.used for x in range(k, e)):
                    break
                if self.vn_name_tail(k, e) != k or self.rejected(k, e):
                    break
                self.add(None, k, e, (toks[k].start, toks[e - 1].end))
                if not plural or e + 1 >= n or self.has_own_title(e):
                    break
                if toks[e].surface != "," and toks[e].key not in lex.conjunctions:
                    break
                k = e + 1
                if toks[e].surface == "," and k < n and toks[k].key in lex.conjunctions:
                    k += 1
            i = max(k, i + 1)

    # -- later bare mentions -------------------------------------------------------
    def scan_repeats(self) -> None:
        """Later bare mentions of a name seen with a title (title None)."""
        firsts: dict[tuple[str, ...], int] = {}
        for m in self.mentions:
            if m.title:
                key = tuple(ascii_fold(m.name).casefold().split())
                firsts.setdefault(key, m.start)
        if not firsts:
            return
        toks, i = self.toks, 0
        while i < len(toks):
            if not toks[i].surface[:1].isupper():  # no name starts here (see is_capitalised)
                i += 1
                continue
            e = self.run_end(i)
            if e == i:
                i += 1
                continue
            key = tuple(ascii_fold(" ".join(self.name_surfaces(i, e))).casefold().split())
            if key not in firsts and e - i >= 3:  # "Selon Le Thanh Long": drop the first word
                i += 1
                key = tuple(ascii_fold(" ".join(self.name_surfaces(i, e))).casefold().split())
            lone = toks[i].line_initial and (e == len(toks) or toks[e].line_initial)
            if (
                key in firsts
                and toks[i].start > firsts[key]
                and not any(k in self.used for k in range(i, e))
                and not lone
                and not self.rejected(i, e)
            ):
                self.add(None, i, e, (toks[i].start, toks[e - 1].end))
            i = e


def extract_officials(
    text: str, lang: str, no_official_spans: Sequence[tuple[int, int]] = ()
) -> list[OfficialMention]:
    """Office holders named in ``text`` (a ``fr``, ``pl`` or ``vi`` article), sorted by start.

    >>> found = extract_officials("Phó Thủ tướng Lê Thành Long phát biểu.", "vi")
    >>> [(m.name, m.name_native, m.title, m.raw) for m in found]
    [('Le Thanh Long', 'Lê Thành Long', 'Phó Thủ tướng', 'Phó Thủ tướng Lê Thành Long')]
    >>> extract_officials("Le Premier ministre a demandé un rapport.", "fr")
    []
    """
    scan = _Scan(text, lexicon(lang), tuple(no_official_spans))
    scan.scan_titles()
    scan.scan_comrades()
    scan.scan_repeats()
    return sorted(scan.mentions, key=lambda m: (m.start, m.end))
