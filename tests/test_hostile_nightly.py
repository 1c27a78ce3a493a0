"""Hostile servers, links and configs against the nightly job (issue 21), through the CLI.

Every case runs against real HTTP servers on 127.0.0.1 (``tests/nightly_server.py``)
with small timeouts, and under an alarm (:func:`bounded`): a regression that hangs
fails in seconds instead of stalling the suite.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from nightly_server import NewsSite, Page, corpus_html

from pipeline.cli import main
from pipeline.ingest.load import _jsonl_records
from pipeline.nightly.job import CRASH_ENV, export_jsonl
from pipeline.nightly.tables import read_table

FR, PL = "sample_fr_sante_provinciale", "sample_pl_szczepienia"


class Hung(AssertionError):
    pass


@contextmanager
def bounded(seconds: float) -> Iterator[None]:
    """Fail (instead of hanging) when the block runs longer than ``seconds``."""

    def expire(*_args: object) -> None:
        raise Hung(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def config(path: Path, sources: str, extra: str = "") -> Path:
    path.write_text(
        'user_agent = "pipeline-tests"\ndelay_per_host = 0\nconcurrency = 4\n'
        "timeout = 1\nretries = 0\nbackoff = 0.05\nmax_bytes = 200000\n"
        f'allow_hosts = ["127.0.0.1"]\nallow_private = ["127.0.0.1"]\n{extra}\n{sources}',
        encoding="utf-8",
    )
    return path


def night(conf: Path, data: Path, limit: float = 30) -> int:
    with bounded(limit):
        return main(["nightly", "--config", str(conf), "--data", str(data)])


def log_rows(data: Path, night_no: int | None = None) -> list[dict]:
    rows = read_table(data / "tables", "fetch_log").to_pylist()
    return [r for r in rows if night_no is None or r["night"] == night_no]


def urls_source(tmp_path: Path, name: str, lines: list[str]) -> str:
    (tmp_path / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f'[[source]]\nname = "{name}"\nurls = "{name}.txt"\n\n'


def test_slow_servers_are_cut_at_the_deadline_and_do_not_hold_other_hosts(
    tmp_path: Path,
) -> None:
    """A body or headers dripped a byte every 0.2 s (each read within the 1 s timeout) end
    at the fetch's deadline; a second host's page is fetched meanwhile."""
    with NewsSite() as slow, NewsSite() as fast:
        slow.pages["/drip-body.html"] = Page(drip=0.2)
        slow.pages["/drip-headers.html"] = Page(drip=0.2, drip_headers=True)
        fast.add_article("/fr/a.html", FR)
        sources = urls_source(
            tmp_path,
            "mixed",
            [f"{slow.base}/drip-body.html", f"{slow.base}/drip-headers.html"],
        ) + urls_source(tmp_path, "fast", [f"{fast.base}/fr/a.html"])
        conf = config(tmp_path / "c.toml", sources)
        started = time.monotonic()
        assert night(conf, tmp_path / "d") == 1
        # deadline per fetch: timeout × (retries + 2) + backoff = 2.05 s; two fetches in turn
        assert time.monotonic() - started < 20
    errors = {r["url"].rsplit("/", 1)[-1]: r["error"] for r in log_rows(tmp_path / "d")}
    assert errors["drip-body.html"] == "timeout"
    assert errors["drip-headers.html"] == "timeout"
    assert errors["a.html"] is None
    assert len(read_table(tmp_path / "d" / "tables", "articles")) == 1
    # the lock is released: the next night runs (nothing is due again but the timeouts)
    assert night(conf, tmp_path / "d") in (0, 1)


def test_a_slow_robots_txt_holds_up_its_own_host_only(tmp_path: Path) -> None:
    with NewsSite() as slow, NewsSite() as fast:
        slow.robots_page = Page(drip=0.2, drip_headers=True)
        slow.add_article("/fr/a.html", FR)
        fast.add_article("/pl/a.html", PL)
        sources = urls_source(tmp_path, "slow", [f"{slow.base}/fr/a.html"]) + urls_source(
            tmp_path, "fast", [f"{fast.base}/pl/a.html"]
        )
        assert night(config(tmp_path / "c.toml", sources), tmp_path / "d") == 1
        assert slow.hits("/fr/a.html") == 0  # robots.txt unreadable: the host is skipped
    errors = {r["source"]: r["error"] for r in log_rows(tmp_path / "d")}
    assert errors == {"slow": "robots", "fast": None}
    assert len(read_table(tmp_path / "d" / "tables", "articles")) == 1


def test_a_night_killed_while_downloading_does_not_download_again(tmp_path: Path) -> None:
    with NewsSite() as site:
        paths = ["/fr/a.html", "/pl/a.html"]
        site.add_article(paths[0], FR)
        site.add_article(paths[1], PL)
        sources = urls_source(tmp_path, "list", [site.base + p for p in paths])
        conf = config(tmp_path / "c.toml", sources)
        command = [sys.executable, "-m", "pipeline", "nightly", "--config", str(conf)]
        command += ["--data", str(tmp_path / "d")]
        killed = subprocess.run(
            command, env={**os.environ, CRASH_ENV: "download"}, capture_output=True, timeout=60
        )
        assert killed.returncode == -signal.SIGKILL
        first = {p: site.hits(p) for p in paths}
        assert first[paths[0]] == 1  # recorded (and committed) before the kill
        assert night(conf, tmp_path / "d") == 0
        again = {p: site.hits(p) - first[p] for p in paths}
    assert again[paths[0]] == 0  # the recorded download is not repeated
    assert len(read_table(tmp_path / "d" / "tables", "articles")) == 2


BAD_LINKS = {
    "http://127.0.0.1:99999/a": "bad_url",
    "http://[::1/x": "bad_url",
    "file:///etc/passwd": "bad_scheme",
    "javascript:alert(1)": "bad_scheme",
}


def test_bad_links_are_logged_and_skipped_never_crash_the_night(tmp_path: Path) -> None:
    with NewsSite() as site:
        site.add_article("/fr/a.html", FR)
        site.pages["/to-bad-port.html"] = Page(
            status=302, headers={"Location": "http://127.0.0.1:99999/a"}
        )
        site.pages["/to-bad-ipv6.html"] = Page(status=302, headers={"Location": "http://[::1/x"})
        site.feed = ["/fr/a.html"]
        creds = site.base.replace("http://", "http://user:pw@") + "/fr/a.html"
        listed = [
            *BAD_LINKS,
            creds,
            f"{site.base}/to-bad-port.html",
            f"{site.base}/to-bad-ipv6.html",
        ]
        sitemap = "".join(f"<url><loc>{u}</loc></url>" for u in BAD_LINKS)
        site.pages["/bad-sitemap.xml"] = Page(
            body=(
                "<?xml version='1.0' encoding='UTF-8'?><urlset xmlns="
                f"'http://www.sitemaps.org/schemas/sitemap/0.9'>{sitemap}"
                f"<url><loc>{site.base}/fr/a.html</loc></url></urlset>"
            ).encode(),
            headers={"Content-Type": "application/xml"},
        )
        sources = (
            urls_source(tmp_path, "list", listed)
            + f'[[source]]\nname = "map"\nsitemap = "{site.base}/bad-sitemap.xml"\n\n'
            + f'[[source]]\nname = "feed"\nfeed = "{site.base}/rss.xml"\n'
        )
        conf = config(tmp_path / "c.toml", sources)
        assert night(conf, tmp_path / "d") == 1  # the two redirects failed
    rows = log_rows(tmp_path / "d")
    listed_errors = {r["url"]: r["error"] for r in rows if r["source"] == "list"}
    for url, error in BAD_LINKS.items():
        assert listed_errors[url] == error
    assert listed_errors[creds] == "bad_url"
    assert listed_errors[f"{site.base}/to-bad-port.html"] == "bad_url"
    assert listed_errors[f"{site.base}/to-bad-ipv6.html"] == "bad_url"
    map_errors = {r["url"]: r["error"] for r in rows if r["source"] == "map" and r["error"]}
    assert map_errors["http://127.0.0.1:99999/a"] == "bad_url"
    assert map_errors["http://[::1/x"] == "bad_url"
    assert len(read_table(tmp_path / "d" / "tables", "articles")) == 1


def test_the_per_source_cap_takes_the_due_urls_so_a_long_list_is_worked_through(
    tmp_path: Path,
) -> None:
    with NewsSite() as site:
        paths = [f"/p/{i}.html" for i in range(5)]
        for i, path in enumerate(paths):
            site.html(path, corpus_html(FR).replace("</h1>", f" {i}</h1>"))
        sources = urls_source(tmp_path, "list", [site.base + p for p in paths])
        conf = config(tmp_path / "c.toml", sources, "max_pages_per_source = 2")
        fetched = []
        for _ in range(4):
            before = sum(site.hits(p) for p in paths)
            assert night(conf, tmp_path / "d") == 0
            fetched.append(sum(site.hits(p) for p in paths) - before)
    assert fetched == [2, 2, 1, 0]


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("timeout = nan", "'timeout'"),
        ("timeout = inf", "'timeout'"),
        ("delay_per_host = 1e308", "'delay_per_host'"),
        ("retries = 1000000000000", "'retries'"),
        ("backoff = -0.0\nrefetch_after_days = nan", "'refetch_after_days'"),
    ],
)
def test_absurd_numbers_exit_2_with_one_line(tmp_path: Path, capsys, line: str, named: str) -> None:
    conf = tmp_path / "c.toml"
    conf.write_text(f"{line}\n[[source]]\nname='a'\nfeed='https://e.org/r'\n")
    assert night(conf, tmp_path / "d", limit=10) == 2
    err = capsys.readouterr().err.strip()
    assert named in err and "\n" not in err and "Traceback" not in err


def test_unwritable_data_folder_exits_2_with_a_message(tmp_path: Path, capsys) -> None:
    (tmp_path / "file").write_text("x")
    conf = tmp_path / "c.toml"
    conf.write_text("[[source]]\nname='a'\nfeed='https://e.org/r'\n")
    assert night(conf, tmp_path / "file" / "data", limit=10) == 2
    err = capsys.readouterr().err
    assert "--data" in err and "Traceback" not in err


def test_export_escapes_line_separators_and_skips_binary_pages(tmp_path: Path) -> None:
    """U+2028/U+2029/U+0085 in a page survive export → extract as one record each."""
    with NewsSite() as site:
        html = corpus_html(PL).replace("</h1>", "\u2028\u2029\x85</h1>")
        site.html("/pl/a.html", html)
        site.add_article("/fr/a.html", FR)
        sources = urls_source(
            tmp_path, "list", [f"{site.base}/pl/a.html", f"{site.base}/fr/a.html"]
        )
        conf = config(tmp_path / "c.toml", sources)
        assert night(conf, tmp_path / "d") == 0
    out = tmp_path / "pages.jsonl"
    assert export_jsonl(tmp_path / "d", out) == 2
    text = out.read_text(encoding="utf-8")
    assert "\u2028" not in text and "\x85" not in text
    records = [json.loads(line) for line in text.split("\n") if line]
    assert any("\u2028" in r["html"] for r in records)
    items = list(_jsonl_records(text, "pages.jsonl", 1))
    assert [type(i).__name__ for i in items] == ["Article", "Article"]
