"""Commitments that need the discourse: pledges in the future tense, the first person of
an interview, reported speech that keeps its speaker, assignments, task lists, pronouns
and definite references, titles standing for a named official, and what is no
commitment (title lines, nouns that look like directing verbs).

Every sentence here is written for this test, on topics other than health.
"""

from __future__ import annotations

import pytest

from pipeline.article.obligations import find_obligations
from pipeline.article.step import extract_article
from pipeline.ids import sha256_hex
from pipeline.records import Article


def obligations(text: str, lang: str) -> list:
    article = Article(sha256_hex(text)[:16], "test", text, sha256_hex(text), lang=lang)
    return find_obligations(article, extract_article(article))


def summary(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    """(actor, deadline value, directed_by) of each obligation, in text order."""
    return [
        (o.actor, o.deadline.value if o.deadline else None, o.directed_by)
        for o in obligations(text, lang)
    ]


# ---- pledges and plans of a named body, in the future tense ----


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("fr", "Le ministère des Finances renforcera le contrôle des dépenses publiques.",
         "Ministry of Finance"),
        ("fr", "En 2026, le ministère de la Justice se coordonnera avec les provinces.",
         "Ministry of Justice"),
        ("pl", "Ministerstwo Finansów będzie nadal monitorować wydatki budżetowe.",
         "Ministry of Finance"),
        ("vi", "Bộ Tài chính sẽ rà soát toàn bộ các khoản chi thường xuyên.",
         "Ministry of Finance"),
    ],
)  # fmt: skip
def test_future_pledge_of_a_named_body(lang: str, text: str, actor: str) -> None:
    assert [a for a, _, _ in summary(text, lang)] == [actor]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le caméra de surveillance filmera la rue."),  # no body before the verb
        ("fr", "Le ministère des Finances a renforcé le contrôle en 2023."),  # past
        ("pl", "Ministerstwo Finansów było odpowiedzialne za budżet w 2023 r."),
        ("vi", "Năm 2023, Bộ Tài chính đã rà soát các khoản chi."),
    ],
)
def test_no_pledge_without_a_body_or_in_the_past(lang: str, text: str) -> None:
    assert summary(text, lang) == []


def test_pronoun_and_definite_reference_point_back_to_the_body() -> None:
    text = (
        "Le ministère des Finances a présenté son bilan annuel.\n\n"
        "Le ministère poursuivra la réforme fiscale. Il renforcera aussi la lutte contre "
        "la fraude."
    )
    assert [a for a, _, _ in summary(text, "fr")] == ["Ministry of Finance"] * 2


# ---- reported speech keeps its speaker ----


def test_speaker_keeps_the_floor_across_paragraphs() -> None:
    text = (
        "Le vice-Premier ministre Tran Hong Ha a présidé une réunion sur les routes.\n\n"
        "En conclusion, le vice-Premier ministre Tran Hong Ha a souligné le rôle des "
        "investisseurs.\n\n"
        "Le ministère des Finances doit financer le tronçon avant le 31 décembre 2025.\n\n"
        "Il a demandé que les travaux de nuit soient organisés sans délai."
    )
    found = summary(text, "fr")
    assert found == [
        ("Ministry of Finance", "2025-12-31", "Tran Hong Ha"),
        ("Unspecified", None, "Tran Hong Ha"),
    ] or found[0] == ("Ministry of Finance", "2025-12-31", "Tran Hong Ha")
    assert all(director == "Tran Hong Ha" for _, _, director in found)


def test_a_plain_report_by_another_official_ends_the_floor() -> None:
    text = (
        "En conclusion, le Premier ministre Pham Minh Chinh a souligné l'urgence.\n\n"
        "Le directeur Nguyen Van An a déclaré que le chantier avait avancé.\n\n"
        "Le ministère des Finances doit financer le pont avant le 30 juin 2026."
    )
    assert summary(text, "fr") == [("Ministry of Finance", "2026-06-30", None)]


def test_polish_bare_title_stands_for_the_named_official() -> None:
    text = (
        "Wicepremier Tran Hong Ha odwiedził plac budowy w Hanoi.\n\n"
        "Wicepremier zwrócił się do Ministerstwa Finansów o przygotowanie planu."
    )
    assert summary(text, "pl") == [("Ministry of Finance", None, "Tran Hong Ha")]


# ---- directives, assignments and task lists ----


def test_vietnamese_directive_of_an_unnamed_office_without_addressee() -> None:
    text = "Phó Thủ tướng yêu cầu thi công liên tục để hoàn thành cây cầu trước ngày 30/6/2026."
    assert [a for a, _, _ in summary(text, "vi")] == ["Unspecified"]


def test_assignment_names_its_addressee_after_the_task() -> None:
    assert [a for a, _, _ in summary(
        "Le Gouvernement a assigné des tâches précises au ministère des Finances pour réduire "
        "les délais.", "fr")] == ["Ministry of Finance"]  # fmt: skip


def test_each_dated_task_of_a_directed_list_is_a_commitment() -> None:
    text = (
        "En conclusion, le Premier ministre Pham Minh Chinh a insisté sur deux priorités : "
        "achever le périphérique avant le 30 juin 2026 ; et ouvrir la ligne de métro d'ici "
        "le 31 décembre 2026."
    )
    found = summary(text, "fr")
    assert sorted(d for _, d, _ in found) == ["2026-06-30", "2026-12-31"]
    assert {a for a, _, _ in found} == {"Unspecified"}
    assert {d for _, _, d in found} == {"Pham Minh Chinh"}


def test_first_person_of_an_interview_is_the_interviewees_body() -> None:
    text = (
        "Le journal a interviewé M. Nguyen Van An, directeur du Département des Finances de "
        "la province de Quang Tri.\n\n"
        "- Quels sont vos projets ?\n\n"
        "Nous sommes déterminés à achever la numérisation des recettes avant le 30 septembre "
        "2026."
    )
    found = summary(text, "fr")
    assert len(found) == 1
    actor, deadline, director = found[0]
    assert actor.endswith("Department of Finance") and deadline == "2026-09-30"
    assert director == "Nguyen Van An"


# ---- what is no commitment ----


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a title line announces what the article states
        ("fr", "Le Premier ministre exige l'accélération des chantiers routiers\n\nTexte."),
        # nouns that look like directing verbs: "công điện chỉ đạo", "Chỉ thị số", "được giao"
        ("vi", "Thủ tướng Chính phủ Phạm Minh Chính vừa ký công điện chỉ đạo về giao thông."),
        ("vi", "Thủ tướng Phạm Minh Chính vừa ký Chỉ thị số 12/CT-TTg về đầu tư công."),
        ("vi", "Các đơn vị đã hoàn thành nhiệm vụ được giao trong năm 2024."),
    ],
)
def test_no_commitment(lang: str, text: str) -> None:
    assert summary(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("fr", "Le ministre de la Justice doit présenter le projet de loi avant le 30 juin 2026.",
         "Ministry of Justice"),
        ("pl", "Wiceminister Finansów odpowiedzialny za budżet będzie nadal monitorował wydatki.",
         "Ministry of Finance"),
    ],
)  # fmt: skip
def test_an_office_as_subject_stands_for_its_body(lang: str, text: str, actor: str) -> None:
    assert [a for a, _, _ in summary(text, lang)] == [actor]


def test_an_unnamed_office_directs_the_unnamed_parties_that_follow() -> None:
    text = (
        "Le Premier ministre a demandé au ministère des Finances de débloquer les fonds.\n\n"
        "Les autorités compétentes doivent accélérer les chantiers."
    )
    assert [a for a, _, _ in summary(text, "fr")] == ["Ministry of Finance", "Unspecified"]


def test_unnamed_parties_outside_a_directive_are_no_commitment() -> None:
    assert summary("Les habitants doivent attendre la fin des travaux.", "fr") == []


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        ("fr", "Le gouvernement a tenu sa réunion, ordonnant au ministère des Finances de "
         "verser les fonds.", "Ministry of Finance"),
        ("pl", "Premier zakończył posiedzenie, zobowiązując Ministerstwo Finansów do wypłaty "
         "środków.", "Ministry of Finance"),
    ],
)  # fmt: skip
def test_a_participle_of_a_directing_verb_directs(lang: str, text: str, actor: str) -> None:
    assert [a for a, _, _ in summary(text, lang)] == [actor]


SHORTENED_TITLES = [
    (
        "vi",
        "Sáng 10/11, Chủ tịch UBND TP Hồ Chí Minh Nguyễn Văn Được chủ trì hội nghị. Đến nay, "
        "thành phố mới giải ngân được 48% kế hoạch vốn.\n\nChủ tịch UBND Thành phố yêu cầu "
        "các chủ đầu tư lập kế hoạch giải ngân chi tiết.",
        [("Investors", None, "Nguyen Van Duoc")],
    ),
    (
        "fr",
        "Le président du Comité populaire de Hô Chi Minh-Ville, Nguyen Van Duoc, a présidé une "
        "conférence.\n\nLe président du Comité populaire municipal a demandé au Service de la "
        "construction d'accélérer les travaux.",
        [("Department of Construction", None, "Nguyen Van Duoc")],
    ),
    # "Thủ tướng" is not the Deputy Prime Minister named before
    (
        "vi",
        "Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp.\n\nThủ tướng yêu cầu Bộ Y tế hoàn thành "
        "kế hoạch.",
        [("Ministry of Health", None, None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SHORTENED_TITLES)
def test_an_office_with_a_shortened_title_is_the_official_named_before(
    lang: str, text: str, expected: list
) -> None:
    assert summary(text, lang) == expected


def test_a_dropped_subject_continues_the_sentence_before() -> None:
    text = (
        "Ministerstwo Finansów opracuje projekt dekretu w sprawie podatku. Ponadto przedłoży "
        "go rządowi do końca marca 2026 r."
    )
    assert summary(text, "pl") == [
        ("Ministry of Finance", None, None),
        ("Ministry of Finance", "2026-03", None),
    ]
    # not across a paragraph, and not where a noun is the subject
    apart = "Ministerstwo Finansów opracuje projekt.\n\nPrzedłoży go rządowi do końca marca 2026 r."
    assert summary(apart, "pl") == [("Ministry of Finance", None, None)]
    noun = "Ministerstwo Finansów opracuje projekt. Inwestycja przyspieszy rozwój regionu."
    assert summary(noun, "pl") == [("Ministry of Finance", None, None)]
    # the body a sentence opens with is its subject, even where it states no commitment
    opened = (
        "Ministerstwo Nauki i Technologii koncentruje się na transformacji cyfrowej. Ponadto "
        "dąży do tego, aby wszystkie procedury były dostępne online do końca 2025 r."
    )
    assert summary(opened, "pl") == [("Ministry of Science and Technology", "2025", None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Bộ Quốc phòng và Bộ Công an phải hỗ trợ người dân trước ngày 31/12/2025."),
        ("vi", "Bộ Quốc phòng, Bộ Công an phải hoàn thành trước ngày 31/12/2025."),
        (
            "fr",
            "Le ministère de la Défense nationale et le ministère de la Sécurité publique "
            "doivent achever le plan avant le 31 décembre 2025.",
        ),
        (
            "pl",
            "Ministerstwo Obrony Narodowej i Ministerstwo Bezpieczeństwa Publicznego muszą "
            "zakończyć plan przed 31 grudnia 2025 r.",
        ),
    ],
)
def test_joined_subjects_each_act(lang: str, text: str) -> None:
    assert summary(text, lang) == [
        ("Ministry of National Defence", "2025-12-31", None),
        ("Ministry of Public Security", "2025-12-31", None),
    ]


def test_numbered_items_of_a_directive_list() -> None:
    text = (
        "Phó Thủ tướng Trần Hồng Hà giao:\n1. Bộ Tài chính nghiên cứu đề xuất cơ chế tài chính."
        "\n2. Bộ Xây dựng khẩn trương hoàn thành đề án trước ngày 31/12/2025."
    )
    assert summary(text, "vi") == [
        ("Ministry of Finance", None, "Tran Hong Ha"),
        ("Ministry of Construction", "2025-12-31", "Tran Hong Ha"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "vi",
            "Sáng 10/11, Chủ tịch UBND TP Hồ Chí Minh Nguyễn Văn Được chủ trì hội nghị. Đến nay, "
            "thành phố giải ngân 48% kế hoạch.\n\nÔng Được yêu cầu Sở Tài chính rà soát kế "
            "hoạch vốn trước ngày 20/11/2025.",
        ),
        (
            "fr",
            "Le président du Comité populaire de Hô Chi Minh-Ville, Nguyen Van Duoc, a visité le "
            "chantier.\n\nM. Duoc a demandé au Service des finances de revoir le plan avant le "
            "20 novembre 2025.",
        ),
    ],
)
def test_a_courtesy_word_and_a_given_name_is_the_official(lang: str, text: str) -> None:
    """ "Ông Được" is Nguyễn Văn Được (and the passive "được yêu cầu" is lower case)."""
    assert summary(text, lang) == [("Department of Finance", "2025-11-20", "Nguyen Van Duoc")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an unnamed office that is not the floor's holder directs: no name
        (
            "vi",
            "Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp về giá điện.\n\nThủ tướng yêu cầu Bộ "
            "Công Thương hoàn thành đề án trước ngày 31/12/2025.",
            [("Ministry of Industry and Trade", "2025-12-31", None)],
        ),
        # another form of the same title: "chef du gouvernement" is the Prime Minister
        (
            "fr",
            "Le Premier ministre Pham Minh Chinh a visité le chantier.\n\nLe chef du gouvernement "
            "a demandé au ministère des Finances de préparer un plan avant le 30 novembre 2025.",
            [("Ministry of Finance", "2025-11-30", "Pham Minh Chinh")],
        ),
        # the same office with a qualifier dropped is the official named before
        (
            "pl",
            "Stały wicepremier Nguyen Hoa Binh przewodniczył spotkaniu w sprawie rynku złota. "
            "Wicepremier zwrócił się do Ministerstwa Finansów o przygotowanie raportu.",
            [("Ministry of Finance", None, "Nguyen Hoa Binh")],
        ),
    ],
)
def test_an_unnamed_office_directs_unless_it_is_the_named_one(
    lang: str, text: str, expected: list
) -> None:
    assert summary(text, lang) == expected
