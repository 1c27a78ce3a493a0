"""Nightly ingestion: user story "a scheduled job keeps the tables up to date".

A real HTTP server on 127.0.0.1 (``tests/nightly_server.py``) serves the corpus
samples as HTML, an RSS feed, a sitemap and misbehaving pages; the job runs
through the CLI exactly as cron/systemd would run it.
"""

from __future__ import annotations

import fcntl
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest
import urllib3
from nightly_server import NewsSite, Page, misbehaving_pages

from pipeline.cli import main
from pipeline.nightly import cachekey
from pipeline.nightly.apply import _candidates
from pipeline.nightly.config import Politeness
from pipeline.nightly.fetch import _vetted_pool
from pipeline.nightly.job import CRASH_ENV, export_jsonl
from pipeline.nightly.rawstore import RawStore
from pipeline.nightly.safety import Blocked, address_allowed, check_url
from pipeline.nightly.sources import keep_link
from pipeline.nightly.state import State
from pipeline.nightly.tables import MANIFEST, read_table
from pipeline.query import open_tables
from pipeline.schema import TABLES
from pipeline.settings import RARE_ANCHOR_DF
from tools.benchnight import article_html

ROOT = Path(__file__).resolve().parent.parent
FR_S1, PL_S1, VI_S1 = (
    "sample_fr_dossiers_medicaux",
    "sample_pl_dokumentacja_medyczna",
    "sample_vi_ho_so_benh_an",
)
FR_S2, PL_S3 = "sample_fr_sante_provinciale", "sample_pl_szczepienia"
TIMEOUT = 0.4


def write_config(
    path: Path, site: NewsSite, *, extra: str = "", sources: str | None = None, refetch: float = 0
) -> Path:
    if sources is None:
        sources = (
            f'[[source]]\nname = "portal-feed"\nfeed = "{site.base}/rss.xml"\n\n'
            f'[[source]]\nname = "portal-sitemap"\nsitemap = "{site.base}/sitemap.xml"\n'
        )
    path.write_text(
        f'user_agent = "pipeline-tests"\ndelay_per_host = 0\nconcurrency = 4\n'
        f"timeout = {TIMEOUT}\nretries = 1\nbackoff = 0.05\nmax_bytes = 20000\n"
        f'refetch_after_days = {refetch}\nallow_hosts = ["127.0.0.1"]\n'
        f'allow_private = ["127.0.0.1"]\n{extra}\n{sources}',
        encoding="utf-8",
    )
    return path


def night(config: Path, data: Path) -> int:
    return main(["nightly", "--config", str(config), "--data", str(data)])


def snapshot(data: Path, skip: tuple[str, ...] = ("fetch_log",)) -> dict[str, list]:
    """Every committed table's rows, order-independent."""
    manifest = json.loads((data / "tables" / MANIFEST).read_text())
    return {
        name: sorted(map(repr, read_table(data / "tables", name).to_pylist()))
        for name in manifest["tables"]
        if name not in skip
    }


def story_of(data: Path) -> dict[str, str]:
    rows = read_table(data / "tables", "articles").to_pylist()
    return {
        r["url"].rsplit("/", 2)[-2] + "/" + r["url"].rsplit("/", 1)[-1]: r["story_id"] for r in rows
    }


def fetch_errors(data: Path, night_no: int) -> dict[str, str | None]:
    rows = read_table(data / "tables", "fetch_log").to_pylist()
    return {r["url"].split("/", 3)[-1]: r["error"] for r in rows if r["night"] == night_no}


def test_three_nights_add_then_nothing_then_the_translation(tmp_path: Path) -> None:
    with NewsSite() as site:
        for path, sample in (
            ("/fr/dossiers.html", FR_S1),
            ("/fr/sante.html", FR_S2),
            ("/pl/szczepienia.html", PL_S3),
            ("/vi/ho-so.html", VI_S1),
            ("/pl/dokumentacja.html", PL_S1),
        ):
            site.add_article(path, sample)
        bad = misbehaving_pages(site, slow=TIMEOUT * 4, huge_bytes=30_000)
        site.pages["/old/szczepienia.html"] = Page(
            status=302, headers={"Location": "/pl/szczepienia.html"}
        )  # a moved article: read at its new address
        site.feed = ["/fr/dossiers.html", "/fr/sante.html", "/old/szczepienia.html", *bad]
        site.sitemap = ["/vi/ho-so.html"]
        config = write_config(tmp_path / "nightly.toml", site)
        data = tmp_path / "data"

        # night 1: four articles, every misbehaving page logged with its reason
        started = time.perf_counter()
        assert night(config, data) == 1  # partial: some pages failed
        first_night = time.perf_counter() - started
        assert sorted(story_of(data)) == [
            "fr/dossiers.html",
            "fr/sante.html",
            "pl/szczepienia.html",
            "vi/ho-so.html",
        ]
        assert story_of(data)["fr/dossiers.html"] == story_of(data)["vi/ho-so.html"]
        errors = fetch_errors(data, 1)
        assert {p: errors[p.lstrip("/")] for p in bad} == bad
        assert errors["fr/dossiers.html"] is None and errors["old/szczepienia.html"] is None
        assert site.hits("/private/secret.html") == 0  # robots.txt said no
        manifest = json.loads((data / "tables" / MANIFEST).read_text())
        assert set(manifest["tables"]) == set(TABLES)
        raw_files = RawStore(data / "raw").files()
        assert len(raw_files) == 4

        # night 2: nothing new: no page downloaded again, no row, no raw file
        before = snapshot(data)
        hits = {p: site.hits(p) for p in site.pages}
        assert night(config, data) == 1
        assert snapshot(data) == before
        assert RawStore(data / "raw").files() == raw_files
        for path in ("/fr/dossiers.html", "/vi/ho-so.html", "/old/szczepienia.html", "/huge.html"):
            assert site.hits(path) == hits[path], path
        assert site.hits("/broken.html") > hits["/broken.html"]  # transient: retried

        # night 3: the Polish translation is published and joins the French story
        site.feed.append("/pl/dokumentacja.html")
        started = time.perf_counter()
        night(config, data)
        third_night = time.perf_counter() - started
        stories = story_of(data)
        assert stories["pl/dokumentacja.html"] == stories["fr/dossiers.html"]
        assert stories["vi/ho-so.html"] == stories["fr/dossiers.html"]
        assert len(read_table(data / "tables", "articles")) == 5

    # the same pages through a full `extract` give the same IDs everywhere
    assert export_jsonl(data, tmp_path / "pages.jsonl") == 5
    assert (
        main(
            [
                "extract",
                "--input",
                str(tmp_path / "pages.jsonl"),
                "--output",
                str(tmp_path / "full"),
                "--no-progress",
            ]
        )
        == 0
    )
    full = open_tables(tmp_path / "full")
    nightly = open_tables(data)
    for sql in (
        "SELECT article_id, story_id FROM articles",
        "SELECT story_id, languages, article_count FROM stories",
        "SELECT commitment_id, story_id, actor FROM commitments",
        "SELECT commitment_id, article_id, start FROM commitment_evidence",
        "SELECT number, issue_date FROM decrees",
        "SELECT person_id, titles FROM officials",
    ):
        assert sorted(nightly.execute(sql).fetchall()) == sorted(full.execute(sql).fetchall()), sql
    print(
        f"\nnight 1 (4 new articles, 8 bad pages): {first_night:.2f} s; "
        f"night 3 (1 new article): {third_night:.2f} s"
    )


def test_a_changed_page_replaces_its_rows(tmp_path: Path) -> None:
    with NewsSite() as site:
        site.add_article("/fr/a.html", FR_S2)
        site.add_article("/pl/b.html", PL_S3)
        site.feed = ["/fr/a.html", "/pl/b.html"]
        config = write_config(tmp_path / "c.toml", site, refetch=1e-9)
        data = tmp_path / "data"
        assert night(config, data) == 0
        old = read_table(data / "tables", "articles").to_pylist()
        site.add_article("/fr/a.html", FR_S1)  # same URL, new content
        assert night(config, data) == 0
        rows = read_table(data / "tables", "articles").to_pylist()
    assert len(rows) == 2
    by_url = {r["url"].rsplit("/", 1)[-1]: r for r in rows}
    assert by_url["a.html"]["title"].startswith("Dossiers médicaux")
    assert by_url["a.html"]["article_id"] not in {r["article_id"] for r in old}
    mentions = read_table(data / "tables", "decree_mentions").to_pylist()
    assert {m["article_id"] for m in mentions} <= {r["article_id"] for r in rows}


def test_workers_give_the_same_tables_and_reuse_the_cache(tmp_path: Path) -> None:
    """Two worker processes give the tables of one; a second night regroups the first
    night's articles from the ``records`` cache, without reading them again."""
    with NewsSite() as site:
        for path, sample in (("/fr/a.html", FR_S1), ("/vi/b.html", VI_S1), ("/fr/c.html", FR_S2)):
            site.add_article(path, sample)
        site.add_article("/pl/d.html", PL_S1)
        site.feed = ["/fr/a.html", "/vi/b.html", "/fr/c.html"]
        config = write_config(tmp_path / "c.toml", site)
        one, two = tmp_path / "one", tmp_path / "two"
        assert night(config, one) == 0
        assert main(["nightly", "--config", str(config), "--data", str(two), "--workers", "2"]) == 0
        assert snapshot(two) == snapshot(one)
        with sqlite3.connect(one / "state.sqlite") as db:
            cached = db.execute("SELECT count(*) FROM records").fetchone()[0]
            db.execute("UPDATE pages SET content_hash = 'gone' WHERE url LIKE '%/fr/a.html'")
            db.execute("UPDATE pages SET applied_hash = 'gone' WHERE url LIKE '%/fr/a.html'")
        assert cached == 3
        site.feed.append("/pl/d.html")  # joins the story of fr/a and vi/b
        assert night(config, one) == 0
    stories = story_of(one)
    assert stories["pl/d.html"] == stories["fr/a.html"] == stories["vi/b.html"]
    assert stories["fr/c.html"] != stories["fr/a.html"]


def test_the_cache_key_follows_the_imports_of_the_per_article_step(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every module the per-article step imports (at the top or inside a function) and
    every language data file keys the cache; a change to any of them changes the key."""
    package = ROOT / "pipeline"
    modules = {p.relative_to(package).as_posix() for p in cachekey.closure()}
    assert {
        "article/step.py",
        "article/officials.py",  # through article/step
        "article/vn_names.py",  # through article/officials
        "lang/regexcache.py",  # imported inside a function of lang/titles
        "lang/gazetteer/__init__.py",
        "ingest/load.py",
        "ingest/language.py",
        "nightly/rawstore.py",
        "records.py",
    } <= modules
    assert not {"run.py", "nightly/job.py", "cli.py", "write.py"} & modules
    data = {p.relative_to(package).as_posix() for p in cachekey.data_files()}
    assert any(name.startswith("lang/gazetteer/") and name.endswith(".toml") for name in data)
    before = cachekey.per_article_version()
    cachekey.per_article_version.cache_clear()
    assert cachekey.per_article_version() == before  # deterministic
    original = Path.read_bytes
    changed = package / "article" / "vn_names.py"
    monkeypatch.setattr(Path, "read_bytes", lambda p: original(p) + (b"#" if p == changed else b""))
    cachekey.per_article_version.cache_clear()
    try:
        assert cachekey.per_article_version() != before
    finally:
        monkeypatch.undo()
        cachekey.per_article_version.cache_clear()


CRASH_POINTS = ("fetch", "extract", "write", "commit")


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_killed_night_is_completed_by_the_next(tmp_path: Path, point: str) -> None:
    with NewsSite() as site:
        for path, sample in (("/fr/a.html", FR_S1), ("/pl/b.html", PL_S1), ("/fr/c.html", FR_S2)):
            site.add_article(path, sample)
        site.feed = ["/fr/a.html", "/fr/c.html"]
        config = write_config(tmp_path / "c.toml", site)
        reference, data = tmp_path / "reference", tmp_path / "data"
        assert night(config, reference) == 0 and night(config, data) == 0
        site.feed.append("/pl/b.html")  # night 2 adds the translation
        assert night(config, reference) == 0
        env = {**os.environ, CRASH_ENV: point, "PYTHONPATH": str(ROOT)}
        killed = subprocess.run(
            [
                sys.executable,
                "-m",
                "pipeline",
                "nightly",
                "--config",
                str(config),
                "--data",
                str(data),
            ],
            env=env,
            cwd=ROOT,
            capture_output=True,
            timeout=60,
        )
        assert killed.returncode == -9, killed.stderr.decode()[-2000:]
        if point in ("fetch", "extract", "write"):  # readers still see night 1
            assert len(read_table(data / "tables", "articles")) == 2
        assert night(config, data) == 0
        assert site.hits("/pl/b.html") == 2  # once per data folder: never re-downloaded
    assert snapshot(data) == snapshot(reference)
    assert not (data / "tables" / "_staging").exists()
    con = duckdb.connect()
    files = [
        str(data / "tables" / p)
        for p in json.loads((data / "tables" / MANIFEST).read_text())["tables"]["articles"]
    ]
    total, distinct = con.execute(
        "SELECT count(*), count(DISTINCT article_id) FROM read_parquet($f)", {"f": files}
    ).fetchone()
    assert total == distinct == 3


def test_second_run_while_one_holds_the_lock_exits_75(tmp_path: Path, capsys) -> None:
    with NewsSite() as site:
        config = write_config(tmp_path / "c.toml", site)
        data = tmp_path / "data"
        data.mkdir()
        with open(data / ".lock", "a+") as held:
            fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
            assert night(config, data) == 75
        assert "try again later" in capsys.readouterr().err
        assert site.requests == []


def test_failing_source_does_not_stop_the_others(tmp_path: Path) -> None:
    with NewsSite() as site:
        site.add_article("/fr/a.html", FR_S2)
        site.pages["/down.xml"] = Page(status=503, headers={"Content-Type": "text/plain"})
        site.feed = ["/fr/a.html"]
        sources = (
            f'[[source]]\nname = "down"\nfeed = "{site.base}/down.xml"\n\n'
            f'[[source]]\nname = "list"\nurls = "urls.txt"\n\n'
            f'[[source]]\nname = "ok"\nfeed = "{site.base}/rss.xml"\n'
        )
        (tmp_path / "urls.txt").write_text(f"# hand-picked\n{site.base}/fr/a.html\n")
        config = write_config(tmp_path / "c.toml", site, sources=sources)
        assert night(config, tmp_path / "data") == 1
    log = read_table(tmp_path / "data" / "tables", "fetch_log").to_pylist()
    assert [(r["source"], r["status"], r["error"]) for r in log if r["error"]] == [
        ("down", 503, "http_error")
    ]
    assert len(read_table(tmp_path / "data" / "tables", "articles")) == 1


BAD_CONFIGS = [
    ("bad TOML", "[[source]\nname = 'x'", "not valid TOML"),
    ("unknown key", "timeuot = 3\n[[source]]\nname='a'\nfeed='https://e.org/rss'", "'timeuot'"),
    ("unknown source key", "[[source]]\nname='a'\nfeeds='https://e.org/rss'", "'feeds'"),
    ("missing name", "[[source]]\nfeed='https://e.org/rss'", "'name'"),
    ("no location", "[[source]]\nname='a'", "'feed', 'sitemap', 'urls'"),
    ("not http", "[[source]]\nname='a'\nfeed='file:///etc/passwd'", "http(s) URL"),
    ("no sources", "timeout = 3", "[[source]]"),
    ("bad number", "timeout = 'slow'\n[[source]]\nname='a'\nfeed='https://e.org/r'", "'timeout'"),
    (
        "bad private",
        "allow_private = ['localhost']\n[[source]]\nname='a'\nurls='u.txt'",
        "'allow_private'",
    ),
]


@pytest.mark.parametrize(("case", "text", "named"), BAD_CONFIGS, ids=[c[0] for c in BAD_CONFIGS])
def test_bad_config_exits_2_naming_the_key(
    tmp_path: Path, capsys, case: str, text: str, named: str
) -> None:
    (tmp_path / "c.toml").write_text(text)
    assert (
        main(["nightly", "--config", str(tmp_path / "c.toml"), "--data", str(tmp_path / "d")]) == 2
    )
    err = capsys.readouterr().err.strip()
    assert named in err and "\n" not in err
    assert not (tmp_path / "d").exists()


URL_CASES = [
    ("https://www.vietnam.vn/fr/a", ("vietnam.vn",), "www.vietnam.vn"),
    ("http://vietnam.vn/pl/b", ("vietnam.vn",), "vietnam.vn"),
    ("https://evilvietnam.vn/a", ("vietnam.vn",), "host_not_allowed"),
    ("ftp://vietnam.vn/a", (), "bad_scheme"),
    ("file:///etc/passwd", (), "bad_scheme"),
    ("https://user:pw@vietnam.vn/a", (), "bad_url"),
]


@pytest.mark.parametrize(("url", "allow", "expected"), URL_CASES)
def test_url_policy(url: str, allow: tuple[str, ...], expected: str) -> None:
    try:
        assert check_url(url, allow_hosts=allow) == expected
    except Blocked as err:
        assert err.reason == expected


@pytest.mark.parametrize(
    ("address", "allow", "ok"),
    [
        ("93.184.216.34", (), True),
        ("127.0.0.1", (), False),
        ("10.0.0.7", (), False),
        ("192.168.1.1", (), False),
        ("169.254.169.254", (), False),
        ("::1", (), False),
        ("fe80::1", (), False),
        ("::ffff:127.0.0.1", (), False),
        ("127.0.0.1", ("127.0.0.1",), True),
        ("127.0.0.2", ("127.0.0.1",), False),
        ("10.0.0.7", ("10.0.0.0/8",), True),
    ],
)
def test_private_addresses_refused_unless_listed(address: str, allow: tuple, ok: bool) -> None:
    assert address_allowed(address, allow) is ok


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("/fr/article.html#comments", "https://www.vietnam.vn/fr/article.html"),
        ("https://vietnam.vn/pl/x.html", "https://vietnam.vn/pl/x.html"),
        ("https://elsewhere.example/a.html", None),
        ("mailto:desk@vietnam.vn", None),
    ],
)
def test_feed_links_stay_on_the_site(link: str, expected: str | None) -> None:
    assert keep_link(link, "https://www.vietnam.vn/fr/rss.xml", Politeness()) == expected


def test_stories_still_join_when_the_cache_is_lost(tmp_path: Path) -> None:
    """New extractor code invalidates the cache: old articles are re-read from raw/."""
    with NewsSite() as site:
        site.add_article("/fr/a.html", FR_S1)
        site.add_article("/pl/b.html", PL_S1)
        site.feed = ["/fr/a.html"]
        config = write_config(tmp_path / "c.toml", site)
        data = tmp_path / "data"
        assert night(config, data) == 0
        with sqlite3.connect(data / "state.sqlite") as db:
            db.execute("DELETE FROM records")
        site.feed.append("/pl/b.html")
        assert night(config, data) == 0
        assert site.hits("/fr/a.html") == 1
    stories = story_of(data)
    assert stories["fr/a.html"] == stories["pl/b.html"]


def test_connected_socket_is_vetted_again(tmp_path: Path) -> None:
    """Even if DNS said "public", a socket connected to a private address is refused."""
    with NewsSite() as site:
        site.html("/a.html", "<p>x</p>")
        pool = _vetted_pool(frozenset())
        with pytest.raises(urllib3.exceptions.HTTPError, match="not public"):
            pool.request("GET", f"{site.base}/a.html", retries=False)
        allowed = _vetted_pool(frozenset({"127.0.0.1"}))
        assert allowed.request("GET", f"{site.base}/a.html", retries=False).status == 200


def test_candidates_skip_frequent_keys_but_count_only_live_holders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key is rare when at most RARE_ANCHOR_DF *live* articles have it: holders that left
    the tables do not make it frequent, and a strong key is always followed."""
    state = State(tmp_path / "state.sqlite")
    many = [f"old{i:02d}" for i in range(RARE_ANCHOR_DF + 5)]
    state.put_keys({aid: {"n:2025", "d:2025-09-30"} for aid in many})
    state.put_keys({"a1": {"t:tsunami"}, "a2": {"src:https://x.vn/1"}})
    state.put_keys({f"z{i}": {"src:https://x.vn/1"} for i in range(RARE_ANCHOR_DF + 3)})
    fresh_keys = {"new": {"n:2025", "t:tsunami", "src:https://x.vn/1"}}
    monkeypatch.setattr("pipeline.nightly.apply.story_keys", lambda article, ex: fresh_keys["new"])
    fresh = {"new": SimpleNamespace(item=None, extraction=None)}
    live = {"new", "a1", "a2", *many, *(f"z{i}" for i in range(RARE_ANCHOR_DF + 3))}
    found = _candidates(state, fresh, live)  # type: ignore[arg-type]
    assert "a1" in found and "a2" in found and "z0" in found  # rare anchor; strong key
    assert not found & set(many)  # "n:2025": RARE_ANCHOR_DF + 6 live holders
    gone = set(many[6:])  # most of them left the tables: "n:2025" is rare again
    assert set(many[:6]) <= _candidates(state, fresh, live - gone)  # type: ignore[arg-type]
    state.close()


def test_holder_counts_stop_past_the_bound_and_key_articles_lists_each_article_once(
    tmp_path: Path,
) -> None:
    state = State(tmp_path / "state.sqlite")
    state.put_keys({f"a{i:02d}": {"n:7", *(["t:rare"] if i < 3 else [])} for i in range(12)})
    state.put_keys({"b": {"src:https://x.vn/1", "n:7"}})
    counts = state.holder_counts(["n:7", "t:rare", "src:https://x.vn/1", "t:none"], at_most=4)
    assert counts == {"n:7": 5, "t:rare": 3, "src:https://x.vn/1": 1}  # 13 holders: 5 = 4+1
    assert state.holder_counts(["n:7"], at_most=20) == {"n:7": 13}
    assert state.key_articles() == {f"a{i:02d}" for i in range(12)} | {"b"}
    state.drop_keys(["b", "a00"])
    assert state.key_articles() == {f"a{i:02d}" for i in range(1, 12)}
    state.close()
    empty = State(tmp_path / "empty.sqlite")
    assert empty.key_articles() == set()
    empty.close()


def test_keys_of_an_older_state_file_are_converted_once(tmp_path: Path) -> None:
    """A ``state.sqlite`` of the former layout (``keys``: text article ids) keeps every
    key through the conversion to ``story_keys``/``key_owners``, which runs once."""
    path = tmp_path / "state.sqlite"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE keys (key TEXT NOT NULL, article_id TEXT NOT NULL, "
            "PRIMARY KEY (key, article_id))"
        )
        db.executemany(
            "INSERT INTO keys VALUES (?, ?)",
            [("n:7", "a1"), ("n:7", "a2"), ("t:rare", "a2"), ("src:https://x.vn/1", "b")],
        )
    state = State(path)
    assert state.key_articles() == {"a1", "a2", "b"}
    assert state.holder_counts(["n:7", "t:rare", "t:none"], at_most=5) == {"n:7": 2, "t:rare": 1}
    assert state.sharing(["n:7", "src:https://x.vn/1"], live={"a2", "b"}) == {
        "n:7": {"a2"},
        "src:https://x.vn/1": {"b"},
    }
    state.put_keys({"a1": {"t:rare"}, "c": set()})  # "c" owns no key: not listed
    assert state.holder_counts(["t:rare"], at_most=5) == {"t:rare": 2}
    assert state.key_articles() == {"a1", "a2", "b"}
    state.close()
    with sqlite3.connect(path) as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
    assert "keys" not in tables and {"story_keys", "key_owners"} <= tables
    again = State(path)
    assert again.holder_counts(["n:7"], at_most=5) == {"n:7": 2}
    again.close()


NTREX = ROOT.parent / "shared" / "data" / "ntrex"


def test_four_nights_give_the_tables_of_one_extract(tmp_path: Path) -> None:
    """Pages published over four nights, in a shuffled order (translations of one story
    on different nights), give every table a full ``extract`` of the same pages gives:
    the nightly global phase is the full one, restricted to what a night can change."""
    texts = {
        f"/seed/{p.stem}.html": p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "corpus").glob("*.txt"))
    }
    texts |= {
        f"/sample/{p.stem}.html": p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "tests" / "data" / "samples").glob("*.txt"))
    }
    if NTREX.is_dir():  # the same news in three languages: stories across nights
        for lang in ("fra", "pol", "vie"):
            for p in sorted((NTREX / lang).glob("*.txt"))[:6]:
                texts[f"/{lang}/{p.stem}.html"] = p.read_text(encoding="utf-8")
    paths = sorted(texts)
    random.Random(7).shuffle(paths)
    with NewsSite() as site:
        for path in paths:
            site.html(path, article_html(texts[path]))
        config = write_config(
            tmp_path / "nightly.toml",
            site,
            sources=f'[[source]]\nname = "sitemap"\nsitemap = "{site.base}/sitemap.xml"\n',
        )
        data = tmp_path / "data"
        for night_no in range(4):
            site.sitemap = paths[: len(paths) * (night_no + 1) // 4]
            assert night(config, data) == 0, night_no
    assert export_jsonl(data, tmp_path / "pages.jsonl") == len(paths)
    full = tmp_path / "full"
    args = ["extract", "--input", str(tmp_path / "pages.jsonl"), "--output", str(full)]
    assert main([*args, "--no-progress"]) == 0
    nights = open_tables(data)
    extract = open_tables(full)
    stories = extract.execute("SELECT count(*) FROM stories WHERE article_count > 1").fetchone()
    assert stories[0] >= 3  # stories across languages were formed, not only singletons
    for name in TABLES:
        if name == "fetch_log":
            continue
        sql = f"SELECT * FROM {name}"
        assert sorted(map(repr, nights.execute(sql).fetchall())) == sorted(
            map(repr, extract.execute(sql).fetchall())
        ), name
