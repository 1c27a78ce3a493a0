"""Partial dates and the year they take; day ranges, bare months, relative months,
English leftovers and Vietnamese day parts. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from pipeline.article.dates import extract_dates, header_date

PUBLISHED = datetime.date(2025, 10, 10)

# (lang, text, published, [(raw, value), ...])
CASES = [
    # ---- the year from the publication date: the nearer of its year and the next one
    ("fr", "La commission s'est réunie le 28 décembre.", datetime.date(2026, 1, 12),
     [("28 décembre", "2025-12-28")]),
    ("pl", "Termin mija 10 stycznia.", datetime.date(2025, 12, 2), [("10 stycznia", "2026-01-10")]),
    ("vi", "Sáng 3/1, Bộ Tài chính họp.", datetime.date(2024, 12, 29), [("3/1", "2025-01-03")]),
    ("fr", "Il viendra le 10 octobre.", datetime.date(2024, 1, 3), [("10 octobre", "2024-10-10")]),
    # ---- the crawler header when the publication date is unknown
    ("fr", " date 2024-05 Titre\n\nLe conseil se réunira le 14 juin.", None,
     [("14 juin", "2024-06-14")]),
    # ---- else the nearest dated day or month of the text
    ("pl", "Rano 3 marca minister otworzył szpital. Umowę podpisano 1 lutego 2024 r.", None,
     [("3 marca", "2024-03-03"), ("1 lutego 2024 r.", "2024-02-01")]),
    ("vi", "Chiều 8/4, đoàn công tác làm việc tại tỉnh. Kế hoạch tháng 3/2023 đã xong.", None,
     [("8/4", "2023-04-08"), ("tháng 3/2023", "2023-03")]),
    # a bare year is no anchor, nor a page timestamp
    ("fr", "Le 4 mai, le maire a inauguré le pont construit en 2011.", None, [("2011", "2011")]),
    ("vi", "Thứ hai 02/02/2026 09:15\nNgày 5/3, sở tổ chức hội nghị.", None,
     [("02/02/2026", "2026-02-02")]),
    # ---- day ranges
    ("fr", "Le forum aura lieu du 3 au 5 juin 2026, puis les 7 et 8 juillet.", PUBLISHED,
     [("3 au 5 juin 2026", "2026-06-03/2026-06-05"), ("7 et 8 juillet", "2025-07-07/2025-07-08")]),
    ("pl", "Targi odbędą się w dniach 14-16 maja 2026 r.", PUBLISHED,
     [("14-16 maja 2026 r.", "2026-05-14/2026-05-16")]),
    ("vi", "Lễ hội diễn ra trong hai ngày 9-10/2/2026.", PUBLISHED,
     [("9-10/2/2026", "2026-02-09/2026-02-10")]),
    # ---- a month alone
    ("fr", "Le bilan de la session de mars sera publié fin novembre.", PUBLISHED,
     [("novembre", "2025-11")]),
    ("fr", "En janvier, le ministère ouvrira trois cliniques.", PUBLISHED,
     [("janvier", "2025-01")]),
    ("pl", "W marcu rada zatwierdzi budżet, a do końca maja plan.", PUBLISHED,
     [("marcu", "2025-03"), ("maja", "2025-05")]),
    ("vi", "Các nhiệm vụ tháng 12 và kết quả tháng 7.", PUBLISHED,
     [("tháng 12", "2025-12"), ("tháng 7", "2025-07")]),
    ("vi", "Mỗi tháng 2 lần, kéo dài 3 tháng 4 ngày.", PUBLISHED, []),
    # ---- relative months
    ("fr", "Le texte voté en octobre dernier entrera en vigueur en février prochain.", PUBLISHED,
     [("octobre dernier", "2024-10"), ("février prochain", "2026-02")]),
    ("pl", "Ustawę przyjęto w lipcu ubiegłego roku.", PUBLISHED,
     [("lipcu ubiegłego roku", "2024-07")]),
    # ---- year intervals of anniversaries, comparisons
    ("pl", "Obchody 60-lecia (1965-2025) zgromadziły gości.", PUBLISHED,
     [("1965-2025", "1965/2025")]),
    ("fr", "Une hausse de 9 % par rapport à 2023.", PUBLISHED, [("2023", "2023")]),
    # ---- English and Vietnamese sentences left in translated pages
    ("fr", "On March 3, 2026, the ministry said that at the end of 2024, costs rose.", PUBLISHED,
     [("March 3, 2026", "2026-03-03"), ("2024", "2024")]),
    ("fr", "Ngày 14.2, Bộ Y tế tổ chức hội nghị.", PUBLISHED, [("14.2", "2025-02-14")]),
    ("vi", "Tối 21.9, tại Hà Nội, đêm nhạc diễn ra.", PUBLISHED, [("21.9", "2025-09-21")]),
    ("vi", "Giá tăng 26.1 tỷ đồng, ngày 3.5.", PUBLISHED, [("3.5", "2025-05-03")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "published", "expected"), CASES)
def test_dates_in_context(
    lang: str, text: str, published: datetime.date | None, expected: list[tuple[str, str]]
) -> None:
    mentions = extract_dates(text, lang, published)
    assert [(m.raw, m.value) for m in mentions] == expected
    for m in mentions:
        assert text[m.start : m.end] == m.raw


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "Le conseil se réunira le 14 juin et en juillet."),
     ("pl", "Rada zbierze się 14 czerwca i w lipcu."), ("vi", "Sáng 14/6 và tháng 7, sở họp.")],
)  # fmt: skip
def test_no_year_anywhere_no_partial_date(lang: str, text: str) -> None:
    assert extract_dates(text, lang, None) == []


def test_reference_of_the_mentions() -> None:
    assert extract_dates("Texte.", "fr", PUBLISHED).reference == PUBLISHED
    assert extract_dates(" date 2025-07 Texte.", "fr", None).reference == datetime.date(2025, 7, 1)
    assert extract_dates("Texte.", "fr", None).reference is None
    assert header_date(" date 2025-13 Texte") is None
