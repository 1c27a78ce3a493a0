"""Loading: discovery, the three input formats, duplicates and rejects."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pipeline.ingest.load import LoadOptions, discover, load_file
from pipeline.records import Article, Reject

FR = (
    "Le ministère de la Santé doit achever la réforme des hôpitaux avant le 30 octobre 2025, "
    "a déclaré le vice-Premier ministre lors d'une réunion à Hanoï."
)
HTML = f"""<html><head><title>Réforme des hôpitaux</title></head><body>
<nav><a href="/">Accueil</a> <a href="/sante">Santé</a></nav>
<article><h1>Réforme des hôpitaux</h1><p>{FR}</p>
<p>Les provinces doivent transmettre leurs plans au ministère d'ici fin 2025, selon le texte.</p>
</article>
<div class="comments"><p>Commentaire de Jean : très bien !</p></div>
<footer>Copyright 2025</footer></body></html>"""


def load_one(path: Path, **options: int) -> list[Article | Reject]:
    return load_file(path, path.parent, LoadOptions(**options))


def test_txt_article(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Titre\n\n" + FR + "\nBáo Nhân Dân - 10/10/2025\n", encoding="utf-8")
    (article,) = load_one(path)
    assert isinstance(article, Article)
    assert (article.source_path, article.lang, article.title) == ("a.txt", "fr", "Titre")
    assert article.published_date == date(2025, 10, 10)
    assert len(article.article_id) == 16 and article.text_sha256.startswith(article.article_id)


def test_html_main_text_without_navigation_or_comments(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    (article,) = load_one(path)
    assert isinstance(article, Article)
    assert "avant le 30 octobre 2025" in article.text
    assert "Accueil" not in article.text and "Commentaire de Jean" not in article.text
    assert article.title == "Réforme des hôpitaux" and article.lang == "fr"


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"url": "https://x.vn/1", "text": FR, "published": "2025-10-01", "title": "Un"}),
        "{not json",
        json.dumps({"url": "https://x.vn/2"}),
        json.dumps({"url": "https://x.vn/3", "text": 42}),
        json.dumps(["a", "list"]),
        json.dumps({"url": "https://x.vn/4", "html": HTML, "lang": "fr"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = load_one(path)
    articles = [i for i in items if isinstance(i, Article)]
    rejects = {i.source_path: i.reason for i in items if isinstance(i, Reject)}
    assert [a.url for a in articles] == ["https://x.vn/1", "https://x.vn/4"]
    assert articles[0].published_date == date(2025, 10, 1) and articles[0].title == "Un"
    assert rejects == {
        "feed.jsonl:2": "bad_json",
        "feed.jsonl:3": "bad_record",
        "feed.jsonl:4": "bad_record",
        "feed.jsonl:5": "bad_record",
    }


def test_latin1_file_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(("Titre\n\n" + FR).encode("latin-1"))
    (article,) = load_one(path)
    assert isinstance(article, Article)
    assert "ministère" in article.text and article.warnings


def test_rejects(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "big.txt").write_text("x" * 2000, encoding="utf-8")
    (tmp_path / "nav.html").write_text("<html><body><nav>Menu</nav></body></html>")
    reasons = {}
    for name in ("empty.txt", "image.txt", "big.txt", "nav.html"):
        (item,) = load_one(tmp_path / name, max_bytes=1000)
        assert isinstance(item, Reject) and item.detail
        reasons[name] = item.reason
    assert reasons == {
        "empty.txt": "empty",
        "image.txt": "not_text",
        "big.txt": "too_large",
        "nav.html": "too_short",
    }


def test_discover_sorted_skips_hidden_and_counts_others(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "a.html", "c.jsonl", ".hidden.txt", "notes.md", "b/1.HTM"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = discover(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in found.files] == [
        "a.html",
        "b/1.HTM",
        "b/2.txt",
        "c.jsonl",
    ]
    assert found.ignored == 2  # notes.md and .hidden.txt (hidden files are counted too)


def test_discover_survives_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "d" / "loop").symlink_to(tmp_path / "d")
    found = discover(tmp_path)
    assert [p.name for p in found.files] == ["x.txt"]
    assert [r.reason for r in found.rejects] == ["symlink_loop"]
