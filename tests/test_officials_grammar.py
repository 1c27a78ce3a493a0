"""Officials: minority names, Party address, lists, shared titles, Polish cases, captions.

Every sentence is written for these tests (names invented or public figures' shapes).
"""

from __future__ import annotations

import pytest

from pipeline.article.officials import extract_officials, person_id_for
from pipeline.article.vn_names import is_surname, is_vn_name

# (lang, sentence, [(name, title), ...]) in text order
CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # lists after a plural title share it; the article and the conjunction stay out
    (
        "fr",
        "Étaient présents les vice-Premiers ministres Nguyen Van An, Tran Thi Binh et "
        "Le Quoc Cuong ; le ministre de la Construction.",
        [("Nguyen Van An", "vice-Premiers ministres"), ("Tran Thi Binh", "vice-Premiers ministres"),
         ("Le Quoc Cuong", "vice-Premiers ministres")],
    ),
    # a singular French title is not shared by a second name
    ("fr", "Le ministre Nguyen Van Son et Tran Van Binh ont signé.",
     [("Nguyen Van Son", "ministre")]),
    # a Party membership yields to the office after it, across "et"; Khmer family name
    (
        "fr",
        "Mme Thach Thi Sa Ly, membre du Comité provincial du Parti et directrice du "
        "Département de l'Éducation de Soc Trang, a déclaré que les écoles rouvriront.",
        [("Thach Thi Sa Ly", "directrice du Département de l'Éducation de Soc Trang")],
    ),
    # tones dropped, vowel letters kept: "Nguyên" is Nguyễn
    ("fr", "La vice-ministre de l'Industrie, Nguyên Thi Hoa, a visité l'usine.",
     [("Nguyen Thi Hoa", "vice-ministre de l'Industrie")]),
    # the Party address names an office holder (Thai family name)
    ("fr", "Le camarade Lo Van Hac a souligné l'importance du plan.", [("Lo Van Hac", None)]),
    # a hyphen broken by a space is rejoined in the title
    (
        "fr",
        "Nguyen Van An, membre du Comité central du Parti, vice- Premier ministre, a inauguré "
        "le pont.",
        [("Nguyen Van An", "vice-Premier ministre")],
    ),
    # an institution after "des" is no name before an apposition
    ("fr", "Avec les brigades de la Force des Jeunes Pionniers, le président du Comité populaire "
     "a parlé.", []),
    ("fr", "Le ministre des Affaires étrangères Nguyen Van Son a reçu son homologue polonais "
     "Tomasz Zieliński.",
     [("Nguyen Van Son", "ministre des Affaires étrangères"),
      ("Tomasz Zielinski", "homologue polonais")]),
    # Polish cases folded to the nominative
    ("pl", "Premier spotkał się z wicepremierem Janem Kowalskim w Hanoi.",
     [("Jan Kowalski", "wicepremierem")]),
    ("pl", "Wicepremier Nguyen Van An podziękował ministrowi Andrzejowi Nowakowi za wizytę.",
     [("Nguyen Van An", "Wicepremier"), ("Andrzej Nowak", "ministrowi")]),
    ("pl", "Wicepremier przyjął prezydenta Francji Emmanuela Macrona.",
     [("Emmanuel Macron", "prezydenta Francji")]),
    ("pl", "Premier rozmawiał z senatorem Chrisem Coonsem i spotkał senatora Jeffa Flake’a.",
     [("Chris Coons", "senatorem"), ("Jeff Flake", "senatora")]),
    ("pl", "Rozpoczęła się wizyta ministra Marka Wiśniewskiego.",
     [("Marek Wisniewski", "ministra")]),
    ("pl", "Minister Anna Kowalska oświadczyła, że projekt ruszy.",
     [("Anna Kowalska", "Minister")]),
    ("pl", "Rozmowa z ministrem zdrowia Dang Quoc Hungiem trwała godzinę.",
     [("Dang Quoc Hung", "ministrem zdrowia")]),
    (
        "pl",
        "W spotkaniu uczestniczyli stały wicepremier Nguyen Van Tuan, wicepremierzy Tran Thi "
        "Binh, Le Quoc Cuong i Ho Van Dung oraz ministrowie.",
        [("Nguyen Van Tuan", "stały wicepremier"), ("Tran Thi Binh", "wicepremierzy"),
         ("Le Quoc Cuong", "wicepremierzy"), ("Ho Van Dung", "wicepremierzy")],
    ),
    ("pl", "Dinh Van Hung, członek Komitetu Centralnego Partii i minister finansów, powiedział, "
     "że budżet wzrośnie.", [("Dinh Van Hung", "minister finansów")]),
    ("pl", "Towarzysz Dieu Chinh Toi podkreślił znaczenie rezolucji.", [("Dieu Chinh Toi", None)]),
    (
        "pl",
        "W spotkaniu udział wzięli towarzysze Nong Duc Manh i Bui Van Quang.",
        [("Nong Duc Manh", None), ("Bui Van Quang", None)],
    ),
    # Vietnamese: two names joined by "và" share the title; an honorific ends the list
    ("vi", "Phó Chủ tịch UBND tỉnh Lò Văn Hặc và Giàng A Chu chủ trì cuộc họp.",
     [("Lo Van Hac", "Phó Chủ tịch UBND tỉnh"), ("Giang A Chu", "Phó Chủ tịch UBND tỉnh")]),
    ("vi", "Chủ tịch UBND tỉnh Nguyễn Văn An và ông Trần Văn Bình đã ký.",
     [("Nguyen Van An", "Chủ tịch UBND tỉnh")]),
    # NAME (TITLE), with an "acting" prefix
    ("vi", "Ông Thạch Văn Sơn (quyền Giám đốc Sở Y tế tỉnh Trà Vinh) cho biết bệnh viện đã "
     "hoàn thành.", [("Thach Van Son", "quyền Giám đốc Sở Y tế tỉnh Trà Vinh")]),
    ("vi", "Đồng chí Điêu Chính Tới nhấn mạnh yêu cầu này.", [("Dieu Chinh Toi", None)]),
    ("vi", "Tham dự có các đồng chí: Nguyễn Văn An, Lò Văn Hặc và Giàng A Chu.",
     [("Nguyen Van An", None), ("Lo Van Hac", None), ("Giang A Chu", None)]),
    # places that begin with a family name are no persons
    ("vi", "Phó Chủ tịch UBND tỉnh Cao Bằng cho biết tiến độ chậm.", []),
    ("vi", "Giám đốc Sở Y tế Cam Ranh cho biết kế hoạch.", []),
    # titles the gazetteer holds (lang/gazetteer/titles.toml) and no language module lists
    ("vi", "Phó Thống đốc Đào Minh Tú cho biết lãi suất sẽ giảm.",
     [("Dao Minh Tu", "Phó Thống đốc")]),
    ("vi", "Tổng Thanh tra Chính phủ Đoàn Hồng Phong yêu cầu các bộ báo cáo.",
     [("Doan Hong Phong", "Tổng Thanh tra Chính phủ")]),
    ("fr", "Le vice-secrétaire Nguyen Van Nen a présidé la réunion.",
     [("Nguyen Van Nen", "vice-secrétaire")]),
    ("pl", "Rozmawiano z Generalnym Inspektorem Rządu Doan Hong Phongiem.",
     [("Doan Hong Phong", "Generalnym Inspektorem Rządu")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_officials(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    found = extract_officials(text, lang)
    assert [(m.name, m.title) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.raw
        assert m.person_id == person_id_for(m.name)


def test_declined_name_has_the_nominative_id() -> None:
    pl = extract_officials("Premier podziękował ministrowi Tomaszowi Zielińskiemu.", "pl")
    fr = extract_officials("Le ministre polonais Tomasz Zieliński a parlé.", "fr")
    assert (
        [m.person_id for m in pl]
        == [m.person_id for m in fr]
        == [person_id_for("Tomasz Zielinski")]
    )


def test_caption_keeps_its_official_and_blocks_its_credit() -> None:
    text = "Le vice-Premier ministre Tran Van Son visite le chantier - Photo : Hoang Minh"
    found = extract_officials(text, "fr", [(0, len(text))])
    assert [m.name for m in found] == ["Tran Van Son"]
    byline = "Par le ministre Hoang Minh"  # no credit cue: blocked whole
    assert extract_officials(byline, "fr", [(0, len(byline))]) == []


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["Kiên", "Sóc", "Kha"], True),  # Khmer
        (["Đàng", "Năng", "Thọ"], True),  # Cham
        (["Nông", "Văn", "Dền"], True),  # Tày
        (["Cầm", "Thị", "Mẫn"], True),  # Thái
        (["Sùng", "A", "Hồ"], True),  # Hmông
        (["Y", "Thanh", "Hà", "Niê", "Kđăm"], True),  # Ê Đê, five words
        (["Ksor", "Phước"], True),  # Gia Rai
        (["Cam", "Ranh"], False),
        (["Thạch", "Hà"], False),
        (["Ban", "Tuyên"], False),  # "Ban" (board) is no family name
        (["Quang", "Tri"], False),
    ],
)
def test_vn_name_grammar(tokens: list[str], expected: bool) -> None:
    assert is_vn_name(tokens) is expected


def test_toneless_surnames() -> None:
    assert is_surname("Nguyên") and is_surname("Nguyễn") and is_surname("Nguyen")
    assert not is_surname("Trường")  # ư marks it: no Trương
