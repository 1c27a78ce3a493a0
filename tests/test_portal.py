"""Cleaning of portal exports: headers read, navigation cut, captions marked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from pipeline.ingest import portal
from pipeline.ingest.portal import clean_portal_text
from pipeline.lang.contract import LanguageDataError

BODY = "Titre de l'article\n\nLe ministère doit agir.\n"


@pytest.mark.parametrize(
    ("tail", "gone"),
    [
        ("Même catégorie\nHanoï inaugure un centre\nSanté", "Hanoï inaugure"),
        ("Même auteur\nUn autre article", "Un autre article"),
        ("Ta sama kategoria\nInny artykuł", "Inny artykuł"),
        ("Cùng chuyên mục\nBài khác", "Bài khác"),
        ("Tin liên quan\nBài khác", "Bài khác"),
        ("No videos available\nSociété", "Société"),
        ("Comment (0)\nPolitique", "Politique"),
        ("Komentarz (0)\nZdrowie", "Zdrowie"),
        ("Bình luận (0)\nXã hội", "Xã hội"),
    ],
)
def test_navigation_tail_is_cut(tail: str, gone: str) -> None:
    cleaned = clean_portal_text(BODY + tail)
    assert gone not in cleaned.text
    assert cleaned.text.endswith("Le ministère doit agir.")
    assert cleaned.removed_lines >= 2


def test_share_widgets_are_dropped_anywhere() -> None:
    cleaned = clean_portal_text("Titre\nJ'aime (12)\nCorps du texte.\nPartager\nFin.")
    assert cleaned.text == "Titre\nCorps du texte.\nFin."


@pytest.mark.parametrize(
    ("line", "paper", "published"),
    [
        ("Báo Nhân Dân - 10/10/2025", "Báo Nhân Dân", date(2025, 10, 10)),
        ("Báo Quảng Trị, 20/07/2025 08:15", "Báo Quảng Trị", date(2025, 7, 20)),
        ("Báo Lạng Sơn 1/9/2025", "Báo Lạng Sơn", date(2025, 9, 1)),
        ("Tạp chí Cộng sản – 05/03/2024", "Tạp chí Cộng sản", date(2024, 3, 5)),
        ("Báo Nhân Dân - Thứ Sáu, 10/10/2025 - 08:30 (GMT+7)", "Báo Nhân Dân", date(2025, 10, 10)),
    ],
)
def test_source_line_gives_paper_and_date(line: str, paper: str, published: date) -> None:
    cleaned = clean_portal_text(f"{BODY}{line}\nSource: https://x.vn/a.html")
    assert (cleaned.paper, cleaned.published) == (paper, published)
    assert line in cleaned.text  # kept: its date is a date mention with evidence


@pytest.mark.parametrize(
    ("line", "paper", "published", "written"),
    [
        (
            "Báo Nhân DânBáo Nhân Dân10/10/2025",
            "Báo Nhân Dân",
            date(2025, 10, 10),
            "Báo Nhân Dân - 10/10/2025",
        ),
        ("Việt NamViệt Nam30/12/2024", "Việt Nam", date(2024, 12, 30), "Việt Nam - 30/12/2024"),
        (
            "Báo Quảng TrịBáo Quảng Trị20/07/2025 08:15",
            "Báo Quảng Trị",
            date(2025, 7, 20),
            "Báo Quảng Trị - 20/07/2025 08:15",
        ),
    ],
)
def test_glued_source_line_is_read_and_spaced(
    line: str, paper: str, published: date, written: str
) -> None:
    cleaned = clean_portal_text(f"Titre\n{line}\n\nLe ministère doit agir.")
    assert (cleaned.paper, cleaned.published) == (paper, published)
    assert written in cleaned.text.split("\n")  # its date is now a findable date mention


@pytest.mark.parametrize(
    "line",
    [
        "Báo cáo của Bộ Y tế ngày 10/10/2025 nêu rõ.",
        "Le 10/10/2025 a eu lieu la réunion",
        "Hà Nội 10/10/2025",
    ],
)
def test_body_lines_with_dates_are_not_source_lines(line: str) -> None:
    assert clean_portal_text(f"Titre\n\n{line}\n").paper is None


def test_site_banner_above_the_title_is_dropped() -> None:
    cleaned = clean_portal_text(
        "Vietnam.vn - Nền tảng quảng bá Việt Nam\n\nLe vrai titre\n\nCorps du texte."
    )
    assert cleaned.title == "Le vrai titre" and "Vietnam.vn" not in cleaned.text


def test_impossible_source_date_is_ignored() -> None:
    assert clean_portal_text(BODY + "Báo Nhân Dân - 31/02/2025").published is None


@pytest.mark.parametrize(
    "line",
    [
        "Source: https://nhandan.vn/a-post1.html",
        "Źródło: https://nhandan.vn/a-post1.html",
        "Nguồn: https://nhandan.vn/a-post1.html",
        "SOURCE : https://nhandan.vn/a-post1.html",
    ],
)
def test_source_url(line: str) -> None:
    assert clean_portal_text(BODY + line).source_url == "https://nhandan.vn/a-post1.html"


def test_no_header_means_nulls() -> None:
    cleaned = clean_portal_text(BODY)
    assert (cleaned.title, cleaned.paper, cleaned.published, cleaned.source_url) == (
        "Titre de l'article",
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("line", "marked"),
    [
        ("Conférence nationale à Hanoï. Photo : Duy Linh.", True),
        ("Le ministre lors de la visite. (VNA)", True),
        ("Wicepremier podczas posiedzenia. Zdjęcie: Hoang Anh.", True),
        ("Phó Thủ tướng tại cuộc họp. Ảnh: Hoàng Anh.", True),
        ("Par Huong Le", True),
        ("Theo TTXVN", True),
        ("Texte et photos : Lê Hà", True),
        ("Theo kế hoạch, Ủy ban nhân dân các tỉnh chịu trách nhiệm kết nối trạm y tế.", False),
        ("Le ministère de la Santé doit achever la fusion.", False),
    ],
)
def test_captions_and_bylines_are_marked(line: str, marked: bool) -> None:
    cleaned = clean_portal_text(f"Titre\n\n{line}\n\nSuite du texte ici.")
    spans = [cleaned.text[s:e] for s, e in cleaned.no_official_spans]
    assert (line in spans) is marked


def test_name_alone_on_last_line_is_a_byline() -> None:
    cleaned = clean_portal_text("Titre\n\nCorps du texte.\n\nHuong Le")
    assert [cleaned.text[s:e] for s, e in cleaned.no_official_spans] == ["Huong Le"]


# ---- the words are language data: every language's, and the portal interface's


@pytest.fixture
def interface_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """``portal.INTERFACE_WORDS`` pointed at a file of the test's, the caches emptied
    before and after."""
    path = tmp_path / "portal_interface.toml"
    monkeypatch.setattr(portal, "INTERFACE_WORDS", path)
    portal._interface_words.cache_clear()
    portal._patterns.cache_clear()
    yield path
    portal._interface_words.cache_clear()
    portal._patterns.cache_clear()


def test_interface_words_are_read_from_their_file(interface_file: Path) -> None:
    interface_file.write_text('[en]\nPORTAL_TAIL_MARKERS = ["see also"]\n', encoding="utf-8")
    cleaned = clean_portal_text(BODY + "See also\nOther story\nNo videos available\nX")
    assert cleaned.text.endswith("Le ministère doit agir.")  # its own marker
    cleaned = clean_portal_text(BODY + "No videos available\nX")
    assert cleaned.text.endswith("X")  # no longer an interface word; French ones stay:
    assert clean_portal_text(BODY + "Même catégorie\nX").text.endswith("agir.")


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[en]\nPORTAL_TAIL_MARKER = ["x"]\n', "[en] PORTAL_TAIL_MARKER: unknown name"),
        ('[en]\nPORTAL_BYLINE_CUES = "by"\n', "[en] PORTAL_BYLINE_CUES: a list of"),
        ('[en]\nPORTAL_BYLINE_CUES = [""]\n', "[en] PORTAL_BYLINE_CUES: a list of"),
        ("PORTAL_BYLINE_CUES = 1\n", "PORTAL_BYLINE_CUES: a table of word lists"),
        ("[en\n", "cannot be read"),
    ],
)
def test_a_broken_interface_file_names_itself_and_its_field(
    interface_file: Path, toml: str, message: str
) -> None:
    interface_file.write_text(toml, encoding="utf-8")
    with pytest.raises(LanguageDataError) as error:
        portal.check_words()
    assert str(interface_file) in str(error.value) and message in str(error.value)
