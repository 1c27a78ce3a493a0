"""Language identification with langdetect, seeded so that it is deterministic."""

from __future__ import annotations

from langdetect import detector_factory
from langdetect.lang_detect_exception import LangDetectException

from pipeline.settings import LANGUAGE_SAMPLE_CHARS, LANGUAGE_SEED, LANGUAGE_TRIALS


def identify_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability); ``("und", 0.0)`` when nothing can be said.

    >>> identify_language("Le ministère de la Santé doit achever la fusion cette année.")[0]
    'fr'
    """
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < 3:
        return "und", 0.0
    detector_factory.init_factory()  # loads the profiles once per process
    detector = detector_factory._factory.create()  # noqa: SLF001 - the shared profiles
    detector.seed = LANGUAGE_SEED  # not the factory's, which another library may have reset
    detector.n_trial = LANGUAGE_TRIALS
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except LangDetectException:
        return "und", 0.0
    code = best.lang.split("-")[0]
    return code, round(float(best.prob), 4)
