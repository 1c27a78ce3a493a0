"""The gazetteer of the Vietnamese state: data files, loader and actor recognition."""

from __future__ import annotations

import re

import pytest
import regex

from pipeline.article.actors import find_actors
from pipeline.article.obligations import find_obligations
from pipeline.article.step import extract_article
from pipeline.ids import sha256_hex
from pipeline.lang import gazetteer
from pipeline.records import Article


def obligations(text: str, lang: str):
    article = Article(sha256_hex(text)[:16], "test", text, sha256_hex(text), lang=lang)
    return find_obligations(article, extract_article(article))


# (lang, sentence, the actors named in it) per kind of body; sentences written for the test.
SENTENCES = [
    # ministries
    (
        "vi",
        "Bộ Công Thương phải hoàn thành đề án trước ngày 31/12/2025.",
        ["Ministry of Industry and Trade"],
    ),
    (
        "vi",
        "Bộ Nông nghiệp và Môi trường chủ trì việc rà soát.",
        ["Ministry of Agriculture and Environment"],
    ),
    ("vi", "Thủ tướng yêu cầu Bộ Xây dựng khẩn trương triển khai.", ["Ministry of Construction"]),
    (
        "fr",
        "Le ministère de l'Industrie et du Commerce doit achever le plan.",
        ["Ministry of Industry and Trade"],
    ),
    (
        "fr",
        "Le Ministère des Sciences et des Technologies publiera la liste.",
        ["Ministry of Science and Technology"],
    ),
    (
        "pl",
        "Ministerstwo Przemysłu i Handlu przygotuje raport.",
        ["Ministry of Industry and Trade"],
    ),
    (
        "pl",
        "Premier polecił Ministerstwu Budownictwa przyspieszyć prace.",
        ["Ministry of Construction"],
    ),
    (
        "pl",
        "Rozmawiano z Ministerstwem Kultury, Sportu i Turystyki.",
        ["Ministry of Culture, Sports and Tourism"],
    ),
    # former ministries → what they became
    ("vi", "Bộ Kế hoạch và Đầu tư trình đề án.", ["Ministry of Finance"]),
    ("fr", "le ministère des Transports doit terminer", ["Ministry of Construction"]),
    (
        "pl",
        "Ministerstwo Zasobów Naturalnych i Środowiska",
        ["Ministry of Agriculture and Environment"],
    ),
    # national agencies
    ("fr", "La Banque d'État du Vietnam doit baisser les taux.", ["State Bank of Vietnam"]),
    (
        "vi",
        "Ngân hàng Nhà nước Việt Nam chỉ đạo các ngân hàng.",
        ["State Bank of Vietnam", "Commercial banks"],
    ),
    ("pl", "Państwowy Bank Wietnamu obniży stopy.", ["State Bank of Vietnam"]),
    (
        "vi",
        "Tập đoàn Điện lực Việt Nam (EVN) bảo đảm cung ứng điện.",
        ["Vietnam Electricity", "Vietnam Electricity"],
    ),
    (
        "fr",
        "L'Inspection générale du Gouvernement vérifiera les projets.",
        ["Government Inspectorate"],
    ),
    ("pl", "Kancelaria Rządu przekaże dokumenty.", ["Government Office"]),
    # Party and State
    ("vi", "Bộ Chính trị và Ban Bí thư đã kết luận.", ["Politburo", "Party Secretariat"]),
    (
        "fr",
        "Le Bureau politique et le Comité central du Parti ont décidé.",
        ["Politburo", "Party Central Committee"],
    ),
    (
        "pl",
        "Biuro Polityczne zleciło Centralnej Komisji Propagandy przygotowanie.",
        ["Politburo", "Central Propaganda and Mass Mobilisation Commission"],
    ),
    (
        "fr",
        "le Comité permanent de l'Assemblée nationale examinera",
        ["National Assembly Standing Committee"],
    ),
    (
        "vi",
        "Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội thẩm tra.",
        ["National Assembly Committee for Defence, Security and Foreign Affairs"],
    ),
    # province bodies, folded and unfolded, current and former provinces
    ("vi", "UBND tỉnh Quảng Trị phải hoàn thành", ["Quang Tri Provincial People's Committee"]),
    ("vi", "UBND tinh Quang Tri", ["Quang Tri Provincial People's Committee"]),
    ("vi", "UBND TP.HCM giao nhiệm vụ", ["Ho Chi Minh City People's Committee"]),
    (
        "vi",
        "Tỉnh ủy Lạng Sơn và HĐND tỉnh Lạng Sơn",
        ["Lang Son Provincial Party Committee", "Lang Son Provincial People's Council"],
    ),
    ("vi", "UBND tỉnh Quảng Bình", ["Quang Binh Provincial People's Committee"]),
    (
        "fr",
        "Le Comité populaire de la province de Quang Tri doit",
        ["Quang Tri Provincial People's Committee"],
    ),
    ("fr", "le Comité populaire de Hanoï a demandé", ["Hanoi City People's Committee"]),
    ("pl", "Komitet Ludowy prowincji Quang Tri musi", ["Quang Tri Provincial People's Committee"]),
    ("pl", "Komitetowi Ludowemu miasta Hanoi polecono", ["Hanoi City People's Committee"]),
    ("pl", "Prowincjonalny Komitet Partii w Lang Son", ["Lang Son Provincial Party Committee"]),
    # departments (Sở) and sectors
    (
        "vi",
        "Sở Y tế tỉnh Quảng Trị và Sở Xây dựng Hà Nội",
        ["Quang Tri Department of Health", "Hanoi Department of Construction"],
    ),
    ("vi", "Sở Giao thông vận tải tỉnh Bình Dương", ["Binh Duong Department of Construction"]),
    ("vi", "các cơ sở y tế", ["Health facilities"]),
    (
        "fr",
        "Le Département de la Santé de la province de Quang Tri",
        ["Quang Tri Department of Health"],
    ),
    ("fr", "le service des Finances de Da Nang", ["Da Nang Department of Finance"]),
    ("fr", "le secteur de la santé de Tra Vinh", ["Tra Vinh Health sector"]),
    (
        "pl",
        "Departament Przemysłu i Handlu prowincji Nghe An",
        ["Nghe An Department of Industry and Trade"],
    ),
    ("pl", "sektor zdrowia", ["Health sector"]),
    # commune level
    ("vi", "UBND xã Tân Phú", ["Tan Phu Commune People's Committee"]),
    # generic plural bodies
    ("vi", "Thủ tướng yêu cầu các bộ, ngành, địa phương", ["Ministries, agencies and localities"]),
    ("vi", "các bộ, ngành", ["Ministries and agencies"]),
    ("vi", "các cơ quan liên quan", ["Relevant agencies"]),
    ("vi", "UBND các tỉnh, thành phố trực thuộc Trung ương", ["Provincial People's Committees"]),
    ("fr", "les ministères, branches et localités", ["Ministries, agencies and localities"]),
    ("fr", "les ministères et les agences", ["Ministries and agencies"]),
    ("fr", "aux agences concernées", ["Relevant agencies"]),
    ("fr", "les provinces et villes", ["Provinces and cities"]),
    ("fr", "la perturbation des services publics", []),
    ("pl", "ministerstwa, resorty i samorządy", ["Ministries, agencies and localities"]),
    ("pl", "ministerstwa i agencje", ["Ministries and agencies"]),
    ("pl", "właściwe agencje", ["Relevant agencies"]),
    ("pl", "lokalne władze", ["Localities"]),
    # groups of every sector, and a province or city acting as itself
    (
        "vi",
        "Cục Hàng không Việt Nam yêu cầu các hãng hàng không",
        ["Civil Aviation Authority of Vietnam", "Airlines"],
    ),
    (
        "fr",
        "les compagnies aériennes et les gardes-frontières",
        ["Airlines", "Vietnam Border Guard"],
    ),
    ("pl", "Straż Graniczna i linie lotnicze", ["Vietnam Border Guard", "Airlines"]),
    (
        "vi",
        "Tỉnh Lào Cai phải di dời; UBND tỉnh Lào Cai",
        ["Lao Cai Province", "Lao Cai Provincial People's Committee"],
    ),
    (
        "fr",
        "la province de Quang Ninh doit; la ville de Hanoï",
        ["Quang Ninh Province", "Hanoi City"],
    ),
    ("pl", "Prowincja Lao Cai musi; władze miasta Hanoi", ["Lao Cai Province", "Hanoi City"]),
    ("vi", "thành phố Hồ Chí Minh", ["Ho Chi Minh City"]),
    ("vi", "người dân ở tỉnh lỵ", []),
    ("fr", "la ville de Springfield", []),
    # several ministries under one plural head: one actor each
    (
        "vi",
        "yêu cầu các Bộ: Y tế, Tài chính và Công Thương",
        ["Ministry of Health", "Ministry of Finance", "Ministry of Industry and Trade"],
    ),
    (
        "fr",
        "aux ministères des Affaires étrangères et de la Santé",
        ["Ministry of Foreign Affairs", "Ministry of Health"],
    ),
    ("pl", "ministerstwa zdrowia i finansów", ["Ministry of Health", "Ministry of Finance"]),
    ("fr", "les ministères de la Santé", ["Ministries"]),
    (
        "vi",
        "Bộ trưởng các Bộ: Quốc phòng, Công an, Văn hóa, Thể thao và Du lịch",
        [
            "Ministry of National Defence",
            "Ministry of Public Security",
            "Ministry of Culture, Sports and Tourism",
        ],
    ),
    # the office holders of a directive's addressee formula stand for their bodies
    (
        "vi",
        "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố",
        ["Ministries, agencies and localities"],
    ),
    (
        "fr",
        "aux ministres, aux chefs des agences ministérielles et aux présidents des comités "
        "populaires des provinces",
        ["Ministries, agencies and localities"],
    ),
    (
        "pl",
        "ministrów, szefów agencji rządowych, przewodniczących komitetów ludowych prowincji",
        ["Ministries, agencies and localities"],
    ),
    ("vi", "Bộ trưởng Bộ Công an Lương Tam Quang", ["Ministry of Public Security"]),
    # a minister named for the ministry
    ("fr", "a proposé au ministre de l'Intérieur de suivre", ["Ministry of Home Affairs"]),
    ("pl", "zwrócił się do ministra zdrowia", ["Ministry of Health"]),
    # blockers: a title holding a body's name
    ("vi", "Thủ tướng Chính phủ yêu cầu Bộ Y tế", ["Ministry of Health"]),
    ("fr", "le chef du Gouvernement", []),
]


@pytest.mark.parametrize(("lang", "sentence", "names"), SENTENCES)
def test_actors_of_every_kind(lang: str, sentence: str, names: list[str]) -> None:
    assert [a.name for a in find_actors(sentence, lang)] == names


def test_spans_are_the_written_form() -> None:
    text = "Hôm nay, Bộ Công Thương và UBND tỉnh Quảng Trị họp."
    assert [text[a.start : a.end] for a in find_actors(text, "vi")] == [
        "Bộ Công Thương",
        "UBND tỉnh Quảng Trị",
    ]


def test_obligation_with_a_new_ministry() -> None:
    [found] = obligations("Bộ Công Thương phải hoàn thành đề án trước ngày 31/12/2025.", "vi")
    assert found.actor == "Ministry of Industry and Trade"


def test_every_form_of_every_body_names_it() -> None:
    gaz = gazetteer.load()
    for lang in ("fr", "pl", "vi"):
        for body in gaz.bodies.values():
            for form in body.forms[lang]:
                for surface in gazetteer.expand(form, lang):
                    got = [a.name for a in find_actors(surface, lang)]
                    assert got == [gazetteer.successor(body.name)], (lang, surface, got)


def test_counts() -> None:
    gaz = gazetteer.load()
    current = [b for b in gaz.bodies.values() if b.status == "current"]
    assert len([b for b in current if b.kind == "ministry"]) == 14
    assert len([b for b in current if b.kind == "ministerial"]) == 3
    provinces = gaz.provinces.values()
    assert len([p for p in provinces if p.status == "current"]) == 34
    # the 63 before 1 July 2025: every current unit but one existed (Huế replaced
    # Thừa Thiên Huế on 1 January 2025), plus the former ones
    assert len(gaz.provinces) - 1 == 63


def test_provinces_and_merges() -> None:
    assert gazetteer.current_province("Quang Binh") == "Quang Tri"
    assert gazetteer.current_province("Binh Duong") == "Ho Chi Minh"
    assert gazetteer.current_province("Lang Son") == "Lang Son"
    for p in gazetteer.load().provinces.values():
        if p.status == "former":
            assert (
                p.name in gazetteer.load().provinces[p.merged_into].absorbed
                or p.merged_into == "Hue"
            )


def test_titles() -> None:
    assert gazetteer.body_titles("Ministry of Health") == ("Minister", "Deputy Minister")
    assert gazetteer.body_titles("State Bank of Vietnam") == ("Governor", "Deputy Governor")
    assert "Chairman of the People's Committee" in gazetteer.body_titles("People's Committee")
    assert gazetteer.body_titles("Department of Health")[0] == "Department Director"
    assert gazetteer.title_forms("vi")["thứ trưởng"] == "Deputy Minister"
    assert gazetteer.title_forms("pl")["wiceministra"] == "Deputy Minister"
    assert gazetteer.title_forms("fr")["vice-ministre"] == "Deputy Minister"


def test_polish_cases_are_generated() -> None:
    forms = gazetteer.expand("Ministerstw<neut_o> Zdrowia", "pl")
    for case in ("Ministerstwo", "Ministerstwa", "Ministerstwu", "Ministerstwem", "Ministerstwie"):
        assert f"{case} Zdrowia" in forms


def test_unknown_language() -> None:
    with pytest.raises(KeyError):
        find_actors("x", "xx")


def test_folded_text_reads_alike_in_re_and_regex() -> None:
    # The alternations are scanned with ``re``; ``regex`` would read the same text the
    # same way: no folded character is ``\w`` for one engine only.
    chars = "".join(chr(c) for c in range(1, 0x3000) if not 0xD800 <= c <= 0xDFFF)
    low = gazetteer.folded(chars)
    assert len(low) == len(chars)
    for c in set(low):
        assert bool(re.match(r"\w", c)) == bool(regex.match(r"\w", c)), hex(ord(c))


def test_stray_marks_and_fractions_do_not_hide_a_body() -> None:
    text = "Bộ Công Thương phải hoàn thành ½ kế hoạch q\u0323; Bộ Xây dựng cũng vậy."
    assert [a.name for a in find_actors(text, "vi")] == [
        "Ministry of Industry and Trade",
        "Ministry of Construction",
    ]
    assert [a.name for a in find_actors("Le ministère de la Santé, ½ des crédits", "fr")] == [
        "Ministry of Health"
    ]


def test_the_deepest_trie_path_is_tried_first() -> None:
    """A short form written out ("firm{y|om}") and a long one kept as a group ("firm{y|om|
    ami} budowlan<adj>", too many expansions) share their start: the long one wins when
    the text holds it, the short one otherwise."""
    pattern = gazetteer.trie_pattern(
        [("f", "i", "r", "m", "y"), ("f", "i", "r", "m", "(?:ami|om|y)", " ", "b", "u", "d")]
    )
    assert re.fullmatch(pattern, "firmy bud") and re.match(pattern, "firmy bud").end() == 9
    assert re.match(pattern, "firmy").end() == 5
