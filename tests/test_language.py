"""Language identification: deterministic, fr/pl/vi/en and others."""

from __future__ import annotations

import os
import random
from functools import cache
from pathlib import Path

import pytest
from conftest import CORPUS, SHARED
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from pipeline.ingest.language import Profiles, identify_language, profiles
from pipeline.settings import LANGUAGE_SEED, LANGUAGE_TRIALS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le Comité populaire provincial a demandé aux hôpitaux de terminer les travaux "
            "avant la fin de l'année.",
            "fr",
        ),
        ("Le vice-Premier ministre a présidé hier une réunion sur la santé publique.", "fr"),
        (
            "Komitet Ludowy prowincji zobowiązał szpitale do zakończenia prac przed końcem roku.",
            "pl",
        ),
        ("Wicepremier przewodniczył wczoraj posiedzeniu w sprawie ochrony zdrowia.", "pl"),
        ("Ủy ban nhân dân tỉnh yêu cầu các bệnh viện hoàn thành công việc trước cuối năm.", "vi"),
        ("Phó Thủ tướng chủ trì cuộc họp về y tế công cộng vào sáng hôm qua.", "vi"),
        ("The provincial People's Committee asked hospitals to finish the work by year end.", "en"),
        ("省人民委員会は病院に年末までに作業を完了するよう求めた。", "ja"),
    ],
)
def test_identifies(text: str, lang: str) -> None:
    assert identify_language(text)[0] == lang


def test_deterministic() -> None:
    text = "Hà Nội và Paris, Warszawa; 2025."
    assert len({identify_language(text) for _ in range(20)}) == 1


@pytest.mark.parametrize("text", ["", "12/10/2025 - 45 %", "   "])
def test_nothing_to_say(text: str) -> None:
    assert identify_language(text) == ("und", 0.0)


# ---- the fast detector against langdetect's own ----------------------------------------


@cache
def _factory() -> DetectorFactory:
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    return factory


def _langdetect(text: str, trials: int, seed: int) -> tuple[str, float] | None:
    """What langdetect itself says: its best language and probability."""
    detector = _factory().create()
    detector.seed, detector.n_trial = seed, trials
    detector.append(text)
    try:
        found = detector.get_probabilities()
    except LangDetectException:
        return None
    return (found[0].lang, found[0].prob) if found else None


def _texts() -> list[str]:
    """Whole texts, their openings and random slices of every length, in many languages
    (the samples, NTREX where it is beside the checkout, and hand-made edge cases)."""
    texts = [p.read_text("utf-8") for p in sorted(CORPUS.rglob("*.txt"))]
    ntrex = sorted((SHARED / "data" / "ntrex").rglob("*.txt"))[::2]  # every language
    texts += [p.read_text("utf-8") for p in ntrex]
    rng = random.Random(7)
    out = ["ABC DEF ghi", "Ъ АБВ abc", "日本語のテキスト abc def", "a", "THỦ TƯỚNG CHÍNH PHỦ",
           "http://example.com/a?b=c a@b.cd xin chào", "Xin cha\u0300o ca\u0301c ba\u0323n",
           "ŁÓDŹ — ŻÓŁW", "« Très bien », dit-il…  — d'accord !!", "١٢٣ مرحبا بكم"]  # fmt: skip
    for text in texts:
        out.append(text[:400])
        for _ in range(4):
            start = rng.randrange(len(text))
            out.append(text[start : start + rng.choice((3, 15, 60, 400, 3000))])
    return out


def test_the_fast_detector_gives_langdetects_floats_exactly() -> None:
    """Same profiles in langdetect's column order: the same language and the very same
    probability (every operation is langdetect's, in its order), on over a thousand texts."""
    columns = Profiles.from_files(
        [Path(PROFILES_DIRECTORY) / name for name in os.listdir(PROFILES_DIRECTORY)]
    )
    texts = _texts()
    assert len(texts) > 1000
    for trials, seed in ((3, 0), (7, 11)):
        for text in texts[:: 1 if trials == 3 else 5]:
            assert columns.detect(text, trials, seed) == _langdetect(text, trials, seed), text


def test_sorted_columns_round_to_the_same_confidence() -> None:
    """The pipeline's profiles are in sorted order (a file system's listing order is not
    fixed); the sums then differ in the last bit at most, so the rounded column does not."""
    listed = Profiles.from_files(
        [Path(PROFILES_DIRECTORY) / name for name in os.listdir(PROFILES_DIRECTORY)]
    )
    for text in _texts()[::3]:
        got = profiles().detect(text, LANGUAGE_TRIALS, LANGUAGE_SEED)
        want = listed.detect(text, LANGUAGE_TRIALS, LANGUAGE_SEED)
        assert (got is None) == (want is None), text
        if got and want:
            assert got[0] == want[0] and round(got[1], 4) == round(want[1], 4), text
            assert got[1] == pytest.approx(want[1], rel=1e-14, abs=1e-15)


def test_profiles_hold_every_ngram_of_langdetect() -> None:
    factory = _factory()
    ours = profiles()
    assert set(ours.rows) == set(factory.word_lang_prob_map)
    assert sorted(ours.languages) == ours.languages == sorted(factory.langlist)
    for word in ("de", "ła", "ể", "the", " w"):
        column = {lang: i for i, lang in enumerate(factory.langlist)}
        row = ours.probs[ours.rows[word]]
        for lang, i in column.items():
            assert row[ours.languages.index(lang)] == factory.word_lang_prob_map[word][i]
