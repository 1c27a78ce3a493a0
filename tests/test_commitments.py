"""Commitments: obligation sentences per language, actor names, merging across languages."""

from __future__ import annotations

import random

import pytest

from pipeline.article.actors import find_actors
from pipeline.article.obligations import find_obligations
from pipeline.article.sentences import split_sentences
from pipeline.article.step import extract_article
from pipeline.combine.commitments import merge_obligations
from pipeline.ids import sha256_hex
from pipeline.records import Article


def make(text: str, lang: str) -> Article:
    return Article(sha256_hex(text)[:16], "test", text, sha256_hex(text), lang=lang)


def obligations(text: str, lang: str):
    article = make(text, lang)
    return find_obligations(article, extract_article(article))


# (lang, sentence, actor, deadline value or None, directed_by or None)
POSITIVE = [
    (
        "fr",
        "La ministre de la Santé, Mme Đào Hồng Lan, a demandé aux provinces de finaliser le "
        "plan au cours du quatrième trimestre 2025.",
        "Provinces and cities",
        "2025-Q4",
        "Dao Hong Lan",
    ),
    (
        "pl",
        "Minister zdrowia Dao Hong Lan zwróciła się do prowincji o zakończenie prac do końca "
        "IV kwartału 2025 r.",
        "Provinces and cities",
        "2025-Q4",
        "Dao Hong Lan",
    ),
    (
        "vi",
        "Bộ trưởng Bộ Y tế Đào Hồng Lan đề nghị các tỉnh hoàn thành kế hoạch trong quý IV/2025.",
        "Provinces and cities",
        "2025-Q4",
        "Dao Hong Lan",
    ),
    (
        "fr",
        "Le ministère de la Santé doit achever la fusion des hôpitaux avant le 30 octobre 2025.",
        "Ministry of Health",
        "2025-10-30",
        None,
    ),
    (
        "fr",
        "Le vice-Premier ministre Le Thanh Long a demandé au ministère de l'Intérieur de "
        "soumettre le projet avant le 15 novembre 2025.",
        "Ministry of Home Affairs",
        "2025-11-15",
        "Le Thanh Long",
    ),
    (
        "fr",
        "Le Comité populaire de la province de Quang Tri devra publier le plan d'ici fin 2025.",
        "Quang Tri Provincial People's Committee",
        "2025",
        None,
    ),
    (
        "fr",
        "Les localités doivent terminer l'inventaire des biens publics.",
        "Localities",
        None,
        None,
    ),
    (
        "fr",
        "Le Département de la Santé de Quang Tri est chargé de rédiger les directives.",
        "Quang Tri Department of Health",
        None,
        None,
    ),
    (
        "fr",
        "Le Gouvernement s'engage à réduire les délais de traitement des dossiers.",
        "Government",
        None,
        None,
    ),
    (
        "fr",
        "Le ministère des Finances a pour mission de préparer le budget.",
        "Ministry of Finance",
        None,
        None,
    ),
    (
        "fr",
        "Le Premier ministre exhorte les localités à accélérer les travaux.",
        "Localities",
        None,
        None,
    ),
    (
        "fr",
        "Il faut que le ministère de l'Éducation et de la Formation publie la circulaire avant "
        "le 1er décembre 2025.",
        "Ministry of Education and Training",
        "2025-12-01",
        None,
    ),
    (
        "fr",
        "Le ministère de la Santé, en coordination avec les localités, doit réviser 1 200 postes.",
        "Ministry of Health",
        None,
        None,
    ),
    (
        "fr",
        "Le Bureau politique a chargé le Gouvernement de piloter la réforme.",
        "Government",
        None,
        None,
    ),
    (
        "fr",
        "Le Groupe de travail interministériel devra remettre son rapport avant le 15 décembre "
        "2025.",
        "Groupe de travail interministériel",
        "2025-12-15",
        None,
    ),
    (
        "fr",
        "Le Comité de pilotage devra remettre son rapport avant le 15 décembre 2025.",
        "Steering Committee",
        "2025-12-15",
        None,
    ),
    (
        "pl",
        "Ministerstwo Zdrowia musi zakończyć połączenie szpitali przed 30 października 2025 r.",
        "Ministry of Health",
        "2025-10-30",
        None,
    ),
    (
        "pl",
        "Wicepremier Le Thanh Long polecił Ministerstwu Spraw Wewnętrznych przedłożyć projekt "
        "przed 15 listopada 2025 r.",
        "Ministry of Home Affairs",
        "2025-11-15",
        "Le Thanh Long",
    ),
    (
        "pl",
        "Komitet Ludowy prowincji Quang Tri powinien opublikować plan do końca 2025 r.",
        "Quang Tri Provincial People's Committee",
        "2025",
        None,
    ),
    (
        "pl",
        "Lokalne władze muszą zakończyć inwentaryzację majątku publicznego.",
        "Localities",
        None,
        None,
    ),
    (
        "pl",
        "Departament Zdrowia prowincji Quang Tri jest zobowiązany do przygotowania wytycznych.",
        "Quang Tri Department of Health",
        None,
        None,
    ),
    (
        "pl",
        "Rząd zobowiązał się do skrócenia terminów rozpatrywania wniosków.",
        "Government",
        None,
        None,
    ),
    (
        "pl",
        "Ministerstwo Finansów odpowiada za przygotowanie budżetu.",
        "Ministry of Finance",
        None,
        None,
    ),
    ("pl", "Premier wezwał lokalne władze do przyspieszenia prac.", "Localities", None, None),
    (
        "pl",
        "Ministerstwo Edukacji i Szkolenia powinno wydać okólnik przed 1 grudnia 2025 r.",
        "Ministry of Education and Training",
        "2025-12-01",
        None,
    ),
    (
        "pl",
        "Biuro Polityczne zwróciło się do Rządu o pokierowanie reformą.",
        "Government",
        None,
        None,
    ),
    ("pl", "Sektor zdrowia musi zredukować 1200 etatów.", "Health sector", None, None),
    (
        "vi",
        "Bộ Y tế phải hoàn thành việc sáp nhập các bệnh viện trước ngày 30/10/2025.",
        "Ministry of Health",
        "2025-10-30",
        None,
    ),
    (
        "vi",
        "Phó Thủ tướng Lê Thành Long yêu cầu Bộ Nội vụ trình đề án trước ngày 15/11/2025.",
        "Ministry of Home Affairs",
        "2025-11-15",
        "Le Thanh Long",
    ),
    (
        "vi",
        "UBND tỉnh Quảng Trị cần ban hành kế hoạch chậm nhất trong năm 2025.",
        "Quang Tri Provincial People's Committee",
        "2025",
        None,
    ),
    ("vi", "Các địa phương phải hoàn tất việc kiểm kê tài sản công.", "Localities", None, None),
    (
        "vi",
        "Sở Y tế tỉnh Quảng Trị chịu trách nhiệm xây dựng hướng dẫn.",
        "Quang Tri Department of Health",
        None,
        None,
    ),
    ("vi", "Chính phủ cam kết rút ngắn thời gian xử lý hồ sơ.", "Government", None, None),
    (
        "vi",
        "Bộ Tài chính có nhiệm vụ chuẩn bị dự toán ngân sách.",
        "Ministry of Finance",
        None,
        None,
    ),
    ("vi", "Thủ tướng kêu gọi các địa phương đẩy nhanh tiến độ.", "Localities", None, None),
    (
        "vi",
        "Bộ Giáo dục và Đào tạo phải ban hành thông tư trước ngày 1/12/2025.",
        "Ministry of Education and Training",
        "2025-12-01",
        None,
    ),
    ("vi", "Bộ Chính trị giao Chính phủ thực hiện cải cách.", "Government", None, None),
    ("vi", "Ngành y tế cần cắt giảm 1.200 biên chế.", "Health sector", None, None),
    ("vi", "Bộ Y tế khẩn trương hoàn thiện dự thảo nghị định.", "Ministry of Health", None, None),
]

NEGATIVE = [
    ("fr", "Le ministère de la Santé a accueilli 1 500 patients en 2024."),
    ("fr", "La demande des localités a été examinée."),
    ("fr", "Le village s'appelle Vinh Linh depuis 1975."),
    ("fr", "Le projet devra être examiné."),
    ("fr", "Les hôpitaux ont reçu de nouveaux équipements le 3 mars 2025."),
    ("fr", "Le devoir de mémoire reste important pour les localités."),
    ("pl", "Ministerstwo Zdrowia przyjęło 1500 pacjentów w 2024 r."),
    ("pl", "Szpitale otrzymały nowy sprzęt 3 marca 2025 r."),
    ("pl", "Minister odpowiada na pytania dziennikarzy."),
    ("pl", "Projekt musi zostać przeanalizowany."),
    ("pl", "Zobowiązania rządu opisano w raporcie."),
    ("pl", "Wieś nosi nazwę Vinh Linh od 1975 r."),
    ("vi", "Bộ Y tế đã tiếp nhận 1.500 bệnh nhân trong năm 2024."),
    ("vi", "Đây không phải là nhiệm vụ dễ dàng."),
    ("vi", "Các bệnh viện được trang bị thiết bị mới vào ngày 3/3/2025."),
    ("vi", "Theo yêu cầu của Bộ Y tế, hội nghị được tổ chức tại Hà Nội."),
    ("vi", "Ban Chỉ đạo đã họp vào sáng nay."),
    ("vi", "Tình hình giao thông tại các địa phương đã ổn định."),
]


@pytest.mark.parametrize(("lang", "sentence", "actor", "deadline", "director"), POSITIVE)
def test_obligation_sentences(lang, sentence, actor, deadline, director):
    found = obligations(sentence, lang)
    assert [(o.actor, o.deadline.value if o.deadline else None) for o in found] == [
        (actor, deadline)
    ]
    assert found[0].directed_by == director
    assert found[0].action and len(found[0].action) <= 200


@pytest.mark.parametrize(("lang", "sentence"), NEGATIVE)
def test_no_obligation(lang, sentence):
    assert obligations(sentence, lang) == []


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "Le ministère de la Santé doit achever l'inventaire avant la fusion."),
        ("pl", "Ministerstwo Zdrowia musi zakończyć inwentaryzację przed połączeniem."),
        ("vi", "Bộ Y tế phải hoàn thành kiểm kê trước khi sáp nhập."),
    ],
)
def test_before_an_event_is_no_deadline(lang, sentence):
    [found] = obligations(sentence, lang)
    assert (found.actor, found.deadline) == ("Ministry of Health", None)


ACTORS = [
    ("fr", "les ministères, les branches et les localités", "Ministries, agencies and localities"),
    ("pl", "Ministerstwa, sektory i miejscowości", "Ministries, agencies and localities"),
    ("vi", "các bộ, ngành", "Ministries and agencies"),
    ("fr", "le ministère de la Santé", "Ministry of Health"),
    ("fr", "Ministère de la Santé publique", "Ministry of Health"),
    ("fr", "le ministère de l'Intérieur", "Ministry of Home Affairs"),
    ("fr", "ministère des Affaires intérieures", "Ministry of Home Affairs"),
    ("fr", "le ministère des Finances", "Ministry of Finance"),
    ("fr", "ministère de l’Éducation et de la Formation", "Ministry of Education and Training"),
    ("fr", "le Gouvernement", "Government"),
    ("fr", "le Bureau politique", "Politburo"),
    ("fr", "Comité populaire provincial de Quang Tri", "Quang Tri Provincial People's Committee"),
    ("fr", "le Comité populaire provincial", "Provincial People's Committee"),
    ("fr", "Département de la Santé de la province de Quang Tri", "Quang Tri Department of Health"),
    ("fr", "le secteur de la santé", "Health sector"),
    ("fr", "les localités", "Localities"),
    ("pl", "Ministerstwo Zdrowia", "Ministry of Health"),
    ("pl", "Ministerstwa Zdrowia", "Ministry of Health"),
    ("pl", "Ministerstwu Zdrowia", "Ministry of Health"),
    ("pl", "Ministerstwem Spraw Wewnętrznych", "Ministry of Home Affairs"),
    ("pl", "Ministerstwie Finansów", "Ministry of Finance"),
    ("pl", "Ministerstwo Edukacji i Szkolenia", "Ministry of Education and Training"),
    ("pl", "Rządowi", "Government"),
    ("pl", "Biura Politycznego", "Politburo"),
    ("pl", "Komitetu Ludowego prowincji Quang Tri", "Quang Tri Provincial People's Committee"),
    ("pl", "Departament Zdrowia", "Department of Health"),
    ("pl", "sektora zdrowia", "Health sector"),
    ("pl", "lokalne władze", "Localities"),
    ("vi", "Bộ Y tế", "Ministry of Health"),
    ("vi", "Bộ Nội vụ", "Ministry of Home Affairs"),
    ("vi", "Bộ Tài chính", "Ministry of Finance"),
    ("vi", "Bộ Giáo dục và Đào tạo", "Ministry of Education and Training"),
    ("vi", "Chính phủ", "Government"),
    ("vi", "Bộ Chính trị", "Politburo"),
    ("vi", "UBND tỉnh Quảng Trị", "Quang Tri Provincial People's Committee"),
    ("vi", "Ủy ban nhân dân tỉnh Quảng Trị", "Quang Tri Provincial People's Committee"),
    ("vi", "Sở Y tế tỉnh Quảng Trị", "Quang Tri Department of Health"),
    ("vi", "ngành y tế", "Health sector"),
    ("vi", "các địa phương", "Localities"),
]


@pytest.mark.parametrize(("lang", "surface", "canonical"), ACTORS)
def test_actor_names(lang, surface, canonical):
    assert [a.name for a in find_actors(surface, lang)] == [canonical]


@pytest.mark.parametrize(
    ("lang", "text", "sentences"),
    [
        ("fr", "M. Long a parlé. Mme Tu aussi.", ["M. Long a parlé.", "Mme Tu aussi."]),
        (
            "fr",
            "Selon la résolution n° 72-NQ/TW. Le taux est de 2.5 %.",
            ["Selon la résolution n° 72-NQ/TW.", "Le taux est de 2.5 %."],
        ),
        (
            "pl",
            "Spotkanie na ul. Lê Duẩn. Było to 30 listopada 2025 r. Rząd zdecydował.",
            ["Spotkanie na ul. Lê Duẩn.", "Było to 30 listopada 2025 r.", "Rząd zdecydował."],
        ),
        (
            "vi",
            "Hội nghị tại TP. Hồ Chí Minh. Bộ Y tế dự.",
            ["Hội nghị tại TP. Hồ Chí Minh.", "Bộ Y tế dự."],
        ),
    ],
)
def test_sentences(lang, text, sentences):
    assert [text[s:e] for s, e in split_sentences(text, lang)] == sentences


FR = (
    "Réforme du secteur de la santé\n"
    "Le ministère de la Santé doit achever la fusion de 12 hôpitaux avant le 30 octobre 2025. "
    "Le Comité populaire de la province de Quang Tri devra publier le plan d'ici fin 2025."
)
PL = (
    "Reforma sektora zdrowia\n"
    "Ministerstwo Zdrowia musi zakończyć połączenie 12 szpitali przed 30 października 2025 r. "
    "Komitet Ludowy prowincji Quang Tri powinien opublikować plan do końca 2025 r."
)
PL_LATER = PL.replace("30 października", "30 listopada")


def build(texts: list[tuple[str, str]], shuffle: int | None = None):
    articles = [make(text, lang) for text, lang in texts]
    extractions = {a.article_id: extract_article(a) for a in articles}
    story_of = {a.article_id: "story-1" for a in articles}
    if shuffle is not None:
        random.Random(shuffle).shuffle(articles)
    found = [o for a in articles for o in find_obligations(a, extractions[a.article_id])]
    return articles, merge_obligations(found, story_of)


def test_french_and_polish_merge():
    articles, (commitments, evidence) = build([(FR, "fr"), (PL, "pl")])
    rows = sorted(
        (c.actor, c.deadline_value, c.deadline_relation, c.languages) for c in commitments
    )
    assert rows == [
        ("Ministry of Health", "2025-10-30", "before", ("fr", "pl")),
        ("Quang Tri Provincial People's Committee", "2025", "by", ("fr", "pl")),
    ]
    text_of = {a.article_id: a.text for a in articles}
    for commitment in commitments:
        rows = [e for e in evidence if e.commitment_id == commitment.commitment_id]
        assert sorted(e.lang for e in rows) == ["fr", "pl"]
        assert all(text_of[e.article_id][e.start : e.end] == e.sentence for e in rows)
        assert commitment.conflict is None


def test_deadline_conflict_is_visible():
    _, (commitments, _) = build([(FR, "fr"), (PL_LATER, "pl")])
    health = [c for c in commitments if c.actor == "Ministry of Health"]
    assert sorted(c.deadline_value for c in health) == ["2025-10-30", "2025-11-30"]
    assert {c.conflict for c in health} == {"deadline: fr=2025-10-30 before; pl=2025-11-30 before"}


def _with_caption(text: str, caption: str) -> Article:
    start = text.index(caption)
    return Article(
        sha256_hex(text)[:16], "t", text, sha256_hex(text), lang="fr",
        no_official_spans=((start, start + len(caption)),),
    )  # fmt: skip


def test_a_caption_repeating_the_article_adds_no_commitment():
    body = "Le ministère de la Santé doit achever la fusion avant le 30 octobre 2025."
    caption = (
        "Le ministère de la Santé doit achever la fusion avant le 30 octobre 2025, a dit le "
        "ministre lors de la réunion. (Photo : VNA)"
    )
    article = _with_caption(f"{body}\n{caption}", caption)
    found = find_obligations(article, extract_article(article))
    assert [(o.actor, o.start) for o in found] == [("Ministry of Health", 0)]


def test_a_caption_that_states_its_own_directive_is_read():
    text = (
        "Les travaux ont commencé.\nLe ministère des Finances doit verser les fonds avant le "
        "30 juin 2026 pour achever les travaux du pont. — Photo : VGP"
    )
    article = _with_caption(text, text.split("\n")[1])
    found = find_obligations(article, extract_article(article))
    assert [o.actor for o in found] == ["Ministry of Finance"]


def test_a_bare_byline_is_never_a_commitment():
    text = "Texte et photos : Le ministère doit"
    article = _with_caption(text, text)
    assert find_obligations(article, extract_article(article)) == []


def test_input_order_does_not_change_ids():
    texts = [(FR, "fr"), (PL, "pl"), (PL_LATER.replace("Reforma", "Zmiana"), "pl")]
    _, first = build(texts)
    for seed in range(3):
        _, again = build(list(reversed(texts)), shuffle=seed)
        assert again == first


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le vice-Premier ministre Le Thanh Long a présidé la réunion. Il a demandé aux "
            "localités de terminer l'inventaire avant le 30 octobre 2025.",
        ),
        (
            "fr",
            "Les localités doivent terminer l'inventaire avant le 30 octobre 2025, a souligné "
            "le vice-Premier ministre Le Thanh Long.",
        ),
        (
            "vi",
            "Phó Thủ tướng Lê Thành Long chủ trì cuộc họp. Ông yêu cầu các địa phương hoàn "
            "thành kiểm kê trước ngày 30/10/2025.",
        ),
    ],
)
def test_director_from_paragraph_or_reported_speech(lang, text):
    [found] = obligations(text, lang)
    assert (found.actor, found.directed_by) == ("Localities", "Le Thanh Long")


def test_each_ministry_of_a_list_is_an_addressee() -> None:
    found = obligations(
        "Le Premier ministre Pham Minh Chinh a demandé aux ministères des Affaires étrangères "
        "et de la Santé de préparer un plan avant le 30 juin 2026.",
        "fr",
    )
    assert [(o.actor, o.deadline.value, o.directed_by) for o in found] == [
        ("Ministry of Foreign Affairs", "2026-06-30", "Pham Minh Chinh"),
        ("Ministry of Health", "2026-06-30", "Pham Minh Chinh"),
    ]


def test_the_director_is_not_the_subject_of_a_later_verb() -> None:
    # "11 Bộ, cơ quan" is no body of the gazetteer: the Government, who directs, must not
    # become the one who acts on "khẩn trương"
    found = obligations(
        "Chính phủ yêu cầu mười một đơn vị tập trung nguồn lực, khẩn trương hoàn thiện đề án "
        "trong tháng 11/2025.",
        "vi",
    )
    assert [(o.actor, o.deadline.value if o.deadline else None) for o in found] == [
        ("Unspecified", "2025-11")
    ]


def test_an_impersonal_need_names_no_recipient_as_actor() -> None:
    assert (
        obligations("Wszelkie problemy należy niezwłocznie zgłaszać właściwym organom.", "pl") == []
    )


def test_a_body_that_directs_makes_a_directive_without_an_official() -> None:
    text = (
        "Le ministère de la Construction a inauguré deux tronçons. Le ministère a demandé "
        "aux organes gestionnaires de suivre de près l'avancement des travaux."
    )
    assert [(o.actor, o.directed_by) for o in obligations(text, "fr")] == [("Unspecified", None)]
    # a pronoun may stand for a person: no directive is read from "Il" alone
    assert obligations("Il a demandé aux États-Unis de respecter les promesses.", "fr") == []


def test_addressee_groups_separated_by_semicolons() -> None:
    found = obligations(
        "Thủ tướng yêu cầu Bộ trưởng các Bộ: Quốc phòng, Công an; Chủ tịch Ủy ban nhân dân các "
        "tỉnh, thành phố ven biển theo dõi sát diễn biến của bão.",
        "vi",
    )
    assert [o.actor for o in found] == [
        "Ministry of National Defence",
        "Ministry of Public Security",
        "Provincial People's Committees",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "actor"),
    [
        (
            "fr",
            "Le rapport doit être soumis au ministère des Finances avant le 30 novembre 2025.",
            "Unspecified",
        ),
        (
            "fr",
            "La fusion doit être achevée par le ministère de l'Intérieur avant le 30 novembre "
            "2025.",
            "Ministry of Home Affairs",
        ),
    ],
)
def test_only_the_agent_after_a_passive_acts(lang: str, text: str, actor: str) -> None:
    assert [o.actor for o in obligations(text, lang)] == [actor]


def test_sentences_glued_by_a_lost_space_are_two() -> None:
    text = "le programme national.Le Premier ministre a demandé à TP.Hồ Chí Minh d'agir."
    assert [text[s:e] for s, e in split_sentences(text, "fr")] == [
        "le programme national.",
        "Le Premier ministre a demandé à TP.Hồ Chí Minh d'agir.",
    ]
