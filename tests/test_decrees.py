"""Vietnamese document numbers: canonical form, type, issuer, year, issue date."""

from __future__ import annotations

import pytest

from pipeline.article.decrees import extract_decrees, parse_decree_number
from pipeline.article.step import extract_article
from pipeline.records import Article

# (number as written, canonical, doc_type, issuer, year)
NUMBERS = [
    ("72-NQ/TW", "72-NQ/TW", "NQ", "TW", None),
    ("282/NQ-CP", "282/NQ-CP", "NQ", "CP", None),
    ("38/2025/QĐ-UBND", "38/2025/QĐ-UBND", "QĐ", "UBND", 2025),
    ("03/2023/TT-BYT", "03/2023/TT-BYT", "TT", "BYT", 2023),
    # damaged by translation
    ("38/2025/QD-UBND", "38/2025/QĐ-UBND", "QĐ", "UBND", 2025),
    ("38/2025/Qd-UBND", "38/2025/QĐ-UBND", "QĐ", "UBND", 2025),
    ("38/2025/QÐ-UBND", "38/2025/QĐ-UBND", "QĐ", "UBND", 2025),  # U+00D0 eth
    ("168/2024/ND-CP", "168/2024/NĐ-CP", "NĐ", "CP", 2024),
    ("15/2025/NQ-HDND", "15/2025/NQ-HĐND", "NQ", "HĐND", 2025),
    ("1234/QĐ-TTg", "1234/QĐ-TTg", "QĐ", "TTg", None),
    ("45/CĐ-TTG", "45/CĐ-TTg", "CĐ", "TTg", None),
    ("20/CT-TTg", "20/CT-TTg", "CT", "TTg", None),
    ("145/KH-UBND", "145/KH-UBND", "KH", "UBND", None),
    ("456/TB-VPCP", "456/TB-VPCP", "TB", "VPCP", None),
    ("123-KL/TW", "123-KL/TW", "KL", "TW", None),
    ("12-HD/BTCTW", "12-HD/BTCTW", "HD", "BTCTW", None),
    ("01/2020/TTLT-BYT-BTC", "01/2020/TTLT-BYT-BTC", "TTLT", "BYT-BTC", 2020),
    ("99/QĐ-SYT", "99/QĐ-SYT", "QĐ", "SYT", None),
    ("7/QĐ-XYZ", "7/QĐ-XYZ", "QĐ", "XYZ", None),  # unknown issuer kept, never invented
    # spaces and prefixes
    ("282 / NQ - CP", "282/NQ-CP", "NQ", "CP", None),
    ("72 - NQ/TW", "72-NQ/TW", "NQ", "TW", None),
    ("n°72-NQ/TW", "72-NQ/TW", "NQ", "TW", None),
    ("nº 282/NQ-CP", "282/NQ-CP", "NQ", "CP", None),
    ("no 72-NQ/TW", "72-NQ/TW", "NQ", "TW", None),
    ("nr. 72-NQ/TW", "72-NQ/TW", "NQ", "TW", None),
    ("Résolution n°72-NQ/TW", "72-NQ/TW", "NQ", "TW", None),
    ("uchwała nr 72-NQ/TW", "72-NQ/TW", "NQ", "TW", None),
    ("Nghị quyết số 72-NQ/TW", "72-NQ/TW", "NQ", "TW", None),
]


@pytest.mark.parametrize(("raw", "canonical", "doc_type", "issuer", "year"), NUMBERS)
def test_parse_decree_number(
    raw: str, canonical: str, doc_type: str, issuer: str, year: int | None
) -> None:
    assert parse_decree_number(raw) == (canonical, doc_type, issuer, year)


@pytest.mark.parametrize(
    "raw",
    ["Résolution 72", "10/10/2025", "COVID-19", "ISO 9001", "24/7", "50/50", "0912 345 678",
     "+84 24 3825 1234", "3-1", "2021-2025", "12/AB-CP", "72-NQ/TW et plus"],
)  # fmt: skip
def test_not_a_decree_number(raw: str) -> None:
    assert parse_decree_number(raw) is None


# (lang, sentence, [(raw, canonical, issue_date, year), ...])
SENTENCES = [
    ("fr", "Conformément à la Résolution n°72-NQ/TW du 9 septembre 2025 du Bureau politique.",
     [("72-NQ/TW", "72-NQ/TW", "2025-09-09", 2025)]),
    ("fr", "Le gouvernement a publié la résolution 282/NQ-CP en date du 16 septembre 2025.",
     [("282/NQ-CP", "282/NQ-CP", "2025-09-16", 2025)]),
    ("fr", "La décision 38/2025/QD-UBND et la circulaire 03/2023/TT-BYT s'appliquent.",
     [("38/2025/QD-UBND", "38/2025/QĐ-UBND", None, 2025),
      ("03/2023/TT-BYT", "03/2023/TT-BYT", None, 2023)]),
    # a damaged number is restored from its type and issuing body (DESIGN: "Rezolucję nr 72
    # Biura Politycznego"); COVID-19, ISO 9001 and 24/7 are no numbers
    ("fr", "La Résolution 72 du Politburo, le COVID-19 et la norme ISO 9001 ; service 24/7.",
     [("Résolution 72 du Politburo", "72-NQ/TW", None, None)]),
    ("fr", "La réunion du 10/10/2025 a été suivie par 50/50 des délégués.", []),
    ("pl", "Zgodnie z uchwałą nr 282/NQ-CP z dnia 16 września 2025 r. rząd przyjął plan.",
     [("282/NQ-CP", "282/NQ-CP", "2025-09-16", 2025)]),
    ("pl", "Uchwała 71-NQ/TW z 22.08.2025 dotyczy szkolnictwa.",
     [("71-NQ/TW", "71-NQ/TW", "2025-08-22", 2025)]),
    ("pl", "Rezolucję nr 72 Biura Politycznego przyjęto jesienią.",
     [("Rezolucję nr 72 Biura Politycznego", "72-NQ/TW", None, None)]),
    ("vi", "Thực hiện Nghị quyết số 72-NQ/TW ngày 9/9/2025 của Bộ Chính trị về y tế.",
     [("72-NQ/TW", "72-NQ/TW", "2025-09-09", 2025)]),
    ("vi", "Quyết định số 38/2025/QĐ-UBND ban hành ngày 30 tháng 6 năm 2025 của UBND tỉnh.",
     [("38/2025/QĐ-UBND", "38/2025/QĐ-UBND", "2025-06-30", 2025)]),
    ("vi", "Theo Thông tư 03/2023/TT-BYT và Công điện 45/CĐ-TTg, gọi 0912 345 678.",
     [("03/2023/TT-BYT", "03/2023/TT-BYT", None, 2023), ("45/CĐ-TTg", "45/CĐ-TTg", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), SENTENCES)
def test_extract_decrees(
    lang: str, text: str, expected: list[tuple[str, str, str | None, int | None]]
) -> None:
    mentions = extract_decrees(text, lang)
    assert [(m.raw, m.number, m.issue_date, m.year) for m in mentions] == expected
    for m in mentions:
        assert text[m.start : m.end] == m.raw


# Numbers whose code translation lost, restored from the document type and issuing body.
NAMED = [
    (
        "fr",
        "Conformément à la Résolution n° 72 du Bureau politique du 9 septembre 2025.",
        [("72-NQ/TW", "Résolution n° 72 du Bureau politique", "2025-09-09")],
    ),
    (
        "fr",
        "La Directive 45 du Secrétariat et la Résolution 282 du Gouvernement s'appliquent.",
        [
            ("45-CT/TW", "Directive 45 du Secrétariat", None),
            ("282/NQ-CP", "Résolution 282 du Gouvernement", None),
        ],
    ),
    ("fr", "La résolution du Bureau politique et la Résolution 72 restent en vigueur.", []),
    (
        "pl",
        "Zgodnie z Rezolucją nr 72 Biura Politycznego ministerstwo przygotuje plan.",
        [("72-NQ/TW", "Rezolucją nr 72 Biura Politycznego", None)],
    ),
    (
        "pl",
        "Uchwała nr 282 rządu z dnia 16 września 2025 r. wchodzi w życie.",
        [("282/NQ-CP", "Uchwała nr 282 rządu", "2025-09-16")],
    ),
    ("pl", "Uchwała rządu oraz uchwała nr 5 rady gminy.", []),
    (
        "vi",
        "Thực hiện Nghị quyết 72 của Bộ Chính trị về y tế.",
        [("72-NQ/TW", "Nghị quyết 72 của Bộ Chính trị", None)],
    ),
    (
        "vi",
        "Kết luận số 123 của Ban Bí thư và Nghị quyết số 282 của Chính phủ ngày 16/9/2025.",
        [
            ("123-KL/TW", "Kết luận số 123 của Ban Bí thư", None),
            ("282/NQ-CP", "Nghị quyết số 282 của Chính phủ", "2025-09-16"),
        ],
    ),
    ("vi", "Nghị quyết số 72-NQ/TW của Bộ Chính trị.", [("72-NQ/TW", "72-NQ/TW", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMED)
def test_numbers_restored_from_type_and_body(lang: str, text: str, expected: list) -> None:
    found = extract_decrees(text, lang)
    assert [(d.number, d.raw, d.issue_date) for d in found] == expected
    for d in found:
        assert text[d.start : d.end] == d.raw


# An issue date stated before the number, tied to it by an issuing verb in the sentence.
DATED_BEFORE = [
    (
        "fr",
        "Le 22 août 2025, le Bureau politique a publié la résolution n° 71-NQ/TW.",
        "2025-08-22",
    ),
    (
        "fr",
        "Le 22 août 2025, les délégués ont discuté. La résolution n° 71-NQ/TW a été citée.",
        None,
    ),
    ("fr", "Le 22 août 2025, lors de la réunion, il a cité la résolution n° 71-NQ/TW.", None),
    ("pl", "22 sierpnia 2025 r. Biuro Polityczne wydało rezolucję nr 71-NQ/TW.", "2025-08-22"),
    ("pl", "22 sierpnia 2025 r. odbyło się spotkanie. Rząd wydał decyzję nr 5/QĐ-TTg.", None),
    (
        "vi",
        "Ngày 22/8/2025, Bộ Chính trị ban hành Nghị quyết số 71-NQ/TW về giáo dục.",
        "2025-08-22",
    ),
    ("vi", "Ngày 22/8/2025, hội nghị thảo luận việc thực hiện Nghị quyết số 71-NQ/TW.", None),
]


@pytest.mark.parametrize(("lang", "text", "issued"), DATED_BEFORE)
def test_issue_date_before_the_number(lang: str, text: str, issued: str | None) -> None:
    (mention,) = extract_decrees(text, lang)
    assert mention.issue_date == issued


# An issue date after the issuing body that follows the number.
DATED_AFTER_BODY = [
    ("fr", "la Résolution n° 282/NQ-CP du Gouvernement du 16 septembre 2025 précise", "2025-09-16"),
    ("fr", "la Décision 1234/QĐ-TTg du Premier ministre du 2 octobre 2025.", "2025-10-02"),
    ("fr", "selon la Résolution 72-NQ/TW du Bureau politique. Le 9 septembre 2025, rien.", None),
    ("pl", "uchwała nr 282/NQ-CP rządu z dnia 16 września 2025 r.", "2025-09-16"),
    ("vi", "Nghị quyết số 72-NQ/TW của Bộ Chính trị ngày 9/9/2025 về y tế", "2025-09-09"),
    ("vi", "Quyết định số 1234/QĐ-TTg của Thủ tướng Chính phủ ngày 2/10/2025", "2025-10-02"),
]


@pytest.mark.parametrize(("lang", "text", "issued"), DATED_AFTER_BODY)
def test_issue_date_after_the_issuing_body(lang: str, text: str, issued: str | None) -> None:
    (mention,) = extract_decrees(text, lang)
    assert mention.issue_date == issued


ASSEMBLY = [
    ("vi", "theo Nghị quyết số 202/2025/QH15 của Quốc hội", ("202/2025/QH15", "NQ", "QH15", 2025)),
    ("vi", "Luật số 56/2024/QH15 có hiệu lực", ("56/2024/QH15", "Luật", "QH15", 2024)),
    ("fr", "la résolution n° 201/2025/QH15 de l'Assemblée", ("201/2025/QH15", "NQ", "QH15", 2025)),
    ("pl", "ustawa nr 56/2024/QH15 wchodzi w życie", ("56/2024/QH15", "Luật", "QH15", 2024)),
    ("pl", "(189/2025/QH15)", ("189/2025/QH15", "QH", "QH15", 2025)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ASSEMBLY)
def test_national_assembly_numbers(lang: str, text: str, expected: tuple) -> None:
    """Laws and resolutions of the National Assembly carry no type code; the word before
    says which, and the year inside the number is no date."""
    [found] = extract_decrees(text, lang)
    assert (found.number, found.doc_type, found.issuer, found.year) == expected
    article = Article("a", "t", text, "x", lang=lang)
    assert [d.value for d in extract_article(article).dates] == []
