"""The language contract: a language is one module, checked when loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.lang import SUPPORTED, language_data, language_files
from pipeline.lang.contract import NAMES, LanguageData, LanguageDataError, load_file

ROOT = Path(__file__).resolve().parent.parent

#: A toy Spanish: the one required name, months and two date templates. Nothing else.
TOY_ES = r"""
OBLIGATION_CUES = (
    (r"(?i:\b(?:debe|deben|deberá|deberán)\b)", "subject"),
)
DATE_MONTHS = {"enero": 1, "junio": 6, "octubre": 10, "diciembre": 12}
DATE_PATTERNS = (
    r"{DAY}\s+de\s+{MONTH}\s+de\s+{YEAR}",
)
DEADLINE_CUES = (("before", r"antes\s+del?"),)
ACTION_TRAILING_WORDS = ("y",)
"""

ES_ARTICLE = (
    "El Gobierno anuncia un plan de salud\n\n"
    "El Ministerio de Salud debe completar la fusión de los hospitales antes del "
    "31 de diciembre de 2025. El plan fue presentado en Hanói el 10 de octubre de 2025.\n"
)


def test_languages_are_the_files_present() -> None:
    assert SUPPORTED[:3] == ("fr", "pl", "vi")
    assert set(language_files(extra="")) == {"fr", "pl", "vi"}


def test_every_language_loads_with_the_same_names() -> None:
    for lang in SUPPORTED:
        data = language_data(lang)
        assert isinstance(data, LanguageData)
        assert all(hasattr(data, name) for name in NAMES)
        assert data.OBLIGATION_CUES


def test_a_module_states_only_what_differs(tmp_path: Path) -> None:
    (tmp_path / "es.py").write_text(TOY_ES, encoding="utf-8")
    data = load_file("es", tmp_path / "es.py")
    assert data.DATE_MONTHS["junio"] == 6
    assert data.NAME_HONORIFICS == () and data.PERSON_NER_MODEL is None  # defaults


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("DATE_MONTHS = {}\n", "required name(s) missing: OBLIGATION_CUES"),
        (TOY_ES + "DATE_MONTH = {}\n", "DATE_MONTH (did you mean DATE_MONTHS?)"),
        (TOY_ES + 'SPEECH_VERBS = r"(?:unclosed"\n', "SPEECH_VERBS: regex does not compile"),
        (TOY_ES + 'DATE_PATTERNS = (r"{DAY}(",)\n', "DATE_PATTERNS[0]: regex does not compile"),
        (TOY_ES + 'DATE_MONTHS = {"enero": "1"}\n', "DATE_MONTHS['enero']: an integer"),
        (TOY_ES + 'OBLIGATION_CUES = ((r"debe", "must"),)\n', "kind 'must' is not one of"),
        (TOY_ES + 'DEADLINE_CUES = (("until", r"hasta"),)\n', "relation 'until' not in"),
        (TOY_ES + 'NAME_HONORIFICS = "señor"\n', "NAME_HONORIFICS: a tuple of strings"),
        (TOY_ES + "TITLE_SHARED_BY_PAIRS = 1\n", "TITLE_SHARED_BY_PAIRS: True or False"),
        ("OBLIGATION_CUES = (\n", "cannot be imported (SyntaxError"),
    ],
)
def test_a_broken_module_names_its_file_and_field(
    tmp_path: Path, source: str, message: str
) -> None:
    (tmp_path / "es.py").write_text(source, encoding="utf-8")
    with pytest.raises(LanguageDataError) as error:
        load_file("es", tmp_path / "es.py")
    assert str(tmp_path / "es.py") in str(error.value)
    assert message in str(error.value)


def test_two_files_for_one_language_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "fr.py").write_text(TOY_ES, encoding="utf-8")
    with pytest.raises(LanguageDataError, match="already in"):
        language_files(extra=str(tmp_path))


def _extract(tmp_path: Path, langs: Path, article: str, name: str) -> subprocess.CompletedProcess:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / name).write_text(article, encoding="utf-8")
    env = {**os.environ, "PIPELINE_LANG_PATH": str(langs)}
    command = [sys.executable, "-m", "pipeline", "extract", "--input", str(corpus),
               "--output", str(tmp_path / "out"), "--no-progress"]  # fmt: skip
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_a_toy_language_in_a_folder_of_its_own_runs_through_the_cli(tmp_path: Path) -> None:
    langs = tmp_path / "langs"
    langs.mkdir()
    (langs / "es.py").write_text(TOY_ES, encoding="utf-8")
    run = _extract(tmp_path, langs, ES_ARTICLE, "plan.txt")
    assert run.returncode == 0, run.stderr
    out = tmp_path / "out"
    articles = pq.read_table(out / "articles.parquet").to_pylist()
    assert [(a["lang"], a["extracted"]) for a in articles] == [("es", True)]
    dates = {d["value"] for d in pq.read_table(out / "date_mentions.parquet").to_pylist()}
    assert {"2025-12-31", "2025-10-10"} <= dates
    deadlines = pq.read_table(out / "deadlines.parquet").to_pylist()
    assert [(d["relation"], str(d["due_date"])) for d in deadlines] == [("before", "2025-12-30")]
    commitments = pq.read_table(out / "commitments.parquet").to_pylist()
    assert len(commitments) == 1
    assert "completar la fusión de los hospitales" in commitments[0]["action"]
    assert str(commitments[0]["due_date"]) == "2025-12-30"
    assert commitments[0]["languages"] == ["es"]


def test_a_broken_toy_language_stops_the_cli_with_its_file_and_field(tmp_path: Path) -> None:
    langs = tmp_path / "langs"
    langs.mkdir()
    (langs / "es.py").write_text(TOY_ES + 'SPEECH_VERBS = r"(?:"\n', encoding="utf-8")
    run = _extract(tmp_path, langs, ES_ARTICLE, "plan.txt")
    assert run.returncode == 2  # a configuration error, as the nightly job's
    # one line naming the file and the field, no traceback
    assert run.stderr.splitlines() == [
        f"error: {langs / 'es.py'}: SPEECH_VERBS: regex does not compile "
        "(missing ) at position 3): '(?:'"
    ]
    assert not (tmp_path / "out" / "articles.parquet").exists()


def test_a_language_folder_that_is_not_one_stops_the_cli_in_one_line(tmp_path: Path) -> None:
    run = _extract(tmp_path, tmp_path / "missing", ES_ARTICLE, "plan.txt")
    assert run.returncode == 2
    assert run.stderr.splitlines() == [
        f"error: PIPELINE_LANG_PATH: {tmp_path / 'missing'} is not a folder"
    ]


def test_a_toy_language_cuts_a_portal_export_at_its_own_tail_marker(tmp_path: Path) -> None:
    """Portal cleaning reads every language's PORTAL_TAIL_MARKERS, a toy one's too."""
    langs = tmp_path / "langs"
    langs.mkdir()
    (langs / "es.py").write_text(TOY_ES + 'PORTAL_TAIL_MARKERS = ("misma categoría",)\n',
                                 encoding="utf-8")  # fmt: skip
    navigation = (
        "Misma categoría\n"
        "El Ministerio de Educación debe abrir diez escuelas antes del 31 de octubre de 2025.\n"
    )
    run = _extract(tmp_path, langs, ES_ARTICLE + navigation, "plan.txt")
    assert run.returncode == 0, run.stderr
    out = tmp_path / "out"
    [article] = pq.read_table(out / "articles.parquet").to_pylist()
    assert article["lang"] == "es"
    assert article["text"] == ES_ARTICLE.strip()  # the marker and all after it are cut
    commitments = pq.read_table(out / "commitments.parquet").to_pylist()
    assert ["hospitales" in c["action"] for c in commitments] == [True]
