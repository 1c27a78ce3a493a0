"""Date mentions per language: value at its precision, raw span, offsets."""

from __future__ import annotations

import calendar
import datetime
from pathlib import Path

import pytest

from pipeline.article.dates import extract_dates, first_day, last_day

PUBLISHED = datetime.date(2025, 10, 10)

# (lang, sentence, [(raw, value), ...]) — the full list of dates the sentence holds
CASES = [
    # ---- French
    ("fr", "La réunion s'est tenue le 10 octobre 2025 à Hanoï.",
     [("10 octobre 2025", "2025-10-10")]),
    ("fr", "Le texte entre en vigueur le 1er octobre 2025.", [("1er octobre 2025", "2025-10-01")]),
    ("fr", "Signé le 10/10/2025, publié le 10.10.2025 (2025-10-10).",
     [("10/10/2025", "2025-10-10"), ("10.10.2025", "2025-10-10"), ("2025-10-10", "2025-10-10")]),
    ("fr", "Les travaux commenceront en octobre 2025.", [("octobre 2025", "2025-10")]),
    ("fr", "Le réseau sera prêt fin 2025, et le budget en 2026.",
     [("2025", "2025"), ("2026", "2026")]),
    ("fr", "Pour l'année 2025, le ministère prévoit trois hôpitaux.", [("2025", "2025")]),
    ("fr", "Au quatrième trimestre 2025 puis au T1 2026.",
     [("quatrième trimestre 2025", "2025-Q4"), ("T1 2026", "2026-Q1")]),
    ("fr", "Les résultats du 4e trimestre 2025 sont attendus.", [("4e trimestre 2025", "2025-Q4")]),
    ("fr", "Le chantier démarre au premier semestre 2026.",
     [("premier semestre 2026", "2026-01/2026-06")]),
    ("fr", "Le bilan de la période 2021-2025 et le plan 2026–2030.",
     [("2021-2025", "2021/2025"), ("2026–2030", "2026/2030")]),
    ("fr", "Un programme de 2026 à 2030, financé entre 2026 et 2035.",
     [("2026 à 2030", "2026/2030"), ("2026 et 2035", "2026/2035")]),
    ("fr", "Une stratégie à l'horizon 2035 avec une vision 2045.",
     [("2035", "2035"), ("2045", "2045")]),
    ("fr", "Le décret est daté du 10 octobre.", [("10 octobre", "2025-10-10")]),
    ("fr", "Les élections de 2016, puis celles de 2020.", [("2016", "2016"), ("2020", "2020")]),
    ("fr", "Les 9 premiers mois de 2025 ont été difficiles.",
     [("9 premiers mois de 2025", "2025-01/2025-09")]),
    # impossible dates, quantities, phone numbers, times, scores
    ("fr", "Dates fausses : 31/02/2025, 2025-13-01 et 32.01.2025.", []),
    ("fr", "Un homme de 65 ans, 20 % de hausse, 2025 euros, plus de 2025 patients.", []),
    ("fr", "L'hôpital compte 1 500 lits ; appelez le 0912 345 678 ou le +84 24 3825 1234.", []),
    ("fr", "Ouverture à 10h30, service 24/7, partage 50/50, score 3-1.", []),
    # ---- Polish
    ("pl", "Spotkanie odbyło się 10 października 2025 r. w Hanoi.",
     [("10 października 2025 r.", "2025-10-10")]),
    ("pl", "Decyzję podjęto 16 września 2025 roku.", [("16 września 2025 roku", "2025-09-16")]),
    ("pl", "W październiku 2025 r. ministerstwo ogłosiło plan.",
     [("październiku 2025 r.", "2025-10")]),
    ("pl", "Szpitale połączą się przed grudniem 2025 roku.", [("grudniem 2025 roku", "2025-12")]),
    ("pl", "Styczeń 2026 i lipiec 2026 to kolejne etapy.",
     [("Styczeń 2026", "2026-01"), ("lipiec 2026", "2026-07")]),
    ("pl", "Termin: 10.10.2025.", [("10.10.2025", "2025-10-10")]),
    ("pl", "Prace ruszą w IV kwartale 2025 r., a odbiór w czwartym kwartale 2026.",
     [("IV kwartale 2025 r.", "2025-Q4"), ("czwartym kwartale 2026", "2026-Q4")]),
    ("pl", "Plan na lata 2026–2035 zastąpi program w latach 2021-2025.",
     [("2026–2035", "2026/2035"), ("2021-2025", "2021/2025")]),
    ("pl", "W 2025 r. szpital otrzyma sprzęt, a do końca 2025 roku nowy budynek.",
     [("2025 r.", "2025"), ("2025 roku", "2025")]),
    ("pl", "W drugim półroczu 2025 r. i w pierwszej połowie 2026 roku.",
     [("drugim półroczu 2025 r.", "2025-07/2025-12"),
      ("pierwszej połowie 2026 roku", "2026-01/2026-06")]),
    ("pl", "Program potrwa od 2026 do 2030 r.", [("2026 do 2030 r.", "2026/2030")]),
    ("pl", "Ustawa weszła w życie 5 maja.", [("5 maja", "2025-05-05")]),
    ("pl", "Mężczyzna w wieku 65 lat zapłacił 2025 zł, a w 2025 przypadkach 20% więcej.", []),
    # ---- Vietnamese
    ("vi", "Hội nghị diễn ra ngày 10/10/2025 tại Hà Nội.", [("10/10/2025", "2025-10-10")]),
    ("vi", "Quyết định có hiệu lực từ ngày 10 tháng 10 năm 2025.",
     [("10 tháng 10 năm 2025", "2025-10-10")]),
    ("vi", "Trong tháng 9 năm 2025 và tháng 12/2025, Sở Y tế kiểm tra.",
     [("tháng 9 năm 2025", "2025-09"), ("tháng 12/2025", "2025-12")]),
    ("vi", "Kết quả năm 2025 và quý IV/2025, quý 1 năm 2026.",
     [("năm 2025", "2025"), ("quý IV/2025", "2025-Q4"), ("quý 1 năm 2026", "2026-Q1")]),
    ("vi", "Báo cáo 6 tháng đầu năm 2025 của ngành y tế.",
     [("6 tháng đầu năm 2025", "2025-01/2025-06")]),
    ("vi", "Kế hoạch giai đoạn 2026 - 2030 tiếp nối giai đoạn 2021–2025.",
     [("2026 - 2030", "2026/2030"), ("2021–2025", "2021/2025")]),
    ("vi", "Đến năm 2030, tầm nhìn đến năm 2045, mọi xã có trạm y tế.",
     [("năm 2030", "2030"), ("năm 2045", "2045")]),
    ("vi", "Phấn đấu cuối năm 2025 hoàn thành sắp xếp bộ máy.", [("năm 2025", "2025")]),
    ("vi", "Buổi làm việc ngày 10/10 đã thống nhất lộ trình.", [("10/10", "2025-10-10")]),
    ("vi", "Cụ bà 65 tuổi, 20% dân số, 2 025 tỷ đồng, những năm 1980, gọi 0912 345 678.", []),
    ("vi", "Ngày 31/02/2025 không tồn tại.", []),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_dates(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    mentions = extract_dates(text, lang, PUBLISHED)
    assert [(m.raw, m.value) for m in mentions] == expected
    for m in mentions:
        assert text[m.start : m.end] == m.raw


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "Il viendra le 10 octobre."), ("pl", "Przyjedzie 10 października."),
     ("vi", "Ông sẽ đến vào ngày 10/10.")],
)  # fmt: skip
def test_partial_date_needs_publication_date(lang: str, text: str) -> None:
    assert extract_dates(text, lang, None) == []
    assert [m.value for m in extract_dates(text, lang, datetime.date(2024, 1, 3))] == ["2024-10-10"]


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    [("fr", "la décision 38/2025/QĐ-UBND", "38/2025/QĐ-UBND"),
     ("vi", "Quyết định số 10/10/2025/QĐ-UBND", "10/10/2025/QĐ-UBND")],
)  # fmt: skip
def test_excluded_spans_yield_no_date(lang: str, text: str, number: str) -> None:
    start = text.index(number)
    assert extract_dates(text, lang, PUBLISHED, exclude=[(start, start + len(number))]) == []


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [("2025", "2025-01-01", "2025-12-31"), ("2025-Q4", "2025-10-01", "2025-12-31"),
     ("2026/2030", "2026-01-01", "2030-12-31"), ("2025-02", "2025-02-01", "2025-02-28"),
     ("2024-02", "2024-02-01", "2024-02-29"), ("2025-10-10", "2025-10-10", "2025-10-10"),
     ("2026-01/2026-06", "2026-01-01", "2026-06-30")],
)  # fmt: skip
def test_first_and_last_day(value: str, first: str, last: str) -> None:
    assert (str(first_day(value)), str(last_day(value))) == (first, last)


@pytest.mark.parametrize("value", ["2025-13", "2025-Q5", "soon", ""])
def test_bad_values_raise(value: str) -> None:
    with pytest.raises(ValueError):
        last_day(value)


NTREX = Path("/work/shared/data/ntrex")


ENGLISH_MONTHS = frozenset(calendar.month_name[1:])  # C locale: January ... December


def _documents(count: int) -> list[str]:
    """The ``count`` documents richest in dates: English month names first, then years."""

    def richness(doc: str) -> tuple[int, int]:
        words = [w.strip(".,;:()") for w in (NTREX / "eng" / f"{doc}.txt").read_text().split()]
        months = sum(w in ENGLISH_MONTHS for w in words)
        years = sum(len(w) == 4 and w.startswith(("19", "20")) and w.isdigit() for w in words)
        return months, years

    docs = sorted(p.stem for p in (NTREX / "eng").glob("*.txt"))
    return sorted(docs, key=lambda d: (tuple(-x for x in richness(d)), d))[:count]


@pytest.mark.skipif(not NTREX.is_dir(), reason="shared/data/ntrex not on this machine")
def test_parallel_text_day_dates_agree() -> None:
    """Same news in fr/pl/vi: the day-precision dates must agree (≥ 90% of documents)."""
    docs = _documents(20)
    agree = 0
    for doc in docs:
        values = []
        for lang, folder in (("fr", "fra"), ("pl", "pol"), ("vi", "vie")):
            text = (NTREX / folder / f"{doc}.txt").read_text(encoding="utf-8")
            mentions = extract_dates(text, lang, None)
            values.append({m.value for m in mentions if m.precision == "day"})
        agree += values[0] == values[1] == values[2]
    assert agree / len(docs) >= 0.9, f"only {agree}/{len(docs)} documents agree"
