"""Deadlines per language: relation, value, last allowed day, cue, raw span."""

from __future__ import annotations

import datetime

import pytest

from pipeline.article.dates import extract_dates
from pipeline.article.deadlines import due_date, extract_deadlines
from pipeline.article.step import extract_article
from pipeline.records import Article

PUBLISHED = datetime.date(2025, 10, 10)

# (lang, sentence, [(raw, cue, relation, value, due_date), ...])
CASES = [
    # ---- day ranges and "end of the month" (all three languages)
    ("fr", "Les provinces doivent achever la fusion avant la fin du mois d'octobre 2025.",
     [("avant la fin du mois d'octobre 2025", "avant la fin du mois d'", "by", "2025-10",
       "2025-10-31")]),
    ("fr", "Du 1er au 15 novembre 2025, les équipes achèveront l'inspection.", []),
    ("pl", "Od 1 do 15 listopada 2025 r. zespoły skontrolują 120 szpitali.", []),
    ("vi", "Từ ngày 1 đến ngày 15/11/2025, các đoàn sẽ kiểm tra 120 bệnh viện.", []),
    # ---- French
    ("fr", "Le ministère doit achever la fusion avant le 30 octobre 2025.",
     [("avant le 30 octobre 2025", "avant le", "before", "2025-10-30", "2025-10-29")]),
    ("fr", "Les hôpitaux seront regroupés avant décembre 2025.",
     [("avant décembre 2025", "avant", "before", "2025-12", "2025-11-30")]),
    ("fr", "Le réseau sera opérationnel d'ici fin 2025 ; la suite viendra.",
     [("d'ici fin 2025", "d'ici fin", "by", "2025", "2025-12-31")]),
    ("fr", "Il faut conclure d'ici à la fin de 2025 et signer au plus tard le 15 novembre 2025.",
     [("d'ici à la fin de 2025", "d'ici à la fin de", "by", "2025", "2025-12-31"),
      ("au plus tard le 15 novembre 2025", "au plus tard le", "by", "2025-11-15", "2025-11-15")]),
    ("fr", "Les dossiers sont reçus d'ici le 30 novembre et jusqu'au 31 décembre 2025.",
     [("d'ici le 30 novembre", "d'ici le", "by", "2025-11-30", "2025-11-30"),
      ("jusqu'au 31 décembre 2025", "jusqu'au", "by", "2025-12-31", "2025-12-31")]),
    ("fr", "Le programme sera mis en œuvre immédiatement en 2025.",
     [("en 2025", "en", "in", "2025", "2025-12-31")]),
    ("fr", "Les travaux seront terminés au cours du quatrième trimestre 2025.",
     [("au cours du quatrième trimestre 2025", "au cours du", "in", "2025-Q4", "2025-12-31")]),
    ("fr", "Les travaux seront terminés au quatrième trimestre 2025.",
     [("au quatrième trimestre 2025", "au", "in", "2025-Q4", "2025-12-31")]),
    ("fr", "Il est né en 1960 dans la province.", []),  # `in` needs a completion verb
    ("fr", "Avant la fusion, les hôpitaux se sont réunis.", []),
    ("fr", "Avant la réunion du 30 octobre 2025, les ministres ont discuté.", []),
    ("fr", "Depuis 2020 et à partir du 1er juillet 2025, puis après le 30 juin 2025.", []),
    ("fr", "Les travaux seront terminés du 1er juillet 2025 au 30 septembre 2025.", []),
    # ---- Polish
    ("pl", "Ministerstwo musi przedstawić plan przed 30 listopada 2025 r.",
     [("przed 30 listopada 2025 r.", "przed", "before", "2025-11-30", "2025-11-29")]),
    ("pl", "Szpitale mają zostać połączone przed grudniem 2025 roku.",
     [("przed grudniem 2025 roku", "przed", "before", "2025-12", "2025-11-30")]),
    ("pl", "Reforma ma się zakończyć do końca 2025 r., a raport najpóźniej do 15 listopada 2025 r.",
     [("do końca 2025 r.", "do końca", "by", "2025", "2025-12-31"),
      ("najpóźniej do 15 listopada 2025 r.", "najpóźniej do", "by", "2025-11-15", "2025-11-15")]),
    ("pl", "Plan ma być gotowy do 30 czerwca 2026 r.",
     [("do 30 czerwca 2026 r.", "do", "by", "2026-06-30", "2026-06-30")]),
    ("pl", "Program zostanie wdrożony natychmiast w 2025 r.",
     [("w 2025 r.", "w", "in", "2025", "2025-12-31")]),
    ("pl", "Prace należy zakończyć w ciągu 2025 r.",
     [("w ciągu 2025 r.", "w ciągu", "in", "2025", "2025-12-31")]),
    ("pl", "W 2024 r. liczba pacjentów wzrosła.", []),
    ("pl", "Przed połączeniem szpitali odbyło się spotkanie.", []),
    ("pl", "Umowa obowiązuje od 1 lipca 2025 r. do 30 czerwca 2026 r.", []),
    ("pl", "Po 30 czerwca 2025 r. wnioski nie będą przyjmowane.", []),
    # ---- Vietnamese
    ("vi", "Các đơn vị phải hoàn thành việc sắp xếp trước ngày 31/12/2025.",
     [("trước ngày 31/12/2025", "trước ngày", "before", "2025-12-31", "2025-12-30")]),
    ("vi", "Sáp nhập các trung tâm y tế trước tháng 12/2025.",
     [("trước tháng 12/2025", "trước", "before", "2025-12", "2025-11-30")]),
    ("vi", "Gửi báo cáo chậm nhất ngày 15/11/2025 và đề án chậm nhất trong tháng 11/2025.",
     [("chậm nhất ngày 15/11/2025", "chậm nhất ngày", "by", "2025-11-15", "2025-11-15"),
      ("chậm nhất trong tháng 11/2025", "chậm nhất trong", "by", "2025-11", "2025-11-30")]),
    ("vi", "Sở Y tế hoàn thành trong năm 2025 việc kiện toàn bộ máy.",
     [("trong năm 2025", "trong", "in", "2025", "2025-12-31")]),
    ("vi", "Triển khai thí điểm trong quý IV/2025.",
     [("trong quý IV/2025", "trong", "in", "2025-Q4", "2025-12-31")]),
    ("vi", "Phải làm xong trước ngày 30/6/2026.",
     [("xong trước ngày 30/6/2026", "xong trước ngày", "by", "2026-06-30", "2026-06-30")]),
    ("vi", "Trước khi sáp nhập, các bệnh viện họp vào ngày 1/7/2025.", []),
    ("vi", "Quy định áp dụng từ ngày 1/7/2025 đến ngày 31/12/2025.", []),
    ("vi", "Sau ngày 30/6/2025, hồ sơ không được tiếp nhận.", []),
    ("vi", "Tầm nhìn đến năm 2045, ngành y tế hiện đại.", []),
    ("vi", "Năm 2024, bệnh viện tiếp nhận nhiều bệnh nhân.", []),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_deadlines(lang: str, text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    deadlines = extract_deadlines(text, lang, extract_dates(text, lang, PUBLISHED))
    got = [(d.raw, d.cue, d.relation, d.value, str(d.due_date)) for d in deadlines]
    assert got == expected
    for d in deadlines:
        assert text[d.start : d.end] == d.raw


@pytest.mark.parametrize(
    ("relation", "value", "due"),
    [("before", "2025-10-30", "2025-10-29"), ("before", "2025-12", "2025-11-30"),
     ("before", "2026", "2025-12-31"), ("by", "2025", "2025-12-31"),
     ("by", "2025-11-15", "2025-11-15"), ("by", "2026/2030", "2030-12-31"),
     ("in", "2025-Q4", "2025-12-31"), ("in", "2025-01/2025-06", "2025-06-30")],
)  # fmt: skip
def test_due_date(relation: str, value: str, due: str) -> None:
    assert str(due_date(relation, value)) == due


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "vi",
            "Bộ sẽ công bố đề thi kỳ thi tốt nghiệp năm 2026 trước ngày 15/1/2026.",
            [("2026-01-15", "before")],
        ),
        (
            "fr",
            "verser les pensions de décembre avant le 20 décembre 2025.",
            [("2025-12-20", "before")],
        ),
        ("fr", "du 1er novembre au 30 décembre 2025", []),
    ],
)
def test_a_before_cue_after_a_date_closes_no_range(lang: str, text: str, expected: list) -> None:
    article = Article("a", "t", text, "x", lang=lang, published_date=datetime.date(2025, 10, 1))
    assert [(d.value, d.relation) for d in extract_article(article).deadlines] == expected
