"""Stories on real pages: versions in one language, strong keys from URLs and credit lines,
names alone kept apart, and the evidence each story row gives."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from test_stories import group, make

from pipeline.article.story_features import (
    credited_urls,
    link_keys,
    page_keys,
    sampled,
    story_features,
    version_keys,
)
from pipeline.combine.stories import _sample_pairs, _ShingleTable, version_pairs
from pipeline.minhash import fmix32
from pipeline.settings import MIN_SHARED_SAMPLES, SAMPLE_EVERY

BODY_FR = (
    "La province de Thai Binh ouvrira deux nouvelles écoles maternelles à la rentrée. "
    "Le comité populaire provincial a approuvé le projet lors de sa séance de mardi, "
    "après plusieurs mois de consultations avec les familles des communes rurales. "
    "Les travaux commenceront au printemps et les bâtiments accueilleront plusieurs "
    "centaines d'enfants, avec des cantines, des salles de jeux et un jardin potager. "
    "Les enseignants recrutés suivront une formation complète avant l'ouverture des classes, "
    "et les parents pourront visiter les chantiers chaque premier samedi du mois."
)
MENU_FR = "\nÀ lire aussi\nLes marchés de fin d'année attirent les visiteurs\nPartager"


def test_a_text_cut_short_is_a_version_of_the_whole() -> None:
    whole = make("Deux écoles pour Thai Binh\n" + BODY_FR + MENU_FR, "fr")
    cut = make(BODY_FR[: len(BODY_FR) * 2 // 3], "fr")
    other = make(
        "Le port de Hai Phong agrandit ses quais pour recevoir de plus grands navires. "
        "Les autorités portuaires ont présenté le calendrier des travaux aux entreprises.",
        "fr",
    )
    story_of, rows = group([whole, cut, other])
    assert story_of[whole.article_id] == story_of[cut.article_id] != story_of[other.article_id]
    row = next(r for r in rows if r["article_count"] == 2)
    assert row["languages"] == ["fr"]
    assert row["group_key"] == "near_duplicate"
    assert 0.6 <= row["group_score"] <= 1.0
    single = next(r for r in rows if r["article_count"] == 1)
    assert (single["group_key"], single["group_score"]) == ("single", None)


def test_a_story_may_hold_two_versions_in_one_language() -> None:
    slug = "thai-binh-mo-hai-truong-mam-non-moi-vao-nam-hoc-toi"
    one = make(BODY_FR, "fr", url=f"https://www.portal.vn/fr/{slug}")
    two = make(BODY_FR.replace("mardi", "mercredi"), "fr")
    three = make(
        "Prowincja Thai Binh otworzy dwa nowe przedszkola.",
        "pl",
        url=f"https://portal.vn/pl/{slug}",
    )
    story_of, rows = group([one, two, three])
    assert len(set(story_of.values())) == 1
    assert rows[0]["languages"] == ["fr", "pl"]
    assert rows[0]["article_count"] == 3
    assert rows[0]["group_key"] == "near_duplicate"  # the weakest link it needed


def test_a_credit_line_links_a_republication_to_its_original() -> None:
    original = make(
        "Hai trường mầm non mới cho Thái Bình.",
        "vi",
        url="https://www.tinbao.vn/hai-truong-mam-non-moi-cho-thai-binh-post204518.vnp",
    )
    copy = make(
        "Hai trường mầm non mới cho Thái Bình, bản đăng lại.\n\nTheo tinbao.vn\n"
        "https://tinbao.vn/thai-binh-co-them-hai-truong-mam-non-post204518.vnp\nChia sẻ",
        "vi",
        url="https://docbao.vn/thai-binh-co-them-truong-mam-non-88123.html",
    )
    story_of, rows = group([original, copy])
    assert story_of[original.article_id] == story_of[copy.article_id]
    assert (rows[0]["group_key"], rows[0]["group_score"]) == ("source_url", 1.0)


def test_a_url_in_the_body_is_no_credit() -> None:
    text = "Xem thêm tại https://tinbao.vn/bai-khac-post204519.vnp về chủ đề này.\nHết"
    assert credited_urls(text) == []
    assert credited_urls("Nguồn: https://tinbao.vn/a-post1.vnp") == [
        "https://tinbao.vn/a-post1.vnp"
    ]


def test_a_translation_keeps_the_title_slug_of_its_original() -> None:
    slug = "ha-noi-khoi-cong-cau-vuot-song-hong-moi"
    fr = make("Hanoï lance un nouveau pont.", "fr", url=f"https://www.portal.vn/fr/{slug}")
    vi = make("Hà Nội khởi công cầu mới.", "vi", url=f"https://baomoi.vn/tin/{slug}-c2a90317.html")
    story_of, rows = group([fr, vi])
    assert story_of[fr.article_id] == story_of[vi.article_id]
    assert rows[0]["group_key"] == "slug"


def test_page_keys() -> None:
    keys = page_keys(
        "https://www.baomoi.vn/tin/ha-noi-khoi-cong-cau-vuot-song-hong-moi-c2a90317.html"
    )
    assert "page:baomoi.vn#c2a90317" in keys
    assert "title:ha-noi-khoi-cong-cau-vuot-song-hong-moi" in keys
    # a year closing a slug is part of the title, not a page id
    year = page_keys("https://tinbao.vn/ke-hoach-chuyen-doi-so-cua-tinh-trong-nam-2025")
    assert not [k for k in year if k.startswith("page:")]
    assert "title:ke-hoach-chuyen-doi-so-cua-tinh-trong-nam-2025" in year
    # short slugs and home pages give no title or page key
    assert page_keys("https://tinbao.vn/") == []
    assert [k for k in page_keys("https://tinbao.vn/thoi-su/") if not k.startswith("src:")] == []


def test_pages_of_one_year_on_one_host_stay_apart() -> None:
    one = make("Un.", "fr", url="https://www.portal.vn/fr/ke-hoach-chuyen-doi-so-cua-tinh-nam-2025")
    two = make(
        "Deux.", "fr", url="https://www.portal.vn/fr/tinh-hoan-thanh-giai-phong-mat-bang-nam-2025"
    )
    story_of, _ = group([one, two])
    assert story_of[one.article_id] != story_of[two.article_id]


def test_a_few_shared_names_are_not_a_translation() -> None:
    """Two articles about the same hospitals and the same official, on different days and
    with other figures: only names in common."""
    fr = make(
        "Inspection à l'hôpital\nLe 3 mars 2025, le vice-ministre Tran Van Khoa a visité les "
        "hôpitaux Bach Mai et Viet Duc pour vérifier les blocs opératoires.",
        "fr",
    )
    vi = make(
        "Họp bàn về bệnh viện\nNgày 18/11/2025, Thứ trưởng Trần Văn Khoa chủ trì cuộc họp về "
        "nhân lực của hai bệnh viện Bạch Mai và Việt Đức.",
        "vi",
    )
    story_of, _ = group([fr, vi])
    assert story_of[fr.article_id] != story_of[vi.article_id]


def test_link_and_version_keys_for_the_nightly_job() -> None:
    keys = link_keys(
        "https://www.portal.vn/pl/thai-binh-mo-hai-truong-mam-non-moi-vao-nam-hoc",
        None,
        "Tekst.\nŹródło: https://tinbao.vn/thai-binh-mo-hai-truong-post204518.vnp",
    )
    assert "slug:portal.vn/thai-binh-mo-hai-truong-mam-non-moi-vao-nam-hoc" in keys
    assert "page:tinbao.vn#204518" in keys
    assert list(keys) == sorted(keys)
    assert version_keys(BODY_FR) == version_keys(BODY_FR + MENU_FR) & version_keys(BODY_FR)
    assert version_keys(BODY_FR)


@settings(max_examples=200, deadline=None)
@given(
    own=st.sets(st.integers(0, 2**32 - 1), max_size=60),
    others=st.sets(st.integers(0, 2**32 - 1), max_size=60),
    clash=st.booleans(),
)
def test_the_shingle_table_answers_as_a_set_would(
    own: set[int], others: set[int], clash: bool
) -> None:
    """Which shingles an article holds, with and without two of its own sharing a slot
    (the binary-search path), and with values that share a slot with one of its own."""
    table = _ShingleTable()
    step = 1 << _ShingleTable.BITS
    if clash and own:
        own = own | {(min(own) + step) % 2**32}  # same low bits as min(own)
    near = {(v + step) % 2**32 for v in own}  # same slot as one of own, another value
    values = np.array(sorted(others | near | own), dtype=np.uint32)
    for article in (own, others, own):  # the table is clean again after each question
        held = table.held(np.array(sorted(article), dtype=np.uint32), values)
        assert held.tolist() == [int(v) in article for v in values]
    assert table.held(np.array([], dtype=np.uint32), values).tolist() == [False] * len(values)


def _words(seed: int, count: int) -> str:
    rng = np.random.default_rng(seed)
    return " ".join(f"mot{int(i)}" for i in rng.integers(0, 50_000, count)) + "."


def test_a_shared_sentence_alone_is_not_checked_as_a_version() -> None:
    """Two long texts that share one sentence share a few sampled shingles: not enough of
    either text's samples to be checked as versions. A text cut short still is."""
    sentence, one, two = _words(1, 40), _words(2, 400), _words(3, 400)
    texts = [one + " " + sentence, sentence + " " + two, one[: len(one) * 2 // 3]]
    features = [story_features(make(t, "fr"), None) for t in texts]
    shared = np.intersect1d(features[0].shingles, features[1].shingles)
    assert (fmix32(shared) % SAMPLE_EVERY == 0).sum() >= MIN_SHARED_SAMPLES  # as before
    assert _sample_pairs([sampled(f.shingles) for f in features]).tolist() == [[0, 2]]
    assert [(x, y) for x, y, _ in version_pairs(features)] == [(0, 2)]


def test_sample_pairs_do_not_depend_on_how_many_ranges_count_them(monkeypatch) -> None:
    """Pairs are counted per range of first articles (memory); every range split gives
    the same pairs, those of texts that share most of their samples."""
    import pipeline.combine.stories as stories

    base = [_words(10 + k, 300) for k in range(6)]
    texts = [
        base[k // 2] if k % 2 else base[k // 2][: len(base[k // 2]) * 3 // 4] for k in range(12)
    ]
    texts += [base[0] + " " + _words(99, 20)]  # a third version of the first text
    features = [story_features(make(t, "fr"), None) for t in texts]
    expected = [[0, 1], [0, 12], [1, 12], [2, 3], [4, 5], [6, 7], [8, 9], [10, 11]]
    for chunks in (1, 2, 5, 13, 40):
        monkeypatch.setattr(stories, "PAIR_CHUNKS", chunks)
        assert _sample_pairs([sampled(f.shingles) for f in features]).tolist() == expected


def test_the_shingle_spill_gives_back_every_array_as_it_was_put() -> None:
    """Story grouping holds each article's shingles in a temporary file, not in memory:
    what it reads back is exactly what went in, empty arrays included, in any order."""
    from pipeline.combine.stories import ShingleSpill

    rng = np.random.default_rng(5)
    arrays = [np.sort(rng.integers(0, 2**32, size, dtype=np.uint32)) for size in (3, 0, 1200, 1)]
    spill = ShingleSpill()
    slots = [spill.put(a) for a in arrays]
    assert slots == [0, 1, 2, 3]
    reader = spill.reader([2, 0, 3, 1])
    assert len(reader) == 4
    for i, k in enumerate((2, 0, 3, 1)):
        assert reader[i].dtype == np.uint32 and reader[i].tolist() == arrays[k].tolist()
