"""Bad input through the real CLI: the run completes with exit 0, good inputs are
fully extracted, every bad input is in `rejects` with a clear reason, memory stays
bounded. One extract run over a folder holding every case."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import resource
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from conftest import extract_command

GOOD_FR = (
    "Le ministère de la Santé doit achever la réforme des hôpitaux avant le 30 octobre "
    "2025, a déclaré le vice-Premier ministre Lê Thành Long lors d'une réunion à Hanoï."
)
GOOD_PL = (
    "Ministerstwo Zdrowia musi zakończyć reformę szpitali przed 30 listopada 2025 r., "
    "powiedział wicepremier Le Thanh Long podczas posiedzenia w Hanoi."
)
GOOD_VI = (
    "Bộ Y tế phải hoàn thành cải cách bệnh viện trước ngày 31/12/2025, Phó Thủ tướng "
    "Lê Thành Long phát biểu tại cuộc họp ở Hà Nội."
)

# name -> expected reject reason (None: must be read as an article)
CASES: dict[str, str | None] = {
    "good_fr.txt": None,
    "good_pl.txt": None,
    "good_vi.txt": None,
    "empty.txt": "empty",
    "whitespace.txt": "empty",
    "image.txt": "not_text",
    "doc.txt": "not_text",
    "archive.txt": "not_text",
    "utf16_bom.txt": None,
    "utf16_nobom.txt": None,
    "cp1252.txt": None,
    "latin2.txt": None,
    "mojibake.txt": None,
    "truncated_utf8.txt": None,
    "nul_bytes.txt": None,
    "huge.txt": "too_large",
    "one_long_line.txt": None,
    "html_as.txt": None,
    "nested.html": "no_main_text",
    "english.txt": None,
    "japanese.txt": None,
    "many_dates.txt": None,
    "impossible_dates.txt": None,
    "zz_copy_of_good_fr.txt": None,  # duplicate: counted on good_fr, not a row
    "broken_link.txt": "unreadable",
}


def _tagged(text: str, tag: str) -> str:
    """The same article with a distinct last sentence, so that variants are not duplicates."""
    return f"{text} Note {tag}."


def _write_cases(root: Path) -> None:
    fr, pl, vi = GOOD_FR, GOOD_PL, GOOD_VI
    w = {
        "good_fr.txt": GOOD_FR.encode(),
        "good_pl.txt": GOOD_PL.encode(),
        "good_vi.txt": GOOD_VI.encode(),
        "zz_copy_of_good_fr.txt": GOOD_FR.encode(),
        "empty.txt": b"",
        "whitespace.txt": b" \n\t\r\n   \n",
        "image.txt": b"\x89PNG\r\n\x1a\n" + os.urandom(4096),
        "doc.txt": b"%PDF-1.7\n" + os.urandom(4096),
        "archive.txt": gzip.compress(GOOD_FR.encode() * 50),
        "utf16_bom.txt": codecs.BOM_UTF16_LE + _tagged(pl, "a").encode("utf-16-le"),
        "utf16_nobom.txt": _tagged(fr, "b").encode("utf-16-le"),
        "cp1252.txt": _tagged(fr.replace("Lê Thành", "Le Thanh"), "c").encode("cp1252"),
        "latin2.txt": _tagged(pl, "d").encode("iso-8859-2"),
        "mojibake.txt": _tagged(fr, "e").encode("utf-8").decode("latin-1").encode("utf-8"),
        "truncated_utf8.txt": _tagged(vi, "f").encode("utf-8")[:-2],
        "nul_bytes.txt": _tagged(fr, "g").replace(", a", "\x00, a").encode(),
        "huge.txt": b"x" * (50 * 1024 * 1024),
        "one_long_line.txt": (GOOD_FR + " ").encode() * (5 * 1024 * 1024 // len(GOOD_FR)),
        "html_as.txt": f"<!DOCTYPE html><html><body><article><h1>Titre</h1><p>{GOOD_FR}</p>"
        "</article></body></html>".encode(),
        "nested.html": (
            "<html><body>" + "<div>" * 20000 + "x" + "</div>" * 20000 + "</body></html>"
        ).encode(),
        "english.txt": b"The Ministry of Health must finish the hospital reform before the end "
        b"of October, the deputy prime minister said at a meeting in Hanoi.",
        "japanese.txt": "保健省は10月末までに病院改革を完了しなければならないと"
        "副首相は述べた。".encode(),
        "many_dates.txt": (
            "Calendrier des réunions.\n"
            + "\n".join(f"Réunion le {d % 28 + 1} octobre 2025 à Hanoï." for d in range(10_000))
        ).encode(),
        "impossible_dates.txt": (
            GOOD_FR + " Réunions le 31/02/2025, le 2025-13-01 et le 32.01.2025."
        ).encode(),
    }
    for name, data in w.items():
        (root / name).write_bytes(data)
    (root / "broken_link.txt").symlink_to(root / "does-not-exist.txt")
    (root / "loop").symlink_to(root)
    (root / "feed.jsonl").write_text(
        "\n".join(
            [
                json.dumps({"url": "https://x.vn/ok", "text": _tagged(GOOD_VI, "h")}),
                "{broken",
                json.dumps({"url": "https://x.vn/no-text"}),
                json.dumps({"url": "https://x.vn/typed", "text": ["not", "a", "string"]}),
                json.dumps(
                    {
                        "url": "https://x.vn/bad-date",
                        "text": GOOD_PL + " Dodatkowe zdanie.",
                        "published": "yesterday",
                    }
                ),
            ]
        )
        + "\n",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def run_result(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, int, str]:
    root = tmp_path_factory.mktemp("bad")
    src, out = root / "in", root / "out"
    src.mkdir()
    _write_cases(src)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run(
        extract_command(src, out),
        capture_output=True,
        text=True,
        timeout=600,
    )
    peak_kib = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return out, proc.returncode, peak_kib, proc.stdout + proc.stderr


def test_exit_zero_and_summary(run_result: tuple[Path, int, int, str]) -> None:
    _, code, _, output = run_result
    assert code == 0, output
    assert "rejected" in output and "duplicates" in output


def test_bad_inputs_are_rejected_with_reasons(run_result: tuple[Path, int, int, str]) -> None:
    out = run_result[0]
    rejects = pd.read_parquet(out / "rejects.parquet")
    by_path = dict(zip(rejects["source_path"], rejects["reason"], strict=True))
    expected = {name: reason for name, reason in CASES.items() if reason}
    expected |= {
        "feed.jsonl:2": "bad_json",
        "feed.jsonl:3": "bad_record",
        "feed.jsonl:4": "bad_record",
        "loop": "symlink_loop",
    }
    assert by_path == expected
    assert rejects["detail"].str.len().min() > 5


def test_good_inputs_fully_extracted(run_result: tuple[Path, int, int, str]) -> None:
    out = run_result[0]
    arts = pd.read_parquet(out / "articles.parquet").set_index("source_path")
    readable = {n for n, r in CASES.items() if r is None and n != "zz_copy_of_good_fr.txt"}
    assert (readable | {"https://x.vn/ok", "https://x.vn/bad-date"}) == set(arts.index)
    assert arts.loc["good_fr.txt", "duplicates"] == 1
    langs = arts["lang"].to_dict()
    for name in ("good_fr.txt", "cp1252.txt", "utf16_nobom.txt", "html_as.txt"):
        assert langs[name] == "fr", name
    for name in ("good_pl.txt", "latin2.txt", "utf16_bom.txt"):
        assert langs[name] == "pl", name
    assert langs["good_vi.txt"] == "vi" and langs["truncated_utf8.txt"] == "vi"
    assert (langs["english.txt"], langs["japanese.txt"]) == ("en", "ja")
    assert not arts.loc["english.txt", "extracted"]
    assert "ministère" in arts.loc["cp1252.txt", "text"]
    assert "zakończyć" in arts.loc["latin2.txt", "text"]
    assert "\x00" not in arts.loc["nul_bytes.txt", "text"]
    deadlines = pd.read_parquet(out / "deadlines.parquet")
    ids = arts["article_id"]
    due = set(zip(deadlines["article_id"], deadlines["value"], strict=True))
    assert (ids["good_fr.txt"], "2025-10-30") in due
    assert (ids["good_pl.txt"], "2025-11-30") in due
    assert (ids["good_vi.txt"], "2025-12-31") in due
    assert (ids["cp1252.txt"], "2025-10-30") in due


def test_no_impossible_or_runaway_dates(run_result: tuple[Path, int, int, str]) -> None:
    out = run_result[0]
    arts = pd.read_parquet(out / "articles.parquet").set_index("source_path")["article_id"]
    dates = pd.read_parquet(out / "date_mentions.parquet")
    impossible = dates[dates["article_id"] == arts["impossible_dates.txt"]]
    assert set(impossible["value"]) == {"2025-10-30"}
    many = dates[dates["article_id"] == arts["many_dates.txt"]]
    assert len(many) == 10_000 and many["value"].nunique() == 28


def test_memory_bounded(run_result: tuple[Path, int, int, str]) -> None:
    peak_mib = run_result[2] / 1024
    assert peak_mib < 1500, f"peak RSS {peak_mib:.0f} MiB"
